//! Drafts: envelope, migrations, index, keys, draft files and names
//! (issue 5), plus the issue 3 property that Plan → JSON → Plan is lossless.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{arb_plan, normalized};
use kehoach_bdg::domain::date::Date;
use kehoach_bdg::domain::draft::{
    backup_key, decode, default_name, draft_id_from_key, draft_key, encode, export_file,
    import_file, index_backup_key, index_key, migrate_plan, namespace_or_default, new_draft_id,
    unique_name, valid_draft_id, valid_namespace, DraftError, DraftIndex, DraftMeta, Envelope,
    ImportError, IndexError, APP_MARKER, DEFAULT_NAMESPACE, INDEX_SCHEMA_VERSION, MAX_IMPORT_BYTES,
    NAME_MAX_CHARS, SCHEMA_VERSION,
};
use kehoach_bdg::domain::plan::{
    Authority, Citation, IssuerLevel, Period, Plan, PlanKind, SubArea, Target, TaskGroup, TaskItem,
    Unit,
};
use proptest::prelude::*;
use serde_json::{json, Value};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/drafts/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn date(y: u16, m: u8, d: u8) -> Option<Date> {
    Some(Date::new(y, m, d).expect("test date exists"))
}

/// A small but complete plan, as the editor would hold it.
fn sample_plan() -> Plan {
    let mut p = Plan::new(PlanKind::Annual, IssuerLevel::TieuHoc);
    p.period = Period::Year { year: 2024 };
    p.header.issuer = "Trường Tiểu học Quang Trung".into();
    p.header.place = "Vĩnh Yên".into();
    p.header.date = date(2024, 3, 5);
    p.title.subject = "Thực hiện công tác bình đẳng giới năm 2024".into();
    let c = p.fresh_id();
    p.basis.push(Citation {
        id: c,
        number: "865".into(),
        symbol: "KH-UBND".into(),
        date: date(2024, 2, 12),
        issuer: "UBND thành phố Vĩnh Yên".into(),
        ..Citation::default()
    });
    let t = p.fresh_id();
    p.targets.push(Target {
        id: t,
        what: "được tập huấn".into(),
        value: "100".into(),
        unit: Unit::Other("lượt người".into()),
        ..Target::default()
    });
    let g = p.fresh_id();
    let i = p.fresh_id();
    p.task_groups.push(TaskGroup {
        id: g,
        area: Some(SubArea::Training),
        title: "Tập huấn, bồi dưỡng".into(),
        items: vec![TaskItem {
            id: i,
            text: "Cử giáo viên dự lớp tập huấn.".into(),
            targets: vec![t],
            ..TaskItem::default()
        }],
    });
    p.recipients = vec!["Phòng GD&ĐT".into(), "Các tổ chuyên môn".into()];
    p.archive_units = "VP".into();
    p.signer.name = "Phạm Thu Hà".into();
    p
}

fn meta(id: &str, name: &str) -> DraftMeta {
    DraftMeta {
        id: id.into(),
        name: name.into(),
        kind: PlanKind::Annual,
        saved_at: "2024-03-05T01:02:03Z".into(),
        completeness: 40,
    }
}

// ---------------------------------------------------------------------------
// Envelope
// ---------------------------------------------------------------------------

#[test]
fn encode_then_decode_gives_the_same_plan_and_time() {
    let plan = sample_plan();
    let raw = encode(&plan, "2024-03-05T01:02:03Z");
    let env = decode(&raw).unwrap();
    assert_eq!(
        env,
        Envelope {
            schema_version: SCHEMA_VERSION,
            saved_at: "2024-03-05T01:02:03Z".into(),
            plan,
        }
    );
}

#[test]
fn encoded_envelope_has_the_documented_fields() {
    let raw = encode(&sample_plan(), "2024-03-05T01:02:03Z");
    let v: Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(v["schema_version"], json!(2));
    assert_eq!(v["saved_at"], json!("2024-03-05T01:02:03Z"));
    assert_eq!(v["plan"]["header"]["date"], json!("2024-03-05"));
    assert_eq!(SCHEMA_VERSION, 2);
}

#[test]
fn unknown_extra_fields_are_ignored() {
    let mut v: Value = serde_json::from_str(&encode(&sample_plan(), "t")).unwrap();
    v["device"] = json!("máy tính phòng hội đồng");
    v["plan"]["added_in_a_later_release"] = json!({"x": [1, 2, 3]});
    v["plan"]["header"]["fax"] = json!("0211 123 456");
    let env = decode(&v.to_string()).unwrap();
    assert_eq!(env.plan, sample_plan());
}

