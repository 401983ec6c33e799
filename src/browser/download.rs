//! Handing bytes to the user as a downloaded file: bytes → `Blob` → object
//! URL → a temporary `<a download>` that is clicked and removed.
//!
//! The exports themselves are pure functions in `domain::export`; this file
//! only wraps their output. The object URL must outlive the click: a browser
//! may start reading the Blob only after the click handler returns, so the
//! URL is revoked a little later, from a timer (STYLE.md practice 7; gloo's
//! `ObjectUrl` revokes on drop for the same reason).

use crate::browser::dom::create;
use crate::domain::strings::error_enum;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// How long the object URL stays valid after the click, in milliseconds.
/// Long enough for every browser to have started reading the Blob; the
/// memory is given back soon after.
const REVOKE_AFTER_MS: i32 = 1_000;

error_enum! {
    /// Why a file could not be offered for download. The text is shown to the user.
    pub enum DownloadError: message(lang) {
        NoDocument => (ErrDownloadNoDocument),
        CreateFile => (ErrDownloadCreateFile),
        Blocked => (ErrDownloadBlocked),
    }
}

/// Offers `bytes` as a file named `file_name` of type `mime`
/// (e.g. `"application/vnd.openxmlformats-officedocument.wordprocessingml.document"`).
pub fn download_bytes(bytes: &[u8], file_name: &str, mime: &str) -> Result<(), DownloadError> {
    // `Uint8Array::from` copies out of wasm memory: a view into it would go
    // stale as soon as the wasm heap grows.
    download_array(&js_sys::Uint8Array::from(bytes), file_name, mime)
}

/// Offers bytes that are already in JavaScript (the buffer an export worker
/// transferred) as a file: the `Blob` takes them as they are, without a
/// round trip through wasm memory.
pub fn download_array(
    bytes: &js_sys::Uint8Array,
    file_name: &str,
    mime: &str,
) -> Result<(), DownloadError> {
    let window = web_sys::window().ok_or(DownloadError::NoDocument)?;
    let document = window.document().ok_or(DownloadError::NoDocument)?;
    let body = document.body().ok_or(DownloadError::NoDocument)?;

    let parts = js_sys::Array::of1(bytes);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|_| DownloadError::CreateFile)?;
    let url =
        web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| DownloadError::CreateFile)?;

    let clicked = click_link(&document, &body, &url, file_name);
    if clicked.is_err() {
        // Nothing will read the Blob: give its memory back at once.
        let _ = web_sys::Url::revoke_object_url(&url);
        return clicked;
    }
    revoke_later(&window, url);
    Ok(())
}

/// Offers `text` as a UTF-8 file, e.g. `download_text(json, "ke-hoach.json",
/// "application/json;charset=utf-8")`.
pub fn download_text(text: &str, file_name: &str, mime: &str) -> Result<(), DownloadError> {
    download_bytes(text.as_bytes(), file_name, mime)
}

/// Creates `<a href=url download=file_name>`, clicks it, removes it.
fn click_link(
    document: &web_sys::Document,
    body: &web_sys::HtmlElement,
    url: &str,
    file_name: &str,
) -> Result<(), DownloadError> {
    let a: web_sys::HtmlAnchorElement = create(document, "a").ok_or(DownloadError::Blocked)?;
    a.set_href(url);
    a.set_download(file_name);
    // Hidden but in the document: older Firefox ignored clicks on links
    // that were not attached.
    let _ = a.set_attribute("hidden", "");
    body.append_child(&a).map_err(|_| DownloadError::Blocked)?;
    // `click()` dispatches the event synchronously; the download starts
    // from it, so the link can go right after.
    a.click();
    a.remove();
    Ok(())
}

/// Revokes the object URL after [`REVOKE_AFTER_MS`]. When no timer can be
/// set, the URL is kept for the life of the page: a leak of one Blob is
/// better than a download that fails.
fn revoke_later(window: &web_sys::Window, url: String) {
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
        revoke.unchecked_ref::<js_sys::Function>(),
        REVOKE_AFTER_MS,
    );
}
