//! The validators: pure functions from a [`Plan`] to findings and tallies.
//!
//! One file per section, named as the section is everywhere else
//! (`header.rs` … `appendices.rs`), run in the order of [`SectionId::ALL`];
//! `cross.rs` makes one pass over every paragraph of free text (sub-area
//! cues, references for X5, mentions of an appendix, cost cues for A11, the
//! Action Month's dates for X8, the "BDG" spelling) whose result some
//! sections read, and `abbreviations.rs` reads the body in document order
//! for X9. This file holds what they share: the evaluation state [`Ctx`],
//! the tallies and the driver [`run`].
//!
//! Each rule is either *passed* or *failed* for every thing it applies to;
//! the tallies drive completeness (see the module docs of `checklist`).

use super::field::{AssignmentPart, FieldRef, ReportPart, TargetPart, TaskPart};
use super::rules::RuleId;
use super::scan::{self, Folder, Scope, Scopes};
use super::Finding;
use crate::domain::catalogue::Catalogue;
use crate::domain::date::Date;
use crate::domain::plan::{Period, Plan};
use crate::domain::section::SectionId;
use crate::domain::strings::fill;

/// Applicable / failed counts of one rule over one evaluation.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Tally {
    pub applicable: u32,
    pub failed: u32,
}

/// State of one evaluation.
pub(super) struct Ctx<'p> {
    pub plan: &'p Plan,
    /// The documents citations are checked against.
    pub catalogue: &'p Catalogue,
    pub findings: Vec<Finding>,
    /// Per rule, per section (`SectionId as usize`). A pass counts in the
    /// rule's home section; a failure in the section of the field the
    /// finding points to, so that a section's score and its status agree
    /// (X5 found in a task lowers "Nội dung", not "Căn cứ").
    pub tally: [[Tally; SECTIONS]; RuleId::COUNT],
    folder: Folder,
    /// Plan date, if set.
    date: Option<Date>,
    /// The period chosen in the editor, when its years are set.
    period: Option<Scope>,
    /// Time scopes named in the trích yếu.
    subject_scopes: Scopes,
    /// The plan's time scope: the period, else the trích yếu's first scope.
    scope: Option<Scope>,
}

type Args<'a> = &'a [(&'a str, &'a str)];

/// Number of sections.
pub(super) const SECTIONS: usize = SectionId::ALL.len();

impl<'p> Ctx<'p> {
    pub(super) fn new(plan: &'p Plan, catalogue: &'p Catalogue) -> Ctx<'p> {
        let mut folder = Folder::default();
        let subject_scopes = scan::scopes(folder.fold(&plan.title.subject));
        let period = period_scope(plan.period);
        Ctx {
            plan,
            catalogue,
            findings: Vec::new(),
            tally: [[Tally::default(); SECTIONS]; RuleId::COUNT],
            folder,
            date: plan.header.date,
            period,
            subject_scopes,
            scope: period.or(subject_scopes.first()),
        }
    }

    fn pass(&mut self, rule: RuleId) {
        let home = rule.def().section as usize;
        self.tally[rule as usize][home].applicable += 1;
    }

    fn fail(&mut self, rule: RuleId, field: FieldRef, args: Args) {
        let t = &mut self.tally[rule as usize][field.section() as usize];
        t.applicable += 1;
        t.failed += 1;
        let def = rule.def();
        self.findings.push(Finding {
            rule,
            severity: def.severity_for(self.plan),
            section: field.section(),
            field,
            message: fill(def.message_vi, args),
            hint: fill(def.hint_vi, args),
            message_en: fill(def.message_en, args),
        });
    }

    /// Passes when `ok`, else fails with `args`.
    fn check(&mut self, rule: RuleId, ok: bool, field: FieldRef, args: Args) {
        if ok {
            self.pass(rule);
        } else {
            self.fail(rule, field, args);
        }
    }

    /// The plan's years (first, last), from the period, the trích yếu or
    /// the date, in that order.
    fn years(&self) -> Option<(u16, u16)> {
        self.scope
            .map(Scope::years)
            .or_else(|| self.date.map(|d| (d.year(), d.year())))
    }

    fn scope_text(&self) -> String {
        self.scope.map_or_else(|| "năm …".to_string(), Scope::text)
    }
}

