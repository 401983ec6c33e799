//! A7 and X8's theme: mục đích, yêu cầu and the Action Month's chủ đề.

use super::{blank, Args, Ctx};
use crate::domain::catalogue;
use crate::domain::checklist::field::FieldRef;
use crate::domain::checklist::rules::RuleId;
use crate::domain::checklist::scan::{self, Scope};
use crate::domain::plan::PlanKind;

pub(super) fn purposes(ctx: &mut Ctx) {
    let plan = ctx.plan;
    let purposes = plan.purposes.iter().filter(|s| !blank(s)).count();
    let requirements = plan.requirements.iter().filter(|s| !blank(s)).count();
    ctx.check(
        RuleId::PurposesMissing,
        purposes > 0,
        FieldRef::Purposes,
        &[],
    );
    if purposes > 0 || requirements > 0 {
        ctx.check(
            RuleId::RequirementsMissing,
            requirements > 0,
            FieldRef::Requirements,
            &[],
        );
    }
    action_month_theme(ctx);
}

/// X8: an Action Month plan names the theme of its year; when the national
/// theme of that year is known, it is offered, and a different theme gets a
/// hint quoting it (local guidance may set another: the user keeps theirs).
fn action_month_theme(ctx: &mut Ctx) {
    let plan = ctx.plan;
    if plan.kind != PlanKind::ActionMonth {
        return;
    }
    let Some(Scope::Year(year)) = ctx.scope else {
        return;
    };
    let Some(national) = catalogue::action_month_theme(year) else {
        return;
    };
    let year = year.to_string();
    let args: Args = &[("year", &year), ("theme", national)];
    let theme = plan.theme.trim();
    if theme.is_empty() {
        ctx.fail(RuleId::X8ThemeMissing, FieldRef::Theme, args);
        return;
    }
    ctx.pass(RuleId::X8ThemeMissing);
    let mine = scan::theme_key(ctx.folder.fold(theme));
    let same = mine == scan::theme_key(ctx.folder.fold(national));
    ctx.check(RuleId::X8ThemeDiffers, same, FieldRef::Theme, args);
}
