//! A corpus of messy inputs written for these tests (glued header columns,
//! NFD text, stray spaces and line breaks, web-page noise above the
//! header), and each finding rule of the reader with a document that breaks
//! it and one that does not.

#![cfg(not(target_arch = "wasm32"))]

use kehoach_bdg::domain::catalogue::Catalogue;
use kehoach_bdg::domain::import::{check, read_text, DocumentKind, Recognised};
use kehoach_bdg::domain::plan::{IssuerLevel, PlanKind, Unit};
use kehoach_bdg::domain::section::SectionId;
use kehoach_bdg::domain::Date;
use unicode_normalization::UnicodeNormalization;

/// A plan of Trường Tiểu học Hòa Bình pasted from a school's web page.
const MESSY: &str = "Trang chủ | Tin tức | Văn bản nhà trường
Đăng lúc 08:15 ngày 12/03/2024 - Lượt xem: 125
UBND XÃ HÒA BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG TIỂU HỌC HÒA BÌNH Độc lập – Tự do – Hạnh Phúc
Số:    39  / KH - THHB         Hòa Bình, ngày 5 tháng 03 năm 2024
KẾ HOẠCH
Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2024
Căn cứ Kế hoạch số 120/KH-UBND ngày 20/02/2024 của Ủy ban nhân dân xã Hòa Bình về thực hiện công tác bình đẳng giới năm 2024;
Trường Tiểu học Hòa Bình xây dựng kế hoạch thực hiện như sau:
I. Mục đích, yêu cầu
1. Mục đích
- Giúp cán bộ, giáo viên hiểu đúng về bình
đẳng giới và   vận dụng   trong dạy học.
2. Yêu cầu
- Các hoạt động thiết thực, phù hợp với lứa tuổi học sinh.
II. CHỈ TIÊU
- 100% cán bộ, giáo viên được tập huấn về bình đẳng giới.
- Tổ chức 2 buổi sinh hoạt chuyên đề cho học sinh khối 4, 5.
III. NHIỆM VỤ VÀ GIẢI PHÁP
1. Tuyên truyền, phổ biến pháp luật
a) Treo khẩu hiệu về bình đẳng giới tại cổng trường.
b) Lồng ghép nội dung vào giờ chào cờ đầu tuần.
+ Mỗi tháng một chủ đề.
2. Phòng, chống bạo lực học đường
- Duy trì hộp thư góp ý của học sinh.
IV. TỔ CHỨC THỰC HIỆN
1. Hiệu trưởng
- Chỉ đạo chung, phân công thành viên Ban phụ trách từng việc.
2. Tổng phụ trách Đội: tổ chức các hoạt động cho học sinh.
3. Giáo viên chủ nhiệm phối hợp với cha mẹ học sinh theo dõi học sinh.
V. KINH PHÍ
Kinh phí chi thường xuyên của nhà trường.
VI. CHẾ ĐỘ BÁO CÁO
Các tổ chuyên môn gửi báo cáo kết quả về Hiệu trưởng trước ngày 15/5 và 15/12/2024 qua thư điện tử.
Trên đây là Kế hoạch thực hiện công tác bình đẳng giới năm 2024 của Trường Tiểu học Hòa Bình./.
Nơi nhận:
- UBND xã Hòa Bình (để b/c);
- Các tổ chuyên môn;
- Lưu: VT.
HIỆU TRƯỞNG
(Đã ký)
Lê Thị Mai
";

fn codes(r: &Recognised, as_of: Option<Date>) -> Vec<&'static str> {
    check(r, Catalogue::builtin(), as_of)
        .findings
        .iter()
        .map(|f| f.finding.rule.code())
        .collect()
}

