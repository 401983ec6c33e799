//! The checklist engine against the seed plans (exact findings) and
//! against minimal counter-examples of every rule.
#![cfg(not(target_arch = "wasm32"))]

mod seed_plans;

use kehoach_bdg::domain::catalogue::action_month_theme;
use kehoach_bdg::domain::checklist::{
    evaluate, FieldRef, Finding, Report, RuleId, SectionStatus, Severity, RULES,
};
use kehoach_bdg::domain::{
    Appendix, Assignment, Authority, BasisVerb, Citation, Date, DocType, IssuerLevel, Period, Plan,
    PlanKind, ReportDeadline, SectionId, Signer, SubArea, Target, TaskGroup, TaskItem, Unit,
};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// "rule @ dom-id" of every finding, sorted.
fn ids(r: &Report) -> Vec<String> {
    let mut v: Vec<String> = r
        .findings
        .iter()
        .map(|f| format!("{} @ {}", f.rule.code(), f.field.dom_id()))
        .collect();
    v.sort();
    v
}

fn has(r: &Report, rule: RuleId) -> bool {
    r.findings.iter().any(|f| f.rule == rule)
}

fn find(r: &Report, rule: RuleId) -> &Finding {
    r.findings
        .iter()
        .find(|f| f.rule == rule)
        .unwrap_or_else(|| panic!("{} did not fire: {:#?}", rule.code(), ids(r)))
}

fn date(y: u16, m: u8, d: u8) -> Option<Date> {
    Date::new(y, m, d)
}

fn task(id: u32, text: &str, lead: &str, targets: &[u32]) -> TaskItem {
    TaskItem {
        id,
        text: text.into(),
        timing: "Cả năm học".into(),
        lead: lead.into(),
        participants: String::new(),
        targets: targets.to_vec(),
    }
}

fn area_group(id: u32, area: SubArea, item: TaskItem) -> TaskGroup {
    TaskGroup {
        id,
        area: Some(area),
        title: area.title_vi().into(),
        items: vec![item],
    }
}

/// A complete, correct primary-school plan for 2025: no finding at all.
/// Each sub-area has its own group whose text matches only that area, so
/// removing one group uncovers exactly one area.
fn good_plan() -> Plan {
    let mut p = Plan::new(PlanKind::Annual, IssuerLevel::TieuHoc);
    p.period = Period::Year { year: 2025 };
    p.header.parent_body = "Ủy ban nhân dân phường Kim Đồng".into();
    p.header.issuer = "Trường Tiểu học Kim Đồng".into();
    p.header.issuer_abbr = "THKĐ".into();
    p.header.number = "12".into();
    p.header.place = "Kim Đồng".into();
    p.header.date = date(2025, 3, 20);
    p.title.subject =
        "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2025".into();
    p.basis = vec![
        Citation {
            id: 1,
            verb: BasisVerb::CanCu,
            doc_type: DocType::Luat,
            subject: "Bình đẳng giới".into(),
            ..Citation::default()
        },
        Citation {
            id: 2,
            verb: BasisVerb::CanCu,
            doc_type: DocType::KeHoach,
            number: "45".into(),
            symbol: "KH-PGDĐT".into(),
            date: date(2025, 3, 5),
            issuer: "Phòng Giáo dục và Đào tạo".into(),
            subject: "thực hiện công tác bình đẳng giới năm 2025".into(),
            superior_plan: true,
        },
    ];
    p.lead_in = "Trường Tiểu học Kim Đồng xây dựng Kế hoạch thực hiện công tác bình đẳng giới năm 2025 như sau:".into();
    p.purposes = vec![
        "Nâng cao nhận thức của cán bộ, giáo viên, nhân viên và học sinh về bình đẳng giới.".into(),
    ];
    p.requirements = vec!["Phân công rõ người, rõ việc; bám sát chỉ đạo của cấp trên.".into()];
    p.targets = vec![
        Target {
            id: 10,
            what: "được tập huấn về bình đẳng giới".into(),
            group: "cán bộ, giáo viên, nhân viên".into(),
            value: "100".into(),
            unit: Unit::Percent,
            by_when: "tháng 12/2025".into(),
            owner: "Hiệu trưởng".into(),
        },
        Target {
            id: 11,
            what: "học có lồng ghép nội dung bình đẳng giới".into(),
            group: "học sinh".into(),
            value: "2,5".into(),
            unit: Unit::Other("tiết mỗi lớp".into()),
            by_when: "cuối năm học".into(),
            owner: "Tổ chuyên môn".into(),
        },
    ];
    let hieu_truong = "Hiệu trưởng";
    let ban = "Ban vì sự tiến bộ của phụ nữ";
    p.task_groups = vec![
        area_group(
            20,
            SubArea::Leadership,
            task(
                40,
                "Kiện toàn Ban vì sự tiến bộ của phụ nữ nhà trường.",
                hieu_truong,
                &[],
            ),
        ),
        area_group(
            21,
            SubArea::Communication,
            task(
                41,
                "Tuyên truyền Luật Bình đẳng giới trong buổi chào cờ.",
                ban,
                &[],
            ),
        ),
        area_group(
            22,
            SubArea::Mainstreaming,
            task(
                42,
                "Lồng ghép nội dung bình đẳng giới vào các tiết học.",
                "Tổ chuyên môn",
                &[11],
            ),
        ),
        area_group(
            23,
            SubArea::Training,
            task(43, "Tập huấn cho giáo viên về giới.", ban, &[10]),
        ),
        area_group(
            24,
            SubArea::ActionMonth,
            task(
                44,
                "Tổ chức Tháng hành động vì bình đẳng giới từ 15/11 đến 15/12.",
                ban,
                &[],
            ),
        ),
        area_group(
            25,
            SubArea::Observances,
            task(
                45,
                "Tổ chức hoạt động nhân ngày 8/3 và ngày 20/10.",
                "Công đoàn",
                &[],
            ),
        ),
        area_group(
            26,
            SubArea::ViolencePrevention,
            task(
                46,
                "Phòng, chống bạo lực học đường.",
                "Tổng phụ trách Đội",
                &[],
            ),
        ),
        area_group(
            27,
            SubArea::WomenStaff,
            task(
                47,
                "Tạo điều kiện cho cán bộ nữ tham gia quản lý.",
                hieu_truong,
                &[],
            ),
        ),
        area_group(
            28,
            SubArea::Emulation,
            task(
                48,
                "Biểu dương tập thể, cá nhân tiêu biểu.",
                "Công đoàn",
                &[],
            ),
        ),
        area_group(
            29,
            SubArea::Monitoring,
            task(
                49,
                "Sơ kết giữa năm và tổng kết cuối năm.",
                hieu_truong,
                &[],
            ),
        ),
        area_group(
            30,
            SubArea::Statistics,
            task(
                50,
                "Cập nhật số liệu thống kê tách biệt giới của học sinh.",
                ban,
                &[],
            ),
        ),
        area_group(
            31,
            SubArea::Coordination,
            task(
                51,
                "Phối hợp với cha mẹ học sinh trong giáo dục giới.",
                "Tổng phụ trách Đội",
                &[],
            ),
        ),
    ];
    p.assignments = vec![
        Assignment {
            id: 60,
            role: "Hiệu trưởng".into(),
            duties: vec!["Chỉ đạo chung, phân công thực hiện kế hoạch.".into()],
        },
        Assignment {
            id: 61,
            role: "Ban vì sự tiến bộ của phụ nữ".into(),
            duties: vec!["Triển khai các nội dung của kế hoạch đến từng lớp.".into()],
        },
        Assignment {
            id: 62,
            role: "Tổ chuyên môn".into(),
            duties: vec!["Đưa nội dung vào kế hoạch dạy học.".into()],
        },
        Assignment {
            id: 63,
            role: "Tổng phụ trách Đội".into(),
            duties: vec!["Tổ chức các hoạt động cho học sinh.".into()],
        },
        Assignment {
            id: 64,
            role: "Công đoàn".into(),
            duties: vec!["Chăm lo quyền lợi của đoàn viên.".into()],
        },
    ];
    p.funding = "Kinh phí thực hiện từ nguồn chi thường xuyên của nhà trường.".into();
    p.reports = vec![
        ReportDeadline {
            id: 70,
            date: date(2025, 6, 10),
            content: "Báo cáo sơ kết".into(),
            recipient: "Phòng Giáo dục và Đào tạo".into(),
            channel: "qua thư điện tử".into(),
        },
        ReportDeadline {
            id: 71,
            date: date(2025, 12, 10),
            content: "Báo cáo tổng kết".into(),
            recipient: "Phòng Giáo dục và Đào tạo".into(),
            channel: "qua thư điện tử".into(),
        },
    ];
    p.closing = "Trên đây là Kế hoạch thực hiện công tác bình đẳng giới năm 2025 của Trường Tiểu học Kim Đồng.".into();
    p.recipients = vec![
        "Phòng Giáo dục và Đào tạo (để báo cáo)".into(),
        "Các tổ chuyên môn".into(),
    ];
    p.signer = Signer {
        authority: Authority::None,
        title: "HIỆU TRƯỞNG".into(),
        deputy_title: String::new(),
        name: "Nguyễn Thị Hoa".into(),
    };
    p.next_id = 100;
    p
}

