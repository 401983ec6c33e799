//! A1–A3: the header (issuer, parent body, số/ký hiệu, place and date).

use super::{blank, Args, Ctx};
use crate::domain::checklist::field::FieldRef;
use crate::domain::checklist::rules::{self, RuleId};
use crate::domain::nd30::{self, AbbrCheck, NumberCheck};
use crate::domain::plan::IssuerLevel;

pub(super) fn header(ctx: &mut Ctx) {
    let plan = ctx.plan;
    let h = &plan.header;
    ctx.check(
        RuleId::IssuerMissing,
        !blank(&h.issuer),
        FieldRef::HeaderIssuer,
        &[],
    );
    ctx.check(
        RuleId::ParentBodyMissing,
        !blank(&h.parent_body),
        FieldRef::HeaderParentBody,
        &[("example", rules::parent_body_example(plan.level))],
    );

    let abbr = h.issuer_abbr.trim();
    let check = nd30::check_abbr(abbr);
    if check == AbbrCheck::Empty {
        ctx.fail(RuleId::AbbrMissing, FieldRef::HeaderAbbr, &[]);
    } else {
        ctx.pass(RuleId::AbbrMissing);
        let fixed = nd30::normalize_abbr(abbr);
        let args: Args = &[("value", abbr), ("fixed", &fixed)];
        for (rule, bad) in [
            (RuleId::AbbrSpaces, AbbrCheck::Spaces),
            (RuleId::AbbrLowercase, AbbrCheck::LowerCase),
            (RuleId::AbbrInvalid, AbbrCheck::Invalid),
        ] {
            ctx.check(rule, check != bad, FieldRef::HeaderAbbr, args);
        }
        if plan.level == IssuerLevel::BanVstbpn {
            ctx.check(
                RuleId::AbbrBanSeries,
                fixed.contains("BVSTBPN"),
                FieldRef::HeaderAbbr,
                &[],
            );
        }
    }

    let number = h.number.trim();
    match nd30::check_number(number) {
        NumberCheck::Empty => ctx.fail(RuleId::NumberBlank, FieldRef::HeaderNumber, &[]),
        c => {
            ctx.pass(RuleId::NumberBlank);
            let args: Args = &[("value", number)];
            ctx.check(
                RuleId::NumberLetterSuffix,
                c != NumberCheck::LetterSuffix,
                FieldRef::HeaderNumber,
                args,
            );
            ctx.check(
                RuleId::NumberInvalid,
                c != NumberCheck::Invalid,
                FieldRef::HeaderNumber,
                args,
            );
        }
    }

    let place = h.place.trim();
    if place.is_empty() {
        ctx.fail(RuleId::PlaceMissing, FieldRef::HeaderPlace, &[]);
    } else {
        ctx.pass(RuleId::PlaceMissing);
        let lower_start = place.chars().next().is_some_and(char::is_lowercase);
        ctx.check(
            RuleId::PlaceLowercase,
            !lower_start,
            FieldRef::HeaderPlace,
            &[("value", place)],
        );
    }
    ctx.check(
        RuleId::DateBlank,
        h.date.is_some(),
        FieldRef::HeaderDate,
        &[],
    );
}