#[test]
fn a_messy_web_copy_reads_like_the_plan_it_is() {
    for text in [MESSY.to_string(), MESSY.nfd().collect::<String>()] {
        let r = read_text(&text).recognised;
        let p = &r.plan;
        assert_eq!(r.document, DocumentKind::Plan);
        // Web noise above the header is kept aside, not lost.
        assert_eq!(p.unplaced[0].section, None);
        assert!(p.unplaced[0].text.starts_with("Trang chủ"));
        assert!(p.unplaced[1].text.starts_with("Đăng lúc"));
        assert_eq!(r.header.parent_body, "UBND XÃ HÒA BÌNH");
        assert_eq!(r.header.issuer, "TRƯỜNG TIỂU HỌC HÒA BÌNH");
        assert_eq!(r.header.number.as_deref(), Some("39"));
        assert_eq!(r.header.symbol.as_deref(), Some("KH-THHB"));
        assert_eq!(p.header.issuer_abbr, "THHB");
        assert_eq!(p.header.place, "Hòa Bình");
        assert_eq!(p.header.date, Date::new(2024, 3, 5));
        assert_eq!(p.level, IssuerLevel::TieuHoc);
        assert_eq!(p.kind, PlanKind::Annual);
        assert_eq!(
            p.title.subject,
            "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2024"
        );
        assert_eq!(p.basis.len(), 1);
        assert_eq!(p.basis[0].issuer, "Ủy ban nhân dân xã Hòa Bình");
        assert_eq!(
            p.purposes,
            ["Giúp cán bộ, giáo viên hiểu đúng về bình đẳng giới và vận dụng trong dạy học."]
        );
        assert_eq!(p.requirements.len(), 1);
        assert_eq!(p.targets.len(), 2);
        assert_eq!(
            (p.targets[0].value.as_str(), &p.targets[0].unit),
            ("100", &Unit::Percent)
        );
        assert_eq!(
            p.targets[0].what,
            "cán bộ, giáo viên được tập huấn về bình đẳng giới."
        );
        // A number inside the sentence stays in its text.
        assert_eq!(p.targets[1].value, "");
        assert!(p.targets[1].what.starts_with("Tổ chức 2 buổi"));
        assert_eq!(p.task_groups.len(), 2);
        assert_eq!(p.task_groups[0].items.len(), 2);
        assert!(p.task_groups[0].items[1]
            .text
            .ends_with("+ Mỗi tháng một chủ đề."));
        let roles: Vec<_> = p.assignments.iter().map(|a| a.role.as_str()).collect();
        assert_eq!(
            roles,
            ["Hiệu trưởng", "Tổng phụ trách Đội", "Giáo viên chủ nhiệm"]
        );
        assert_eq!(p.funding, "Kinh phí chi thường xuyên của nhà trường.");
        let dates: Vec<_> = p.reports.iter().map(|r| r.date).collect();
        assert_eq!(dates, [Date::new(2024, 5, 15), Date::new(2024, 12, 15)]);
        assert_eq!(p.reports[0].recipient, "Hiệu trưởng");
        assert_eq!(p.reports[0].channel, "qua thư điện tử");
        assert!(p.closing.ends_with("Trường Tiểu học Hòa Bình."));
        assert_eq!(
            p.recipients,
            ["UBND xã Hòa Bình (để b/c)", "Các tổ chuyên môn"]
        );
        assert_eq!(p.signer.title, "HIỆU TRƯỞNG");
        assert_eq!(p.signer.name, "Lê Thị Mai");
        assert!(p.unplaced.iter().any(|u| u.text == "(Đã ký)"));
        // Every finding the original text has.
        let found = codes(&r, None);
        for code in [
            "A1.motto-format",
            "A2.so-spaces",
            "A3.date-padding",
            "X6.heading-case",
        ] {
            assert!(found.contains(&code), "{code} in {found:?}");
        }
    }
}

/// A short plan with the given header lines, trích yếu, căn cứ and first
/// heading.
fn doc(header: &str, subject: &str, basis: &str, heading: &str) -> Recognised {
    let text = format!(
        "UBND XÃ HÒA BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{header}\nKẾ HOẠCH\n{subject}\n{basis}\n\
         Trường Tiểu học Hòa Bình xây dựng kế hoạch như sau:\n{heading}\n- Nâng cao nhận thức về giới.\n"
    );
    read_text(&text).recognised
}

const ISSUER: &str = "TRƯỜNG TIỂU HỌC HÒA BÌNH\tĐộc lập - Tự do - Hạnh phúc";
const SO: &str = "Số: 39/KH-THHB\tHòa Bình, ngày 05 tháng 3 năm 2024";
const SUBJECT: &str = "Thực hiện công tác bình đẳng giới năm 2024";
const BASIS: &str = "Căn cứ Kế hoạch số 120/KH-UBND ngày 20/02/2024 của Ủy ban nhân dân xã Hòa Bình về bình đẳng giới năm 2024;";
const HEADING: &str = "I. MỤC ĐÍCH, YÊU CẦU";

