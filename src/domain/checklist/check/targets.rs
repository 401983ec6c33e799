//! A8: mục tiêu, chỉ tiêu.

use super::{blank, Args, Ctx};
use crate::domain::checklist::field::{FieldRef, TargetPart};
use crate::domain::checklist::rules::RuleId;
use crate::domain::plan::{ItemId, PlanKind, Unit};

/// A target value as a number: "100", "2,5", "2.5", "1.000" (thousands),
/// optionally followed by "%". `None` for anything else.
pub(super) fn parse_value(v: &str) -> Option<f64> {
    let v = v.trim();
    let v = v.strip_suffix('%').unwrap_or(v).trim_end();
    if v.is_empty() {
        return None;
    }
    let mut int = String::new();
    let mut frac = String::new();
    let mut seen_sep = false;
    for c in v.chars() {
        match c {
            '0'..='9' if seen_sep => frac.push(c),
            '0'..='9' => int.push(c),
            ',' | '.' if !seen_sep && !int.is_empty() => seen_sep = true,
            _ => return None,
        }
    }
    if seen_sep && frac.is_empty() {
        return None;
    }
    // "1.000" is a thousands separator, as `nd30::format_target_value` reads it.
    if seen_sep && frac.len() == 3 && v.contains('.') {
        int.push_str(&frac);
        frac.clear();
    }
    let s = if frac.is_empty() {
        int
    } else {
        format!("{int}.{frac}")
    };
    s.parse().ok()
}

pub(super) fn targets(ctx: &mut Ctx) {
    let plan = ctx.plan;
    ctx.check(
        RuleId::TargetsMissing,
        !plan.targets.is_empty(),
        FieldRef::Targets,
        &[],
    );
    if plan.kind == PlanKind::MultiYear {
        ctx.check(
            RuleId::GeneralAimMissing,
            !blank(&plan.general_aim),
            FieldRef::GeneralAim,
            &[],
        );
    }
    let mut linked: Vec<ItemId> = plan
        .tasks()
        .flat_map(|t| t.targets.iter().copied())
        .collect();
    linked.sort_unstable();
    linked.dedup();

    for (i, t) in plan.targets.iter().enumerate() {
        let n = (i + 1).to_string();
        let at = |part| FieldRef::Target { id: t.id, part };
        // A target says what is reached and by whom.
        for (rule, text, part) in [
            (RuleId::TargetWhatMissing, &t.what, TargetPart::What),
            (RuleId::TargetGroupMissing, &t.group, TargetPart::Group),
        ] {
            ctx.check(rule, !blank(text), at(part), &[("n", &n)]);
        }
        let value = t.value.trim();
        if value.is_empty() {
            ctx.fail(
                RuleId::TargetValueMissing,
                at(TargetPart::Value),
                &[("n", &n)],
            );
        } else {
            ctx.pass(RuleId::TargetValueMissing);
            let args: Args = &[("n", &n), ("value", value.trim_end_matches('%').trim_end())];
            match parse_value(value) {
                None => ctx.fail(RuleId::TargetValueInvalid, at(TargetPart::Value), args),
                Some(v) => {
                    ctx.pass(RuleId::TargetValueInvalid);
                    if t.unit == Unit::Percent {
                        ctx.check(
                            RuleId::TargetPercentOver,
                            v <= 100.0,
                            at(TargetPart::Value),
                            args,
                        );
                    }
                }
            }
        }
        if let Unit::Other(u) = &t.unit {
            ctx.check(
                RuleId::TargetUnitMissing,
                !blank(u),
                at(TargetPart::Unit),
                &[("n", &n)],
            );
        }
        ctx.check(
            RuleId::TargetNoTask,
            linked.binary_search(&t.id).is_ok(),
            at(TargetPart::Tasks),
            &[("n", &n)],
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn target_values() {
        assert_eq!(parse_value("100"), Some(100.0));
        assert_eq!(parse_value("2,5"), Some(2.5));
        assert_eq!(parse_value("2.5"), Some(2.5));
        assert_eq!(parse_value("1.000"), Some(1000.0));
        assert_eq!(parse_value("100%"), Some(100.0));
        assert_eq!(parse_value("abc"), None);
        assert_eq!(parse_value("1 00"), None);
        assert_eq!(parse_value("5,"), None);
        assert_eq!(parse_value(",5"), None);
        assert_eq!(parse_value("-5"), None);
    }
}
