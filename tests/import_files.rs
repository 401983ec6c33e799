//! Files as users have them: .docx files laid out the way schools type
//! them (header and signature in borderless two-column tables), the
//! starters exported by our own .txt and .docx exporters read back, and
//! the files we cannot read, each with its message, in bounded time.

#![cfg(not(target_arch = "wasm32"))]

use kehoach_bdg::domain::export::{to_docx, to_text};
use kehoach_bdg::domain::import::{read, DocumentKind, ReadError, Recognised, Source};
use kehoach_bdg::domain::plan::{IssuerLevel, Plan, PlanKind};
use kehoach_bdg::domain::templates::starter;
use kehoach_bdg::domain::Date;
use std::io::Write;
use std::time::Instant;

/// A .docx holding only `word/document.xml` (all our reader needs).
fn docx_with(document_xml: &str) -> Vec<u8> {
    zip_of(&[("word/document.xml", document_xml.as_bytes())])
}

fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut out);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, data) in files {
            z.start_file(*name, opts).expect("entry");
            z.write_all(data).expect("write");
        }
        z.finish().expect("finish");
    }
    out.into_inner()
}

fn p(text: &str, center: bool, bold: bool) -> String {
    let jc = if center {
        r#"<w:pPr><w:jc w:val="center"/></w:pPr>"#
    } else {
        ""
    };
    let b = if bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
    let escaped = text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    let runs: Vec<String> = escaped
        .split('\t')
        .map(|t| format!(r#"<w:r>{b}<w:t xml:space="preserve">{t}</w:t></w:r>"#))
        .collect();
    format!("<w:p>{jc}{}</w:p>", runs.join("<w:r><w:tab/></w:r>"))
}

fn table(rows: &[(&[&str], &[&str])]) -> String {
    let cell = |ps: &[&str]| {
        let body: String = ps.iter().map(|t| p(t, true, false)).collect();
        format!("<w:tc>{body}</w:tc>")
    };
    let rows: String = rows
        .iter()
        .map(|(l, r)| format!("<w:tr>{}{}</w:tr>", cell(l), cell(r)))
        .collect();
    format!("<w:tbl>{rows}</w:tbl>")
}

fn document(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    )
}

/// A plan typed in Word: header and signature as two-column tables.
fn word_like_plan(paragraphs: usize) -> String {
    let mut body = table(&[(
        &[
            "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
            "TRƯỜNG THCS LÊ LỢI",
            "Số: 07/KH-THCSLL",
        ],
        &[
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Lê Lợi, ngày 06 tháng 02 năm 2024",
        ],
    )]);
    body += &p("KẾ HOẠCH", true, true);
    body += &p(
        "Thực hiện công tác bình đẳng giới năm học 2023-2024",
        true,
        true,
    );
    body += &p("Căn cứ Kế hoạch số 15/KH-PGDĐT ngày 20/01/2024 của Phòng Giáo dục và Đào tạo về công tác bình đẳng giới;", false, false);
    body += &p(
        "Trường THCS Lê Lợi xây dựng kế hoạch như sau:",
        false,
        false,
    );
    body += &p("I. MỤC ĐÍCH, YÊU CẦU", false, true);
    body += &p(
        "- Học sinh nam và nữ được đối xử công bằng trong mọi hoạt động.",
        false,
        false,
    );
    body += &p("II. NỘI DUNG THỰC HIỆN", false, true);
    body += &p("1. Giáo dục kỹ năng sống", false, true);
    for i in 0..paragraphs {
        body += &p(
            &format!("- Hoạt động số {i}: giáo viên chủ nhiệm tổ chức sinh hoạt lớp về tôn trọng bạn khác giới, lắng nghe ý kiến của học sinh và ghi nhận các trường hợp cần hỗ trợ."),
            false,
            false,
        );
    }
    body += &p("III. TỔ CHỨC THỰC HIỆN", false, true);
    body += &p(
        "- Tổng phụ trách Đội: Tổ chức diễn đàn học sinh.",
        false,
        false,
    );
    body += &p(
        "- Giáo viên chủ nhiệm: Lồng ghép vào giờ sinh hoạt lớp.",
        false,
        false,
    );
    body += &p(
        "Trên đây là Kế hoạch thực hiện công tác bình đẳng giới năm học 2023-2024./.",
        false,
        false,
    );
    body += &table(&[(
        &["Nơi nhận:", "- Phòng GD&ĐT (để b/c);", "- Lưu: VT."],
        &["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Phạm Văn Bình"],
    )]);
    document(&body)
}

#[test]
fn a_word_like_docx_reads_with_its_header_table_and_signature_table() {
    let bytes = docx_with(&word_like_plan(3));
    let imported = read(&bytes).expect("readable").remove(0);
    assert_eq!(imported.source, Source::Docx);
    let r = imported.recognised;
    let p = &r.plan;
    assert_eq!(r.document, DocumentKind::Plan);
    assert_eq!(r.header.parent_body, "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO");
    assert_eq!(r.header.issuer, "TRƯỜNG THCS LÊ LỢI");
    assert_eq!(p.header.number, "07");
    assert_eq!(p.header.issuer_abbr, "THCSLL");
    assert_eq!(p.header.place, "Lê Lợi");
    assert_eq!(p.header.date, Date::new(2024, 2, 6));
    assert_eq!(p.level, IssuerLevel::Thcs);
    assert_eq!(
        p.title.subject,
        "Thực hiện công tác bình đẳng giới năm học 2023-2024"
    );
    assert_eq!(p.basis[0].number, "15");
    assert_eq!(p.tasks().count(), 3);
    assert_eq!(p.assignments.len(), 2);
    assert_eq!(p.recipients, ["Phòng GD&ĐT (để b/c)"]);
    assert_eq!(p.signer.deputy_title, "PHÓ HIỆU TRƯỞNG");
    assert_eq!(p.signer.name, "Phạm Văn Bình");
    assert!(p.unplaced.is_empty(), "{:?}", p.unplaced);
}

/// The key fields a plan must keep through export and reading back.
fn key_fields(p: &Plan) -> Vec<String> {
    let mut out = vec![
        p.header.parent_body.to_uppercase(),
        p.header.issuer.to_uppercase(),
        p.header.number.trim_start_matches('0').to_string(),
        p.header.issuer_abbr.clone(),
        p.header.place.clone(),
        format!("{:?}", p.header.date),
        p.title.subject.clone(),
        format!("{:?}", p.kind),
        // The exporter writes the signer's titles in capitals.
        format!(
            "{:?} {} / {} / {}",
            p.signer.authority,
            p.signer.title.to_uppercase(),
            p.signer.deputy_title.to_uppercase(),
            p.signer.name
        ),
        p.recipients.join("|"),
        p.archive_units.clone(),
    ];
    out.extend(p.basis.iter().map(|c| {
        format!(
            "{:?} {:?} {}/{} {:?} {} | {}",
            c.verb,
            c.doc_type,
            c.number,
            c.symbol,
            c.date,
            c.issuer,
            // The exporter writes a trích yếu after "về" in lower case.
            lower_first(&c.subject)
        )
    }));
    out.extend(
        p.assignments
            .iter()
            .map(|a| format!("{} ({})", a.role, a.duties.len())),
    );
    out.extend(p.reports.iter().map(|r| {
        format!(
            "{:?} {} | {} | {}",
            r.date, r.content, r.recipient, r.channel
        )
    }));
    out.push(format!(
        "theme {:?}; {} purposes, {} requirements; aim {:?}; funding {:?}; lead-in {:?}; closing {:?}",
        p.theme,
        p.purposes.len(),
        p.requirements.len(),
        p.general_aim,
        p.funding,
        p.lead_in,
        p.closing
    ));
    out.extend(
        p.task_groups
            .iter()
            .map(|g| format!("{} ({})", g.title, g.items.len())),
    );
    out.extend(
        p.tasks()
            .map(|t| format!("{} | {} | {}", t.timing, t.lead, t.participants)),
    );
    out.extend(p.targets.iter().map(|t| {
        format!(
            "{} {} | {} | {}",
            t.value,
            t.unit.label(),
            t.by_when,
            t.owner
        )
    }));
    out
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_lowercase().chain(chars).collect())
}

