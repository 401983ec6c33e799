//! Decree 30 formatting primitives: examples from ND30.md and properties of
//! the date and number rules.
#![cfg(not(target_arch = "wasm32"))]

use kehoach_bdg::domain::nd30::*;
use kehoach_bdg::domain::{BasisVerb, Citation, Date, DocType, Unit};
use proptest::prelude::*;

fn d(y: u16, m: u8, day: u8) -> Date {
    Date::new(y, m, day).unwrap()
}

// ---------------------------------------------------------------- date line

#[test]
fn date_line_follows_the_decree_specimens() {
    assert_eq!(
        date_line("Thịnh Quang", Some(d(2022, 3, 24)), 0),
        "Thịnh Quang, ngày 24 tháng 3 năm 2022"
    );
    assert_eq!(
        date_line("Hà Nội", Some(d(2020, 1, 5)), 0),
        "Hà Nội, ngày 05 tháng 01 năm 2020"
    );
    assert_eq!(
        date_line("Thành phố Hồ Chí Minh", Some(d(2019, 6, 29)), 0),
        "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019"
    );
    assert_eq!(
        date_line("Cao Bằng", Some(d(2024, 2, 9)), 2030),
        "Cao Bằng, ngày 09 tháng 02 năm 2024"
    );
}

#[test]
fn date_line_of_a_draft_leaves_blanks() {
    assert_eq!(
        date_line("Thịnh Quang", None, 2024),
        "Thịnh Quang, ngày      tháng      năm 2024"
    );
    let no_year = date_line("Thịnh Quang", None, 0);
    assert!(no_year.starts_with("Thịnh Quang, ngày      tháng      năm"));
    assert!(!no_year.chars().any(|c| c.is_ascii_digit()));
}

#[test]
fn date_line_without_place_uses_the_placeholder() {
    assert_eq!(
        date_line("  ", Some(d(2024, 11, 15)), 0),
        format!("{PLACE_PLACEHOLDER}, ngày 15 tháng 11 năm 2024")
    );
    assert_eq!(
        date_line("", Some(d(2024, 11, 15)), 0),
        "…………, ngày 15 tháng 11 năm 2024"
    );
}

#[test]
fn day_and_month_zero_rules() {
    assert_eq!(day_str(1), "01");
    assert_eq!(day_str(9), "09");
    assert_eq!(day_str(10), "10");
    assert_eq!(day_str(31), "31");
    assert_eq!(month_str(1), "01");
    assert_eq!(month_str(2), "02");
    assert_eq!(month_str(3), "3");
    assert_eq!(month_str(9), "9");
    assert_eq!(month_str(12), "12");
}

/// A hand-written matcher of the ND30.md §5 "complete" pattern:
/// `^\p{Lu}[^,]*, ngày (0[1-9]|[12][0-9]|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm [0-9]{4}$`
fn matches_complete_date_line(line: &str) -> bool {
    let Some((place, rest)) = line.split_once(", ngày ") else {
        return false;
    };
    if !place.chars().next().is_some_and(char::is_uppercase) || place.contains(',') {
        return false;
    }
    let Some((day, rest)) = rest.split_once(" tháng ") else {
        return false;
    };
    let Some((month, year)) = rest.split_once(" năm ") else {
        return false;
    };
    let day_ok = matches!(
        day.as_bytes(),
        [b'0', b'1'..=b'9'] | [b'1'..=b'2', b'0'..=b'9'] | [b'3', b'0'..=b'1']
    );
    let month_ok = matches!(
        month.as_bytes(),
        [b'0', b'1'..=b'2'] | [b'3'..=b'9'] | [b'1', b'0'..=b'2']
    );
    let year_ok = year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit());
    day_ok && month_ok && year_ok
}

fn valid_date() -> impl Strategy<Value = Date> {
    (1000u16..=9999, 1u8..=12, 1u8..=31)
        .prop_filter_map("calendar date", |(y, m, day)| Date::new(y, m, day))
}

proptest! {
    #[test]
    fn every_valid_date_formats_to_the_decree_pattern(date in valid_date(), place in "[A-ZĐ][a-zà-ỹ]{0,8}( [A-ZĐ][a-zà-ỹ]{0,8}){0,3}") {
        let line = date_line(&place, Some(date), 0);
        prop_assert!(matches_complete_date_line(&line), "{line}");
        // The numbers read back to the same date.
        let (_, rest) = line.split_once(", ngày ").unwrap();
        let nums: Vec<u16> = rest
            .split(' ')
            .filter_map(|w| w.parse().ok())
            .collect();
        prop_assert_eq!(nums, vec![date.day() as u16, date.month() as u16, date.year()]);
    }

    #[test]
    fn day_has_two_digits_exactly_below_ten(day in 1u8..=31) {
        let s = day_str(day);
        prop_assert_eq!(s.len(), 2);
        prop_assert_eq!(s.starts_with('0'), day < 10);
        prop_assert_eq!(s.parse::<u8>().unwrap(), day);
    }

    #[test]
    fn month_has_a_zero_only_in_january_and_february(m in 1u8..=12) {
        let s = month_str(m);
        prop_assert_eq!(s.starts_with('0'), m <= 2);
        prop_assert_eq!(s.parse::<u8>().unwrap(), m);
    }
}