/// The good plan's superior, reports and nơi nhận as they are since
/// 1/7/2025: the commune's people's committee instead of the Phòng GD&ĐT.
fn on_the_two_level_map(p: &mut Plan) {
    p.basis[1].symbol = "KH-UBND".into();
    p.basis[1].issuer = "Ủy ban nhân dân phường Kim Đồng".into();
    for r in &mut p.reports {
        r.recipient = "Ủy ban nhân dân phường Kim Đồng".into();
    }
    p.recipients[0] = "Ủy ban nhân dân phường Kim Đồng (để báo cáo)".into();
}

fn with(f: impl FnOnce(&mut Plan)) -> Plan {
    let mut p = good_plan();
    f(&mut p);
    p
}

fn no_unfilled_placeholders(r: &Report) {
    for f in &r.findings {
        for text in [&f.message, &f.hint, &f.message_en] {
            assert!(
                !text.contains('{') && !text.contains('}'),
                "{}: unfilled placeholder in {text:?}",
                f.rule.code()
            );
            assert!(!text.trim().is_empty(), "{}: empty text", f.rule.code());
        }
    }
}

// ---------------------------------------------------------------------------
// Seeds: exact findings
// ---------------------------------------------------------------------------

// Every seed lost its header block, so the header rules fire on all four:
// A1.issuer-missing and A2.abbr-missing (errors: the decree's issuer and ký
// hiệu), A1.parent-body-missing (warning), A2.number-blank (hint: a draft
// number is normal). A3.place-missing (error) and A3.date-blank (hint)
// fire except on 001, which kept "Thịnh Quang, ngày 24 tháng 3 năm 2022".

#[test]
fn seed_000_so_cao_bang_2022() {
    let r = evaluate(&seed_plans::seed_000());
    assert_eq!(
        ids(&r),
        vec![
            "A1.issuer-missing @ f-header-issuer",
            "A1.parent-body-missing @ f-header-parent-body",
            // Task 6 commits "bố trí kinh phí" (the A11 condition) but no
            // sentence names a source of funds (ngân sách, chi thường
            // xuyên, xã hội hóa …).
            "A11.funding-missing @ f-funding",
            "A2.abbr-missing @ f-header-abbr",
            "A2.number-blank @ f-header-number",
            "A3.date-blank @ f-header-date",
            "A3.place-missing @ f-header-place",
            // "I. MỤC ĐÍCH YÊU CẦU" holds two purposes and no requirement.
            "A7.requirements-missing @ f-requirements",
            // No measurable target (PLAN_CHECKLIST §4: A8 "–" for 000);
            // a hint for an annual plan.
            "A8.targets-missing @ f-targets",
            // Only 003 speaks of sex-disaggregated statistics.
            "B11.missing @ f-tasks-area-b11",
            // "VSTBPN" and "BĐG" are never spelled out with the
            // abbreviation in parentheses (only "(GD&ĐT)" is, in the
            // lead-in); the first purpose uses both ("công tác BDG,
            // VSTBPN", "BĐG" from task 5 on). "COVID-19" holds a digit and
            // "938/QĐ-TTg" is a document symbol: not reported.
            "X9.abbr-undefined @ f-purposes",
            // The plan writes "BDG" beside "BĐG" (PLAN_CHECKLIST X9); the
            // first occurrence is in the first purpose.
            "X9.bdg-spelling @ f-purposes",
        ]
    );
    let x9 = find(&r, RuleId::X9AbbrUndefined);
    assert!(
        x9.message.contains("“VSTBPN”, “BĐG”") && !x9.message.contains("BDG"),
        "{}",
        x9.message
    );
    // KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC is right for a Sở: no A15 finding.
    assert_eq!(
        r.section(SectionId::Signature).status,
        SectionStatus::Complete
    );
    assert!(!r.is_complete());
    no_unfilled_placeholders(&r);
}

#[test]
fn seed_001_th_thinh_quang_2022() {
    let r = evaluate(&seed_plans::seed_001());
    assert_eq!(
        ids(&r),
        vec![
            "A1.issuer-missing @ f-header-issuer",
            "A1.parent-body-missing @ f-header-parent-body",
            "A2.abbr-missing @ f-header-abbr",
            "A2.number-blank @ f-header-number",
            // The 2nd and 3rd căn cứ ("Kế hoạch 22/KH-PGDĐT ngày …",
            // "Kế hoạch 29/KH-THTQ ngày …") name no issuing body; every
            // first citation must be complete (NĐ30 PL I II.6.b, X10).
            "A5.citation-issuer-missing @ f-citation-102-issuer",
            "A5.citation-issuer-missing @ f-citation-103-issuer",
            // "I. MỤC TIÊU" replaces "Mục đích, yêu cầu": accepted, with a
            // warning, for an annual plan (PLAN_CHECKLIST A7).
            "A7.purposes-missing @ f-purposes",
            // "Tổ chức 01 hoạt động …" and "tỷ lệ nữ thạc sĩ đạt 5%" do not
            // say for whom.
            "A8.target-group-missing @ f-target-201-group",
            "A8.target-group-missing @ f-target-204-group",
            // The text never ties a target to a task (hint: annual plan).
            "A8.target-no-task @ f-target-201-tasks",
            "A8.target-no-task @ f-target-202-tasks",
            "A8.target-no-task @ f-target-203-tasks",
            "A8.target-no-task @ f-target-204-tasks",
            "A8.target-no-task @ f-target-205-tasks",
            "A8.target-no-task @ f-target-206-tasks",
            "A8.target-no-task @ f-target-207-tasks",
            "A8.target-no-task @ f-target-208-tasks",
            // Group 4 is a heading without bullets in the seed.
            "A9.group-empty @ f-task-group-304-title",
            "B11.missing @ f-tasks-area-b11",
            // "Trên đây là Kế hoạch … bình đẳng giới năm của trường …":
            // the year is left out (PLAN_CHECKLIST X7 names this seed).
            "X7.closing-no-year @ f-closing",
            // "Trưởng ban đại diện CMHS trường" and "CB, GV, NV" (Phân
            // công cụ thể) are never spelled out; the first use is the
            // sixth role.
            "X9.abbr-undefined @ f-assignment-606-role",
        ]
    );
    assert!(find(&r, RuleId::X9AbbrUndefined)
        .message
        .contains("“CMHS”, “CB”, “GV”, “NV”"));
    // The 29/KH-THTQ citation is dated the plan's own day: allowed (X2 ≤).
    assert!(!has(&r, RuleId::X2CitationAfterPlan));
    // Date 24/3/2022 matches "năm 2022" (X1) and the reports of 10/6 and
    // 20/12/2022 fall after it and inside 2022 (X4).
    assert!(!has(&r, RuleId::X1DateYear));
    assert_eq!(
        r.section(SectionId::Reporting).status,
        SectionStatus::Complete
    );
    assert_eq!(
        r.section(SectionId::Header).status,
        SectionStatus::InProgress
    );
    assert_eq!(
        r.section(SectionId::Purposes).status,
        SectionStatus::NotStarted
    );
    no_unfilled_placeholders(&r);
}

#[test]
fn seed_003_cd_nghe_an_giang_2021() {
    let r = evaluate(&seed_plans::seed_003());
    assert_eq!(
        ids(&r),
        vec![
            "A1.issuer-missing @ f-header-issuer",
            "A1.parent-body-missing @ f-header-parent-body",
            // "tập huấn" (training costs money) with no source of funds
            // anywhere (PLAN_CHECKLIST §4: A11 "–").
            "A11.funding-missing @ f-funding",
            // The only report is "lồng ghép vào báo cáo tháng 6": no date
            // and no recipient, so no complete report deadline (A12 "(x)").
            "A12.report-date-missing @ f-report-701-date",
            "A12.report-recipient-missing @ f-report-701-recipient",
            "A12.reports-missing @ f-reports",
            // The copy ends after "Tổ chức thực hiện": no closing, no Nơi
            // nhận (decree: error), no signer (decree: errors).
            "A13.closing-missing @ f-closing",
            "A14.recipients-missing @ f-recipients",
            "A15.name-missing @ f-signer-name",
            "A15.title-missing @ f-signer-title",
            "A2.abbr-missing @ f-header-abbr",
            "A2.number-blank @ f-header-number",
            "A3.date-blank @ f-header-date",
            "A3.place-missing @ f-header-place",
            // "I. MỤC ĐÍCH, YÊU CẦU" has two purposes, no requirement.
            "A7.requirements-missing @ f-requirements",
            "A8.targets-missing @ f-targets",
            // No "kiện toàn / thành lập / củng cố" of the Ban (B1), no
            // key date such as 8/3 or 20/10 (B6), no emulation (B9), no
            // inspection or review (B10), no "phối hợp" with families (B12
            // "weak in 003"): hints.
            "B1.missing @ f-tasks-area-b1",
            "B10.missing @ f-tasks-area-b10",
            "B12.missing @ f-tasks-area-b12",
            // "lồng ghép" appears only for policy and communication, never
            // with lessons or classes; a college is a school → warning.
            "B3.missing @ f-tasks-area-b3",
            "B6.missing @ f-tasks-area-b6",
            "B9.missing @ f-tasks-area-b9",
            // The lead-in defines "(VSTBPN)" and "(BĐG)" (PLAN_CHECKLIST
            // X9's own example), but "thông điệp BĐ vào …" (task 1.4, a
            // letter lost in the copy) and "HSSV" (last group) are never
            // spelled out.
            "X9.abbr-undefined @ f-task-404-text",
        ]
    );
    assert!(find(&r, RuleId::X9AbbrUndefined)
        .message
        .contains("“BĐ”, “HSSV”"));
    assert_eq!(
        find(&r, RuleId::B3Missing).severity,
        Severity::Warning,
        "B3 is Practice for schools"
    );
    assert_eq!(
        r.section(SectionId::Signature).status,
        SectionStatus::NotStarted
    );
    no_unfilled_placeholders(&r);
}

