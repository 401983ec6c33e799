//! A16: phụ lục.

use super::cross::Corpus;
use super::{blank, Ctx};
use crate::domain::checklist::field::{AppendixPart, FieldRef};
use crate::domain::checklist::rules::RuleId;

pub(super) fn appendices(ctx: &mut Ctx, corpus: &Corpus) {
    let plan = ctx.plan;
    let real = plan
        .appendices
        .iter()
        .filter(|a| !blank(&a.title) || !blank(&a.body))
        .count();
    // Conditional (NĐ 30 Đ.8.3 a): required when the text refers to one.
    if corpus.mentions_appendix {
        ctx.check(RuleId::AppendixMissing, real > 0, FieldRef::Appendices, &[]);
    }
    for (i, a) in plan.appendices.iter().enumerate() {
        ctx.check(
            RuleId::AppendixEmpty,
            !blank(&a.body),
            FieldRef::Appendix {
                id: a.id,
                part: AppendixPart::Body,
            },
            &[("n", &(i + 1).to_string())],
        );
    }
    if real > 0 {
        ctx.check(
            RuleId::AppendixNotReferenced,
            corpus.mentions_appendix,
            FieldRef::Appendices,
            &[],
        );
    }
}
