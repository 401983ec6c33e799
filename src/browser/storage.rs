//! Drafts in `localStorage`: probing, reading, saving, backups, changes made
//! by other tabs, and the timers and page events autosave needs.
//!
//! The rules of the format (keys, envelope, index, migrations) live in
//! `domain::draft`; this file only moves strings in and out of the browser
//! and applies one rule of its own: **data that cannot be read is never
//! overwritten before a copy of it is kept** under a backup key, where the
//! UI can list it ([`DraftStore::backups`]) and offer it for download.
//!
//! Why `web_sys::Storage` and not gloo-storage: `LocalStorage::raw()`
//! panics when the page may not use storage (blocked cookies, an iframe on
//! another site), so [`probe`] has to go through `web_sys` anyway; gloo's
//! `get`/`set` JSON-encode the value, and our values are JSON already
//! (double encoding would escape every quote and make a stored draft differ
//! from the envelope a user can import); index recovery needs the list of
//! keys, which gloo only offers as `get_all`, parsing every value of the
//! origin. What is left of gloo would be a thin rename of the same calls.

use crate::browser::clock;
use crate::domain::draft::{
    backup_key, decode, default_name, draft_id_from_key, draft_key, encode, index_backup_key,
    index_key, new_draft_id, unique_name, valid_draft_id, valid_namespace, DraftError, DraftIndex,
    DraftMeta, Envelope, IndexError,
};
use crate::domain::plan::Plan;
use crate::domain::strings::{error_enum, error_text, pick, Lang};
use std::cell::RefCell;
use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Written and removed again by [`probe`]. The '.' is outside the namespace
/// alphabet, so this key never looks like one of our namespaces' keys (and
/// never reaches an [`on_external_change`] callback).
const PROBE_KEY: &str = "kehoach-bdg.probe";

/// Name given to a draft found without an index entry whose content cannot
/// be read; the user opens it to see the problem and download the data.
const UNREADABLE_NAME: &str = "Bản nháp không đọc được";

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

/// Whether the page may keep data in `localStorage`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageStatus {
    /// Readable and writable. A storage that is merely full counts as
    /// available: its drafts can still be opened, and saving reports
    /// [`SaveError::Quota`].
    Available,
    /// The browser refuses access: `window.localStorage` throws (storage
    /// blocked by the user's settings, an iframe under third-party storage
    /// blocking) or writing fails for another reason than a full storage.
    Disabled,
    /// No `localStorage` at all (no window, a very old or stripped browser).
    Absent,
}

error_enum! {
    /// Why the draft store cannot be used. The text is shown to the user.
    pub enum StorageError: message(lang) {
        Disabled => (ErrStorageDisabled),
        Absent => (ErrStorageAbsent),
        InvalidNamespace(namespace: String) => (ErrStorageInvalidNamespace, namespace),
    }
}

error_enum! {
    /// Why a draft or the draft list could not be read. The text is shown to the user.
    pub enum LoadProblem: message(lang) {
        // Displays as the storage error itself, as `#[error(transparent)]`
        // did (neither has a source).
        Storage(error: StorageError) => { error.message(lang) },
        NotFound { id: String } => (ErrLoadNotFound),
        /// The value under the draft key cannot be used. It is still under its
        /// key, untouched; `backup_key` is where a copy was kept (`None` when
        /// the copy could not be written, e.g. in a full storage).
        Draft {
            id: String,
            error: DraftError,
            /// The stored text, so the UI can offer it for download.
            raw: String,
            backup_key: Option<String>,
        } => {
            format!("{} {}", error.message(lang), kept_note(backup_key, lang))
        },
        /// The draft list could not be read (fully). `rebuilt` is the list made
        /// from what could be read plus every draft key found in storage; it was
        /// written back only when `backup_key` holds a copy of the old list.
        Index {
            error: IndexError,
            raw: String,
            backup_key: Option<String>,
            rebuilt: DraftIndex,
        } => (
            ErrLoadIndex,
            error = error.message(lang),
            kept = kept_note(backup_key, lang),
        ),
    }
}

/// What became of the unreadable original: backed up, or left untouched.
fn kept_note(backup_key: &Option<String>, lang: Lang) -> &'static str {
    let note = if backup_key.is_some() {
        error_text::ErrLoadKeptBackup
    } else {
        error_text::ErrLoadKeptOriginal
    };
    pick(note, lang)
}

error_enum! {
    /// Why a save (or delete, rename, duplicate) did not happen. The text is
    /// shown to the user.
    pub enum SaveError: message(lang) {
        Quota => (ErrSaveQuota),
        Unavailable => (ErrSaveUnavailable),
        InvalidId(id: String) => (ErrSaveInvalidId, id),
        UnreadableNotBackedUp => (ErrSaveUnreadableNotBackedUp),
        // Displays as the load problem itself.
        Load(problem: LoadProblem) => { problem.message(lang) },
    }
}