fn filled_starter(kind: PlanKind, level: IssuerLevel) -> Plan {
    let mut plan = starter(kind, level, 2024);
    plan.header.parent_body = "UBND xã Hòa Bình".into();
    plan.header.issuer = "Trường Tiểu học Hòa Bình".into();
    plan.header.issuer_abbr = "THHB".into();
    plan.header.number = "12".into();
    plan.header.place = "Hòa Bình".into();
    plan.header.date = Date::new(2024, 3, 15);
    plan.signer.name = "Lê Thị Mai".into();
    for (i, c) in plan.basis.iter_mut().enumerate() {
        if c.symbol.is_empty() && c.subject.is_empty() {
            c.number = format!("{}", 100 + i);
            c.symbol = "KH-UBND".into();
            c.date = Date::new(2024, 2, 1);
            c.issuer = "Ủy ban nhân dân xã Hòa Bình".into();
        }
    }
    plan
}

fn read_back(bytes: &[u8]) -> Recognised {
    read(bytes)
        .expect("our own export reads")
        .remove(0)
        .recognised
}

#[test]
fn starters_exported_as_text_and_docx_read_back_to_the_same_key_fields() {
    for kind in PlanKind::ALL {
        for level in [IssuerLevel::TieuHoc, IssuerLevel::Phong, IssuerLevel::Thpt] {
            let plan = filled_starter(kind, level);
            let want = key_fields(&as_exported(&plan));
            let text = read_back(to_text(&plan).as_bytes());
            assert_eq!(key_fields(&text.plan), want, "{kind:?} {level:?} (.txt)");
            let docx = read_back(&to_docx(&plan).expect("docx"));
            assert_eq!(key_fields(&docx.plan), want, "{kind:?} {level:?} (.docx)");
        }
    }
}

