//! Drafts in the editor: the open plan is saved as the user types, several
//! named drafts live side by side in the browser, and draft files can be
//! downloaded and imported.
//!
//! [`Drafts`] is the one handle (Copy, in context) that ties the editor's
//! `RwSignal<Plan>` to `browser::storage`. It never lets the user lose work:
//! when storage is blocked, full, damaged or changed by another tab, the
//! editor keeps working in memory, says so, and offers the plan as a file.
//! Nothing here overwrites data it could not read (the store backs it up and
//! the problem is shown with a download of the raw value).
//!
//! Components: [`DraftsHeader`] (the "Bản nháp" button and the save status
//! line), [`DraftsNotices`] (warnings, failures, the two-tabs conflict),
//! [`DraftsPanel`] (the list dialog) and [`StartDrafts`] (drafts to reopen
//! on the start screen).

mod conflict;
mod files;
mod panel;
mod start;
mod status;

pub use panel::DraftsPanel;
pub use start::StartDrafts;
pub use status::{DraftsHeader, DraftsNotices};

use crate::app::{Editor, Screen};
use crate::browser::clock;
use crate::browser::download::download_text;
use crate::browser::host::HostOptions;
use crate::browser::storage::{
    on_external_change, on_page_hide, probe, request_persist, DraftStore, ExternalChange,
    ListenerHandle, LoadProblem, SaveError, StorageError, StorageStatus,
};
use crate::browser::timer::Timer;
use crate::domain::checklist::evaluate;
use crate::domain::draft::{
    decode, default_name, export_file, namespace_or_default, new_draft_id, unique_name, DraftIndex,
    DraftMeta, Envelope, ImportError,
};
use crate::domain::{Plan, SectionId};
use leptos::html::Button;
use leptos::prelude::*;

/// How long typing must pause before the plan is written (the issue's
/// budget: every change saved within 500 ms).
const AUTOSAVE_MS: u32 = 500;

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

/// Another tab changed or deleted the open draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conflict {
    Changed,
    Deleted,
}

/// Something that could not be read, shown until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub id: u32,
    pub message: String,
    /// The unreadable stored text, offered for download as it is.
    pub raw: Option<String>,
}

/// The drafts of one widget (Copy: every field is a handle).
#[derive(Clone, Copy)]
pub struct Drafts {
    ed: Editor,
    /// `None` when the page may not keep data.
    store: StoredValue<Option<DraftStore>, LocalStorage>,
    debouncer: StoredValue<Timer, LocalStorage>,
    /// Kept so the listeners go when the widget goes.
    listeners: StoredValue<Vec<ListenerHandle>, LocalStorage>,
    ns: StoredValue<String>,
    /// Set before the plan is replaced by one read from storage (or by the
    /// blank start plan), so that the change is not saved back.
    skip_next: StoredValue<bool>,
    next_problem: StoredValue<u32>,
    /// The open draft; `None` until a plan is started or opened.
    pub current: RwSignal<Option<String>>,
    /// The list of drafts, as last read or written.
    pub index: RwSignal<DraftIndex>,
    pub save: RwSignal<SaveState>,
    /// Why drafts are not kept (storage blocked or absent).
    pub storage_warning: RwSignal<Option<String>>,
    pub problems: RwSignal<Vec<Problem>>,
    pub conflict: RwSignal<Option<Conflict>>,
    /// Whether the drafts dialog is open (its content exists only then).
    pub panel_open: RwSignal<bool>,
    pub dialog: NodeRef<leptos::html::Dialog>,
    /// The header's "Bản nháp" button: where focus returns, and a node of
    /// this widget from which ids are looked up.
    pub trigger: NodeRef<Button>,
}

