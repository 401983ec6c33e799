//! What can go wrong with drafts in the browser, as the user reads it:
//! storage blocked or absent, a draft or the draft list that cannot be
//! read, a save that did not happen. Also tells a full storage from a
//! blocked one, from the exception a write throws.

use crate::domain::draft::{DraftError, DraftIndex, IndexError};
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

/// Why the draft store cannot be used. The text is shown to the user.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    #[error(
        "Trình duyệt đang chặn việc lưu dữ liệu của trang này (có thể do chế độ ẩn danh, \
         do cài đặt chặn cookie hoặc do ứng dụng được nhúng vào một trang web khác), \
         nên bản nháp sẽ không được tự động lưu. Hãy tải bản nháp về máy trước khi đóng trang."
    )]
    Disabled,
    #[error(
        "Trình duyệt này không hỗ trợ lưu dữ liệu trên máy, nên bản nháp sẽ không được \
         tự động lưu. Hãy tải bản nháp về máy trước khi đóng trang."
    )]
    Absent,
    #[error(
        "Tên vùng lưu bản nháp “{0}” không hợp lệ: chỉ được dùng chữ cái không dấu, \
         chữ số, dấu “-” và “_”, tối đa 40 ký tự."
    )]
    InvalidNamespace(String),
}

/// Why a draft or the draft list could not be read. The text is shown to the user.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadProblem {
    #[error(transparent)]
    Storage(StorageError),
    #[error(
        "Không tìm thấy bản nháp này trong bộ nhớ của trình duyệt; \
         có thể bản nháp đã bị xoá ở một thẻ khác."
    )]
    NotFound { id: String },
    /// The value under the draft key cannot be used. It is still under its
    /// key, untouched; `backup_key` is where a copy was kept (`None` when
    /// the copy could not be written, e.g. in a full storage).
    #[error("{error} {}", kept_note(.backup_key))]
    Draft {
        id: String,
        error: DraftError,
        /// The stored text, so the UI can offer it for download.
        raw: String,
        backup_key: Option<String>,
    },
    /// The draft list could not be read (fully). `rebuilt` is the list made
    /// from what could be read plus every draft key found in storage; it was
    /// written back only when `backup_key` holds a copy of the old list.
    #[error("{error} Danh sách đã được dựng lại từ các bản nháp đang lưu. {}", kept_note(.backup_key))]
    Index {
        error: IndexError,
        raw: String,
        backup_key: Option<String>,
        rebuilt: DraftIndex,
    },
}

fn kept_note(backup_key: &Option<String>) -> &'static str {
    if backup_key.is_some() {
        "Dữ liệu gốc đã được sao lưu trong trình duyệt; bạn có thể tải bản sao lưu về máy."
    } else {
        "Dữ liệu gốc vẫn được giữ nguyên, chưa bị ghi đè."
    }
}

/// Why a save (or delete, rename, duplicate) did not happen. The text is
/// shown to the user.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SaveError {
    #[error(
        "Chưa lưu được vì bộ nhớ của trình duyệt dành cho trang này đã đầy. Hãy xoá bớt \
         bản nháp hoặc bản sao lưu không dùng đến, hoặc tải bản nháp này về máy để giữ lại."
    )]
    Quota,
    #[error(
        "Chưa lưu được vì trình duyệt không cho phép trang này lưu dữ liệu. \
         Hãy tải bản nháp về máy để giữ lại."
    )]
    Unavailable,
    #[error("Mã bản nháp “{0}” không hợp lệ.")]
    InvalidId(String),
    #[error(
        "Chưa lưu được: dữ liệu đang có trong trình duyệt không đọc được và chưa sao lưu được \
         (bộ nhớ có thể đã đầy), nên ứng dụng không ghi đè lên. Hãy tải bản nháp về máy \
         rồi giải phóng bớt bộ nhớ."
    )]
    UnreadableNotBackedUp,
    #[error(transparent)]
    Load(LoadProblem),
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