#[test]
fn seed_004_pgd_quan_8_2023() {
    let r = evaluate(&seed_plans::seed_004());
    assert_eq!(
        ids(&r),
        vec![
            "A1.issuer-missing @ f-header-issuer",
            "A1.parent-body-missing @ f-header-parent-body",
            // "Tổ chức các lớp tập huấn …" needs funds; none are named.
            "A11.funding-missing @ f-funding",
            "A2.abbr-missing @ f-header-abbr",
            "A2.number-blank @ f-header-number",
            "A3.date-blank @ f-header-date",
            "A3.place-missing @ f-header-place",
            // The two 50 % targets are not tied to tasks; for a "BĐG và
            // Trẻ em" plan targets are Practice, so this is a warning.
            "A8.target-no-task @ f-target-201-tasks",
            "A8.target-no-task @ f-target-202-tasks",
            "B1.missing @ f-tasks-area-b1",
            "B11.missing @ f-tasks-area-b11",
            // Lồng ghép only "trong các chương trình, kế hoạch" (targets,
            // requirements): a hint for an education office.
            "B3.missing @ f-tasks-area-b3",
            // The Month is named but without its dates 15/11–15/12
            // (PLAN_CHECKLIST B5: dates given in all seeds but 004).
            "B5.missing @ f-tasks-area-b5",
            "B8.missing @ f-tasks-area-b8",
            "B9.missing @ f-tasks-area-b9",
            // "Quyết định số 2017/QĐ-UBND" is cited with "ngày 08 tháng 6
            // năm 2017" (task 1.1) and "ngày 08 tháng 6 năm 2020" (task
            // 2.8): PLAN_CHECKLIST X5's own example.
            "X5.same-number-two-dates @ f-task-411-text",
        ]
    );
    let x5 = find(&r, RuleId::X5SameNumberTwoDates);
    assert!(x5.message.contains("2017/QĐ-UBND"), "{}", x5.message);
    assert!(x5.message.contains("8/6/2017") && x5.message.contains("8/6/2020"));
    assert_eq!(x5.section, SectionId::Tasks);
    assert_eq!(find(&r, RuleId::B3Missing).severity, Severity::Hint);
    assert_eq!(find(&r, RuleId::TargetNoTask).severity, Severity::Warning);
    assert_eq!(
        r.section(SectionId::Tasks).status,
        SectionStatus::HasProblems
    );
    no_unfilled_placeholders(&r);
}

#[test]
fn seeds_are_incomplete_but_far_from_empty() {
    let empty = evaluate(&Plan::new(PlanKind::Annual, IssuerLevel::TieuHoc)).completeness;
    for p in [
        seed_plans::seed_000(),
        seed_plans::seed_001(),
        seed_plans::seed_003(),
        seed_plans::seed_004(),
    ] {
        let r = evaluate(&p);
        assert!(r.errors().count() > 0, "the lost header is an error");
        assert!(r.completeness < 100 && r.completeness > empty + 30);
    }
}

// ---------------------------------------------------------------------------
// Empty and complete plans
// ---------------------------------------------------------------------------

#[test]
fn starter_plan_is_far_from_complete() {
    let p = Plan::new(PlanKind::Annual, IssuerLevel::TieuHoc);
    let r = evaluate(&p);
    assert!(!r.is_complete());
    assert!(r.completeness < 10, "empty plan got {}", r.completeness);
    assert_eq!(r.sections.len(), SectionId::ALL.len());
    for (s, rep) in SectionId::ALL.iter().zip(&r.sections) {
        assert_eq!(rep.section, *s);
    }
    for s in [
        SectionId::Header,
        SectionId::Title,
        SectionId::Basis,
        SectionId::Tasks,
        SectionId::Organisation,
        SectionId::Recipients,
        SectionId::Signature,
    ] {
        assert_eq!(r.section(s).status, SectionStatus::NotStarted, "{s:?}");
    }
    // Nothing is required of the appendices: not "not started".
    assert_eq!(
        r.section(SectionId::Appendices).status,
        SectionStatus::Complete
    );
    // No sub-area noise on an empty task list: one finding says it all.
    assert!(r.findings.iter().all(|f| !f.rule.code().starts_with('B')));
    assert!(has(&r, RuleId::TasksMissing));
    no_unfilled_placeholders(&r);
}

#[test]
fn template_starters_are_not_complete() {
    use kehoach_bdg::domain::templates::starter;
    for kind in PlanKind::ALL {
        for level in IssuerLevel::ALL {
            let p = starter(kind, level, 2025);
            let r = evaluate(&p);
            assert!(!r.is_complete(), "{kind:?} {level:?}");
            // The user's facts are missing: who issues, who signs, which
            // superior document, which tasks.
            for rule in [
                RuleId::IssuerMissing,
                RuleId::SignerNameMissing,
                RuleId::CitationNumberMissing,
                RuleId::TasksMissing,
            ] {
                assert!(has(&r, rule), "{kind:?} {level:?} lacks {}", rule.code());
            }
            assert!(
                r.completeness < 80,
                "{kind:?} {level:?}: {}",
                r.completeness
            );
            no_unfilled_placeholders(&r);
        }
    }
}

#[test]
fn good_plan_is_complete_without_any_finding() {
    let r = evaluate(&good_plan());
    assert_eq!(ids(&r), Vec::<String>::new());
    assert_eq!(r.completeness, 100);
    assert!(r.is_complete());
    for s in &r.sections {
        assert_eq!(s.status, SectionStatus::Complete, "{:?}", s.section);
        assert_eq!(s.score, 100);
    }
}

#[test]
fn hints_do_not_block_completeness_but_warnings_do() {
    // A blank number is a hint (a draft's normal state).
    let r = evaluate(&with(|p| p.header.number.clear()));
    assert_eq!(find(&r, RuleId::NumberBlank).severity, Severity::Hint);
    assert_eq!(r.completeness, 100);
    // One warning among many passes: 99 at most, never 100.
    let r = evaluate(&with(|p| p.header.parent_body.clear()));
    assert!(
        r.completeness < 100 && r.completeness >= 90,
        "{}",
        r.completeness
    );
    assert_eq!(
        r.section(SectionId::Header).status,
        SectionStatus::InProgress
    );
}

#[test]
fn completeness_grows_as_the_plan_fills() {
    let mut p = Plan::new(PlanKind::Annual, IssuerLevel::TieuHoc);
    let mut last = evaluate(&p).completeness;
    let good = good_plan();
    let steps: Vec<Break> = vec![
        |p| p.header = good_plan().header,
        |p| {
            p.title = good_plan().title;
            p.period = good_plan().period;
        },
        |p| p.basis = good_plan().basis,
        |p| p.purposes = good_plan().purposes,
        |p| p.task_groups = good_plan().task_groups,
        |p| p.assignments = good_plan().assignments,
        |p| p.reports = good_plan().reports,
        |p| p.recipients = good_plan().recipients,
        |p| p.signer = good_plan().signer,
    ];
    for step in steps {
        step(&mut p);
        let now = evaluate(&p).completeness;
        assert!(now > last, "{now} after {last}");
        last = now;
    }
    assert!(last < 100);
    assert_eq!(evaluate(&good).completeness, 100);
}

// ---------------------------------------------------------------------------
// Every rule fires on a minimal counter-example of the good plan
// ---------------------------------------------------------------------------

type Break = fn(&mut Plan);

fn first_task(p: &mut Plan) -> &mut TaskItem {
    &mut p.task_groups[0].items[0]
}

fn remove_area(p: &mut Plan, area: SubArea) {
    p.task_groups.retain(|g| g.area != Some(area));
}

