//! A .docx as [`Block`]s: the `zip` crate opens the container, `quick-xml`
//! reads `word/document.xml`. Only what recognising a plan needs is kept:
//! paragraph text (tabs as `\t`, line breaks as `\n`), alignment, bold,
//! heading styles, list levels, and tables as rows of cells.
//!
//! Bounded: the text part is read through `take`, so a zip bomb stops at
//! [`MAX_DOCUMENT_XML_BYTES`] unpacked bytes whatever its header claims.

use super::blocks::{Align, Block, Para, Table};
use super::classify::{ReadError, MAX_DOCUMENT_XML_BYTES};
use crate::domain::text::nfc;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::io::{Cursor, Read};

/// The blocks of a .docx file.
pub fn read_docx(bytes: &[u8]) -> Result<Vec<Block>, ReadError> {
    let broken = |e: &dyn std::fmt::Display| ReadError::BrokenDocx {
        detail: e.to_string(),
    };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| broken(&e))?;
    let xml = {
        let file = match archive.by_name("word/document.xml") {
            Ok(f) => f,
            Err(zip::result::ZipError::FileNotFound) => return Err(ReadError::NotDocx),
            Err(e) => return Err(broken(&e)),
        };
        let mut xml = Vec::new();
        file.take(MAX_DOCUMENT_XML_BYTES as u64 + 1)
            .read_to_end(&mut xml)
            .map_err(|e| broken(&e))?;
        if xml.len() > MAX_DOCUMENT_XML_BYTES {
            return Err(ReadError::DocxTooBig {
                max: MAX_DOCUMENT_XML_BYTES,
            });
        }
        xml
    };
    let xml = String::from_utf8(xml).map_err(|e| broken(&e))?;
    parse_document_xml(&xml).map_err(|e| broken(&e))
}

/// A table being read; nested tables become paragraphs of their cell.
#[derive(Default)]
struct OpenTable {
    rows: Vec<Vec<Vec<Para>>>,
}

#[derive(Default)]
struct State {
    blocks: Vec<Block>,
    tables: Vec<OpenTable>,
    para: Option<Para>,
    /// Runs with text seen, and how many were bold.
    runs: (u32, u32),
    in_ppr: bool,
    in_rpr: bool,
    run_bold: bool,
    in_text: bool,
    /// Depth inside content that repeats other content (mc:Fallback) or is
    /// not text (deleted runs, field instructions).
    skip: u32,
}

