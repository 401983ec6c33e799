//! A13 Closing paragraph: "Trên đây là Kế hoạch …", with a button that
//! writes it from the plan's own subject and issuer. The "./." is never
//! typed: the layout adds it to the last paragraph of the content.

use crate::app::components::field::TextInput;
use crate::app::components::list::snippet;
use crate::app::components::rows::UndoBar;
use crate::app::hooks::{focus_later, use_undo};
use crate::app::state::{use_plan, use_translation};
use crate::domain::checklist::FieldRef;
use crate::domain::strings::S;
use crate::domain::templates::closing_for;
use leptos::prelude::*;

/// The closing paragraph.
#[component]
pub fn ClosingEditor() -> impl IntoView {
    let plan = use_plan();
    let lang = use_translation();
    let (value, set_value) = plan.text(|p| &p.closing, |p, v| p.closing = v);
    let undo = use_undo();
    let fill = move |_| {
        let old = value.get_untracked();
        let new = plan.with_untracked(closing_for);
        if old == new {
            return;
        }
        plan.edit(|p| p.closing = new);
        // Replacing what the user wrote must be reversible.
        if !old.trim().is_empty() {
            let restore = old.clone();
            undo.deleted(snippet(&old), move || {
                plan.edit(|p| p.closing = restore.clone());
                focus_later(FieldRef::Closing.dom_id());
            });
        }
        focus_later(FieldRef::Closing.dom_id());
    };
    view! {
        <TextInput field=FieldRef::Closing label=S::ClosingLabel help=S::ClosingHelp value on_input=set_value lines=4 />
        <p class="kh-note">{move || lang.t(S::ClosingMarkNote)}</p>
        <div class="kh-actions-row">
            <button type="button" class="kh-button kh-button-secondary" on:click=fill>
                {move || lang.t(S::ClosingFill)}
            </button>
        </div>
        <UndoBar handle=undo />
    }
}
