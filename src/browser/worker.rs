//! The export worker, seen from the page: [`export`] sends a plan to the
//! separate `export-worker` wasm module (src/bin/export_worker.rs) and
//! awaits the file it makes.
//!
//! Why a worker: docx-rs and zip are big (about 185 KB brotli); in their own
//! module they are fetched on the first export, not on the first visit, and
//! a large plan is zipped without freezing the page.
//!
//! The worker is started lazily, from `<base>export-worker_loader.js`
//! (`base` is the widget's own folder, announced by embed.js as
//! `globalThis.kehoachBdg.base`), and kept for later exports. Its loader
//! instantiates the wasm asynchronously and a dedicated worker drops the
//! messages that arrive before its handler exists, so nothing is sent until
//! the worker has said `{ready: true}`.
//!
//! Each wait is a `Promise` that only wakes the future; the outcome itself
//! is put in a shared slot by the message, error or timer callback that
//! comes first, so every failure has a typed [`ExportFailed`].
//!
//! The file's bytes stay in JavaScript: the worker transfers its buffer to
//! the page, and [`Exported::bytes`] is that buffer, ready to become a
//! `Blob` (`browser::download::download_array`) without a copy into this
//! module's memory and back out.
//!
//! The same worker reads the plans teachers already have ([`read`], for
//! "Mở kế hoạch có sẵn"): a chosen file's `ArrayBuffer` goes to the worker
//! the same way, transferred and never copied into this module, and the
//! answer is a draft file and a review, as JSON text.

use crate::domain::export::Format;
use crate::domain::strings::error_enum;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The worker's entry script, written by trunk (`data-loader-shim`).
pub const LOADER: &str = "export-worker_loader.js";
/// How long the module may take to download and start. Generous: about
/// 185 KB brotli on a slow school connection. A wasm that cannot be
/// compiled (a CSP without `'wasm-unsafe-eval'` on the worker's response)
/// fails inside the worker without any event reaching the page, so this
/// limit is also how that case ends.
const LOAD_TIMEOUT_MS: i32 = 45_000;
/// How long one export may take. A 300-item plan takes well under a second.
const EXPORT_TIMEOUT_MS: i32 = 60_000;

/// Where an export is, for the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// Downloading and starting the worker (first export only).
    Loading,
    /// The worker is making the file.
    Exporting,
    /// The file is ready.
    Done,
}

/// A finished file.
#[derive(Debug, Clone)]
pub struct Exported {
    /// The bytes the worker transferred, still in JavaScript.
    pub bytes: js_sys::Uint8Array,
    pub file_name: String,
    pub mime: String,
}

error_enum! {
    /// Why an export did not produce a file. The text is shown to the user.
    pub enum ExportFailed: message(lang) {
        /// `new Worker` was refused: a Content-Security-Policy without
        /// `worker-src` for the widget's folder, or the widget's files served
        /// from another origin than the page.
        Blocked => (ErrExportBlocked),
        /// The worker's files could not be loaded or run.
        Load => (ErrExportLoad),
        /// No answer in time.
        TimedOut => (ErrExportTimedOut),
        /// The worker stopped while making the file.
        Crashed => (ErrExportCrashed),
        /// The exporter's own message (already the text the user reads).
        Export(text: String) => { text.clone() },
    }
}

error_enum! {
    /// Why a document could not be read. The text is shown to the user.
    pub enum ReadFailed: message(lang) {
        /// See [`ExportFailed::Blocked`].
        Blocked => (ErrReaderBlocked),
        Load => (ErrReaderLoad),
        TimedOut => (ErrReaderTimedOut),
        Crashed => (ErrReaderCrashed),
        /// The reader's own message, in Vietnamese and in English.
        Read(vi: String, en: String) => {
            match lang {
                crate::domain::strings::Lang::Vi => vi.clone(),
                crate::domain::strings::Lang::En => en.clone(),
            }
        },
    }
}

