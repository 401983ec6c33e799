//! The .docx backend: a [`Doc`] written with docx-rs, to the numbers of
//! `ND30.md` §1–3, §7, §9–10, §14–15.
//!
//! Page: A4 portrait, margins 20/20/30/15 mm, header distance 10 mm. Font:
//! Times New Roman for every script, black, `vi-VN`. Header and signature:
//! borderless fixed tables 3742 | 5613 twips with zero cell margins. Short
//! rules: empty paragraphs of exact 3 pt height whose bottom border is cut
//! to length by equal left and right indents. Page numbers: a default header
//! with a centred 14-pt PAGE field, `titlePg` and an empty first-page header,
//! so page 1 shows no number (ND30 PL I I.7).
//!
//! docx-rs 0.4 has no setters for the core properties' title, subject and
//! creator, nor for the document language, so after `build()` this module
//! writes `docProps/core.xml` itself and adds `<w:lang>` to the style
//! defaults. Both edits are checked by `tests/export.rs`.

use crate::domain::export::layout::{
    layout, Align, Block, Columns, Doc, Para, Points, Rule, Space, Twips, MARGIN_BOTTOM,
    MARGIN_HEADER, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, PAGE_HEIGHT, PAGE_WIDTH,
};
use crate::domain::plan::Plan;
use crate::domain::strings::error_enum;
use docx_rs::{
    AlignmentType, BorderType, Docx, FieldCharType, Header, InstrPAGE, InstrText, LineSpacing,
    LineSpacingType, PageMargin, Paragraph, ParagraphBorder, ParagraphBorderPosition,
    ParagraphBorders, Run, RunFonts, SpecialIndentType, Table, TableBorder, TableBorderPosition,
    TableBorders, TableCell, TableCellMargins, TableLayoutType, TableRow, WidthType,
};

/// The one font of a Decree 30 document (ND30 PL I I.4).
pub const FONT: &str = "Times New Roman";
/// Document language, written into the style defaults.
pub const LANG: &str = "vi-VN";

error_enum! {
    /// Why a plan could not be exported. The text is what the user reads.
    pub enum ExportError: message(lang) {
        /// The zip package could not be written.
        Package(detail: String) => (ErrDocxPackage, detail),
        /// A part docx-rs produced did not have the expected shape (a docx-rs
        /// upgrade changed its output); the file would be incomplete.
        Internal(part: &'static str) => (ErrDocxInternal, part),
    }
}

/// The plan as a .docx file.
pub fn to_docx(plan: &Plan) -> Result<Vec<u8>, ExportError> {
    doc_to_docx(&layout(plan))
}

/// A laid-out document as a .docx file.
///
/// A paragraph that starts a new page (each appendix) starts a new section
/// whose pages are numbered from 1 again, because ND30 PL I III.1.đ numbers
/// each appendix separately. docx-rs 0.4.22 loses the first-page header of
/// a `Section` that also has a default header, so the section breaks are
/// written here: a marker paragraph per break, replaced after `build()` by
/// an empty 1-pt paragraph carrying the section's `w:sectPr`. The final
/// `w:sectPr` is rewritten the same way, in the schema's element order.
pub fn doc_to_docx(doc: &Doc) -> Result<Vec<u8>, ExportError> {
    let mut docx = Docx::new()
        .default_fonts(fonts())
        .default_size(28)
        .default_line_spacing(single(Points(0), Points(0)))
        .page_size(PAGE_WIDTH.0, PAGE_HEIGHT.0)
        .page_margin(page_margin())
        .header(page_number_header())
        // `first_header` also sets `titlePg`: page 1 gets this empty header.
        .first_header(empty_header());
    let parts = split_parts(&doc.blocks);
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            docx = docx.add_paragraph(
                Paragraph::new().add_run(Run::new().add_text(section_marker(i - 1))),
            );
        }
        for child in children(part, i > 0) {
            docx = match child {
                Child::P(p) => docx.add_paragraph(*p),
                Child::T(t) => docx.add_table(*t),
            };
        }
    }
    let mut xml = docx.build();
    xml.document = write_sections(&xml.document, parts.len() - 1)?;
    xml.styles = add_language(&xml.styles)?;
    xml.doc_props.core = core_properties(doc);
    let mut out = std::io::Cursor::new(Vec::new());
    xml.pack(&mut out)
        .map_err(|e| ExportError::Package(e.to_string()))?;
    Ok(out.into_inner())
}

/// The blocks cut before each paragraph that starts a new page.
fn split_parts(blocks: &[Block]) -> Vec<&[Block]> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, b) in blocks.iter().enumerate() {
        if matches!(b, Block::Para(p) if p.page_break_before) && i > start {
            parts.push(&blocks[start..i]);
            start = i;
        }
    }
    parts.push(&blocks[start..]);
    parts
}

