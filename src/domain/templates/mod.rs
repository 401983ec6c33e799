//! Starter plans and the library of suggestions.
//!
//! A starter ([`starter`]) gives the sections a plan of one kind × level is
//! expected to have (PLAN_CHECKLIST §5–§6): trích yếu and period, lead-in,
//! mục đích / yêu cầu, the task groups, tổ chức thực hiện, kinh phí, chế độ
//! báo cáo, closing, nơi nhận and the signer's title. The facts only the user
//! knows (issuer, số, place, date, signer's name, the cited documents'
//! numbers and dates, report deadlines set by the superior) stay empty, so the
//! checklist keeps asking for them.
//!
//! The library is data: static tables filtered by plan kind and issuer level
//! ([`audience`]), one file for each part of the plan they fill. Structured
//! suggestions (targets, tasks with timing and lead, roles with duties,
//! report deadlines) are built from the same tables for a given year. Every
//! sentence here is our own wording; the seed plans are test data only (a
//! test checks that no suggestion repeats a 12-word run of a seed).
//!
//! Key dates are kept with the tasks ([`tasks`]) rather than taken from
//! `catalogue`. The one fact taken from there is the national theme of the
//! Action Month of the starter's year ([`catalogue::action_month_theme`]),
//! which an Action Month starter pre-fills in [`Plan::theme`] (the user may
//! edit it; the checklist's X8 compares against the same table); it can
//! also enter a purpose through [`theme_purpose`].
//!
//! [`catalogue::action_month_theme`]: crate::domain::catalogue::action_month_theme

mod audience;
mod funding;
mod issuers;
mod lead_in_and_closing;
pub mod proposal;
mod purposes;
mod recipients;
mod reports;
mod roles;
mod starters;
mod targets;
mod tasks;
mod title;

pub use issuers::signer_title;
pub use lead_in_and_closing::{closing_for, lead_in_for};
pub use purposes::{general_aim, theme_purpose};
pub use reports::suggested_reports;
pub use roles::suggested_assignments;
pub use starters::{default_areas, new_plan_map, starter, starter_on};
pub use targets::suggested_targets;
pub use tasks::{insert_task, suggested_tasks};
pub use title::{default_subject, period_for};

use crate::domain::admin_map::AdminMap;
use crate::domain::plan::{IssuerLevel, Plan, PlanKind, SubArea};
use audience::Audience;

/// What a suggestion is for (which part of the plan it fills).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SuggestionKind {
    /// Mục đích (A7).
    Purpose,
    /// Yêu cầu (A7).
    Requirement,
    /// Chỉ tiêu (A8): the `what` of a target.
    Target,
    /// A task of one sub-area (A9).
    Task(SubArea),
    /// A role or unit of tổ chức thực hiện (A10).
    Role,
    /// A line of nơi nhận (A14), without "- " and ";".
    Recipient,
    /// The sentence after "Trên đây là Kế hoạch …" (A13).
    Closing,
    /// A lead-in sentence "… xây dựng Kế hoạch … như sau:" (A6).
    LeadIn,
    /// Kinh phí (A11).
    Funding,
    /// The content of a report (A12).
    Report,
}

impl SuggestionKind {
    /// Every kind, with one `Task` per sub-area.
    pub fn all() -> Vec<SuggestionKind> {
        let mut all = vec![
            SuggestionKind::Purpose,
            SuggestionKind::Requirement,
            SuggestionKind::Target,
            SuggestionKind::Role,
            SuggestionKind::Recipient,
            SuggestionKind::Closing,
            SuggestionKind::LeadIn,
            SuggestionKind::Funding,
            SuggestionKind::Report,
        ];
        all.extend(SubArea::ALL.into_iter().map(SuggestionKind::Task));
        all
    }
}

