//! Autosave: every change of the plan is written to the open draft once
//! typing pauses for [`AUTOSAVE_MS`] (and every [`AUTOSAVE_MAX_MS`] while it
//! goes on), at once when the page is hidden or
//! another draft is about to open, and never while another tab's change
//! waits for the user's decision (`conflict.rs`).

use super::{fresh_draft_id, unique_in, Drafts, SaveState};
use crate::browser::clock;
use crate::browser::storage::{request_persist, SaveError};
use crate::browser::timer::Timer;
use crate::domain::draft::{default_name, DraftMeta};
use crate::domain::Plan;
use leptos::prelude::*;

/// How long typing must pause before the plan is written (the issue's
/// budget: every change saved within 500 ms).
const AUTOSAVE_MS: u32 = 500;

/// The longest continuous typing goes unsaved: a crashed tab loses at most
/// this much.
const AUTOSAVE_MAX_MS: u32 = 2000;

impl Drafts {
    /// Saves every change of the plan, except the first run (the plan shown
    /// at load) and plans just read from storage.
    pub(super) fn start_autosave(self) {
        Effect::new(move |prev: Option<()>| {
            self.ed.plan.track();
            if prev.is_some() {
                self.changed();
            } else {
                // The reopened draft was set before this effect existed:
                // its skip is spent, the user's first keystroke must count.
                self.skip_next.set_value(false);
            }
        });
    }

    fn autosave_timer(self) -> Option<Timer> {
        self.autosave_timer.try_get_value()
    }

    /// The plan changed.
    fn changed(self) {
        if self.skip_next.get_value() {
            self.skip_next.set_value(false);
            return;
        }
        // A plan edited without a draft (started, or a section opened from
        // the start screen) becomes a draft now; the untouched start screen
        // never does.
        let id = match self.current.get_untracked() {
            Some(id) => id,
            None => {
                let id = fresh_draft_id();
                self.current.set(Some(id.clone()));
                id
            }
        };
        if self.conflict.with_untracked(Option::is_some) || !self.has_store() {
            self.unsaved.set_value(true);
            return;
        }
        if let Some(timer) = self.autosave_timer() {
            timer.debounce_at_most(AUTOSAVE_MS, AUTOSAVE_MAX_MS, move || {
                self.save_draft(&id);
            });
        }
    }

    /// Writes a pending save now (page hidden, another draft about to open).
    pub fn flush(self) {
        if let Some(timer) = self.autosave_timer() {
            timer.flush();
        }
    }

    /// Drops a pending save without writing it.
    pub(super) fn cancel_pending_save(self) {
        if let Some(timer) = self.autosave_timer() {
            timer.cancel();
        }
    }

    /// Replaces the plan without saving it back.
    pub(super) fn replace_plan(self, plan: Plan) {
        self.skip_next.set_value(true);
        self.ed.replace(plan);
    }

    /// The index entry to save with the plan: the name the draft has (or a
    /// fresh unique one), its kind and completeness now.
    pub(super) fn meta_for(self, id: &str, plan: &Plan) -> DraftMeta {
        let completeness = self.ed.report.with_untracked(|r| r.completeness);
        let name = self.index.with_untracked(|index| match index.get(id) {
            Some(meta) if !meta.name.trim().is_empty() => meta.name.clone(),
            _ => unique_in(index, &default_name(plan)),
        });
        DraftMeta {
            id: id.to_string(),
            name,
            kind: plan.kind,
            saved_at: String::new(),
            completeness,
        }
    }

    /// Saves the open plan as draft `id`. Returns whether it was written.
    pub(super) fn save_draft(self, id: &str) -> bool {
        // The timer may fire after the widget is gone, or after another
        // draft was opened: then this save is not wanted.
        let Some(current) = self.current.try_get_untracked() else {
            return false;
        };
        if current.as_deref() != Some(id) || self.conflict.with_untracked(Option::is_some) {
            return false;
        }
        let Some(store) = self.store() else {
            return false;
        };
        let saved_at = clock::now_iso();
        let result = self.ed.plan.with_untracked(|plan| {
            let meta = self.meta_for(id, plan);
            store
                .save(id, meta.clone(), plan, &saved_at)
                .map(|()| DraftMeta {
                    saved_at: saved_at.clone(),
                    ..meta
                })
        });
        match result {
            Ok(meta) => {
                self.index.update(|index| {
                    index.upsert(meta);
                    index.last_open = Some(id.to_string());
                });
                self.save.set(SaveState::Saved { at: saved_at });
                self.unsaved.set_value(false);
                request_persist();
                true
            }
            Err(e) => {
                self.unsaved.set_value(true);
                self.save.set(SaveState::Failed {
                    quota: matches!(e, SaveError::Quota),
                    message: e.to_string(),
                });
                false
            }
        }
    }

    /// "Thử lưu lại": saves the open plan now.
    pub fn retry(self) {
        self.cancel_pending_save();
        if let Some(id) = self.current.get_untracked() {
            self.save_draft(&id);
        }
    }
}
