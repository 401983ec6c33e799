//! X9: every abbreviation is spelled out at its first use.

use super::{body_texts, Ctx};
use crate::domain::checklist::field::FieldRef;
use crate::domain::checklist::rules::RuleId;
use crate::domain::checklist::scan;

/// One abbreviation met in the body.
struct Abbr {
    text: String,
    /// Where it is first used.
    first: FieldRef,
    defined: bool,
    /// Used before the place that defines it.
    used_early: bool,
}

/// How many abbreviations the X9 message names before "…".
const ABBRS_NAMED: usize = 5;

/// X9: every abbreviation is defined at its first use, "bình đẳng giới
/// (BĐG)". The body is read in the order the document prints it, from the
/// lead-in to the closing; the trích yếu and the căn cứ are left out (they
/// quote other documents' names). One finding at the first use of the
/// first abbreviation that is never defined or defined only later.
pub(super) fn abbreviations(ctx: &mut Ctx) {
    let plan = ctx.plan;
    let mut seen: Vec<Abbr> = Vec::new();
    let mut read = |text: &str, field: FieldRef| {
        scan::scan_abbrs(text, |a, defines| {
            match seen.iter_mut().find(|e| e.text == a) {
                Some(e) => {
                    if defines && !e.defined {
                        e.defined = true;
                        e.used_early = true;
                    }
                }
                None => seen.push(Abbr {
                    text: a.to_string(),
                    first: field,
                    defined: defines,
                    used_early: false,
                }),
            }
        })
    };
    body_texts(plan, |text, field, _| read(text, field));

    let mut bad = seen.iter().filter(|e| !e.defined || e.used_early);
    let Some(first) = bad.next() else {
        ctx.pass(RuleId::X9AbbrUndefined);
        return;
    };
    let field = first.first;
    let mut names: Vec<String> = std::iter::once(first)
        .chain(bad)
        .map(|e| format!("“{}”", e.text))
        .collect();
    if names.len() > ABBRS_NAMED {
        names.truncate(ABBRS_NAMED);
        names.push("…".to_string());
    }
    ctx.fail(
        RuleId::X9AbbrUndefined,
        field,
        &[("abbrs", &names.join(", "))],
    );
}