#[test]
fn missing_fields_take_their_defaults() {
    let raw = r#"{"schema_version": 2, "plan": {"header": {"issuer": "Trường Mầm non Sao Mai"}}}"#;
    let env = decode(raw).unwrap();
    assert_eq!(env.saved_at, "");
    assert_eq!(env.plan.header.issuer, "Trường Mầm non Sao Mai");
    assert_eq!(env.plan.header.date, None);
    assert_eq!(env.plan.kind, PlanKind::Annual);
    assert!(env.plan.task_groups.is_empty());
    // A task saved without the `targets` field (added later) still loads.
    let raw = r#"{"schema_version": 2, "plan": {"task_groups": [{"id": 1, "items": [{"id": 2, "text": "Họp"}]}]}}"#;
    let env = decode(raw).unwrap();
    assert_eq!(env.plan.task_groups[0].items[0].text, "Họp");
    assert!(env.plan.task_groups[0].items[0].targets.is_empty());
}

#[test]
fn v2_fixture_decodes_with_its_values() {
    let env = decode(&fixture("v2_thcs_le_loi_2024.json")).unwrap();
    let p = &env.plan;
    assert_eq!(env.saved_at, "2024-09-18T02:05:41Z");
    assert_eq!(p.kind, PlanKind::GenderAndChildren);
    assert_eq!(p.level, IssuerLevel::Thcs);
    assert_eq!(p.period, Period::SchoolYear { start: 2024 });
    assert_eq!(p.header.date, date(2024, 9, 20));
    assert_eq!(p.basis[1].date, date(2024, 9, 5));
    assert_eq!(p.basis[0].date, None);
    assert_eq!(p.targets[0].unit, Unit::Other("tiết".into()));
    assert_eq!(p.task_groups[1].items[0].targets, vec![4]);
    assert_eq!(
        p.recipients,
        ["Phòng GD&ĐT (để báo cáo)", "Các tổ chuyên môn, đoàn thể"]
    );
    assert_eq!(p.archive_units, "VP");
    assert_eq!(p.signer.authority, Authority::Kt);
    assert_eq!(p.next_id, 12);
    assert_eq!(p.appendices[0].body.lines().count(), 2);
    // And it survives being saved again.
    assert_eq!(decode(&encode(p, &env.saved_at)).unwrap(), env);
}

// ---------------------------------------------------------------------------
// Migrations
// ---------------------------------------------------------------------------

#[test]
fn v1_fixture_migrates_to_the_current_plan() {
    let env = decode(&fixture("v1_tieu_hoc_hoa_binh_2022.json")).unwrap();
    assert_eq!(env.schema_version, SCHEMA_VERSION);
    assert_eq!(env.saved_at, "2022-03-24T08:15:00Z");
    let p = &env.plan;
    assert_eq!(p.header.issuer, "Trường Tiểu học Hòa Bình");
    // Text dates in the forms people typed.
    assert_eq!(p.header.date, date(2022, 3, 24));
    assert_eq!(p.basis[0].date, date(2006, 11, 29));
    assert_eq!(p.basis[1].date, date(2022, 3, 10));
    assert_eq!(p.reports[0].date, date(2022, 6, 30));
    // "31/6/2022" is no date: dropped, so the checklist asks for one.
    assert_eq!(p.reports[1].date, None);
    assert_eq!(p.reports[1].content, "Báo cáo bổ sung số liệu");
    // One string of lines became a list; the Lưu line became archive_units.
    assert_eq!(
        p.recipients,
        [
            "Phòng GD&ĐT (để báo cáo)",
            "Ban vì sự tiến bộ phụ nữ",
            "Các tổ chuyên môn"
        ]
    );
    assert_eq!(p.archive_units, "BVSTBPN");
    // Ids go up to 14; the counter starts above them.
    assert_eq!(p.next_id, 15);
    assert!(p.tasks().all(|t| t.targets.is_empty()));
    assert_eq!(p.tasks().count(), 3);
    assert_eq!(p.targets[1].unit, Unit::ChuyenDe);
    // The signer's name was stored decomposed (NFD) by that release.
    assert_eq!(p.signer.name, "Nguyễn Thị Hương");
}

#[test]
fn v1_migration_on_json_values() {
    let v: Value = serde_json::from_str(&fixture("v1_tieu_hoc_hoa_binh_2022.json")).unwrap();
    let migrated = migrate_plan(v["plan"].clone(), 1).unwrap();
    assert_eq!(migrated["header"]["date"], json!("2022-03-24"));
    assert_eq!(migrated["reports"][1]["date"], Value::Null);
    assert_eq!(migrated["recipients"].as_array().map(Vec::len), Some(3));
    assert_eq!(migrated["archive_units"], json!("BVSTBPN"));
    assert_eq!(migrated["next_id"], json!(15));
    assert_eq!(migrated["task_groups"][0]["items"][1]["targets"], json!([]));
    // Fields the migration does not touch are left as they were.
    assert_eq!(migrated["purposes"], v["plan"]["purposes"]);
    // An untouched "Nơi nhận" box was stored as null.
    let empty = migrate_plan(json!({"recipients": null}), 1).unwrap();
    assert_eq!(empty["recipients"], json!([]));
    assert_eq!(empty["next_id"], json!(1));
    // A current plan is left alone.
    let current = serde_json::to_value(sample_plan()).unwrap();
    assert_eq!(migrate_plan(current.clone(), 2).unwrap(), current);
    assert!(matches!(
        migrate_plan(current, 3),
        Err(DraftError::TooNew { found: 3, .. })
    ));
    assert!(matches!(
        migrate_plan(json!([]), 1),
        Err(DraftError::WrongShape { .. })
    ));
}

