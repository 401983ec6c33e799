//! The time and randomness the draft store needs: when a draft was saved
//! (UTC, stored), what the user reads ("Đã lưu lúc 14:32", local time) and
//! a random number for fresh draft ids.
//!
//! Everything goes through `js_sys` so that none of it panics: the std clock
//! and RNG are not available on `wasm32-unknown-unknown`.

use wasm_bindgen::JsValue;

/// The current time as ISO 8601 UTC, e.g. `"2024-11-15T07:32:10.123Z"`.
/// This is the `saved_at` stored with drafts: UTC, so that two tabs (or a
/// user who travels) compare times correctly.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Milliseconds since 1970-01-01 UTC (for [`crate::domain::draft::new_draft_id`]).
pub fn now_millis() -> u64 {
    let ms = js_sys::Date::now();
    // `Date.now()` is a positive integer in any real browser; a clock set
    // before 1970 gives 0 rather than a wrapped number.
    if ms.is_finite() && ms > 0.0 {
        ms as u64
    } else {
        0
    }
}

/// `"14:32"`: the hour and minute of an ISO time in the user's own time
/// zone. An empty string when `iso` is not a time the browser can read, so
/// that a damaged `saved_at` shows nothing rather than "NaN:NaN".
pub fn local_hh_mm(iso: &str) -> String {
    let date = js_sys::Date::new(&JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return String::new();
    }
    format!("{:02}:{:02}", date.get_hours(), date.get_minutes())
}

/// A random number: from `crypto.getRandomValues` when the browser has it,
/// else from `Math.random` (draft ids only need to differ between two drafts
/// created in the same millisecond, not to be secret).
pub fn random_u32() -> u32 {
    let mut bytes = [0u8; 4];
    let from_crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if from_crypto {
        u32::from_le_bytes(bytes)
    } else {
        // Math.random() is in [0, 1): the product is below 2^32.
        (js_sys::Math::random() * 4_294_967_296.0) as u32
    }
}
