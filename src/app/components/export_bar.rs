//! The export bar: "Tải .docx", "In / Lưu PDF", "Tải bản văn bản (.txt)".
//!
//! Where each format is made, and why:
//!
//! - .docx in the export worker (`browser::worker`): docx-rs and zip are
//!   about 185 KB brotli, fetched on the first .docx only; the bytes it
//!   transfers go into the download's `Blob` as they are;
//! - print and .txt here, on the main thread: the layout is already in the
//!   widget's wasm for the live preview, and the text and DOM backends add
//!   only a few KB. Printing must also start inside the click (a print
//!   dialog opened after an `await` may be refused).
//!
//! Progress goes to a polite live region ("Đang tải bộ xuất văn bản…",
//! "Đang tạo tệp…", "Đã tải xuống KH-BDG-….docx"); failures to a separate
//! `role="alert"`. Both elements exist from the start, so screen readers
//! hear every change.

use crate::app::{Editor, Screen};
use crate::browser::download::{download_array, download_text};
use crate::browser::print::print_doc;
use crate::browser::worker::{self, Progress};
use crate::domain::export::layout::layout;
use crate::domain::export::txt::to_text;
use crate::domain::export::{file_name, Format};
use crate::domain::strings::S;
use leptos::prelude::*;

/// What the live region says.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Status {
    Idle,
    Loading,
    Working,
    Downloaded(String),
    Printing,
}

/// The buttons, shown while a plan is being edited.
#[component]
pub fn ExportBar() -> impl IntoView {
    let ed = Editor::get();
    view! {
        <Show when=move || ed.nav.screen() == Screen::Edit>
            <Bar />
        </Show>
    }
}

#[component]
fn Bar() -> impl IntoView {
    let ed = Editor::get();
    let status = RwSignal::new(Status::Idle);
    let error = RwSignal::new(None::<String>);
    // A .docx is being made: further clicks on its button wait.
    let busy = RwSignal::new(false);
    let bar = NodeRef::<leptos::html::Div>::new();

    let docx = move |_| {
        if busy.get_untracked() {
            return;
        }
        error.set(None);
        let json = match ed.plan.with_untracked(serde_json::to_string) {
            Ok(json) => json,
            Err(e) => {
                error.set(Some(e.to_string()));
                return;
            }
        };
        busy.set(true);
        leptos::task::spawn_local(async move {
            let progress = move |p: Progress| match p {
                Progress::Loading => status.set(Status::Loading),
                Progress::Exporting => status.set(Status::Working),
                Progress::Done => {}
            };
            let outcome = worker::export(Format::Docx, json, progress)
                .await
                .map_err(|e| e.to_string())
                .and_then(|file| {
                    download_array(&file.bytes, &file.file_name, &file.mime)
                        .map(|()| file.file_name)
                        .map_err(|e| e.to_string())
                });
            match outcome {
                Ok(name) => status.set(Status::Downloaded(name)),
                Err(e) => {
                    status.set(Status::Idle);
                    error.set(Some(e));
                }
            }
            busy.set(false);
        });
    };

    let print = move |_| {
        error.set(None);
        let Some(host) = bar.get_untracked() else {
            return;
        };
        // The file name without extension: the PDF's default name.
        let (doc, title) = ed.plan.with_untracked(|p| (layout(p), file_name(p, "")));
        // Said before the dialog opens: in most browsers `print()` returns
        // only when it closes.
        status.set(Status::Printing);
        if let Err(e) = print_doc(&host, &doc, &title, ed.t(S::ExportPrintFrame)) {
            status.set(Status::Idle);
            error.set(Some(e.to_string()));
        }
    };

    let txt = move |_| {
        error.set(None);
        // `to_text`, not `Format::Txt.render`: `render` would bring the .docx
        // writer into the editor's wasm (see `Format::render`).
        let (text, name) = ed
            .plan
            .with_untracked(|p| (to_text(p), Format::Txt.file_name(p)));
        match download_text(&text, &name, Format::Txt.mime()) {
            Ok(()) => status.set(Status::Downloaded(name)),
            Err(e) => {
                status.set(Status::Idle);
                error.set(Some(e.to_string()));
            }
        }
    };

    let status_text = move || match status.get() {
        Status::Idle => String::new(),
        Status::Loading => ed.t(S::ExportLoading).to_string(),
        Status::Working => ed.t(S::ExportWorking).to_string(),
        Status::Downloaded(name) => ed.t(S::ExportDone).replace("{file}", &name),
        Status::Printing => ed.t(S::ExportPrintOpened).to_string(),
    };

    view! {
        <div
            class="kh-export"
            role="group"
            aria-label=move || ed.t(S::ExportRegion)
            node_ref=bar
        >
            <div class="kh-export-buttons">
                <button
                    type="button"
                    class="kh-export-button kh-export-docx"
                    aria-disabled=move || busy.get().then_some("true")
                    on:click=docx
                >
                    {move || ed.t(S::ExportDocx)}
                </button>
                <button type="button" class="kh-export-button" on:click=print>
                    {move || ed.t(S::ExportPrint)}
                </button>
                <button type="button" class="kh-export-button" on:click=txt>
                    {move || ed.t(S::ExportTxt)}
                </button>
            </div>
            <p class="kh-export-status" role="status" aria-live="polite">
                {status_text}
            </p>
            // The live regions stay in the layout (never `display: none`),
            // so assistive technology keeps listening to them.
            <p class="kh-export-error" role="alert">
                {move || {
                    error.get().map(|e| view! { <span class="kh-export-error-text">{e}</span> })
                }}
            </p>
        </div>
    }
}
