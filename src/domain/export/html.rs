//! The printable HTML backend: one standalone page, no script, no external
//! resource, every user string escaped.
//!
//! Sizes and spacing come from the [`Doc`] (inline `style` per paragraph,
//! the same [`Para::css`] the editor preview uses); the page's own
//! `<style>` only sets the paper, the font and the two-column grids.
//!
//! Page numbers: Decree 30 wants them from page 2 on, centred in the top
//! margin. Plain CSS can only do that with `@page` margin boxes
//! (`@top-center { content: counter(page) }` plus `@page :first` to hide
//! the first). Chromium-based browsers print them since version 131;
//! Firefox and Safari ignore the rule and print no numbers at all. The page
//! includes the rule and nothing else (no script to fake it), so the .docx
//! stays the format to use when page numbers matter. Appendices start on a
//! new page (`break-before: page`) but, unlike the .docx, continue the
//! plan's page count: restarting the page counter per appendix is not
//! supported by browsers.

use crate::domain::export::layout::{layout, Block, Columns, Doc, Para, Run, Space};
use crate::domain::plan::Plan;
use std::fmt::Write as _;

/// The page's style sheet. `kh-*` classes are the [`Kind`] class names.
///
/// [`Kind`]: crate::domain::export::layout::Kind
pub const PAGE_CSS: &str = r#"@page { size: A4; margin: 20mm 15mm 20mm 30mm;
  @top-center { content: counter(page); font-family: "Times New Roman", "Liberation Serif", serif; font-size: 14pt; color: #000; } }
@page :first { @top-center { content: none; } }
html, body { margin: 0; padding: 0; }
body { font-family: "Times New Roman", "Liberation Serif", Times, serif; color: #000; line-height: 1.15; }
.kh-doc { box-sizing: content-box; width: 165mm; margin: 0 auto; }
.kh-doc p, .kh-doc h1, .kh-doc h2, .kh-doc h3 { margin: 0; font-weight: normal; font-family: inherit; }
.kh-doc b { font-weight: bold; }
.kh-columns { display: grid; grid-template-columns: 40% 60%; align-items: start; break-inside: avoid; page-break-inside: avoid; }
.kh-columns > div { break-inside: avoid; page-break-inside: avoid; }
.kh-signature { margin-top: 6pt; }
.kh-rule { height: 0; }
@media screen {
  body { background: #e9e9e9; }
  .kh-doc { background: #fff; padding: 20mm 15mm 20mm 30mm; margin: 12px auto; box-shadow: 0 1px 4px rgba(0, 0, 0, .25); }
}
@media print {
  body { background: none; }
  .kh-doc { width: auto; padding: 0; margin: 0; box-shadow: none; }
}
"#;

/// The plan as a standalone printable HTML page.
pub fn to_html_page(plan: &Plan) -> String {
    doc_to_html_page(&layout(plan))
}

/// A laid-out document as a standalone printable HTML page.
pub fn doc_to_html_page(doc: &Doc) -> String {
    let title = if doc.meta.title.is_empty() {
        "Kế hoạch".to_string()
    } else {
        format!("Kế hoạch: {}", doc.meta.title)
    };
    let mut out = String::with_capacity(16 * 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(out, "<title>{}</title>", escape(&title));
    let _ = writeln!(out, "<style>\n{PAGE_CSS}</style>\n</head>\n<body>");
    out.push_str("<main class=\"kh-doc\">\n");
    out.push_str(&doc_body(doc));
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// The document's blocks as HTML elements, without the page around them.
pub fn doc_body(doc: &Doc) -> String {
    let mut out = String::new();
    for b in &doc.blocks {
        block(&mut out, b);
    }
    out
}

fn block(out: &mut String, b: &Block) {
    match b {
        Block::Para(p) => para(out, p),
        Block::Rule(r) => {
            let _ = writeln!(
                out,
                "<div class=\"{}\" style=\"{}\"></div>",
                r.kind.class(),
                r.css()
            );
        }
        Block::Space(s) => space(out, s),
        Block::Columns(c) => columns(out, c),
    }
}

fn para(out: &mut String, p: &Para) {
    let tag = match p.kind.heading_level() {
        Some(1) => "h1",
        Some(2) => "h2",
        Some(3) => "h3",
        _ => "p",
    };
    let mut style = p.css();
    if p.keep_next {
        style.push_str(";break-after:avoid;page-break-after:avoid");
    }
    if p.page_break_before {
        style.push_str(";break-before:page;page-break-before:always");
    }
    let _ = write!(
        out,
        "<{tag} class=\"{}\" style=\"{style}\">",
        p.kind.class()
    );
    for r in &p.runs {
        run(out, r);
    }
    let _ = writeln!(out, "</{tag}>");
}

fn run(out: &mut String, r: &Run) {
    let text = escape(&r.text);
    match (r.bold, r.italic) {
        (true, true) => {
            let _ = write!(out, "<b><i>{text}</i></b>");
        }
        (true, false) => {
            let _ = write!(out, "<b>{text}</b>");
        }
        (false, true) => {
            let _ = write!(out, "<i>{text}</i>");
        }
        (false, false) => out.push_str(&text),
    }
}

fn space(out: &mut String, s: &Space) {
    let _ = writeln!(
        out,
        "<div class=\"{}\" style=\"{}\"></div>",
        s.kind.class(),
        s.css()
    );
}

fn columns(out: &mut String, c: &Columns) {
    let _ = writeln!(
        out,
        "<div class=\"kh-columns {}\" style=\"{}\">",
        c.kind.class(),
        c.css()
    );
    for row in &c.rows {
        for cell in row {
            out.push_str("<div class=\"kh-cell\">\n");
            for b in cell {
                block(out, b);
            }
            out.push_str("</div>\n");
        }
    }
    out.push_str("</div>\n");
}

/// Escapes text for HTML content and attribute values, and drops control
/// characters (the layout has removed them already; this is a second line
/// of defence).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\t' | '\r' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_all_five_and_controls() {
        assert_eq!(
            escape("<a href=\"x\">'&'</a>\u{0}\u{1b}"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }
}