/// (rule, how to break the good plan, DOM id the finding must point to).
fn cases() -> Vec<(RuleId, Break, &'static str)> {
    use RuleId::*;
    vec![
        (
            IssuerMissing,
            |p| p.header.issuer.clear(),
            "f-header-issuer",
        ),
        (
            ParentBodyMissing,
            |p| p.header.parent_body = "  ".into(),
            "f-header-parent-body",
        ),
        (
            AbbrMissing,
            |p| p.header.issuer_abbr.clear(),
            "f-header-abbr",
        ),
        (
            AbbrSpaces,
            |p| p.header.issuer_abbr = "TH KĐ".into(),
            "f-header-abbr",
        ),
        (
            AbbrLowercase,
            |p| p.header.issuer_abbr = "Thkđ".into(),
            "f-header-abbr",
        ),
        (
            AbbrInvalid,
            |p| p.header.issuer_abbr = "1THKĐ".into(),
            "f-header-abbr",
        ),
        (
            AbbrBanSeries,
            |p| {
                p.level = IssuerLevel::BanVstbpn;
                p.signer.title = "TRƯỞNG BAN".into();
            },
            "f-header-abbr",
        ),
        (NumberBlank, |p| p.header.number.clear(), "f-header-number"),
        (
            NumberLetterSuffix,
            |p| p.header.number = "29a".into(),
            "f-header-number",
        ),
        (
            NumberInvalid,
            |p| p.header.number = "2 9".into(),
            "f-header-number",
        ),
        (PlaceMissing, |p| p.header.place.clear(), "f-header-place"),
        (
            PlaceLowercase,
            |p| p.header.place = "kim Đồng".into(),
            "f-header-place",
        ),
        (DateBlank, |p| p.header.date = None, "f-header-date"),
        (SubjectMissing, |p| p.title.subject.clear(), "f-subject"),
        (
            PeriodMissing,
            |p| p.period = Period::Year { year: 0 },
            "f-period",
        ),
        (
            SubjectNoScope,
            |p| p.title.subject = "Thực hiện công tác bình đẳng giới".into(),
            "f-subject",
        ),
        (
            SubjectScopeMismatch,
            |p| p.title.subject = "Thực hiện công tác bình đẳng giới năm 2024".into(),
            "f-subject",
        ),
        (
            SubjectNoTopic,
            |p| p.title.subject = "Thực hiện công tác năm 2025".into(),
            "f-subject",
        ),
        (
            SubjectKindCue,
            |p| p.kind = PlanKind::ActionMonth,
            "f-subject",
        ),
        (
            SubjectFinalPeriod,
            |p| p.title.subject.push('.'),
            "f-subject",
        ),
        (
            PeriodKindMismatch,
            |p| p.kind = PlanKind::MultiYear,
            "f-period",
        ),
        (
            X1DateYear,
            |p| p.header.date = date(2024, 12, 20),
            "f-subject",
        ),
        (BasisMissing, |p| p.basis.clear(), "f-basis"),
        (
            CitationNumberMissing,
            |p| p.basis[1].number.clear(),
            "f-citation-2-number",
        ),
        (
            CitationSymbolMissing,
            |p| p.basis[1].symbol.clear(),
            "f-citation-2-symbol",
        ),
        (
            CitationDateMissing,
            |p| p.basis[1].date = None,
            "f-citation-2-date",
        ),
        (
            CitationIssuerMissing,
            |p| p.basis[1].issuer.clear(),
            "f-citation-2-issuer",
        ),
        (
            CitationSubjectMissing,
            |p| p.basis[1].subject.clear(),
            "f-citation-2-subject",
        ),
        (
            LawNameMissing,
            |p| p.basis[0].subject.clear(),
            "f-citation-1-subject",
        ),
        (
            LawWithNumber,
            |p| {
                p.basis[0].number = "73".into();
                p.basis[0].symbol = "2006/QH11".into();
            },
            "f-citation-1-number",
        ),
        (
            CatalogueMismatch,
            |p| {
                // Nghị định 56/2017/NĐ-CP is of 09/5/2017, not 10/5/2017.
                p.basis.push(Citation {
                    id: 3,
                    verb: BasisVerb::CanCu,
                    doc_type: DocType::NghiDinh,
                    number: "56".into(),
                    symbol: "2017/NĐ-CP".into(),
                    date: date(2017, 5, 10),
                    issuer: "Chính phủ".into(),
                    subject: "quy định chi tiết một số điều của Luật Trẻ em".into(),
                    superior_plan: false,
                });
            },
            "f-citation-3-number",
        ),
        (
            X2CitationAfterPlan,
            |p| p.basis[1].date = date(2025, 3, 21),
            "f-citation-2-date",
        ),
        (
            X3NoCurrentBasis,
            |p| {
                p.basis[1].date = date(2023, 3, 5);
                p.basis[1].subject = "thực hiện công tác bình đẳng giới năm 2023".into();
            },
            "f-basis",
        ),
        (
            X5SameNumberTwoDates,
            |p| {
                first_task(p).text =
                    "Triển khai Kế hoạch số 45/KH-PGDĐT ngày 06/3/2025 đến toàn trường.".into()
            },
            "f-task-40-text",
        ),
        (LeadInMissing, |p| p.lead_in.clear(), "f-lead-in"),
        (PurposesMissing, |p| p.purposes.clear(), "f-purposes"),
        (
            RequirementsMissing,
            |p| p.requirements = vec![" ".into()],
            "f-requirements",
        ),
        (
            TargetsMissing,
            |p| {
                p.targets.clear();
            },
            "f-targets",
        ),
        (
            GeneralAimMissing,
            |p| {
                p.kind = PlanKind::MultiYear;
                p.period = Period::Span {
                    from: 2021,
                    to: 2030,
                };
            },
            "f-general-aim",
        ),
        (
            TargetWhatMissing,
            |p| p.targets[0].what.clear(),
            "f-target-10-what",
        ),
        (
            TargetGroupMissing,
            |p| p.targets[0].group.clear(),
            "f-target-10-group",
        ),
        (
            TargetValueMissing,
            |p| p.targets[0].value.clear(),
            "f-target-10-value",
        ),
        (
            TargetValueInvalid,
            |p| p.targets[0].value = "nhiều".into(),
            "f-target-10-value",
        ),
        (
            TargetPercentOver,
            |p| p.targets[0].value = "120".into(),
            "f-target-10-value",
        ),
        (
            TargetUnitMissing,
            |p| p.targets[1].unit = Unit::Other(" ".into()),
            "f-target-11-unit",
        ),
        (
            TargetNoTask,
            |p| p.task_groups[3].items[0].targets.clear(),
            "f-target-10-tasks",
        ),
        (TasksMissing, |p| p.task_groups.clear(), "f-tasks"),
        (TasksTooFew, |p| p.task_groups.truncate(2), "f-tasks"),
        (
            GroupTitleMissing,
            |p| p.task_groups[2].title.clear(),
            "f-task-group-22-title",
        ),
        (
            GroupEmpty,
            |p| p.task_groups[2].items.clear(),
            "f-task-group-22-title",
        ),
        (
            TaskTextMissing,
            |p| p.task_groups[2].items[0].text.clear(),
            "f-task-42-text",
        ),
        (
            B1Missing,
            |p| remove_area(p, SubArea::Leadership),
            "f-tasks-area-b1",
        ),
        (
            B2Missing,
            |p| remove_area(p, SubArea::Communication),
            "f-tasks-area-b2",
        ),
        (
            B3Missing,
            |p| remove_area(p, SubArea::Mainstreaming),
            "f-tasks-area-b3",
        ),
        (
            B4Missing,
            |p| remove_area(p, SubArea::Training),
            "f-tasks-area-b4",
        ),
        (
            B5Missing,
            |p| remove_area(p, SubArea::ActionMonth),
            "f-tasks-area-b5",
        ),
        (
            B6Missing,
            |p| remove_area(p, SubArea::Observances),
            "f-tasks-area-b6",
        ),
        (
            B7Missing,
            |p| remove_area(p, SubArea::ViolencePrevention),
            "f-tasks-area-b7",
        ),
        (
            B8Missing,
            |p| remove_area(p, SubArea::WomenStaff),
            "f-tasks-area-b8",
        ),
        (
            B9Missing,
            |p| remove_area(p, SubArea::Emulation),
            "f-tasks-area-b9",
        ),
        (
            B10Missing,
            |p| remove_area(p, SubArea::Monitoring),
            "f-tasks-area-b10",
        ),
        (
            B11Missing,
            |p| remove_area(p, SubArea::Statistics),
            "f-tasks-area-b11",
        ),
        (
            B12Missing,
            |p| remove_area(p, SubArea::Coordination),
            "f-tasks-area-b12",
        ),
        (
            AssignmentsTooFew,
            |p| p.assignments.truncate(1),
            "f-assignments",
        ),
        (
            RoleMissing,
            |p| p.assignments[4].role.clear(),
            "f-assignment-64-role",
        ),
        (
            DutiesMissing,
            |p| p.assignments[4].duties = vec![String::new()],
            "f-assignment-64-duties",
        ),
        (
            LeadNotAssigned,
            |p| first_task(p).lead = "Hiệu phó".into(),
            "f-task-40-lead",
        ),
        (FundingMissing, |p| p.funding.clear(), "f-funding"),
        (
            FundingRecommended,
            |p| {
                // No activity that costs money is left.
                p.funding.clear();
                p.task_groups
                    .retain(|g| g.area == Some(SubArea::Communication));
            },
            "f-funding",
        ),
        (ReportsMissing, |p| p.reports.clear(), "f-reports"),
        (
            ReportDateMissing,
            |p| p.reports[1].date = None,
            "f-report-71-date",
        ),
        (
            ReportContentMissing,
            |p| p.reports[1].content.clear(),
            "f-report-71-content",
        ),
        (
            ReportRecipientMissing,
            |p| p.reports[1].recipient.clear(),
            "f-report-71-recipient",
        ),
        (
            X4ReportBeforePlan,
            |p| p.reports[0].date = date(2025, 3, 1),
            "f-report-70-date",
        ),
        (
            X4ReportOutsidePeriod,
            |p| p.reports[1].date = date(2026, 1, 5),
            "f-report-71-date",
        ),
        (ClosingMissing, |p| p.closing.clear(), "f-closing"),
        (
            X7ClosingNoYear,
            |p| {
                p.closing =
                    "Trên đây là Kế hoạch thực hiện công tác bình đẳng giới của nhà trường.".into()
            },
            "f-closing",
        ),
        (RecipientsMissing, |p| p.recipients.clear(), "f-recipients"),
        (
            NhuTren,
            |p| p.recipients.insert(0, "- Như trên;".into()),
            "f-recipient-0",
        ),
        (
            X11KinhGui,
            |p| {
                p.recipients
                    .push("Kính gửi: Phòng Giáo dục và Đào tạo".into())
            },
            "f-recipient-2",
        ),
        (
            // The good plan (20/3/2025) names the Phòng GD&ĐT rightly; dated
            // after 1/7/2025 it may not.
            X12AbolishedBody,
            |p| p.header.date = date(2025, 9, 10),
            "f-recipient-0",
        ),
        (
            X12PhongLevel,
            |p| {
                p.level = IssuerLevel::Phong;
                p.signer.title = "TRƯỞNG PHÒNG".into();
                p.header.date = date(2026, 2, 10);
            },
            "f-level",
        ),
        (
            ArchiveInList,
            |p| p.recipients.push("Lưu: VT".into()),
            "f-recipient-2",
        ),
        (
            SignerTitleMissing,
            |p| p.signer.title.clear(),
            "f-signer-title",
        ),
        (
            SignerNameMissing,
            |p| p.signer.name.clear(),
            "f-signer-name",
        ),
        (
            DeputyTitleMissing,
            |p| p.signer.authority = Authority::Kt,
            "f-signer-deputy-title",
        ),
        (
            KtNotPho,
            |p| {
                p.signer.authority = Authority::Kt;
                p.signer.deputy_title = "HIỆU TRƯỞNG".into();
            },
            "f-signer-deputy-title",
        ),
        (
            PrefixInTitle,
            |p| p.signer.title = "KT. HIỆU TRƯỞNG".into(),
            "f-signer-title",
        ),
        (
            TitleLevel,
            |p| p.signer.title = "GIÁM ĐỐC".into(),
            "f-signer-title",
        ),
        (
            TmNotCollective,
            |p| {
                p.signer.authority = Authority::Tm;
                p.signer.deputy_title = "HIỆU TRƯỞNG".into();
            },
            "f-signer-authority",
        ),
        (
            NameAcademic,
            |p| p.signer.name = "ThS. Nguyễn Thị Hoa".into(),
            "f-signer-name",
        ),
        (
            NameAllUpper,
            |p| p.signer.name = "NGUYỄN THỊ HOA".into(),
            "f-signer-name",
        ),
        (
            AppendixMissing,
            |p| {
                first_task(p)
                    .text
                    .push_str(" Danh sách thành viên tại Phụ lục kèm theo.")
            },
            "f-appendices",
        ),
        (
            AppendixEmpty,
            |p| {
                first_task(p)
                    .text
                    .push_str(" Danh sách thành viên tại Phụ lục kèm theo.");
                p.appendices.push(Appendix {
                    id: 80,
                    title: "Danh sách thành viên".into(),
                    body: String::new(),
                });
            },
            "f-appendix-80-body",
        ),
        (
            AppendixNotReferenced,
            |p| {
                p.appendices.push(Appendix {
                    id: 80,
                    title: "Lịch hoạt động".into(),
                    body: "Tháng 3: …".into(),
                })
            },
            "f-appendices",
        ),
        (
            X9BdgSpelling,
            |p| {
                p.task_groups[1].items[0].text =
                    "Tuyên truyền Luật Bình đẳng giới (BDG) trong buổi chào cờ.".into()
            },
            "f-task-41-text",
        ),
        (
            X8ThemeMissing,
            |p| p.kind = PlanKind::ActionMonth,
            "f-theme",
        ),
        (
            X8ThemeDiffers,
            |p| {
                p.kind = PlanKind::ActionMonth;
                p.theme = "Chung tay vì một ngôi trường bình đẳng".into();
            },
            "f-theme",
        ),
        (
            X8MonthDates,
            |p| {
                p.task_groups[4].items[0].text =
                    "Tổ chức Tháng hành động vì bình đẳng giới từ 01/11 đến 30/11.".into()
            },
            "f-task-44-text",
        ),
        (
            X9AbbrUndefined,
            |p| {
                p.task_groups[1].items[0].text =
                    "Tuyên truyền Luật Bình đẳng giới cho CMHS trong buổi họp lớp.".into()
            },
            "f-task-41-text",
        ),
    ]
}

