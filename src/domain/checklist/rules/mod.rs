//! The rule table: every rule the checklist knows, as data.
//!
//! One row per rule: stable id, the PLAN_CHECKLIST element it implements,
//! its home section, its severity (which may depend on the plan kind or the
//! issuer level, exactly as PLAN_CHECKLIST.md §1–§2 and §5–§6 say), whether
//! a failure means "not written yet" or "written wrong", and its texts.
//!
//! This module is the ONE place for checklist wording. Texts may hold
//! `{placeholders}` that the validators fill (`{n}` = position of the item,
//! `{doc}` = the cited document, `{value}` = what the user typed …).
//! Vietnamese is what users read; `message_en` is a courtesy translation.
//!
//! Severity follows the Status column of PLAN_CHECKLIST.md: Decree → error,
//! Practice → warning, Recommended → hint; a Conditional rule is evaluated
//! only when its condition holds (the validator decides). Item-level checks
//! (a citation without a date, a target without a number) take the severity
//! that the element needs once the user has started writing it.
//!
//! The table itself is in `table.rs`; the texts that fill placeholders
//! differently by plan kind or issuer level are in `wording.rs`.

use crate::domain::plan::{IssuerLevel, Plan, PlanKind, SubArea};
use crate::domain::section::SectionId;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A part the decree requires (NĐ 30/2020 Điều 8.2), or text that cannot
    /// be right. Blocks 100 % completeness.
    Error,
    /// Expected by practice and by the superior body. Blocks 100 %.
    Warning,
    /// Recommended; never blocks completeness.
    Hint,
}

impl Severity {
    /// Does a finding of this severity count against completeness?
    pub fn is_required(self) -> bool {
        matches!(self, Severity::Error | Severity::Warning)
    }
}

/// What a failure of the rule means for the section status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RuleKind {
    /// Something is not written yet ("in progress").
    Missing,
    /// Something is written but wrong or inconsistent ("has problems").
    Problem,
}

/// The severity of a rule, possibly depending on the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeverityRule {
    Fixed(Severity),
    /// Per plan kind, in the order of [`PlanKind::ALL`]: annual, Action
    /// Month, multi-year, "BĐG và Trẻ em".
    ByKind([Severity; 4]),
    /// Schools (and a school's Ban VSTBPN) vs education offices (Sở, Phòng).
    ByIssuer {
        school: Severity,
        office: Severity,
    },
}

impl SeverityRule {
    /// The severity for this plan.
    pub fn resolve(self, kind: PlanKind, level: IssuerLevel) -> Severity {
        match self {
            SeverityRule::Fixed(s) => s,
            SeverityRule::ByKind(by) => by[kind_index(kind)],
            SeverityRule::ByIssuer { school, office } => {
                if matches!(level, IssuerLevel::So | IssuerLevel::Phong) {
                    office
                } else {
                    school
                }
            }
        }
    }
}

fn kind_index(kind: PlanKind) -> usize {
    match kind {
        PlanKind::Annual => 0,
        PlanKind::ActionMonth => 1,
        PlanKind::MultiYear => 2,
        PlanKind::GenderAndChildren => 3,
    }
}

/// One row of the rule table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleDef {
    pub id: RuleId,
    /// Stable code, e.g. "A2.number-letter-suffix".
    pub code: &'static str,
    /// PLAN_CHECKLIST element or check: "A2", "B5", "X4".
    pub element: &'static str,
    /// Section whose completeness the rule counts toward. A finding itself
    /// belongs to the section of the field it points to (usually the same).
    pub section: SectionId,
    pub severity: SeverityRule,
    pub kind: RuleKind,
    /// Vietnamese message template.
    pub message_vi: &'static str,
    /// Vietnamese hint template: how to fix.
    pub hint_vi: &'static str,
    /// English message template (courtesy translation).
    pub message_en: &'static str,
}

impl RuleDef {
    /// Severity of the rule for a plan.
    pub fn severity_for(&self, plan: &Plan) -> Severity {
        self.severity.resolve(plan.kind, plan.level)
    }
}

