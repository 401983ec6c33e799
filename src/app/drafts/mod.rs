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
//! The rooms, one responsibility each (a component lives with the state it
//! shows): this file sets drafts up and opens them; `autosave` writes the
//! open plan; `conflict` handles another tab's change ([`ConflictNotice`]);
//! `list_actions` renames, copies, deletes and restores; `files` downloads
//! and imports draft files (`ImportField`); `status` is what the user reads
//! about saving ([`DraftsHeader`], [`DraftsNotices`]); `panel` is the list
//! dialog ([`DraftsPanel`]); `start` the drafts to reopen on the start
//! screen ([`StartDrafts`]); `open` reads a plan the teacher already has
//! into new drafts ([`OpenExisting`]); `parts` the pieces these share.
//!
//! [`ConflictNotice`]: conflict::ConflictNotice

mod autosave;
mod backups;
mod conflict;
mod files;
mod list_actions;
mod open;
mod panel;
mod parts;
mod start;
mod status;

pub use conflict::Conflict;
pub use open::OpenExisting;
pub use panel::DraftsPanel;
pub use start::StartDrafts;
pub use status::{DraftsHeader, DraftsNotices, Problem, SaveState};

use crate::app::Editor;
use crate::browser::clock;
use crate::browser::host::HostOptions;
use crate::browser::storage::{
    on_before_unload, on_external_change, on_page_hide, probe, DraftStore, ListenerHandle,
    LoadProblem, SaveError, StorageError, StorageStatus,
};
use crate::browser::timer::Timer;
use crate::domain::draft::{namespace_or_default, new_draft_id, unique_name, DraftIndex, Envelope};
use crate::domain::{Plan, SectionId};
use leptos::html::Button;
use leptos::prelude::*;

/// The drafts of one widget (Copy: every field is a handle).
#[derive(Clone, Copy)]
pub struct Drafts {
    ed: Editor,
    /// `None` when the page may not keep data.
    store: StoredValue<Option<DraftStore>, LocalStorage>,
    /// Waits for typing to pause before the open plan is written.
    autosave_timer: StoredValue<Timer, LocalStorage>,
    /// Kept so the listeners go when the widget goes.
    listeners: StoredValue<Vec<ListenerHandle>, LocalStorage>,
    ns: StoredValue<String>,
    /// Set before the plan is replaced by one read from storage (or by the
    /// blank start plan), so that the change is not saved back.
    skip_next: StoredValue<bool>,
    /// A change of the open plan is neither stored nor downloaded (the
    /// storage is full or off, or another tab's change waits): leaving the
    /// page asks first.
    unsaved: StoredValue<bool>,
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
/// and listens to other tabs. Call once, in `EditorRoot`, after the editor's context.
pub fn provide(ed: Editor) -> Drafts {
    let host = use_context::<HostOptions>().unwrap_or_default();
    let ns = namespace_or_default(Some(&host.config.namespace)).to_string();
    let d = Drafts {
        ed,
        store: StoredValue::new_local(None),
        autosave_timer: StoredValue::new_local(Timer::new()),
        listeners: StoredValue::new_local(Vec::new()),
        ns: StoredValue::new(ns.clone()),
        skip_next: StoredValue::new(false),
        unsaved: StoredValue::new(false),
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

/// A new draft id, unique in practice (time plus a random number).
fn fresh_draft_id() -> String {
    new_draft_id(clock::now_millis(), clock::random_u32())
}

/// `wanted`, made unique among the names in `index` ("… (bản sao 2)").
fn unique_in(index: &DraftIndex, wanted: &str) -> String {
    let names: Vec<&str> = index.drafts.iter().map(|m| m.name.as_str()).collect();
    unique_name(&names, wanted)
}

impl Drafts {
    /// The drafts of the nearest `EditorRoot`, if it set them up.
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
                let index = self.read_index(&store).unwrap_or_default();
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

        self.start_autosave();

        let mut listeners = vec![
            on_page_hide(move || self.flush()),
            on_before_unload(move || {
                self.flush();
                self.unsaved.try_get_value().unwrap_or(false)
            }),
        ];
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

    /// The store, or the text that says why nothing can be kept.
    fn store_or_error(self) -> Result<DraftStore, String> {
        self.store()
            .ok_or_else(|| SaveError::Unavailable.to_string())
    }

    /// The storage namespace (for file names).
    fn namespace(self) -> String {
        self.ns.get_value()
    }

    // -- opening and starting -------------------------------------------------

    /// The list of drafts in storage; a damaged list is reported and its
    /// rebuilt form returned. `None` when nothing could be read.
    fn read_index(self, store: &DraftStore) -> Option<DraftIndex> {
        match store.index() {
            Ok(index) => Some(index),
            Err(problem) => {
                let rebuilt = match &problem {
                    LoadProblem::Index { rebuilt, .. } => Some(rebuilt.clone()),
                    _ => None,
                };
                self.report(problem);
                rebuilt
            }
        }
    }

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
                    self.ed.nav.show(SectionId::Header);
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

    /// Leaves the open draft: a blank plan on the start screen, nothing
    /// pending and nothing to save.
    fn close_draft(self) {
        self.unsaved.set_value(false);
        self.current.set(None);
        self.conflict.set(None);
        self.replace_plan(Plan::default());
        self.ed.nav.to_start();
        self.save.set(if self.has_store() {
            SaveState::Idle
        } else {
            SaveState::MemoryOnly
        });
    }

    /// "Soạn kế hoạch mới": back to the start screen with no draft open.
    pub fn new_plan(self) {
        self.flush();
        self.close_draft();
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
        if let Some(index) = self.read_index(&store) {
            self.index.set(index);
        }
    }
}
