//! A11: kinh phí.

use super::cross::Corpus;
use super::{blank, Ctx};
use crate::domain::checklist::field::FieldRef;
use crate::domain::checklist::rules::RuleId;

pub(super) fn funding(ctx: &mut Ctx, corpus: &Corpus) {
    let stated = !blank(&ctx.plan.funding) || corpus.funds_in_text;
    match corpus.cost_cue {
        // Conditional: activities with costs need a source of funds.
        Some(cue) => ctx.check(
            RuleId::FundingMissing,
            stated,
            FieldRef::Funding,
            &[("cue", cue)],
        ),
        None => ctx.check(RuleId::FundingRecommended, stated, FieldRef::Funding, &[]),
    }
}
