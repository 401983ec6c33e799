//! The draft store: one namespace's drafts in `localStorage`, read,
//! written, renamed, copied and deleted. A value that cannot be read is
//! never overwritten before a copy is kept (`backups.rs`); the list of
//! drafts is read and repaired in `index.rs`.

use super::errors::{write_error, LoadProblem, SaveError, StorageError};
use super::probe::{check_writable, local_storage};
use crate::browser::clock;
use crate::domain::draft::{
    decode, default_name, draft_key, encode, new_draft_id, unique_name, valid_draft_id,
    valid_namespace, DraftMeta, Envelope,
};
use crate::domain::plan::Plan;
use std::cell::RefCell;
use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

/// The drafts of one namespace. Cheap to clone (clones share the storage
/// handle and the cache).
#[derive(Clone)]
pub struct DraftStore {
    ns: String,
    storage: web_sys::Storage,
    /// Fingerprints of values this store wrote or read successfully, by key.
    /// Autosave must check that it does not overwrite unreadable data; when
    /// the value under the key is the one we wrote last, it is readable
    /// without decoding it again (a decode costs as much as the save).
    known_good: Rc<RefCell<HashMap<String, u64>>>,
}

fn fingerprint(raw: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    raw.hash(&mut hasher);
    hasher.finish()
}

impl std::fmt::Debug for DraftStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DraftStore").field("ns", &self.ns).finish()
    }
}

impl DraftStore {
    /// The store of namespace `ns` (see `domain::draft::namespace_or_default`),
    /// after checking that storage can be used.
    pub fn open(ns: &str) -> Result<DraftStore, StorageError> {
        if !valid_namespace(ns) {
            return Err(StorageError::InvalidNamespace(ns.to_string()));
        }
        let storage = local_storage()?;
        check_writable(&storage)?;
        Ok(DraftStore {
            ns: ns.to_string(),
            storage,
            known_good: Rc::default(),
        })
    }

    pub fn namespace(&self) -> &str {
        &self.ns
    }

    // -- raw access --------------------------------------------------------