/// Runs every validator.
pub(super) fn run(ctx: &mut Ctx) {
    header::header(ctx);
    title::title(ctx);
    basis::basis(ctx);
    purposes::purposes(ctx);
    targets::targets(ctx);
    let corpus = cross::corpus(ctx);
    tasks::tasks(ctx, &corpus);
    organisation::organisation(ctx);
    funding::funding(ctx, &corpus);
    reporting::reporting(ctx);
    closing::closing(ctx);
    recipients::recipients(ctx);
    signature::signature(ctx);
    appendices::appendices(ctx, &corpus);
    cross::cross_text(ctx, &corpus);
    abbreviations::abbreviations(ctx);
    administrative_map::administrative_map(ctx);
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

fn period_scope(p: Period) -> Option<Scope> {
    match p {
        Period::Year { year } if year != 0 => Some(Scope::Year(year)),
        Period::SchoolYear { start } if start != 0 => Some(Scope::SchoolYear(start)),
        Period::Span { from, to } if from != 0 && from <= to => Some(Scope::Span(from, to)),
        _ => None,
    }
}

/// What a text of the body is, for the passes that read only paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TextKind {
    /// A paragraph of prose: the lead-in, a purpose, a task, a duty …
    Paragraph,
    /// A short text printed beside one: the theme, a target's group or
    /// owner, a task's lead or partners, a role, a report's recipient or
    /// channel.
    Label,
}

/// Calls `visit(text, field, kind)` for every text of the plan's body, in
/// the order the document prints it, from the lead-in to the closing. The
/// trích yếu and the căn cứ are not part of it: they quote other documents.
pub(super) fn body_texts<'p>(plan: &'p Plan, mut visit: impl FnMut(&'p str, FieldRef, TextKind)) {
    use TextKind::{Label, Paragraph};
    visit(&plan.lead_in, FieldRef::LeadIn, Paragraph);
    visit(&plan.theme, FieldRef::Theme, Label);
    for p in &plan.purposes {
        visit(p, FieldRef::Purposes, Paragraph);
    }
    for p in &plan.requirements {
        visit(p, FieldRef::Requirements, Paragraph);
    }
    visit(&plan.general_aim, FieldRef::GeneralAim, Paragraph);
    // As printed: "100% <group> <what> (…, phụ trách: <owner>)".
    for t in &plan.targets {
        let at = |part| FieldRef::Target { id: t.id, part };
        visit(&t.group, at(TargetPart::Group), Label);
        visit(&t.what, at(TargetPart::What), Paragraph);
        visit(&t.owner, at(TargetPart::Owner), Label);
    }
    for g in &plan.task_groups {
        visit(&g.title, FieldRef::TaskGroup { id: g.id }, Paragraph);
        for t in &g.items {
            let at = |part| FieldRef::Task { id: t.id, part };
            visit(&t.text, at(TaskPart::Text), Paragraph);
            visit(&t.lead, at(TaskPart::Lead), Label);
            visit(&t.participants, at(TaskPart::Participants), Label);
        }
    }
    for a in &plan.assignments {
        let at = |part| FieldRef::Assignment { id: a.id, part };
        visit(&a.role, at(AssignmentPart::Role), Label);
        for d in &a.duties {
            visit(d, at(AssignmentPart::Duties), Paragraph);
        }
    }
    visit(&plan.funding, FieldRef::Funding, Paragraph);
    for r in &plan.reports {
        let at = |part| FieldRef::Report { id: r.id, part };
        visit(&r.content, at(ReportPart::Content), Paragraph);
        visit(&r.recipient, at(ReportPart::Recipient), Label);
        visit(&r.channel, at(ReportPart::Channel), Label);
    }
    visit(&plan.closing, FieldRef::Closing, Paragraph);
}

/// First and last day of a scope.
fn scope_bounds(s: Scope) -> Option<(Date, Date)> {
    match s {
        Scope::Year(y) => Period::Year { year: y }.bounds(),
        Scope::SchoolYear(a) => Period::SchoolYear { start: a }.bounds(),
        Scope::Span(a, b) => Period::Span { from: a, to: b }.bounds(),
    }
}

mod abbreviations;
mod administrative_map;
mod appendices;
mod basis;
mod closing;
mod cross;
mod funding;
mod header;
mod organisation;
mod purposes;
mod recipients;
mod reporting;
mod signature;
mod targets;
mod tasks;
mod title;
