//! The Kế hoạch: every part a real plan has, as plain serde data.
//!
//! No signals, no browser types: the editor keeps one `Plan` in a signal and
//! calls the editing methods here. Every field has a serde default so that a
//! draft saved before a field existed still loads (see `draft`).
//!
//! All text enters through [`Plan::normalize`] (or the setters that call
//! [`crate::domain::text::clean`]): Vietnamese typed with some keyboards
//! arrives decomposed (NFD) and must be stored as NFC.

//!
//! The parts live by what they are: [`scope`] (kind, issuer level, period),
//! [`document`] (the Decree 30 frame: header, title, citations, signer),
//! [`content`] (targets, tasks, assignments, reports, appendices); editing
//! any list of the plan goes through [`list`].

mod content;
mod document;
pub mod list;
mod scope;

pub use content::*;
pub use document::*;
pub use scope::*;

use crate::domain::text::clean;
use serde::{Deserialize, Serialize};

/// Stable id of a list item inside one plan (keys for the editor's lists,
/// links from tasks to targets). Ids are never reused within a plan.
pub type ItemId = u32;

/// A whole Kế hoạch.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    pub kind: PlanKind,
    pub level: IssuerLevel,
    pub period: Period,
    pub header: Header,
    pub title: Title,
    /// Căn cứ / Thực hiện (A5), in the order they are cited.
    pub basis: Vec<Citation>,
    /// The lead-in "… xây dựng Kế hoạch … như sau:" (A6).
    pub lead_in: String,
    /// The Action Month's theme (chủ đề), e.g. the national theme of the
    /// year; optional for other kinds. Edited with Mục đích, yêu cầu (A7)
    /// and printed once at the start of that part. Drafts saved before the
    /// field existed load with it empty (`#[serde(default)]` on `Plan`).
    pub theme: String,
    /// Mục đích (A7).
    pub purposes: Vec<String>,
    /// Yêu cầu (A7).
    pub requirements: Vec<String>,
    /// Mục tiêu chung (A8).
    pub general_aim: String,
    /// Chỉ tiêu (A8).
    pub targets: Vec<Target>,
    /// Nội dung, nhiệm vụ, giải pháp (A9).
    pub task_groups: Vec<TaskGroup>,
    /// Tổ chức thực hiện (A10).
    pub assignments: Vec<Assignment>,
    /// Kinh phí (A11): source of funds, free text.
    pub funding: String,
    /// Chế độ báo cáo (A12).
    pub reports: Vec<ReportDeadline>,
    /// Closing paragraph "Trên đây là Kế hoạch …" (A13); "./." is added on export.
    pub closing: String,
    /// Nơi nhận (A14), without the final "Lưu" line.
    pub recipients: Vec<String>,
    /// Units after "Lưu: VT", e.g. "VP" gives "- Lưu: VT, VP.".
    pub archive_units: String,
    pub signer: Signer,
    pub appendices: Vec<Appendix>,
    /// Paragraphs of an imported document the reader could not place in
    /// a field, in document order, each with the section it was found in:
    /// kept so that nothing of the original is lost. Empty for plans
    /// written in the editor (and left out of their JSON).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unplaced: Vec<Unplaced>,
    /// The next unused [`ItemId`].
    pub next_id: ItemId,
    /// Sections that still hold only the text this tool proposed (a
    /// starter), each with the fingerprint of that text: a proposal until
    /// the teacher edits the section or keeps it (`templates::proposal`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub proposed: Vec<Proposal>,
}

/// A section as this tool proposed it (see [`Plan::proposed`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proposal {
    pub section: crate::domain::section::SectionId,
    /// FNV-1a of the section's content when it was proposed.
    pub fingerprint: u32,
}

impl Plan {
    /// An empty plan of the given kind and level.
    pub fn new(kind: PlanKind, level: IssuerLevel) -> Plan {
        Plan {
            kind,
            level,
            next_id: 1,
            ..Plan::default()
        }
    }

    /// Is anything entered in the section?
    pub fn has_content(&self, s: crate::domain::section::SectionId) -> bool {
        use crate::domain::section::SectionId;
        let plan = self;
        let any = |v: &[String]| v.iter().any(|x| !x.trim().is_empty());
        let set = |x: &str| !x.trim().is_empty();
        match s {
            SectionId::Header => {
                let h = &plan.header;
                set(&h.parent_body)
                    || set(&h.issuer)
                    || set(&h.issuer_abbr)
                    || set(&h.number)
                    || set(&h.place)
                    || h.date.is_some()
            }
            SectionId::Title => set(&plan.title.subject) || plan.period.first_year() != 0,
            SectionId::Basis => !plan.basis.is_empty() || set(&plan.lead_in),
            SectionId::Purposes => {
                any(&plan.purposes) || any(&plan.requirements) || set(&plan.theme)
            }
            SectionId::Targets => !plan.targets.is_empty() || set(&plan.general_aim),
            SectionId::Tasks => !plan.task_groups.is_empty(),
            SectionId::Organisation => !plan.assignments.is_empty(),
            SectionId::Funding => set(&plan.funding),
            SectionId::Reporting => !plan.reports.is_empty(),
            SectionId::Closing => set(&plan.closing),
            SectionId::Recipients => any(&plan.recipients) || set(&plan.archive_units),
            SectionId::Signature => {
                let g = &plan.signer;
                g.authority != Authority::None
                    || set(&g.title)
                    || set(&g.deputy_title)
                    || set(&g.name)
            }
            SectionId::Appendices => !plan.appendices.is_empty(),
        }
    }

