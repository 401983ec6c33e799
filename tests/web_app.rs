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
    let links = nav
        .query_selector_all("button.kh-section-link[data-section]")
        .unwrap();
    let shown: Vec<(String, String)> = (0..links.length())
        .map(|i| {
            let b: web_sys::Element = links.item(i).unwrap().dyn_into().unwrap();
            let name = b.query_selector(".kh-section-name").unwrap().unwrap();
            (
                b.get_attribute("data-section").unwrap(),
                name.text_content().unwrap(),
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

/// Types into an input as a user would (value + `input` event).
fn type_into(root: &web_sys::Element, selector: &str, text: &str) {
    let input: web_sys::HtmlInputElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is on the page"))
        .dyn_into()
        .unwrap();
    input.set_value(text);
    let ev = web_sys::Event::new("input").unwrap();
    input.dispatch_event(&ev).unwrap();
}

#[wasm_bindgen_test]
async fn start_screen_opens_a_starter_plan_with_the_facts_given() {
    let el = host();
    leptos::mount::mount_to(el.clone(), App).forget();
    type_into(&el, "#start-issuer", "Trường Tiểu học Hòa Bình");
    // NFD typing (decomposed diacritics) is stored composed.
    type_into(&el, "#start-abbr", "THHB");
    type_into(&el, "#start-place", "Ho\u{300}a Bi\u{300}nh");
    let button: web_sys::HtmlElement = el
        .query_selector("form.kh-start button[type=submit]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    button.click();
    leptos::task::tick().await;

    let issuer: web_sys::HtmlInputElement = el
        .query_selector("#f-header-issuer")
        .unwrap()
        .expect("the header editor opened")
        .dyn_into()
        .unwrap();
    assert_eq!(issuer.value(), "Trường Tiểu học Hòa Bình");
    let place: web_sys::HtmlInputElement = el
        .query_selector("#f-header-place")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(place.value(), "Hòa Bình");
    // A starter plan is never complete: its number, date and citations are the user's to give.
    let progress = el.query_selector("progress").unwrap().unwrap();
    let value: u32 = progress.get_attribute("value").unwrap().parse().unwrap();
    assert!(value < 100, "starter plan shown as {value} % complete");
    el.remove();
}
