//! Findings that only an original document can have: the ways a typed
//! header, title or heading departs from Decree 30 that our editor never
//! produces (it lays these out itself). Each is a rule of the checklist's
//! table (`A1.motto-format`, `A2.so-spaces`, `A2.type-code`,
//! `A3.date-padding`, `A3.date-incomplete`, `A4.subject-all-caps`,
//! `X6.heading-case`); every other rule runs on the imported plan through
//! the checklist itself ([`check`]).

use super::recognise::{DocumentKind, Recognised};
use crate::domain::catalogue::Catalogue;
use crate::domain::checklist::{evaluate_with, FieldRef, Finding, RuleId};
use crate::domain::date::Date;
use crate::domain::nd30::{day_str, is_all_upper, month_str, upper_vi};
use crate::domain::section::SectionId;
use crate::domain::strings::fill;

/// The rules only an original document can break (the editor lays these
/// parts out itself); tested in `tests/import_findings.rs`.
pub const ORIGINAL_TEXT_RULES: [RuleId; 7] = [
    RuleId::MottoFormat,
    RuleId::SoSpaces,
    RuleId::TypeCode,
    RuleId::DatePadding,
    RuleId::DateIncomplete,
    RuleId::SubjectAllCaps,
    RuleId::HeadingCase,
];

/// A finding with the text of the original it is about.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub finding: Finding,
    /// The words of the document the finding is about, as written.
    pub excerpt: Option<String>,
}

/// The result of checking a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// Original-text findings first, then the checklist's.
    pub findings: Vec<Found>,
    /// The checklist's completeness; `None` for what is not a plan.
    pub completeness: Option<u8>,
}

const MOTTO: &str = "Độc lập - Tự do - Hạnh phúc";

fn make(
    rule: RuleId,
    section: SectionId,
    field: FieldRef,
    args: &[(&str, &str)],
    excerpt: &str,
) -> Found {
    let def = rule.def();
    Found {
        finding: Finding {
            rule,
            severity: def.severity.resolve(Default::default(), Default::default()),
            section,
            field,
            message: fill(def.message_vi, args),
            hint: fill(def.hint_vi, args),
            message_en: fill(def.message_en, args),
        },
        excerpt: Some(excerpt.to_string()),
    }
}

/// The findings on the original text of a read document.
pub fn original_findings(r: &Recognised) -> Vec<Found> {
    let mut out = Vec::new();
    let h = &r.header;
    if let Some(m) = &h.motto {
        let written = m.trim_end_matches(['.', ';']);
        if written != MOTTO {
            out.push(make(
                RuleId::MottoFormat,
                SectionId::Header,
                FieldRef::HeaderIssuer,
                &[("value", written)],
                m,
            ));
        }
    }
    if let (Some(line), Some(number)) = (&h.so_line, &h.number) {
        let symbol = h.symbol.as_deref().unwrap_or("");
        let fixed = format!("Số: {number}/{symbol}");
        let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let ok = if number.is_empty() {
            line.strip_prefix("Số:").is_some_and(|rest| {
                rest.starts_with(' ') && rest.trim_start() == format!("/{symbol}")
            })
        } else {
            *line == fixed
        };
        if !ok && squeeze(line) == squeeze(&fixed) {
            let fixed = if number.is_empty() {
                format!("Số:      /{symbol}")
            } else {
                fixed
            };
            out.push(make(
                RuleId::SoSpaces,
                SectionId::Header,
                FieldRef::HeaderNumber,
                &[("value", line), ("fixed", &fixed)],
                line,
            ));
        }
        let code = symbol.split('-').next().unwrap_or("");
        if r.document == DocumentKind::Plan && !symbol.is_empty() && code != "KH" {
            out.push(make(
                RuleId::TypeCode,
                SectionId::Header,
                FieldRef::HeaderAbbr,
                &[("value", symbol)],
                line,
            ));
        }
    }
    if let (Some(line), Some((d, m, y))) = (&h.date_line, &h.date_parts) {
        if d.is_empty() || m.is_empty() || y.is_empty() {
            out.push(make(
                RuleId::DateIncomplete,
                SectionId::Header,
                FieldRef::HeaderDate,
                &[("value", line)],
                line,
            ));
        }
        let pad_ok = |s: &str, good: fn(u8) -> String| {
            s.is_empty() || s.parse::<u8>().map_or(true, |n| good(n) == s)
        };
        if !pad_ok(d, day_str) || !pad_ok(m, month_str) {
            let fixed = match h.date {
                Some(date) => format!(
                    "{}, ngày {} tháng {} năm {}",
                    h.place,
                    day_str(date.day()),
                    month_str(date.month()),
                    date.year()
                ),
                None => "ngày 05 tháng 02 năm …, ngày 15 tháng 3 năm …".to_string(),
            };
            out.push(make(
                RuleId::DatePadding,
                SectionId::Header,
                FieldRef::HeaderDate,
                &[("value", line), ("fixed", &fixed)],
                line,
            ));
        }
    }
    if r.document == DocumentKind::Plan
        && r.subject.chars().filter(|c| c.is_alphabetic()).count() > 3
        && is_all_upper(&r.subject)
    {
        out.push(make(
            RuleId::SubjectAllCaps,
            SectionId::Title,
            FieldRef::Subject,
            &[],
            &r.subject,
        ));
    }
    for heading in &r.headings {
        let (m, rest) = super::items::marker(&heading.heading);
        let lower = rest.chars().any(char::is_lowercase);
        if matches!(m, super::items::Marker::Roman(_)) && lower {
            let marker_len = heading.heading.len() - rest.len();
            let fixed = format!("{}{}", &heading.heading[..marker_len], upper_vi(rest));
            let section = heading.id.unwrap_or(SectionId::Tasks);
            out.push(make(
                RuleId::HeadingCase,
                section,
                section_field(section),
                &[("value", &heading.heading), ("fixed", &fixed)],
                &heading.heading,
            ));
        }
    }
    out
}