// ---------------------------------------------------------------- numbers

#[test]
fn number_str_examples() {
    assert_eq!(number_str("5"), "05");
    assert_eq!(number_str("05"), "05");
    assert_eq!(number_str("29"), "29");
    assert_eq!(number_str(""), "");
    assert_eq!(number_str("038"), "38");
    assert_eq!(number_str("0005"), "05");
    assert_eq!(number_str("29a"), "29a");
    assert_eq!(number_str("5a"), "05a");
    assert_eq!(number_str(" 12 "), "12");
    // Not a number: shown as typed, reported by check_number.
    assert_eq!(number_str("abc"), "abc");
    assert_eq!(number_str("0"), "0");
}

proptest! {
    #[test]
    fn number_str_is_idempotent(n in "[0-9]{0,5}[a-z]{0,1}|[ -~]{0,8}") {
        let once = number_str(&n);
        prop_assert_eq!(number_str(&once), once.clone());
    }

    #[test]
    fn number_str_applies_the_zero_rule(n in 1u32..100_000, zeros in 0usize..3) {
        let typed = format!("{}{n}", "0".repeat(zeros));
        let out = number_str(&typed);
        prop_assert_eq!(out.parse::<u32>().unwrap(), n);
        if n < 10 {
            prop_assert_eq!(out, format!("0{n}"));
        } else {
            prop_assert_eq!(out, n.to_string());
        }
    }
}

#[test]
fn so_line_examples() {
    assert_eq!(so_line("5", "THTQ"), "Số: 05/KH-THTQ");
    assert_eq!(so_line("29", "thtq"), "Số: 29/KH-THTQ");
    assert_eq!(so_line("", "THTQ"), "Số:      /KH-THTQ");
    assert_eq!(so_line("12", "Gd & ĐT"), "Số: 12/KH-GD&ĐT");
    assert_eq!(so_line("3", "KH-BVSTBPN"), "Số: 03/KH-BVSTBPN");
    assert_eq!(so_line("7", "pgdđt"), "Số: 07/KH-PGDĐT");
}

#[test]
fn check_number_classifies() {
    assert_eq!(check_number(""), NumberCheck::Empty);
    assert_eq!(check_number("   "), NumberCheck::Empty);
    assert_eq!(check_number("5"), NumberCheck::Ok);
    assert_eq!(check_number("05"), NumberCheck::Ok);
    assert_eq!(check_number("1320"), NumberCheck::Ok);
    assert_eq!(check_number("29a"), NumberCheck::LetterSuffix);
    assert_eq!(check_number("0"), NumberCheck::Invalid);
    assert_eq!(check_number("29 a"), NumberCheck::Invalid);
    assert_eq!(check_number("29/KH"), NumberCheck::Invalid);
    assert_eq!(check_number("-3"), NumberCheck::Invalid);
    assert_eq!(check_number("a29"), NumberCheck::Invalid);
}

#[test]
fn check_abbr_classifies() {
    assert_eq!(check_abbr("THTQ"), AbbrCheck::Ok);
    assert_eq!(check_abbr("PGDĐT"), AbbrCheck::Ok);
    assert_eq!(check_abbr("GD&ĐT-VP"), AbbrCheck::Ok);
    assert_eq!(check_abbr("BVSTBPN"), AbbrCheck::Ok);
    assert_eq!(check_abbr("THCS2"), AbbrCheck::Ok);
    assert_eq!(check_abbr(""), AbbrCheck::Empty);
    assert_eq!(check_abbr("TH TQ"), AbbrCheck::Spaces);
    assert_eq!(check_abbr("Thtq"), AbbrCheck::LowerCase);
    assert_eq!(check_abbr("2TH"), AbbrCheck::Invalid);
    assert_eq!(check_abbr("TH--TQ"), AbbrCheck::Invalid);
    assert_eq!(check_abbr("TH-"), AbbrCheck::Invalid);
    assert_eq!(check_abbr("TH/TQ"), AbbrCheck::Invalid);
    assert_eq!(check_abbr("THỌ"), AbbrCheck::Invalid);
}

proptest! {
    /// Whatever the user types, the ký hiệu printed by so_line has no
    /// spaces and no lower case.
    #[test]
    fn so_line_symbol_is_clean(abbr in "[a-zA-Zđ& ]{1,12}", n in "[0-9]{0,4}") {
        let line = so_line(&n, &abbr);
        let (_, symbol) = line.split_once('/').unwrap();
        prop_assert!(!symbol.contains(' '));
        prop_assert!(!symbol.chars().any(char::is_lowercase));
        prop_assert!(symbol.starts_with("KH"));
    }
}