/// A body element.
/// Boxed: docx-rs paragraphs and tables are kilobytes each.
enum Child {
    P(Box<Paragraph>),
    T(Box<Table>),
}

/// `new_section`: the part begins after a section break, which already
/// starts a new page; a page break before its first paragraph too would
/// leave a blank page.
fn children(blocks: &[Block], new_section: bool) -> Vec<Child> {
    let mut out = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        match b {
            Block::Para(p) if new_section && i == 0 && p.page_break_before => {
                let p = Para {
                    page_break_before: false,
                    ..p.clone()
                };
                out.push(Child::P(Box::new(paragraph(&p))));
            }
            Block::Para(p) => out.push(Child::P(Box::new(paragraph(p)))),
            Block::Rule(r) => out.push(Child::P(Box::new(rule(r)))),
            Block::Space(s) => out.extend(space(s).into_iter().map(|p| Child::P(Box::new(p)))),
            Block::Columns(c) => out.push(Child::T(Box::new(table(c)))),
        }
    }
    out
}

/// Text of the placeholder paragraph for section break `n`. It starts with
/// a private-use character and must be a whole run, so no user text (which
/// is never a bare marker) can be taken for it.
fn section_marker(n: usize) -> String {
    format!("\u{E000}kehoach-section-break-{n}\u{E000}")
}

