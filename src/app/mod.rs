//! Leptos components. They use `domain` and `browser`, never the reverse.
//!
//! Two roots, one per WebAssembly module: [`StartRoot`] (the first screen,
//! `start_root.rs`) and [`EditorRoot`] (the whole editor, `editor_root.rs`).
//! The editor's state is in `state.rs`, behind small handles; the hooks
//! the editors share (firewall, findings by field, focus, undo) in
//! `hooks.rs`; one editor per plan section in `sections/`, the parts they
//! share in `components/`.

mod components;
mod drafts;
mod editor_root;
mod hooks;
mod sections;
mod start_root;
mod state;

pub use editor_root::EditorRoot;
pub use start_root::StartRoot;
// The drafts and the export bar still name these here.
pub use state::{Editor, Screen};

/// The administrative map of the plan being edited: its date, or today
/// (REFERENCES.md §9; `domain::admin_map`).
pub fn admin_map(plan: &crate::domain::Plan) -> crate::domain::admin_map::AdminMap {
    crate::domain::admin_map::AdminMap::of_plan(plan, crate::browser::today::today_or_default())
}