/// One ready-made sentence or phrase and where it fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suggestion {
    pub kind: SuggestionKind,
    pub text: &'static str,
    /// Plan kinds it fits; empty means every kind.
    pub kinds: &'static [PlanKind],
    /// Issuer levels it fits; empty means every level.
    pub levels: &'static [IssuerLevel],
}

impl Suggestion {
    /// Does it fit a plan of this kind and level?
    pub fn fits(&self, kind: PlanKind, level: IssuerLevel) -> bool {
        self.audience().includes(kind, level)
    }

    fn audience(&self) -> Audience {
        Audience::new(self.kinds, self.levels)
    }

    fn of(kind: SuggestionKind, audience: Audience, text: &'static str) -> Suggestion {
        Suggestion {
            kind,
            text,
            kinds: audience.kinds,
            levels: audience.levels,
        }
    }
}

/// Applies an edit; the lead-in and the closing, while they are still the
/// generated text, follow it (a new issuer name or trích yếu shows up in
/// them). Once the teacher has changed one, it is theirs and left alone.
pub fn edit_following(plan: &mut Plan, edit: impl FnOnce(&mut Plan)) {
    let lead_in = lead_in_for(plan);
    let closing = closing_for(plan);
    edit(plan);
    if plan.lead_in == lead_in {
        let now = lead_in_for(plan);
        if now != lead_in {
            plan.lead_in = now;
        }
    }
    if plan.closing == closing {
        let now = closing_for(plan);
        if now != closing {
            plan.closing = now;
        }
    }
}

/// Every text suggestion of one kind for a plan of this kind and level on
/// this administrative map, most specific first.
pub fn suggested_texts(
    kind: SuggestionKind,
    plan_kind: PlanKind,
    level: IssuerLevel,
    map: AdminMap,
) -> Vec<&'static str> {
    match kind {
        SuggestionKind::Task(area) => tasks::tasks_of(area)
            .iter()
            .filter(|task| task.audience.includes(plan_kind, level))
            .map(|task| task.text)
            .collect(),
        SuggestionKind::Target => targets::TARGETS
            .iter()
            .filter(|target| target.audience.includes(plan_kind, level))
            .map(|target| target.what)
            .collect(),
        SuggestionKind::Role => roles::roles(level).iter().map(|role| role.name).collect(),
        _ => texts_for(kind, plan_kind, level, map),
    }
}

/// The whole library for a plan of this kind and level.
pub fn suggestions(plan_kind: PlanKind, level: IssuerLevel) -> Vec<Suggestion> {
    let mut out = Vec::new();
    let mut offer = |kind: SuggestionKind, audience: Audience, text: &'static str| {
        if audience.includes(plan_kind, level) {
            out.push(Suggestion::of(kind, audience, text));
        }
    };
    for (kind, table) in PHRASE_TABLES {
        for phrase in table {
            offer(kind, phrase.audience, phrase.text);
        }
    }
    for (area, tasks) in tasks::TASKS {
        for task in *tasks {
            offer(SuggestionKind::Task(*area), task.audience, task.text);
        }
    }
    for target in targets::TARGETS {
        offer(SuggestionKind::Target, target.audience, target.what);
    }
    let only_this_level = Audience::new(&[], std::slice::from_ref(level_in_all(level)));
    for role in roles::roles(level) {
        offer(SuggestionKind::Role, only_this_level, role.name);
    }
    out
}

/// The level as a `'static` place, so a suggestion can name it alone.
fn level_in_all(level: IssuerLevel) -> &'static IssuerLevel {
    static LEVELS: [IssuerLevel; 10] = IssuerLevel::ALL;
    let index = LEVELS.iter().position(|&each| each == level).unwrap_or(0);
    &LEVELS[index]
}

// ------------------------------------------------------------- phrase tables

/// A text of the library whose kind is that of its table.
struct Phrase {
    audience: Audience,
    text: &'static str,
    /// The administrative map the text belongs to; `None`: both.
    map: Option<AdminMap>,
}