impl From<ExportFailed> for ReadFailed {
    fn from(e: ExportFailed) -> ReadFailed {
        match e {
            ExportFailed::Blocked => ReadFailed::Blocked,
            ExportFailed::Load => ReadFailed::Load,
            ExportFailed::TimedOut => ReadFailed::TimedOut,
            ExportFailed::Crashed | ExportFailed::Export(_) => ReadFailed::Crashed,
        }
    }
}

/// What the reader is given.
pub enum ReadInput {
    /// A chosen file's content, still in JavaScript (`File.arrayBuffer()`).
    File(js_sys::ArrayBuffer),
    /// Pasted text.
    Text(String),
}

/// A document read by the worker.
#[derive(Debug, Clone)]
pub struct ReadDone {
    /// A draft file of the plan(s) read (`domain::draft::import_file` reads it).
    pub draft_json: String,
    /// `domain::import::review::Review`, as JSON.
    pub review_json: String,
}

/// Reads a plan in the worker. `progress` hears [`Progress::Loading`]
/// (first use of the worker only) and [`Progress::Exporting`] (reading).
pub async fn read(input: ReadInput, progress: impl Fn(Progress)) -> Result<ReadDone, ReadFailed> {
    if let Some(ready) = start()? {
        progress(Progress::Loading);
        if let Err(e) = ready.wait(LOAD_TIMEOUT_MS).await {
            stop();
            return Err(e.into());
        }
    }
    progress(Progress::Exporting);
    let request = js_sys::Object::new();
    set(&request, "read", &JsValue::TRUE);
    let transfer = match &input {
        ReadInput::File(buffer) => {
            set(&request, "bytes", buffer);
            Some(js_sys::Array::of1(buffer))
        }
        ReadInput::Text(text) => {
            set(&request, "text", &JsValue::from_str(text));
            None
        }
    };
    let answer = post(&request, transfer.as_ref())?;
    let data = match answer.wait(EXPORT_TIMEOUT_MS).await {
        Ok(data) => data,
        Err(e) => {
            stop();
            return Err(e.into());
        }
    };
    let text = |key: &str| get(&data, key).as_string().unwrap_or_default();
    if !get(&data, "ok").is_truthy() {
        return Err(ReadFailed::Read(text("error"), text("error_en")));
    }
    progress(Progress::Done);
    Ok(ReadDone {
        draft_json: text("draft_json"),
        review_json: text("review_json"),
    })
}

/// Makes `format` from the plan (serialised as JSON) in the worker.
/// `progress` hears [`Progress::Loading`] (first time only),
/// [`Progress::Exporting`] and, on success, [`Progress::Done`].
pub async fn export(
    format: Format,
    plan_json: String,
    progress: impl Fn(Progress),
) -> Result<Exported, ExportFailed> {
    if let Some(ready) = start()? {
        progress(Progress::Loading);
        if let Err(e) = ready.wait(LOAD_TIMEOUT_MS).await {
            stop();
            return Err(e);
        }
    }
    progress(Progress::Exporting);
    let answer = send(format, &plan_json)?;
    let data = match answer.wait(EXPORT_TIMEOUT_MS).await {
        Ok(data) => data,
        Err(e) => {
            // A stuck or broken worker is replaced on the next export.
            stop();
            return Err(e);
        }
    };
    let exported = read_answer(&data)?;
    progress(Progress::Done);
    Ok(exported)
}

/// The outcome of one wait, filled by whichever callback comes first.
type Slot = Rc<RefCell<Option<Result<JsValue, ExportFailed>>>>;

/// One pending answer: the slot and the function that wakes its future.
#[derive(Clone)]
struct Waiter {
    slot: Slot,
    /// The promise's `resolve`; always set (the executor runs at once).
    wake: Option<js_sys::Function>,
    promise: js_sys::Promise,
}

