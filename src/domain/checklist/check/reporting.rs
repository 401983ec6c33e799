//! A12 and X4: chế độ báo cáo.

use super::{blank, scope_bounds, Ctx};
use crate::domain::checklist::field::{FieldRef, ReportPart};
use crate::domain::checklist::rules::RuleId;
use crate::domain::plan::ReportDeadline;

/// What every report deadline must say, with the rule that asks for each
/// part: when, what, and to whom (the channel is optional).
const REPORT_PARTS: [(RuleId, ReportPart); 3] = [
    (RuleId::ReportDateMissing, ReportPart::Date),
    (RuleId::ReportContentMissing, ReportPart::Content),
    (RuleId::ReportRecipientMissing, ReportPart::Recipient),
];

/// Is this part of the report deadline written?
fn has_part(r: &ReportDeadline, part: ReportPart) -> bool {
    match part {
        ReportPart::Date => r.date.is_some(),
        ReportPart::Content => !blank(&r.content),
        ReportPart::Recipient => !blank(&r.recipient),
        ReportPart::Channel => !blank(&r.channel),
    }
}

pub(super) fn reporting(ctx: &mut Ctx) {
    let plan = ctx.plan;
    let complete = plan
        .reports
        .iter()
        .filter(|r| REPORT_PARTS.iter().all(|&(_, part)| has_part(r, part)))
        .count();
    ctx.check(RuleId::ReportsMissing, complete > 0, FieldRef::Reports, &[]);
    let bounds = ctx.scope.and_then(scope_bounds);
    let scope_text = ctx.scope_text();
    for (i, r) in plan.reports.iter().enumerate() {
        let n = (i + 1).to_string();
        let at = |part| FieldRef::Report { id: r.id, part };
        for (rule, part) in REPORT_PARTS {
            ctx.check(rule, has_part(r, part), at(part), &[("n", &n)]);
        }
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
