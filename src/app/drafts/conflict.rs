//! Another tab or window changed (or deleted) the draft open here. Nothing
//! is overwritten while the notice is shown: autosave of the draft waits
//! until the user chooses which version goes on.

use super::parts::{ButtonLook, SmallButton};
use super::{fresh_draft_id, unique_in, Drafts, SaveState};
use crate::app::Editor;
use crate::browser::storage::ExternalChange;
use crate::domain::draft::{decode, default_name, DraftMeta};
use crate::domain::strings::S;
use leptos::prelude::*;

/// Another tab changed or deleted the open draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conflict {
    Changed,
    Deleted,
}

impl Drafts {
    /// Another tab wrote to storage: the list is read again, and a change
    /// to the open draft pauses autosave until the user decides.
    pub(super) fn external_change(self, ns: &str, change: ExternalChange) {
        if change.touches_index(ns) {
            self.refresh_index();
        }
        let Some(open) = self.current.try_get_untracked().flatten() else {
            return;
        };
        let ours = match (&change.key, &change.draft_id) {
            // The other tab cleared the whole storage.
            (None, _) => true,
            (Some(_), Some(id)) => *id == open,
            _ => false,
        };
        if !ours {
            return;
        }
        let conflict = match &change.new_value {
            None => Conflict::Deleted,
            Some(raw) => {
                // Nothing to decide when the other version is this one.
                let same = decode(raw)
                    .is_ok_and(|env| self.ed.plan.with_untracked(|plan| *plan == env.plan));
                if same {
                    return;
                }
                Conflict::Changed
            }
        };
        self.cancel_pending_save();
        self.conflict.set(Some(conflict));
        self.save.set(SaveState::Paused);
    }

    /// "Tải phiên bản kia": the other tab's version replaces this one.
    pub fn take_theirs(self) {
        let Some(id) = self.current.get_untracked() else {
            return;
        };
        if self.show_draft(&id, true).is_ok() {
            self.refresh_index();
        } else {
            // Gone or unreadable: only keeping ours as a copy is left.
            self.conflict.set(Some(Conflict::Deleted));
        }
    }

    /// "Giữ bản của tôi thành bản sao": this tab's plan becomes a new draft
    /// and stays open; the other version keeps the old one.
    pub fn keep_mine(self) {
        let old = self.current.get_untracked();
        let id = fresh_draft_id();
        let name = self.index.with_untracked(|index| {
            let wanted = old
                .as_deref()
                .and_then(|o| index.get(o))
                .map(|m| m.name.clone())
                .unwrap_or_else(|| self.ed.plan.with_untracked(default_name));
            unique_in(index, &wanted)
        });
        let meta = self.ed.plan.with_untracked(|plan| DraftMeta {
            name,
            ..self.meta_for(&id, plan)
        });
        self.index.update(|index| index.upsert(meta));
        self.conflict.set(None);
        self.current.set(Some(id.clone()));
        self.save_draft(&id);
        self.ed.open(self.ed.nav.section_untracked());
    }
}

/// "Bản nháp này vừa được sửa ở một thẻ/cửa sổ khác." with the two ways out.
#[component]
pub fn ConflictNotice() -> impl IntoView {
    let ed = Editor::get();
    let Some(d) = Drafts::get() else {
        return ().into_any();
    };
    view! {
        {move || {
            d.conflict
                .get()
                .map(|conflict| {
                    let message = match conflict {
                        Conflict::Changed => S::DraftConflict,
                        Conflict::Deleted => S::DraftConflictDeleted,
                    };
                    view! {
                        <div class="kh-draft-notice kh-draft-conflict kh-draft-sticky" role="alert">
                            <p class="kh-draft-notice-title">{move || ed.t(message)}</p>
                            <p>{move || ed.t(S::DraftConflictHelp)}</p>
                            <div class="kh-draft-notice-actions">
                                {(conflict == Conflict::Changed)
                                    .then(|| {
                                        view! {
                                            <SmallButton
                                                text=S::DraftTakeTheirs
                                                on_click=move |_| d.take_theirs()
                                            />
                                        }
                                    })}
                                <SmallButton
                                    text=S::DraftKeepMine
                                    look=ButtonLook::Secondary
                                    on_click=move |_| d.keep_mine()
                                />
                            </div>
                        </div>
                    }
                })
        }}
    }
    .into_any()
}
