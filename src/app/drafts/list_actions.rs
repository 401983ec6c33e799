//! What the drafts dialog does to one draft: rename it, copy it, delete it
//! and put it back ("Hoàn tác"). Each returns the text the dialog shows.

use super::Drafts;
use crate::domain::draft::{DraftMeta, Envelope};
use leptos::prelude::*;

/// A deleted draft, kept for "Hoàn tác".
#[derive(Debug, Clone)]
pub struct Deleted {
    pub meta: DraftMeta,
    pub envelope: Envelope,
    pub was_open: bool,
}

impl Drafts {
    /// Renames a draft; the name actually given (made unique).
    pub fn rename(self, id: &str, name: &str) -> Result<String, String> {
        let store = self.store_or_error()?;
        let given = store.rename(id, name).map_err(|e| e.to_string())?;
        self.refresh_index();
        Ok(given)
    }

    /// Copies a draft; the copy's name.
    pub fn duplicate(self, id: &str) -> Result<String, String> {
        self.flush();
        let store = self.store_or_error()?;
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
        let store = self.store_or_error()?;
        let meta = self.index.with_untracked(|index| index.get(id).cloned());
        let envelope = store.load(id).ok();
        store.delete(id).map_err(|e| e.to_string())?;
        if was_open {
            self.cancel_pending_save();
            self.close_draft();
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
}
