//! The checklist engine: what a plan still lacks, and what is wrong in it.
//!
//! [`evaluate`] turns a [`Plan`] into a [`Report`]: a list of [`Finding`]s
//! (each with a stable rule id, a severity, the exact field it points to, a
//! Vietnamese message and a hint), one [`SectionReport`] per section and a
//! completeness percentage. It is pure, deterministic and cheap enough to
//! run on every keystroke (the editor keeps it in a `Memo`).
//!
//! Rules are data ([`rules::RULES`], one row per rule, ids such as
//! "A2.number-letter-suffix"); the validators in `check/`, one file per
//! section, decide which rules apply to a plan and whether they pass.
//! Severity follows the Status column of PLAN_CHECKLIST.md: Decree →
//! [`Severity::Error`], Practice → [`Severity::Warning`], Recommended →
//! [`Severity::Hint`]; several rules change severity with the plan kind or
//! the issuer level (A7, A8, B3, B8, B10), and Conditional rules (A11, A16)
//! are evaluated only when their condition holds.
//!
//! Layout that the exporter guarantees (leading zeros, "./.", "- Lưu: VT.",
//! upper-case titles, "tháng 3" without zero) is not checked here: only what
//! a user can still get wrong in the structured editor.
//!
//! # Completeness
//!
//! Only *required* checks count: rules whose severity for this plan is an
//! error or a warning; hints never do. For every such rule that applied to
//! the plan, its score is the share of the things it checked that passed
//! (5 citations, 4 with a date → 0.8 for "A5.citation-date-missing"),
//! counted in the section where its findings appear. A section's score is
//! the mean of its rules' scores; completeness is the
//! mean of the section scores weighted by [`section_weight`], over the
//! sections that had at least one required check, rounded down.
//!
//! So 100 % means exactly: no error and no warning (hints allowed). A rule
//! that cannot apply yet (no citation to check, no date to compare) neither
//! helps nor hurts, which keeps an empty plan near 0 % instead of giving it
//! credit for vacuous passes.
//!
//! # Section status
//!
//! - [`SectionStatus::NotStarted`]: nothing entered in the section, and it
//!   has something required (an untouched section with nothing required,
//!   such as Phụ lục when no appendix is mentioned, is `Complete`).
//! - [`SectionStatus::HasProblems`]: an error or warning of a rule of kind
//!   [`RuleKind::Problem`] (written, but wrong or inconsistent).
//! - [`SectionStatus::InProgress`]: only "not written yet" errors/warnings.
//! - [`SectionStatus::Complete`]: no error and no warning.
//! - [`SectionStatus::Proposed`]: the section still holds only the text this
//!   tool proposed (`templates::proposal`) and nothing in it is wrong: the
//!   teacher has to read it, then edit or keep it. A proposed section scores
//!   0 and keeps the plan under 100 %: our text is not the teacher's work.

mod check;
pub mod field;
pub mod rules;
mod scan;

pub use field::{
    AppendixPart, AssignmentPart, CitationPart, FieldRef, ReportPart, TargetPart, TaskPart,
};
pub use rules::{RuleDef, RuleId, RuleKind, Severity, SeverityRule, RULES};

use crate::domain::plan::Plan;
use crate::domain::section::SectionId;
use crate::domain::templates::proposal::is_proposed;
use serde::Serialize;

/// One thing the checklist found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Stable id (serialised as its code, e.g. "A2.number-letter-suffix").
    pub rule: RuleId,
    pub severity: Severity,
    /// The section of the field (where the editor shows the message).
    pub section: SectionId,
    /// The exact input (serialised as its DOM id, e.g. "f-header-number").
    pub field: FieldRef,
    /// What is wrong or missing, in Vietnamese ([`Finding::message`] gives
    /// the text in the user's language).
    pub message: String,
    /// How to fix it, in Vietnamese.
    pub hint: String,
    /// The message in English (courtesy translation).
    pub message_en: String,
}

impl Finding {
    /// The DOM id of the field (see [`field`]).
    pub fn dom_id(&self) -> String {
        self.field.dom_id()
    }
}

/// Progress of one section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SectionStatus {
    NotStarted,
    InProgress,
    Complete,
    HasProblems,
    /// Only the tool's proposed text, not yet read (kept or edited).
    Proposed,
}

/// Summary of one section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionReport {
    pub section: SectionId,
    pub status: SectionStatus,
    pub errors: u16,
    pub warnings: u16,
    pub hints: u16,
    /// Share of the section's required checks that pass, 0–100 (100 when
    /// the section has none for this plan).
    pub score: u8,
    /// Does the section have at least one required check for this plan?
    pub required: bool,
    /// Does it still hold only the text this tool proposed?
    pub proposed: bool,
}

/// The result of [`evaluate`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// All findings, grouped by section in the order of [`SectionId::ALL`],
    /// in form order inside a section.
    pub findings: Vec<Finding>,
    /// One per [`SectionId::ALL`], in that order.
    pub sections: Vec<SectionReport>,
    /// 0–100; 100 exactly when there is no error and no warning.
    pub completeness: u8,
}

