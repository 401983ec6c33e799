//! What can go wrong with drafts in the browser, as the user reads it:
//! storage blocked or absent, a draft or the draft list that cannot be
//! read, a save that did not happen. Also tells a full storage from a
//! blocked one, from the exception a write throws.

use crate::domain::draft::{DraftError, DraftIndex, IndexError};
use crate::domain::strings::{error_enum, error_text, pick, Lang};
use wasm_bindgen::JsValue;

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
pub(super) fn is_quota(error: &JsValue) -> bool {
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

/// The error of a write that threw: a full storage, or one we may not use.
pub(super) fn write_error(error: JsValue) -> SaveError {
    if is_quota(&error) {
        SaveError::Quota
    } else {
        SaveError::Unavailable
    }
}
