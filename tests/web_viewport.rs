//! Browser tests of `browser::viewport`: the lengths both modules keep on
//! the mount element. They are read with JavaScript's parseFloat, not Rust's
//! `f64` parsing (which would put its tables in the start module, issue 17);
//! these pin that only a plain length in px is taken.
#![cfg(target_arch = "wasm32")]

use kehoach_bdg::browser::viewport::{offset_top, set_offset_top};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh mount element, as a school page would provide.
fn mount() -> web_sys::HtmlElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el = doc.create_element("div").unwrap();
    el.set_attribute("data-kehoach-bdg", "").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el.dyn_into().unwrap()
}

#[wasm_bindgen_test]
fn the_offset_top_option_reads_back_as_written() {
    let el = mount();
    assert_eq!(offset_top(&el), 0.0, "no option: nothing to keep clear");
    set_offset_top(&el, 58);
    assert_eq!(offset_top(&el), 58.0);
}

/// A webmaster may set the property in the mount element's own style.
#[wasm_bindgen_test]
fn a_length_in_px_is_read_and_anything_else_is_not() {
    let el = mount();
    let style = el.style();
    for (value, px) in [("60px", 60.0), (" 12.5px ", 12.5), ("1e2px", 100.0)] {
        style.set_property("--kh-offset-top", value).unwrap();
        assert_eq!(offset_top(&el), px, "{value}");
    }
    for value in ["12abcpx", "12", "3em", "px", "Infinitypx", "1e400px"] {
        style.set_property("--kh-offset-top", value).unwrap();
        assert_eq!(offset_top(&el), 0.0, "{value}");
    }
}
