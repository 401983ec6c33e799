//! `export-worker`: the exporters in their own WebAssembly module, run in a
//! Web Worker.
//!
//! docx-rs and its zip writer weigh about 185 KB brotli. Kept out of the
//! widget's wasm, they cost nothing on a first visit: the widget starts this
//! worker (`src/browser/worker.rs`) on the first export only.
//!
//! Protocol (structured-clone messages):
//!
//! - worker → page, once, when the handler is installed: `{ready: true}`.
//!   A dedicated worker drops messages that arrive before its `onmessage`
//!   exists, and the wasm is instantiated asynchronously by the loader, so
//!   the page waits for this before sending anything.
//! - page → worker: `{id, format: "docx"|"html"|"txt", plan_json}`.
//! - worker → page: `{id, ok: true, bytes: Uint8Array, file_name, mime}`
//!   (the buffer is transferred, not copied) or `{id, ok: false, error}`
//!   with the Vietnamese text the user reads.
//!
//! Built by trunk (`data-type="worker"`, wasm-bindgen target no-modules).
//! On a native target there is nothing to run.

use kehoach_bdg::domain::export::Format;
use kehoach_bdg::domain::plan::Plan;

// The request handling below is pure and tested natively, where only the
// tests call it.

/// One finished export.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
#[derive(Debug)]
struct Output {
    bytes: Vec<u8>,
    file_name: String,
    mime: &'static str,
}

/// Runs one request. `Err` holds the text shown to the user.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn handle(format: &str, plan_json: &str) -> Result<Output, String> {
    let plan: Plan = serde_json::from_str(plan_json)
        .map_err(|e| format!("Bộ xuất văn bản không đọc được dữ liệu kế hoạch: {e}"))?;
    let format = Format::from_extension(format)
        .ok_or_else(|| format!("Bộ xuất văn bản không hỗ trợ định dạng “{format}”."))?;
    Ok(Output {
        bytes: format.render(&plan).map_err(|e| e.to_string())?,
        file_name: format.file_name(&plan),
        mime: format.mime(),
    })
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("export-worker runs in a browser Web Worker: build it with trunk (see index.html).");
    eprintln!(
        "To export from the command line use `kehoach export` (cargo run --bin kehoach -- --help)."
    );
    std::process::exit(2);
}

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    worker::start();
}

#[cfg(target_arch = "wasm32")]
mod worker {
    use super::handle;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    /// Installs the message handler, then says so.
    pub fn start() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let replies = scope.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
            reply(&replies, &ev.data());
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The handler lives as long as the worker.
        on_message.forget();
        let ready = js_sys::Object::new();
        set(&ready, "ready", &JsValue::TRUE);
        let _ = scope.post_message(&ready);
    }

    fn reply(scope: &DedicatedWorkerGlobalScope, request: &JsValue) {
        let id = get(request, "id");
        let format = get(request, "format").as_string().unwrap_or_default();
        let plan_json = get(request, "plan_json").as_string().unwrap_or_default();
        let message = js_sys::Object::new();
        set(&message, "id", &id);
        match handle(&format, &plan_json) {
            Ok(out) => {
                // Copied once out of wasm memory; the copy's buffer is then
                // moved to the page without a second copy.
                let bytes = js_sys::Uint8Array::from(out.bytes.as_slice());
                drop(out.bytes);
                set(&message, "ok", &JsValue::TRUE);
                set(&message, "bytes", &bytes);
                set(&message, "file_name", &JsValue::from_str(&out.file_name));
                set(&message, "mime", &JsValue::from_str(out.mime));
                let transfer = js_sys::Array::of1(&bytes.buffer());
                if scope
                    .post_message_with_transfer(&message, &transfer)
                    .is_err()
                {
                    let _ = scope.post_message(&message);
                }
            }
            Err(error) => {
                set(&message, "ok", &JsValue::FALSE);
                set(&message, "error", &JsValue::from_str(&error));
                let _ = scope.post_message(&message);
            }
        }
    }

    fn get(obj: &JsValue, key: &str) -> JsValue {
        js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    }

    fn set(obj: &js_sys::Object, key: &str, value: &JsValue) {
        let _ = js_sys::Reflect::set(obj, &JsValue::from_str(key), value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kehoach_bdg::domain::plan::{IssuerLevel, PlanKind};

    fn plan_json() -> String {
        let mut plan = Plan::new(PlanKind::Annual, IssuerLevel::Thcs);
        plan.header.issuer = "Trường THCS Thử Nghiệm".into();
        serde_json::to_string(&plan).unwrap()
    }

    #[test]
    fn docx_is_a_zip_named_by_the_rule() {
        let out = handle("docx", &plan_json()).unwrap();
        assert!(out.bytes.starts_with(b"PK"));
        assert_eq!(out.mime, Format::Docx.mime());
        assert!(out.file_name.starts_with("KH-BDG-"), "{}", out.file_name);
        assert!(
            out.file_name.ends_with("-truong-thcs-thu-nghiem.docx"),
            "{}",
            out.file_name
        );
    }

    #[test]
    fn text_formats_carry_the_issuer() {
        for (format, ext) in [("txt", ".txt"), ("html", ".html")] {
            let out = handle(format, &plan_json()).unwrap();
            let text = String::from_utf8(out.bytes).unwrap();
            assert!(text.contains("TRƯỜNG THCS THỬ NGHIỆM"), "{format}: {text}");
            assert!(out.file_name.ends_with(ext));
            assert!(out.mime.ends_with("charset=utf-8"));
        }
    }

    #[test]
    fn bad_requests_are_explained() {
        let e = handle("docx", "{not json").unwrap_err();
        assert!(e.starts_with("Bộ xuất văn bản không đọc được"), "{e}");
        let e = handle("pdf", &plan_json()).unwrap_err();
        assert!(e.contains("“pdf”"), "{e}");
    }
}
