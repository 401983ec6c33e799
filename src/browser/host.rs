//! Finding where the host page wants the widget, reading its options, and
//! mounting it there inside a shadow root.
//!
//! A school website places `<div data-kehoach-bdg data-issuer="…"></div>`
//! wherever the widget should appear. Each such element gets its own widget
//! in an open shadow root: the host's CSS (`* {…}`, `button {…}`) cannot reach
//! inside, and the widget's CSS cannot leak out. The stylesheet is attached
//! inside the shadow root from the URL embed.js gives (`kehoachBdg.css`).

use crate::domain::config::{ConfigProblem, EmbedConfig, OPTION_NAMES};
use crate::domain::handoff::{Handoff, Intent};
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

/// The attribute that marks a mount point.
pub const MOUNT_ATTR: &str = "data-kehoach-bdg";
/// On a mount point, also read options from the page's URL (iframe mode).
pub const URL_OPTIONS_ATTR: &str = "data-url-options";

/// Set on a mount element while the start module holds it; the editor
/// module then takes over its shadow root.
pub const START_ATTR: &str = "data-kehoach-start";
/// What the start module hands to the editor ([`Handoff`], as a query string).
pub const HANDOFF_ATTR: &str = "data-kehoach-handoff";
/// The element property a chosen draft file travels in (a `File` is no text).
const FILE_PROP: &str = "kehoachBdgFile";

/// What one widget was configured with, given to the app through context.
#[derive(Debug, Clone, Default)]
pub struct HostOptions {
    pub config: EmbedConfig,
    /// Options that could not be used, to show in the widget.
    pub problems: Vec<ConfigProblem>,
    /// What the start module handed over, if it ran first.
    pub handoff: Option<Handoff>,
    /// This widget's number on the page (for [`take_pending_file`] and the
    /// start module's [`hand_over`]).
    pub index: usize,
}

/// Which module is mounting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Module {
    Start,
    Editor,
}

/// What a widget of the start module holds now.
type Snapshot = Box<dyn Fn() -> Handoff>;

thread_local! {
    /// The mount elements, by widget number.
    static ELEMENTS: RefCell<Vec<web_sys::HtmlElement>> = const { RefCell::new(Vec::new()) };
    /// Draft files chosen in the start module, by widget number.
    static PENDING_FILES: RefCell<Vec<(usize, web_sys::File)>> = const { RefCell::new(Vec::new()) };
    /// The start module's "what is typed now", by widget number.
    static SNAPSHOTS: RefCell<Vec<(usize, Snapshot)>> = const { RefCell::new(Vec::new()) };
}

/// Mounts the editor into every `[data-kehoach-bdg]` element of the page
/// (taking over from the start module where it ran), or into `<body>` when
/// there is none.
pub fn mount_all<F, N>(app: F)
where
    F: Fn() -> N + Copy + 'static,
    N: IntoView + 'static,
{
    mount_each(app, Module::Editor);
}

/// Mounts the start module the same way; [`hand_over`] later gives its
/// roots to the editor.
pub fn mount_start<F, N>(app: F)
where
    F: Fn() -> N + Copy + 'static,
    N: IntoView + 'static,
{
    mount_each(app, Module::Start);
}

fn mount_each<F, N>(app: F, module: Module)
where
    F: Fn() -> N + Copy + 'static,
    N: IntoView + 'static,
{
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let mut mounted = 0;
    if let Ok(list) = document.query_selector_all(&format!("[{MOUNT_ATTR}]")) {
        for i in 0..list.length() {
            let Some(el) = list
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
            else {
                continue;
            };
            if mount_one(&document, &el, app, module).is_some() {
                mounted += 1;
            }
        }
    }
    if mounted == 0 {
        leptos::mount::mount_to_body(move || {
            provide_context(HostOptions::default());
            app()
        });
    }
}

