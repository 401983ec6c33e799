//! What the user reads about saving: the status line in the header (a
//! polite live region, "Đã lưu lúc 14:32") and the notices under it (storage
//! blocked, storage full, data that could not be read, the two-tabs conflict).

use super::conflict::ConflictNotice;
use super::{Drafts, SaveState};
use crate::app::{Editor, Screen};
use crate::browser::clock;
use crate::domain::date::{days_in_month, Date};
use crate::domain::strings::S;
use leptos::prelude::*;

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
    let download = move || download_error.set(d.export_current().err());
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
                                    <button
                                        type="button"
                                        class="kh-button kh-button-small"
                                        on:click=move |_| download()
                                    >
                                        {move || ed.t(S::DraftDownloadCurrent)}
                                    </button>
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
                                    <button
                                        type="button"
                                        class="kh-button kh-button-small"
                                        on:click=move |_| download()
                                    >
                                        {move || ed.t(S::DraftDownloadCurrent)}
                                    </button>
                                    {quota
                                        .then(|| {
                                            view! {
                                                <button
                                                    type="button"
                                                    class="kh-button kh-button-secondary kh-button-small"
                                                    on:click=move |_| d.retry()
                                                >
                                                    {move || ed.t(S::DraftRetry)}
                                                </button>
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
                                            <button
                                                type="button"
                                                id=first.clone()
                                                class="kh-button kh-button-small"
                                                on:click=move |_| download_error.set(d.export_raw(&raw).err())
                                            >
                                                {move || ed.t(S::DraftDownloadRaw)}
                                            </button>
                                        }
                                    })}
                                <button
                                    type="button"
                                    id=dismiss_id
                                    class="kh-button kh-button-secondary kh-button-small"
                                    on:click=move |_| d.dismiss(id)
                                >
                                    {move || ed.t(S::DraftDismiss)}
                                </button>
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
