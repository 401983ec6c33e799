//! The part of the window the teacher really sees, and bringing a field into
//! it. School portals cover the top of the window with a fixed or sticky
//! menu; in iframe mode host.js makes the frame as tall as the widget, so
//! the frame's own window is not what is in sight either.
//!
//! What is known lives on the mount element, where both modules (start and
//! editor, two wasm instances) and the stylesheet find it: `--kh-offset-top`
//! (the `offset-top` option) and, in a frame that host.js sizes,
//! `--kh-view-top`, `--kh-view-height` and `--kh-view-bottom` (the visible
//! part of the frame in the frame's coordinates, sent by host.js as the host
//! page scrolls). The stylesheet places dialogs and sticky notices there.
//!
//! Lengths go to and from those properties through JavaScript's own number
//! formatting and parsing (`css_px`, `pixels`): Rust's `f64` `Display`
//! and `FromStr` would bring their tables and algorithms (about 25 KB of
//! wasm) into the start module, which installs [`follow_host_view`].

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Room left between an obstruction and the field brought under it, in px.
const GAP: f64 = 8.0;
/// A label this close above its field comes into view with it, in px.
const LABEL_REACH: f64 = 160.0;
/// How many menus stacked on each other (a top bar over a menu) are looked for.
const STACKED_MENUS: usize = 3;

/// The tallest frame host.js makes, in px (as in host.js).
const MAX_FRAME_HEIGHT: f64 = 100_000.0;

const OFFSET_TOP: &str = "--kh-offset-top";
const VIEW_TOP: &str = "--kh-view-top";
const VIEW_HEIGHT: &str = "--kh-view-height";
const VIEW_BOTTOM: &str = "--kh-view-bottom";

/// Records the `offset-top` option (the host's fixed menu height) on the
/// mount element.
pub fn set_offset_top(mount: &web_sys::HtmlElement, px: u16) {
    if px > 0 {
        let _ = mount.style().set_property(OFFSET_TOP, &format!("{px}px"));
    }
}

/// The `offset-top` option recorded on this mount element, in px (0 if none).
pub fn offset_top(mount: &web_sys::HtmlElement) -> f64 {
    pixels(mount, OFFSET_TOP).unwrap_or(0.0)
}

/// In a frame: follows the visible part of the frame that host.js sends
/// (`{type: "kehoach-bdg:view", top, height, below}`) onto the mount element.
/// Only the page holding this frame is heard; the values are numbers, clamped
/// to the frame's window.
pub fn follow_host_view(mount: &web_sys::HtmlElement) {
    let (Some(window), Some(parent)) = (web_sys::window(), parent_page()) else {
        return;
    };
    let target = mount.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            // A cross-origin parent is no `Window` to instanceof: compare as values.
            let from_parent = event
                .source()
                .is_some_and(|source| JsValue::from(source) == JsValue::from(parent.clone()));
            if !from_parent {
                return;
            }
            let data = event.data();
            let field = |name: &str| {
                js_sys::Reflect::get(&data, &JsValue::from_str(name))
                    .ok()
                    .and_then(|v| v.as_f64())
                    .filter(|v| v.is_finite())
            };
            let is_view = js_sys::Reflect::get(&data, &JsValue::from_str("type"))
                .ok()
                .and_then(|t| t.as_string())
                .is_some_and(|t| t == "kehoach-bdg:view");
            let (true, Some(top), Some(height), Some(below)) =
                (is_view, field("top"), field("height"), field("below"))
            else {
                return;
            };
            // The frame's own window height may lag behind host.js resizing
            // the frame, so the part below comes from host.js too.
            let style = target.style();
            for (name, value) in [(VIEW_TOP, top), (VIEW_HEIGHT, height), (VIEW_BOTTOM, below)] {
                let value = value.clamp(0.0, MAX_FRAME_HEIGHT);
                let _ = style.set_property(name, &css_px(value));
            }
        });
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    // Lives as long as the page.
    on_message.forget();
}

