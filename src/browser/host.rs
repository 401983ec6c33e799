//! Finding where the host page wants the widget and mounting it there.
//!
//! A school website places `<div data-kehoach-bdg></div>` wherever the widget
//! should appear; the widget never takes over `<body>` unless no such element
//! exists (a bare page).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The attribute that marks a mount point.
pub const MOUNT_ATTR: &str = "data-kehoach-bdg";

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
            // The handle would unmount the widget when dropped; it lives as long as the page.
            leptos::mount::mount_to(el, app).forget();
            mounted += 1;
        }
    }
    if mounted == 0 {
        leptos::mount::mount_to_body(app);
    }
}
