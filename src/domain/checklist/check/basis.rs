//! A5, A6, X2, X3: the căn cứ and the lead-in (X5 runs over all text in
//! [`super::cross`]).

use super::{blank, Args, Ctx};
use crate::domain::checklist::field::{CitationPart, FieldRef};
use crate::domain::checklist::rules::{self, RuleId};
use crate::domain::checklist::scan::{self, Scope};
use crate::domain::nd30;
use crate::domain::plan::{Citation, DocType};

fn is_law(t: DocType) -> bool {
    matches!(t, DocType::Luat | DocType::BoLuat)
}

/// What a citation of a law must have: its name, and no number (a law is
/// cited by name). Each row: the rule, the part, whether it must be written.
const LAW_PARTS: [(RuleId, CitationPart, bool); 2] = [
    (RuleId::LawNameMissing, CitationPart::Subject, true),
    (RuleId::LawWithNumber, CitationPart::Number, false),
];

/// What the first citation of any other document must have: every part
/// (Nghị định 30, Phụ lục I, mục II.6).
const DOCUMENT_PARTS: [(RuleId, CitationPart, bool); 5] = [
    (RuleId::CitationNumberMissing, CitationPart::Number, true),
    (RuleId::CitationSymbolMissing, CitationPart::Symbol, true),
    (RuleId::CitationDateMissing, CitationPart::Date, true),
    (RuleId::CitationIssuerMissing, CitationPart::Issuer, true),
    (RuleId::CitationSubjectMissing, CitationPart::Subject, true),
];

/// Is this part of the citation written?
fn has_part(c: &Citation, part: CitationPart) -> bool {
    match part {
        CitationPart::Type => true,
        CitationPart::Number => !blank(&c.number),
        CitationPart::Symbol => !blank(&c.symbol),
        CitationPart::Date => c.date.is_some(),
        CitationPart::Issuer => !blank(&c.issuer),
        CitationPart::Subject => !blank(&c.subject),
    }
}

pub(super) fn basis(ctx: &mut Ctx) {
    let plan = ctx.plan;
    ctx.check(
        RuleId::BasisMissing,
        !plan.basis.is_empty(),
        FieldRef::Basis,
        &[("superior", rules::superior_example(plan.level))],
    );
    let plan_years = ctx.years();

    let catalogue_year = plan_years.map_or(0, |(a, _)| a);
    for (i, c) in plan.basis.iter().enumerate() {
        let parts: &[_] = if is_law(c.doc_type) {
            &LAW_PARTS
        } else {
            &DOCUMENT_PARTS
        };
        let checks = parts
            .iter()
            .map(|&(rule, part, written)| (rule, has_part(c, part) == written, part));
        let dates = c.date.zip(ctx.date);
        let mismatches = ctx.catalogue.check(c, catalogue_year);

        // The usual case: nothing to say, so no label to build.
        let clean = checks.clone().all(|(_, ok, _)| ok)
            && dates.is_none_or(|(cd, pd)| cd <= pd)
            && mismatches.is_empty();
        if clean {
            for (rule, _, _) in checks {
                ctx.pass(rule);
            }
            if dates.is_some() {
                ctx.pass(RuleId::X2CitationAfterPlan);
            }
            ctx.pass(RuleId::CatalogueMismatch);
            continue;
        }

        let n = (i + 1).to_string();
        let doc = nd30::citation_short(c);
        let type_name = c.doc_type.name_vi().to_lowercase();
        let args: Args = &[("n", &n), ("doc", &doc), ("type", &type_name)];
        let at = |part| FieldRef::Citation { id: c.id, part };
        for (rule, ok, part) in checks {
            ctx.check(rule, ok, at(part), args);
        }
        if let Some((cd, pd)) = dates {
            ctx.check(
                RuleId::X2CitationAfterPlan,
                cd <= pd,
                at(CitationPart::Date),
                &[
                    ("n", &n),
                    ("doc", &doc),
                    ("date", &cd.short_vi()),
                    ("plan_date", &pd.short_vi()),
                ],
            );
        }
        if mismatches.is_empty() {
            ctx.pass(RuleId::CatalogueMismatch);
        }
        // A law cited by name has no number field to point to.
        let part = if blank(&c.number) {
            CitationPart::Subject
        } else {
            CitationPart::Number
        };
        for m in mismatches {
            let detail = m.message_vi();
            ctx.fail(
                RuleId::CatalogueMismatch,
                at(part),
                &[("n", &n), ("doc", &doc), ("detail", &detail)],
            );
        }
    }

    // X3: at least one cited (non-law) document of the plan's years, or
    // covering them by its own trích yếu ("giai đoạn 2021-2030").
    if let Some((y0, y1)) = plan_years {
        let mut any = false;
        let mut current = false;
        // A citation without date or trích yếu cannot answer (its missing
        // parts are reported above).
        let decidable =
            |c: &&Citation| !is_law(c.doc_type) && (c.date.is_some() || !blank(&c.subject));
        for c in plan.basis.iter().filter(decidable) {
            any = true;
            let dated = c.date.is_some_and(|d| (y0..=y1).contains(&d.year()));
            let covers = scan::scopes(ctx.folder.fold(&c.subject)).iter().any(|s| {
                let (a, b) = s.years();
                a <= y1 && y0 <= b
            });
            if dated || covers {
                current = true;
                break;
            }
        }
        if any {
            let scope = ctx.scope.map_or_else(|| format!("năm {y0}"), Scope::text);
            ctx.check(
                RuleId::X3NoCurrentBasis,
                current,
                FieldRef::Basis,
                &[("scope", &scope)],
            );
        }
    }

    let issuer = plan.header.issuer.trim();
    let issuer = if issuer.is_empty() {
        "[Tên đơn vị]"
    } else {
        issuer
    };
    ctx.check(
        RuleId::LeadInMissing,
        !blank(&plan.lead_in),
        FieldRef::LeadIn,
        &[("issuer", issuer)],
    );
}