#[test]
fn every_rule_fires_on_its_counter_example() {
    for (rule, breaks, dom) in cases() {
        let p = with(breaks);
        let r = evaluate(&p);
        let hits: Vec<&Finding> = r.findings.iter().filter(|f| f.rule == rule).collect();
        assert!(
            !hits.is_empty(),
            "{} did not fire; findings: {:#?}",
            rule.code(),
            ids(&r)
        );
        assert!(
            hits.iter().any(|f| f.field.dom_id() == dom),
            "{} points to {:?}, expected {dom}",
            rule.code(),
            hits.iter().map(|f| f.field.dom_id()).collect::<Vec<_>>()
        );
        assert!(!r.is_complete() || hits.iter().all(|f| f.severity == Severity::Hint));
        no_unfilled_placeholders(&r);
    }
}

#[test]
fn every_rule_has_a_counter_example() {
    let covered: Vec<RuleId> = cases().into_iter().map(|(r, _, _)| r).collect();
    // Rules only an original text can break have theirs in tests/import_findings.rs.
    let original = kehoach_bdg::domain::import::ORIGINAL_TEXT_RULES;
    for def in RULES.iter().filter(|d| !original.contains(&d.id)) {
        assert!(
            covered.contains(&def.id),
            "no counter-example for {}",
            def.code
        );
    }
}

// ---------------------------------------------------------------------------
// Severity by kind, level and condition
// ---------------------------------------------------------------------------

#[test]
fn severities_follow_plan_kind() {
    // A7 Mục đích: Practice for annual plans, Recommended for multi-year.
    let annual = evaluate(&with(|p| p.purposes.clear()));
    assert_eq!(
        find(&annual, RuleId::PurposesMissing).severity,
        Severity::Warning
    );
    let multi = evaluate(&with(|p| {
        p.purposes.clear();
        p.kind = PlanKind::MultiYear;
    }));
    assert_eq!(
        find(&multi, RuleId::PurposesMissing).severity,
        Severity::Hint
    );

    // A8 Chỉ tiêu: Recommended for annual plans, Practice for "BĐG và Trẻ em".
    let annual = evaluate(&with(|p| p.targets.clear()));
    assert_eq!(
        find(&annual, RuleId::TargetsMissing).severity,
        Severity::Hint
    );
    assert_eq!(annual.completeness, 100, "a hint does not block 100 %");
    let children = evaluate(&with(|p| {
        p.targets.clear();
        p.kind = PlanKind::GenderAndChildren;
    }));
    assert_eq!(
        find(&children, RuleId::TargetsMissing).severity,
        Severity::Warning
    );

    // B8 Cán bộ nữ: Practice only for multi-year plans.
    let annual = evaluate(&with(|p| remove_area(p, SubArea::WomenStaff)));
    assert_eq!(find(&annual, RuleId::B8Missing).severity, Severity::Hint);
    let multi = evaluate(&with(|p| {
        remove_area(p, SubArea::WomenStaff);
        p.kind = PlanKind::MultiYear;
    }));
    assert_eq!(find(&multi, RuleId::B8Missing).severity, Severity::Warning);
}

#[test]
fn severities_follow_issuer_level() {
    let school = evaluate(&with(|p| remove_area(p, SubArea::Mainstreaming)));
    assert_eq!(find(&school, RuleId::B3Missing).severity, Severity::Warning);
    let office = evaluate(&with(|p| {
        remove_area(p, SubArea::Mainstreaming);
        p.level = IssuerLevel::Phong;
        p.signer.title = "TRƯỞNG PHÒNG".into();
    }));
    assert_eq!(find(&office, RuleId::B3Missing).severity, Severity::Hint);
    assert!(!has(&office, RuleId::TitleLevel));
}

#[test]
fn funding_is_conditional_on_costly_activities() {
    let costly = evaluate(&with(|p| p.funding.clear()));
    let f = find(&costly, RuleId::FundingMissing);
    assert_eq!(f.severity, Severity::Warning);
    assert!(f.message.contains("tập huấn"), "{}", f.message);
    assert!(!has(&costly, RuleId::FundingRecommended));
    // A source named inside a duty counts as stated.
    let in_text = evaluate(&with(|p| {
        p.funding.clear();
        p.assignments[0]
            .duties
            .push("Bố trí nguồn kinh phí theo quy định.".into());
    }));
    assert!(!has(&in_text, RuleId::FundingMissing));
}

#[test]
fn a_missing_date_is_only_a_hint() {
    let r = evaluate(&with(|p| p.header.date = None));
    assert_eq!(find(&r, RuleId::DateBlank).severity, Severity::Hint);
    assert_eq!(r.errors().count() + r.warnings().count(), 0);
    // Without a date, the date comparisons cannot apply.
    let r = evaluate(&with(|p| {
        p.header.date = None;
        p.basis[1].date = date(2025, 12, 31);
    }));
    assert!(!has(&r, RuleId::X2CitationAfterPlan));
}

