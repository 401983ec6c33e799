//! The catalogue of national documents: data sanity, the picker's
//! citations, and the check of a user's citation against it.
#![cfg(not(target_arch = "wasm32"))]

use kehoach_bdg::domain::catalogue::*;
use kehoach_bdg::domain::citation::parse_citation;
use kehoach_bdg::domain::nd30::{citation_full, citation_reference};
use kehoach_bdg::domain::{Citation, Date, DocType};
use std::collections::HashSet;

fn cite(s: &str) -> Citation {
    parse_citation(s).unwrap_or_else(|e| panic!("{s}: {e}"))
}

// ---------------------------------------------------------------- data

#[test]
fn entries_are_well_formed() {
    let all = entries();
    assert!(all.len() >= 30);
    let mut ids = HashSet::new();
    let mut refs = HashSet::new();
    for e in all {
        assert!(ids.insert(e.id.as_str()), "duplicate id {}", e.id);
        assert_eq!(by_id(&e.id), Some(e));
        assert!(
            !e.number.is_empty() || e.name.is_some(),
            "{}: neither number nor name",
            e.id
        );
        if !e.number.is_empty() {
            assert!(e.number.chars().all(|c| c.is_ascii_digit()), "{}", e.id);
            assert!(!e.symbol.is_empty() && !e.symbol.contains(' '), "{}", e.id);
            let key = (e.doc_type, e.number.as_str(), e.symbol.as_str());
            assert!(refs.insert(key), "duplicate reference {}", e.id);
        }
        if let Some((from, to)) = e.period {
            assert!(from <= to, "{}", e.id);
            assert!(
                e.date.is_none_or(|d| d.year() <= to),
                "{}: issued after its period",
                e.id
            );
        }
        assert!(!e.issuer.is_empty() && !e.subject.is_empty(), "{}", e.id);
        // Vietnamese text is stored in NFC.
        for s in [&e.issuer, &e.subject, &e.symbol] {
            assert_eq!(&kehoach_bdg::domain::text::clean(s), s, "{}", e.id);
        }
    }
}

#[test]
fn party_documents_are_numbered_with_a_hyphen() {
    for e in entries().iter().filter(|e| e.group == Group::Party) {
        let r = citation_reference(&e.to_citation());
        assert!(r.contains('-') && r.ends_with("/TW"), "{r}");
    }
    assert_eq!(
        citation_reference(&by_id("ct-21-2018").unwrap().to_citation()),
        "21-CT/TW"
    );
}

#[test]
fn laws_are_offered_by_name() {
    let law = by_id("luat-73-2006").unwrap();
    assert_eq!(law.label(), "Luật Bình đẳng giới");
    let c = law.to_citation();
    assert_eq!(
        (c.doc_type, c.subject.as_str()),
        (DocType::Luat, "Bình đẳng giới")
    );
    assert_eq!(by_id("boluat-45-2019").unwrap().label(), "Bộ luật Lao động");
}

#[test]
fn picker_labels_read_as_citations() {
    assert_eq!(
        by_id("qd-1790-2021").unwrap().label(),
        "Quyết định số 1790/QĐ-TTg ngày 23/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình truyền thông về bình đẳng giới đến năm 2030"
    );
    assert_eq!(
        by_id("ct-21-2018").unwrap().label(),
        "Chỉ thị số 21-CT/TW ngày 20/1/2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới"
    );
    // No date for QĐ 938 (day not confirmed): none is printed.
    assert!(!by_id("qd-938-2017").unwrap().label().contains("ngày"));
}

#[test]
fn every_label_parses_back_to_its_entry() {
    for e in entries() {
        let back = cite(&e.label());
        let c = e.to_citation();
        assert_eq!(back.doc_type, c.doc_type, "{}", e.id);
        if e.name.is_none() {
            assert_eq!(
                (&back.number, &back.symbol, back.date, &back.issuer),
                (&c.number, &c.symbol, c.date, &c.issuer),
                "{}",
                e.id
            );
        }
        assert!(check_citation(&back, 0).is_empty(), "{}", e.id);
    }
}

// ---------------------------------------------------------------- check

#[test]
fn correct_citations_pass() {
    for s in [
        "Luật Bình đẳng giới",
        "Luật số 73/2006/QH11 ngày 29/11/2006",
        "Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư",
        "Nghị định số 56/2017/NĐ-CP ngày 09 tháng 5 năm 2017",
        "Quyết định số 1790/QĐ-TTg ngày 23/10/2021",
        // Not in the catalogue: nothing to say.
        "Kế hoạch số 865/KH-UBND ngày 12/4/2022 của UBND tỉnh Cao Bằng",
        "Quyết định số 2017/QĐ-UBND ngày 08 tháng 6 năm 2020",
    ] {
        assert_eq!(check_citation(&cite(s), 2024), vec![], "{s}");
    }
}

