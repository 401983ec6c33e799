//! What the user reads about saving: the status line in the header (a
//! polite live region, "Đã lưu lúc 14:32") and the notices under it (storage
//! blocked, storage full, data that could not be read, the two-tabs conflict).

use super::conflict::ConflictNotice;
use super::parts::{ButtonLook, SmallButton};
use super::Drafts;
use crate::app::{Editor, Screen};
use crate::browser::clock;
use crate::browser::storage::LoadProblem;
use crate::domain::date::{days_in_month, Date};
use crate::domain::strings::S;
use leptos::prelude::*;

/// What the status line says about saving.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// Nothing to report (start screen, or a plan not yet saved).
    Idle,
    /// Saved at this ISO time (UTC).
    Saved { at: String },
    /// The last save failed; the plan is kept in memory. `quota`: the
    /// storage is full (the user is offered the file and a retry).
    Failed { quota: bool, message: String },
    /// Another tab changed the open draft: saving waits for the user.
    Paused,
    /// The page may not keep data: nothing is ever saved.
    MemoryOnly,
}

/// Something that could not be read, shown until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub id: u32,
    pub message: String,
    /// The unreadable stored text, offered for download as it is.
    pub raw: Option<String>,
}

impl Drafts {
    /// Shows a notice; its id (an existing one when the same text is shown).
    pub(super) fn push_problem(self, message: String, raw: Option<String>) -> u32 {
        // The same damaged draft opened twice is one notice.
        let shown = self
            .problems
            .with_untracked(|list| list.iter().find(|p| p.message == message).map(|p| p.id));
        if let Some(id) = shown {
            return id;
        }
        let id = self.next_problem.get_value() + 1;
        self.next_problem.set_value(id);
        self.problems
            .update(|list| list.push(Problem { id, message, raw }));
        id
    }

    /// Shows a problem of reading storage, with its unreadable text.
    pub(super) fn report(self, problem: LoadProblem) -> u32 {
        let message = problem.to_string();
        let raw = match problem {
            LoadProblem::Draft { raw, .. } | LoadProblem::Index { raw, .. } => Some(raw),
            _ => None,
        };
        self.push_problem(message, raw)
    }

    /// Moves focus to the first button of a notice (after it is drawn).
    pub fn focus_problem(self, id: u32) {
        request_animation_frame(move || self.focus(&format!("kh-problem-{id}")));
    }

    /// Hides a notice; focus goes to the "Bản nháp" button, not to nowhere.
    pub fn dismiss(self, id: u32) {
        self.problems.update(|list| list.retain(|p| p.id != id));
        if let Some(button) = self.trigger.get_untracked() {
            let _ = button.focus();
        }
    }
}

/// The status line's text for a save state.
fn status_text(ed: Editor, state: &SaveState) -> String {
    match state {
        SaveState::Idle => String::new(),
        SaveState::Saved { at } => {
            let hm = clock::local_hh_mm(at);
            if hm.is_empty() {
                ed.t(S::DraftSaved).to_string()
            } else {
                format!("{} {hm}", ed.t(S::DraftSavedAt))
            }
        }
        SaveState::Failed { .. } => ed.t(S::DraftNotSaved).to_string(),
        SaveState::Paused => ed.t(S::DraftPaused).to_string(),
        SaveState::MemoryOnly => ed.t(S::DraftMemoryOnly).to_string(),
    }
}

/// "14:32, 23/11/2026": when a draft was saved, in the user's time zone.
///
/// `clock` gives the local hour and minute only; the local date is the UTC
/// date of `iso` moved by the day the offset crosses. The offset is read
/// from the two clocks (local minus UTC, taken in −12 h … +14 h, the range
/// of real time zones).
pub fn saved_stamp(iso: &str) -> String {
    let hm = clock::local_hh_mm(iso);
    let minutes = |s: &str| -> Option<i32> {
        let (h, m) = s.split_once(':')?;
        Some(h.parse::<i32>().ok()? * 60 + m.parse::<i32>().ok()?)
    };
    let utc = iso.get(11..16).and_then(minutes);
    let date = iso.get(..10).and_then(|d| Date::parse_iso(d).ok());
    let (Some(local), Some(utc), Some(date)) = (minutes(&hm), utc, date) else {
        return hm;
    };
    let mut offset = (local - utc).rem_euclid(24 * 60);
    if offset > 14 * 60 {
        offset -= 24 * 60;
    }
    let shift = (utc + offset).div_euclid(24 * 60);
    let day = shift_day(date, shift).unwrap_or(date);
    format!("{hm}, {:02}/{:02}/{}", day.day(), day.month(), day.year())
}

