//! Copies of data that could not be read, kept under backup keys before
//! anything may overwrite it. The user gets the unreadable text from the
//! notice that reports it ([`super::LoadProblem`] carries it), and later
//! from the drafts dialog, which lists the kept copies
//! ([`DraftStore::backups`]) to download or delete for good
//! (`app/drafts/backups.rs`).

use super::errors::SaveError;
use super::store::DraftStore;
use crate::browser::clock;
use crate::domain::draft::{backup_key, index_backup_key};

impl DraftStore {
    fn is_backup_key(&self, key: &str) -> bool {
        key.strip_prefix(self.namespace())
            .is_some_and(|rest| rest.starts_with(":backup:") || rest.starts_with(":index-backup:"))
    }

    /// Every kept backup of this namespace as `(key, raw value)`, sorted by
    /// key (so by draft, then by time).
    pub fn backups(&self) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = self
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|k| self.is_backup_key(k))
            .filter_map(|k| {
                let v = self.get(&k).ok().flatten()?;
                Some((k, v))
            })
            .collect();
        out.sort();
        out
    }

    /// Removes one backup (after the user downloaded or dismissed it).
    /// Keys that are not backups of this namespace are left alone.
    pub fn remove_backup(&self, key: &str) -> Result<(), SaveError> {
        if !self.is_backup_key(key) {
            return Ok(());
        }
        self.remove(key)
    }

    /// Keeps `raw` under a backup key whose name starts with `prefix`
    /// (made by `make_key` from a time stamp) unless an identical copy is
    /// already there, so opening a broken draft ten times keeps one copy.
    /// `None` when the copy could not be written.
    fn back_up(
        &self,
        prefix: &str,
        make_key: impl Fn(&str) -> String,
        raw: &str,
    ) -> Option<String> {
        let keys = self.keys().ok()?;
        for key in keys.iter().filter(|k| k.starts_with(prefix)) {
            if self.get(key).ok().flatten().as_deref() == Some(raw) {
                return Some(key.clone());
            }
        }
        let stamp = clock::now_iso();
        let mut key = make_key(&stamp);
        // Two different values backed up in the same millisecond.
        let mut n = 2;
        while keys.contains(&key) {
            key = make_key(&format!("{stamp}-{n}"));
            n += 1;
        }
        self.set(&key, raw).ok()?;
        Some(key)
    }

    pub(super) fn back_up_draft(&self, id: &str, raw: &str) -> Option<String> {
        let prefix = backup_key(self.namespace(), id, "");
        self.back_up(
            &prefix,
            |stamp| backup_key(self.namespace(), id, stamp),
            raw,
        )
    }

    pub(super) fn back_up_index(&self, raw: &str) -> Option<String> {
        let prefix = index_backup_key(self.namespace(), "");
        self.back_up(
            &prefix,
            |stamp| index_backup_key(self.namespace(), stamp),
            raw,
        )
    }
}