#[test]
fn wrong_number_same_family_and_date() {
    let m = check_citation(&cite("Luật số 72/2006/QH11 ngày 29/11/2006"), 2024);
    assert_eq!(
        m,
        vec![CatalogueMismatch::NumberMismatch {
            expected: "Luật số 73/2006/QH11 ngày 29/11/2006".into()
        }]
    );
    let m = check_citation(&cite("Quyết định số 1709/QĐ-TTg ngày 23/10/2021"), 2024);
    assert!(
        matches!(&m[..], [CatalogueMismatch::NumberMismatch { expected }] if expected.contains("1790/QĐ-TTg"))
    );
}

#[test]
fn wrong_date_same_number() {
    let m = check_citation(&cite("Chỉ thị số 21-CT/TW ngày 20/01/2019"), 2024);
    assert_eq!(
        m,
        vec![CatalogueMismatch::NumberMismatch {
            expected: "Chỉ thị số 21-CT/TW ngày 20/1/2018".into()
        }]
    );
    // Low-confidence dates are not held against the user.
    let m = check_citation(&cite("Quyết định số 1299/QĐ-TTg ngày 05/10/2018"), 2022);
    assert_eq!(m, vec![]);
}

#[test]
fn matching_ignores_case_spaces_and_leading_zeros() {
    let m = check_citation(&cite("Chỉ thị số 5-ct/tw ngày 15/5/2016"), 2024);
    assert_eq!(m, vec![]);
    let m = check_citation(&cite("Chỉ thị số 5 - ct / tw ngày 15/5/2017"), 2024);
    assert_eq!(m.len(), 1);
    let m = check_citation(&cite("Quyết định số 1696/qđ-ttg"), 2024);
    assert_eq!(m, vec![CatalogueMismatch::Expired { period_end: 2020 }]);
}

#[test]
fn expired_programmes() {
    let c = cite("Quyết định số 1696/QĐ-TTg ngày 02/10/2015 của Thủ tướng Chính phủ");
    assert_eq!(check_citation(&c, 2019), vec![]);
    assert_eq!(check_citation(&c, 2020), vec![]);
    assert_eq!(
        check_citation(&c, 2021),
        vec![CatalogueMismatch::Expired { period_end: 2020 }]
    );
    // Unknown plan year: no period check.
    assert_eq!(check_citation(&c, 0), vec![]);
    // "Đề án 938/QĐ-TTg" is the decision 938/QĐ-TTg (000_a717435394c9ba80.txt).
    let d = cite("Đề án 938/QĐ-TTg");
    assert_eq!(check_citation(&d, 2022), vec![]);
    assert_eq!(
        check_citation(&d, 2028),
        vec![CatalogueMismatch::Expired { period_end: 2027 }]
    );
}

#[test]
fn replaced_laws() {
    let old = cite("Luật Phòng, chống bạo lực gia đình số 02/2007/QH12");
    assert_eq!(
        check_citation(&old, 2024),
        vec![CatalogueMismatch::Replaced {
            by: "Luật Phòng, chống bạo lực gia đình số 13/2022/QH15".into()
        }]
    );
    // By name, the law in force is meant.
    let by_name = cite("Luật Phòng, chống bạo lực gia đình");
    assert_eq!(check_citation(&by_name, 2024), vec![]);
    let new = cite("Luật Phòng, chống bạo lực gia đình số 13/2022/QH15");
    assert_eq!(check_citation(&new, 2024), vec![]);
}

#[test]
fn seed_citations_raise_nothing_in_their_year() {
    for (s, year) in [
        ("Đề án 938/QĐ-TTg", 2022),
        ("Quyết định số 1299/QĐ-TTg của Thủ tướng Chính phủ", 2022),
        (
            "Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ",
            2022,
        ),
        (
            "Quyết định số 732/QĐ-TTg ngày 29/4/2016 của Thủ tướng Chính phủ",
            2022,
        ),
        (
            "Nghị định số 71/2020/NĐ-CP ngày 30/6/2020 của Chính phủ",
            2022,
        ),
        ("Chỉ thị 21-CT/TW ngày 20/01/2018 của Ban bí thư", 2020),
        ("Chỉ thị số 37-CT/TW về công tác cán bộ nữ", 2021),
        ("Luật Phòng, chống bạo lực gia đình", 2021),
        ("Nghị định số 70/2008/NĐ-CP ngày 04 tháng 06 năm 2008", 2023),
        (
            "Thông tư số 13/2021/TT-BLĐTBXH ngày 30 tháng 9 năm 2021",
            2023,
        ),
    ] {
        assert_eq!(check_citation(&cite(s), year), vec![], "{s}");
    }
}