/// Sets up drafts for the editor: opens the store, reopens the last open
/// draft (without moving focus: the host page keeps it), starts autosave
/// and listens to other tabs. Call once, in `App`, after the editor's context.
pub fn provide(ed: Editor) -> Drafts {
    let host = use_context::<HostOptions>().unwrap_or_default();
    let ns = namespace_or_default(Some(&host.config.namespace)).to_string();
    let d = Drafts {
        ed,
        store: StoredValue::new_local(None),
        debouncer: StoredValue::new_local(Timer::new()),
        listeners: StoredValue::new_local(Vec::new()),
        ns: StoredValue::new(ns.clone()),
        skip_next: StoredValue::new(false),
        next_problem: StoredValue::new(0),
        current: RwSignal::new(None),
        index: RwSignal::new(DraftIndex::new()),
        save: RwSignal::new(SaveState::Idle),
        storage_warning: RwSignal::new(None),
        problems: RwSignal::new(Vec::new()),
        conflict: RwSignal::new(None),
        panel_open: RwSignal::new(false),
        dialog: NodeRef::new(),
        trigger: NodeRef::new(),
    };
    provide_context(d);
    d.connect(&ns);
    d
}

impl Drafts {
    /// The drafts of the nearest `App`, if it set them up.
    pub fn get() -> Option<Drafts> {
        use_context::<Drafts>()
    }

    fn connect(self, ns: &str) {
        let opened = match probe() {
            StorageStatus::Available => DraftStore::open(ns),
            StorageStatus::Disabled => Err(StorageError::Disabled),
            StorageStatus::Absent => Err(StorageError::Absent),
        };
        match opened {
            Ok(store) => {
                self.store.set_value(Some(store.clone()));
                let index = match store.index() {
                    Ok(index) => index,
                    Err(problem) => {
                        let rebuilt = match &problem {
                            LoadProblem::Index { rebuilt, .. } => rebuilt.clone(),
                            _ => DraftIndex::new(),
                        };
                        self.report(problem);
                        rebuilt
                    }
                };
                let last = index.last_open.clone();
                self.index.set(index);
                if let Some(id) = last {
                    // A failure is shown as a notice; the start screen stays.
                    let _ = self.show_draft(&id, false);
                }
            }
            Err(e) => {
                self.storage_warning.set(Some(e.to_string()));
                self.save.set(SaveState::MemoryOnly);
            }
        }

        // Autosave: every change of the plan, except the first run (the
        // plan shown at load) and plans just read from storage.
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

        let mut listeners = vec![on_page_hide(move || self.flush())];
        if self.has_store() {
            let ns_owned = ns.to_string();
            listeners.push(on_external_change(ns, move |change| {
                self.external_change(&ns_owned, change)
            }));
        }
        self.listeners.set_value(listeners);
    }

    fn has_store(self) -> bool {
        self.store.with_value(Option::is_some)
    }

    /// A clone of the store handle (cheap): no arena borrow is held while
    /// it is used.
    fn store(self) -> Option<DraftStore> {
        self.store.try_get_value().flatten()
    }

    fn debouncer(self) -> Option<Timer> {
        self.debouncer.try_get_value()
    }

    /// The storage namespace (for file names).
    fn namespace(self) -> String {
        self.ns.get_value()
    }