fn mount_one<F, N>(
    document: &web_sys::Document,
    el: &web_sys::HtmlElement,
    app: F,
    module: Module,
) -> Option<()>
where
    F: Fn() -> N + Copy + 'static,
    N: IntoView + 'static,
{
    let container: web_sys::HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
    // The stylesheet sizes the widget through it (`.kh-mount`).
    container.set_class_name("kh-mount");
    let shadow = match el.shadow_root() {
        // The editor takes over from the start module: the stylesheet stays
        // (no flash of unstyled content), the start module's view goes.
        Some(shadow) if module == Module::Editor && el.has_attribute(START_ATTR) => {
            let _ = el.remove_attribute(START_ATTR);
            let children = shadow.children();
            for i in (0..children.length()).rev() {
                if let Some(child) = children.item(i) {
                    if child.tag_name() != "LINK" {
                        child.remove();
                    }
                }
            }
            shadow
        }
        // A second embed.js on the same page must not mount twice.
        Some(_) => return None,
        None => {
            let shadow = el
                .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
                .ok()?;
            if let Some(href) = stylesheet_url() {
                let link = document.create_element("link").ok()?;
                link.set_attribute("rel", "stylesheet").ok()?;
                link.set_attribute("href", &href).ok()?;
                // Shown once styled: no flash of unstyled content while the
                // stylesheet loads (and shown anyway if it cannot load).
                container.set_hidden(true);
                let shown = container.clone();
                let reveal = wasm_bindgen::closure::Closure::once_into_js(move || {
                    shown.set_hidden(false);
                });
                let options = web_sys::AddEventListenerOptions::new();
                options.set_once(true);
                for event in ["load", "error"] {
                    link.add_event_listener_with_callback_and_add_event_listener_options(
                        event,
                        reveal.unchecked_ref(),
                        &options,
                    )
                    .ok()?;
                }
                shadow.append_child(&link).ok()?;
            }
            if el.has_attribute(URL_OPTIONS_ATTR) {
                report_height_when_framed(el);
                super::viewport::follow_host_view(el);
            }
            shadow
        }
    };
    if module == Module::Start {
        el.set_attribute(START_ATTR, "").ok()?;
    }
    let index = ELEMENTS.with_borrow_mut(|all| {
        all.push(el.clone());
        all.len() - 1
    });
    let mut options = read_options(el);
    options.index = index;
    super::viewport::set_offset_top(el, options.config.offset_top);
    if module == Module::Editor {
        options.handoff = take_handoff(el, index);
    } else {
        for p in &options.problems {
            web_sys::console::warn_1(&JsValue::from_str(&format!("kehoach-bdg: {p}")));
        }
    }
    shadow.append_child(&container).ok()?;
    // The handle would unmount the widget when dropped; it lives as long as
    // the page (or, for the start module, until the editor removes its view).
    leptos::mount::mount_to(container, move || {
        provide_context(options);
        app()
    })
    .forget();
    Some(())
}

/// The handoff the start module left on the element (and its chosen file),
/// removed from the element so that it is used once.
fn take_handoff(el: &web_sys::HtmlElement, index: usize) -> Option<Handoff> {
    let raw = el.get_attribute(HANDOFF_ATTR)?;
    let _ = el.remove_attribute(HANDOFF_ATTR);
    let file = js_sys::Reflect::get(el, &JsValue::from_str(FILE_PROP)).ok();
    let _ = js_sys::Reflect::delete_property(el, &JsValue::from_str(FILE_PROP));
    if let Some(file) = file.and_then(|f| f.dyn_into::<web_sys::File>().ok()) {
        PENDING_FILES.with_borrow_mut(|p| p.push((index, file)));
    }
    let params = web_sys::UrlSearchParams::new_with_str(&raw).ok()?;
    let values: Vec<(&str, String)> = Handoff::NAMES
        .iter()
        .filter_map(|&k| params.get(k).map(|v| (k, v)))
        .collect();
    Handoff::from_pairs(values.iter().map(|(k, v)| (*k, v.as_str())))
}

/// The draft file the teacher chose in the start module, once.
pub fn take_pending_file(index: usize) -> Option<web_sys::File> {
    PENDING_FILES.with_borrow_mut(|p| {
        let at = p.iter().position(|(i, _)| *i == index)?;
        Some(p.swap_remove(at).1)
    })
}

/// Start module: how to read what widget `index` holds now.
pub fn register_snapshot(index: usize, snapshot: impl Fn() -> Handoff + 'static) {
    SNAPSHOTS.with_borrow_mut(|s| s.push((index, Box::new(snapshot))));
}

/// Start module: hands every widget of the page to the editor module
/// (loaded now by embed.js, `kehoachBdg.loadEditor()`). Widget `index` asked,
/// with `intent` (and a draft file to import); the others keep what is
/// typed. On failure nothing is handed over and the message says why.
pub async fn hand_over(
    index: usize,
    intent: Intent,
    file: Option<web_sys::File>,
) -> Result<(), String> {
    let elements = ELEMENTS.with_borrow(Clone::clone);
    SNAPSHOTS.with_borrow(|snapshots| {
        for (i, snapshot) in snapshots {
            let Some(el) = elements.get(*i) else { continue };
            let mut handoff = snapshot();
            if *i == index {
                handoff.intent = intent;
            } else if el.has_attribute(HANDOFF_ATTR) {
                // That widget asked first, while the editor was loading.
                continue;
            }
            let _ = el.set_attribute(HANDOFF_ATTR, &encode(&handoff));
        }
    });
    if let (Some(el), Some(file)) = (elements.get(index), file) {
        let _ = js_sys::Reflect::set(el, &JsValue::from_str(FILE_PROP), &file);
    }
    let result = load_editor().await;
    if result.is_err() {
        for el in &elements {
            let _ = el.remove_attribute(HANDOFF_ATTR);
            let _ = js_sys::Reflect::delete_property(el, &JsValue::from_str(FILE_PROP));
        }
    }
    result
}

