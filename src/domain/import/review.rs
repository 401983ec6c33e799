//! What the widget shows after reading a plan the teacher already has, and
//! before anything is saved: the kind of document, the header as written,
//! each section found with what it holds, how much text was not placed and
//! how many findings the checks have.
//!
//! [`open`] runs in the export worker (src/bin/export_worker.rs), which
//! already holds zip; the editor only deserialises the [`Review`] and the
//! draft file it comes with, so the reader never enters the editor's or the
//! start module's wasm. The worker counts only the findings of the original
//! text; the checklist, which the editor already holds (with the
//! webmaster's catalogue), is added there ([`Review::add_checklist`]), so
//! the worker does not carry the checklist as well.

use super::{
    original_findings, read, read_text, DocumentKind, ReadError, Recognised, MAX_FILE_BYTES,
};
use crate::domain::checklist::{Report, Severity};
use crate::domain::draft::{default_name, export_file, DraftMeta};
use crate::domain::nd30::citation_short;
use crate::domain::plan::Plan;
use crate::domain::section::SectionId;
use serde::{Deserialize, Serialize};

/// What was given to the reader.
#[derive(Debug, Clone, Copy)]
pub enum Input<'a> {
    /// A chosen file's bytes.
    File(&'a [u8]),
    /// Text pasted into the widget.
    Text(&'a str),
}

/// A read document, ready for the review and for "Mở để sửa".
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    /// A draft file (`draft::export_file`) holding the plan(s) read: the
    /// editor imports it as new drafts through the drafts' own path.
    pub draft_json: String,
    pub review: Review,
}

/// The review of the first (usually the only) document read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub document: DocumentKind,
    /// The header as written (empty when not found).
    pub parent_body: String,
    pub issuer: String,
    /// "Số: 08/KH-THAB" as written, or empty.
    pub reference: String,
    pub date_line: String,
    /// The tên loại as written ("KẾ HOẠCH"), or empty.
    pub title: String,
    /// The trích yếu (a letter's "V/v …").
    pub subject: String,
    /// Each section that holds something, in the plan's order.
    pub sections: Vec<SectionSummary>,
    /// Paragraphs no field holds (listed from the plan itself).
    pub unplaced: usize,
    pub errors: usize,
    pub warnings: usize,
    pub hints: usize,
    /// The checklist's 0–100; `None` for a letter or an unknown document,
    /// and until [`Review::add_checklist`].
    pub completeness: Option<u8>,
    /// Plans in the file (a draft file of this app may hold several).
    pub plans: usize,
}

/// One section of a read plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionSummary {
    pub section: SectionId,
    /// The mục heading it was read from, as written, if any.
    pub heading: String,
    /// How many entries it holds (citations, targets, tasks, roles …).
    pub items: usize,
    /// Its first entry, on one line.
    pub first: String,
}

/// Reads a file or pasted text and checks its original text. `now` is the
/// ISO time written in the draft file.
pub fn open(input: Input<'_>, now: &str) -> Result<Opened, ReadError> {
    let docs = match input {
        Input::File(bytes) => read(bytes)?,
        Input::Text(text) if text.trim().is_empty() => return Err(ReadError::Empty),
        Input::Text(text) if text.len() > MAX_FILE_BYTES => {
            return Err(ReadError::TooLarge {
                size: text.len(),
                max: MAX_FILE_BYTES,
            })
        }
        Input::Text(text) => vec![read_text(text)],
    };
    let plans = docs.len();
    let first = docs.first().ok_or(ReadError::Empty)?;
    let mut review = Review::of(&first.recognised);
    review.plans = plans;
    let completeness = 0;
    let drafts: Vec<(DraftMeta, Plan)> = docs
        .into_iter()
        .enumerate()
        .map(|(n, doc)| {
            let plan = doc.recognised.plan;
            let meta = DraftMeta {
                id: format!("read-{}", n + 1),
                name: default_name(&plan),
                kind: plan.kind,
                saved_at: now.to_string(),
                completeness: if n == 0 { completeness } else { 0 },
            };
            (meta, plan)
        })
        .collect();
    Ok(Opened {
        draft_json: export_file(&drafts, now),
        review,
    })
}

impl Review {
    /// The review of one read document, with the findings only its
    /// original text can have (see [`Review::add_checklist`]).
    pub fn of(r: &Recognised) -> Review {
        let original = original_findings(r);
        let count = |s: Severity| original.iter().filter(|f| f.finding.severity == s).count();
        let h = &r.header;
        let reference = h
            .so_line
            .clone()
            .unwrap_or_else(|| match (&h.number, &h.symbol) {
                (Some(n), Some(s)) => format!("Số: {n}/{s}"),
                _ => String::new(),
            });
        let plan = &r.plan;
        let sections = SectionId::ALL
            .into_iter()
            .filter(|&s| !matches!(s, SectionId::Header | SectionId::Title))
            .filter(|&s| plan.has_content(s))
            .map(|s| {
                let (items, first) = contents(plan, s);
                SectionSummary {
                    section: s,
                    heading: r
                        .headings
                        .iter()
                        .find(|h| h.id == Some(s))
                        .map(|h| h.heading.clone())
                        .unwrap_or_default(),
                    items,
                    first: one_line(&first),
                }
            })
            .collect();
        Review {
            document: r.document,
            parent_body: h.parent_body.clone(),
            issuer: h.issuer.clone(),
            reference,
            date_line: h.date_line.clone().unwrap_or_default(),
            title: r.title.clone().unwrap_or_default(),
            subject: if r.subject.trim().is_empty() {
                h.vv.clone().unwrap_or_default()
            } else {
                r.subject.clone()
            },
            sections,
            unplaced: plan.unplaced.len(),
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            hints: count(Severity::Hint),
            completeness: None,
            plans: 1,
        }
    }

