//! A1–A3: parent body, issuer, abbreviation, number, place, date.

use crate::app::components::date_input::{date_text, DateInput};
use crate::app::components::field::TextInput;
use crate::app::state::use_plan;
use crate::domain::checklist::FieldRef;
use crate::domain::strings::S;
use crate::domain::Date;
use leptos::prelude::*;

/// The header block's fields.
#[component]
pub fn HeaderEditor() -> impl IntoView {
    let plan = use_plan();
    let (parent, set_parent) =
        plan.text(|p| &p.header.parent_body, |p, v| p.header.parent_body = v);
    let (issuer, set_issuer) = plan.text(|p| &p.header.issuer, |p, v| p.header.issuer = v);
    let (abbr, set_abbr) = plan.text(|p| &p.header.issuer_abbr, |p, v| p.header.issuer_abbr = v);
    let (number, set_number) = plan.text(|p| &p.header.number, |p, v| p.header.number = v);
    let (place, set_place) = plan.text(|p| &p.header.place, |p, v| p.header.place = v);
    // The date field keeps its own text (what was typed stays as typed).
    let date = RwSignal::new(plan.with_untracked(|p| date_text(p.header.date)));
    let set_date = Callback::new(move |d: Option<Date>| {
        plan.edit(|p| p.header.date = d);
    });
    view! {
        <TextInput field=FieldRef::HeaderParentBody label=S::FieldParent help=S::FieldParentHint value=parent on_input=set_parent />
        <TextInput field=FieldRef::HeaderIssuer label=S::FieldIssuer help=S::FieldIssuerHint value=issuer on_input=set_issuer />
        <TextInput field=FieldRef::HeaderAbbr label=S::FieldAbbr help=S::FieldAbbrHint value=abbr on_input=set_abbr />
        <TextInput field=FieldRef::HeaderNumber label=S::FieldNumber help=S::FieldNumberHint value=number on_input=set_number />
        <TextInput field=FieldRef::HeaderPlace label=S::FieldPlace help=S::FieldPlaceHint value=place on_input=set_place />
        <DateInput field=FieldRef::HeaderDate label=S::FieldDate help=S::FieldDateHint text=date on_change=set_date />
    }
}