impl Waiter {
    fn new() -> Waiter {
        let wake: Rc<RefCell<Option<js_sys::Function>>> = Rc::default();
        let keep = wake.clone();
        let promise = js_sys::Promise::new(&mut |resolve, _reject| {
            *keep.borrow_mut() = Some(resolve);
        });
        let wake = wake.borrow_mut().take();
        Waiter {
            slot: Rc::default(),
            wake,
            promise,
        }
    }

    /// Records the outcome, unless one came first.
    fn finish(&self, outcome: Result<JsValue, ExportFailed>) {
        if self.slot.borrow().is_some() {
            return;
        }
        *self.slot.borrow_mut() = Some(outcome);
        if let Some(wake) = &self.wake {
            let _ = wake.call0(&JsValue::UNDEFINED);
        }
    }

    /// Waits for the outcome, at most `timeout_ms`.
    async fn wait(self, timeout_ms: i32) -> Result<JsValue, ExportFailed> {
        let timer = self.clone();
        let on_timeout = Closure::once_into_js(move || timer.finish(Err(ExportFailed::TimedOut)));
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                on_timeout.unchecked_ref(),
                timeout_ms,
            );
        }
        let _ = wasm_bindgen_futures::JsFuture::from(self.promise.clone()).await;
        let outcome = self.slot.borrow_mut().take();
        outcome.unwrap_or(Err(ExportFailed::TimedOut))
    }
}

/// The running worker.
struct State {
    worker: web_sys::Worker,
    /// Which worker this is: callbacks of a stopped one are ignored.
    generation: u32,
    ready: bool,
    /// Exports waiting for `{ready: true}`.
    starting: Vec<Waiter>,
    /// Exports waiting for their answer, by request id.
    pending: HashMap<u32, Waiter>,
    next_id: u32,
}

thread_local! {
    static STATE: RefCell<Option<State>> = const { RefCell::new(None) };
    static GENERATION: Cell<u32> = const { Cell::new(0) };
}

/// Starts the worker if there is none. `Some(waiter)` when it is not ready yet.
fn start() -> Result<Option<Waiter>, ExportFailed> {
    let running = STATE.with(|s| {
        s.borrow_mut().as_mut().map(|state| {
            if state.ready {
                None
            } else {
                let w = Waiter::new();
                state.starting.push(w.clone());
                Some(w)
            }
        })
    });
    if let Some(waiting) = running {
        return Ok(waiting);
    }

    let generation = GENERATION.with(|g| {
        g.set(g.get().wrapping_add(1));
        g.get()
    });
    let url = worker_url().ok_or(ExportFailed::Blocked)?;
    // Throws a SecurityError when a CSP forbids it or the URL is on another origin.
    let worker = web_sys::Worker::new(&url).map_err(|_| ExportFailed::Blocked)?;

    // Installed once per worker and kept for its life (they look the worker
    // up by generation, so a stopped worker's late events do nothing).
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            on_message(generation, ev.data())
        });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
        // Reported here, in the widget; the browser need not log it again.
        ev.prevent_default();
        on_error(generation);
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();

    let waiter = Waiter::new();
    STATE.with(|s| {
        *s.borrow_mut() = Some(State {
            worker,
            generation,
            ready: false,
            starting: vec![waiter.clone()],
            pending: HashMap::new(),
            next_id: 1,
        })
    });
    Ok(Some(waiter))
}

/// Posts one export request; the waiter gets the worker's answer.
fn send(format: Format, plan_json: &str) -> Result<Waiter, ExportFailed> {
    let request = js_sys::Object::new();
    set(&request, "format", &JsValue::from_str(format.extension()));
    set(&request, "plan_json", &JsValue::from_str(plan_json));
    post(&request, None)
}

