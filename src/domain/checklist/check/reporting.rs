//! A12 and X4: chế độ báo cáo.

use super::{blank, scope_bounds, Ctx};
use crate::domain::checklist::field::{FieldRef, ReportPart};
use crate::domain::checklist::rules::RuleId;

pub(super) fn reporting(ctx: &mut Ctx) {
    let plan = ctx.plan;
    let complete = plan
        .reports
        .iter()
        .filter(|r| r.date.is_some() && !blank(&r.content) && !blank(&r.recipient))
        .count();
    ctx.check(RuleId::ReportsMissing, complete > 0, FieldRef::Reports, &[]);
    let bounds = ctx.scope.and_then(scope_bounds);
    let scope_text = ctx.scope_text();
    for (i, r) in plan.reports.iter().enumerate() {
        let n = (i + 1).to_string();
        let at = |part| FieldRef::Report { id: r.id, part };
        ctx.check(
            RuleId::ReportDateMissing,
            r.date.is_some(),
            at(ReportPart::Date),
            &[("n", &n)],
        );
        ctx.check(
            RuleId::ReportContentMissing,
            !blank(&r.content),
            at(ReportPart::Content),
            &[("n", &n)],
        );
        ctx.check(
            RuleId::ReportRecipientMissing,
            !blank(&r.recipient),
            at(ReportPart::Recipient),
            &[("n", &n)],
        );
        let Some(d) = r.date else { continue };
        let date = d.short_vi();
        if let Some(pd) = ctx.date {
            ctx.check(
                RuleId::X4ReportBeforePlan,
                d > pd,
                at(ReportPart::Date),
                &[("n", &n), ("date", &date), ("plan_date", &pd.short_vi())],
            );
        }
        if let Some((from, to)) = bounds {
            ctx.check(
                RuleId::X4ReportOutsidePeriod,
                from <= d && d <= to,
                at(ReportPart::Date),
                &[("n", &n), ("date", &date), ("scope", &scope_text)],
            );
        }
    }
}