#[test]
fn v1_export_file_imports_every_draft_migrated() {
    let drafts = import_file(fixture("v1_export_2022.json").as_bytes()).unwrap();
    assert_eq!(drafts.len(), 2);
    let (name, p) = &drafts[0];
    assert_eq!(name, "Tháng hành động 2022");
    assert_eq!(p.kind, PlanKind::ActionMonth);
    assert_eq!(p.header.date, date(2022, 11, 1));
    assert_eq!(p.reports[0].date, date(2022, 12, 20));
    assert_eq!(p.recipients, ["Phòng GD&ĐT"]);
    assert_eq!(p.archive_units, "");
    assert_eq!(p.next_id, 4);
    // An empty name is replaced by one made from the plan.
    let (name, p) = &drafts[1];
    assert_eq!(name, "Kế hoạch bình đẳng giới năm học 2022-2023");
    assert_eq!(p.header.date, None);
    assert!(p.recipients.is_empty());
    assert_eq!(p.next_id, 1);
}

#[test]
fn v2_export_fixture_imports() {
    let drafts = import_file(fixture("v2_export_2024.json").as_bytes()).unwrap();
    assert_eq!(drafts.len(), 1);
    assert_eq!(drafts[0].0, "BĐG năm 2024 — bản gửi tổ");
    assert_eq!(drafts[0].1.level, IssuerLevel::MamNon);
    assert_eq!(drafts[0].1.header.date, date(2024, 2, 26));
}

// ---------------------------------------------------------------------------
// What decode refuses
// ---------------------------------------------------------------------------

#[test]
fn a_draft_from_a_newer_release_is_refused_with_its_version() {
    let err = decode(&fixture("v3_from_newer_app.json")).unwrap_err();
    assert_eq!(
        err,
        DraftError::TooNew {
            found: 3,
            supported: 2
        }
    );
    assert_eq!(
        err.to_string(),
        "Bản nháp được tạo bởi phiên bản mới hơn của ứng dụng (phiên bản dữ liệu 3); \
         hãy cập nhật trang hoặc mở bằng phiên bản mới."
    );
    let huge = r#"{"schema_version": 18446744073709551615, "plan": {}}"#;
    assert!(matches!(
        decode(huge),
        Err(DraftError::TooNew {
            found: u64::MAX,
            ..
        })
    ));
}

#[test]
fn invalid_json_is_reported_with_its_position() {
    let err = decode("{\"schema_version\": 2,\n \"plan\": {,}}").unwrap_err();
    assert_eq!(
        err,
        DraftError::InvalidJson {
            line: 2,
            column: 11
        }
    );
    assert!(err.to_string().contains("dòng 2, cột 11"));
    assert!(matches!(
        decode("kế hoạch"),
        Err(DraftError::InvalidJson { .. })
    ));
    assert_eq!(decode(""), Err(DraftError::Empty));
    assert_eq!(decode(" \n\t"), Err(DraftError::Empty));
}