/// The plan as the exporter prints it: a trích yếu on one line, a "Lưu"
/// line typed among the recipients printed as the last line, a lead-in
/// ending in ":", a report's recipient after the "về"/"gửi" the exporter
/// reads as its own, a task group without a title under its sub-area's
/// title.
fn as_exported(plan: &Plan) -> Plan {
    let mut p = plan.clone();
    p.title.subject = p
        .title
        .subject
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if let Some(i) = p.recipients.iter().position(|r| r.starts_with("Lưu")) {
        let line = p.recipients.remove(i);
        if p.archive_units.is_empty() {
            p.archive_units = line
                .trim_start_matches("Lưu:")
                .trim_end_matches('.')
                .split(',')
                .map(str::trim)
                .filter(|u| !u.is_empty() && *u != "VT")
                .collect::<Vec<_>>()
                .join(", ");
        }
    }
    if !p.lead_in.is_empty() && !p.lead_in.ends_with(':') {
        p.lead_in.push(':');
    }
    for r in &mut p.reports {
        for verb in ["về ", "gửi "] {
            if let Some(rest) = r.recipient.strip_prefix(verb) {
                r.recipient = rest.to_string();
            }
        }
    }
    for g in &mut p.task_groups {
        if g.title.trim().is_empty() {
            g.title = g
                .area
                .map_or("Các nhiệm vụ khác", |a| a.title_vi())
                .to_string();
        }
    }
    p
}

#[test]
fn fixture_plans_exported_as_text_and_docx_read_back_to_the_same_key_fields() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plans");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).expect("fixtures") {
        let path = entry.expect("entry").path();
        let bytes = std::fs::read(&path).expect("fixture");
        let mut plan: Plan = serde_json::from_slice(&bytes).expect("a plan");
        plan.normalize();
        let want = key_fields(&as_exported(&plan));
        let text = read_back(to_text(&plan).as_bytes());
        assert_eq!(key_fields(&text.plan), want, "{path:?} (.txt)");
        let docx = read_back(&to_docx(&plan).expect("docx"));
        assert_eq!(key_fields(&docx.plan), want, "{path:?} (.docx)");
        n += 1;
    }
    assert!(n >= 2);
}