// ---------------------------------------------------------------------------
// Signature block
// ---------------------------------------------------------------------------

fn ban(authority: Authority, title: &str, deputy: &str) -> Report {
    evaluate(&with(|p| {
        p.level = IssuerLevel::BanVstbpn;
        p.header.issuer_abbr = "BVSTBPN".into();
        p.signer.authority = authority;
        p.signer.title = title.into();
        p.signer.deputy_title = deputy.into();
    }))
}

#[test]
fn a_ban_signs_as_its_head() {
    for r in [
        ban(Authority::None, "TRƯỞNG BAN", ""),
        ban(Authority::Kt, "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"),
        ban(Authority::Tm, "BAN VÌ SỰ TIẾN BỘ PHỤ NỮ", "TRƯỞNG BAN"),
    ] {
        assert_eq!(ids(&r), Vec::<String>::new());
    }
    let r = ban(Authority::None, "HIỆU TRƯỞNG", "");
    let f = find(&r, RuleId::TitleLevel);
    assert!(f.message.contains("TRƯỞNG BAN"), "{}", f.message);
    let r = ban(Authority::Tm, "BAN VÌ SỰ TIẾN BỘ PHỤ NỮ", "HIỆU TRƯỞNG");
    assert_eq!(
        find(&r, RuleId::TitleLevel).field,
        FieldRef::SignerDeputyTitle
    );
    assert!(!has(&r, RuleId::TmNotCollective));
}

#[test]
fn kt_needs_a_deputy_title() {
    let ok = evaluate(&with(|p| {
        p.signer.authority = Authority::Kt;
        p.signer.deputy_title = "Phó Hiệu trưởng".into();
    }));
    assert_eq!(ids(&ok), Vec::<String>::new());
    let bad = evaluate(&with(|p| {
        p.signer.authority = Authority::Kt;
        p.signer.deputy_title = "TỔ TRƯỞNG".into();
    }));
    assert_eq!(find(&bad, RuleId::KtNotPho).severity, Severity::Error);
}

// ---------------------------------------------------------------------------
// Text matching details
// ---------------------------------------------------------------------------

#[test]
fn number_and_abbreviation_checks_use_nd30() {
    for ok in ["5", "05", "29", "120"] {
        let r = evaluate(&with(|p| p.header.number = ok.into()));
        assert_eq!(ids(&r), Vec::<String>::new(), "{ok}");
    }
    let r = evaluate(&with(|p| p.header.number = "abc".into()));
    assert_eq!(find(&r, RuleId::NumberInvalid).severity, Severity::Error);
    let r = evaluate(&with(|p| p.header.number = "5a".into()));
    assert_eq!(
        find(&r, RuleId::NumberLetterSuffix).severity,
        Severity::Warning
    );
    let r = evaluate(&with(|p| p.header.issuer_abbr = "th kđ".into()));
    // Spaces are reported first (nd30::check_abbr's order).
    let f = find(&r, RuleId::AbbrSpaces);
    assert!(
        f.hint.contains("THKĐ"),
        "the hint shows the printed form: {}",
        f.hint
    );
}

#[test]
fn lead_roles_match_case_and_spelling_insensitively() {
    let r = evaluate(&with(|p| {
        first_task(p).lead = "HIỆU TRƯỞNG; ban vì sự tiến bộ của phụ nữ".into();
        p.task_groups[1].items[0].lead = "Công đoàn cơ sở".into();
    }));
    assert!(!has(&r, RuleId::LeadNotAssigned), "{:#?}", ids(&r));
    // Decomposed (NFD) input matches too.
    let r = evaluate(&with(|p| {
        first_task(p).lead = "Hie\u{302}\u{323}u tru\u{31b}o\u{31b}\u{309}ng".into()
    }));
    assert!(!has(&r, RuleId::LeadNotAssigned), "{:#?}", ids(&r));
    let r = evaluate(&with(|p| {
        first_task(p).lead = "Hiệu trưởng, Kế toán".into()
    }));
    assert!(find(&r, RuleId::LeadNotAssigned)
        .message
        .contains("Kế toán"));
}

#[test]
fn old_and_new_tone_marks_are_equal() {
    // "ngoại khoá" (old style) covers B3 like "ngoại khóa".
    let r = evaluate(&with(|p| {
        remove_area(p, SubArea::Mainstreaming);
        first_task(p)
            .text
            .push_str(" Lồng ghép bình đẳng giới vào hoạt động ngoại khoá.");
    }));
    assert!(!has(&r, RuleId::B3Missing), "{:#?}", ids(&r));
}

#[test]
fn sub_areas_count_declared_groups_and_cue_words() {
    // Declared: a B11 group whose text has no cue still covers B11.
    let r = evaluate(&with(|p| {
        let g = p
            .task_groups
            .iter_mut()
            .find(|g| g.area == Some(SubArea::Statistics))
            .unwrap();
        g.title = "Dữ liệu".into();
        g.items[0].text = "Cập nhật dữ liệu theo nam, nữ.".into();
    }));
    assert!(!has(&r, RuleId::B11Missing));
    // Cue words: the same text without the declaration does not.
    let r = evaluate(&with(|p| {
        let g = p
            .task_groups
            .iter_mut()
            .find(|g| g.area == Some(SubArea::Statistics))
            .unwrap();
        g.area = None;
        g.title = "Dữ liệu".into();
        g.items[0].text = "Cập nhật dữ liệu theo nam, nữ.".into();
    }));
    assert!(has(&r, RuleId::B11Missing));
    // B6 needs two distinct observances; "28/3" is not "8/3".
    let r = evaluate(&with(|p| {
        remove_area(p, SubArea::Observances);
        first_task(p).text.push_str(" Họp ngày 28/3 và ngày 20/10.");
    }));
    assert!(find(&r, RuleId::B6Missing).message.contains('1'));
}

#[test]
fn x5_compares_citations_with_references_in_text() {
    // Same number, same date in a task: consistent.
    let r = evaluate(&with(|p| {
        first_task(p).text = "Triển khai Kế hoạch số 45/KH-PGDĐT ngày 05/3/2025.".into()
    }));
    assert!(!has(&r, RuleId::X5SameNumberTwoDates));
    let r = evaluate(&with(|p| {
        first_task(p).text = "Triển khai Kế hoạch số 45/KH-PGDĐT ngày 05 tháng 3 năm 2024.".into()
    }));
    let f = find(&r, RuleId::X5SameNumberTwoDates);
    assert!(
        f.message.contains("5/3/2025") && f.message.contains("5/3/2024"),
        "{}",
        f.message
    );
}

#[test]
fn x1_accepts_a_school_year_plan_issued_before_it_starts() {
    let r = evaluate(&with(|p| {
        p.period = Period::SchoolYear { start: 2025 };
        p.title.subject = "Thực hiện công tác bình đẳng giới năm học 2025-2026".into();
        p.header.date = date(2025, 8, 20);
        on_the_two_level_map(p);
        p.basis[1].date = date(2025, 8, 5);
        p.reports[0].date = date(2025, 12, 20);
        p.reports[1].date = date(2026, 5, 20);
        p.closing = "Trên đây là Kế hoạch năm học 2025-2026 của nhà trường.".into();
    }));
    assert_eq!(ids(&r), Vec::<String>::new());
    let r = evaluate(&with(|p| {
        p.period = Period::SchoolYear { start: 2025 };
        p.title.subject = "Thực hiện công tác bình đẳng giới năm học 2025-2026".into();
        p.header.date = date(2024, 11, 1);
    }));
    assert!(has(&r, RuleId::X1DateYear));
}

#[test]
fn recipients_ignore_list_decoration() {
    let r = evaluate(&with(|p| {
        p.recipients = vec!["- Như trên ;".into(), "".into()]
    }));
    assert_eq!(find(&r, RuleId::NhuTren).severity, Severity::Error);
    assert!(!has(&r, RuleId::RecipientsMissing));
    let r = evaluate(&with(|p| p.lead_in = "Kính gửi: các tổ chuyên môn".into()));
    assert_eq!(find(&r, RuleId::X11KinhGui).field, FieldRef::LeadIn);
}

// ---------------------------------------------------------------------------
// Report API
// ---------------------------------------------------------------------------

#[test]
fn report_queries() {
    let r = evaluate(&with(|p| {
        p.header.number = "abc".into();
        p.header.parent_body.clear();
        p.header.date = None;
    }));
    assert_eq!(r.for_field("f-header-number").count(), 1);
    assert_eq!(r.for_field("f-header-numbe").count(), 0);
    assert_eq!(r.worst_for_field("f-header-number"), Some(Severity::Error));
    assert_eq!(r.worst_for_field("f-header-date"), Some(Severity::Hint));
    assert_eq!(r.worst_for_field("f-subject"), None);
    assert_eq!(r.for_field_ref(FieldRef::HeaderParentBody).count(), 1);
    assert_eq!(r.for_section(SectionId::Header).count(), 3);
    assert_eq!(r.for_section(SectionId::Title).count(), 0);
    assert_eq!(r.errors().count(), 1);
    assert_eq!(r.warnings().count(), 1);
    assert_eq!(r.hints().count(), 1);
    let h = r.section(SectionId::Header);
    assert_eq!((h.errors, h.warnings, h.hints), (1, 1, 1));
    assert_eq!(h.status, SectionStatus::HasProblems);
    assert!(h.score < 100);
}

