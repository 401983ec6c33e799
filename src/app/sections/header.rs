use crate::app::components::field::TextField;
use crate::app::Editor;
use crate::domain::checklist::FieldRef;
use crate::domain::strings::S;
use crate::domain::text::clean;
use crate::domain::Date;
use leptos::prelude::*;

/// A1–A3: parent body, issuer, abbreviation, number, place, date.
#[component]
pub fn HeaderEditor() -> impl IntoView {
    let ed = Editor::get();
    // One text field of the header: its memo, its setter.
    let field = move |get: fn(&crate::domain::Header) -> &String,
                      set: fn(&mut crate::domain::Header, String)| {
        (
            Signal::<String>::from(ed.slice(move |p| get(&p.header).clone())),
            Callback::new(move |v: String| ed.edit(|p| set(&mut p.header, clean(&v)))),
        )
    };
    let (parent, set_parent) = field(|h| &h.parent_body, |h, v| h.parent_body = v);
    let (issuer, set_issuer) = field(|h| &h.issuer, |h, v| h.issuer = v);
    let (abbr, set_abbr) = field(|h| &h.issuer_abbr, |h, v| h.issuer_abbr = v);
    let (number, set_number) = field(|h| &h.number, |h, v| h.number = v);
    let (place, set_place) = field(|h| &h.place, |h, v| h.place = v);
    // The date input keeps its own text: Chromium reports "" while a date is
    // half typed, and writing that back would wipe what the user typed.
    let date = RwSignal::new(
        ed.plan
            .with_untracked(|p| p.header.date.map(Date::iso))
            .unwrap_or_default(),
    );
    let set_date = Callback::new(move |v: String| {
        ed.edit(|p| p.header.date = Date::parse_iso(&v).ok());
    });
    view! {
        <TextField id=FieldRef::HeaderParentBody.dom_id() label=S::FieldParent help=S::FieldParentHint value=parent on_input=set_parent />
        <TextField id=FieldRef::HeaderIssuer.dom_id() label=S::FieldIssuer help=S::FieldIssuerHint value=issuer on_input=set_issuer />
        <TextField id=FieldRef::HeaderAbbr.dom_id() label=S::FieldAbbr help=S::FieldAbbrHint value=abbr on_input=set_abbr />
        <TextField id=FieldRef::HeaderNumber.dom_id() label=S::FieldNumber help=S::FieldNumberHint value=number on_input=set_number />
        <TextField id=FieldRef::HeaderPlace.dom_id() label=S::FieldPlace help=S::FieldPlaceHint value=place on_input=set_place />
        <TextField id=FieldRef::HeaderDate.dom_id() label=S::FieldDate help=S::FieldDateHint value=date on_input=set_date input_type="date" />
    }
}
