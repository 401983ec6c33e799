//! Moving keyboard focus to an element by id (error summary links, section
//! headings). The widget lives in a shadow root, where `document.getElementById`
//! does not look, so ids are resolved in the root of a known node.
//!
//! The element comes into sight clear of a host page's fixed menu
//! ([`super::viewport::reveal`]); `focus()` itself would leave it under the menu.

use wasm_bindgen::JsCast;

/// Focuses the element with this id in the same document or shadow root as
/// `near`, scrolling it into view; does nothing when it is not there.
pub fn focus_in(near: &web_sys::Node, id: &str) {
    let root = near.get_root_node();
    let el = match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.get_element_by_id(id),
        None => root
            .dyn_ref::<web_sys::Document>()
            .and_then(|d| d.get_element_by_id(id)),
    };
    focus(el);
}

/// Like [`focus_in`], searching the page and then every widget's shadow root.
pub fn focus_by_id(id: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let mut el = doc.get_element_by_id(id);
    if el.is_none() {
        if let Ok(hosts) = doc.query_selector_all(&format!("[{}]", super::host::MOUNT_ATTR)) {
            el = (0..hosts.length())
                .filter_map(|i| hosts.item(i)?.dyn_into::<web_sys::Element>().ok())
                .filter_map(|h| h.shadow_root()?.get_element_by_id(id))
                .next();
        }
    }
    focus(el);
}

fn focus(el: Option<web_sys::Element>) {
    if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        reveal_and_focus(&el);
    }
}

/// Brings `el` into sight below any fixed menu, then focuses it without the
/// browser's own scrolling. Inside an open dialog (fixed on the screen) the
/// browser's focus scrolling is all there is to do.
pub fn reveal_and_focus(el: &web_sys::HtmlElement) {
    if el.closest("dialog[open]").ok().flatten().is_some() {
        let _ = el.focus();
        return;
    }
    super::viewport::reveal(el);
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
}