impl From<StorageError> for SaveError {
    fn from(_: StorageError) -> Self {
        SaveError::Unavailable
    }
}

/// Is this exception a full storage? Chromium and Safari say
/// "QuotaExceededError"; older Firefox "NS_ERROR_DOM_QUOTA_REACHED". Read
/// through `Reflect` so an exception from another realm (an iframe) is
/// recognised too.
fn is_quota(error: &JsValue) -> bool {
    let name = js_sys::Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string());
    if matches!(
        name.as_deref(),
        Some("QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED")
    ) {
        return true;
    }
    // The legacy numeric codes: 22 (QUOTA_EXCEEDED_ERR) and Firefox's 1014.
    let code = js_sys::Reflect::get(error, &JsValue::from_str("code"))
        .ok()
        .and_then(|c| c.as_f64());
    matches!(code, Some(c) if c == 22.0 || c == 1014.0)
}

fn write_error(error: JsValue) -> SaveError {
    if is_quota(&error) {
        SaveError::Quota
    } else {
        SaveError::Unavailable
    }
}

// ---------------------------------------------------------------------------
// Probe
// ---------------------------------------------------------------------------

/// `window.localStorage`, without panicking: the getter itself throws when
/// storage is blocked.
fn local_storage() -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or(StorageError::Absent)?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err(StorageError::Absent),
        Err(_) => Err(StorageError::Disabled),
    }
}

/// A test write: some browsers hand out a storage object that throws on
/// every write.
fn check_writable(storage: &web_sys::Storage) -> Result<(), StorageError> {
    match storage.set_item(PROBE_KEY, "1") {
        Ok(()) => {
            let _ = storage.remove_item(PROBE_KEY);
            Ok(())
        }
        // Full, not blocked: the drafts in it can still be read.
        Err(e) if is_quota(&e) => Ok(()),
        Err(_) => Err(StorageError::Disabled),
    }
}

/// Can the page keep drafts? Call before anything else touches storage.
pub fn probe() -> StorageStatus {
    match local_storage().and_then(|s| check_writable(&s)) {
        Ok(()) => StorageStatus::Available,
        Err(StorageError::Absent) => StorageStatus::Absent,
        Err(_) => StorageStatus::Disabled,
    }
}

/// Asks the browser to keep this origin's storage when disk space runs low
/// (`navigator.storage.persist()`), once per page; does nothing where the
/// API is missing. The answer is ignored: drafts work either way. Firefox
/// may show a permission prompt, so call it after the user's first save,
/// not at page load.
pub fn request_persist() {
    static ASKED: AtomicBool = AtomicBool::new(false);
    if ASKED.swap(true, Ordering::Relaxed) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let get = |target: &JsValue, name: &str| {
        js_sys::Reflect::get(target, &JsValue::from_str(name))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    };
    let Some(manager) = get(&window, "navigator").and_then(|n| get(&n, "storage")) else {
        return;
    };
    let Some(persist) =
        get(&manager, "persist").and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return;
    };
    let Ok(promise) = persist.call0(&manager) else {
        return;
    };
    // A rejected promise nobody handles is logged as an error in the
    // console; a no-op handler keeps the console clean. The closure frees
    // itself if called and is otherwise one small, one-time leak.
    if let Some(catch) = get(&promise, "catch").and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        let ignore = Closure::once_into_js(|_: JsValue| {});
        let _ = catch.call1(&promise, &ignore);
    }
}

