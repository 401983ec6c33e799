//! "Dữ liệu hỏng được giữ lại": the original text of every draft or draft
//! list that could not be read, kept in this browser before anything could
//! overwrite it (`browser/storage/backups.rs`). The teacher downloads a copy
//! to keep or to have it repaired, and deletes it for good when it is no
//! longer needed, which frees room when the storage is full.

use super::parts::{ButtonLook, ConfirmDelete, Outcome, SmallButton};
use super::status::saved_stamp;
use super::Drafts;
use crate::app::Editor;
use crate::domain::draft::{backup_from_key, name_in_damaged, BackupOf};
use crate::domain::strings::S;
use leptos::prelude::*;

/// One kept copy: its storage key and the text it keeps.
type Kept = (String, String);

impl Drafts {
    /// The kept copies of this namespace, oldest draft first.
    fn kept_copies(self) -> Vec<Kept> {
        self.store().map(|s| s.backups()).unwrap_or_default()
    }

    /// Deletes one kept copy for good.
    fn delete_kept_copy(self, key: &str) -> Result<(), String> {
        let store = self.store_or_error()?;
        store.remove_backup(key).map_err(|e| e.to_string())
    }
}

/// The kept copies, under the drafts in the dialog; nothing when there are
/// none.
#[component]
pub fn KeptCopies(
    /// The dialog's message line.
    message: RwSignal<Option<Outcome>>,
) -> impl IntoView {
    let ed = Editor::get();
    let Some(d) = Drafts::get() else {
        return ().into_any();
    };
    let copies = RwSignal::new(d.kept_copies());
    let refresh = move || copies.set(d.kept_copies());
    view! {
        <Show when=move || !copies.with(Vec::is_empty)>
            <section class="kh-kept" aria-labelledby="kh-kept-title">
                <h3 id="kh-kept-title" class="kh-draft-name" tabindex="-1">
                    {move || ed.t(S::DraftKeptTitle)}
                </h3>
                <p class="kh-help">{move || ed.t(S::DraftKeptIntro)}</p>
                <ul class="kh-draft-list">
                    <For
                        each=move || copies.get()
                        key=|(key, _)| key.clone()
                        children=move |kept| {
                            view! { <KeptRow kept message on_deleted=Callback::new(move |()| refresh()) /> }
                        }
                    />
                </ul>
            </section>
        </Show>
    }
    .into_any()
}

/// One kept copy: what it was, when it was kept, its size; download and
/// delete (confirmed: it cannot be undone).
#[component]
fn KeptRow(
    kept: Kept,
    message: RwSignal<Option<Outcome>>,
    /// Called once the copy is gone.
    on_deleted: Callback<()>,
) -> impl IntoView {
    let ed = Editor::get();
    let Some(d) = Drafts::get() else {
        return ().into_any();
    };
    let (key, raw) = kept;
    let ns = d.namespace();
    let (of, stamp) = backup_from_key(&ns, &key).unwrap_or((BackupOf::Index, String::new()));
    let what = match of {
        BackupOf::Draft(id) => {
            // The list's name while the draft is in it, else what the text
            // still says, else its id.
            let name = d.name_of(id.clone());
            let fallback = name_in_damaged(&raw).unwrap_or(id);
            Signal::derive(move || {
                let name = name.get();
                let shown = if name.is_empty() {
                    fallback.clone()
                } else {
                    name
                };
                format!("{} “{shown}”", ed.t(S::DraftKeptOfDraft))
            })
        }
        BackupOf::Index => Signal::derive(move || ed.t(S::DraftKeptOfIndex).to_string()),
    };
    let when = saved_stamp(&stamp);
    let size = format!("{} KB", raw.len().div_ceil(1024));
    let confirming = RwSignal::new(false);
    let key = StoredValue::new(key);
    let raw = StoredValue::new(raw);
    let dom = move |what: &str| format!("kh-kept-{what}-{}", key.with_value(|k| short_id(k)));
    let focus_later = move |target: String| request_animation_frame(move || d.focus(&target));
    let label = move |s: S| Signal::derive(move || format!("{}: {}", ed.t(s), what.get()));

    let download = move |()| {
        message.set(
            raw.with_value(|r| d.export_raw(r))
                .err()
                .map(Outcome::Failed),
        );
    };
    let delete = move |()| match key.with_value(|k| d.delete_kept_copy(k)) {
        Ok(()) => {
            message.set(Some(Outcome::Done(format!(
                "{}: {}",
                ed.t(S::DraftKeptDeleted),
                what.get_untracked()
            ))));
            on_deleted.run(());
            focus_later("kh-drafts-title".to_string());
        }
        Err(e) => message.set(Some(Outcome::Failed(e))),
    };

    view! {
        <li class="kh-draft-row">
            <div class="kh-draft-info">
                <p class="kh-draft-name">{what}</p>
                <p class="kh-draft-meta">
                    {(!when.is_empty())
                        .then(|| view! { <span>{move || ed.t(S::DraftKeptAt)} ": " {when.clone()}</span> })}
                    <span>{size}</span>
                </p>
            </div>
            <Show
                when=move || confirming.get()
                fallback=move || {
                    view! {
                        <div class="kh-draft-actions">
                            <SmallButton
                                text=S::DraftDownloadRaw
                                look=ButtonLook::Secondary
                                aria_label=label(S::DraftDownloadRaw)
                                on_click=download
                            />
                            <SmallButton
                                text=S::DraftDelete
                                look=ButtonLook::Danger
                                id=dom("delete")
                                aria_label=label(S::DraftDelete)
                                on_click=move |()| {
                                    confirming.set(true);
                                    focus_later(dom("cancel"));
                                }
                            />
                        </div>
                    }
                }
            >
                <ConfirmDelete
                    question=S::DraftKeptDeleteConfirm
                    yes=S::DraftKeptDeleteYes
                    yes_label=label(S::DraftKeptDeleteYes)
                    cancel_id=dom("cancel")
                    on_yes=delete
                    on_cancel=move |()| {
                        confirming.set(false);
                        focus_later(dom("delete"));
                    }
                />
            </Show>
        </li>
    }
    .into_any()
}

/// A DOM-safe id from a storage key (its letters and digits).
fn short_id(key: &str) -> String {
    key.chars().filter(char::is_ascii_alphanumeric).collect()
}