/// The day before (-1) or after (+1) `date`.
fn shift_day(date: Date, shift: i32) -> Option<Date> {
    let (y, m, d) = (date.year(), date.month(), date.day());
    match shift {
        0 => Some(date),
        1 if d < days_in_month(y, m) => Date::new(y, m, d + 1),
        1 if m < 12 => Date::new(y, m + 1, 1),
        1 => Date::new(y + 1, 1, 1),
        -1 if d > 1 => Date::new(y, m, d - 1),
        -1 if m > 1 => Date::new(y, m - 1, days_in_month(y, m - 1)),
        -1 => Date::new(y.checked_sub(1)?, 12, 31),
        _ => None,
    }
}

/// The header's part: the save status line and the "Bản nháp" button.
#[component]
pub fn DraftsHeader() -> impl IntoView {
    let ed = Editor::get();
    let Some(d) = Drafts::get() else {
        return ().into_any();
    };
    let text = Memo::new(move |_| d.save.with(|s| status_text(ed, s)));
    view! {
        <div class="kh-drafts-head">
            <p class="kh-save-status" role="status" aria-live="polite">
                {move || text.get()}
            </p>
            <button
                type="button"
                class="kh-lang kh-drafts-button"
                aria-haspopup="dialog"
                node_ref=d.trigger
                on:click=move |_| d.open_panel()
            >
                {move || ed.t(S::DraftsButton)}
            </button>
        </div>
    }
    .into_any()
}

/// Warnings and failures about drafts, under the header, and the dialog.
#[component]
pub fn DraftsNotices() -> impl IntoView {
    let ed = Editor::get();
    let Some(d) = Drafts::get() else {
        return ().into_any();
    };
    // Memos: a failure repeated at every keystroke is announced once.
    let failure = Memo::new(move |_| {
        d.save.with(|s| match s {
            SaveState::Failed { quota, message } => Some((*quota, message.clone())),
            _ => None,
        })
    });
    let download_error = RwSignal::new(None::<String>);
    let download = move |_| download_error.set(d.export_current().err());
    let editing = move || ed.nav.screen() == Screen::Edit;
    view! {
        <div class="kh-draft-notices">
            {move || {
                d.storage_warning
                    .get()
                    .map(|warning| {
                        view! {
                            <div class="kh-draft-notice kh-draft-warning">
                                <p>{warning}</p>
                                <Show when=editing>
                                    <SmallButton text=S::DraftDownloadCurrent on_click=download />
                                </Show>
                            </div>
                        }
                    })
            }}
            {move || {
                failure
                    .get()
                    .map(|(quota, message)| {
                        view! {
                            <div class="kh-draft-notice kh-draft-error kh-draft-sticky" role="alert">
                                <p>{message}</p>
                                <div class="kh-draft-notice-actions">
                                    <SmallButton text=S::DraftDownloadCurrent on_click=download />
                                    {quota
                                        .then(|| {
                                            view! {
                                                <SmallButton
                                                    text=S::DraftRetry
                                                    look=ButtonLook::Secondary
                                                    on_click=move |_| d.retry()
                                                />
                                            }
                                        })}
                                </div>
                            </div>
                        }
                    })
            }}
            {move || {
                download_error
                    .get()
                    .map(|e| view! { <p class="kh-draft-notice kh-draft-error" role="alert">{e}</p> })
            }}
            <ConflictNotice />
            <For
                each=move || d.problems.get()
                key=|p| p.id
                children=move |p| {
                    let id = p.id;
                    let raw = p.raw.clone();
                    let first = format!("kh-problem-{id}");
                    let dismiss_id = raw.is_none().then(|| first.clone());
                    view! {
                        <div class="kh-draft-notice kh-draft-error" role="alert">
                            <p>{p.message.clone()}</p>
                            <div class="kh-draft-notice-actions">
                                {raw
                                    .map(|raw| {
                                        view! {
                                            <SmallButton
                                                text=S::DraftDownloadRaw
                                                id=first.clone()
                                                on_click=move |_| {
                                                    download_error.set(d.export_raw(&raw).err())
                                                }
                                            />
                                        }
                                    })}
                                <SmallButton
                                    text=S::DraftDismiss
                                    look=ButtonLook::Secondary
                                    id=dismiss_id
                                    on_click=move |_| d.dismiss(id)
                                />
                            </div>
                        </div>
                    }
                }
            />
        </div>
        <super::DraftsPanel />
    }
    .into_any()
}