#[test]
fn files_we_cannot_read_say_what_to_do_in_bounded_time() {
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.extend(vec![0u8; 4096]);
    let mut encrypted = ole.clone();
    encrypted.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    // 64 MB of spaces: a few dozen KB packed.
    let bomb = docx_with(&" ".repeat(64 * 1024 * 1024));
    let cases: Vec<(&str, Vec<u8>, ReadError, &str)> = vec![
        ("empty", Vec::new(), ReadError::Empty, "trống"),
        (
            "50 MB",
            vec![b'a'; 50 * 1024 * 1024],
            ReadError::TooLarge {
                size: 50 * 1024 * 1024,
                max: 10 * 1024 * 1024,
            },
            "quá lớn",
        ),
        (
            "zip bomb",
            bomb,
            ReadError::DocxTooBig {
                max: 16 * 1024 * 1024,
            },
            "giải nén",
        ),
        (
            "no document.xml",
            zip_of(&[("word/styles.xml", b"<x/>")]),
            ReadError::NotDocx,
            "word/document.xml",
        ),
        (".doc", ole, ReadError::OldWord, "lưu lại dưới dạng .docx"),
        ("password", encrypted, ReadError::Encrypted, "mật khẩu"),
        (
            ".pdf",
            b"%PDF-1.7\n%\xE2\xE3".to_vec(),
            ReadError::Pdf,
            "sao chép chữ và dán vào",
        ),
        (
            "PNG renamed .docx",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
            ReadError::Image { format: "PNG" },
            "tệp ảnh",
        ),
    ];
    for (name, bytes, want, words) in cases {
        let start = Instant::now();
        let got = read(&bytes).expect_err(name);
        let elapsed = start.elapsed();
        assert_eq!(got, want, "{name}");
        assert!(got.to_string().contains(words), "{name}: {got}");
        assert!(!got
            .message(kehoach_bdg::domain::strings::Lang::En)
            .is_empty());
        println!("{name}: {elapsed:?}");
    }
}

#[test]
fn utf16_text_and_draft_files_read_too() {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(
        "KẾ HOẠCH\r\nThực hiện công tác bình đẳng giới năm 2024\r\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    let r = read(&bytes).expect("utf-16").remove(0).recognised;
    assert_eq!(
        r.plan.title.subject,
        "Thực hiện công tác bình đẳng giới năm 2024"
    );
    let plan = filled_starter(PlanKind::Annual, IssuerLevel::TieuHoc);
    let draft = kehoach_bdg::domain::draft::encode(&plan, "2024-03-15T08:00:00Z");
    let got = read(draft.as_bytes()).expect("draft").remove(0);
    assert_eq!(got.source, Source::Draft);
    assert_eq!(got.recognised.plan.header.number, "12");
}

#[test]
fn headings_in_word_styles_without_typed_numerals_open_their_sections() {
    let styled = |text: &str| {
        format!(
            r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
        )
    };
    let mut body = p("Trường Mầm non Hoa Sen", true, true);
    body += &p(
        "Số: 05/KH-MNHS\tHoa Sen, ngày 12 tháng 9 năm 2025",
        false,
        false,
    );
    body += &p("KẾ HOẠCH", true, true);
    body += &p(
        "Thực hiện công tác bình đẳng giới năm học 2025-2026",
        true,
        true,
    );
    body += &styled("Mục đích, yêu cầu");
    body += &p("Giúp trẻ biết tôn trọng bạn trai, bạn gái.", false, false);
    body += &styled("Tổ chức thực hiện");
    body += &p(
        "Giáo viên các lớp: Lồng ghép vào hoạt động vui chơi.",
        false,
        false,
    );
    let r = read_back(&docx_with(&document(&body)));
    let ids: Vec<_> = r.headings.iter().map(|h| h.id).collect();
    use kehoach_bdg::domain::section::SectionId;
    assert_eq!(
        ids,
        [Some(SectionId::Purposes), Some(SectionId::Organisation)]
    );
    assert_eq!(r.header.issuer, "Trường Mầm non Hoa Sen");
    assert_eq!(r.plan.level, IssuerLevel::MamNon);
    assert_eq!(r.plan.purposes.len(), 1);
    assert_eq!(r.plan.assignments[0].role, "Giáo viên các lớp");
}