#[test]
fn messages_are_vietnamese_and_carry_the_facts() {
    let m = CatalogueMismatch::NumberMismatch {
        expected: "Luật số 73/2006/QH11 ngày 29/11/2006".into(),
    };
    assert!(m.message_vi().contains("73/2006/QH11 ngày 29/11/2006"));
    assert!(m.message_vi().contains("đối chiếu"));
    let m = CatalogueMismatch::Expired { period_end: 2020 };
    assert!(m.message_vi().contains("2020"));
    let m = CatalogueMismatch::Replaced {
        by: "Luật X".into(),
    };
    assert!(m.message_vi().contains("thay thế bởi Luật X"));
}

// ---------------------------------------------------------------- themes, dates

#[test]
fn action_month_themes() {
    assert_eq!(action_month_theme(2015), None);
    assert_eq!(action_month_theme(2026), None);
    assert_eq!(action_month_theme(0), None);
    for y in 2016..=2025 {
        assert!(action_month_theme(y).is_some(), "{y}");
    }
    assert_eq!(action_month_theme(2021), action_month_theme(2024));
    assert_ne!(action_month_theme(2024), action_month_theme(2025));
    assert_eq!(
        action_month_theme(2018),
        Some("Chủ động phòng, chống bạo lực, xâm hại phụ nữ và trẻ em")
    );
    assert!(action_month_theme(2025).unwrap().contains("kỷ nguyên số"));
}

#[test]
fn key_dates_are_real_days_in_order() {
    let all = key_dates();
    assert!(all.len() >= 8);
    let mut last = (0, 0);
    for k in all {
        assert!(Date::new(2024, k.month, k.day).is_some(), "{}", k.name_vi);
        if let Some((d, m)) = k.until {
            assert!(Date::new(2024, m, d).is_some(), "{}", k.name_vi);
            assert!((m, d) > (k.month, k.day), "{}", k.name_vi);
        }
        assert!((k.month, k.day) >= last, "{} out of order", k.name_vi);
        last = (k.month, k.day);
    }
    let month = all
        .iter()
        .find(|k| k.name_vi.starts_with("Tháng hành động vì bình đẳng giới"))
        .unwrap();
    assert_eq!(
        (month.day, month.month, month.until),
        (15, 11, Some((15, 12)))
    );
    assert!(all.iter().any(|k| (k.day, k.month) == (20, 10)));
    assert!(all.iter().any(|k| (k.day, k.month) == (8, 3)));
    assert!(all
        .iter()
        .filter(|k| k.lunar)
        .all(|k| k.name_vi == "tết Trung thu"));
}

#[test]
fn full_citation_of_a_catalogue_entry_checks_clean_in_range() {
    let e = by_id("nq-28-2021").unwrap();
    let c = e.to_citation();
    assert!(citation_full(&c)
        .starts_with("Nghị quyết số 28/NQ-CP ngày 3/3/2021 của Chính phủ ban hành Chiến lược"));
    assert_eq!(check_citation(&c, 2030), vec![]);
    assert_eq!(
        check_citation(&c, 2031),
        vec![CatalogueMismatch::Expired { period_end: 2030 }]
    );
}

#[test]
fn the_checklist_checks_against_a_webmasters_catalogue() {
    use kehoach_bdg::domain::checklist::{evaluate, evaluate_with, RuleId};
    use kehoach_bdg::domain::templates::starter;
    use kehoach_bdg::domain::{IssuerLevel, PlanKind};
    let file = r#"{"version":1,"entries":[{"id":"cv-bnv-2027","type":"Công văn",
      "number":"512","symbol":"BNV-CTTN&BĐG","date":"15/03/2027","issuer":"Bộ Nội vụ",
      "subject":"hướng dẫn thực hiện công tác bình đẳng giới năm 2027","period":[2027,2027],
      "status":"running","confidence":"high"}]}"#;
    let catalogue = Catalogue::builtin().with_file(file).unwrap();
    let mut plan = starter(PlanKind::Annual, IssuerLevel::TieuHoc, 2027);
    let mut wrong = cite("Công văn số 521/BNV-CTTN&BĐG ngày 15/3/2027 của Bộ Nội vụ hướng dẫn thực hiện công tác bình đẳng giới năm 2027");
    wrong.id = 999;
    plan.basis.push(wrong);
    let flagged = |r: &kehoach_bdg::domain::checklist::Report| {
        r.findings
            .iter()
            .any(|f| f.rule == RuleId::CatalogueMismatch)
    };
    assert!(flagged(&evaluate_with(&plan, &catalogue)));
    assert!(!flagged(&evaluate(&plan)));
}