/// (rule, header lines, subject, căn cứ, heading) breaking it, and the
/// same fields not breaking it.
type Case = (&'static str, [&'static str; 4], [&'static str; 4]);

fn cases() -> Vec<Case> {
    let ok = [ISSUER, SUBJECT, BASIS, HEADING];
    let so = |s: &'static str| -> [&'static str; 4] {
        [
            Box::leak(
                format!("TRƯỜNG TIỂU HỌC HÒA BÌNH\tĐộc lập - Tự do - Hạnh phúc\n{s}")
                    .into_boxed_str(),
            ),
            SUBJECT,
            BASIS,
            HEADING,
        ]
    };
    vec![
        ("A1.motto-format", [
            "TRƯỜNG TIỂU HỌC HÒA BÌNH\tĐộc lập – Tự do – Hạnh phúc\nSố: 39/KH-THHB\tHòa Bình, ngày 05 tháng 3 năm 2024",
            SUBJECT, BASIS, HEADING], so(SO)),
        ("A1.motto-format", [
            "TRƯỜNG TIỂU HỌC HÒA BÌNH\tĐộc lập - Tự do - Hạnh Phúc\nSố: 39/KH-THHB\tHòa Bình, ngày 05 tháng 3 năm 2024",
            SUBJECT, BASIS, HEADING], ok_with_so()),
        ("A2.so-spaces", so("Số:    39  / KH - THHB\tHòa Bình, ngày 05 tháng 3 năm 2024"), so(SO)),
        ("A2.so-spaces", so("Số : 39/KH-THHB\tHòa Bình, ngày 05 tháng 3 năm 2024"),
            so("Số:      /KH-THHB\tHòa Bình, ngày 05 tháng 3 năm 2024")),
        ("A2.type-code", so("Số: 39/TB-THHB\tHòa Bình, ngày 05 tháng 3 năm 2024"), so(SO)),
        ("A2.number-blank", so("Số:      /KH-THHB\tHòa Bình, ngày 05 tháng 3 năm 2024"), so(SO)),
        ("A2.number-letter-suffix", so("Số: 38a/KH-THHB\tHòa Bình, ngày 05 tháng 3 năm 2024"), so(SO)),
        ("A3.date-padding", so("Số: 39/KH-THHB\tHòa Bình, ngày 5 tháng 3 năm 2024"), so(SO)),
        ("A3.date-padding", so("Số: 39/KH-THHB\tHòa Bình, ngày 05 tháng 03 năm 2024"),
            so("Số: 39/KH-THHB\tHòa Bình, ngày 15 tháng 02 năm 2024")),
        ("A3.date-padding", so("Số: 39/KH-THHB\tHòa Bình, ngày 15 tháng 2 năm 2024"), so(SO)),
        ("A3.date-incomplete", so("Số: 39/KH-THHB\tHòa Bình, ngày      tháng 3 năm 2024"), so(SO)),
        ("A4.subject-all-caps", [ok[0], "THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI NĂM 2024", BASIS, HEADING], ok_with_so()),
        ("X6.heading-case", [ok[0], SUBJECT, BASIS, "I. Mục đích, yêu cầu"], ok_with_so()),
        ("A5.citation-issuer-missing", [ok[0], SUBJECT,
            "Căn cứ Kế hoạch số 120/KH-UBND ngày 20/02/2024 về bình đẳng giới năm 2024;", HEADING], ok_with_so()),
        ("A5.citation-symbol-missing", [ok[0], SUBJECT,
            "Căn cứ Kế hoạch số 120 ngày 20/02/2024 của Ủy ban nhân dân xã Hòa Bình về bình đẳng giới;", HEADING], ok_with_so()),
        // The real error: the ministry's decision of 26/01/2022 is 383.
        ("A5.catalogue-mismatch", [ok[0], SUBJECT,
            "Căn cứ Quyết định số 283/QĐ-BGDĐT ngày 26/01/2022 của Bộ Giáo dục và Đào tạo về kế hoạch hành động;", HEADING],
            [ok[0], SUBJECT,
            "Căn cứ Quyết định số 383/QĐ-BGDĐT ngày 26/01/2022 của Bộ Giáo dục và Đào tạo về kế hoạch hành động;", HEADING]),
        ("X2.citation-after-plan", [ok[0], SUBJECT,
            "Căn cứ Kế hoạch số 120/KH-UBND ngày 20/3/2024 của Ủy ban nhân dân xã Hòa Bình về bình đẳng giới năm 2024;", HEADING],
            ok_with_so()),
    ]
}

fn ok_with_so() -> [&'static str; 4] {
    [
        Box::leak(format!("{ISSUER}\n{SO}").into_boxed_str()),
        SUBJECT,
        BASIS,
        HEADING,
    ]
}

#[test]
fn every_reader_rule_fires_on_its_example_and_not_on_its_counter_example() {
    for (rule, bad, good) in cases() {
        let bad_header = if bad[0].contains("Số") {
            bad[0].to_string()
        } else {
            format!("{}\n{SO}", bad[0])
        };
        let r = doc(&bad_header, bad[1], bad[2], bad[3]);
        let found = codes(&r, None);
        assert!(
            found.contains(&rule),
            "{rule} did not fire: {found:?}\n{:?}",
            r.header
        );
        let r = doc(good[0], good[1], good[2], good[3]);
        let found = codes(&r, None);
        assert!(
            !found.contains(&rule),
            "{rule} fired on its counter-example: {found:?}\n{:?}",
            r.header
        );
    }
}

