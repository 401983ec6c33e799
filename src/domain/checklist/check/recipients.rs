//! A14 and X11: nơi nhận (and no "Kính gửi" anywhere).

use super::Ctx;
use crate::domain::checklist::field::FieldRef;
use crate::domain::checklist::rules::RuleId;

/// A recipient line without the "- " and ";" a user may type.
fn bare(s: &str) -> &str {
    s.trim()
        .trim_start_matches(|c: char| matches!(c, '-' | '+' | '•' | '–') || c.is_whitespace())
        .trim_end_matches(|c: char| matches!(c, ';' | '.' | ',') || c.is_whitespace())
}

pub(super) fn recipients(ctx: &mut Ctx) {
    let plan = ctx.plan;
    let count = plan
        .recipients
        .iter()
        .filter(|r| !bare(r).is_empty())
        .count();
    ctx.check(
        RuleId::RecipientsMissing,
        count > 0,
        FieldRef::Recipients,
        &[],
    );
    for (i, r) in plan.recipients.iter().enumerate() {
        let item = bare(r);
        if item.is_empty() {
            continue;
        }
        let field = FieldRef::Recipient { index: i as u32 };
        let f = ctx.folder.fold(item);
        let nhu_tren = f == "như trên" || f.starts_with("như trên ");
        let kinh_gui = f.starts_with("kính gửi");
        let archive = f
            .strip_prefix("lưu")
            .is_some_and(|rest| rest.is_empty() || rest.trim_start().starts_with(':'));
        ctx.check(RuleId::NhuTren, !nhu_tren, field, &[]);
        ctx.check(RuleId::X11KinhGui, !kinh_gui, field, &[]);
        ctx.check(RuleId::ArchiveInList, !archive, field, &[("value", item)]);
    }
    // Only a failure counts here: a lead-in without "Kính gửi" is not
    // progress on the recipients.
    if ctx.folder.fold(&plan.lead_in).starts_with("kính gửi") {
        ctx.fail(RuleId::X11KinhGui, FieldRef::LeadIn, &[]);
    }
}