    // -- autosave -----------------------------------------------------------

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
                let id = new_draft_id(clock::now_millis(), clock::random_u32());
                self.current.set(Some(id.clone()));
                id
            }
        };
        if self.conflict.with_untracked(Option::is_some) || !self.has_store() {
            return;
        }
        if let Some(debouncer) = self.debouncer() {
            debouncer.debounce(AUTOSAVE_MS, move || {
                self.save_draft(&id);
            });
        }
    }

    /// Writes a pending save now (page hidden, another draft about to open).
    pub fn flush(self) {
        if let Some(debouncer) = self.debouncer() {
            debouncer.flush();
        }
    }

    /// Replaces the plan without saving it back.
    fn replace_plan(self, plan: Plan) {
        self.skip_next.set_value(true);
        self.ed.replace(plan);
    }

    /// The index entry to save with the plan: the name the draft has (or a
    /// fresh unique one), its kind and completeness now.
    fn meta_for(self, id: &str, plan: &Plan) -> DraftMeta {
        let completeness = self.ed.report.with_untracked(|r| r.completeness);
        let name = self.index.with_untracked(|index| match index.get(id) {
            Some(meta) if !meta.name.trim().is_empty() => meta.name.clone(),
            _ => {
                let names: Vec<&str> = index.drafts.iter().map(|m| m.name.as_str()).collect();
                unique_name(&names, &default_name(plan))
            }
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
    fn save_draft(self, id: &str) -> bool {
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
                request_persist();
                true
            }
            Err(e) => {
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
        if let Some(debouncer) = self.debouncer() {
            debouncer.cancel();
        }
        if let Some(id) = self.current.get_untracked() {
            self.save_draft(&id);
        }
    }

    // -- problems -------------------------------------------------------------

    /// Shows a notice; its id (an existing one when the same text is shown).
    fn push_problem(self, message: String, raw: Option<String>) -> u32 {
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

    fn report(self, problem: LoadProblem) -> u32 {
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

    // -- opening and starting -------------------------------------------------

    /// Reads draft `id` into the editor. `focus`: the user asked for it, so
    /// focus moves to the section heading (not at page load).
    fn show_draft(self, id: &str, focus: bool) -> Result<(), u32> {
        let Some(store) = self.store() else {
            return Err(self.push_problem(SaveError::Unavailable.to_string(), None));
        };
        match store.load(id) {
            Ok(Envelope { saved_at, plan, .. }) => {
                self.current.set(Some(id.to_string()));
                self.conflict.set(None);
                self.replace_plan(plan);
                self.save.set(SaveState::Saved { at: saved_at });
                if focus {
                    self.ed.open(SectionId::Header);
                } else {
                    self.ed.current.set(SectionId::Header);
                    self.ed.screen.set(Screen::Edit);
                }
                Ok(())
            }
            Err(problem) => Err(self.report(problem)),
        }
    }

    /// Opens a draft at the user's request; else the id of the notice that
    /// says why not.
    pub fn open(self, id: &str) -> Result<(), u32> {
        self.flush();
        self.show_draft(id, true)?;
        if let Some(store) = self.store() {
            // Best effort: only which draft reopens next time.
            let _ = store.set_last_open(Some(id));
        }
        self.index
            .update(|index| index.last_open = Some(id.to_string()));
        Ok(())
    }

    /// "Soạn kế hoạch mới": back to the start screen with no draft open.
    pub fn new_plan(self) {
        self.flush();
        self.current.set(None);
        self.conflict.set(None);
        self.replace_plan(Plan::default());
        self.ed.screen.set(Screen::Start);
        self.save.set(if self.has_store() {
            SaveState::Idle
        } else {
            SaveState::MemoryOnly
        });
        if let Some(store) = self.store() {
            let _ = store.set_last_open(None);
        }
        self.index.update(|index| index.last_open = None);
    }

    /// Re-reads the list from storage (another tab changed it, the dialog opens).
    pub fn refresh_index(self) {
        let Some(store) = self.store() else {
            return;
        };
        match store.index() {
            Ok(index) => self.index.set(index),
            Err(problem) => {
                if let LoadProblem::Index { rebuilt, .. } = &problem {
                    self.index.set(rebuilt.clone());
                }
                self.report(problem);
            }
        }
    }

    // -- other tabs -----------------------------------------------------------

    fn external_change(self, ns: &str, change: ExternalChange) {
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
        if let Some(debouncer) = self.debouncer() {
            debouncer.cancel();
        }
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
        let id = new_draft_id(clock::now_millis(), clock::random_u32());
        let name = self.index.with_untracked(|index| {
            let wanted = old
                .as_deref()
                .and_then(|o| index.get(o))
                .map(|m| m.name.clone())
                .unwrap_or_else(|| self.ed.plan.with_untracked(default_name));
            let names: Vec<&str> = index.drafts.iter().map(|m| m.name.as_str()).collect();
            unique_name(&names, &wanted)
        });
        let meta = self.ed.plan.with_untracked(|plan| DraftMeta {
            name,
            ..self.meta_for(&id, plan)
        });
        self.index.update(|index| index.upsert(meta));
        self.conflict.set(None);
        self.current.set(Some(id.clone()));
        self.save_draft(&id);
        self.ed.open(self.ed.current.get_untracked());
    }

    // -- list actions -----------------------------------------------------------

    /// Renames a draft; the name actually given (made unique).
    pub fn rename(self, id: &str, name: &str) -> Result<String, String> {
        let store = self
            .store()
            .ok_or_else(|| SaveError::Unavailable.to_string())?;
        let given = store.rename(id, name).map_err(|e| e.to_string())?;
        self.refresh_index();
        Ok(given)
    }

    /// Copies a draft; the copy's name.
    pub fn duplicate(self, id: &str) -> Result<String, String> {
        self.flush();
        let store = self
            .store()
            .ok_or_else(|| SaveError::Unavailable.to_string())?;
        let meta = store.duplicate(id).map_err(|e| e.to_string())?;
        self.refresh_index();
        Ok(meta.name)
    }

    /// Deletes a draft. Returns what is needed to undo it (`None` when the
    /// draft could not be read: its raw value stays in a backup key).
    pub fn delete(self, id: &str) -> Result<Option<Deleted>, String> {
        let was_open = self.current.get_untracked().as_deref() == Some(id);
        if was_open {
            self.flush();
        }
        let store = self
            .store()
            .ok_or_else(|| SaveError::Unavailable.to_string())?;
        let meta = self.index.with_untracked(|index| index.get(id).cloned());
        let envelope = store.load(id).ok();
        store.delete(id).map_err(|e| e.to_string())?;
        if was_open {
            if let Some(debouncer) = self.debouncer() {
                debouncer.cancel();
            }
            self.current.set(None);
            self.conflict.set(None);
            self.replace_plan(Plan::default());
            self.ed.screen.set(Screen::Start);
            self.save.set(SaveState::Idle);
        }
        self.refresh_index();
        Ok(match (meta, envelope) {
            (Some(meta), Some(envelope)) => Some(Deleted {
                meta,
                envelope,
                was_open,
            }),
            _ => None,
        })
    }

    /// Puts a deleted draft back under its id (and reopens it if it was open).
    pub fn restore(self, deleted: &Deleted) {
        let Some(store) = self.store() else {
            return;
        };
        let Deleted {
            meta,
            envelope,
            was_open,
        } = deleted;
        let restored = store.save(&meta.id, meta.clone(), &envelope.plan, &envelope.saved_at);
        if let Err(e) = restored {
            self.push_problem(e.to_string(), None);
            return;
        }
        if *was_open && self.current.get_untracked().is_none() {
            let _ = self.show_draft(&meta.id, false);
        } else {
            // `save` marked the restored draft as open; it is not.
            let _ = store.set_last_open(self.current.get_untracked().as_deref());
        }
        self.refresh_index();
    }

    // -- files --------------------------------------------------------------------

    /// File name of a download: `<prefix>-<namespace>-<local date>.json`.
    fn file_name(self, prefix: &str) -> String {
        let date = crate::browser::today::today()
            .map(|d| d.iso())
            .unwrap_or_else(|| clock::now_iso().chars().take(10).collect());
        format!("{prefix}-{}-{date}.json", self.namespace())
    }

    fn download_json(self, text: &str, prefix: &str) -> Result<(), String> {
        download_text(
            text,
            &self.file_name(prefix),
            "application/json;charset=utf-8",
        )
        .map_err(|e| e.to_string())
    }

    /// The open plan (as it is in memory, saved or not) with its entry.
    fn current_pair(self) -> (DraftMeta, Plan) {
        let plan = self.ed.plan.get_untracked();
        let id = self.current.get_untracked().unwrap_or_default();
        let mut meta = self.meta_for(&id, &plan);
        meta.saved_at = clock::now_iso();
        (meta, plan)
    }

    /// "Tải bản nháp (.json)": the open plan as a draft file.
    pub fn export_current(self) -> Result<(), String> {
        let pair = self.current_pair();
        self.download_json(&export_file(&[pair], &clock::now_iso()), "ban-nhap")
    }

    /// One saved draft as a draft file.
    pub fn export_one(self, id: &str) -> Result<(), String> {
        if self.current.get_untracked().as_deref() == Some(id) {
            return self.export_current();
        }
        let store = self
            .store()
            .ok_or_else(|| SaveError::Unavailable.to_string())?;
        let envelope = store.load(id).map_err(|e| e.to_string())?;
        let meta = self
            .index
            .with_untracked(|index| index.get(id).cloned())
            .unwrap_or_else(|| self.meta_for(id, &envelope.plan));
        let file = export_file(&[(meta, envelope.plan)], &clock::now_iso());
        self.download_json(&file, "ban-nhap")
    }

    /// Every draft in one file. Returns how many could not be read (left out).
    pub fn export_all(self) -> Result<usize, String> {
        let open = self.current.get_untracked();
        let entries = self.index.get_untracked().drafts;
        let store = self.store();
        let mut pairs = Vec::with_capacity(entries.len());
        let mut skipped = 0;
        for meta in entries {
            if open.as_deref() == Some(meta.id.as_str()) {
                pairs.push((meta, self.ed.plan.get_untracked()));
                continue;
            }
            match store.as_ref().map(|s| s.load(&meta.id)) {
                Some(Ok(envelope)) => pairs.push((meta, envelope.plan)),
                _ => skipped += 1,
            }
        }
        if pairs.is_empty() && open.is_some() {
            pairs.push(self.current_pair());
        }
        let file = export_file(&pairs, &clock::now_iso());
        self.download_json(&file, "tat-ca-ban-nhap")?;
        Ok(skipped)
    }

    /// A raw stored value that could not be read, as it is.
    pub fn export_raw(self, raw: &str) -> Result<(), String> {
        self.download_json(raw, "du-lieu-goc")
    }

    /// Adds the drafts of an imported file as new drafts: the names given,
    /// and why the rest could not be saved. When the page may not keep data,
    /// the first plan is opened in memory instead.
    pub fn import(self, drafts: Vec<(String, Plan)>) -> (Vec<String>, Option<String>) {
        let Some(store) = self.store() else {
            let Some((name, plan)) = drafts.into_iter().next() else {
                return (Vec::new(), Some(ImportError::NoDrafts.to_string()));
            };
            self.flush();
            self.close_panel();
            self.ed.replace(plan);
            self.ed.open(SectionId::Header);
            return (vec![name], None);
        };
        self.flush();
        let mut names: Vec<String> = self
            .index
            .with_untracked(|index| index.drafts.iter().map(|m| m.name.clone()).collect());
        let mut added = Vec::new();
        let mut failure = None;
        for (wanted, plan) in drafts {
            let existing: Vec<&str> = names.iter().map(String::as_str).collect();
            let name = unique_name(&existing, &wanted);
            let id = new_draft_id(clock::now_millis(), clock::random_u32());
            let meta = DraftMeta {
                id: id.clone(),
                name: name.clone(),
                kind: plan.kind,
                saved_at: String::new(),
                completeness: evaluate(&plan).completeness,
            };
            match store.save(&id, meta, &plan, &clock::now_iso()) {
                Ok(()) => {
                    names.push(name.clone());
                    added.push(name);
                }
                Err(e) => {
                    failure = Some(e.to_string());
                    break;
                }
            }
        }
        // `save` marked each imported draft as open; the open one has not changed.
        let _ = store.set_last_open(self.current.get_untracked().as_deref());
        self.refresh_index();
        (added, failure)
    }

    // -- the dialog -----------------------------------------------------------------

    /// Opens the drafts dialog (modal: the rest of the widget is inert).
    pub fn open_panel(self) {
        self.flush();
        self.refresh_index();
        self.panel_open.set(true);
        if let Some(dialog) = self.dialog.get_untracked() {
            if !dialog.open() {
                let _ = dialog.show_modal();
            }
        }
        // The content renders on the next tick; then its heading takes focus.
        request_animation_frame(move || self.focus("kh-drafts-title"));
    }

    /// Closes the dialog; the browser gives focus back to what opened it.
    pub fn close_panel(self) {
        if let Some(dialog) = self.dialog.get_untracked() {
            dialog.close();
        }
        self.panel_open.set(false);
    }

    /// Focuses an element of this widget by id.
    pub fn focus(self, id: &str) {
        match self.trigger.get_untracked() {
            Some(anchor) => crate::browser::focus::focus_in(&anchor, id),
            None => crate::browser::focus::focus_by_id(id),
        }
    }
}

/// A deleted draft, kept for "Hoàn tác".
#[derive(Debug, Clone)]
pub struct Deleted {
    pub meta: DraftMeta,
    pub envelope: Envelope,
    pub was_open: bool,
}
