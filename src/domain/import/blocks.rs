//! What a document is made of once its container is gone: paragraphs and
//! tables, in order ([`Block`]), and the flat list of lines the recogniser
//! reads ([`Line`]).
//!
//! A .docx gives paragraphs with their alignment, weight, style and list
//! level; pasted text gives lines with nothing else. Both end up as
//! [`Line`]s so that one recogniser reads both.

/// Horizontal alignment of a paragraph, as the file says (text: `Left`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    #[default]
    Left,
    Center,
    Right,
    Justify,
}

/// One paragraph of a .docx (or one line of text).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Para {
    /// The text, NFC; `\t` where the file had a tab, `\n` for a line break
    /// inside the paragraph.
    pub text: String,
    pub align: Align,
    /// Every run with text is bold.
    pub bold: bool,
    /// Heading level from a "Heading n" / "Title" style.
    pub heading: Option<u8>,
    /// Level of an automatic list (w:numPr/w:ilvl).
    pub list_level: Option<u8>,
}

/// A table: rows of cells of paragraphs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    pub rows: Vec<Vec<Vec<Para>>>,
}

impl Table {
    /// Most cells in a row.
    pub fn columns(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }
}

/// A block of a document, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Para(Para),
    Table(Table),
}

/// One line the recogniser reads.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Line {
    /// As in the source after NFC, tabs and runs of spaces kept (the header's
    /// two columns are often only apart by them).
    pub raw: String,
    /// Whitespace collapsed to single spaces, trimmed.
    pub text: String,
    pub bold: bool,
    pub center: bool,
    pub heading: Option<u8>,
    pub list_level: Option<u8>,
    /// Came from a table cell.
    pub in_table: bool,
}

impl Line {
    /// A line of plain text.
    pub fn plain(raw: &str) -> Line {
        Line {
            raw: raw.to_string(),
            text: collapse(raw),
            ..Line::default()
        }
    }

    fn from_para(p: &Para, raw: &str, in_table: bool) -> Line {
        Line {
            raw: raw.to_string(),
            text: collapse(raw),
            bold: p.bold,
            center: p.align == Align::Center,
            heading: p.heading,
            list_level: p.list_level,
            in_table,
        }
    }
}

/// Runs of whitespace (tabs, no-break spaces) as one space, trimmed.
pub fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(|c: char| c.is_whitespace() || c == '\u{a0}') {
        if w.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The lines of a document in reading order. A two-column table (the
/// header block, Nơi nhận beside the signer) is read column by column, the
/// way the eye reads it; a wider table row by row, its cells joined by tabs.
/// A line break inside a paragraph starts a new line. Empty lines are
/// dropped.
pub fn lines(blocks: &[Block]) -> Vec<Line> {
    let mut out = Vec::new();
    for b in blocks {
        match b {
            Block::Para(p) => push_para(&mut out, p, false),
            Block::Table(t) if t.columns() <= 2 => {
                for col in 0..t.columns() {
                    for row in &t.rows {
                        for p in row.get(col).into_iter().flatten() {
                            push_para(&mut out, p, true);
                        }
                    }
                }
            }
            Block::Table(t) => {
                for row in &t.rows {
                    let cells: Vec<String> = row
                        .iter()
                        .map(|cell| {
                            let texts: Vec<String> =
                                cell.iter().map(|p| collapse(&p.text)).collect();
                            texts.join(" ")
                        })
                        .collect();
                    let raw = cells.join("\t");
                    if !raw.trim().is_empty() {
                        out.push(Line {
                            text: collapse(&raw),
                            raw,
                            in_table: true,
                            ..Line::default()
                        });
                    }
                }
            }
        }
    }
    out
}

fn push_para(out: &mut Vec<Line>, p: &Para, in_table: bool) {
    for raw in p.text.split('\n') {
        if !raw.trim().is_empty() {
            out.push(Line::from_para(p, raw, in_table));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(t: &str) -> Para {
        Para {
            text: t.into(),
            ..Para::default()
        }
    }

    #[test]
    fn two_column_tables_read_column_by_column() {
        let t = Table {
            rows: vec![
                vec![vec![para("A1")], vec![para("B1")]],
                vec![vec![para("A2")], vec![para("B2\nB3")]],
            ],
        };
        let got: Vec<String> = lines(&[Block::Table(t)])
            .into_iter()
            .map(|l| l.text)
            .collect();
        assert_eq!(got, ["A1", "A2", "B1", "B2", "B3"]);
    }

    #[test]
    fn wide_tables_read_row_by_row_with_tabs() {
        let t = Table {
            rows: vec![vec![
                vec![para("1")],
                vec![para("Tập  huấn")],
                vec![para("3/2024")],
            ]],
        };
        let got = lines(&[Block::Table(t)]);
        assert_eq!(got[0].raw, "1\tTập huấn\t3/2024");
        assert_eq!(got[0].text, "1 Tập huấn 3/2024");
    }
}
