//! Plans written today: every starter of ours, on the map of its date, is
//! free of findings that call our own text outdated (REFERENCES.md §9).
#![cfg(not(target_arch = "wasm32"))]

use kehoach_bdg::domain::admin_map::{abolished_body, AdminMap};
use kehoach_bdg::domain::checklist::{evaluate, RuleId};
use kehoach_bdg::domain::templates::{starter, starter_on, suggested_texts, SuggestionKind};
use kehoach_bdg::domain::{Date, IssuerLevel, PlanKind};

/// Rules that say a text is out of date: an expired or replaced document,
/// a number the catalogue knows otherwise, a body that no longer exists.
const OUTDATED: [RuleId; 3] = [
    RuleId::CatalogueMismatch,
    RuleId::X12AbolishedBody,
    RuleId::X12PhongLevel,
];

#[test]
fn no_starter_calls_its_own_text_outdated() {
    let dates = [
        Date::new(2024, 6, 30).unwrap(),
        Date::new(2026, 12, 4).unwrap(),
    ];
    let mut checked = 0;
    for date in dates {
        let map = AdminMap::on(date);
        for year in 2020..=2030 {
            for kind in PlanKind::ALL {
                for level in IssuerLevel::ALL {
                    // The Phòng GD&ĐT is only offered for plans of before.
                    if level == IssuerLevel::Phong && map == AdminMap::TwoLevel {
                        continue;
                    }
                    let mut plan = starter_on(kind, level, year, map);
                    plan.header.date = Some(date);
                    let report = evaluate(&plan);
                    let outdated: Vec<String> = report
                        .findings
                        .iter()
                        .filter(|f| OUTDATED.contains(&f.rule))
                        .map(|f| format!("{} @ {}: {}", f.rule.code(), f.field.dom_id(), f.message))
                        .collect();
                    assert!(
                        outdated.is_empty(),
                        "{date:?} {year} {kind:?} × {level:?}: {outdated:#?}"
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 700, "{checked}");
}

#[test]
fn nothing_we_offer_on_the_two_level_map_names_an_abolished_body() {
    for kind in PlanKind::ALL {
        for level in IssuerLevel::ALL
            .into_iter()
            .filter(|l| *l != IssuerLevel::Phong)
        {
            let plan = starter(kind, level, 2027);
            let json = serde_json::to_string(&plan).unwrap();
            assert_eq!(abolished_body(&json), None, "{kind:?} × {level:?}");
            for sk in SuggestionKind::all() {
                for text in suggested_texts(sk, kind, level, AdminMap::TwoLevel) {
                    assert_eq!(abolished_body(text), None, "{kind:?} × {level:?}: {text}");
                }
            }
        }
    }
}

#[test]
fn a_school_before_the_reform_still_reports_to_its_phong() {
    let old = starter_on(
        PlanKind::Annual,
        IssuerLevel::TieuHoc,
        2024,
        AdminMap::ThreeLevel,
    );
    assert!(old.recipients[0].starts_with("Phòng Giáo dục và Đào tạo"));
    let new = starter(PlanKind::Annual, IssuerLevel::TieuHoc, 2027);
    assert!(
        new.recipients[0].starts_with("Ủy ban nhân dân xã, phường"),
        "{:?}",
        new.recipients
    );
    assert_eq!(new.reports[0].recipient, "Ủy ban nhân dân xã, phường");
    let thpt = starter(PlanKind::Annual, IssuerLevel::Thpt, 2027);
    assert!(thpt.recipients[0].starts_with("Sở Giáo dục và Đào tạo"));
}

#[test]
fn the_action_month_rests_on_the_strategy_and_the_years_letter() {
    let refs = |year| {
        starter(PlanKind::ActionMonth, IssuerLevel::Thcs, year)
            .basis
            .iter()
            .map(|c| format!("{}/{} {}", c.number, c.symbol, c.issuer))
            .collect::<Vec<_>>()
    };
    let y2020 = refs(2020);
    assert!(
        y2020.iter().any(|r| r.starts_with("1696/QĐ-TTg")),
        "{y2020:?}"
    );
    let y2025 = refs(2025);
    assert!(y2025.iter().any(|r| r.starts_with("28/NQ-CP")), "{y2025:?}");
    assert!(
        y2025.iter().any(|r| r.starts_with("8935/BNV-CTTN&BĐG")),
        "{y2025:?}"
    );
    assert!(!y2025.iter().any(|r| r.contains("1696")));
    // 2026: the letter is not known; a slot to fill, never a number of ours.
    let y2026 = refs(2026);
    assert!(y2026.iter().any(|r| r == "/ Bộ Nội vụ"), "{y2026:?}");
    assert_eq!(
        starter(PlanKind::ActionMonth, IssuerLevel::Thcs, 2026).theme,
        ""
    );
}
