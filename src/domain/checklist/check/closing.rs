//! A13 and X7: the closing paragraph.

use super::{blank, Ctx};
use crate::domain::checklist::field::FieldRef;
use crate::domain::checklist::rules::RuleId;
use crate::domain::checklist::scan;

pub(super) fn closing(ctx: &mut Ctx) {
    let plan = ctx.plan;
    let scope_text = ctx.scope_text();
    if blank(&plan.closing) {
        ctx.fail(
            RuleId::ClosingMissing,
            FieldRef::Closing,
            &[("scope", &scope_text)],
        );
        return;
    }
    ctx.pass(RuleId::ClosingMissing);
    if let Some(s) = ctx.scope {
        let (a, b) = s.years();
        let f = ctx.folder.fold(&plan.closing);
        let ok = scan::has_year_number(f, a) || scan::has_year_number(f, b);
        ctx.check(
            RuleId::X7ClosingNoYear,
            ok,
            FieldRef::Closing,
            &[("scope", &scope_text)],
        );
    }
}
