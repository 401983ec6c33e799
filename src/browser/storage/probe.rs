//! May the page keep data? `window.localStorage` reached without panicking
//! (its getter throws when storage is blocked), a test write, and the
//! request that the browser keep our storage when disk space runs low.

use super::errors::{is_quota, StorageError, StorageStatus};
use std::sync::atomic::{AtomicBool, Ordering};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Written and removed again by [`probe`]. The '.' is outside the namespace
/// alphabet, so this key never looks like one of our namespaces' keys (and
/// never reaches an [`super::on_external_change`] callback).
const PROBE_KEY: &str = "kehoach-bdg.probe";

/// `window.localStorage`, without panicking: the getter itself throws when
/// storage is blocked.
pub(super) fn local_storage() -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or(StorageError::Absent)?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err(StorageError::Absent),
        Err(_) => Err(StorageError::Disabled),
    }
}

/// A test write: some browsers hand out a storage object that throws on
/// every write.
pub(super) fn check_writable(storage: &web_sys::Storage) -> Result<(), StorageError> {
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
