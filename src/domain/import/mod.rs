//! Reading the plans people already have: a .docx from Word or
//! LibreOffice, text pasted from a web page or a PDF, a .txt file, or a
//! draft file of this app, into the [`Plan`] the editor and the checklist
//! use, with the findings only an original text can have.
//!
//! Steps, one file each: [`classify`] (what the file is, bounded cost,
//! messages for what cannot be read), [`docx`] and [`text`] (to
//! [`blocks`]), [`recognise`] with [`header`], [`body`], `tail` and [`items`]
//! (to a plan; nothing is dropped: what no field holds is kept in
//! `Plan::unplaced`), [`findings`] (the rules), [`summary`] (the JSON the
//! command-line tool prints), [`review`] (what the widget shows before a
//! read plan becomes a draft).

pub mod blocks;
pub mod body;
pub mod classify;
pub mod docx;
pub mod findings;
pub mod header;
pub mod items;
pub mod recognise;
pub mod review;
pub mod summary;
mod tail;
pub mod text;
mod words;

pub use classify::{ReadError, MAX_DOCUMENT_XML_BYTES, MAX_FILE_BYTES};
pub use findings::{check, original_findings, Checked, Found, ORIGINAL_TEXT_RULES};
pub use header::HeaderText;
pub use recognise::{recognise, DocumentKind, Heading, Recognised};

use crate::domain::draft::{import_file, ImportError};
use crate::domain::nd30::date_line;
use crate::domain::plan::Plan;
use classify::{classify, decode_text, Kind};

/// Where a read document came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Docx,
    Text,
    /// A draft file (or a bare plan) of this app: nothing to recognise.
    Draft,
}

/// One document read from a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub source: Source,
    pub recognised: Recognised,
}

/// Reads a file: one document for a .docx or a text, one per draft for a
/// draft file.
pub fn read(bytes: &[u8]) -> Result<Vec<Imported>, ReadError> {
    match classify(bytes)? {
        Kind::Docx => {
            let blocks = docx::read_docx(bytes)?;
            Ok(vec![Imported {
                source: Source::Docx,
                recognised: recognise(&blocks::lines(&blocks)),
            }])
        }
        Kind::Text(encoding) => {
            let text = decode_text(bytes, encoding)?;
            Ok(vec![read_text(&text)])
        }
        Kind::Json => {
            let plans = match import_file(bytes) {
                Ok(plans) => plans.into_iter().map(|(_, p)| p).collect(),
                Err(ImportError::NotOurs) => {
                    vec![bare_plan(bytes).ok_or(ReadError::Draft(ImportError::NotOurs))?]
                }
                Err(e) => return Err(ReadError::Draft(e)),
            };
            Ok(plans
                .into_iter()
                .map(|plan| Imported {
                    source: Source::Draft,
                    recognised: from_plan(plan),
                })
                .collect())
        }
    }
}

/// Reads pasted text.
pub fn read_text(text: &str) -> Imported {
    Imported {
        source: Source::Text,
        recognised: recognise(&text::text_lines(text)),
    }
}

/// A plan JSON written by hand or by a script (every field defaults, so
/// insist on a header or a title).
pub fn bare_plan(bytes: &[u8]) -> Option<Plan> {
    let value: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    let obj = value.as_object()?;
    if !(obj.contains_key("header") || obj.contains_key("title")) {
        return None;
    }
    let mut plan: Plan = serde_json::from_value(value).ok()?;
    plan.normalize();
    Some(plan)
}

/// A plan of this app seen as a read document (its header as the
/// exporter writes it).
pub fn from_plan(plan: Plan) -> Recognised {
    let h = &plan.header;
    let abbr = crate::domain::nd30::normalize_abbr(&h.issuer_abbr);
    let header = HeaderText {
        parent_body: h.parent_body.clone(),
        issuer: h.issuer.clone(),
        number: Some(h.number.clone()),
        symbol: Some(format!("KH-{abbr}")),
        date_line: Some(date_line(&h.place, h.date, plan.period.first_year())),
        place: h.place.clone(),
        date: h.date,
        ..HeaderText::default()
    };
    Recognised {
        document: DocumentKind::Plan,
        title: Some("KẾ HOẠCH".to_string()),
        subject: plan.title.subject.clone(),
        header,
        headings: Vec::new(),
        subheadings: Vec::new(),
        plan,
    }
}
