//! A15: the signature block.

use super::Ctx;
use crate::domain::checklist::field::FieldRef;
use crate::domain::checklist::rules::{self, RuleId};
use crate::domain::nd30;
use crate::domain::plan::{Authority, IssuerLevel};

/// Does a (folded) title start with a signing authority ("KT. HIỆU
/// TRƯỞNG", "TM BAN …") that belongs in its own field?
fn has_authority_prefix(t: &str) -> bool {
    ["tm", "kt", "q", "tl", "tuq"].iter().any(|p| {
        t.strip_prefix(p)
            .is_some_and(|rest| rest.starts_with('.') || rest.starts_with(' '))
    })
}

pub(super) fn signature(ctx: &mut Ctx) {
    let plan = ctx.plan;
    let s = &plan.signer;
    let level = plan.level;
    let expected = rules::head_title(level);
    let title = s.title.trim();
    let deputy = s.deputy_title.trim();
    let name = s.name.trim();

    ctx.check(
        RuleId::SignerTitleMissing,
        !title.is_empty(),
        FieldRef::SignerTitle,
        &[("expected", expected)],
    );
    ctx.check(
        RuleId::SignerNameMissing,
        !name.is_empty(),
        FieldRef::SignerName,
        &[],
    );
    if s.authority.needs_second_title() {
        let hint = rules::deputy_hint(s.authority, level);
        ctx.check(
            RuleId::DeputyTitleMissing,
            !deputy.is_empty(),
            FieldRef::SignerDeputyTitle,
            &[("prefix", s.authority.prefix()), ("deputy_hint", &hint)],
        );
    }
    let deputy_folded = ctx.folder.fold_owned(deputy);
    if s.authority == Authority::Kt && !deputy.is_empty() {
        ctx.check(
            RuleId::KtNotPho,
            deputy_folded.starts_with("phó"),
            FieldRef::SignerDeputyTitle,
            &[("value", deputy), ("expected", expected)],
        );
    }

    if !title.is_empty() {
        let t = ctx.folder.fold_owned(title);
        let has_prefix = has_authority_prefix(&t);
        ctx.check(
            RuleId::PrefixInTitle,
            !has_prefix,
            FieldRef::SignerTitle,
            &[("value", title)],
        );
        let expected_folded = ctx.folder.fold_owned(expected);
        let title_hint = rules::title_hint(level);
        if s.authority == Authority::Tm {
            if level == IssuerLevel::BanVstbpn {
                // TM. BAN …: the signer's own title is on the second line.
                if !deputy.is_empty() {
                    ctx.check(
                        RuleId::TitleLevel,
                        deputy_folded.contains(expected_folded.as_str()),
                        FieldRef::SignerDeputyTitle,
                        &[
                            ("value", deputy),
                            ("expected", expected),
                            ("title_hint", &title_hint),
                        ],
                    );
                }
            } else {
                ctx.fail(RuleId::TmNotCollective, FieldRef::SignerAuthority, &[]);
            }
        } else {
            if level != IssuerLevel::BanVstbpn {
                ctx.pass(RuleId::TmNotCollective);
            }
            ctx.check(
                RuleId::TitleLevel,
                t.contains(expected_folded.as_str()),
                FieldRef::SignerTitle,
                &[
                    ("value", title),
                    ("expected", expected),
                    ("title_hint", &title_hint),
                ],
            );
        }
    }

    if !name.is_empty() {
        let academic = nd30::academic_title_prefix(name);
        ctx.check(
            RuleId::NameAcademic,
            academic.is_none(),
            FieldRef::SignerName,
            &[("value", academic.unwrap_or(""))],
        );
        ctx.check(
            RuleId::NameAllUpper,
            !nd30::is_all_upper(name),
            FieldRef::SignerName,
            &[],
        );
    }
}