macro_rules! rules {
    ($( $var:ident : $code:literal, $el:literal, $sec:ident, $sev:expr, $kind:ident,
        $vi:literal, $hint:expr, $en:literal; )*) => {
        /// Stable identifier of a rule; [`RuleId::code`] gives its text form.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum RuleId { $($var),* }

        impl RuleId {
            /// Every rule, in table order.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$var),*];
            /// Number of rules.
            pub const COUNT: usize = RuleId::ALL.len();
        }

        /// The rule table, indexed by `RuleId as usize`.
        pub static RULES: &[RuleDef] = &[$(RuleDef {
            id: RuleId::$var,
            code: $code,
            element: $el,
            section: SectionId::$sec,
            severity: $sev,
            kind: RuleKind::$kind,
            message_vi: $vi,
            hint_vi: $hint,
            message_en: $en,
        }),*];
    };
}

mod table;
mod wording;

pub use table::{RuleId, RULES};
pub(crate) use wording::{
    deputy_hint, head_title, kind_name, parent_body_example, period_kind_hint, roles_example,
    subject_kind_hint, superior_example, title_hint,
};

impl RuleId {
    /// The rule's row in the table.
    pub fn def(self) -> &'static RuleDef {
        &RULES[self as usize]
    }

    /// Stable text id, e.g. "A2.number-letter-suffix".
    pub fn code(self) -> &'static str {
        self.def().code
    }

    /// The rule with this code.
    pub fn from_code(code: &str) -> Option<RuleId> {
        RULES.iter().find(|r| r.code == code).map(|r| r.id)
    }

    /// The sub-area rule B1…B12.
    pub fn for_area(area: SubArea) -> RuleId {
        match area {
            SubArea::Leadership => RuleId::B1Missing,
            SubArea::Communication => RuleId::B2Missing,
            SubArea::Mainstreaming => RuleId::B3Missing,
            SubArea::Training => RuleId::B4Missing,
            SubArea::ActionMonth => RuleId::B5Missing,
            SubArea::Observances => RuleId::B6Missing,
            SubArea::ViolencePrevention => RuleId::B7Missing,
            SubArea::WomenStaff => RuleId::B8Missing,
            SubArea::Emulation => RuleId::B9Missing,
            SubArea::Monitoring => RuleId::B10Missing,
            SubArea::Statistics => RuleId::B11Missing,
            SubArea::Coordination => RuleId::B12Missing,
        }
    }
}

impl serde::Serialize for RuleId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_indexed_by_id_and_codes_are_unique() {
        for (i, r) in RULES.iter().enumerate() {
            assert_eq!(r.id as usize, i, "{}", r.code);
            assert_eq!(RuleId::from_code(r.code), Some(r.id));
            assert!(r.code.starts_with(r.element), "{}", r.code);
        }
        let mut codes: Vec<_> = RULES.iter().map(|r| r.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), RULES.len());
    }

    #[test]
    fn every_rule_has_both_texts() {
        for r in RULES {
            assert!(!r.message_vi.trim().is_empty(), "{}", r.code);
            assert!(!r.hint_vi.trim().is_empty(), "{}", r.code);
            assert!(!r.message_en.trim().is_empty(), "{}", r.code);
            assert!(
                crate::domain::text::nfc(r.message_vi) == r.message_vi
                    && crate::domain::text::nfc(r.hint_vi) == r.hint_vi,
                "{} is not NFC",
                r.code
            );
        }
    }

    #[test]
    fn severities_follow_kind_and_level() {
        use IssuerLevel::{Phong, So, Thcs, TieuHoc};
        use PlanKind::{Annual, GenderAndChildren, MultiYear};
        use Severity::{Hint, Warning};
        // (rule, kind, level, expected): A7 and A8 by kind, B3 by issuer.
        let cases = [
            (RuleId::PurposesMissing, Annual, TieuHoc, Warning),
            (RuleId::PurposesMissing, MultiYear, TieuHoc, Hint),
            (RuleId::TargetsMissing, Annual, TieuHoc, Hint),
            (RuleId::TargetsMissing, GenderAndChildren, Phong, Warning),
            (RuleId::B3Missing, Annual, Thcs, Warning),
            (RuleId::B3Missing, Annual, So, Hint),
        ];
        for (rule, kind, level, expected) in cases {
            let got = rule.def().severity.resolve(kind, level);
            assert_eq!(got, expected, "{} {kind:?} {level:?}", rule.code());
        }
    }
}