// ---------------------------------------------------------------------------
// The draft store
// ---------------------------------------------------------------------------

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
    let mut h = DefaultHasher::new();
    raw.hash(&mut h);
    h.finish()
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

    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage
            .get_item(key)
            .map_err(|_| StorageError::Disabled)
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let n = self.storage.length().map_err(|_| StorageError::Disabled)?;
        let mut keys = Vec::with_capacity(n as usize);
        for i in 0..n {
            if let Some(key) = self.storage.key(i).map_err(|_| StorageError::Disabled)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }

    fn remember(&self, key: &str, raw: &str) {
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

    fn is_backup_key(&self, key: &str) -> bool {
        key.strip_prefix(self.ns.as_str())
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
        self.storage
            .remove_item(key)
            .map_err(|_| SaveError::Unavailable)
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
        self.storage.set_item(&key, raw).ok()?;
        Some(key)
    }

    fn back_up_draft(&self, id: &str, raw: &str) -> Option<String> {
        let prefix = backup_key(&self.ns, id, "");
        self.back_up(&prefix, |stamp| backup_key(&self.ns, id, stamp), raw)
    }

    fn back_up_index(&self, raw: &str) -> Option<String> {
        let prefix = index_backup_key(&self.ns, "");
        self.back_up(&prefix, |stamp| index_backup_key(&self.ns, stamp), raw)
    }

    // -- the index ---------------------------------------------------------

    /// The list of drafts. Also repairs it: drafts whose key is gone are
    /// dropped, and drafts found in storage without an entry (a save whose
    /// index write failed, a lost index) are added back. An unreadable list
    /// is copied to a backup key first and returned as
    /// [`LoadProblem::Index`] with the rebuilt list.
    pub fn index(&self) -> Result<DraftIndex, LoadProblem> {
        let key = index_key(&self.ns);
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
            let _ = self.storage.set_item(&key, &index.encode());
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
            .filter_map(|k| draft_id_from_key(&self.ns, k))
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
        let key = draft_key(&self.ns, id);
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
    fn index_for_update(&self) -> Result<DraftIndex, SaveError> {
        // Fast path for autosave: a readable index needs no key scan.
        if let Some(raw) = self.get(&index_key(&self.ns))? {
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

    fn update_index<T>(
        &self,
        change: impl FnOnce(&mut DraftIndex) -> Result<T, SaveError>,
    ) -> Result<T, SaveError> {
        let mut index = self.index_for_update()?;
        let out = change(&mut index)?;
        self.storage
            .set_item(&index_key(&self.ns), &index.encode())
            .map_err(write_error)?;
        Ok(out)
    }

    /// Records which draft is open, for the next visit.
    pub fn set_last_open(&self, id: Option<&str>) -> Result<(), SaveError> {
        self.update_index(|index| {
            index.last_open = id.filter(|id| index.get(id).is_some()).map(str::to_string);
            Ok(())
        })
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
        self.storage.set_item(&key, &text).map_err(write_error)?;
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
        self.storage
            .remove_item(&key)
            .map_err(|_| SaveError::Unavailable)?;
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

// ---------------------------------------------------------------------------
// Event listeners
// ---------------------------------------------------------------------------

/// Keeps an event listener registered; dropping it removes the listener.
#[must_use = "the listener is removed when the handle is dropped"]
pub struct ListenerHandle {
    targets: Vec<(web_sys::EventTarget, &'static str)>,
    callback: Option<Closure<dyn FnMut(web_sys::Event)>>,
}

impl ListenerHandle {
    fn listen(
        targets: Vec<(web_sys::EventTarget, &'static str)>,
        callback: Closure<dyn FnMut(web_sys::Event)>,
    ) -> ListenerHandle {
        let targets = targets
            .into_iter()
            .filter(|(target, kind)| {
                target
                    .add_event_listener_with_callback(kind, callback.as_ref().unchecked_ref())
                    .is_ok()
            })
            .collect();
        ListenerHandle {
            targets,
            callback: Some(callback),
        }
    }

    /// A handle that listens to nothing (no window).
    fn inert() -> ListenerHandle {
        ListenerHandle {
            targets: Vec::new(),
            callback: None,
        }
    }

    /// Keeps the listener for the life of the page.
    pub fn forget(mut self) {
        if let Some(callback) = self.callback.take() {
            callback.forget();
        }
        self.targets.clear();
    }
}

impl Drop for ListenerHandle {
    fn drop(&mut self) {
        let Some(callback) = &self.callback else {
            return;
        };
        for (target, kind) in &self.targets {
            let _ =
                target.remove_event_listener_with_callback(kind, callback.as_ref().unchecked_ref());
        }
    }
}

/// A change another tab made to this namespace's storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExternalChange {
    /// The key that changed; `None` when the other tab cleared the whole
    /// storage (every draft is gone).
    pub key: Option<String>,
    /// The draft whose value changed, when `key` is a draft key.
    pub draft_id: Option<String>,
    /// The new value; `None` when the key was removed.
    pub new_value: Option<String>,
}

impl ExternalChange {
    /// Did the draft list change (or everything, on a clear)?
    pub fn touches_index(&self, ns: &str) -> bool {
        self.key.as_deref().is_none_or(|k| k == index_key(ns))
    }
}

/// Calls `f` for every change another tab of the same site makes to keys of
/// namespace `ns` (the `storage` event; a tab never receives its own).
pub fn on_external_change(ns: &str, f: impl Fn(ExternalChange) + 'static) -> ListenerHandle {
    let Some(window) = web_sys::window() else {
        return ListenerHandle::inert();
    };
    let ns = ns.to_string();
    let prefix = format!("{ns}:");
    let callback = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
            return;
        };
        // The same event reports sessionStorage changes.
        if let (Some(area), Ok(local)) = (event.storage_area(), local_storage()) {
            if area != local {
                return;
            }
        }
        let key = event.key();
        if key.as_deref().is_some_and(|k| !k.starts_with(&prefix)) {
            return;
        }
        let draft_id = key
            .as_deref()
            .and_then(|k| draft_id_from_key(&ns, k))
            .map(str::to_string);
        f(ExternalChange {
            key,
            draft_id,
            new_value: event.new_value(),
        });
    });
    ListenerHandle::listen(vec![(window.into(), "storage")], callback)
}

/// Calls `f` when the page is being left or hidden: `pagehide`, and
/// `visibilitychange` to hidden (mobile browsers may kill a hidden tab
/// without `pagehide`). Closing a tab fires both, so `f` must be harmless to
/// run twice (flushing a [`Debouncer`] is).
pub fn on_page_hide(f: impl Fn() + 'static) -> ListenerHandle {
    let Some(window) = web_sys::window() else {
        return ListenerHandle::inert();
    };
    let callback = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        if event.type_() == "visibilitychange" {
            let hidden = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden);
            if !hidden {
                return;
            }
        }
        f();
    });
    let mut targets: Vec<(web_sys::EventTarget, &'static str)> =
        vec![(window.clone().into(), "pagehide")];
    if let Some(document) = window.document() {
        targets.push((document.into(), "visibilitychange"));
    }
    ListenerHandle::listen(targets, callback)
}

// ---------------------------------------------------------------------------
// Debouncer
// ---------------------------------------------------------------------------

/// Runs the last scheduled action once things have been quiet for a while
/// (autosave after typing stops). Independent of Leptos; clones share the
/// pending action.
///
/// Dropping the last clone cancels a pending action without running it:
/// call [`Debouncer::flush`] first when it matters.
#[derive(Clone, Default)]
pub struct Debouncer {
    shared: Rc<DebouncerShared>,
}

#[derive(Default)]
struct DebounceState {
    timer: Option<i32>,
    action: Option<Box<dyn FnOnce()>>,
}

struct DebouncerShared {
    state: Rc<RefCell<DebounceState>>,
    /// One JS function for the life of the debouncer, given to every
    /// `setTimeout`: no closure is created (or leaked) per keystroke.
    tick: Closure<dyn FnMut()>,
}

impl Default for DebouncerShared {
    fn default() -> Self {
        let state: Rc<RefCell<DebounceState>> = Rc::default();
        let for_tick = Rc::clone(&state);
        let tick = Closure::<dyn FnMut()>::new(move || {
            let action = {
                let mut s = for_tick.borrow_mut();
                s.timer = None;
                s.action.take()
            };
            // Run with no borrow held: the action may schedule again.
            if let Some(action) = action {
                action();
            }
        });
        DebouncerShared { state, tick }
    }
}

impl Drop for DebouncerShared {
    fn drop(&mut self) {
        // A timer left behind would call a freed closure.
        if let Some(id) = self.state.borrow_mut().timer.take() {
            if let Some(w) = web_sys::window() {
                w.clear_timeout_with_handle(id);
            }
        }
    }
}

impl Debouncer {
    pub fn new() -> Debouncer {
        Debouncer::default()
    }

    fn clear_timer(&self) {
        if let Some(id) = self.shared.state.borrow_mut().timer.take() {
            if let Some(w) = web_sys::window() {
                w.clear_timeout_with_handle(id);
            }
        }
    }

    /// Runs `f` after `ms` milliseconds unless something else is scheduled
    /// before then (which replaces `f`). Where no timer can be set, `f` runs
    /// at once: an early save beats a lost one.
    pub fn schedule(&self, ms: u32, f: impl FnOnce() + 'static) {
        self.clear_timer();
        self.shared.state.borrow_mut().action = Some(Box::new(f));
        let delay = i32::try_from(ms).unwrap_or(i32::MAX);
        let timer = web_sys::window().and_then(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(
                self.shared.tick.as_ref().unchecked_ref(),
                delay,
            )
            .ok()
        });
        match timer {
            Some(id) => self.shared.state.borrow_mut().timer = Some(id),
            None => self.flush(),
        }
    }

    /// Runs the pending action now, if any.
    pub fn flush(&self) {
        self.clear_timer();
        let action = self.shared.state.borrow_mut().action.take();
        if let Some(action) = action {
            action();
        }
    }

    /// Drops the pending action without running it.
    pub fn cancel(&self) {
        self.clear_timer();
        self.shared.state.borrow_mut().action = None;
    }

    /// Is an action waiting to run?
    pub fn is_pending(&self) -> bool {
        self.shared.state.borrow().action.is_some()
    }
}
