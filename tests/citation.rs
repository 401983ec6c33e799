//! The citation parser against every citation of the five seed plans
//! (copied here by hand as fixtures), the shapes teachers paste, and bad
//! input.
#![cfg(not(target_arch = "wasm32"))]

use kehoach_bdg::domain::citation::*;
use kehoach_bdg::domain::nd30::citation_full;
use kehoach_bdg::domain::{BasisVerb, Citation, Date, DocType};
use proptest::prelude::*;

/// What a fixture must parse to.
struct Want {
    input: &'static str,
    doc_type: DocType,
    number: &'static str,
    symbol: &'static str,
    date: Option<(u16, u8, u8)>,
    issuer: &'static str,
    subject: &'static str,
}

const fn w(
    input: &'static str,
    doc_type: DocType,
    number: &'static str,
    symbol: &'static str,
    date: Option<(u16, u8, u8)>,
    issuer: &'static str,
    subject: &'static str,
) -> Want {
    Want {
        input,
        doc_type,
        number,
        symbol,
        date,
        issuer,
        subject,
    }
}

use DocType::*;

/// Every citation in ../shared/seeds/*.txt, cut at its natural end.
#[rustfmt::skip]
const SEED_CITATIONS: &[Want] = &[
    // 000_a717435394c9ba80.txt
    w("Căn cứ Kế hoạch số 865/KH-UBND ngày 12/4/2022 của UBND tỉnh Cao Bằng Thực hiện công tác Bình đẳng giới và Vì sự tiến bộ phụ nữ tỉnh Cao Bằng năm 2022",
      KeHoach, "865", "KH-UBND", Some((2022, 4, 12)), "UBND tỉnh Cao Bằng",
      "Thực hiện công tác Bình đẳng giới và Vì sự tiến bộ phụ nữ tỉnh Cao Bằng năm 2022"),
    w("Bộ Luật lao động năm 2019", BoLuat, "", "", None, "", "lao động năm 2019"),
    w("Đề án 938/QĐ-TTg", DeAn, "938", "QĐ-TTg", None, "", ""),
    // 001_6b124f3e828a0aa3.txt
    w("Căn cứ Kế hoạch số 605/KH-BVSTBPN ngày 11/03/2022 của Ban Vì sự tiến bộ phụ nữ ngành Giáo dục và Đào tạo về Hành động vì sự tiến bộ phụ nữ và bình đẳng giới giai đoạn 2021-2030 ngành Giáo dục và Đào tạo Hà Nội;",
      KeHoach, "605", "KH-BVSTBPN", Some((2022, 3, 11)), "Ban Vì sự tiến bộ phụ nữ ngành Giáo dục và Đào tạo",
      "Hành động vì sự tiến bộ phụ nữ và bình đẳng giới giai đoạn 2021-2030 ngành Giáo dục và Đào tạo Hà Nội"),
    w("Căn cứ Kế hoạch 22/KH-PGDĐT ngày 22/03/2022 về kế hoạch Hành động vì sự tiến bộ phụ nữ và bình đẳng giới giai đoạn 2021-2030 ngành Giáo dục và Đào tạo quận Đống Đa;",
      KeHoach, "22", "KH-PGDĐT", Some((2022, 3, 22)), "",
      "kế hoạch Hành động vì sự tiến bộ phụ nữ và bình đẳng giới giai đoạn 2021-2030 ngành Giáo dục và Đào tạo quận Đống Đa"),
    w("Căn cứ Kế hoạch 29/KH-THTQ ngày 24/03/2022 về kế hoạch Hành động vì sự tiến bộ phụ nữ và bình đẳng giới giai đoạn 2021-2030 của trường Tiểu học Thịnh Quang;",
      KeHoach, "29", "KH-THTQ", Some((2022, 3, 24)), "",
      "kế hoạch Hành động vì sự tiến bộ phụ nữ và bình đẳng giới giai đoạn 2021-2030 của trường Tiểu học Thịnh Quang"),
    w("Đề án “Phát triển thể lực, tầm vóc người Việt Nam giai đoạn 2011-2030”",
      DeAn, "", "", None, "", "“Phát triển thể lực, tầm vóc người Việt Nam giai đoạn 2011-2030”"),
    w("Chỉ thị số 05-CT/TW về đẩy mạnh học tập, làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
      ChiThi, "05", "CT/TW", None, "", "đẩy mạnh học tập, làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
    w("Kế hoạch số 1506/KH-BGDĐT ngày 31/5/2019 thực hiện Đề án “Xây dựng văn hóa ứng xử trong trường học giai đoạn 2018 - 2025” theo Quyết định số 1299/QĐ-TTg của Thủ tướng Chính phủ",
      KeHoach, "1506", "KH-BGDĐT", Some((2019, 5, 31)), "",
      "thực hiện Đề án “Xây dựng văn hóa ứng xử trong trường học giai đoạn 2018 - 2025” theo Quyết định số 1299/QĐ-TTg của Thủ tướng Chính phủ"),
    w("Quyết định số 1299/QĐ-TTg của Thủ tướng Chính phủ",
      QuyetDinh, "1299", "QĐ-TTg", None, "Thủ tướng Chính phủ", ""),
    w("Kế hoạch số 103/KH-CDN ngày 02/4/2019 của Công đoàn Giáo dục Việt Nam về nâng cao năng lực ứng xử sư phạm, đạo đức nhà giáo, thực hiện bộ quy tắc ứng xử trong các nhà trường;",
      KeHoach, "103", "KH-CDN", Some((2019, 4, 2)), "Công đoàn Giáo dục Việt Nam",
      "nâng cao năng lực ứng xử sư phạm, đạo đức nhà giáo, thực hiện bộ quy tắc ứng xử trong các nhà trường"),
    w("Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án \"Xây dựng xã hội học tập giai đoạn 2021 - 2030\";",
      QuyetDinh, "1373", "QĐ-TTg", Some((2021, 7, 30)), "Thủ tướng Chính phủ",
      "phê duyệt Đề án \"Xây dựng xã hội học tập giai đoạn 2021 - 2030\""),
    w("Quyết định số 732/QĐ-TTg ngày 29/4/2016 của Thủ tướng Chính phủ phê duyệt Đề án “Đào tạo, bồi dưỡng nhà giáo và cán bộ quản lý cơ sở giáo dục đáp ứng yêu cầu đổi mới căn bản, toàn diện giáo dục phổ thông giai đoạn 2016 - 2020, định hướng đến năm 2025”",
      QuyetDinh, "732", "QĐ-TTg", Some((2016, 4, 29)), "Thủ tướng Chính phủ",
      "phê duyệt Đề án “Đào tạo, bồi dưỡng nhà giáo và cán bộ quản lý cơ sở giáo dục đáp ứng yêu cầu đổi mới căn bản, toàn diện giáo dục phổ thông giai đoạn 2016 - 2020, định hướng đến năm 2025”"),
    w("Luật Giáo dục 2019", Luat, "", "", None, "", "Giáo dục 2019"),
    w("Nghị định số 71/2020/NĐ-CP ngày 30/6/2020 của Chính phủ.",
      NghiDinh, "71", "2020/NĐ-CP", Some((2020, 6, 30)), "Chính phủ", ""),
    // 002_75e48100600a52ac.txt
    w("Căn cứ Công văn số 1320/GDĐT-CTTT ngày 13 tháng 5 năm 2020 của Sở Giáo dục và Đào tạo thành phố về việc hướng dẫn triển khai công tác bình đẳng giới năm 2020.",
      CongVan, "1320", "GDĐT-CTTT", Some((2020, 5, 13)), "Sở Giáo dục và Đào tạo thành phố",
      "hướng dẫn triển khai công tác bình đẳng giới năm 2020"),
    w("Luật Bình đẳng giới", Luat, "", "", None, "", "Bình đẳng giới"),
    w("Bộ luật Lao động 2019", BoLuat, "", "", None, "", "Lao động 2019"),
    w("Chỉ thị 21-CT/TW ngày 20/01/2018 của Ban bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới;",
      ChiThi, "21", "CT/TW", Some((2018, 1, 20)), "Ban bí thư",
      "tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới"),
    // 003_2793eebdff5e49e6.txt
    w("Căn cứ Kế hoạch số 67/KH-UBND ngày 08/02/2021 của Ủy ban nhân dân tỉnh An Giang về xây dựng kế hoạch vì sự tiến bộ của phụ nữ và bình đẳng giới năm 2021.",
      KeHoach, "67", "KH-UBND", Some((2021, 2, 8)), "Ủy ban nhân dân tỉnh An Giang",
      "xây dựng kế hoạch vì sự tiến bộ của phụ nữ và bình đẳng giới năm 2021"),
    w("Bộ luật Lao động (sửa đổi) năm 2019", BoLuat, "", "", None, "", "Lao động (sửa đổi) năm 2019"),
    w("Luật Phòng, chống bạo lực gia đình;", Luat, "", "", None, "", "Phòng, chống bạo lực gia đình"),
    w("Chỉ thị số 21-CT/TW ngày 20 tháng 01 năm 2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới;",
      ChiThi, "21", "CT/TW", Some((2018, 1, 20)), "Ban Bí thư",
      "tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới"),
    w("Chỉ thị số 37-CT/TW về công tác cán bộ nữ;", ChiThi, "37", "CT/TW", None, "", "công tác cán bộ nữ"),
    w("Chỉ thị số 22-CT/TU ngày 20 tháng 11 năm 2013 của Ban Thường vụ Tỉnh ủy về việc tăng cường sự lãnh đạo của các cấp ủy Đảng đối với công tác BĐG.",
      ChiThi, "22", "CT/TU", Some((2013, 11, 20)), "Ban Thường vụ Tỉnh ủy",
      "tăng cường sự lãnh đạo của các cấp ủy Đảng đối với công tác BĐG"),
    w("Chương trình hành động quốc gia về BĐG", ChuongTrinh, "", "", None, "", "hành động quốc gia về BĐG"),
    // 004_2d729c155d282c18.txt
    w("Thực hiện Kế hoạch số 112/KH-UBND ngày 11 tháng 4 năm 2023 của Ủy ban nhân dân Quận 8 về Kế hoạch triển khai công tác Bình đẳng giới và Trẻ em Ngành Lao động - Thương binh và Xã hội trên địa bàn Quận 8 năm 2023.",
      KeHoach, "112", "KH-UBND", Some((2023, 4, 11)), "Ủy ban nhân dân Quận 8",
      "Kế hoạch triển khai công tác Bình đẳng giới và Trẻ em Ngành Lao động - Thương binh và Xã hội trên địa bàn Quận 8 năm 2023"),
    w("Luật Trẻ em", Luat, "", "", None, "", "Trẻ em"),
    w("Nghị định số 56/2017/NĐ-CP ngày 09 tháng 5 năm 2017", NghiDinh, "56", "2017/NĐ-CP", Some((2017, 5, 9)), "", ""),
    w("Nghị định số 70/2008/NĐ-CP ngày 04 tháng 06 năm 2008", NghiDinh, "70", "2008/NĐ-CP", Some((2008, 6, 4)), "", ""),
    w("Nghị quyết số 02/2022/NQ-HĐND ngày 07 tháng 4 năm 2022", NghiQuyet, "02", "2022/NQ-HĐND", Some((2022, 4, 7)), "", ""),
    w("Quyết định số 2017/QĐ-UBND ngày 08 tháng 6 năm 2017,...", QuyetDinh, "2017", "QĐ-UBND", Some((2017, 6, 8)), "", ""),
    w("Quyết định số 2017/QĐ-UBND ngày 08 tháng 6 năm 2020 của Ủy ban nhân dân Thành phố",
      QuyetDinh, "2017", "QĐ-UBND", Some((2020, 6, 8)), "Ủy ban nhân dân Thành phố", ""),
    w("Thông tư số 13/2021/TT-BLĐTBXH ngày 30 tháng 9 năm 2021 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Bộ chỉ tiêu thống kê về tình hình trẻ em và tình hình xâm hại trẻ em, xử lý vi phạm hành chính đối với các hành vi xâm hại trẻ em.",
      ThongTu, "13", "2021/TT-BLĐTBXH", Some((2021, 9, 30)), "Bộ trưởng Bộ Lao động - Thương binh và Xã hội",
      "ban hành Bộ chỉ tiêu thống kê về tình hình trẻ em và tình hình xâm hại trẻ em, xử lý vi phạm hành chính đối với các hành vi xâm hại trẻ em"),
    w("Quyết định số 3640/QĐ-UBND ngày 27 tháng 10 năm 2022 về ban hành Kế hoạch triển khai “Chiến lược, Chương trình quốc gia về bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới trên địa bàn Thành phố Hồ Chí Minh giai đoạn đến năm 2030”",
      QuyetDinh, "3640", "QĐ-UBND", Some((2022, 10, 27)), "",
      "ban hành Kế hoạch triển khai “Chiến lược, Chương trình quốc gia về bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới trên địa bàn Thành phố Hồ Chí Minh giai đoạn đến năm 2030”"),
    w("Quyết định số 4063/QĐ-UBND ngày 25 tháng 11 năm 2022 về ban hành Kế hoạch triển khai thực hiện Chương trình hành động Vì trẻ em Thành phố Hồ Chí Minh giai đoạn đến năm 2030",
      QuyetDinh, "4063", "QĐ-UBND", Some((2022, 11, 25)), "",
      "ban hành Kế hoạch triển khai thực hiện Chương trình hành động Vì trẻ em Thành phố Hồ Chí Minh giai đoạn đến năm 2030"),
];

/// Seed citations the parser cannot type: no type word it knows and no
/// number. They must fail with the clear "no number" error, not a panic or
/// a wrong guess.
const SEED_UNTYPED: &[&str] = &[
    "Chiến lược quốc gia về bình đẳng giới",
    "Chiến lược quốc gia về BĐG",
    "Dự án hỗ trợ thực hiện các Mục tiêu quốc gia về bình đẳng giới thuộc Chương trình mục tiêu phát triển hệ thống trợ giúp xã hội",
];

fn check(want: &Want) {
    let c = parse_citation(want.input).unwrap_or_else(|e| panic!("{}: {e}", want.input));
    let date = want.date.map(|(y, m, d)| Date::new(y, m, d).unwrap());
    assert_eq!(
        (
            c.doc_type,
            c.number.as_str(),
            c.symbol.as_str(),
            c.date,
            c.issuer.as_str(),
            c.subject.as_str()
        ),
        (
            want.doc_type,
            want.number,
            want.symbol,
            date,
            want.issuer,
            want.subject
        ),
        "input: {}",
        want.input
    );
}

#[test]
fn every_seed_citation_parses() {
    assert!(SEED_CITATIONS.len() >= 35);
    for want in SEED_CITATIONS {
        check(want);
    }
}

#[test]
fn seed_citations_without_type_fail_clearly() {
    for s in SEED_UNTYPED {
        assert_eq!(parse_citation(s), Err(CitationError::NoReference), "{s}");
    }
}

#[test]
fn verbs_are_read() {
    let c = parse_citation(SEED_CITATIONS[0].input).unwrap();
    assert_eq!(c.verb, BasisVerb::CanCu);
    let t = parse_citation("Thực hiện Kế hoạch số 112/KH-UBND ngày 11 tháng 4 năm 2023").unwrap();
    assert_eq!(t.verb, BasisVerb::ThucHien);
    let t = parse_citation("thực hiện kế hoạch số 112/KH-UBND").unwrap();
    assert_eq!(t.verb, BasisVerb::ThucHien);
    assert_eq!(t.doc_type, KeHoach);
}

// ---------------------------------------------------------------- shapes

fn parsed(s: &str) -> Citation {
    parse_citation(s).unwrap_or_else(|e| panic!("{s}: {e}"))
}

#[test]
fn date_shapes() {
    let want = Date::new(2022, 4, 12);
    for s in [
        "Kế hoạch số 865/KH-UBND ngày 12/4/2022",
        "Kế hoạch số 865/KH-UBND ngày 12-4-2022",
        "Kế hoạch số 865/KH-UBND ngày 12.4.2022",
        "Kế hoạch số 865/KH-UBND ngày 12 / 04 / 2022",
        "Kế hoạch số 865/KH-UBND ngày 12 tháng 4 năm 2022",
        "Kế hoạch số 865/KH-UBND ngày 12 tháng 04 năm 2022",
        "Kế hoạch số 865/KH-UBND, ngày 12/4/2022",
        "Kế hoạch số 865/KH-UBND 12-4-2022",
        "Kế hoạch số 865/KH-UBND của UBND tỉnh Cao Bằng ngày 12/4/2022 về công tác bình đẳng giới",
    ] {
        assert_eq!(parsed(s).date, want, "{s}");
    }
    let c = parsed(
        "Kế hoạch số 865/KH-UBND của UBND tỉnh Cao Bằng ngày 12/4/2022 về công tác bình đẳng giới",
    );
    assert_eq!(c.issuer, "UBND tỉnh Cao Bằng");
    assert_eq!(c.subject, "công tác bình đẳng giới");
}

#[test]
fn reference_shapes() {
    let c = parsed("Kế hoạch số 29 / KH - THTQ ngày 24/3/2022");
    assert_eq!((c.number.as_str(), c.symbol.as_str()), ("29", "KH-THTQ"));
    let c = parsed("Kế hoạch số 38a/KH-THTQ");
    assert_eq!((c.number.as_str(), c.symbol.as_str()), ("38a", "KH-THTQ"));
    let c = parsed("Luật số 73/2006/QH11 ngày 29/11/2006 của Quốc hội");
    assert_eq!((c.number.as_str(), c.symbol.as_str()), ("73", "2006/QH11"));
    assert_eq!(c.issuer, "Quốc hội");
    let c = parsed("Nghị định 56/2017/NĐ-CP");
    assert_eq!((c.number.as_str(), c.symbol.as_str()), ("56", "2017/NĐ-CP"));
    let c = parsed("Chỉ thị số 22 - CT/TU");
    assert_eq!((c.number.as_str(), c.symbol.as_str()), ("22", "CT/TU"));
    let c = parsed("Kế hoạch số:865/KH-UBND");
    assert_eq!(c.number, "865");
    let c = parsed("Công văn số 12/PGD&ĐT-VP");
    assert_eq!(c.symbol, "PGD&ĐT-VP");
}

#[test]
fn type_words_any_case_or_from_the_symbol() {
    assert_eq!(parsed("kế hoạch số 865/KH-UBND").doc_type, KeHoach);
    assert_eq!(parsed("QUYẾT ĐỊNH SỐ 938/QĐ-TTg").doc_type, QuyetDinh);
    assert_eq!(parsed("nghị định 70/2008/NĐ-CP").doc_type, NghiDinh);
    // No type word: read from the ký hiệu.
    let c = parsed("865/KH-UBND ngày 12/4/2022 của UBND tỉnh Cao Bằng");
    assert_eq!((c.doc_type, c.number.as_str()), (KeHoach, "865"));
    assert_eq!(parsed("73/2006/QH11").doc_type, Luat);
    assert_eq!(parsed("21-CT/TW").doc_type, ChiThi);
    assert_eq!(parsed("56/2017/NĐ-CP").doc_type, NghiDinh);
    assert!(matches!(
        parse_citation("1320/GDĐT-CTTT"),
        Err(CitationError::UnknownType { .. })
    ));
}

#[test]
fn laws_by_name() {
    let c = parsed("Căn cứ Luật Bình đẳng giới;");
    assert_eq!((c.doc_type, c.subject.as_str()), (Luat, "Bình đẳng giới"));
    assert!(c.number.is_empty() && c.symbol.is_empty());
    let c = parsed("Luật Bình đẳng giới số 73/2006/QH11 ngày 29/11/2006");
    assert_eq!(c.subject, "Bình đẳng giới");
    assert_eq!((c.number.as_str(), c.symbol.as_str()), ("73", "2006/QH11"));
    assert_eq!(c.date, Date::new(2006, 11, 29));
    let c = parsed("Luật Trẻ em ngày 05/4/2016");
    assert_eq!(
        (c.subject.as_str(), c.date),
        ("Trẻ em", Date::new(2016, 4, 5))
    );
}

#[test]
fn subject_after_vv() {
    let c = parsed("Công văn số 1320/GDĐT-CTTT ngày 13/5/2020 của Sở GD&ĐT V/v hướng dẫn công tác bình đẳng giới");
    assert_eq!(c.issuer, "Sở GD&ĐT");
    assert_eq!(c.subject, "hướng dẫn công tác bình đẳng giới");
}

#[test]
fn nfd_and_odd_spaces() {
    // "Kế hoạch" and "Cao Bằng" decomposed, a non-breaking space and a tab.
    let s = "Ke\u{302}\u{301} hoa\u{323}ch\u{a0}so\u{302}\u{301} 865/KH-UBND\tngày 12/4/2022 của UBND tỉnh Cao Ba\u{306}\u{300}ng";
    let c = parsed(s);
    assert_eq!(c.doc_type, KeHoach);
    assert_eq!(c.issuer, "UBND tỉnh Cao Bằng");
}

#[test]
fn round_trip_of_a_formatted_citation() {
    for want in SEED_CITATIONS.iter().filter(|w| !w.number.is_empty()) {
        let c = parsed(want.input);
        let again = parsed(&citation_full(&c));
        assert_eq!(
            (&again.number, &again.symbol, again.date, &again.issuer),
            (&c.number, &c.symbol, c.date, &c.issuer),
            "{}",
            citation_full(&c)
        );
    }
}

// ---------------------------------------------------------------- bad input

#[test]
fn bad_inputs_give_clear_errors() {
    assert_eq!(parse_citation(""), Err(CitationError::Empty));
    assert_eq!(parse_citation("  ;. "), Err(CitationError::Empty));
    assert_eq!(
        parse_citation("xin gửi các thầy cô kế hoạch năm nay"),
        Err(CitationError::NoReference)
    );
    assert_eq!(parse_citation("Kế hoạch"), Err(CitationError::NoReference));
    assert_eq!(parse_citation("12/4/2022"), Err(CitationError::NoReference));
    assert_eq!(
        parse_citation("12 lớp học"),
        Err(CitationError::NoReference)
    );
    assert_eq!(
        parse_citation("Kế hoạch số 865/KH-UBND ngày 31/4/2022"),
        Err(CitationError::InvalidDate {
            text: "31/4/2022".into()
        })
    );
    assert_eq!(
        parse_citation("Kế hoạch số 865/KH-UBND ngày 29 tháng 2 năm 2023"),
        Err(CitationError::InvalidDate {
            text: "29 tháng 2 năm 2023".into()
        })
    );
    assert!(matches!(
        parse_citation("Kế hoạch số 865/KH-UBND ngày 12/4/22"),
        Err(CitationError::BadDate { .. })
    ));
    assert!(matches!(
        parse_citation("Kế hoạch số 865/KH-UBND ngày tháng năm 2022"),
        Err(CitationError::BadDate { .. })
    ));
}

#[test]
fn error_messages_are_vietnamese() {
    let msg = CitationError::NoReference.to_string();
    assert!(
        msg.starts_with("Không tìm thấy số, ký hiệu văn bản"),
        "{msg}"
    );
    let msg = parse_citation("Kế hoạch số 1/KH-X ngày 31/4/2022")
        .unwrap_err()
        .to_string();
    assert!(
        msg.contains("“31/4/2022”") && msg.contains("không có trên lịch"),
        "{msg}"
    );
}

#[test]
fn very_long_input_is_refused() {
    let long = "Kế hoạch số 865/KH-UBND về ".to_string() + &"a".repeat(10_000);
    assert!(matches!(
        parse_citation(&long),
        Err(CitationError::TooLong {
            max: MAX_CITATION_CHARS,
            ..
        })
    ));
    let digits = "1".repeat(10_000);
    assert!(matches!(
        parse_citation(&digits),
        Err(CitationError::TooLong { .. })
    ));
}

#[test]
fn emoji_does_not_break_parsing() {
    assert_eq!(parse_citation("😀😀"), Err(CitationError::NoReference));
    let c = parsed("Kế hoạch số 5/KH-THTQ về ngày hội 🎉");
    assert_eq!(
        (c.number.as_str(), c.subject.as_str()),
        ("5", "ngày hội 🎉")
    );
}

// ---------------------------------------------------------------- paragraphs

#[test]
fn split_a_pasted_paragraph() {
    let p = "Căn cứ Luật Bình đẳng giới; Căn cứ Kế hoạch số 865/KH-UBND ngày 12/4/2022 của UBND tỉnh Cao Bằng về công tác bình đẳng giới năm 2022;\nThực hiện Công văn số 1320/GDĐT-CTTT ngày 13/5/2020 của Sở GD&ĐT TP. Hồ Chí Minh về việc hướng dẫn công tác bình đẳng giới.";
    let pieces = split_citations(p);
    assert_eq!(pieces.len(), 3, "{pieces:?}");
    let parsed: Vec<Citation> = parse_citations(p).into_iter().map(Result::unwrap).collect();
    assert_eq!(parsed[0].doc_type, Luat);
    assert_eq!(parsed[1].number, "865");
    assert_eq!(parsed[2].verb, BasisVerb::ThucHien);
    assert_eq!(parsed[2].issuer, "Sở GD&ĐT TP. Hồ Chí Minh");
}

#[test]
fn split_stops_at_the_lead_in_sentence() {
    // 003_2793eebdff5e49e6.txt, line 3: the căn cứ then the lead-in.
    let p = "Căn cứ Kế hoạch số 67/KH-UBND ngày 08/02/2021 của Ủy ban nhân dân tỉnh An Giang về xây dựng kế hoạch vì sự tiến bộ của phụ nữ và bình đẳng giới năm 2021. Trường Cao đẳng nghề An Giang xây dựng Kế hoạch hoạt động vì sự tiến bộ của phụ nữ (VSTBPN) và bình đẳng giới (BĐG) năm 2021, như sau:";
    let results = parse_citations(p);
    assert_eq!(results.len(), 2);
    let first = results[0].as_ref().unwrap();
    assert_eq!(first.number, "67");
    assert!(first.subject.ends_with("năm 2021"));
    // "Trường … Kế hoạch hoạt động …" is a sentence, not a citation.
    assert!(results[1].is_err() || results[1].as_ref().unwrap().number.is_empty());
}

#[test]
fn split_keeps_a_sentence_with_two_citations_apart() {
    let p = "Căn cứ Luật Trẻ em. Căn cứ Nghị định số 56/2017/NĐ-CP ngày 09/5/2017 của Chính phủ.";
    assert_eq!(
        split_citations(p),
        vec![
            "Căn cứ Luật Trẻ em",
            "Căn cứ Nghị định số 56/2017/NĐ-CP ngày 09/5/2017 của Chính phủ"
        ]
    );
}

// ---------------------------------------------------------------- properties

const ISSUERS: [&str; 5] = [
    "UBND tỉnh Cao Bằng",
    "Sở Giáo dục và Đào tạo",
    "Phòng GD&ĐT quận Đống Đa",
    "Ban Vì sự tiến bộ phụ nữ",
    "Thủ tướng Chính phủ",
];
const SUBJECTS: [&str; 4] = [
    "công tác bình đẳng giới năm 2024",
    "tăng cường phòng, chống bạo lực học đường",
    "hoạt động vì sự tiến bộ của phụ nữ giai đoạn 2021-2030",
    "tổ chức Tháng hành động vì bình đẳng giới",
];

fn citation_strategy() -> impl Strategy<Value = Citation> {
    (
        1u32..5000,
        prop::sample::select(vec!["KH-UBND", "KH-THTQ", "QĐ-TTg", "KH-PGDĐT", "CT/TW"]),
        (2000u16..2030, 1u8..=12, 1u8..=28),
        prop::sample::select(ISSUERS.to_vec()),
        prop::sample::select(SUBJECTS.to_vec()),
        any::<bool>(),
    )
        .prop_map(|(n, symbol, (y, m, d), issuer, subject, th)| Citation {
            verb: if th {
                BasisVerb::ThucHien
            } else {
                BasisVerb::CanCu
            },
            doc_type: match symbol {
                "QĐ-TTg" => QuyetDinh,
                "CT/TW" => ChiThi,
                _ => KeHoach,
            },
            number: n.to_string(),
            symbol: symbol.to_string(),
            date: Date::new(y, m, d),
            issuer: issuer.to_string(),
            subject: subject.to_string(),
            ..Citation::default()
        })
}

proptest! {
    /// What the product prints, the parser reads back.
    #[test]
    fn basis_paragraph_round_trips(c in citation_strategy()) {
        let text = kehoach_bdg::domain::nd30::basis_paragraph(&c);
        let back = parse_citation(&text).unwrap();
        prop_assert_eq!(back, c);
    }

    /// Nothing pasted makes the parser panic.
    #[test]
    fn never_panics(s in "\\PC{0,200}") {
        let _ = parse_citation(&s);
        let _ = split_citations(&s);
    }

    #[test]
    fn never_panics_on_citation_like_noise(s in "[0-9 /\\-.]{0,12}(ngày|tháng|năm|số|KH|của|về| )*[0-9 /\\-.]{0,12}") {
        let _ = parse_citation(&format!("Kế hoạch {s}"));
    }
}
