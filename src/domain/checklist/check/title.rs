//! A4 and X1: the trích yếu and the period, and the date line's year.

use super::Ctx;
use crate::domain::checklist::field::FieldRef;
use crate::domain::checklist::rules::{self, RuleId};
use crate::domain::checklist::scan::{self, Scope};
use crate::domain::date::Date;
use crate::domain::plan::PlanKind;

const TOPIC_CUES: [&str; 7] = [
    "bình đẳng giới",
    "tiến bộ phụ nữ",
    "tiến bộ của phụ nữ",
    "bđg",
    "vstbpn",
    "bạo lực trên cơ sở giới",
    "bạo lực giới",
];

pub(super) fn title(ctx: &mut Ctx) {
    let plan = ctx.plan;
    let subject = plan.title.subject.trim();
    let scope_text = ctx.scope_text();
    ctx.check(
        RuleId::SubjectMissing,
        !subject.is_empty(),
        FieldRef::Subject,
        &[("scope", &scope_text)],
    );
    ctx.check(
        RuleId::PeriodMissing,
        ctx.period.is_some(),
        FieldRef::Period,
        &[],
    );

    if !subject.is_empty() {
        let scopes = ctx.subject_scopes;
        let hint_scope = ctx.period.map_or_else(
            || "năm …, năm học … hoặc giai đoạn …".to_string(),
            Scope::text,
        );
        ctx.check(
            RuleId::SubjectNoScope,
            !scopes.is_empty(),
            FieldRef::Subject,
            &[("scope", &hint_scope)],
        );
        if let (Some(p), Some(found)) = (ctx.period, scopes.first()) {
            let ok = scopes.iter().any(|s| s == p);
            ctx.check(
                RuleId::SubjectScopeMismatch,
                ok,
                FieldRef::Subject,
                &[("found", &found.text()), ("expected", &p.text())],
            );
        }
        let folded = ctx.folder.fold(subject);
        let topic = scan::has_any(folded, &TOPIC_CUES);
        let kind_ok = match plan.kind {
            PlanKind::ActionMonth => Some(scan::has_cue(folded, "tháng hành động")),
            PlanKind::GenderAndChildren => {
                Some(scan::has_cue(folded, "trẻ em") && scan::has_cue(folded, "bình đẳng giới"))
            }
            _ => None,
        };
        ctx.check(RuleId::SubjectNoTopic, topic, FieldRef::Subject, &[]);
        if let Some(ok) = kind_ok {
            ctx.check(
                RuleId::SubjectKindCue,
                ok,
                FieldRef::Subject,
                &[
                    ("kind_name", rules::kind_name(plan.kind)),
                    ("kind_hint", rules::subject_kind_hint(plan.kind)),
                ],
            );
        }
        let final_stop = subject.ends_with('.') && !subject.ends_with("...");
        ctx.check(
            RuleId::SubjectFinalPeriod,
            !final_stop,
            FieldRef::Subject,
            &[],
        );
    }

    if let Some(p) = ctx.period {
        let ok = match (plan.kind, p) {
            (PlanKind::MultiYear, Scope::Span(a, b)) => b > a,
            (PlanKind::MultiYear, _) => false,
            (PlanKind::ActionMonth, s) => matches!(s, Scope::Year(_)),
            (_, Scope::Span(a, b)) => b == a,
            _ => true,
        };
        ctx.check(
            RuleId::PeriodKindMismatch,
            ok,
            FieldRef::Period,
            &[
                ("expected", &p.text()),
                ("kind_name", rules::kind_name(plan.kind)),
                ("kind_hint", rules::period_kind_hint(plan.kind)),
            ],
        );
    }

    // X1: the scope the reader sees (the trích yếu's, else the period) vs
    // the date line.
    let (x1_scope, field) = match ctx.subject_scopes.first() {
        Some(s) => (Some(s), FieldRef::Subject),
        None => (ctx.period, FieldRef::Period),
    };
    if let (Some(s), Some(d)) = (x1_scope, ctx.date) {
        let ok = match s {
            Scope::Year(y) => d.year() == y,
            // A school-year plan is issued in the school year or shortly
            // before it (from May).
            Scope::SchoolYear(a) => {
                Date::new(a, 5, 1).is_some_and(|from| d >= from)
                    && Date::new(a.saturating_add(1), 7, 31).is_some_and(|to| d <= to)
            }
            // Multi-year plans are often issued a year into their span or
            // the year before it starts.
            Scope::Span(a, b) => d.year() >= a.saturating_sub(1) && d.year() <= b,
        };
        ctx.check(
            RuleId::X1DateYear,
            ok,
            field,
            &[("scope", &s.text()), ("date", &d.short_vi())],
        );
    }
}