    /// A fresh item id.
    pub fn fresh_id(&mut self) -> ItemId {
        // Ids from imported or hand-built plans may be above `next_id`.
        let max = self.max_id();
        self.next_id = self.next_id.max(max + 1).max(1);
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    fn max_id(&self) -> ItemId {
        let ids = self
            .basis
            .iter()
            .map(|c| c.id)
            .chain(self.targets.iter().map(|t| t.id))
            .chain(self.task_groups.iter().map(|g| g.id))
            .chain(
                self.task_groups
                    .iter()
                    .flat_map(|g| g.items.iter().map(|i| i.id)),
            )
            .chain(self.assignments.iter().map(|a| a.id))
            .chain(self.reports.iter().map(|r| r.id))
            .chain(self.appendices.iter().map(|a| a.id));
        ids.max().unwrap_or(0)
    }

    /// All tasks, in document order.
    pub fn tasks(&self) -> impl Iterator<Item = &TaskItem> {
        self.task_groups.iter().flat_map(|g| g.items.iter())
    }

    /// Number of list items (the size measure used by benchmarks).
    pub fn item_count(&self) -> usize {
        self.basis.len()
            + self.purposes.len()
            + self.requirements.len()
            + self.targets.len()
            + self.tasks().count()
            + self.assignments.len()
            + self.reports.len()
            + self.recipients.len()
    }

    /// Cleans every piece of text: NFC, no control characters but newlines.
    /// Call on anything that comes from outside (storage, files, paste).
    pub fn normalize(&mut self) {
        let h = &mut self.header;
        for s in [
            &mut h.parent_body,
            &mut h.issuer,
            &mut h.issuer_abbr,
            &mut h.number,
            &mut h.place,
            &mut self.title.subject,
            &mut self.lead_in,
            &mut self.theme,
            &mut self.general_aim,
            &mut self.funding,
            &mut self.closing,
            &mut self.archive_units,
            &mut self.signer.title,
            &mut self.signer.deputy_title,
            &mut self.signer.name,
        ] {
            clean_in_place(s);
        }
        for c in &mut self.basis {
            for s in [&mut c.number, &mut c.symbol, &mut c.issuer, &mut c.subject] {
                clean_in_place(s);
            }
        }
        for s in self
            .purposes
            .iter_mut()
            .chain(self.requirements.iter_mut())
            .chain(self.recipients.iter_mut())
        {
            clean_in_place(s);
        }
        for t in &mut self.targets {
            for s in [
                &mut t.what,
                &mut t.group,
                &mut t.value,
                &mut t.by_when,
                &mut t.owner,
            ] {
                clean_in_place(s);
            }
            if let Unit::Other(u) = &mut t.unit {
                clean_in_place(u);
            }
        }
        for g in &mut self.task_groups {
            clean_in_place(&mut g.title);
            for i in &mut g.items {
                for s in [&mut i.text, &mut i.timing, &mut i.lead, &mut i.participants] {
                    clean_in_place(s);
                }
            }
        }
        for a in &mut self.assignments {
            clean_in_place(&mut a.role);
            a.duties.iter_mut().for_each(clean_in_place);
        }
        for r in &mut self.reports {
            for s in [&mut r.content, &mut r.recipient, &mut r.channel] {
                clean_in_place(s);
            }
        }
        for a in &mut self.appendices {
            clean_in_place(&mut a.title);
            clean_in_place(&mut a.body);
        }
        for u in &mut self.unplaced {
            clean_in_place(&mut u.text);
        }
    }
}

fn clean_in_place(s: &mut String) {
    // Most text is already clean; avoid reallocating it.
    let cleaned = clean(s);
    if cleaned != *s {
        *s = cleaned;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_ids_skip_ids_already_used() {
        let mut p = Plan::new(PlanKind::Annual, IssuerLevel::TieuHoc);
        p.targets.push(Target {
            id: 7,
            ..Target::default()
        });
        assert_eq!(p.fresh_id(), 8);
        assert_eq!(p.fresh_id(), 9);
    }

    #[test]
    fn normalize_turns_nfd_into_nfc() {
        let mut p = Plan::default();
        // "Việt" typed as e + combining circumflex + combining dot below.
        p.header.issuer = "Vie\u{302}\u{323}t".into();
        p.normalize();
        assert_eq!(p.header.issuer, "Việt");
    }

    #[test]
    fn theme_is_normalized_and_optional_in_old_drafts() {
        let mut p = Plan {
            theme: "Chu\u{309} \u{111}e\u{302}\u{300}\u{7}".into(),
            ..Plan::default()
        };
        p.normalize();
        assert_eq!(p.theme, "Chủ đề");
        // A plan saved before the field existed.
        let old: Plan = serde_json::from_str(r#"{"kind":"action-month","lead_in":"x"}"#)
            .expect("old plan loads");
        assert_eq!(old.theme, "");
        assert_eq!(old.kind, PlanKind::ActionMonth);
    }
}
