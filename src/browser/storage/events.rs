//! The events drafts listen to: a change another tab made to our keys (the
//! `storage` event; a tab never receives its own), and the page being left
//! or hidden, when a pending save must be written at once.

use super::probe::local_storage;
use crate::domain::draft::{draft_id_from_key, index_key};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

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
/// run twice (flushing a [`crate::browser::timer::Timer`] is).
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

/// Asks the browser to confirm leaving the page (its own "Leave site?"
/// dialog) exactly when `unsaved()` says something would be lost; never
/// otherwise, so a saved plan never stands in the way of closing the tab.
pub fn on_before_unload(unsaved: impl Fn() -> bool + 'static) -> ListenerHandle {
    let Some(window) = web_sys::window() else {
        return ListenerHandle::inert();
    };
    let callback = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        if unsaved() {
            event.prevent_default();
            // Older browsers ask only when `returnValue` is set.
            let _ = js_sys::Reflect::set(&event, &"returnValue".into(), &"".into());
        }
    });
    ListenerHandle::listen(vec![(window.into(), "beforeunload")], callback)
}
