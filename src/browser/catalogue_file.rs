//! The webmaster's catalogue file (`data-catalogue`): fetched once, from
//! the widget's own origin only, and applied to the built-in catalogue
//! ([`Catalogue::with_file`]). Any failure leaves the built-in list in use
//! and is told in Vietnamese (or English) in the widget and the console.

use crate::domain::catalogue::file::{CatalogueFileError, MAX_BYTES};
use crate::domain::catalogue::Catalogue;
use crate::domain::strings::{error_enum, error_text, fill, pick};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

error_enum! {
    /// Why the file was not used.
    pub enum CatalogueLoadError: message(lang) {
        /// Resolved to another origin than the widget's (or not a URL at all).
        OtherOrigin(url: String) => (ErrCatalogueOtherOrigin, url),
        /// The request failed (no file, a server error, offline).
        Unreachable { url: String, status: Option<u16> } => {
            match status {
                Some(status) => fill(
                    pick(error_text::ErrCatalogueUnreachableStatus, lang),
                    &[("url", url.to_string()), ("status", status.to_string())],
                ),
                None => fill(pick(error_text::ErrCatalogueUnreachable, lang), &[("url", url)]),
            }
        },
        /// Read, but not a catalogue we can use.
        File(error: CatalogueFileError) => { error.message(lang) },
    }
}

/// The widget's folder: where its stylesheet was loaded from (embed.js
/// records it), else the page.
fn widget_base() -> Option<String> {
    let global = js_sys::global();
    js_sys::Reflect::get(&global, &JsValue::from_str("kehoachBdg"))
        .ok()
        .and_then(|info| js_sys::Reflect::get(&info, &JsValue::from_str("css")).ok())
        .and_then(|css| css.as_string())
        .or_else(|| web_sys::window()?.location().href().ok())
}

/// Reads the file named by the option and applies it to the built-in list.
pub async fn load(option: &str) -> Result<Catalogue, CatalogueLoadError> {
    let base = widget_base().unwrap_or_default();
    let url = web_sys::Url::new_with_base(option, &base)
        .map_err(|_| CatalogueLoadError::OtherOrigin(option.to_string()))?;
    let base_origin = web_sys::Url::new(&base)
        .map(|u| u.origin())
        .unwrap_or_default();
    let page_origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    // The widget's own origin: where its files are (normally the page's).
    if url.origin() != base_origin && url.origin() != page_origin {
        return Err(CatalogueLoadError::OtherOrigin(url.href()));
    }
    let href = url.href();
    let unreachable = |status| CatalogueLoadError::Unreachable {
        url: option.to_string(),
        status,
    };
    let window = web_sys::window().ok_or_else(|| unreachable(None))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&href))
        .await
        .map_err(|_| unreachable(None))?
        .dyn_into()
        .map_err(|_| unreachable(None))?;
    if !response.ok() {
        return Err(unreachable(Some(response.status())));
    }
    let text = response.text().map_err(|_| unreachable(None))?;
    let text = JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| unreachable(None))?;
    if text.len() > MAX_BYTES {
        return Err(CatalogueLoadError::File(CatalogueFileError::TooLarge {
            bytes: text.len(),
        }));
    }
    Catalogue::builtin()
        .with_file(&text)
        .map_err(CatalogueLoadError::File)
}
