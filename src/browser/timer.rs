//! One timer for work that should wait until the user pauses: autosave
//! (debounced: runs once typing has stopped) and the editor's whole-plan
//! work, the checklist and the preview (throttled: runs at most once per
//! window, also while the user keeps typing).
//!
//! A [`Timer`] holds at most one pending action. It is independent of
//! Leptos; clones share the pending action, and one JS callback serves
//! every `setTimeout` of the timer's life, so no closure is created (or
//! leaked) per keystroke.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Runs one pending action after a delay: [`Timer::debounce`] restarts the
/// delay at every call, [`Timer::throttle`] keeps the delay already running.
///
/// Dropping the last clone cancels a pending action without running it:
/// call [`Timer::flush`] first when it matters.
#[derive(Clone, Default)]
pub struct Timer {
    shared: Rc<TimerShared>,
}

#[derive(Default)]
struct PendingRun {
    /// The `setTimeout` handle while a run is due.
    timeout: Option<i32>,
    action: Option<Box<dyn FnOnce()>>,
    /// When the first call since the last run came (ms, `Date.now`), for
    /// [`Timer::debounce_at_most`].
    waiting_since: Option<f64>,
}

struct TimerShared {
    pending: Rc<RefCell<PendingRun>>,
    /// Given to every `setTimeout` of this timer.
    on_timeout: Closure<dyn FnMut()>,
}

impl Default for TimerShared {
    fn default() -> Self {
        let pending: Rc<RefCell<PendingRun>> = Rc::default();
        let for_timeout = Rc::clone(&pending);
        let on_timeout = Closure::<dyn FnMut()>::new(move || {
            let action = {
                let mut run = for_timeout.borrow_mut();
                run.timeout = None;
                run.waiting_since = None;
                run.action.take()
            };
            // Run with no borrow held: the action may schedule again.
            if let Some(action) = action {
                action();
            }
        });
        TimerShared {
            pending,
            on_timeout,
        }
    }
}

impl Drop for TimerShared {
    fn drop(&mut self) {
        // A timeout left behind would call a freed closure.
        clear_timeout(self.pending.borrow_mut().timeout.take());
    }
}

fn clear_timeout(handle: Option<i32>) {
    if let (Some(handle), Some(window)) = (handle, web_sys::window()) {
        window.clear_timeout_with_handle(handle);
    }
}

impl Timer {
    pub fn new() -> Timer {
        Timer::default()
    }

    /// Runs `f` after `ms` milliseconds unless something else is scheduled
    /// before then (which replaces `f` and starts the delay again): autosave
    /// after typing stops. Where no timeout can be set, `f` runs at once: an
    /// early save beats a lost one.
    pub fn debounce(&self, ms: u32, f: impl FnOnce() + 'static) {
        clear_timeout(self.shared.pending.borrow_mut().timeout.take());
        self.shared.pending.borrow_mut().action = Some(Box::new(f));
        self.start(ms);
    }

    /// A debounce that never waits more than `max_ms` after the first call
    /// since the last run: autosave after typing pauses, and at least every
    /// `max_ms` while the typing goes on (a crash then loses at most that).
    pub fn debounce_at_most(&self, ms: u32, max_ms: u32, f: impl FnOnce() + 'static) {
        let now = js_sys::Date::now();
        let delay = {
            let mut pending = self.shared.pending.borrow_mut();
            clear_timeout(pending.timeout.take());
            pending.action = Some(Box::new(f));
            let since = *pending.waiting_since.get_or_insert(now);
            let left = (f64::from(max_ms) - (now - since)).max(0.0);
            // Whole milliseconds, without float formatting or parsing.
            (left as u32).min(ms)
        };
        self.start(delay);
    }

    /// Runs `f` when the delay already running ends, or after `ms`
    /// milliseconds when none is: a trailing throttle. The first call after
    /// a quiet spell starts the clock; later calls inside the window only
    /// replace the action, so during continuous typing it still runs every
    /// `ms`. Where no timeout can be set, `f` runs at once.
    pub fn throttle(&self, ms: u32, f: impl FnOnce() + 'static) {
        let running = {
            let mut pending = self.shared.pending.borrow_mut();
            pending.action = Some(Box::new(f));
            pending.timeout.is_some()
        };
        if !running {
            self.start(ms);
        }
    }

    /// Sets the timeout for the pending action, or runs it now when the
    /// browser gives no timeout.
    fn start(&self, ms: u32) {
        let delay = i32::try_from(ms).unwrap_or(i32::MAX);
        let timeout = web_sys::window().and_then(|window| {
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(
                    self.shared.on_timeout.as_ref().unchecked_ref(),
                    delay,
                )
                .ok()
        });
        match timeout {
            Some(handle) => self.shared.pending.borrow_mut().timeout = Some(handle),
            None => self.flush(),
        }
    }

    /// Runs the pending action now, if any.
    pub fn flush(&self) {
        let action = {
            let mut pending = self.shared.pending.borrow_mut();
            clear_timeout(pending.timeout.take());
            pending.waiting_since = None;
            pending.action.take()
        };
        if let Some(action) = action {
            action();
        }
    }

    /// Drops the pending action without running it.
    pub fn cancel(&self) {
        let mut pending = self.shared.pending.borrow_mut();
        clear_timeout(pending.timeout.take());
        pending.waiting_since = None;
        pending.action = None;
    }

    /// Is an action waiting to run?
    pub fn is_pending(&self) -> bool {
        self.shared.pending.borrow().action.is_some()
    }
}
