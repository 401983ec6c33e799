//! A13 Closing paragraph: "Trên đây là Kế hoạch …", with a button that
//! writes it from the plan's own subject and issuer. The "./." is never
//! typed: the layout adds it to the last paragraph of the content.

use crate::app::components::field::TextField;
use crate::app::components::list::{focus_later, snippet, use_undo, UndoBar};
use crate::app::Editor;
use crate::domain::checklist::FieldRef;
use crate::domain::strings::S;
use crate::domain::templates::closing_for;
use crate::domain::text::clean;
use leptos::prelude::*;

/// The closing paragraph.
#[component]
pub fn ClosingEditor() -> impl IntoView {
    let ed = Editor::get();
    let value = ed.slice(|p| p.closing.clone());
    let set_value = Callback::new(move |v: String| ed.edit(|p| p.closing = clean(&v)));
    let undo = use_undo();
    let fill = move |_| {
        let old = value.get_untracked();
        let new = ed.plan.with_untracked(closing_for);
        if old == new {
            return;
        }
        ed.edit(|p| p.closing = new);
        // Replacing what the user wrote must be reversible.
        if !old.trim().is_empty() {
            let restore = old.clone();
            undo.deleted(snippet(&old), move || {
                ed.edit(|p| p.closing = restore.clone());
                focus_later(FieldRef::Closing.dom_id());
            });
        }
        focus_later(FieldRef::Closing.dom_id());
    };
    view! {
        <TextField
            id=FieldRef::Closing.dom_id()
            label=S::ClosingLabel
            help=S::ClosingHelp
            value=value
            on_input=set_value
            multiline=true
        />
        <p class="kh-note">{move || ed.t(S::ClosingMarkNote)}</p>
        <div class="kh-actions-row">
            <button type="button" class="kh-button kh-button-secondary" on:click=fill>
                {move || ed.t(S::ClosingFill)}
            </button>
        </div>
        <UndoBar handle=undo />
    }
}