/// Posts `request` with a fresh id (moving the buffers in `transfer`); the
/// waiter gets the worker's answer.
fn post(
    request: &js_sys::Object,
    transfer: Option<&js_sys::Array>,
) -> Result<Waiter, ExportFailed> {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let state = s.as_mut().ok_or(ExportFailed::Crashed)?;
        let id = state.next_id;
        state.next_id = state.next_id.wrapping_add(1);
        set(request, "id", &JsValue::from(id));
        let posted = match transfer {
            Some(transfer) => state.worker.post_message_with_transfer(request, transfer),
            None => state.worker.post_message(request),
        };
        posted.map_err(|_| ExportFailed::Crashed)?;
        let waiter = Waiter::new();
        state.pending.insert(id, waiter.clone());
        Ok(waiter)
    })
}

fn on_message(generation: u32, data: JsValue) {
    let woken: Vec<(Waiter, JsValue)> = STATE.with(|s| {
        let mut s = s.borrow_mut();
        let Some(state) = s.as_mut().filter(|st| st.generation == generation) else {
            return Vec::new();
        };
        if get(&data, "ready").is_truthy() {
            state.ready = true;
            return state
                .starting
                .drain(..)
                .map(|w| (w, JsValue::TRUE))
                .collect();
        }
        let id = get(&data, "id").as_f64().unwrap_or(-1.0);
        if !(0.0..=f64::from(u32::MAX)).contains(&id) {
            return Vec::new();
        }
        state
            .pending
            .remove(&(id as u32))
            .map(|w| vec![(w, data)])
            .unwrap_or_default()
    });
    // Woken outside the borrow: a waiter's future may start another export.
    for (w, value) in woken {
        w.finish(Ok(value));
    }
}

/// An uncaught error in the worker: its script did not load, or it trapped
/// (a Rust panic aborts). Either way this worker is done.
fn on_error(generation: u32) {
    let Some(state) = STATE.with(|s| {
        let mut s = s.borrow_mut();
        if s.as_ref().is_some_and(|st| st.generation == generation) {
            s.take()
        } else {
            None
        }
    }) else {
        return;
    };
    state.worker.terminate();
    let reason = if state.ready {
        ExportFailed::Crashed
    } else {
        ExportFailed::Load
    };
    for w in state.starting {
        w.finish(Err(reason.clone()));
    }
    for (_, w) in state.pending {
        w.finish(Err(reason.clone()));
    }
}

/// Ends the current worker; the next export starts a new one.
fn stop() {
    if let Some(state) = STATE.with(|s| s.borrow_mut().take()) {
        state.worker.terminate();
        for w in state.starting {
            w.finish(Err(ExportFailed::TimedOut));
        }
        for (_, w) in state.pending {
            w.finish(Err(ExportFailed::Crashed));
        }
    }
}

/// `{id, ok, bytes, file_name, mime}` or `{id, ok: false, error}` → the file.
fn read_answer(data: &JsValue) -> Result<Exported, ExportFailed> {
    if !get(data, "ok").is_truthy() {
        let error = get(data, "error")
            .as_string()
            .unwrap_or_else(|| ExportFailed::Crashed.to_string());
        return Err(ExportFailed::Export(error));
    }
    let bytes = get(data, "bytes")
        .dyn_into::<js_sys::Uint8Array>()
        .map_err(|_| ExportFailed::Crashed)?;
    let file_name = get(data, "file_name").as_string().unwrap_or_default();
    let mime = get(data, "mime").as_string().unwrap_or_default();
    Ok(Exported {
        bytes,
        file_name,
        mime,
    })
}

/// `<base>export-worker_loader.js`, `base` from embed.js, else the page's
/// own folder (the widget's files beside the page, as in dist/).
fn worker_url() -> Option<String> {
    let base = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("kehoachBdg"))
        .ok()
        .filter(|v| v.is_object())
        .and_then(|info| get(&info, "base").as_string())
        .or_else(|| web_sys::window()?.document()?.base_uri().ok().flatten())?;
    web_sys::Url::new_with_base(LOADER, &base)
        .ok()
        .map(|u| u.href())
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn set(obj: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(obj, &JsValue::from_str(key), value);
}