    pub(super) fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage
            .get_item(key)
            .map_err(|_| StorageError::Disabled)
    }

    pub(super) fn keys(&self) -> Result<Vec<String>, StorageError> {
        let count = self.storage.length().map_err(|_| StorageError::Disabled)?;
        let mut keys = Vec::with_capacity(count as usize);
        for position in 0..count {
            if let Some(key) = self
                .storage
                .key(position)
                .map_err(|_| StorageError::Disabled)?
            {
                keys.push(key);
            }
        }
        Ok(keys)
    }

    /// Writes `value` under `key`; a full storage is [`SaveError::Quota`].
    pub(super) fn set(&self, key: &str, value: &str) -> Result<(), SaveError> {
        self.storage.set_item(key, value).map_err(write_error)
    }

    pub(super) fn remove(&self, key: &str) -> Result<(), SaveError> {
        self.storage
            .remove_item(key)
            .map_err(|_| SaveError::Unavailable)
    }

    pub(super) fn remember(&self, key: &str, raw: &str) {
        self.known_good
            .borrow_mut()
            .insert(key.to_string(), fingerprint(raw));
    }

    fn is_known_good(&self, key: &str, raw: &str) -> bool {
        self.known_good.borrow().get(key) == Some(&fingerprint(raw))
    }

    /// The value under `key` when the key belongs to this namespace (for
    /// offering a backup or an unreadable draft for download).
    pub fn raw(&self, key: &str) -> Option<String> {
        if !self.owns(key) {
            return None;
        }
        self.get(key).ok().flatten()
    }

    fn owns(&self, key: &str) -> bool {
        key.strip_prefix(self.ns.as_str())
            .is_some_and(|rest| rest.starts_with(':'))
    }

    // -- drafts ------------------------------------------------------------

    /// Reads a draft. An unreadable or too-new value is copied to a backup
    /// key before anything else and reported with its text; the value under
    /// the draft key itself is left as it is until the user decides.
    pub fn load(&self, id: &str) -> Result<Envelope, LoadProblem> {
        let not_found = || LoadProblem::NotFound { id: id.to_string() };
        if !valid_draft_id(id) {
            return Err(not_found());
        }
        let key = draft_key(&self.ns, id);
        let raw = self
            .get(&key)
            .map_err(LoadProblem::Storage)?
            .ok_or_else(not_found)?;
        match decode(&raw) {
            Ok(envelope) => {
                self.remember(&key, &raw);
                Ok(envelope)
            }
            Err(error) => {
                let backup_key = self.back_up_draft(id, &raw);
                Err(LoadProblem::Draft {
                    id: id.to_string(),
                    error,
                    raw,
                    backup_key,
                })
            }
        }
    }

    /// Saves a draft and its index entry, and marks it as the open draft.
    /// `meta.id` and `meta.saved_at` are set from `id` and `saved_at`; an
    /// empty name becomes [`default_name`]. A value under the key that
    /// cannot be read is backed up first, or the save is refused.
    ///
    /// The draft is written before the index: when only the index write
    /// fails, the draft is safe and [`DraftStore::index`] lists it again.
    pub fn save(
        &self,
        id: &str,
        meta: DraftMeta,
        plan: &Plan,
        saved_at: &str,
    ) -> Result<(), SaveError> {
        let meta = self.write_draft(id, meta, plan, saved_at)?;
        self.update_index(|index| {
            index.upsert(meta);
            index.last_open = Some(id.to_string());
            Ok(())
        })
    }

    fn write_draft(
        &self,
        id: &str,
        meta: DraftMeta,
        plan: &Plan,
        saved_at: &str,
    ) -> Result<DraftMeta, SaveError> {
        if !valid_draft_id(id) {
            return Err(SaveError::InvalidId(id.to_string()));
        }
        let key = draft_key(&self.ns, id);
        self.guard_overwrite(id, &key)?;
        let text = encode(plan, saved_at);
        self.set(&key, &text)?;
        self.remember(&key, &text);
        let name = if meta.name.trim().is_empty() {
            default_name(plan)
        } else {
            meta.name
        };
        Ok(DraftMeta {
            id: id.to_string(),
            name,
            saved_at: saved_at.to_string(),
            ..meta
        })
    }

    /// Makes sure writing to `key` loses nothing: its current value is ours,
    /// readable, or backed up.
    fn guard_overwrite(&self, id: &str, key: &str) -> Result<(), SaveError> {
        let Some(current) = self.get(key)? else {
            return Ok(());
        };
        // Written by another tab, or a draft never opened in this one.
        if self.is_known_good(key, &current) || decode(&current).is_ok() {
            return Ok(());
        }
        match self.back_up_draft(id, &current) {
            Some(_) => Ok(()),
            None => Err(SaveError::UnreadableNotBackedUp),
        }
    }

    /// Deletes a draft and its index entry. Its backups are kept.
    pub fn delete(&self, id: &str) -> Result<(), SaveError> {
        if !valid_draft_id(id) {
            return Err(SaveError::InvalidId(id.to_string()));
        }
        let key = draft_key(&self.ns, id);
        self.remove(&key)?;
        self.known_good.borrow_mut().remove(&key);
        self.update_index(|index| {
            index.remove(id);
            Ok(())
        })
    }

    /// Renames a draft (index only). Returns the name given, made unique
    /// among the other drafts ("… (bản sao 2)") and cleaned.
    pub fn rename(&self, id: &str, name: &str) -> Result<String, SaveError> {
        self.update_index(|index| {
            let name = {
                let others: Vec<&str> = index
                    .drafts
                    .iter()
                    .filter(|m| m.id != id)
                    .map(|m| m.name.as_str())
                    .collect();
                unique_name(&others, name)
            };
            let meta = index
                .drafts
                .iter_mut()
                .find(|m| m.id == id)
                .ok_or_else(|| SaveError::Load(LoadProblem::NotFound { id: id.to_string() }))?;
            meta.name = name.clone();
            Ok(name)
        })
    }

    /// Copies a draft under a fresh id and a name like "… (bản sao 2)";
    /// returns the new entry. The open draft does not change.
    pub fn duplicate(&self, id: &str) -> Result<DraftMeta, SaveError> {
        let envelope = self.load(id).map_err(SaveError::Load)?;
        let index = self.index_for_update()?;
        let source = index.get(id);
        let names: Vec<&str> = index.drafts.iter().map(|m| m.name.as_str()).collect();
        let wanted = source
            .map(|m| m.name.clone())
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| default_name(&envelope.plan));
        let name = unique_name(&names, &wanted);
        let completeness = source.map_or(0, |m| m.completeness);
        let new_id = loop {
            let candidate = new_draft_id(clock::now_millis(), clock::random_u32());
            if self.get(&draft_key(&self.ns, &candidate))?.is_none() {
                break candidate;
            }
        };
        let saved_at = clock::now_iso();
        let meta = DraftMeta {
            id: new_id.clone(),
            name,
            kind: envelope.plan.kind,
            saved_at: saved_at.clone(),
            completeness,
        };
        let meta = self.write_draft(&new_id, meta, &envelope.plan, &saved_at)?;
        let entry = meta.clone();
        self.update_index(|index| {
            index.upsert(entry);
            Ok(())
        })?;
        Ok(meta)
    }
}
