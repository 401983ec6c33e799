//! The laid-out page as plain data: a [`Doc`] of [`Block`]s whose styles
//! are typed values (sizes in [`Points`], lengths in [`Twips`], an
//! [`Align`], bold and italic runs), never markup. Each backend (the .docx,
//! the HTML page and print view, the editor's preview) turns them into its
//! own units and syntax.
//!
//! Every type is `Eq + Hash`, so the preview can key a block by its content.

use super::kind::Kind;
use crate::domain::date::Date;
use crate::domain::section::SectionId;

/// A length in typographic points (1/72 inch): font sizes and the space
/// around paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Points(pub u8);

impl Points {
    /// The same length in twips.
    pub fn twips(self) -> Twips {
        Twips(u32::from(self.0) * 20)
    }
}

/// A length in twips (1/20 point, 1/1440 inch), the unit of Word's page
/// geometry: page size, margins, columns, indents and rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Twips(pub u32);

impl Twips {
    /// The same length in points, fractional.
    pub fn points(self) -> f64 {
        f64::from(self.0) / 20.0
    }
}

/// A laid-out plan.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Doc {
    pub meta: Meta,
    pub blocks: Vec<Block>,
}

/// Document properties (the .docx core properties, the HTML `<title>`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Meta {
    /// The trích yếu, on one line.
    pub title: String,
    /// What kind of plan this is, in words.
    pub subject: String,
    /// The issuer, as the user wrote it.
    pub creator: String,
    /// The issuing date, when set.
    pub date: Option<Date>,
}

/// One block of the page, in reading order.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Block {
    Para(Para),
    /// A short solid line centred under the text above it.
    Rule(Rule),
    /// Empty lines (the room for signature and seal).
    Space(Space),
    /// Two borderless columns: the header and the signature block.
    Columns(Columns),
}

/// Horizontal alignment of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Align {
    Left,
    Center,
    Justify,
}

/// A piece of text with one style.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Run {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
}

/// A paragraph: one line of the header, a heading, a list item, a body
/// paragraph. Every style value is resolved here.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Para {
    pub kind: Kind,
    /// The editor section this text comes from (for click-to-edit).
    pub section: Option<SectionId>,
    pub runs: Vec<Run>,
    /// Font size.
    pub size: Points,
    pub align: Align,
    /// Indent of the first line; zero for none.
    pub first_line_indent: Twips,
    /// Space before and after.
    pub space_before: Points,
    pub space_after: Points,
    /// Keep on the same page as the next block (headings, the last content
    /// paragraph before the signature).
    pub keep_next: bool,
    /// Start a new page whose numbering starts again from 1: each appendix
    /// (ND30 PL I III.1.đ). The .docx opens a new section here.
    pub page_break_before: bool,
}

impl Para {
    /// A paragraph of one run, styled by its kind.
    pub fn new(kind: Kind, section: Option<SectionId>, text: impl Into<String>) -> Para {
        let style = kind.style();
        Para {
            kind,
            section,
            runs: vec![Run {
                text: text.into(),
                bold: style.bold,
                italic: style.italic,
            }],
            size: style.size,
            align: style.align,
            first_line_indent: style.first_line_indent,
            space_before: style.before,
            space_after: style.after,
            keep_next: style.keep_next,
            page_break_before: false,
        }
    }

    /// The text of all runs.
    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }
}

/// A short rule, centred in its container.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Rule {
    pub kind: Kind,
    /// Length of the line.
    pub length: Twips,
    /// Width of the cell or text area it is centred in.
    pub container: Twips,
    /// Space after the rule.
    pub space_after: Points,
}

/// Empty lines of a given size.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Space {
    pub kind: Kind,
    pub lines: u8,
    /// Font size of each line.
    pub size: Points,
}

/// Two borderless columns of [`COLUMN_WIDTHS`]. Rows line up: the header's
/// second row holds "Số:" and the date line, which the decree puts on the
/// same line.
///
/// [`COLUMN_WIDTHS`]: super::COLUMN_WIDTHS
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Columns {
    pub kind: Kind,
    pub widths: [Twips; 2],
    pub rows: Vec<[Vec<Block>; 2]>,
    /// Never split a row across pages (the signature block).
    pub keep_together: bool,
}

/// A paragraph block of one run, styled by its kind.
pub(super) fn para(kind: Kind, section: Option<SectionId>, text: impl Into<String>) -> Block {
    Block::Para(Para::new(kind, section, text))
}

/// A rule block, never longer than its container.
pub(super) fn rule(kind: Kind, length: Twips, container: Twips, space_after: Points) -> Block {
    Block::Rule(Rule {
        kind,
        length: length.min(container),
        container,
        space_after,
    })
}
