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
//! - page → worker, "Mở kế hoạch có sẵn": `{id, read: true, name, bytes:
//!   ArrayBuffer}` (the file's buffer, transferred by the page) or `{id,
//!   read: true, text}` (pasted text).
//! - worker → page: `{id, ok: true, draft_json, review_json}` (a draft file
//!   of the plan read, `domain::import::review::Review` as JSON) or `{id,
//!   ok: false, error, error_en}` (the reader's message in both languages).
//!
//! The reader (`domain::import`: zip, quick-xml, the recogniser and the
//! checks) lives here too, next to docx-rs's own zip: neither the start
//! module nor the editor carries it.
//!
//! Built by trunk (`data-type="worker"`, wasm-bindgen target no-modules).
//! On a native target there is nothing to run.

use kehoach_bdg::domain::export::Format;
use kehoach_bdg::domain::import::review::{open, Input};
use kehoach_bdg::domain::plan::Plan;
use kehoach_bdg::domain::strings::Lang;

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

/// A read plan: the draft file and the review, as JSON.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
#[derive(Debug)]
struct ReadOutput {
    draft_json: String,
    review_json: String,
}

/// Reads a file or pasted text. `Err` holds the reader's message in
/// Vietnamese and in English.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn handle_read(input: Input<'_>, now: &str) -> Result<ReadOutput, (String, String)> {
    let opened = open(input, now).map_err(|e| (e.message(Lang::Vi), e.message(Lang::En)))?;
    let review_json =
        serde_json::to_string(&opened.review).map_err(|e| (e.to_string(), e.to_string()))?;
    Ok(ReadOutput {
        draft_json: opened.draft_json,
        review_json,
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
    use kehoach_bdg::domain::import::review::Input;
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
        if get(request, "read").is_truthy() {
            return reply_read(scope, request);
        }
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

    /// "Mở kế hoạch có sẵn": the file's bytes are copied once, from the
    /// buffer the page transferred into this module's memory.
    fn reply_read(scope: &DedicatedWorkerGlobalScope, request: &JsValue) {
        let message = js_sys::Object::new();
        set(&message, "id", &get(request, "id"));
        let text = get(request, "text").as_string();
        let bytes = get(request, "bytes")
            .dyn_into::<js_sys::ArrayBuffer>()
            .ok()
            .map(|b| js_sys::Uint8Array::new(&b).to_vec());
        let input = match (&text, &bytes) {
            (Some(text), _) => Input::Text(text),
            (None, Some(bytes)) => Input::File(bytes),
            (None, None) => Input::Text(""),
        };
        let now: String = js_sys::Date::new_0().to_iso_string().into();
        match super::handle_read(input, &now) {
            Ok(out) => {
                set(&message, "ok", &JsValue::TRUE);
                set(&message, "draft_json", &JsValue::from_str(&out.draft_json));
                set(
                    &message,
                    "review_json",
                    &JsValue::from_str(&out.review_json),
                );
            }
            Err((vi, en)) => {
                set(&message, "ok", &JsValue::FALSE);
                set(&message, "error", &JsValue::from_str(&vi));
                set(&message, "error_en", &JsValue::from_str(&en));
            }
        }
        let _ = scope.post_message(&message);
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
    fn a_read_plan_comes_back_as_a_draft_file_and_its_review() {
        let text = "TRƯỜNG TIỂU HỌC AN LẠC\nSố: 03/KH-THAL\nKẾ HOẠCH\nBình đẳng giới năm 2026\n\
I. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao nhận thức về bình đẳng giới.\n";
        let out = handle_read(Input::Text(text), "2026-01-05T00:00:00Z").unwrap();
        assert!(out.draft_json.contains("\"drafts\""), "{}", out.draft_json);
        let review: serde_json::Value = serde_json::from_str(&out.review_json).unwrap();
        assert_eq!(review["document"], "plan");
        assert_eq!(review["issuer"], "TRƯỜNG TIỂU HỌC AN LẠC");
    }

    #[test]
    fn an_unreadable_file_is_explained_in_both_languages() {
        let (vi, en) = handle_read(Input::File(b"%PDF-1.4"), "").unwrap_err();
        assert!(vi.contains("PDF") && en.contains("PDF"), "{vi} / {en}");
        assert_ne!(vi, en);
    }

    #[test]
    fn bad_requests_are_explained() {
        let e = handle("docx", "{not json").unwrap_err();
        assert!(e.starts_with("Bộ xuất văn bản không đọc được"), "{e}");
        let e = handle("pdf", &plan_json()).unwrap_err();
        assert!(e.contains("“pdf”"), "{e}");
    }
}
