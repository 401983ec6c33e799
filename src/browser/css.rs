//! Inline styles through the CSSOM.
//!
//! A strict Content-Security-Policy (`style-src 'self'`) blocks `style="…"`
//! attributes but not `element.style.setProperty`, so computed styles (the A4
//! preview's sizes from the layout) are applied this way.

use wasm_bindgen::JsCast;

/// Leptos directive: `use:cssom=css` applies "prop: value; …" declarations.
pub fn cssom(el: web_sys::Element, css: String) {
    let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() else {
        return;
    };
    let style = el.style();
    for decl in css.split(';') {
        if let Some((prop, value)) = decl.split_once(':') {
            let (prop, value) = (prop.trim(), value.trim());
            if !prop.is_empty() {
                let _ = style.set_property(prop, value);
            }
        }
    }
}
