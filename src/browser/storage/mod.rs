//! Drafts in `localStorage`: probing, reading, saving, backups, and the
//! changes made by other tabs.
//!
//! The rules of the format (keys, envelope, index, migrations) live in
//! `domain::draft`; this module only moves strings in and out of the
//! browser and applies one rule of its own: **data that cannot be read is
//! never overwritten before a copy of it is kept** under a backup key. The
//! problem that reports it carries the unreadable text, which the UI offers
//! for download.
//!
//! The rooms: `probe` (may the page keep data?), `store` (the drafts of
//! one namespace), `index` (the list of drafts, repaired), `backups`
//! (copies of unreadable data), `events` (other tabs, the page being left)
//! and `errors` (what the user reads). The delay autosave waits for is
//! [`crate::browser::timer::Timer`].
//!
//! Why `web_sys::Storage` and not gloo-storage: `LocalStorage::raw()`
//! panics when the page may not use storage (blocked cookies, an iframe on
//! another site), so [`probe`] has to go through `web_sys` anyway; gloo's
//! `get`/`set` JSON-encode the value, and our values are JSON already
//! (double encoding would escape every quote and make a stored draft differ
//! from the envelope a user can import); index recovery needs the list of
//! keys, which gloo only offers as `get_all`, parsing every value of the
//! origin. What is left of gloo would be a thin rename of the same calls.

mod backups;
mod errors;
mod events;
mod index;
mod probe;
mod store;

pub use errors::{LoadProblem, SaveError, StorageError, StorageStatus};
pub use events::{
    on_before_unload, on_external_change, on_page_hide, ExternalChange, ListenerHandle,
};
pub use probe::{probe, request_persist};
pub use store::DraftStore;