#[test]
fn wrong_shapes_are_refused_with_a_vietnamese_reason() {
    let cases = [
        ("[1, 2]", "đối tượng JSON"),
        ("\"bản nháp\"", "đối tượng JSON"),
        (r#"{"plan": {}}"#, "schema_version"),
        (r#"{"schema_version": "2", "plan": {}}"#, "số nguyên dương"),
        (r#"{"schema_version": -1, "plan": {}}"#, "số nguyên dương"),
        (r#"{"schema_version": 1.5, "plan": {}}"#, "số nguyên dương"),
        (r#"{"schema_version": 0, "plan": {}}"#, "số 0"),
        (r#"{"schema_version": 2}"#, "thiếu phần nội dung"),
        (
            r#"{"schema_version": 2, "plan": []}"#,
            "không phải là một đối tượng",
        ),
        (
            r#"{"schema_version": 1, "plan": null}"#,
            "không phải là một đối tượng",
        ),
        (
            r#"{"schema_version": 2, "saved_at": 5, "plan": {}}"#,
            "saved_at",
        ),
        (
            r#"{"schema_version": 2, "plan": {"kind": "weekly"}}"#,
            "sai kiểu",
        ),
        (
            r#"{"schema_version": 2, "plan": {"header": {"date": "24/3/2022"}}}"#,
            "sai kiểu",
        ),
        (
            r#"{"schema_version": 2, "plan": {"recipients": "a\nb"}}"#,
            "sai kiểu",
        ),
    ];
    for (raw, why) in cases {
        match decode(raw) {
            Err(e @ DraftError::WrongShape { .. }) => {
                let msg = e.to_string();
                assert!(msg.starts_with("Bản nháp không đúng cấu trúc"), "{msg}");
                assert!(msg.contains(why), "{raw}: {msg}");
            }
            other => panic!("{raw}: expected WrongShape, got {other:?}"),
        }
    }
}

#[test]
fn every_truncation_of_a_draft_is_refused_not_misread() {
    // A tab closed while saving leaves a prefix of the value behind.
    let raw = encode(&sample_plan(), "2024-03-05T01:02:03Z");
    let cuts: Vec<usize> = (0..raw.len())
        .filter(|&i| raw.is_char_boundary(i))
        .collect();
    assert!(cuts.len() > 500);
    for cut in cuts {
        match decode(&raw[..cut]) {
            Err(DraftError::InvalidJson { .. }) | Err(DraftError::Empty) => {}
            other => panic!("cut at {cut}: {other:?}"),
        }
    }
}

#[test]
fn a_leading_byte_order_mark_is_ignored() {
    let raw = format!("\u{FEFF}{}", encode(&sample_plan(), "t"));
    assert_eq!(decode(&raw).unwrap().plan, sample_plan());
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(encode(&sample_plan(), "t").as_bytes());
    assert_eq!(import_file(&bytes).unwrap()[0].1, sample_plan());
}

#[test]
fn decomposed_text_and_control_characters_are_cleaned_on_load() {
    let raw = json!({
        "schema_version": 2,
        "saved_at": "2024-03-05T01:02:03Z\u{0}",
        "plan": {
            "title": {"subject": "Thu\u{31b}\u{323}c hie\u{323}\u{302}n co\u{302}ng ta\u{301}c\u{7}"},
            "recipients": ["Pho\u{300}ng GD&\u{110}T\r\n(đê\u{309} ba\u{301}o ca\u{301}o)"],
            "targets": [{"id": 1, "unit": {"other": "lu\u{31b}o\u{31b}\u{323}t\u{FEFF}"}}]
        }
    })
    .to_string();
    let p = decode(&raw).unwrap().plan;
    assert_eq!(p.title.subject, "Thực hiện công tác");
    assert_eq!(p.recipients, ["Phòng GD&ĐT\n(để báo cáo)"]);
    assert_eq!(p.targets[0].unit, Unit::Other("lượt".into()));
}

// ---------------------------------------------------------------------------
// Draft files
// ---------------------------------------------------------------------------

#[test]
fn export_then_import_keeps_names_and_plans() {
    let mut other = sample_plan();
    other.kind = PlanKind::ActionMonth;
    other.title.subject = "Tháng hành động vì bình đẳng giới năm 2024".into();
    let drafts = vec![
        (meta("a1", "Kế hoạch chính thức"), sample_plan()),
        (meta("b2", "Tháng hành động"), other.clone()),
    ];
    let file = export_file(&drafts, "2024-11-01T00:00:00Z");
    let v: Value = serde_json::from_str(&file).unwrap();
    assert_eq!(v["app"], json!(APP_MARKER));
    assert_eq!(v["app"], json!("kehoach-bdg"));
    assert_eq!(v["schema_version"], json!(SCHEMA_VERSION));
    assert_eq!(v["exported_at"], json!("2024-11-01T00:00:00Z"));
    assert_eq!(v["drafts"].as_array().map(Vec::len), Some(2));
    let back = import_file(file.as_bytes()).unwrap();
    assert_eq!(
        back,
        vec![
            ("Kế hoạch chính thức".to_string(), sample_plan()),
            ("Tháng hành động".to_string(), other),
        ]
    );
}

#[test]
fn a_bare_envelope_imports_under_a_made_up_name() {
    let got = import_file(encode(&sample_plan(), "t").as_bytes()).unwrap();
    assert_eq!(
        got,
        vec![(
            "Thực hiện công tác bình đẳng giới năm 2024".to_string(),
            sample_plan()
        )]
    );
}

#[test]
fn files_over_two_megabytes_are_refused_before_parsing() {
    assert_eq!(MAX_IMPORT_BYTES, 2 * 1024 * 1024);
    // A valid file padded with whitespace: it would import if it were parsed.
    let file = export_file(&[(meta("a", "A"), sample_plan())], "t");
    let mut at_limit = file.into_bytes();
    at_limit.resize(MAX_IMPORT_BYTES, b' ');
    assert_eq!(import_file(&at_limit).unwrap().len(), 1);
    let mut over = at_limit;
    over.push(b' ');
    let err = import_file(&over).unwrap_err();
    assert_eq!(
        err,
        ImportError::TooLarge {
            size: MAX_IMPORT_BYTES + 1,
            max: MAX_IMPORT_BYTES
        }
    );
    assert_eq!(
        err.to_string(),
        "Tệp quá lớn (2,1 MB); tệp bản nháp chỉ được tối đa 2 MB."
    );
    let err = import_file(&vec![0u8; 7 * 1024 * 1024]).unwrap_err();
    assert!(err.to_string().starts_with("Tệp quá lớn (7 MB)"), "{err}");
}

#[test]
fn binary_files_are_refused_as_not_text() {
    let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00";
    assert_eq!(import_file(png), Err(ImportError::NotText));
    let pdf = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj";
    assert_eq!(import_file(pdf), Err(ImportError::NotText));
    // The .docx the app exports is a zip: say so.
    let docx = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml";
    let err = import_file(docx).unwrap_err();
    assert_eq!(err, ImportError::Docx);
    assert!(err.to_string().contains(".docx"));
    // Odd-length UTF-16 cannot be text either.
    assert_eq!(import_file(b"\xFF\xFE{\x00\""), Err(ImportError::NotText));
}

#[test]
fn utf16_files_from_windows_editors_import() {
    let text = encode(&sample_plan(), "t");
    let mut le = vec![0xFF, 0xFE];
    let mut be = vec![0xFE, 0xFF];
    for u in text.encode_utf16() {
        le.extend_from_slice(&u.to_le_bytes());
        be.extend_from_slice(&u.to_be_bytes());
    }
    assert_eq!(import_file(&le).unwrap()[0].1, sample_plan());
    assert_eq!(import_file(&be).unwrap()[0].1, sample_plan());
}

#[test]
fn files_that_are_not_our_drafts_are_refused() {
    assert_eq!(import_file(b""), Err(ImportError::Empty));
    assert!(matches!(
        import_file(b"Ke hoach nam 2024"),
        Err(ImportError::InvalidJson { line: 1, .. })
    ));
    for raw in [
        r#"[{"name": "x"}]"#,
        r#"{"name": "Danh bạ", "rows": []}"#,
        r#"{"app": "other-app", "schema_version": 1, "drafts": []}"#,
        r#"{"app": 1}"#,
        r#"{"schema_version": 2}"#,
    ] {
        let err = import_file(raw.as_bytes()).unwrap_err();
        assert_eq!(err, ImportError::NotOurs, "{raw}");
    }
    assert_eq!(
        import_file(br#"{"app": "kehoach-bdg", "schema_version": 2, "drafts": []}"#),
        Err(ImportError::NoDrafts)
    );
    assert!(matches!(
        import_file(br#"{"app": "kehoach-bdg", "schema_version": 2}"#),
        Err(ImportError::WrongShape { .. })
    ));
}

#[test]
fn a_file_from_a_newer_release_is_refused() {
    let raw = br#"{"app": "kehoach-bdg", "schema_version": 9, "drafts": [{"plan": {}}]}"#;
    let err = import_file(raw).unwrap_err();
    assert_eq!(
        err,
        ImportError::TooNew {
            found: 9,
            supported: 2
        }
    );
    assert!(err.to_string().contains("phiên bản dữ liệu 9"));
    let bare = fixture("v3_from_newer_app.json");
    assert!(matches!(
        import_file(bare.as_bytes()),
        Err(ImportError::TooNew { found: 3, .. })
    ));
}

#[test]
fn one_bad_draft_fails_the_whole_import() {
    let file = export_file(
        &[
            (meta("a", "Tốt"), sample_plan()),
            (meta("b", "Hỏng"), sample_plan()),
        ],
        "t",
    );
    let mut v: Value = serde_json::from_str(&file).unwrap();
    v["drafts"][1]["plan"]["period"] = json!({"type": "century"});
    let err = import_file(v.to_string().as_bytes()).unwrap_err();
    match &err {
        ImportError::WrongShape { detail } => {
            assert!(detail.contains("bản nháp thứ 2"), "{detail}")
        }
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains("Chưa có bản nháp nào được nhập"));
    v["drafts"][1] = json!("không phải bản nháp");
    assert!(matches!(
        import_file(v.to_string().as_bytes()),
        Err(ImportError::WrongShape { .. })
    ));
}

#[test]
fn a_truncated_file_is_refused() {
    let file = fixture("v2_export_2024.json");
    let cut = &file.as_bytes()[..file.len() / 2];
    assert!(matches!(
        import_file(cut),
        Err(ImportError::InvalidJson { .. })
    ));
}

// ---------------------------------------------------------------------------
// Index
// ---------------------------------------------------------------------------

#[test]
fn index_round_trips() {
    let mut index = DraftIndex::new();
    index.upsert(meta("a1", "Kế hoạch năm 2024"));
    index.upsert(meta("b2", "Tháng hành động"));
    index.last_open = Some("b2".into());
    let back = DraftIndex::decode(&index.encode()).unwrap();
    assert_eq!(back, index);
    assert_eq!(back.schema_version, INDEX_SCHEMA_VERSION);
}

#[test]
fn index_upsert_replaces_and_remove_forgets_last_open() {
    let mut index = DraftIndex::new();
    index.upsert(meta("a1", "Cũ"));
    index.upsert(meta("b2", "Khác"));
    index.upsert(meta("a1", "Mới"));
    assert_eq!(index.drafts.len(), 2);
    assert_eq!(index.drafts[0].name, "Mới");
    index.last_open = Some("a1".into());
    assert_eq!(index.remove("a1").map(|m| m.name), Some("Mới".into()));
    assert_eq!(index.last_open, None);
    assert_eq!(index.remove("a1"), None);
    assert!(index.get("b2").is_some());
}

#[test]
fn index_keeps_every_entry_it_can_read_and_counts_the_rest() {
    let raw = json!({
        "schema_version": 1,
        "drafts": [
            {"id": "a1", "name": "Kế hoạch năm 2024", "kind": "annual", "saved_at": "2024-01-01T00:00:00Z", "completeness": 55},
            "rác",
            {"name": "không có id"},
            {"id": "có dấu cách và dấu"},
            {"id": "a1", "name": "trùng id"},
            {"id": "c3", "name": 7, "kind": "from-the-future", "completeness": 250},
            {"id": "d4", "completeness": -3, "saved_at": null}
        ],
        "last_open": "c3"
    })
    .to_string();
    match DraftIndex::decode(&raw) {
        Err(IndexError::PartlyUnreadable { recovered, skipped }) => {
            assert_eq!(skipped, 4);
            let ids: Vec<&str> = recovered.drafts.iter().map(|m| m.id.as_str()).collect();
            assert_eq!(ids, ["a1", "c3", "d4"]);
            assert_eq!(recovered.drafts[0].name, "Kế hoạch năm 2024");
            assert_eq!(recovered.drafts[0].completeness, 55);
            // Fields that cannot be read fall back, the entry stays.
            assert_eq!(recovered.drafts[1].name, "");
            assert_eq!(recovered.drafts[1].kind, PlanKind::Annual);
            assert_eq!(recovered.drafts[1].completeness, 100);
            assert_eq!(recovered.drafts[2].completeness, 0);
            assert_eq!(recovered.last_open.as_deref(), Some("c3"));
            let err = IndexError::PartlyUnreadable { recovered, skipped };
            assert!(err.to_string().starts_with("Có 4 mục"), "{err}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn index_refuses_garbage_and_newer_versions() {
    assert_eq!(DraftIndex::decode(""), Err(IndexError::Empty));
    assert!(matches!(
        DraftIndex::decode("{\"schema_version\": 1, \"drafts\": ["),
        Err(IndexError::InvalidJson { .. })
    ));
    for raw in [
        "[]",
        "{}",
        r#"{"schema_version": 1}"#,
        r#"{"schema_version": 1, "drafts": {}}"#,
        r#"{"drafts": []}"#,
    ] {
        assert!(
            matches!(DraftIndex::decode(raw), Err(IndexError::WrongShape { .. })),
            "{raw}"
        );
    }
    assert_eq!(
        DraftIndex::decode(r#"{"schema_version": 4, "drafts": []}"#),
        Err(IndexError::TooNew {
            found: 4,
            supported: INDEX_SCHEMA_VERSION
        })
    );
    // A last_open that cannot be a draft id is forgotten, not an error.
    let ok = DraftIndex::decode(r#"{"schema_version": 1, "drafts": [], "last_open": 3}"#);
    assert_eq!(ok, Ok(DraftIndex::new()));
}

// ---------------------------------------------------------------------------
// Keys
// ---------------------------------------------------------------------------

#[test]
fn keys_are_namespaced() {
    assert_eq!(DEFAULT_NAMESPACE, "kehoach-bdg");
    assert_eq!(draft_key(DEFAULT_NAMESPACE, "a1"), "kehoach-bdg:draft:a1");
    assert_eq!(index_key("truong_abc"), "truong_abc:index");
    assert_eq!(
        backup_key("kehoach-bdg", "a1", "2024-03-05T01:02:03Z"),
        "kehoach-bdg:backup:a1:2024-03-05T01:02:03Z"
    );
    assert_eq!(
        index_backup_key("kehoach-bdg", "2024-03-05T01:02:03Z"),
        "kehoach-bdg:index-backup:2024-03-05T01:02:03Z"
    );
    // None of the other keys looks like a draft key.
    let ns = DEFAULT_NAMESPACE;
    assert_eq!(draft_id_from_key(ns, &draft_key(ns, "a1")), Some("a1"));
    for key in [
        index_key(ns),
        backup_key(ns, "a1", "t"),
        index_backup_key(ns, "t"),
        draft_key("other", "a1"),
        format!("{ns}:draft:"),
        format!("{ns}:draft:a:b"),
    ] {
        assert_eq!(draft_id_from_key(ns, &key), None, "{key}");
    }
}

#[test]
fn namespaces_are_short_ascii_words() {
    for ns in ["kehoach-bdg", "a", "Truong_THCS-2", &"x".repeat(40)] {
        assert!(valid_namespace(ns), "{ns}");
    }
    for ns in ["", &"x".repeat(41), "kế-hoạch", "a:b", "a b", "a/b", "a.b"] {
        assert!(!valid_namespace(ns), "{ns}");
    }
    assert_eq!(namespace_or_default(Some("truong-a")), "truong-a");
    assert_eq!(namespace_or_default(Some("trường a")), DEFAULT_NAMESPACE);
    assert_eq!(namespace_or_default(None), DEFAULT_NAMESPACE);
}

#[test]
fn new_draft_ids_are_valid_and_distinct() {
    let a = new_draft_id(1_710_000_000_000, 7);
    let b = new_draft_id(1_710_000_000_000, 8);
    assert!(valid_draft_id(&a) && valid_draft_id(&b));
    assert_ne!(a, b);
    assert!(valid_draft_id(&new_draft_id(u64::MAX, u32::MAX)));
    assert!(!valid_draft_id(""));
    assert!(!valid_draft_id("a:b"));
}

// ---------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------

#[test]
fn default_name_uses_the_subject_when_there_is_one() {
    assert_eq!(
        default_name(&sample_plan()),
        "Thực hiện công tác bình đẳng giới năm 2024"
    );
    let mut p = sample_plan();
    p.title.subject = "  Thực hiện   công tác\nbình đẳng giới  ".into();
    assert_eq!(default_name(&p), "Thực hiện công tác bình đẳng giới");
}

#[test]
fn long_subjects_are_cut_at_a_word() {
    let mut p = sample_plan();
    p.title.subject = "Triển khai thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ ngành Giáo dục và Đào tạo năm 2024".into();
    let name = default_name(&p);
    assert!(name.chars().count() <= NAME_MAX_CHARS, "{name}");
    assert_eq!(
        name,
        "Triển khai thực hiện công tác bình đẳng giới và vì sự tiến…"
    );
}

#[test]
fn default_name_without_subject_says_kind_and_period() {
    let named = |kind, period| {
        let mut p = Plan::new(kind, IssuerLevel::Thcs);
        p.period = period;
        default_name(&p)
    };
    assert_eq!(
        named(PlanKind::Annual, Period::Year { year: 2024 }),
        "Kế hoạch bình đẳng giới năm 2024"
    );
    assert_eq!(
        named(PlanKind::ActionMonth, Period::Year { year: 2023 }),
        "Tháng hành động vì bình đẳng giới năm 2023"
    );
    assert_eq!(
        named(
            PlanKind::MultiYear,
            Period::Span {
                from: 2021,
                to: 2030
            }
        ),
        "Kế hoạch bình đẳng giới giai đoạn 2021-2030"
    );
    assert_eq!(
        named(
            PlanKind::GenderAndChildren,
            Period::SchoolYear { start: 2024 }
        ),
        "Kế hoạch bình đẳng giới và trẻ em năm học 2024-2025"
    );
    assert_eq!(
        named(PlanKind::Annual, Period::Year { year: 0 }),
        "Kế hoạch bình đẳng giới"
    );
}

#[test]
fn unique_name_adds_the_first_free_copy_number() {
    assert_eq!(unique_name(&[], "Kế hoạch 2024"), "Kế hoạch 2024");
    assert_eq!(unique_name(&["Khác"], "Kế hoạch 2024"), "Kế hoạch 2024");
    assert_eq!(
        unique_name(&["Kế hoạch 2024"], "Kế hoạch 2024"),
        "Kế hoạch 2024 (bản sao 2)"
    );
    let existing = ["Kế hoạch 2024", "Kế hoạch 2024 (bản sao 2)"];
    assert_eq!(
        unique_name(&existing, "Kế hoạch 2024"),
        "Kế hoạch 2024 (bản sao 3)"
    );
    // Copying a copy does not nest the suffix.
    assert_eq!(
        unique_name(&existing, "Kế hoạch 2024 (bản sao 2)"),
        "Kế hoạch 2024 (bản sao 3)"
    );
    // Case, spacing and decomposed letters do not make a name different.
    assert_eq!(
        unique_name(&["KẾ HOẠCH  2024"], "Ke\u{302}\u{301} hoa\u{323}ch 2024"),
        "Kế hoạch 2024 (bản sao 2)"
    );
    assert_eq!(unique_name(&[], "   "), "Bản nháp");
    assert_eq!(unique_name(&["Bản nháp"], ""), "Bản nháp (bản sao 2)");
}

#[test]
fn unique_name_never_returns_a_taken_name() {
    let owned: Vec<String> = std::iter::once("A".to_string())
        .chain((2..50).map(|n| format!("A (bản sao {n})")))
        .collect();
    let existing: Vec<&str> = owned.iter().map(String::as_str).collect();
    assert_eq!(unique_name(&existing, "A"), "A (bản sao 50)");
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

/// Any JSON value, nested a few levels.
fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map(
                prop_oneof![
                    "[a-z_]{1,14}",
                    Just("schema_version".to_string()),
                    Just("plan".to_string()),
                    Just("drafts".to_string()),
                    Just("header".to_string()),
                    Just("date".to_string()),
                    Just("recipients".to_string()),
                    Just("id".to_string()),
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Documents that get past the first checks: our frames around junk.
fn arb_framed() -> impl Strategy<Value = Value> {
    (0u64..5, arb_json(), arb_json()).prop_map(|(version, plan, extra)| {
        json!({
            "app": "kehoach-bdg",
            "schema_version": version,
            "plan": plan.clone(),
            "drafts": [{"name": extra, "plan": plan.clone()}, plan],
        })
    })
}

proptest! {
    #[test]
    fn readers_never_panic_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = import_file(&bytes);
        let text = String::from_utf8_lossy(&bytes);
        let _ = decode(&text);
        let _ = DraftIndex::decode(&text);
    }

    #[test]
    fn readers_never_panic_on_arbitrary_strings(s in any::<String>()) {
        let _ = decode(&s);
        let _ = DraftIndex::decode(&s);
        let _ = import_file(s.as_bytes());
    }

    #[test]
    fn readers_never_panic_on_arbitrary_json(v in arb_json(), framed in arb_framed()) {
        for doc in [v, framed] {
            let text = doc.to_string();
            let _ = decode(&text);
            let _ = DraftIndex::decode(&text);
            let _ = import_file(text.as_bytes());
            for version in 0..4 {
                let _ = migrate_plan(doc.clone(), version);
            }
        }
    }

    #[test]
    fn encode_decode_is_lossless_after_normalization(plan in arb_plan(), saved_at in "[0-9TZ:-]{0,24}") {
        let env = decode(&encode(&plan, &saved_at)).unwrap();
        prop_assert_eq!(env.schema_version, SCHEMA_VERSION);
        prop_assert_eq!(env.saved_at, saved_at);
        prop_assert_eq!(env.plan, normalized(&plan));
    }

    #[test]
    fn export_import_is_lossless_after_normalization(plans in proptest::collection::vec(arb_plan(), 1..4)) {
        let drafts: Vec<(DraftMeta, Plan)> = plans
            .iter()
            .enumerate()
            .map(|(i, p)| (meta(&format!("d{i}"), &format!("Bản nháp {i}")), p.clone()))
            .collect();
        let back = import_file(export_file(&drafts, "t").as_bytes()).unwrap();
        prop_assert_eq!(back.len(), plans.len());
        for ((name, got), (m, want)) in back.iter().zip(&drafts) {
            prop_assert_eq!(name, &m.name);
            prop_assert_eq!(got, &normalized(want));
        }
    }

    /// Issue 3: "A round trip Plan → JSON → Plan is lossless (property test)".
    #[test]
    fn plan_json_round_trip_is_lossless(plan in arb_plan()) {
        let compact = serde_json::to_string(&plan).unwrap();
        prop_assert_eq!(&serde_json::from_str::<Plan>(&compact).unwrap(), &plan);
        let pretty = serde_json::to_string_pretty(&plan).unwrap();
        prop_assert_eq!(&serde_json::from_str::<Plan>(&pretty).unwrap(), &plan);
    }

    #[test]
    fn unique_name_is_never_taken(existing in proptest::collection::vec("(A|B)( \\(bản sao [1-4]\\))?", 0..8), wanted in "(A|B)( \\(bản sao [1-4]\\))?") {
        let refs: Vec<&str> = existing.iter().map(String::as_str).collect();
        let got = unique_name(&refs, &wanted);
        prop_assert!(!existing.contains(&got), "{} in {:?}", got, existing);
    }
}