/// Scrolls `el` into sight, clear of whatever covers the top of the window
/// (the host's fixed or sticky menu, the `offset-top` option, the widget's
/// own sticky notices), with its label when the label sits just above it.
/// Nothing moves when it is already in sight. In a frame sized by host.js,
/// the host page scrolls: host.js alone can see its menu.
pub fn reveal(el: &web_sys::HtmlElement) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let mount = mount_of(el);
    let offset = mount.as_ref().map_or(0.0, offset_top);
    let view = mount
        .as_ref()
        .and_then(|m| Some((pixels(m, VIEW_TOP)?, pixels(m, VIEW_HEIGHT)?)));
    let span = Span::of(el);
    if let Some((view_top, view_height)) = view {
        let covered = covered_bottom(el, view_top);
        if span.top >= covered && span.bottom <= view_top + view_height {
            return;
        }
        ask_host_to_reveal(span.top - (covered - view_top), span.bottom, offset);
        return;
    }
    let covered = covered_bottom(el, offset);
    if span.top >= covered && span.bottom <= inner_height(&window) {
        return;
    }
    scroll_to_top(el, covered + GAP + span.label_above);
    // A sticky menu may stick only once the page has scrolled: look again.
    let covered = covered_bottom(el, offset);
    let span = Span::of(el);
    if span.top < covered {
        scroll_to_top(el, covered + GAP + span.label_above);
    }
}

/// What must be in sight: the element, and its label just above it.
struct Span {
    top: f64,
    bottom: f64,
    /// How far above the element its label starts (0 without one).
    label_above: f64,
}

impl Span {
    fn of(el: &web_sys::HtmlElement) -> Span {
        let rect = el.get_bounding_client_rect();
        let label_top = label_of(el)
            .map(|label| label.get_bounding_client_rect())
            .filter(|r| {
                r.height() > 0.0 && r.top() < rect.top() && rect.top() - r.top() <= LABEL_REACH
            })
            .map(|r| r.top());
        let top = label_top.unwrap_or(rect.top());
        Span {
            top,
            bottom: rect.bottom(),
            label_above: rect.top() - top,
        }
    }
}

/// The `<label for=…>` of an element with an id, in the element's own root.
fn label_of(el: &web_sys::HtmlElement) -> Option<web_sys::Element> {
    let id = el.id();
    if id.is_empty() || id.contains('"') || id.contains('\\') {
        return None;
    }
    let selector = format!("label[for=\"{id}\"]");
    let root = el.get_root_node();
    match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.query_selector(&selector).ok().flatten(),
        None => root
            .dyn_ref::<web_sys::Document>()
            .and_then(|d| d.query_selector(&selector).ok().flatten()),
    }
}

/// The widget's mount element: the host of the shadow root `el` is in.
fn mount_of(el: &web_sys::Element) -> Option<web_sys::HtmlElement> {
    let root = el.get_root_node();
    let shadow = root.dyn_ref::<web_sys::ShadowRoot>()?;
    shadow.host().dyn_into().ok()
}

/// A length property set on the element's own style, in px: a finite number
/// followed by `px`, nothing else.
fn pixels(el: &web_sys::HtmlElement, name: &str) -> Option<f64> {
    let value = el.style().get_property_value(name).ok()?;
    let number = value.trim().strip_suffix("px")?.trim();
    // parseFloat stops at the first character that is not part of a number
    // ("12abc" would be 12): only digits, sign, point and exponent get to it.
    let numeric = |b: u8| b.is_ascii_digit() || b"+-.eE".contains(&b);
    if number.is_empty() || !number.bytes().all(numeric) {
        return None;
    }
    let px = js_sys::parse_float(number);
    px.is_finite().then_some(px)
}

/// `value` as a CSS length in px, written as JavaScript writes numbers
/// (shortest form that reads back the same, as Rust's `Display`).
fn css_px(value: f64) -> String {
    let number = js_sys::Number::from(value)
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_else(|_| "0".to_string());
    format!("{number}px")
}

fn inner_height(window: &web_sys::Window) -> f64 {
    window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0)
}