#[test]
fn findings_are_grouped_by_section_in_order() {
    let r = evaluate(&seed_plans::seed_003());
    let order: Vec<SectionId> = r.findings.iter().map(|f| f.section).collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted);
}

#[test]
fn evaluation_is_deterministic() {
    let p = seed_plans::seed_004();
    assert_eq!(evaluate(&p), evaluate(&p));
}

#[test]
fn report_serialises_with_codes_and_dom_ids() {
    let r = evaluate(&with(|p| p.header.number = "5a".into()));
    let json = serde_json::to_value(&r).unwrap();
    let f = &json["findings"][0];
    assert_eq!(f["rule"], "A2.number-letter-suffix");
    assert_eq!(f["field"], "f-header-number");
    assert_eq!(f["severity"], "warning");
    assert_eq!(f["section"], "header");
    assert_eq!(json["sections"][0]["status"], "has-problems");
    assert!(json["completeness"].as_u64().unwrap() < 100);
}

// ---------------------------------------------------------------------------
// X8: the Action Month's theme and dates
// ---------------------------------------------------------------------------

/// The good plan as an Action Month plan of 2025 with this theme.
fn action_month(theme: &str) -> Report {
    evaluate(&with(|p| {
        p.kind = PlanKind::ActionMonth;
        p.theme = theme.into();
    }))
}

#[test]
fn x8_offers_the_national_theme_when_the_theme_is_empty() {
    let national = action_month_theme(2025).expect("2025 theme is known");
    let f = find(&action_month("  "), RuleId::X8ThemeMissing).clone();
    assert_eq!(f.severity, Severity::Hint);
    assert_eq!(f.section, SectionId::Purposes);
    assert!(f.message.contains("năm 2025"), "{}", f.message);
    assert!(f.hint.contains(&format!("“{national}”")), "{}", f.hint);
    assert!(!has(&action_month(""), RuleId::X8ThemeDiffers));
}

#[test]
fn x8_compares_the_theme_loosely() {
    // Case, quotation marks, spacing, a final stop and old tone marks
    // ("xoá") do not make another theme; nor does decomposed input.
    for theme in [
        "Bình đẳng giới và an toàn cho phụ nữ và trẻ em gái trong kỷ nguyên số",
        "  “bình đẳng giới  và an toàn cho PHỤ NỮ và trẻ em gái trong kỷ nguyên số”. ",
        "\"Bình đẳng giới và an toàn cho phụ nữ và trẻ em gái trong kỷ nguyên số!\"",
        "Bi\u{300}nh đẳng giới và an toàn cho phụ nữ và trẻ em gái trong kỷ nguyên số",
    ] {
        let r = action_month(theme);
        assert!(
            !has(&r, RuleId::X8ThemeMissing) && !has(&r, RuleId::X8ThemeDiffers),
            "{theme:?}: {:#?}",
            ids(&r)
        );
    }
    let r = evaluate(&with(|p| {
        p.kind = PlanKind::ActionMonth;
        p.period = Period::Year { year: 2016 };
        p.theme = "Chung tay xoá bỏ bạo lực đối với phụ nữ và trẻ em gái.".into();
    }));
    assert!(!has(&r, RuleId::X8ThemeDiffers), "{:#?}", ids(&r));
}

#[test]
fn x8_quotes_the_national_theme_when_the_theme_differs() {
    // PLAN_CHECKLIST X8's example: a 2020 text using the 2018 theme.
    let r = evaluate(&with(|p| {
        p.kind = PlanKind::ActionMonth;
        p.period = Period::Year { year: 2020 };
        p.theme = action_month_theme(2018).unwrap().into();
    }));
    let f = find(&r, RuleId::X8ThemeDiffers);
    assert_eq!(f.field, FieldRef::Theme);
    assert_eq!(f.severity, Severity::Hint);
    assert!(f.message.contains("năm 2020"), "{}", f.message);
    assert!(
        f.hint.contains(action_month_theme(2020).unwrap()) && f.hint.contains("giữ nguyên"),
        "{}",
        f.hint
    );
    // A local theme is allowed: the hint never blocks completeness.
    let r = action_month("Trường học an toàn, thân thiện, bình đẳng");
    assert!(has(&r, RuleId::X8ThemeDiffers));
    assert!(r
        .findings
        .iter()
        .all(|f| !f.rule.code().starts_with("X8") || f.severity == Severity::Hint));
}

#[test]
fn x8_theme_is_asked_only_of_action_month_plans_of_a_known_year() {
    // Other kinds may leave it empty or write any theme.
    for kind in [
        PlanKind::Annual,
        PlanKind::MultiYear,
        PlanKind::GenderAndChildren,
    ] {
        for theme in ["", "Chủ đề riêng của trường"] {
            let r = evaluate(&with(|p| {
                p.kind = kind;
                p.theme = theme.into();
            }));
            assert!(
                r.findings
                    .iter()
                    .all(|f| !f.rule.code().starts_with("X8.theme")),
                "{kind:?}: {:#?}",
                ids(&r)
            );
        }
    }
    // 2026: no national theme known yet, nothing to offer or compare.
    for theme in ["", "Chủ đề do cấp trên hướng dẫn"] {
        let r = evaluate(&with(|p| {
            p.kind = PlanKind::ActionMonth;
            p.period = Period::Year { year: 2026 };
            p.theme = theme.into();
        }));
        assert!(!has(&r, RuleId::X8ThemeMissing) && !has(&r, RuleId::X8ThemeDiffers));
    }
}

#[test]
fn x8_checks_the_months_dates_wherever_they_are_given() {
    // The good plan's "từ 15/11 đến 15/12" is right (no finding there).
    // Wrong dates in another task: a hint on that task, the plan stays 100 %.
    let r = evaluate(&with(|p| {
        first_task(p)
            .text
            .push_str(" Hưởng ứng Tháng hành động vì bình đẳng giới từ ngày 10/11 đến ngày 10/12.");
    }));
    let f = find(&r, RuleId::X8MonthDates);
    assert_eq!(f.field.dom_id(), "f-task-40-text");
    assert_eq!(f.severity, Severity::Hint);
    assert!(
        f.message.contains("10/11") && f.message.contains("10/12"),
        "{}",
        f.message
    );
    assert_eq!(r.completeness, 100);
    // Other months and single days are not the Month's dates.
    let r = evaluate(&with(|p| {
        first_task(p).text.push_str(
            " Hưởng ứng Tháng hành động vì trẻ em từ 01/6 đến 30/6; lễ phát động Tháng \
             hành động vì bình đẳng giới ngày 14/11.",
        );
    }));
    assert!(!has(&r, RuleId::X8MonthDates), "{:#?}", ids(&r));
    // An Action Month plan giving its dates in the lead-in, spelled out.
    let r = evaluate(&with(|p| {
        p.kind = PlanKind::ActionMonth;
        p.lead_in = "Trường Tiểu học Kim Đồng xây dựng Kế hoạch tổ chức Tháng hành động vì \
                     bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm \
                     2025 (từ ngày 15 tháng 11 đến ngày 15 tháng 12 năm 2025) như sau:"
            .into();
    }));
    assert!(!has(&r, RuleId::X8MonthDates), "{:#?}", ids(&r));
    let r = evaluate(&with(|p| {
        p.kind = PlanKind::ActionMonth;
        p.lead_in = "Trường Tiểu học Kim Đồng xây dựng Kế hoạch tổ chức Tháng hành động vì \
                     bình đẳng giới năm 2025 (từ ngày 15 tháng 10 đến ngày 15 tháng 11 năm \
                     2025) như sau:"
            .into();
    }));
    assert_eq!(find(&r, RuleId::X8MonthDates).field, FieldRef::LeadIn);
}

// ---------------------------------------------------------------------------
// X9: abbreviations defined at first use
// ---------------------------------------------------------------------------

#[test]
fn x9_accepts_abbreviations_defined_at_first_use() {
    let r = evaluate(&with(|p| {
        p.lead_in = "Trường Tiểu học Kim Đồng xây dựng Kế hoạch thực hiện công tác bình \
                     đẳng giới (BĐG) và vì sự tiến bộ của phụ nữ (VSTBPN) năm 2025 như sau:"
            .into();
        p.purposes[0] = "Nâng cao nhận thức về BĐG, VSTBPN.".into();
        first_task(p).text = "Kiện toàn Ban VSTBPN nhà trường.".into();
        p.assignments[1].role = "Ban VSTBPN".into();
        first_task(p).lead = "Ban VSTBPN".into();
    }));
    assert!(!has(&r, RuleId::X9AbbrUndefined), "{:#?}", ids(&r));
    // The other accepted form of a definition.
    let r = evaluate(&with(|p| {
        p.purposes[0] = "Phối hợp với Ban đại diện cha mẹ học sinh (sau đây viết tắt là \
                         CMHS) để giáo dục học sinh về giới."
            .into();
        p.requirements[0] = "Ban đại diện CMHS được mời dự các buổi sinh hoạt.".into();
    }));
    assert!(!has(&r, RuleId::X9AbbrUndefined), "{:#?}", ids(&r));
}

