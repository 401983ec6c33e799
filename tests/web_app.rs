//! Browser tests of the mounted widget (headless Chromium).
#![cfg(target_arch = "wasm32")]

use kehoach_bdg::domain::strings::{Lang, S};
use kehoach_bdg::domain::SectionId;
use kehoach_bdg::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh host element, as a school page would provide.
fn host() -> web_sys::HtmlElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el = doc.create_element("div").unwrap();
    el.set_attribute("data-kehoach-bdg", "").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el.dyn_into().unwrap()
}

#[wasm_bindgen_test]
fn sidebar_lists_every_section_in_checklist_order() {
    let el = host();
    leptos::mount::mount_to(el.clone(), App).forget();

    let nav = el
        .query_selector("nav.kh-sidebar")
        .unwrap()
        .expect("the widget has a section list");
    assert_eq!(
        nav.get_attribute("aria-label").as_deref(),
        Some(S::SectionsNav.t(Lang::Vi))
    );
    let links = nav.query_selector_all("button.kh-section-link").unwrap();
    let shown: Vec<(String, String)> = (0..links.length())
        .map(|i| {
            let b: web_sys::Element = links.item(i).unwrap().dyn_into().unwrap();
            (
                b.get_attribute("data-section").unwrap(),
                b.text_content().unwrap(),
            )
        })
        .collect();
    let expected: Vec<(String, String)> = SectionId::ALL
        .iter()
        .map(|s| (s.code().to_string(), s.label().t(Lang::Vi).to_string()))
        .collect();
    assert_eq!(shown, expected);
    el.remove();
}

#[wasm_bindgen_test]
fn mounts_inside_the_host_element_not_the_body() {
    let el = host();
    leptos::mount::mount_to(el.clone(), App).forget();
    let root = el.query_selector(".kh-root").unwrap();
    assert!(root.is_some(), "widget root is inside the host element");
    let h1 = el.query_selector("h1").unwrap().unwrap();
    assert_eq!(h1.text_content().unwrap(), S::AppName.t(Lang::Vi));
    el.remove();
}
