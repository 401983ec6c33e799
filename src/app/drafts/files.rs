//! "Nhập tệp bản nháp (.json)": a file chosen by the user becomes new
//! drafts, or an error in Vietnamese and no change at all.
//!
//! The bytes are read with `File.arrayBuffer()`; a file larger than the
//! import limit is refused from its size alone, before it is read.

use super::Drafts;
use crate::app::Editor;
use crate::browser::file::{read_bytes, take_chosen_file};
use crate::domain::draft::{import_file, ImportError, MAX_IMPORT_BYTES};
use crate::domain::strings::S;
use leptos::prelude::*;

/// The outcome shown under the field.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    Imported(String),
    Failed(String),
}

/// A labelled file input that imports draft files.
#[component]
pub fn ImportField(
    /// The input's DOM id (unique in the widget).
    id: &'static str,
    /// This field imports the file chosen in the start module, if any.
    #[prop(optional)]
    pending: bool,
) -> impl IntoView {
    let ed = Editor::get();
    let Some(d) = Drafts::get() else {
        return ().into_any();
    };
    let outcome = RwSignal::new(None::<Outcome>);
    let help_id = format!("{id}-help");

    let on_change = move |ev: leptos::ev::Event| {
        if let Some(file) = take_chosen_file(ev.target()) {
            import_chosen(ed, d, file, outcome);
        }
    };
    // A file chosen in the start module, before the editor was loaded: the
    // start screen's field imports it, and focus comes back to the field.
    let input = NodeRef::<leptos::html::Input>::new();
    if pending {
        let index = use_context::<crate::browser::host::HostOptions>().map_or(0, |h| h.index);
        if let Some(file) = crate::browser::host::take_pending_file(index) {
            import_chosen(ed, d, file, outcome);
            Effect::new(move |_| {
                if let Some(el) = input.get() {
                    let _ = el.focus();
                }
            });
        }
    }

    view! {
        <div class="kh-field kh-draft-import">
            <label class="kh-label" for=id>{move || ed.t(S::DraftImport)}</label>
            <p class="kh-help" id=help_id.clone()>{move || ed.t(S::DraftImportHelp)}</p>
            <input
                id=id
                class="kh-file"
                type="file"
                accept=".json,application/json"
                aria-describedby=help_id
                on:change=on_change
                node_ref=input
            />
            {move || {
                outcome
                    .get()
                    .map(|o| match o {
                        Outcome::Imported(text) => {
                            view! { <p class="kh-draft-ok" role="status">{text}</p> }.into_any()
                        }
                        Outcome::Failed(text) => {
                            view! { <p class="kh-draft-fail" role="alert">{text}</p> }.into_any()
                        }
                    })
            }}
        </div>
    }
    .into_any()
}

/// Imports one chosen file; the outcome is shown under the field.
fn import_chosen(ed: Editor, d: Drafts, file: web_sys::File, outcome: RwSignal<Option<Outcome>>) {
    let size = file.size();
    if size > MAX_IMPORT_BYTES as f64 {
        let error = ImportError::TooLarge {
            size: size as usize,
            max: MAX_IMPORT_BYTES,
        };
        outcome.set(Some(Outcome::Failed(error.to_string())));
        return;
    }
    outcome.set(None);
    leptos::task::spawn_local(async move {
        let Some(bytes) = read_bytes(file).await else {
            outcome.set(Some(Outcome::Failed(
                ed.t(S::DraftImportReadFailed).to_string(),
            )));
            return;
        };
        let result = match import_file(&bytes) {
            Err(e) => Outcome::Failed(e.to_string()),
            Ok(drafts) => {
                let (added, error) = d.import(drafts);
                let done = format!("{} {}.", ed.t(S::DraftImported), added.join("; "));
                match error {
                    None => Outcome::Imported(done),
                    Some(error) if added.is_empty() => Outcome::Failed(error),
                    // Some were saved before storage ran out: say both.
                    Some(error) => Outcome::Failed(format!("{done} {error}")),
                }
            }
        };
        outcome.set(Some(result));
    });
}