    /// Adds the checklist's findings and completeness, for a plan (a
    /// letter or an unknown document is not scored as a plan): the same
    /// counts as `import::check`.
    pub fn add_checklist(&mut self, report: &Report) {
        if self.document != DocumentKind::Plan {
            return;
        }
        let count = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count();
        self.errors += count(Severity::Error);
        self.warnings += count(Severity::Warning);
        self.hints += count(Severity::Hint);
        self.completeness = Some(report.completeness);
    }
}

/// How many entries a section holds, and its first one.
fn contents(p: &Plan, s: SectionId) -> (usize, String) {
    let first_of = |v: &[String]| v.iter().find(|x| !x.trim().is_empty()).cloned();
    let text = |t: &str| (usize::from(!t.trim().is_empty()), t.to_string());
    match s {
        SectionId::Header | SectionId::Title => (0, String::new()),
        SectionId::Basis => (
            p.basis.len(),
            p.basis
                .first()
                .map(citation_short)
                .unwrap_or_else(|| p.lead_in.clone()),
        ),
        SectionId::Purposes => (
            p.purposes.len() + p.requirements.len(),
            first_of(&p.purposes)
                .or_else(|| first_of(&p.requirements))
                .unwrap_or_else(|| p.theme.clone()),
        ),
        SectionId::Targets => (
            p.targets.len(),
            p.targets
                .first()
                .map(|t| {
                    let value = [t.value.as_str(), t.unit.label()].join(" ");
                    [t.group.as_str(), t.what.as_str(), value.trim()]
                        .iter()
                        .filter(|x| !x.trim().is_empty())
                        .copied()
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .unwrap_or_else(|| p.general_aim.clone()),
        ),
        SectionId::Tasks => (
            p.tasks().count(),
            p.task_groups
                .iter()
                .map(|g| g.title.clone())
                .chain(p.tasks().map(|t| t.text.clone()))
                .find(|t| !t.trim().is_empty())
                .unwrap_or_default(),
        ),
        SectionId::Organisation => (
            p.assignments.len(),
            p.assignments
                .first()
                .map(|a| a.role.clone())
                .unwrap_or_default(),
        ),
        SectionId::Funding => text(&p.funding),
        SectionId::Reporting => (
            p.reports.len(),
            p.reports
                .first()
                .map(|r| {
                    let date = r.date.map(|d| d.dd_mm_yyyy()).unwrap_or_default();
                    [r.content.as_str(), date.as_str(), r.recipient.as_str()]
                        .iter()
                        .filter(|x| !x.trim().is_empty())
                        .copied()
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default(),
        ),
        SectionId::Closing => text(&p.closing),
        SectionId::Recipients => (
            p.recipients.len(),
            first_of(&p.recipients).unwrap_or_default(),
        ),
        SectionId::Signature => {
            let g = &p.signer;
            let parts = [g.authority.prefix(), &g.title, &g.deputy_title, &g.name];
            let line: Vec<&str> = parts
                .iter()
                .filter(|x| !x.trim().is_empty())
                .copied()
                .collect();
            (1, line.join(" "))
        }
        SectionId::Appendices => (
            p.appendices.len(),
            p.appendices
                .first()
                .map(|a| a.title.clone())
                .unwrap_or_default(),
        ),
    }
}

/// The first line of a text, whitespace collapsed, at most 160 characters.
fn one_line(s: &str) -> String {
    const MAX: usize = 160;
    let line = s.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let words: Vec<&str> = line.split_whitespace().collect();
    let line = words.join(" ");
    if line.chars().count() <= MAX {
        return line;
    }
    let mut out: String = line.chars().take(MAX - 1).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::draft::import_file;

    const GLUED: &str = "Cập nhật lúc 08:15 | Tin tức\n\
PHÒNG GD&ĐT HUYỆN HÒA AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
TRƯỜNG THCS HÒA AN Độc lập - Tự do - Hạnh phúc\n\
Số: 12/KH-THCSHA Hòa An, ngày 9 tháng 2 năm 2026\n\
KẾ HOẠCH\n\
Thực hiện công tác bình đẳng giới năm 2026\n\
Căn cứ Kế hoạch số 45/KH-PGDĐT ngày 20/01/2026 của Phòng Giáo dục và Đào tạo huyện Hòa An về công tác bình đẳng giới năm 2026;\n\
Trường THCS Hòa An xây dựng kế hoạch như sau:\n\
I. MỤC ĐÍCH, YÊU CẦU\n\
1. Mục đích\n\
- Giúp cán bộ, giáo viên hiểu đúng về bình đẳng giới.\n\
II. NHIỆM VỤ\n\
1. Truyền thông\n\
- Tổ chức buổi sinh hoạt dưới cờ về bình đẳng giới trong tháng 3.\n\
- Treo khẩu hiệu tại sân trường.\n";

    #[test]
    fn pasted_text_with_a_glued_header_is_reviewed_and_kept_in_a_draft_file() {
        let opened = open(Input::Text(GLUED), "2026-03-01T00:00:00Z").unwrap();
        let r = &opened.review;
        assert_eq!(r.document, DocumentKind::Plan);
        assert_eq!(r.issuer, "TRƯỜNG THCS HÒA AN");
        assert!(r.reference.contains("12/KH-THCSHA"), "{}", r.reference);
        assert_eq!(r.plans, 1);
        let basis = r
            .sections
            .iter()
            .find(|s| s.section == SectionId::Basis)
            .expect("basis");
        assert_eq!(basis.items, 1);
        assert!(basis.first.contains("45/KH-PGDĐT"), "{}", basis.first);
        let tasks = r
            .sections
            .iter()
            .find(|s| s.section == SectionId::Tasks)
            .expect("tasks");
        assert_eq!(tasks.items, 2);
        assert!(tasks.heading.starts_with("II."), "{}", tasks.heading);
        // The web page's line above the header is not lost.
        assert!(r.unplaced >= 1);
        // The draft file the editor imports holds the same plan.
        let drafts = import_file(opened.draft_json.as_bytes()).unwrap();
        assert_eq!(drafts.len(), 1);
        assert_eq!(drafts[0].1.header.issuer, "TRƯỜNG THCS HÒA AN");
        assert_eq!(drafts[0].1.unplaced.len(), r.unplaced);
        // And the review travels as JSON.
        let json = serde_json::to_string(r).unwrap();
        assert_eq!(&serde_json::from_str::<Review>(&json).unwrap(), r);
    }

    #[test]
    fn with_the_checklist_added_the_counts_are_the_checks() {
        use crate::domain::catalogue::Catalogue;
        use crate::domain::checklist::evaluate_with;
        use crate::domain::import::check;
        let doc = read_text(GLUED);
        let mut review = Review::of(&doc.recognised);
        assert_eq!(review.completeness, None);
        let plan = &doc.recognised.plan;
        review.add_checklist(&evaluate_with(plan, Catalogue::builtin()));
        let checked = check(&doc.recognised, Catalogue::builtin(), None);
        let count = |s: Severity| {
            checked
                .findings
                .iter()
                .filter(|f| f.finding.severity == s)
                .count()
        };
        assert_eq!(
            (review.errors, review.warnings, review.hints),
            (
                count(Severity::Error),
                count(Severity::Warning),
                count(Severity::Hint)
            )
        );
        assert_eq!(review.completeness, checked.completeness);
    }

    #[test]
    fn a_letter_is_reviewed_as_a_letter() {
        let text =
            "UBND XÃ AN PHÚ\nTRƯỜNG MẦM NON AN PHÚ\nSố: 30/MNAP\nV/v tổ chức Tháng hành động\n\
Kính gửi: Các tổ chuyên môn\nNhà trường đề nghị các tổ triển khai các hoạt động.\n";
        let mut r = open(Input::Text(text), "").unwrap().review;
        assert_eq!(r.document, DocumentKind::Letter);
        let before = r.clone();
        r.add_checklist(&crate::domain::checklist::evaluate(&Plan::default()));
        assert_eq!(r, before, "a letter is not scored as a plan");
    }

    #[test]
    fn nothing_to_read_is_refused_with_the_readers_messages() {
        assert_eq!(
            open(Input::Text(" \n\t"), "").unwrap_err(),
            ReadError::Empty
        );
        assert_eq!(
            open(Input::File(b"%PDF-1.7 ..."), "").unwrap_err(),
            ReadError::Pdf
        );
        assert!(matches!(
            open(Input::File(b"\x89PNG\r\n\x1a\n...."), "").unwrap_err(),
            ReadError::Image { .. }
        ));
        let big = "a".repeat(MAX_FILE_BYTES + 1);
        assert!(matches!(
            open(Input::Text(&big), "").unwrap_err(),
            ReadError::TooLarge { .. }
        ));
    }

    #[test]
    fn first_lines_are_one_short_line() {
        assert_eq!(one_line("  a\n b  c\n"), "a");
        assert_eq!(one_line("x  y"), "x y");
        let long = "ư".repeat(300);
        let short = one_line(&long);
        assert_eq!(short.chars().count(), 160);
        assert!(short.ends_with('…'));
    }
}
