//! A7 Mục đích, yêu cầu: two lists of lines, each with the suggestions for
//! the plan's kind and level, and the theme (chủ đề: first in an Action
//! Month plan, last in the others).

use crate::app::components::field::TextField;
use crate::app::components::list::StringList;
use crate::app::Editor;
use crate::domain::checklist::FieldRef;
use crate::domain::strings::S;
use crate::domain::templates::{suggested_texts, SuggestionKind};
use crate::domain::text::clean;
use leptos::prelude::*;

/// Theme, purposes and requirements.
#[component]
pub fn PurposesEditor() -> impl IntoView {
    let ed = Editor::get();
    let theme = ed.slice(|p| p.theme.clone());
    let set_theme = Callback::new(move |v: String| ed.edit(|p| p.theme = clean(&v)));
    let purposes = ed.slice(|p| p.purposes.clone());
    let set_purposes = Callback::new(move |v: Vec<String>| ed.edit(|p| p.purposes = v));
    let purpose_sugg = ed.slice(|p| {
        suggested_texts(
            SuggestionKind::Purpose,
            p.kind,
            p.level,
            crate::app::admin_map(p),
        )
    });
    let requirements = ed.slice(|p| p.requirements.clone());
    let set_requirements = Callback::new(move |v: Vec<String>| ed.edit(|p| p.requirements = v));
    let requirement_sugg = ed.slice(|p| {
        suggested_texts(
            SuggestionKind::Requirement,
            p.kind,
            p.level,
            crate::app::admin_map(p),
        )
    });
    // The theme leads an Action Month plan; in other plans it is optional
    // and comes last.
    let month_first = ed.slice(|p| p.kind == crate::domain::PlanKind::ActionMonth);
    let theme_field = move || {
        view! {
            <TextField
                id=FieldRef::Theme.dom_id()
                label=S::ThemeLabel
                help=S::ThemeHelp
                value=theme
                on_input=set_theme
            />
        }
    };
    view! {
        <Show when=move || month_first.get()>{theme_field}</Show>
        <StringList
            id=FieldRef::Purposes.dom_id()
            label=S::PurposesLabel
            help=S::PurposesHelp
            items=purposes
            on_change=set_purposes
            suggestions=purpose_sugg
        />
        <StringList
            id=FieldRef::Requirements.dom_id()
            label=S::RequirementsLabel
            help=S::RequirementsHelp
            items=requirements
            on_change=set_requirements
            suggestions=requirement_sugg
        />
        <Show when=move || !month_first.get()>{theme_field}</Show>
    }
}
