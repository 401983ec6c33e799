//! Browser tests of the mounted widget (headless Chromium).
#![cfg(target_arch = "wasm32")]

use kehoach_bdg::domain::strings::{Lang, S};
use kehoach_bdg::domain::SectionId;
use kehoach_bdg::EditorRoot;
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
    leptos::mount::mount_to(el.clone(), EditorRoot).forget();

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
    leptos::mount::mount_to(el.clone(), EditorRoot).forget();
    let root = el.query_selector(".kh-root").unwrap();
    assert!(root.is_some(), "widget root is inside the host element");
    let h1 = el.query_selector("h1").unwrap().unwrap();
    assert_eq!(h1.text_content().unwrap(), S::AppName.t(Lang::Vi));
    el.remove();
}

/// The value of the input the selector finds (the section's editor is open).
fn value_of(root: &web_sys::Element, selector: &str) -> String {
    let input: web_sys::HtmlInputElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is on the page"))
        .dyn_into()
        .unwrap();
    input.value()
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
    leptos::mount::mount_to(el.clone(), EditorRoot).forget();
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

    assert_eq!(
        value_of(&el, "#f-header-issuer"),
        "Trường Tiểu học Hòa Bình"
    );
    assert_eq!(value_of(&el, "#f-header-place"), "Hòa Bình");
    // A starter plan is never complete: its number, date and citations are the user's to give.
    let progress = el.query_selector("progress").unwrap().unwrap();
    let value: u32 = progress.get_attribute("value").unwrap().parse().unwrap();
    assert!(value < 100, "starter plan shown as {value} % complete");
    el.remove();
}

/// The element's shadow root (the widget mounts inside one).
fn shadow(el: &web_sys::HtmlElement) -> web_sys::Element {
    let root = el.shadow_root().expect("mounted in a shadow root");
    root.query_selector(".kh-root")
        .unwrap()
        .expect("the widget's root")
}

#[wasm_bindgen_test]
async fn the_start_module_hands_what_was_typed_to_the_editor() {
    use kehoach_bdg::browser::host::{hand_over, mount_all, mount_start, HANDOFF_ATTR, START_ATTR};
    use kehoach_bdg::domain::handoff::Intent;
    let el = host();
    el.set_attribute("data-issuer", "Trường của trang").unwrap();
    mount_start(kehoach_bdg::StartRoot);
    leptos::task::tick().await;
    let start = shadow(&el);
    assert!(el.has_attribute(START_ATTR));
    // The start module's task list: every section, nothing started.
    let links = start
        .query_selector_all("button.kh-section-link[data-section]")
        .unwrap();
    assert_eq!(links.length() as usize, SectionId::ALL.len());
    let issuer: web_sys::HtmlInputElement = start
        .query_selector("#start-issuer")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(issuer.value(), "Trường của trang");
    type_into(&start, "#start-issuer", "Trường Tiểu học Sơn Ca");
    type_into(&start, "#start-place", "Ho\u{300}a Bi\u{300}nh");

    // No editor to load (no embed.js here): an error, nothing left behind.
    let global = js_sys::global();
    // The only widget this test binary mounts with `mount_start`: number 0.
    let _ = js_sys::Reflect::delete_property(&global, &"kehoachBdg".into());
    assert!(hand_over(0, Intent::Start, None).await.is_err());
    assert!(
        !el.has_attribute(HANDOFF_ATTR),
        "a failed hand-over leaves nothing"
    );

    // An editor that loads: the handoff is written, and the editor continues from it.
    let info = js_sys::Object::new();
    let load = js_sys::Function::new_no_args("return Promise.resolve()");
    js_sys::Reflect::set(&info, &"loadEditor".into(), &load).unwrap();
    js_sys::Reflect::set(&global, &"kehoachBdg".into(), &info).unwrap();
    hand_over(0, Intent::Start, None).await.unwrap();
    let raw = el.get_attribute(HANDOFF_ATTR).unwrap_or_default();
    assert!(raw.contains("intent=start"), "{raw}");
    mount_all(EditorRoot);
    leptos::task::tick().await;
    leptos::task::tick().await;
    assert!(!el.has_attribute(START_ATTR) && !el.has_attribute(HANDOFF_ATTR));
    let editor = shadow(&el);
    assert_eq!(
        value_of(&editor, "#f-header-issuer"),
        "Trường Tiểu học Sơn Ca"
    );
    assert_eq!(value_of(&editor, "#f-header-place"), "Hòa Bình");
    // One view in the shadow root: the start module's is gone.
    let roots = el
        .shadow_root()
        .unwrap()
        .query_selector_all(".kh-root")
        .unwrap();
    assert_eq!(roots.length(), 1);
    let _ = js_sys::Reflect::delete_property(&global, &"kehoachBdg".into());
    el.remove();
}