impl Report {
    /// Findings of one section.
    pub fn for_section(&self, s: SectionId) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.section == s)
    }

    /// Findings on the input with this DOM id (no allocation per finding).
    pub fn for_field<'a>(&'a self, dom_id: &'a str) -> impl Iterator<Item = &'a Finding> {
        self.findings
            .iter()
            .filter(move |f| f.field.has_dom_id(dom_id))
    }

    /// Findings on this field.
    pub fn for_field_ref(&self, field: FieldRef) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.field == field)
    }

    /// The most serious severity on an input (for `aria-invalid`).
    pub fn worst_for_field(&self, dom_id: &str) -> Option<Severity> {
        self.for_field(dom_id).map(|f| f.severity).min()
    }

    pub fn errors(&self) -> impl Iterator<Item = &Finding> {
        self.of_severity(Severity::Error)
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Finding> {
        self.of_severity(Severity::Warning)
    }

    pub fn hints(&self) -> impl Iterator<Item = &Finding> {
        self.of_severity(Severity::Hint)
    }

    fn of_severity(&self, s: Severity) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.severity == s)
    }

    /// The summary of one section.
    pub fn section(&self, s: SectionId) -> &SectionReport {
        // `sections` holds every section in `SectionId::ALL` order.
        &self.sections[s as usize]
    }

    /// No error and no warning.
    pub fn is_complete(&self) -> bool {
        self.completeness == 100
    }
}

/// Weight of a section in the completeness percentage: the body of the
/// plan (tasks, header, signature, basis, organisation) weighs most.
pub fn section_weight(s: SectionId) -> u32 {
    match s {
        SectionId::Header => 12,
        SectionId::Title => 8,
        SectionId::Basis => 10,
        SectionId::Purposes => 6,
        SectionId::Targets => 6,
        SectionId::Tasks => 18,
        SectionId::Organisation => 10,
        SectionId::Funding => 3,
        SectionId::Reporting => 7,
        SectionId::Closing => 2,
        SectionId::Recipients => 8,
        SectionId::Signature => 10,
        SectionId::Appendices => 5,
    }
}

/// Checks a plan.
pub fn evaluate(plan: &Plan) -> Report {
    evaluate_with(plan, crate::domain::catalogue::Catalogue::builtin())
}

/// [`evaluate`] against a catalogue of documents other than the built-in
/// one (the built-in list with a webmaster's file applied).
pub fn evaluate_with(plan: &Plan, catalogue: &crate::domain::catalogue::Catalogue) -> Report {
    let mut ctx = check::Ctx::new(plan, catalogue);
    check::run(&mut ctx);
    let mut findings = std::mem::take(&mut ctx.findings);
    // Stable: keeps form order inside a section.
    findings.sort_by_key(|f| f.section);

    // Per section: sum of rule scores and number of required rules.
    const N: usize = SectionId::ALL.len();
    let mut sum = [0f64; N];
    let mut rules_n = [0u32; N];
    let mut failed = [false; N];
    for def in RULES {
        if !def.severity_for(plan).is_required() {
            continue;
        }
        for (i, t) in ctx.tally[def.id as usize].iter().enumerate() {
            if t.applicable == 0 {
                continue;
            }
            sum[i] += f64::from(t.applicable - t.failed) / f64::from(t.applicable);
            rules_n[i] += 1;
            failed[i] |= t.failed > 0;
        }
    }

    let mut sections = Vec::with_capacity(N);
    let (mut total, mut weights) = (0f64, 0u32);
    for s in SectionId::ALL {
        let i = s as usize;
        let (mut errors, mut warnings, mut hints) = (0u16, 0u16, 0u16);
        let (mut missing, mut problem) = (false, false);
        for f in findings.iter().filter(|f| f.section == s) {
            match f.severity {
                Severity::Error => errors = errors.saturating_add(1),
                Severity::Warning => warnings = warnings.saturating_add(1),
                Severity::Hint => hints = hints.saturating_add(1),
            }
            if f.severity.is_required() {
                match f.rule.def().kind {
                    RuleKind::Missing => missing = true,
                    RuleKind::Problem => problem = true,
                }
            }
        }
        let proposed = plan.has_content(s) && is_proposed(plan, s);
        failed[i] |= proposed;
        let status = if proposed && !problem {
            SectionStatus::Proposed
        } else if !plan.has_content(s) {
            if missing || problem {
                SectionStatus::NotStarted
            } else {
                SectionStatus::Complete
            }
        } else if problem {
            SectionStatus::HasProblems
        } else if missing {
            SectionStatus::InProgress
        } else {
            SectionStatus::Complete
        };
        let score = if proposed {
            0.0
        } else if rules_n[i] == 0 {
            1.0
        } else {
            sum[i] / f64::from(rules_n[i])
        };
        if rules_n[i] > 0 {
            total += score * f64::from(section_weight(s));
            weights += section_weight(s);
        }
        sections.push(SectionReport {
            section: s,
            status,
            errors,
            warnings,
            hints,
            score: percent(score, failed[i]),
            required: rules_n[i] > 0,
            proposed,
        });
    }
    let any_failed = failed.iter().any(|&f| f);
    let completeness = if weights == 0 {
        0
    } else {
        percent(total / f64::from(weights), any_failed)
    };
    Report {
        findings,
        sections,
        completeness,
    }
}

/// 0–100, rounded down, and never 100 while something failed.
fn percent(share: f64, failed: bool) -> u8 {
    let p = (share * 100.0).floor().clamp(0.0, 100.0) as u8;
    if failed {
        p.min(99)
    } else {
        p
    }
}