/// The blocks of a `word/document.xml`.
pub fn parse_document_xml(xml: &str) -> Result<Vec<Block>, quick_xml::Error> {
    let mut reader = Reader::from_str(xml);
    let mut st = State::default();
    loop {
        match reader.read_event()? {
            Event::Start(e) => st.start(&e, false),
            Event::Empty(e) => st.start(&e, true),
            Event::End(e) => st.end(e.name().as_ref()),
            Event::Text(t) if st.in_text && st.skip == 0 => {
                if let Ok(s) = t.decode() {
                    st.push_text(&s);
                }
            }
            Event::GeneralRef(r) if st.in_text && st.skip == 0 => {
                let text = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => match r.decode().as_deref() {
                        Ok("amp") => "&".into(),
                        Ok("lt") => "<".into(),
                        Ok("gt") => ">".into(),
                        Ok("quot") => "\"".into(),
                        Ok("apos") => "'".into(),
                        _ => String::new(),
                    },
                };
                st.push_text(&text);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(st.blocks)
}

fn attr(e: &BytesStart, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

/// `<w:b/>` is on; `w:val="0"`/`"false"`/`"none"` is off.
fn on(e: &BytesStart) -> bool {
    !matches!(
        attr(e, b"w:val").as_deref(),
        Some("0" | "false" | "off" | "none")
    )
}

impl State {
    fn start(&mut self, e: &BytesStart, empty: bool) {
        let name = e.name();
        let name = name.as_ref();
        if matches!(
            name,
            b"mc:Fallback" | b"w:del" | b"w:instrText" | b"w:delText"
        ) {
            if !empty {
                self.skip += 1;
            }
            return;
        }
        if self.skip > 0 {
            return;
        }
        match name {
            b"w:p" => {
                self.para = Some(Para::default());
                self.runs = (0, 0);
                if empty {
                    self.end(b"w:p");
                }
            }
            b"w:pPr" if !empty => self.in_ppr = true,
            b"w:rPr" if !empty => self.in_rpr = true,
            b"w:r" => self.run_bold = false,
            b"w:b" if self.in_rpr && !self.in_ppr => self.run_bold = on(e),
            b"w:jc" if self.in_ppr => {
                if let Some(p) = &mut self.para {
                    p.align = match attr(e, b"w:val").as_deref() {
                        Some("center") => Align::Center,
                        Some("right" | "end") => Align::Right,
                        Some("both" | "distribute") => Align::Justify,
                        _ => Align::Left,
                    };
                }
            }
            b"w:pStyle" => {
                if let (Some(p), Some(v)) = (&mut self.para, attr(e, b"w:val")) {
                    p.heading = heading_level(&v);
                }
            }
            b"w:ilvl" if self.in_ppr => {
                if let Some(p) = &mut self.para {
                    p.list_level = attr(e, b"w:val").and_then(|v| v.parse().ok());
                }
            }
            b"w:numId" if self.in_ppr => {
                if let Some(p) = &mut self.para {
                    p.list_level.get_or_insert(0);
                }
            }
            b"w:t" if !empty => self.in_text = true,
            b"w:tab" if !self.in_ppr => self.push_raw('\t'),
            b"w:br" | b"w:cr" => self.push_raw('\n'),
            b"w:tbl" => self.tables.push(OpenTable::default()),
            b"w:tr" => {
                if let Some(t) = self.tables.last_mut() {
                    t.rows.push(Vec::new());
                }
            }
            b"w:tc" => {
                if let Some(row) = self.tables.last_mut().and_then(|t| t.rows.last_mut()) {
                    row.push(Vec::new());
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &[u8]) {
        if matches!(
            name,
            b"mc:Fallback" | b"w:del" | b"w:instrText" | b"w:delText"
        ) {
            self.skip = self.skip.saturating_sub(1);
            return;
        }
        if self.skip > 0 {
            return;
        }
        match name {
            b"w:pPr" => self.in_ppr = false,
            b"w:rPr" => self.in_rpr = false,
            b"w:t" => self.in_text = false,
            b"w:p" => {
                if let Some(mut p) = self.para.take() {
                    p.text = nfc(&p.text);
                    p.bold = self.runs.0 > 0 && self.runs.0 == self.runs.1;
                    self.push_para(p);
                }
            }
            b"w:tbl" => {
                if let Some(t) = self.tables.pop() {
                    let table = Table { rows: t.rows };
                    if self.tables.is_empty() {
                        self.blocks.push(Block::Table(table));
                    } else {
                        // A table inside a cell: its rows as paragraphs of
                        // that cell, cells apart by tabs.
                        for row in table.rows {
                            let cells: Vec<String> = row
                                .iter()
                                .map(|c| {
                                    c.iter()
                                        .map(|p| p.text.as_str())
                                        .collect::<Vec<_>>()
                                        .join(" ")
                                })
                                .collect();
                            self.push_para(Para {
                                text: cells.join("\t"),
                                ..Para::default()
                            });
                        }
                    }
                }
            }
            _ => {}
        }
    }

    fn push_para(&mut self, p: Para) {
        match self.tables.last_mut() {
            Some(t) => {
                if let Some(cell) = t.rows.last_mut().and_then(|r| r.last_mut()) {
                    cell.push(p);
                }
            }
            None => self.blocks.push(Block::Para(p)),
        }
    }

    fn push_text(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        if let Some(p) = &mut self.para {
            p.text.push_str(s);
            if !s.trim().is_empty() {
                self.runs.0 += 1;
                if self.run_bold {
                    self.runs.1 += 1;
                }
            }
        }
    }

    fn push_raw(&mut self, c: char) {
        if let Some(p) = &mut self.para {
            p.text.push(c);
        }
    }
}

/// "Heading1", "heading 2", "Title", "u1" (Word's Vietnamese id) → level.
fn heading_level(style: &str) -> Option<u8> {
    let lower = style.to_ascii_lowercase().replace(' ', "");
    if lower == "title" {
        return Some(0);
    }
    let digits = lower
        .strip_prefix("heading")
        .or_else(|| lower.strip_prefix('u'))?;
    digits.parse().ok().filter(|n| (1..=9).contains(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    fn doc(body: &str) -> String {
        format!(r#"<?xml version="1.0"?><w:document {NS}><w:body>{body}</w:body></w:document>"#)
    }

    #[test]
    fn paragraphs_keep_alignment_bold_tabs_and_entities() {
        let xml = doc(concat!(
            r#"<w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:i/></w:rPr></w:pPr>"#,
            r#"<w:r><w:rPr><w:b/></w:rPr><w:t>KẾ HOẠCH</w:t></w:r></w:p>"#,
            r#"<w:p><w:r><w:t xml:space="preserve">Số: 05/KH-A&amp;B</w:t></w:r><w:r><w:tab/><w:t>Hà Nội</w:t></w:r></w:p>"#,
        ));
        let blocks = parse_document_xml(&xml).unwrap();
        let Block::Para(p) = &blocks[0] else { panic!() };
        assert_eq!(p.text, "KẾ HOẠCH");
        assert!(p.bold);
        assert_eq!(p.align, Align::Center);
        let Block::Para(p) = &blocks[1] else { panic!() };
        assert_eq!(p.text, "Số: 05/KH-A&B\tHà Nội");
        assert!(!p.bold);
    }

    #[test]
    fn tables_have_rows_of_cells_and_fallbacks_are_skipped() {
        let xml = doc(concat!(
            r#"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>UBND</w:t></w:r></w:p></w:tc>"#,
            r#"<w:tc><w:p><w:r><w:t>CỘNG HÒA</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#,
            r#"<w:p><w:r><mc:AlternateContent xmlns:mc="x"><mc:Choice><w:t>A</w:t></mc:Choice>"#,
            r#"<mc:Fallback><w:t>A</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>"#,
        ));
        let blocks = parse_document_xml(&xml).unwrap();
        let Block::Table(t) = &blocks[0] else {
            panic!()
        };
        assert_eq!(t.rows[0][1][0].text, "CỘNG HÒA");
        let Block::Para(p) = &blocks[1] else { panic!() };
        assert_eq!(p.text, "A");
    }

    #[test]
    fn heading_styles() {
        assert_eq!(heading_level("Heading1"), Some(1));
        assert_eq!(heading_level("heading 2"), Some(2));
        assert_eq!(heading_level("Title"), Some(0));
        assert_eq!(heading_level("Normal"), None);
    }
}
