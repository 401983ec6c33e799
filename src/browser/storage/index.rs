//! The list of drafts (the index): read, repaired against the draft keys
//! really in storage, and changed. An unreadable list is backed up before
//! the rebuilt one replaces it.

use super::errors::{LoadProblem, SaveError};
use super::store::DraftStore;
use crate::domain::draft::{
    decode, default_name, draft_id_from_key, draft_key, index_key, unique_name, DraftIndex,
    DraftMeta, IndexError,
};
use std::collections::HashSet;

/// Name given to a draft found without an index entry whose content cannot
/// be read; the user opens it to see the problem and download the data.
const UNREADABLE_NAME: &str = "Bản nháp không đọc được";

impl DraftStore {
    /// The list of drafts. Also repairs it: drafts whose key is gone are
    /// dropped, and drafts found in storage without an entry (a save whose
    /// index write failed, a lost index) are added back. An unreadable list
    /// is copied to a backup key first and returned as
    /// [`LoadProblem::Index`] with the rebuilt list.
    pub fn index(&self) -> Result<DraftIndex, LoadProblem> {
        let key = index_key(self.namespace());
        let raw = self.get(&key).map_err(LoadProblem::Storage)?;
        let keys = self.keys().map_err(LoadProblem::Storage)?;
        let (mut index, problem) = match raw {
            // A missing or blank index is a fresh start, not damage.
            None => (DraftIndex::new(), None),
            Some(raw) if raw.trim().is_empty() => (DraftIndex::new(), None),
            Some(raw) => match DraftIndex::decode(&raw) {
                Ok(index) => (index, None),
                Err(error) => {
                    let backup = self.back_up_index(&raw);
                    let start = match &error {
                        IndexError::PartlyUnreadable { recovered, .. } => recovered.clone(),
                        _ => DraftIndex::new(),
                    };
                    (start, Some((error, raw, backup)))
                }
            },
        };
        let changed = self.reconcile(&mut index, &keys);
        // The old list may be replaced only when it was readable or is kept.
        let may_write = problem.as_ref().is_none_or(|(_, _, b)| b.is_some());
        if (changed || problem.is_some()) && may_write {
            // Best effort: the list is rebuilt again next time if this fails.
            let _ = self.set(&key, &index.encode());
        }
        match problem {
            None => Ok(index),
            Some((error, raw, backup_key)) => Err(LoadProblem::Index {
                error,
                raw,
                backup_key,
                rebuilt: index,
            }),
        }
    }

    /// Makes the index match the draft keys in storage; true if it changed.
    fn reconcile(&self, index: &mut DraftIndex, keys: &[String]) -> bool {
        let stored: HashSet<&str> = keys
            .iter()
            .filter_map(|k| draft_id_from_key(self.namespace(), k))
            .collect();
        let gone: Vec<String> = index
            .drafts
            .iter()
            .filter(|m| !stored.contains(m.id.as_str()))
            .map(|m| m.id.clone())
            .collect();
        let mut changed = !gone.is_empty();
        for id in &gone {
            index.remove(id);
        }
        let mut orphans: Vec<&str> = stored
            .iter()
            .copied()
            .filter(|id| index.get(id).is_none())
            .collect();
        // Ids start with the creation time in hex: oldest first.
        orphans.sort_unstable();
        for id in orphans {
            let meta = self.recovered_meta(id, index);
            index.drafts.push(meta);
            changed = true;
        }
        if let Some(open) = &index.last_open {
            if index.get(open).is_none() {
                index.last_open = None;
                changed = true;
            }
        }
        changed
    }

    /// An index entry for a draft found in storage without one.
    fn recovered_meta(&self, id: &str, index: &DraftIndex) -> DraftMeta {
        let names: Vec<&str> = index.drafts.iter().map(|m| m.name.as_str()).collect();
        let key = draft_key(self.namespace(), id);
        let raw = self.get(&key).ok().flatten();
        match raw.as_deref().map(|r| (r, decode(r))) {
            Some((r, Ok(envelope))) => {
                self.remember(&key, r);
                DraftMeta {
                    id: id.to_string(),
                    name: unique_name(&names, &default_name(&envelope.plan)),
                    kind: envelope.plan.kind,
                    saved_at: envelope.saved_at,
                    // Unknown until the draft is opened and saved again.
                    completeness: 0,
                }
            }
            _ => DraftMeta {
                id: id.to_string(),
                name: unique_name(&names, UNREADABLE_NAME),
                kind: Default::default(),
                saved_at: String::new(),
                completeness: 0,
            },
        }
    }

    /// The index to change and write back, repaired if need be; refuses
    /// when an unreadable index could not be backed up.
    pub(super) fn index_for_update(&self) -> Result<DraftIndex, SaveError> {
        // Fast path for autosave: a readable index needs no key scan.
        if let Some(raw) = self.get(&index_key(self.namespace()))? {
            if let Ok(index) = DraftIndex::decode(&raw) {
                return Ok(index);
            }
        }
        match self.index() {
            Ok(index) => Ok(index),
            Err(LoadProblem::Index {
                backup_key: Some(_),
                rebuilt,
                ..
            }) => Ok(rebuilt),
            Err(LoadProblem::Index {
                backup_key: None, ..
            }) => Err(SaveError::UnreadableNotBackedUp),
            Err(LoadProblem::Storage(e)) => Err(e.into()),
            Err(other) => Err(SaveError::Load(other)),
        }
    }

    pub(super) fn update_index<T>(
        &self,
        change: impl FnOnce(&mut DraftIndex) -> Result<T, SaveError>,
    ) -> Result<T, SaveError> {
        let mut index = self.index_for_update()?;
        let out = change(&mut index)?;
        self.set(&index_key(self.namespace()), &index.encode())?;
        Ok(out)
    }

    /// Records which draft is open, for the next visit.
    pub fn set_last_open(&self, id: Option<&str>) -> Result<(), SaveError> {
        self.update_index(|index| {
            index.last_open = id.filter(|id| index.get(id).is_some()).map(str::to_string);
            Ok(())
        })
    }
}