/// Puts the sections' `w:sectPr` into `document.xml`: one per marker
/// paragraph, and the final one. Every section has the same page, the two
/// headers and `titlePg`; all but the first restart numbering at 1.
fn write_sections(document: &[u8], breaks: usize) -> Result<Vec<u8>, ExportError> {
    let xml = std::str::from_utf8(document).map_err(|_| ExportError::Internal("document.xml"))?;
    let start = xml
        .rfind("<w:sectPr>")
        .ok_or(ExportError::Internal("w:sectPr"))?;
    let end = end_of(xml, start, "</w:sectPr>", "</w:sectPr>")?;
    let final_sect = &xml[start..end];
    let default_rid = header_rid(final_sect, "default").ok_or(ExportError::Internal("header"))?;
    let first_rid = header_rid(final_sect, "first").ok_or(ExportError::Internal("first header"))?;
    let sect = |restart: bool| sect_pr(&default_rid, &first_rid, restart);
    let mut out = String::with_capacity(xml.len() + 1024);
    out.push_str(&xml[..start]);
    out.push_str(&sect(breaks > 0));
    out.push_str(&xml[end..]);
    for n in 0..breaks {
        let run = format!(r#"<w:t xml:space="preserve">{}</w:t>"#, section_marker(n));
        let at = out
            .find(&run)
            .ok_or(ExportError::Internal("section marker"))?;
        let p_start = out[..at]
            .rfind("<w:p ")
            .ok_or(ExportError::Internal("section paragraph"))?;
        let p_end = end_of(&out, at, "</w:p>", "section paragraph end")?;
        // A 1-pt empty paragraph: the break takes almost no room, so it
        // cannot push an empty line onto a page of its own.
        let p = format!(
            r#"<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto" /><w:rPr><w:sz w:val="2" /><w:szCs w:val="2" /></w:rPr>{}</w:pPr></w:p>"#,
            sect(n > 0)
        );
        out.replace_range(p_start..p_end, &p);
    }
    Ok(out.into_bytes())
}

/// Where the first `close` tag at or after `from` ends; `what` names it in
/// the error when docx-rs wrote none.
fn end_of(xml: &str, from: usize, close: &str, what: &'static str) -> Result<usize, ExportError> {
    let at = xml[from..].find(close).ok_or(ExportError::Internal(what))?;
    Ok(from + at + close.len())
}

/// The relationship id of the header of a type in a `w:sectPr`.
fn header_rid(sect: &str, kind: &str) -> Option<String> {
    let tag = format!(r#"<w:headerReference w:type="{kind}" r:id=""#);
    let from = sect.find(&tag)? + tag.len();
    let len = sect[from..].find('"')?;
    Some(sect[from..from + len].to_string())
}

/// A section's properties in the order of CT_SectPr: header references,
/// page size, margins, page numbering, columns, `titlePg`.
fn sect_pr(default_rid: &str, first_rid: &str, restart: bool) -> String {
    let restart = if restart {
        r#"<w:pgNumType w:start="1" />"#
    } else {
        ""
    };
    format!(
        concat!(
            r#"<w:sectPr><w:headerReference w:type="default" r:id="{d}" />"#,
            r#"<w:headerReference w:type="first" r:id="{f}" />"#,
            r#"<w:pgSz w:w="{w}" w:h="{h}" />"#,
            r#"<w:pgMar w:top="{t}" w:right="{r}" w:bottom="{b}" w:left="{l}" w:header="{hd}" w:footer="{hd}" w:gutter="0" />"#,
            r#"{restart}<w:cols w:space="425" w:num="1" /><w:titlePg /></w:sectPr>"#
        ),
        d = default_rid,
        f = first_rid,
        w = PAGE_WIDTH.0,
        h = PAGE_HEIGHT.0,
        t = MARGIN_TOP.0,
        r = MARGIN_RIGHT.0,
        b = MARGIN_BOTTOM.0,
        l = MARGIN_LEFT.0,
        hd = MARGIN_HEADER.0,
        restart = restart,
    )
}

fn page_margin() -> PageMargin {
    PageMargin::new()
        .top(twips(MARGIN_TOP))
        .bottom(twips(MARGIN_BOTTOM))
        .left(twips(MARGIN_LEFT))
        .right(twips(MARGIN_RIGHT))
        .header(twips(MARGIN_HEADER))
        .footer(twips(MARGIN_HEADER))
        .gutter(0)
}

/// The first-page header: one empty paragraph (a header part must hold at
/// least one).
fn empty_header() -> Header {
    Header::new().add_paragraph(
        Paragraph::new()
            .size(28)
            .line_spacing(single(Points(0), Points(0))),
    )
}

fn twips(length: Twips) -> i32 {
    i32::try_from(length.0).unwrap_or(i32::MAX)
}

/// A size as docx-rs wants it: in half-points.
fn half_points(size: Points) -> usize {
    usize::from(size.0) * 2
}

fn fonts() -> RunFonts {
    RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .cs(FONT)
        .east_asia(FONT)
}

/// Single line spacing with space before and after.
fn single(before: Points, after: Points) -> LineSpacing {
    LineSpacing::new()
        .before(before.twips().0)
        .after(after.twips().0)
        .line(240)
        .line_rule(LineSpacingType::Auto)
}

fn paragraph(p: &Para) -> Paragraph {
    let sz = half_points(p.size);
    let mut out = Paragraph::new()
        .align(match p.align {
            Align::Left => AlignmentType::Left,
            Align::Center => AlignmentType::Center,
            Align::Justify => AlignmentType::Both,
        })
        .line_spacing(single(p.space_before, p.space_after))
        // The paragraph mark's size sets the height of an empty line.
        .size(sz);
    if p.first_line_indent > Twips(0) {
        out = out.indent(
            None,
            Some(SpecialIndentType::FirstLine(twips(p.first_line_indent))),
            None,
            None,
        );
    }
    if p.keep_next {
        out = out.keep_next(true);
    }
    if p.page_break_before {
        out = out.page_break_before(true);
    }
    for r in &p.runs {
        let mut run = Run::new()
            .add_text(xml_safe(&r.text))
            .size(sz)
            .color("000000");
        if r.bold {
            run = run.bold();
        }
        if r.italic {
            run = run.italic();
        }
        out = out.add_run(run);
    }
    out
}

/// ND30 §14: an empty paragraph, exact 3 pt high, whose bottom border is
/// limited by equal indents to the rule's length, centred in its container.
fn rule(r: &Rule) -> Paragraph {
    let side = twips(Twips(r.container.0.saturating_sub(r.length.0) / 2));
    let mut p = Paragraph::new()
        .line_spacing(
            LineSpacing::new()
                .before(0)
                .after(r.space_after.twips().0)
                .line(60)
                .line_rule(LineSpacingType::Exact),
        )
        .indent(Some(side), None, Some(side), None);
    // Only the bottom border: docx-rs's default border set has all four.
    p.property = p.property.set_borders(
        ParagraphBorders::with_empty().set(
            ParagraphBorder::new(ParagraphBorderPosition::Bottom)
                .val(BorderType::Single)
                .size(6)
                .space(1)
                .color("000000"),
        ),
    );
    p
}

fn space(s: &Space) -> Vec<Paragraph> {
    let sz = half_points(s.size);
    (0..s.lines)
        .map(|_| {
            Paragraph::new()
                .size(sz)
                .line_spacing(single(Points(0), Points(0)))
        })
        .collect()
}

/// A borderless fixed-layout table with zero cell margins (ND30 §14–15).
fn table(c: &Columns) -> Table {
    let widths: Vec<usize> = c.widths.iter().map(|w| w.0 as usize).collect();
    let rows = c
        .rows
        .iter()
        .map(|cells| {
            let cells = cells
                .iter()
                .zip(&widths)
                .map(|(blocks, w)| cell(blocks, *w))
                .collect();
            let row = TableRow::new(cells);
            if c.keep_together {
                row.cant_split()
            } else {
                row
            }
        })
        .collect();
    Table::new(rows)
        .set_grid(widths.clone())
        .width(widths.iter().sum(), WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .margins(TableCellMargins::new().margin(0, 0, 0, 0))
        .set_borders(no_borders())
}

fn cell(blocks: &[Block], width: usize) -> TableCell {
    let mut cell = TableCell::new().width(width, WidthType::Dxa);
    let mut any = false;
    for b in blocks {
        let paras = match b {
            Block::Para(p) => vec![paragraph(p)],
            Block::Rule(r) => vec![rule(r)],
            Block::Space(s) => space(s),
            // Tables inside the header would break the fixed grid.
            Block::Columns(_) => Vec::new(),
        };
        for p in paras {
            cell = cell.add_paragraph(p);
            any = true;
        }
    }
    if !any {
        // A cell must hold at least one paragraph.
        cell = cell.add_paragraph(Paragraph::new());
    }
    cell
}

fn no_borders() -> TableBorders {
    [
        TableBorderPosition::Top,
        TableBorderPosition::Left,
        TableBorderPosition::Bottom,
        TableBorderPosition::Right,
        TableBorderPosition::InsideH,
        TableBorderPosition::InsideV,
    ]
    .into_iter()
    .fold(TableBorders::with_empty(), |b, pos| {
        b.set(TableBorder::new(pos).border_type(BorderType::Nil))
    })
}

/// The default header: the page number, centred, 14 pt (ND30 PL I I.7).
fn page_number_header() -> Header {
    let field = Run::new()
        .size(28)
        .color("000000")
        .add_field_char(FieldCharType::Begin, false)
        .add_instr_text(InstrText::PAGE(InstrPAGE::new()))
        .add_field_char(FieldCharType::Separate, false)
        .add_text("2")
        .add_field_char(FieldCharType::End, false);
    Header::new().add_paragraph(
        Paragraph::new()
            .align(AlignmentType::Center)
            .line_spacing(single(Points(0), Points(0)))
            .size(28)
            .add_run(field),
    )
}

/// Adds `<w:lang w:val="vi-VN"/>` to the default run properties.
fn add_language(styles: &[u8]) -> Result<Vec<u8>, ExportError> {
    let xml = std::str::from_utf8(styles).map_err(|_| ExportError::Internal("styles.xml"))?;
    let lang = format!(r#"<w:lang w:val="{LANG}" w:eastAsia="{LANG}" w:bidi="{LANG}" />"#);
    let anchor = "</w:rPr></w:rPrDefault>";
    if !xml.contains(anchor) {
        return Err(ExportError::Internal("w:rPrDefault"));
    }
    Ok(xml
        .replacen(anchor, &format!("{lang}{anchor}"), 1)
        .into_bytes())
}

/// `docProps/core.xml` with title (the trích yếu), subject, creator (the
/// issuer) and language; the dates are the issuing date when set, so the
/// same plan always gives the same file.
fn core_properties(doc: &Doc) -> Vec<u8> {
    let m = &doc.meta;
    let mut x = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
    );
    let mut el = |name: &str, value: &str| {
        if !value.is_empty() {
            x.push_str(&format!("<{name}>{}</{name}>", escape_xml(value)));
        }
    };
    el("dc:title", &m.title);
    el("dc:subject", &m.subject);
    el("dc:creator", &m.creator);
    el("cp:lastModifiedBy", &m.creator);
    el("dc:language", LANG);
    if let Some(d) = m.date {
        let stamp = format!("{}T00:00:00Z", d.iso());
        for name in ["dcterms:created", "dcterms:modified"] {
            x.push_str(&format!(
                r#"<{name} xsi:type="dcterms:W3CDTF">{stamp}</{name}>"#
            ));
        }
    }
    x.push_str("</cp:coreProperties>");
    x.into_bytes()
}

/// Escapes the five XML specials and drops what XML 1.0 cannot hold.
pub(crate) fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in xml_safe(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// Text that XML 1.0 can hold, without control characters. The layout has
/// already cleaned every user string; this is the exporter's own defence,
/// because one stray U+0000 makes Word refuse the whole file. Line breaks
/// and tabs become spaces (a run never spans lines).
pub(crate) fn xml_safe(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            '\t' | '\n' | '\r' => Some(' '),
            c if c.is_control() => None,
            '\u{FFFE}' | '\u{FFFF}' => None,
            c => Some(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_safe_drops_controls_and_nonchars() {
        assert_eq!(xml_safe("a\u{0}b\u{1b}c\u{FFFF}\u{85}d\ne"), "abcd e");
    }
}