/// A row of a phrase table.
const fn phrase(
    kinds: &'static [PlanKind],
    levels: &'static [IssuerLevel],
    text: &'static str,
) -> Phrase {
    Phrase {
        audience: Audience::new(kinds, levels),
        text,
        map: None,
    }
}

impl Phrase {
    /// The text names bodies of one map only (a Phòng GD&ĐT before
    /// 1/7/2025, a commune's people's committee after).
    const fn only_in(mut self, map: AdminMap) -> Phrase {
        self.map = Some(map);
        self
    }

    fn fits_map(&self, map: AdminMap) -> bool {
        self.map.is_none_or(|only| only == map)
    }

    /// Texts proper to the kind (one or two kinds) come first, then those
    /// proper to the level, then the general ones; a filter such as "every
    /// kind but the Action Month" does not make a text specific.
    fn specificity(&self) -> u8 {
        let narrow_kind = (1..=2).contains(&self.audience.kinds.len());
        u8::from(narrow_kind) * 2 + u8::from(!self.audience.levels.is_empty())
    }
}

/// The tables of plain texts, in the order [`suggestions`] lists them.
const PHRASE_TABLES: [(SuggestionKind, &[Phrase]); 7] = [
    (SuggestionKind::Purpose, purposes::PURPOSES),
    (SuggestionKind::Requirement, purposes::REQUIREMENTS),
    (SuggestionKind::LeadIn, lead_in_and_closing::LEAD_INS),
    (SuggestionKind::Funding, funding::FUNDING),
    (SuggestionKind::Closing, lead_in_and_closing::CLOSINGS),
    (SuggestionKind::Recipient, recipients::RECIPIENTS),
    (SuggestionKind::Report, reports::REPORTS),
];

/// The plain texts of one kind that fit the plan, most specific first and
/// in table order within one specificity.
fn texts_for(
    kind: SuggestionKind,
    plan_kind: PlanKind,
    level: IssuerLevel,
    map: AdminMap,
) -> Vec<&'static str> {
    let table = PHRASE_TABLES
        .iter()
        .find(|(table_kind, _)| *table_kind == kind)
        .map_or(&[][..], |(_, table)| *table);
    let mut fitting: Vec<&Phrase> = table
        .iter()
        .filter(|phrase| phrase.audience.includes(plan_kind, level) && phrase.fits_map(map))
        .collect();
    // A stable sort: within one specificity the table order stands.
    fitting.sort_by_key(|phrase| std::cmp::Reverse(phrase.specificity()));
    fitting.into_iter().map(|phrase| phrase.text).collect()
}

/// The first `count` texts of [`texts_for`], owned, to pre-fill a starter.
fn first_texts(
    kind: SuggestionKind,
    plan_kind: PlanKind,
    level: IssuerLevel,
    map: AdminMap,
    count: usize,
) -> Vec<String> {
    texts_for(kind, plan_kind, level, map)
        .into_iter()
        .take(count)
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::roles::lead_role_strict;
    use super::*;

    /// Every task's and target's preferred leads name a role the level has:
    /// the fallback to the head is a safety net, never the design.
    #[test]
    fn every_lead_resolves_without_fallback() {
        for level in IssuerLevel::ALL {
            for kind in PlanKind::ALL {
                let tasks = SubArea::ALL.into_iter().flat_map(tasks::tasks_of);
                for task in tasks.filter(|task| task.audience.includes(kind, level)) {
                    assert!(
                        lead_role_strict(level, task.lead).is_some(),
                        "{level:?}: no lead for task {:?}",
                        task.text
                    );
                }
                let targets = targets::TARGETS.iter();
                for target in targets.filter(|target| target.audience.includes(kind, level)) {
                    assert!(
                        lead_role_strict(level, target.owner).is_some(),
                        "{level:?}: no owner for target {:?}",
                        target.what
                    );
                }
            }
        }
    }
}