// ---------------------------------------------------------------- text

#[test]
fn upper_vi_handles_vietnamese() {
    assert_eq!(
        upper_vi("trường tiểu học thịnh quang"),
        "TRƯỜNG TIỂU HỌC THỊNH QUANG"
    );
    assert_eq!(upper_vi("phòng gd&đt đống đa"), "PHÒNG GD&ĐT ĐỐNG ĐA");
    // NFD in, NFC out.
    let nfd = "vie\u{302}\u{323}t nam";
    assert_eq!(upper_vi(nfd), "VIỆT NAM");
    assert!(upper_vi(nfd).chars().count() == "VIỆT NAM".chars().count());
}

#[test]
fn constants_are_exact() {
    assert_eq!(QUOC_HIEU, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    assert_eq!(TIEU_NGU, "Độc lập - Tự do - Hạnh phúc");
    assert_eq!(TEN_LOAI, "KẾ HOẠCH");
    assert!(is_all_upper(QUOC_HIEU));
}

#[test]
fn closing_mark() {
    assert_eq!(with_closing_mark("thực hiện"), "thực hiện./.");
    assert_eq!(with_closing_mark("thực hiện.  "), "thực hiện./.");
    assert_eq!(with_closing_mark("thực hiện;"), "thực hiện./.");
    assert_eq!(with_closing_mark("thực hiện./."), "thực hiện./.");
    assert_eq!(with_closing_mark("thực hiện ./."), "thực hiện./.");
    assert_eq!(with_closing_mark("   "), "");
    let twice = with_closing_mark(&with_closing_mark("Trên đây là kế hoạch."));
    assert_eq!(twice, "Trên đây là kế hoạch./.");
    assert_eq!(twice.matches("./.").count(), 1);
}

#[test]
fn recipients() {
    let r = vec![
        "Phòng GD&ĐT (để b/c)".to_string(),
        "- CB, GV, NV;".to_string(),
        "+ Ban đại diện CMHS.".to_string(),
        "  ".to_string(),
    ];
    assert_eq!(
        recipients_lines(&r, "VP"),
        vec![
            "- Phòng GD&ĐT (để b/c);",
            "- CB, GV, NV;",
            "- Ban đại diện CMHS;",
            "- Lưu: VT, VP.",
        ]
    );
    assert_eq!(recipients_lines(&[], ""), vec!["- Lưu: VT."]);
    assert_eq!(recipients_lines(&[], "VT, NTH."), vec!["- Lưu: VT, NTH."]);
    // An archive line typed as a recipient is used, not repeated.
    let typed = vec!["Như kính gửi".to_string(), "Lưu: VT, VP".to_string()];
    assert_eq!(
        recipients_lines(&typed, ""),
        vec!["- Như kính gửi;", "- Lưu: VT, VP."]
    );
}

// ---------------------------------------------------------------- citations

fn kh_865() -> Citation {
    Citation {
        doc_type: DocType::KeHoach,
        number: "865".into(),
        symbol: "KH-UBND".into(),
        date: Date::new(2022, 4, 12),
        issuer: "UBND tỉnh Cao Bằng".into(),
        subject: "thực hiện công tác bình đẳng giới năm 2022".into(),
        ..Citation::default()
    }
}

#[test]
fn citation_forms() {
    let c = kh_865();
    assert_eq!(
        citation_full(&c),
        "Kế hoạch số 865/KH-UBND ngày 12/4/2022 của UBND tỉnh Cao Bằng về thực hiện công tác bình đẳng giới năm 2022"
    );
    assert_eq!(citation_short(&c), "Kế hoạch số 865/KH-UBND");
    assert_eq!(citation_reference(&c), "865/KH-UBND");
    assert_eq!(
        basis_paragraph(&c),
        format!("Căn cứ {};", citation_full(&c))
    );
    let th = Citation {
        verb: BasisVerb::ThucHien,
        ..c
    };
    assert!(basis_paragraph(&th).starts_with("Thực hiện Kế hoạch số 865"));
    assert!(basis_paragraph(&th).ends_with("năm 2022;"));
}

#[test]
fn laws_are_cited_by_name() {
    let law = Citation {
        doc_type: DocType::Luat,
        subject: "Bình đẳng giới".into(),
        ..Citation::default()
    };
    assert_eq!(citation_full(&law), "Luật Bình đẳng giới");
    assert_eq!(citation_short(&law), "Luật Bình đẳng giới");
    assert_eq!(citation_reference(&law), "");
    assert_eq!(basis_paragraph(&law), "Căn cứ Luật Bình đẳng giới;");
    // Even with its number known, a law is cited by name (ND30 PL I II.6.a).
    let numbered = Citation {
        number: "73".into(),
        symbol: "2006/QH11".into(),
        ..law.clone()
    };
    assert_eq!(citation_full(&numbered), "Luật Bình đẳng giới");
    assert_eq!(citation_reference(&numbered), "73/2006/QH11");
    // The type word typed into the name is not doubled.
    let typed = Citation {
        doc_type: DocType::BoLuat,
        subject: "Bộ luật Lao động".into(),
        ..Citation::default()
    };
    assert_eq!(citation_full(&typed), "Bộ luật Lao động");
}

#[test]
fn party_documents_use_a_hyphen() {
    let ct = Citation {
        doc_type: DocType::ChiThi,
        number: "21".into(),
        symbol: "CT/TW".into(),
        date: Date::new(2018, 1, 20),
        issuer: "Ban Bí thư".into(),
        subject: "Tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới".into(),
        ..Citation::default()
    };
    assert_eq!(citation_reference(&ct), "21-CT/TW");
    assert_eq!(
        citation_full(&ct),
        "Chỉ thị số 21-CT/TW ngày 20/1/2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới"
    );
    for s in ["CT/TU", "NQ/TW", "KL/TW", "QĐ/TW", "CT/HU"] {
        assert!(is_party_symbol(s), "{s}");
    }
    for s in ["KH-UBND", "QĐ-TTg", "2006/QH11", "NĐ-CP", "2017/NĐ-CP"] {
        assert!(!is_party_symbol(s), "{s}");
    }
}

#[test]
fn subject_opening_with_a_verb_needs_no_ve() {
    let qd = Citation {
        doc_type: DocType::QuyetDinh,
        number: "1790".into(),
        symbol: "QĐ-TTg".into(),
        date: Date::new(2021, 10, 23),
        issuer: "Thủ tướng Chính phủ".into(),
        subject: "Phê duyệt Chương trình truyền thông về bình đẳng giới đến năm 2030".into(),
        ..Citation::default()
    };
    assert_eq!(
        citation_full(&qd),
        "Quyết định số 1790/QĐ-TTg ngày 23/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình truyền thông về bình đẳng giới đến năm 2030"
    );
}

#[test]
fn target_values() {
    assert_eq!(format_target_value("100", &Unit::Percent), "100%");
    assert_eq!(format_target_value("2.5", &Unit::Percent), "2,5%");
    assert_eq!(format_target_value("2,5", &Unit::Percent), "2,5%");
    assert_eq!(format_target_value("40", &Unit::Luot), "40 lượt");
    assert_eq!(format_target_value("1.000", &Unit::Luot), "1.000 lượt");
    assert_eq!(format_target_value("100%", &Unit::Percent), "100%");
    assert_eq!(format_target_value("", &Unit::Percent), "");
    assert_eq!(
        format_target_value("3", &Unit::Other("tiết".into())),
        "3 tiết"
    );
}

// ---------------------------------------------------------------- signer

#[test]
fn academic_titles() {
    assert_eq!(academic_title_prefix("ThS. Nguyễn Thị Lan"), Some("ThS."));
    assert_eq!(academic_title_prefix("Ths.Nguyễn Thị Lan"), Some("ThS."));
    assert_eq!(academic_title_prefix("TS Trần Văn B"), Some("TS."));
    assert_eq!(academic_title_prefix("PGS.TS. Lê Văn C"), Some("PGS.TS."));
    assert_eq!(academic_title_prefix("PGS. TS. Lê Văn C"), Some("PGS.TS."));
    assert_eq!(academic_title_prefix("GS. Tôn Thất Tùng"), Some("GS."));
    assert_eq!(academic_title_prefix("CN. Hoàng D"), Some("CN."));
    assert_eq!(academic_title_prefix("KS Phạm E"), Some("KS."));
    assert_eq!(academic_title_prefix("TSKH. Vũ F"), Some("TSKH."));
    assert_eq!(academic_title_prefix("Nguyễn Thị Lan"), None);
    assert_eq!(academic_title_prefix("Tạ Thị Sen"), None);
    assert_eq!(academic_title_prefix("Thân Văn Sơn"), None);
    assert_eq!(academic_title_prefix("Cao Ngọc Kiên"), None);
    assert_eq!(academic_title_prefix(""), None);
}

#[test]
fn all_upper() {
    assert!(is_all_upper("HIỆU TRƯỞNG"));
    assert!(is_all_upper("PHÒNG GD&ĐT"));
    assert!(!is_all_upper("Nguyễn Thị Lan"));
    assert!(!is_all_upper("NGUYỄN THỊ LAn"));
    assert!(!is_all_upper("123 - &"));
    assert!(!is_all_upper(""));
}
