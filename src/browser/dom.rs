//! Typed element creation for the adapters that build elements by hand
//! (the download link, the print frame).

use wasm_bindgen::JsCast;

/// A new `<tag>` of `document` as its typed interface, e.g.
/// `create::<web_sys::HtmlAnchorElement>(&document, "a")`; `None` when the
/// document refuses it or the element is of another type.
pub fn create<T: JsCast>(document: &web_sys::Document, tag: &str) -> Option<T> {
    document.create_element(tag).ok()?.dyn_into().ok()
}