fn encode(handoff: &Handoff) -> String {
    let Ok(params) = web_sys::UrlSearchParams::new() else {
        return String::new();
    };
    for (k, v) in handoff.to_pairs() {
        params.append(k, &v);
    }
    params.to_string().into()
}

/// Start module: the teacher has begun; `kehoachBdg.prefetchEditor()` starts
/// downloading the editor module (once), so that starting is quick.
pub fn prefetch_editor() {
    thread_local! { static DONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) }; }
    if DONE.replace(true) {
        return;
    }
    let info = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("kehoachBdg"));
    let prefetch = info
        .as_ref()
        .ok()
        .and_then(|i| js_sys::Reflect::get(i, &JsValue::from_str("prefetchEditor")).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let (Ok(info), Some(prefetch)) = (info, prefetch) {
        let _ = prefetch.call0(&info);
    }
}

/// `kehoachBdg.loadEditor()`, written by embed.js: imports the editor
/// module, which mounts itself.
async fn load_editor() -> Result<(), String> {
    let info = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("kehoachBdg"))
        .map_err(describe)?;
    let load = js_sys::Reflect::get(&info, &JsValue::from_str("loadEditor"))
        .map_err(describe)?
        .dyn_into::<js_sys::Function>()
        .map_err(|_| "kehoachBdg.loadEditor is missing".to_string())?;
    let promise = load
        .call0(&info)
        .map_err(describe)?
        .dyn_into::<js_sys::Promise>()
        .map_err(|_| "kehoachBdg.loadEditor gave no promise".to_string())?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(describe)
}

fn describe(e: JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "?".into())
}

/// Options from the element's `data-*` attributes, and from the URL when the
/// element asks for it.
fn read_options(el: &web_sys::HtmlElement) -> HostOptions {
    let mut pairs: Vec<(String, String)> = Vec::new();
    if el.has_attribute(URL_OPTIONS_ATTR) {
        if let Some(search) = web_sys::window().and_then(|w| w.location().search().ok()) {
            if let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) {
                for key in OPTION_NAMES {
                    if let Some(v) = params.get(key) {
                        pairs.push((key.to_string(), v));
                    }
                }
            }
        }
    }
    let attrs = el.attributes();
    for i in 0..attrs.length() {
        let Some(a) = attrs.item(i) else { continue };
        let name = a.name();
        if [MOUNT_ATTR, URL_OPTIONS_ATTR, START_ATTR, HANDOFF_ATTR].contains(&name.as_str()) {
            continue;
        }
        if let Some(option) = name.strip_prefix("data-") {
            pairs.push((option.to_string(), a.value()));
        }
    }
    let (config, problems) =
        EmbedConfig::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    HostOptions {
        config,
        problems,
        ..HostOptions::default()
    }
}

/// The stylesheet URL embed.js announced (`globalThis.kehoachBdg.css`).
fn stylesheet_url() -> Option<String> {
    let global = js_sys::global();
    let info = js_sys::Reflect::get(&global, &JsValue::from_str("kehoachBdg")).ok()?;
    js_sys::Reflect::get(&info, &JsValue::from_str("css"))
        .ok()?
        .as_string()
}

/// In an iframe, tells the parent page the widget's height whenever it
/// changes (`{type: "kehoach-bdg:height", height, offsetTop}`), so the
/// optional host.js can size the iframe: one scrollbar, not two (and knows
/// the `offset-top` option when it works out what of the frame is in sight).
/// Neither is private, so any parent may hear them.
fn report_height_when_framed(container: &web_sys::HtmlElement) {
    // Observes the mount element, which outlives both modules' views.
    use super::viewport;
    use wasm_bindgen::closure::Closure;
    let Some(parent) = viewport::parent_page() else {
        return;
    };
    let target = container.clone();
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        let height = f64::from(target.offset_height());
        let offset = viewport::offset_top(&target);
        viewport::tell_parent(
            &parent,
            "kehoach-bdg:height",
            &[("height", height), ("offsetTop", offset)],
        );
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(container);
    }
    // Lives as long as the page.
    on_resize.forget();
}
