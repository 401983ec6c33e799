//! The HTML backend: one standalone printable page, no script, no external
//! resource, every user string escaped; and the same elements for the print
//! view, which builds them as DOM nodes (`browser::print`).
//!
//! [`elements`] turns the [`Doc`] into [`Element`]s once: tag, class and
//! inline style per block, the styles written here from the layout's typed
//! values. [`doc_to_html_page`] writes them as markup; the print view
//! creates them node by node, so the printout and the downloadable page
//! cannot differ. The page's own `<style>` only sets the paper, the font
//! and the two-column grids.
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

use crate::domain::export::layout::{
    layout, Align, Block, Columns, Doc, Para, Points, Rule, Run, Space, Twips,
};
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

/// Class of the element that holds the whole document.
pub const DOC_CLASS: &str = "kh-doc";

/// One element of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element<'a> {
    /// `p`, `h1`–`h3` or `div`.
    pub tag: &'static str,
    pub class: String,
    /// Inline style, `property:value` declarations joined by `;`; empty
    /// for none.
    pub style: String,
    pub content: Content<'a>,
}

/// What an element holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content<'a> {
    /// Text runs, on the element's line: `<b>` and `<i>` around the bold
    /// and italic ones.
    Runs(&'a [Run]),
    /// Child elements, one per line.
    Elements(Vec<Element<'a>>),
}

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
    let _ = writeln!(out, "<main class=\"{DOC_CLASS}\">");
    out.push_str(&doc_body(doc));
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// The document's blocks as HTML elements, without the page around them.
pub fn doc_body(doc: &Doc) -> String {
    let mut out = String::new();
    for element in elements(doc) {
        write_element(&mut out, &element);
    }
    out
}

/// The document's blocks as elements, in reading order.
pub fn elements(doc: &Doc) -> Vec<Element<'_>> {
    doc.blocks.iter().map(element).collect()
}

fn element(block: &Block) -> Element<'_> {
    match block {
        Block::Para(p) => Element {
            tag: match p.kind.heading_level() {
                Some(1) => "h1",
                Some(2) => "h2",
                Some(3) => "h3",
                _ => "p",
            },
            class: p.kind.class().to_string(),
            style: para_style(p),
            content: Content::Runs(&p.runs),
        },
        Block::Rule(r) => empty_div(r.kind.class().to_string(), rule_style(r)),
        Block::Space(s) => empty_div(s.kind.class().to_string(), space_style(s)),
        Block::Columns(c) => Element {
            tag: "div",
            class: format!("kh-columns {}", c.kind.class()),
            style: grid_columns(c),
            content: Content::Elements(
                c.rows
                    .iter()
                    .flatten()
                    .map(|cell| Element {
                        tag: "div",
                        class: "kh-cell".to_string(),
                        style: String::new(),
                        content: Content::Elements(cell.iter().map(element).collect()),
                    })
                    .collect(),
            ),
        },
    }
}

fn empty_div<'a>(class: String, style: String) -> Element<'a> {
    Element {
        tag: "div",
        class,
        style,
        content: Content::Runs(&[]),
    }
}

/// A paragraph's size, alignment, spacing and first-line indent as CSS
/// declarations, the lengths written by `points` and `indent`: print units
/// here, the preview's scaled units in the editor.
pub fn paragraph_css(
    p: &Para,
    points: impl Fn(Points) -> String,
    indent: impl Fn(Twips) -> String,
) -> String {
    let mut css = format!(
        "font-size:{};text-align:{};margin:{} 0 {} 0",
        points(p.size),
        text_align(p.align),
        points(p.space_before),
        points(p.space_after)
    );
    if p.first_line_indent > Twips(0) {
        css.push_str(";text-indent:");
        css.push_str(&indent(p.first_line_indent));
    }
    css
}

/// The paragraph in print units, and the page-break rules the .docx
/// expresses as paragraph properties.
fn para_style(p: &Para) -> String {
    let mut css = paragraph_css(p, points, centimetres);
    if p.keep_next {
        css.push_str(";break-after:avoid;page-break-after:avoid");
    }
    if p.page_break_before {
        css.push_str(";break-before:page;page-break-before:always");
    }
    css
}

/// Width in points, centred, a 0.75 pt solid line (the .docx border's
/// weight).
fn rule_style(r: &Rule) -> String {
    format!(
        "width:{:.1}pt;border-top:0.75pt solid #000;margin:2pt auto {} auto",
        r.length.points(),
        points(r.space_after)
    )
}

/// The height of the empty lines: single spacing in Times is about 1.15 of
/// the font size per line.
fn space_style(s: &Space) -> String {
    let height = f64::from(s.lines) * f64::from(s.size.0) * 1.15;
    format!("height:{height:.1}pt")
}

/// The CSS `text-align` value of an alignment.
fn text_align(align: Align) -> &'static str {
    match align {
        Align::Left => "left",
        Align::Center => "center",
        Align::Justify => "justify",
    }
}

/// A grid container's column widths as percentages.
pub fn grid_columns(c: &Columns) -> String {
    let total = c.widths.iter().map(|w| w.0).sum::<u32>().max(1);
    let left = f64::from(c.widths[0].0) * 100.0 / f64::from(total);
    format!("grid-template-columns:{left:.2}% {:.2}%", 100.0 - left)
}

fn points(size: Points) -> String {
    format!("{}pt", size.0)
}

/// A length in centimetres, two decimals at most ("1.27cm").
fn centimetres(length: Twips) -> String {
    let cm = format!("{:.2}", f64::from(length.0) * 2.54 / 1440.0);
    format!("{}cm", cm.trim_end_matches('0').trim_end_matches('.'))
}

fn write_element(out: &mut String, element: &Element) {
    let _ = write!(out, "<{} class=\"{}\"", element.tag, element.class);
    if !element.style.is_empty() {
        let _ = write!(out, " style=\"{}\"", element.style);
    }
    out.push('>');
    match &element.content {
        Content::Runs(runs) => {
            for r in *runs {
                write_run(out, r);
            }
        }
        Content::Elements(children) => {
            out.push('\n');
            for child in children {
                write_element(out, child);
            }
        }
    }
    let _ = writeln!(out, "</{}>", element.tag);
}

fn write_run(out: &mut String, r: &Run) {
    let (open, close) = match (r.bold, r.italic) {
        (true, true) => ("<b><i>", "</i></b>"),
        (true, false) => ("<b>", "</b>"),
        (false, true) => ("<i>", "</i>"),
        (false, false) => ("", ""),
    };
    out.push_str(open);
    out.push_str(&escape(&r.text));
    out.push_str(close);
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

    #[test]
    fn the_first_line_indent_prints_in_centimetres() {
        assert_eq!(centimetres(Twips(720)), "1.27cm");
        assert_eq!(centimetres(Twips(1440)), "2.54cm");
    }
}