/// The list field of a section, where a finding about its heading points.
fn section_field(s: SectionId) -> FieldRef {
    match s {
        SectionId::Header => FieldRef::HeaderIssuer,
        SectionId::Title => FieldRef::Subject,
        SectionId::Basis => FieldRef::Basis,
        SectionId::Purposes => FieldRef::Purposes,
        SectionId::Targets => FieldRef::Targets,
        SectionId::Tasks => FieldRef::Tasks,
        SectionId::Organisation => FieldRef::Assignments,
        SectionId::Funding => FieldRef::Funding,
        SectionId::Reporting => FieldRef::Reports,
        SectionId::Closing => FieldRef::Closing,
        SectionId::Recipients => FieldRef::Recipients,
        SectionId::Signature => FieldRef::SignerTitle,
        SectionId::Appendices => FieldRef::Appendices,
    }
}

/// Every finding of a read document: the original-text rules, then for a
/// plan every checklist rule on the imported plan. `as_of` stands for
/// "today" where the plan has no date: a citation dated after it is
/// reported as dated after the plan.
pub fn check(r: &Recognised, catalogue: &Catalogue, as_of: Option<Date>) -> Checked {
    let mut findings = original_findings(r);
    if r.document != DocumentKind::Plan {
        return Checked {
            findings,
            completeness: None,
        };
    }
    let plan = &r.plan;
    let report = evaluate_with(plan, catalogue);
    let excerpt_of = |f: &Finding| -> Option<String> {
        match f.field {
            FieldRef::Citation { id, .. } => plan
                .basis
                .iter()
                .find(|c| c.id == id)
                .map(crate::domain::nd30::citation_full),
            FieldRef::HeaderNumber => r.header.so_line.clone(),
            FieldRef::HeaderDate | FieldRef::HeaderPlace => r.header.date_line.clone(),
            FieldRef::Subject => Some(r.subject.clone()).filter(|s| !s.is_empty()),
            _ => None,
        }
    };
    let mut push = |f: Finding| {
        let excerpt = excerpt_of(&f);
        findings.push(Found {
            finding: f,
            excerpt,
        });
    };
    report.findings.into_iter().for_each(&mut push);
    // An undated plan: "today" stands in for its date, for the one rule
    // that compares citations with it.
    if let (None, Some(today)) = (plan.header.date, as_of) {
        let mut dated = plan.clone();
        dated.header.date = Some(today);
        evaluate_with(&dated, catalogue)
            .findings
            .into_iter()
            .filter(|f| f.rule == RuleId::X2CitationAfterPlan)
            .for_each(&mut push);
    }
    Checked {
        findings,
        completeness: Some(report.completeness),
    }
}