#[test]
fn x9_reports_the_first_use_before_a_later_definition() {
    // Used in a purpose, spelled out only in a task: the purpose is where
    // the reader first meets it.
    let r = evaluate(&with(|p| {
        p.purposes[0] = "Nâng cao nhận thức về BĐG cho cán bộ, giáo viên.".into();
        first_task(p).text = "Kiện toàn Ban vì sự tiến bộ của phụ nữ; tuyên truyền về \
                              bình đẳng giới (BĐG)."
            .into();
    }));
    let f = find(&r, RuleId::X9AbbrUndefined);
    assert_eq!(f.field, FieldRef::Purposes);
    assert_eq!(f.severity, Severity::Hint);
    assert!(f.message.contains("“BĐG”"), "{}", f.message);
    assert_eq!(r.completeness, 100, "a hint");
    assert_eq!(
        r.findings
            .iter()
            .filter(|f| f.rule == RuleId::X9AbbrUndefined)
            .count(),
        1,
        "one finding for the plan"
    );
}

#[test]
fn x9_names_at_most_five_abbreviations_in_order_of_first_use() {
    let r = evaluate(&with(|p| {
        p.requirements[0] = "Phân công rõ cho BGH, TTCM.".into();
        first_task(p).lead = "BGH".into();
        p.assignments[2].duties[0] = "GVCN, GVBM, TPT Đội, NVYT phối hợp thực hiện.".into();
    }));
    let f = find(&r, RuleId::X9AbbrUndefined);
    assert_eq!(f.field, FieldRef::Requirements);
    assert!(
        f.message
            .contains("“BGH”, “TTCM”, “GVCN”, “GVBM”, “TPT”, …"),
        "{}",
        f.message
    );
}

#[test]
fn x9_leaves_out_common_abbreviations_symbols_and_headings() {
    let r = evaluate(&with(|p| {
        p.requirements[0] = "Bám sát Kế hoạch số 45/KH-PGDĐT của Phòng GD&ĐT, chỉ đạo của \
                             UBND phường và Chỉ thị số 21-CT/TW; phối hợp với các trường \
                             THCS, THPT trên địa bàn TP. Hà Nội trong học kỳ II."
            .into();
        p.task_groups[0].title = "KIỆN TOÀN BAN VÌ SỰ TIẾN BỘ CỦA PHỤ NỮ".into();
        // The misspelling has a rule of its own (X9.bdg-spelling).
        first_task(p).text = "Kiện toàn Ban vì sự tiến bộ của phụ nữ; tuyên truyền về BDG.".into();
    }));
    assert!(!has(&r, RuleId::X9AbbrUndefined), "{:#?}", ids(&r));
    assert!(has(&r, RuleId::X9BdgSpelling));
    // The trích yếu and the căn cứ quote names; only the body is read.
    let r = evaluate(&with(|p| {
        p.title.subject = "Thực hiện công tác BĐG năm 2025".into();
        p.basis[1].subject = "thực hiện công tác BĐG và VSTBPN năm 2025".into();
    }));
    assert!(!has(&r, RuleId::X9AbbrUndefined), "{:#?}", ids(&r));
}

// ---------------------------------------------------------------------------
// The theme in starters
// ---------------------------------------------------------------------------

#[test]
fn action_month_starters_raise_no_theme_or_abbreviation_finding() {
    use kehoach_bdg::domain::templates::starter;
    for year in [2016, 2020, 2024, 2025, 2026] {
        for level in IssuerLevel::ALL {
            for kind in PlanKind::ALL {
                let r = evaluate(&starter(kind, level, year));
                for rule in [
                    RuleId::X8ThemeMissing,
                    RuleId::X8ThemeDiffers,
                    RuleId::X8MonthDates,
                    RuleId::X9AbbrUndefined,
                ] {
                    assert!(!has(&r, rule), "{kind:?} {level:?} {year}: {}", rule.code());
                }
            }
        }
    }
    // Emptied by the user, the theme is asked for again.
    let mut p = starter(PlanKind::ActionMonth, IssuerLevel::Thcs, 2024);
    p.theme.clear();
    assert_eq!(
        find(&evaluate(&p), RuleId::X8ThemeMissing).field,
        FieldRef::Theme
    );
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Text with Vietnamese letters in both cases, combining marks (NFD),
    /// dashes, odd spaces, digits and slashes.
    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                Just("a"),
                Just("Đ"),
                Just("ư"),
                Just("Ỹ"),
                Just("hoà"),
                Just("QUI"),
                Just("kí"),
                Just("o\u{300}"),
                Just("\u{323}"),
                Just(" "),
                Just("\u{a0}"),
                Just("–"),
                Just("/"),
                Just("15/11"),
                Just("năm 2025"),
                Just("phụ lục"),
                Just("BDG"),
                Just("2017/QĐ-UBND ngày 08 tháng 6 năm 2017"),
                Just("ngày"),
                Just("tập huấn"),
                Just("\n"),
                Just("uỷ"),
                Just("😀"),
                Just("İ"),
            ],
            0..12,
        )
        .prop_map(|parts| parts.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Whatever the user types, evaluation does not panic, every section
        /// is reported, and 100 % means exactly "no error, no warning".
        #[test]
        fn evaluate_is_total_and_consistent(
            subject in text(),
            task_text in text(),
            lead in text(),
            role in text(),
            number in text(),
            abbr in text(),
            name in text(),
            recipient in text(),
            value in text(),
        ) {
            let mut p = good_plan();
            p.title.subject = subject;
            p.task_groups[0].items[0].text = task_text;
            p.task_groups[1].items[0].lead = lead;
            p.assignments[0].role = role;
            p.header.number = number;
            p.header.issuer_abbr = abbr;
            p.signer.name = name;
            p.recipients.push(recipient);
            p.targets[0].value = value;
            let r = evaluate(&p);
            prop_assert_eq!(r.sections.len(), SectionId::ALL.len());
            prop_assert!(r.completeness <= 100);
            let blocking = r.errors().count() + r.warnings().count();
            prop_assert_eq!(r.is_complete(), blocking == 0);
            for f in &r.findings {
                prop_assert_eq!(f.section, f.field.section());
                prop_assert!(f.field.has_dom_id(&f.field.dom_id()));
            }
        }
    }
}

// ---------------------------------------------------------------------------
// X12: the two-level local government (REFERENCES.md §9)
// ---------------------------------------------------------------------------

#[test]
fn x12_points_at_every_field_that_names_an_abolished_body() {
    let r = evaluate(&with(|p| p.header.date = date(2026, 12, 4)));
    let x12: Vec<String> = ids(&r)
        .into_iter()
        .filter(|f| f.starts_with("X12"))
        .collect();
    assert_eq!(
        x12,
        [
            "X12.abolished-body @ f-citation-2-issuer",
            "X12.abolished-body @ f-recipient-0",
            "X12.abolished-body @ f-report-70-recipient",
            "X12.abolished-body @ f-report-71-recipient",
        ]
    );
    let f = find(&r, RuleId::X12AbolishedBody);
    assert!(f.message.contains("01/7/2025"), "{}", f.message);
    // The managing body too, as schools write it.
    let r = evaluate(&with(|p| {
        p.header.date = date(2026, 12, 4);
        on_the_two_level_map(p);
        p.header.parent_body = "PHÒNG GD&ĐT QUẬN ĐỐNG ĐA".into();
    }));
    assert_eq!(
        ids(&r)
            .into_iter()
            .filter(|f| f.starts_with("X12"))
            .collect::<Vec<_>>(),
        ["X12.abolished-body @ f-header-parent-body"]
    );
}

#[test]
fn x12_leaves_plans_of_before_the_reform_alone() {
    // The good plan is dated 20/3/2025 and names the Phòng: history.
    assert!(evaluate(&good_plan())
        .findings
        .iter()
        .all(|f| !f.rule.code().starts_with("X12")));
    // An old Phòng plan (2024) keeps its level and its district chain.
    let r = evaluate(&with(|p| {
        p.level = IssuerLevel::Phong;
        p.signer.title = "TRƯỞNG PHÒNG".into();
        p.header.parent_body = "UBND quận Đống Đa".into();
        p.header.date = date(2024, 3, 1);
    }));
    assert!(r.findings.iter().all(|f| !f.rule.code().starts_with("X12")));
    // A căn cứ the Phòng issued before the reform may still be cited later.
    let r = evaluate(&with(|p| {
        p.header.date = date(2026, 2, 1);
        on_the_two_level_map(p);
        p.basis.push(Citation {
            id: 9,
            doc_type: DocType::KeHoach,
            number: "22".into(),
            symbol: "KH-PGDĐT".into(),
            date: date(2022, 3, 22),
            issuer: "Phòng Giáo dục và Đào tạo quận Kim Đồng".into(),
            subject: "thực hiện công tác bình đẳng giới giai đoạn 2021-2030".into(),
            ..Citation::default()
        });
    }));
    assert!(
        r.findings.iter().all(|f| !f.rule.code().starts_with("X12")),
        "{:?}",
        ids(&r)
    );
}

#[test]
fn x12_judges_an_undated_plan_by_its_period() {
    let r = evaluate(&with(|p| {
        p.header.date = None;
        p.period = Period::Year { year: 2027 };
    }));
    assert!(ids(&r)
        .iter()
        .any(|f| f == "X12.abolished-body @ f-recipient-0"));
}
