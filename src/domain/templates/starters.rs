//! Starter plans: every section a plan of one kind × level is expected to
//! have (PLAN_CHECKLIST §5–§6), filled with the library's generic wording
//! and with the user's facts left empty.

use super::issuers::signer_title;
use super::lead_in_and_closing::{closing_for, lead_in_for};
use super::purposes::general_aim;
use super::recipients::starter_recipients;
use super::reports::suggested_reports;
use super::roles::suggested_assignments;
use super::title::{default_subject, period_for};
use super::{first_texts, SuggestionKind};
use crate::domain::catalogue;
use crate::domain::plan::{
    BasisVerb, Citation, DocType, IssuerLevel, Plan, PlanKind, Signer, SubArea, TaskGroup,
};

/// A starter plan of this kind and level for `year`: every section a plan of
/// that kind has, with generic wording, and the user's facts left empty.
pub fn starter(kind: PlanKind, level: IssuerLevel, year: u16) -> Plan {
    let mut plan = Plan::new(kind, level);
    plan.period = period_for(kind, year);
    plan.title.subject = default_subject(kind, level, plan.period);

    // Căn cứ: slots for the superior's document (numbers and dates are the
    // user's to give) and the laws cited by name, which need no number.
    let superior = Citation {
        id: plan.fresh_id(),
        verb: if kind == PlanKind::GenderAndChildren {
            BasisVerb::ThucHien
        } else {
            BasisVerb::CanCu
        },
        doc_type: DocType::KeHoach,
        superior_plan: true,
        ..Citation::default()
    };
    plan.basis.push(superior);
    let mut laws = vec!["Bình đẳng giới"];
    if kind == PlanKind::GenderAndChildren {
        laws.push("Trẻ em");
    }
    for law in laws {
        let citation = Citation {
            id: plan.fresh_id(),
            doc_type: DocType::Luat,
            subject: law.to_string(),
            ..Citation::default()
        };
        plan.basis.push(citation);
    }

    plan.lead_in = lead_in_for(&plan);
    // Pre-filled, not imposed: the superior's guidance may set a local theme.
    if kind == PlanKind::ActionMonth {
        plan.theme = catalogue::action_month_theme(year)
            .unwrap_or_default()
            .to_string();
    }
    plan.purposes = first_texts(SuggestionKind::Purpose, kind, level, 3);
    plan.requirements = first_texts(SuggestionKind::Requirement, kind, level, 3);
    plan.general_aim = general_aim(kind).to_string();

    for &area in default_areas(kind) {
        let group = TaskGroup {
            id: plan.fresh_id(),
            area: Some(area),
            title: area.title_vi().to_string(),
            items: Vec::new(),
        };
        plan.task_groups.push(group);
    }

    for mut assignment in suggested_assignments(kind, level) {
        assignment.id = plan.fresh_id();
        plan.assignments.push(assignment);
    }

    plan.funding = first_texts(SuggestionKind::Funding, kind, level, 1)
        .pop()
        .unwrap_or_default();

    // The deadlines are the superior's to set: keep what is reported and to
    // whom, leave the date for the user.
    for mut report in suggested_reports(kind, level, year) {
        report.id = plan.fresh_id();
        report.date = None;
        plan.reports.push(report);
    }

    plan.closing = closing_for(&plan);
    plan.recipients = starter_recipients(level, year);
    plan.archive_units = String::new();
    plan.signer = Signer {
        title: signer_title(level).to_string(),
        ..Signer::default()
    };
    plan
}

/// The sub-areas a plan of this kind is expected to cover, in order: all
/// twelve for a year's plan; the others leave out what does not belong.
pub fn default_areas(kind: PlanKind) -> &'static [SubArea] {
    use SubArea::*;
    match kind {
        PlanKind::Annual => &SubArea::ALL,
        #[rustfmt::skip]
        PlanKind::ActionMonth => &[
            Leadership, Communication, ActionMonth, ViolencePrevention, Coordination, Monitoring,
        ],
        #[rustfmt::skip]
        PlanKind::MultiYear => &[
            Leadership, Communication, Mainstreaming, Training, ActionMonth, ViolencePrevention,
            WomenStaff, Emulation, Monitoring, Statistics, Coordination,
        ],
        #[rustfmt::skip]
        PlanKind::GenderAndChildren => &[
            Leadership, Communication, Mainstreaming, Training, ActionMonth, Observances,
            ViolencePrevention, Monitoring, Statistics, Coordination,
        ],
    }
}
