//! "In / Lưu PDF": the plan printed on its own, A4 with the decree's margins.
//!
//! How: a hidden same-origin `<iframe>` (no `src`, so `about:blank`) inside
//! the widget receives the laid-out document as DOM nodes, and its own
//! `window.print()` is called. The browser's print dialog then shows only
//! that document, never the widget or the host page, and its "Save as PDF"
//! destination makes the PDF. The frame's title is the file name the PDF
//! is saved under.
//!
//! Why not the HTML page of `html::to_html_page` as a Blob URL, `srcdoc` or
//! `document.write`: every one of those documents inherits the host page's
//! Content-Security-Policy, and a strict one (`style-src 'self'`, see
//! public/csp.html) blocks the page's `<style>` and `style="…"` attributes;
//! the document then prints unstyled. A Blob URL in a frame is blocked
//! outright (`frame-src`), and a new tab needs a popup. Checked in headless
//! Chromium. What a strict CSP does allow, and what this file uses: DOM
//! nodes built one by one (no markup is parsed: `DOMParser` reports CSP
//! violations for the inline styles), inline styles set through the CSSOM
//! (as `browser::css::cssom` does for the preview), and the page style sheet
//! ([`html::PAGE_CSS`], with its `@page` size and margins) as a constructed
//! `CSSStyleSheet` adopted by the frame's document.
//!
//! The elements, classes and inline styles are those [`html::walk`] gives
//! the downloadable HTML page too, so the printout and the page look the
//! same.
//!
//! [`html::PAGE_CSS`]: crate::domain::export::html::PAGE_CSS
//! [`html::walk`]: crate::domain::export::html::walk

use crate::browser::dom::create;
use crate::domain::export::html::{walk, ElementSink, DOC_CLASS, PAGE_CSS};
use crate::domain::export::layout::{Doc, Run};
use crate::domain::strings::error_enum;
use wasm_bindgen::{JsCast, JsValue};

/// Class of the print frame (one per widget; replaced on each print).
pub const FRAME_CLASS: &str = "kh-print-frame";

error_enum! {
    /// Why the print view could not be opened. The text is shown to the user.
    pub enum PrintError: message(lang) {
        NoDocument => (ErrPrintNoDocument),
        Blocked => (ErrPrintBlocked),
    }
}

/// Prints `doc` from a hidden frame appended to `host` (an element of the
/// widget). `title` becomes the document title (the PDF's default file
/// name); `frame_label` names the frame for assistive technology.
pub fn print_doc(
    host: &web_sys::Element,
    doc: &Doc,
    title: &str,
    frame_label: &str,
) -> Result<(), PrintError> {
    let document = host.owner_document().ok_or(PrintError::NoDocument)?;
    // The previous print's frame: its dialog has closed by now.
    if let Ok(Some(old)) = host.query_selector(&format!("iframe.{FRAME_CLASS}")) {
        old.remove();
    }
    let frame: web_sys::HtmlIFrameElement =
        create(&document, "iframe").ok_or(PrintError::Blocked)?;
    frame.set_class_name(FRAME_CLASS);
    frame.set_title(frame_label);
    let _ = frame.set_attribute("aria-hidden", "true");
    let _ = frame.set_attribute("tabindex", "-1");
    // Out of sight but laid out: browsers print a `display: none` frame blank.
    set_style(
        &frame,
        "position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden",
    );
    host.append_child(&frame).map_err(|_| PrintError::Blocked)?;

    let window = frame.content_window().ok_or(PrintError::Blocked)?;
    let page = frame.content_document().ok_or(PrintError::Blocked)?;
    fill(&page, &window, doc, title).ok_or(PrintError::Blocked)?;
    window.print().map_err(|_| PrintError::Blocked)
}

/// Builds the page in the frame's (empty) document.
fn fill(page: &web_sys::Document, window: &web_sys::Window, doc: &Doc, title: &str) -> Option<()> {
    let root = page.document_element()?;
    root.set_attribute("lang", "vi").ok()?;
    page.set_title(title);
    adopt_style_sheet(page, window, PAGE_CSS);
    let body = page.body()?;
    let main = page.create_element("main").ok()?;
    main.set_class_name(DOC_CLASS);
    let mut nodes = Nodes {
        page,
        open: vec![Some(main.clone())],
        complete: true,
    };
    walk(doc, &mut nodes);
    nodes.complete.then_some(())?;
    body.append_child(&main).ok()?;
    Some(())
}