#[test]
fn every_original_text_rule_has_a_case() {
    let covered: Vec<&str> = cases().iter().map(|c| c.0).collect();
    for rule in kehoach_bdg::domain::import::ORIGINAL_TEXT_RULES {
        assert!(covered.contains(&rule.code()), "{}", rule.code());
    }
}

#[test]
fn a_plan_without_a_date_is_compared_with_as_of() {
    let r = doc(
        &format!("{ISSUER}\nSố:      /KH-THHB\tHòa Bình, ngày      tháng      năm 2024"),
        SUBJECT,
        "Căn cứ Kế hoạch số 120/KH-UBND ngày 20/3/2024 của Ủy ban nhân dân xã Hòa Bình về bình đẳng giới năm 2024;",
        HEADING,
    );
    assert_eq!(r.plan.header.date, None);
    assert!(!codes(&r, None).contains(&"X2.citation-after-plan"));
    let found = codes(&r, Date::new(2024, 3, 1));
    assert!(found.contains(&"X2.citation-after-plan"), "{found:?}");
    assert!(found.contains(&"A3.date-blank"));
    assert!(!codes(&r, Date::new(2024, 4, 1)).contains(&"X2.citation-after-plan"));
}

#[test]
fn headings_map_to_sections_whatever_their_wording() {
    let r = doc(
        &format!("{ISSUER}\n{SO}"),
        SUBJECT,
        BASIS,
        "II. MỤC TIÊU, CHỈ TIÊU",
    );
    assert_eq!(r.headings[0].id, Some(SectionId::Targets));
    let r = doc(
        &format!("{ISSUER}\n{SO}"),
        SUBJECT,
        BASIS,
        "III. NỘI DUNG HOẠT ĐỘNG",
    );
    assert_eq!(r.headings[0].id, Some(SectionId::Tasks));
    let r = doc(
        &format!("{ISSUER}\n{SO}"),
        SUBJECT,
        BASIS,
        "IV. MỘT SỐ KIẾN NGHỊ",
    );
    assert_eq!(r.headings[0].id, None);
    // Under an unknown heading the text is kept with it.
    let u = r.plan.unplaced.last().expect("kept");
    assert_eq!(u.heading, "IV. MỘT SỐ KIẾN NGHỊ");
    assert_eq!(u.text, "- Nâng cao nhận thức về giới.");
}

#[test]
fn tm_signer_and_appendices_after_the_signature() {
    let text = "BAN VÌ SỰ TIẾN BỘ PHỤ NỮ\nSố: 03/KH-BVSTBPN\tHòa Bình, ngày 10 tháng 11 năm 2024\n\
        KẾ HOẠCH\nTổ chức Tháng hành động vì bình đẳng giới năm 2024\n\
        I. NỘI DUNG HOẠT ĐỘNG\n1. Phát động Tháng hành động\n- Treo băng rôn từ ngày 15/11.\n\
        Nơi nhận:\n- Hiệu trưởng;\n- Lưu: VT, BVSTBPN.\n\
        TM. BAN VÌ SỰ TIẾN BỘ PHỤ NỮ\nTRƯỞNG BAN\nNguyễn Thu Hà\n\
        Phụ lục I\nLỊCH HOẠT ĐỘNG\n(Kèm theo Kế hoạch số 03/KH-BVSTBPN)\nTuần 1: phát động.\n\
        Phụ lục II\nDANH SÁCH PHÂN CÔNG\nTổ 1: trang trí.\n";
    let r = read_text(text).recognised;
    let p = &r.plan;
    assert_eq!(p.kind, PlanKind::ActionMonth);
    assert_eq!(p.level, IssuerLevel::BanVstbpn);
    assert_eq!(p.archive_units, "BVSTBPN");
    assert_eq!(p.signer.authority, kehoach_bdg::domain::plan::Authority::Tm);
    assert_eq!(p.signer.title, "BAN VÌ SỰ TIẾN BỘ PHỤ NỮ");
    assert_eq!(p.signer.deputy_title, "TRƯỞNG BAN");
    assert_eq!(p.signer.name, "Nguyễn Thu Hà");
    let titles: Vec<_> = p.appendices.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, ["LỊCH HOẠT ĐỘNG", "DANH SÁCH PHÂN CÔNG"]);
    assert!(p.appendices[0].body.ends_with("Tuần 1: phát động."));
    assert!(p.unplaced.is_empty(), "{:?}", p.unplaced);
}
