//! A7 Mục đích, yêu cầu: two lists of lines, each with the suggestions for
//! the plan's kind and level, and the theme (chủ đề: first in an Action
//! Month plan, last in the others).

use crate::app::components::field::TextInput;
use crate::app::components::string_list::{StringList, PURPOSES, REQUIREMENTS};
use crate::app::state::use_plan;
use crate::domain::checklist::FieldRef;
use crate::domain::strings::S;
use crate::domain::PlanKind;
use leptos::prelude::*;

/// Theme, purposes and requirements.
#[component]
pub fn PurposesEditor() -> impl IntoView {
    let plan = use_plan();
    let (theme, set_theme) = plan.text(|p| &p.theme, |p, v| p.theme = v);
    // The theme leads an Action Month plan; in other plans it is optional
    // and comes last.
    let month_first = plan.slice(|p| p.kind == PlanKind::ActionMonth);
    let theme_field = move || {
        view! { <TextInput field=FieldRef::Theme label=S::ThemeLabel help=S::ThemeHelp value=theme on_input=set_theme /> }
    };
    view! {
        <Show when=move || month_first.get()>{theme_field}</Show>
        <StringList lines=PURPOSES />
        <StringList lines=REQUIREMENTS />
        <Show when=move || !month_first.get()>{theme_field}</Show>
    }
}
