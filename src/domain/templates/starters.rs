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
use crate::domain::admin_map::AdminMap;
use crate::domain::catalogue;
use crate::domain::plan::{
    BasisVerb, Citation, DocType, IssuerLevel, Plan, PlanKind, Signer, SubArea, TaskGroup,
};

/// A starter plan of this kind and level for `year`, on the map such a plan
/// is written on ([`new_plan_map`]).
pub fn starter(kind: PlanKind, level: IssuerLevel, year: u16) -> Plan {
    starter_on(kind, level, year, new_plan_map(kind, year))
}

/// The map a new plan for `year` is written on while it has no date: such
/// plans are written as their period begins (a year's plan in its first
/// months, the Action Month's in October–November, a school year's in
/// August–September), so a 2025 year's plan was written before 1/7/2025 and
/// a 2025 Action Month plan after.
pub fn new_plan_map(kind: PlanKind, year: u16) -> AdminMap {
    let first_two_level_year = match kind {
        PlanKind::ActionMonth => 2025,
        PlanKind::Annual | PlanKind::MultiYear | PlanKind::GenderAndChildren => 2026,
    };
    if year >= first_two_level_year {
        AdminMap::TwoLevel
    } else {
        AdminMap::ThreeLevel
    }
}

/// A starter plan of this kind and level for `year` on `map`: every section
/// a plan of that kind has, with generic wording, and the user's facts left
/// empty.
pub fn starter_on(kind: PlanKind, level: IssuerLevel, year: u16, map: AdminMap) -> Plan {
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
    if kind == PlanKind::ActionMonth {
        for mut citation in action_month_basis(year) {
            citation.id = plan.fresh_id();
            plan.basis.push(citation);
        }
    }

    plan.lead_in = lead_in_for(&plan);
    // Pre-filled, not imposed: the superior's guidance may set a local theme.
    if kind == PlanKind::ActionMonth {
        plan.theme = catalogue::action_month_theme(year)
            .unwrap_or_default()
            .to_string();
    }
    plan.purposes = first_texts(SuggestionKind::Purpose, kind, level, map, 3);
    plan.requirements = first_texts(SuggestionKind::Requirement, kind, level, map, 3);
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

    plan.funding = first_texts(SuggestionKind::Funding, kind, level, map, 1)
        .pop()
        .unwrap_or_default();

    // The deadlines are the superior's to set: keep what is reported and to
    // whom, leave the date for the user.
    for mut report in suggested_reports(kind, level, year, map) {
        report.id = plan.fresh_id();
        report.date = None;
        plan.reports.push(report);
    }

    plan.closing = closing_for(&plan);
    plan.recipients = starter_recipients(level, map);
    plan.archive_units = String::new();
    plan.signer = Signer {
        title: signer_title(level).to_string(),
        ..Signer::default()
    };
    plan
}

/// What an Action Month plan of `year` rests on besides its superior's
/// plan: the programme in force that year (QĐ 1696/QĐ-TTg until 2020, the
/// 2021–2030 strategy NQ 28/NQ-CP since, REFERENCES.md §9) and, from 2025,
/// Bộ Nội vụ's guidance letter of the year: the catalogue's when it is known,
/// otherwise a slot with the issuer and subject whose number and date the
/// user copies from the letter (we never invent a number).
fn action_month_basis(year: u16) -> Vec<Citation> {
    let programme = if year <= 2020 {
        "qd-1696-2015"
    } else {
        "nq-28-2021"
    };
    let mut out: Vec<Citation> = catalogue::by_id(programme)
        .map(|entry| entry.to_citation())
        .into_iter()
        .collect();
    if year >= 2025 {
        let known = catalogue::entries().iter().find(|entry| {
            entry.group == catalogue::Group::Yearly
                && entry.issuer == "Bộ Nội vụ"
                && entry.period == Some((year, year))
                && entry.subject.contains("Tháng hành động")
        });
        out.push(match known {
            Some(entry) => entry.to_citation(),
            None => Citation {
                doc_type: DocType::CongVan,
                issuer: "Bộ Nội vụ".to_string(),
                subject: format!(
                    "hướng dẫn tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm {year}"
                ),
                ..Citation::default()
            },
        });
    }
    out
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
