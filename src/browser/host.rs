//! Finding where the host page wants the widget, reading its options, and
//! mounting it there inside a shadow root.
//!
//! A school website places `<div data-kehoach-bdg data-issuer="…"></div>`
//! wherever the widget should appear. Each such element gets its own widget
//! in an open shadow root: the host's CSS (`* {…}`, `button {…}`) cannot reach
//! inside, and the widget's CSS cannot leak out. The stylesheet is attached
//! inside the shadow root from the URL embed.js gives (`kehoachBdg.css`).

use crate::domain::config::{ConfigProblem, EmbedConfig, OPTION_NAMES};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// The attribute that marks a mount point.
pub const MOUNT_ATTR: &str = "data-kehoach-bdg";
/// On a mount point, also read options from the page's URL (iframe mode).
pub const URL_OPTIONS_ATTR: &str = "data-url-options";

/// What one widget was configured with, given to the app through context.
#[derive(Debug, Clone, Default)]
pub struct HostOptions {
    pub config: EmbedConfig,
    /// Options that could not be used, to show in the widget.
    pub problems: Vec<ConfigProblem>,
}

/// Mounts one widget into every `[data-kehoach-bdg]` element of the page,
/// or into `<body>` when there is none.
pub fn mount_all<F, N>(app: F)
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
            if mount_one(&document, &el, app).is_some() {
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

fn mount_one<F, N>(document: &web_sys::Document, el: &web_sys::HtmlElement, app: F) -> Option<()>
where
    F: Fn() -> N + Copy + 'static,
    N: IntoView + 'static,
{
    // A second embed.js on the same page must not mount twice.
    if el.shadow_root().is_some() {
        return None;
    }
    let options = read_options(el);
    for p in &options.problems {
        web_sys::console::warn_1(&JsValue::from_str(&format!("kehoach-bdg: {p}")));
    }
    let shadow = el
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .ok()?;
    if let Some(href) = stylesheet_url() {
        let link = document.create_element("link").ok()?;
        link.set_attribute("rel", "stylesheet").ok()?;
        link.set_attribute("href", &href).ok()?;
        shadow.append_child(&link).ok()?;
    }
    let container: web_sys::HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
    shadow.append_child(&container).ok()?;
    if el.has_attribute(URL_OPTIONS_ATTR) {
        report_height_when_framed(&container);
    }
    // The handle would unmount the widget when dropped; it lives as long as the page.
    leptos::mount::mount_to(container, move || {
        provide_context(options);
        app()
    })
    .forget();
    Some(())
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
        if name == MOUNT_ATTR || name == URL_OPTIONS_ATTR {
            continue;
        }
        if let Some(option) = name.strip_prefix("data-") {
            pairs.push((option.to_string(), a.value()));
        }
    }
    let (config, problems) =
        EmbedConfig::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    HostOptions { config, problems }
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
/// changes (`{type: "kehoach-bdg:height", height}`), so the optional host.js
/// can size the iframe: one scrollbar, not two. The height is not private, so
/// any parent may hear it.
fn report_height_when_framed(container: &web_sys::HtmlElement) {
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let target = container.clone();
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"type".into(), &"kehoach-bdg:height".into());
        let height = f64::from(target.offset_height());
        let _ = js_sys::Reflect::set(&msg, &"height".into(), &height.into());
        let _ = parent.post_message(&msg, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(container);
    }
    // Lives as long as the page.
    on_resize.forget();
}