/// The lowest bottom edge, from `from` down, of the fixed or sticky boxes
/// that cover the top of the window above `el` (over its width): the host's
/// menus and the widget's sticky notices. Boxes that hold the widget do not
/// count, nor boxes taller than half the window (a side panel, not a menu).
/// A few hit tests along one line, run only when focus moves.
fn covered_bottom(el: &web_sys::HtmlElement, from: f64) -> f64 {
    let Some(window) = web_sys::window() else {
        return from;
    };
    let Some(document) = window.document() else {
        return from;
    };
    let height = inner_height(&window);
    let width = window
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .unwrap_or(0.0);
    let rect = el.get_bounding_client_rect();
    let probe_x = [
        rect.left() + 4.0,
        (rect.left() + rect.right()) / 2.0,
        rect.right() - 4.0,
    ]
    .map(|x| x.clamp(0.0, (width - 1.0).max(0.0)));
    let shadow = el.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok();
    let mount: web_sys::Element = match &shadow {
        Some(shadow) => shadow.host(),
        None => el.clone().into(),
    };
    let mut bottom = from;
    for _ in 0..STACKED_MENUS {
        let line = bottom + 1.0;
        if line >= height / 2.0 {
            break;
        }
        let mut lowest = bottom;
        for x in probe_x {
            // Rounded to f32 as the API takes it; a pixel does not matter here.
            let (x, y) = (x as f32, line as f32);
            let mut hits = document.elements_from_point(x, y).to_vec();
            if let Some(shadow) = &shadow {
                hits.extend(shadow.elements_from_point(x, y).to_vec());
            }
            for hit in hits {
                let Ok(hit) = hit.dyn_into::<web_sys::Element>() else {
                    continue;
                };
                if hit.contains(Some(&mount)) || hit.contains(Some(el)) {
                    continue;
                }
                let position = window
                    .get_computed_style(&hit)
                    .ok()
                    .flatten()
                    .and_then(|style| style.get_property_value("position").ok())
                    .unwrap_or_default();
                if position != "fixed" && position != "sticky" {
                    continue;
                }
                let r = hit.get_bounding_client_rect();
                if r.height() < height / 2.0 && r.top() <= line && r.bottom() > lowest {
                    lowest = r.bottom();
                }
            }
        }
        if lowest <= bottom {
            break;
        }
        bottom = lowest;
    }
    bottom
}

/// Scrolls `el` to the top of its scroll containers, `margin` px below it.
/// Instant, whatever `scroll-behavior` the host page sets: where the field
/// lands is measured right after.
fn scroll_to_top(el: &web_sys::HtmlElement, margin: f64) {
    let style = el.style();
    let _ = style.set_property("scroll-margin-top", &css_px(margin));
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    options.set_behavior(web_sys::ScrollBehavior::Instant);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    let _ = style.remove_property("scroll-margin-top");
}

/// Asks host.js to scroll the host page so that the frame's `top`..`bottom`
/// (frame coordinates) comes into sight below the host's menu. Only numbers
/// about this frame's own content are sent.
fn ask_host_to_reveal(top: f64, bottom: f64, offset: f64) {
    if let Some(parent) = parent_page() {
        tell_parent(
            &parent,
            "kehoach-bdg:reveal",
            &[("top", top), ("bottom", bottom), ("offsetTop", offset)],
        );
    }
}

/// The page holding this frame, when the widget runs in one.
pub fn parent_page() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok()??;
    (parent != window).then_some(parent)
}

/// Posts `{type: kind, name: number, …}` to the page holding this frame.
/// Only numbers about the widget's own box go out, so any page may hear them.
pub fn tell_parent(parent: &web_sys::Window, kind: &str, numbers: &[(&str, f64)]) {
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &JsValue::from_str("type"), &JsValue::from_str(kind));
    for (name, value) in numbers {
        let _ = js_sys::Reflect::set(&msg, &JsValue::from_str(name), &JsValue::from_f64(*value));
    }
    let _ = parent.post_message(&msg, "*");
}
