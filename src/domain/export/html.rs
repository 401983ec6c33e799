//! The HTML backend: one standalone printable page, no script, no external
//! resource, every user string escaped; and the same elements for the print
//! view, which builds them as DOM nodes (`browser::print`).
//!
//! [`walk`] turns the [`Doc`] into elements once: tag, class and inline
//! style per block, the styles written here from the layout's typed values.
//! [`doc_to_html_page`] writes them as markup; the print view creates them
//! node by node (an [`ElementSink`] each), so the printout and the
//! downloadable page cannot differ. The page's own `<style>` only sets the
//! paper, the font and the two-column grids.
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

/// Receives the page's elements in document order: [`doc_body`] writes
/// them as markup, the print view (`browser::print`) creates them as DOM
/// nodes. Both get them from [`walk`], so they cannot differ.
pub trait ElementSink {
    /// Starts an element. `style` holds `property:value` declarations
    /// joined by `;`, empty for none. `nested`: its content is elements
    /// (each on its own line in markup), not text runs.
    fn open(&mut self, tag: &'static str, class: &str, style: &str, nested: bool);
    /// A text run inside the open element: `<b>` and `<i>` around the bold
    /// and italic ones.
    fn run(&mut self, run: &Run);
    /// Ends the open element.
    fn close(&mut self, tag: &'static str);
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
    let mut markup = Markup(String::new());
    walk(doc, &mut markup);
    markup.0
}

/// Hands the document's blocks to `sink` as elements, in reading order.
pub fn walk(doc: &Doc, sink: &mut impl ElementSink) {
    for b in &doc.blocks {
        block(b, sink);
    }
}

fn block(b: &Block, sink: &mut impl ElementSink) {
    match b {
        Block::Para(p) => {
            let tag = match p.kind.heading_level() {
                Some(1) => "h1",
                Some(2) => "h2",
                Some(3) => "h3",
                _ => "p",
            };
            sink.open(tag, p.kind.class(), &para_style(p), false);
            for r in &p.runs {
                sink.run(r);
            }
            sink.close(tag);
        }
        Block::Rule(r) => {
            sink.open("div", r.kind.class(), &rule_style(r), false);
            sink.close("div");
        }
        Block::Space(s) => {
            sink.open("div", s.kind.class(), &space_style(s), false);
            sink.close("div");
        }
        Block::Columns(c) => {
            let class = format!("kh-columns {}", c.kind.class());
            sink.open("div", &class, &grid_columns(c), true);
            for cell in c.rows.iter().flatten() {
                sink.open("div", "kh-cell", "", true);
                for b in cell {
                    block(b, sink);
                }
                sink.close("div");
            }
            sink.close("div");
        }
    }
}

/// A paragraph's size, alignment, spacing and first-line indent as CSS
/// declarations, the lengths written by `points` and `indent`: print units
/// here, the preview's scaled units in the editor.
pub fn paragraph_css(
    p: &Para,
    points: fn(Points) -> String,
    indent: fn(Twips) -> String,
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
    // 1440 twips to the inch, 254 hundredths of a centimetre.
    let hundredths = (length.0 * 254 + 720) / 1440;
    let cm = format!("{}.{:02}", hundredths / 100, hundredths % 100);
    format!("{}cm", cm.trim_end_matches('0').trim_end_matches('.'))
}

/// Elements written as markup.
struct Markup(String);

impl ElementSink for Markup {
    fn open(&mut self, tag: &'static str, class: &str, style: &str, nested: bool) {
        let out = &mut self.0;
        let _ = write!(out, "<{tag} class=\"{class}\"");
        if !style.is_empty() {
            let _ = write!(out, " style=\"{style}\"");
        }
        out.push_str(if nested { ">\n" } else { ">" });
    }

    fn run(&mut self, r: &Run) {
        write_run(&mut self.0, r);
    }

    fn close(&mut self, tag: &'static str) {
        let _ = writeln!(self.0, "</{tag}>");
    }
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
