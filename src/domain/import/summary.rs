//! The record of one checked file, as `kehoach check --json` prints it
//! (the keys are documented in the README and never renamed).

use super::findings::Checked;
use super::recognise::{DocumentKind, Heading, Recognised};
use crate::domain::checklist::Severity;
use crate::domain::section::SectionId;
use serde::Serialize;

/// One file.
#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    pub file: String,
    pub document: DocumentKind,
    pub header: HeaderJson,
    pub title: Option<String>,
    pub subject: Option<String>,
    /// The plan kind code ("annual" …); `null` for what is not a plan.
    pub kind: Option<&'static str>,
    pub citations: Vec<CitationJson>,
    pub sections: Vec<Heading>,
    pub unplaced: Vec<UnplacedJson>,
    pub findings: Vec<FindingJson>,
    pub completeness: Option<u8>,
    /// Why the file could not be read (then everything else is empty).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct HeaderJson {
    pub parent_body: Option<String>,
    pub issuer: Option<String>,
    pub number: Option<String>,
    pub symbol: Option<String>,
    pub place: Option<String>,
    pub date: Option<String>,
    pub date_line: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CitationJson {
    #[serde(rename = "type")]
    pub doc_type: &'static str,
    pub number: Option<String>,
    pub symbol: Option<String>,
    pub date: Option<String>,
    pub issuer: Option<String>,
    pub subject: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct UnplacedJson {
    pub section: Option<SectionId>,
    pub heading: Option<String>,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct FindingJson {
    pub rule: &'static str,
    pub severity: Severity,
    pub section: SectionId,
    pub message: String,
    pub excerpt: Option<String>,
}

fn some(s: &str) -> Option<String> {
    (!s.trim().is_empty()).then(|| s.to_string())
}

impl FileReport {
    /// The record of a read and checked document.
    pub fn new(file: &str, r: &Recognised, checked: &Checked) -> FileReport {
        let h = &r.header;
        let p = &r.plan;
        FileReport {
            file: file.to_string(),
            document: r.document,
            header: HeaderJson {
                parent_body: some(&h.parent_body),
                issuer: some(&h.issuer),
                number: h.number.clone(),
                symbol: h.symbol.clone(),
                place: some(&h.place),
                date: h.date.map(|d| d.iso()),
                date_line: h.date_line.clone(),
            },
            title: r.title.clone(),
            subject: some(&r.subject).or_else(|| h.vv.clone()),
            kind: (r.document == DocumentKind::Plan).then(|| p.kind.code()),
            citations: p
                .basis
                .iter()
                .map(|c| CitationJson {
                    doc_type: c.doc_type.name_vi(),
                    number: some(&c.number),
                    symbol: some(&c.symbol),
                    date: c.date.map(|d| d.iso()),
                    issuer: some(&c.issuer),
                    subject: some(&c.subject),
                })
                .collect(),
            sections: r.headings.clone(),
            unplaced: p
                .unplaced
                .iter()
                .map(|u| UnplacedJson {
                    section: u.section,
                    heading: some(&u.heading),
                    text: u.text.clone(),
                })
                .collect(),
            findings: checked
                .findings
                .iter()
                .map(|f| FindingJson {
                    rule: f.finding.rule.code(),
                    severity: f.finding.severity,
                    section: f.finding.section,
                    message: f.finding.message.clone(),
                    excerpt: f.excerpt.clone(),
                })
                .collect(),
            completeness: checked.completeness,
            error: None,
        }
    }

    /// The record of a file that could not be read.
    pub fn unreadable(file: &str, message: String) -> FileReport {
        FileReport {
            file: file.to_string(),
            document: DocumentKind::Unknown,
            header: HeaderJson::default(),
            title: None,
            subject: None,
            kind: None,
            citations: Vec::new(),
            sections: Vec::new(),
            unplaced: Vec::new(),
            findings: Vec::new(),
            completeness: None,
            error: Some(message),
        }
    }

    /// Does the file have an error finding?
    pub fn has_error(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }
}