/// Gives the frame's document `css` as a constructed style sheet: not an
/// inline `<style>`, so a strict CSP does not block it. The sheet must come
/// from the frame's own `CSSStyleSheet` constructor to be adoptable there.
/// Browsers without constructable sheets (before 2023) get a `<style>`,
/// which works wherever no CSP forbids it.
fn adopt_style_sheet(page: &web_sys::Document, window: &web_sys::Window, css: &str) {
    let constructed = (|| -> Option<()> {
        let ctor = function(window, "CSSStyleSheet")?;
        let sheet = js_sys::Reflect::construct(&ctor, &js_sys::Array::new()).ok()?;
        let replace = function(&sheet, "replaceSync")?;
        replace.call1(&sheet, &JsValue::from_str(css)).ok()?;
        js_sys::Reflect::set(
            page,
            &"adoptedStyleSheets".into(),
            &js_sys::Array::of1(&sheet),
        )
        .ok()?
        .then_some(())
    })();
    if constructed.is_none() {
        if let (Ok(style), Some(head)) = (page.create_element("style"), page.head()) {
            style.set_text_content(Some(css));
            let _ = head.append_child(&style);
        }
    }
}

/// `obj[name]` when it is a function. Objects of the frame come from another
/// realm, where `instanceof` (`dyn_into`) fails: checked by `typeof` instead.
fn function(obj: &JsValue, name: &str) -> Option<js_sys::Function> {
    let f = js_sys::Reflect::get(obj, &JsValue::from_str(name)).ok()?;
    f.is_function().then(|| f.unchecked_into())
}

/// Inline styles through the CSSOM (allowed by a strict CSP, unlike
/// `style="…"`). Not `browser::css::cssom`: its `instanceof HTMLElement`
/// check fails for the frame's elements, which are of the frame's realm.
fn set_style(el: &web_sys::Element, css: &str) {
    // Every element made by an HTML document's `createElement` is an HTMLElement.
    let style = el.unchecked_ref::<web_sys::HtmlElement>().style();
    for decl in css.split(';') {
        if let Some((prop, value)) = decl.split_once(':') {
            let (prop, value) = (prop.trim(), value.trim());
            if !prop.is_empty() {
                let _ = style.set_property(prop, value);
            }
        }
    }
}

/// Builds the elements as nodes of the frame's document. Each element is
/// attached to its parent when it is closed, after its content.
struct Nodes<'a> {
    page: &'a web_sys::Document,
    /// The open elements, the document's `<main>` first; `None` for one
    /// the document refused to create.
    open: Vec<Option<web_sys::Element>>,
    /// False once a node could not be created or attached.
    complete: bool,
}

impl Nodes<'_> {
    fn parent(&self) -> Option<&web_sys::Element> {
        self.open.last()?.as_ref()
    }
}

impl ElementSink for Nodes<'_> {
    fn open(&mut self, tag: &'static str, class: &str, style: &str, _nested: bool) {
        let node = self.page.create_element(tag).ok();
        if let Some(node) = &node {
            node.set_class_name(class);
            set_style(node, style);
        }
        self.complete &= node.is_some();
        self.open.push(node);
    }

    fn run(&mut self, r: &Run) {
        let appended = self.parent().and_then(|parent| run(self.page, parent, r));
        self.complete &= appended.is_some();
    }

    fn close(&mut self, _tag: &'static str) {
        let node = self.open.pop().flatten();
        let appended = node.and_then(|node| self.parent()?.append_child(&node).ok());
        self.complete &= appended.is_some();
    }
}

/// A run as a text node, wrapped in `<b>`/`<i>` as the HTML page writes it.
fn run(page: &web_sys::Document, parent: &web_sys::Element, r: &Run) -> Option<()> {
    let text: web_sys::Node = page.create_text_node(&r.text).into();
    let mut node = text;
    if r.italic {
        let i = page.create_element("i").ok()?;
        i.append_child(&node).ok()?;
        node = i.into();
    }
    if r.bold {
        let b = page.create_element("b").ok()?;
        b.append_child(&node).ok()?;
        node = b.into();
    }
    parent.append_child(&node).ok()?;
    Some(())
}
