// The native body of benches/domain.rs (criterion does not build for wasm32).

use criterion::{criterion_group, criterion_main, Criterion};
use kehoach_bdg::domain::checklist::evaluate;
use kehoach_bdg::domain::export::to_docx;
use kehoach_bdg::domain::import;
use kehoach_bdg::domain::{
    Assignment, Authority, BasisVerb, Citation, Date, DocType, IssuerLevel, Period, Plan, PlanKind,
    ReportDeadline, Signer, SubArea, Target, TaskGroup, TaskItem, Unit,
};
use std::hint::black_box;

const ROLES: [&str; 6] = [
    "Hiệu trưởng",
    "Phó Hiệu trưởng",
    "Ban vì sự tiến bộ của phụ nữ",
    "Công đoàn",
    "Tổng phụ trách Đội",
    "Giáo viên chủ nhiệm",
];

const TASKS: [&str; 8] = [
    "Tuyên truyền các quy định của Luật Bình đẳng giới tới cán bộ, giáo viên, nhân viên qua buổi sinh hoạt chuyên môn của tổ số {i}.",
    "Lồng ghép nội dung giáo dục giới vào các tiết học Đạo đức và hoạt động trải nghiệm của khối lớp {i}, có trao đổi kinh nghiệm cuối tháng.",
    "Tổ chức buổi nói chuyện chuyên đề số {i} về kỹ năng tự bảo vệ, phòng tránh xâm hại cho học sinh, mời cán bộ y tế phường tham dự.",
    "Rà soát, cập nhật danh sách học sinh có hoàn cảnh khó khăn để kịp thời hỗ trợ, ưu tiên học sinh nữ người dân tộc thiểu số (đợt {i}).",
    "Phối hợp với Ban đại diện cha mẹ học sinh lớp {i} trao đổi về cách chia sẻ việc nhà công bằng giữa con trai và con gái.",
    "Trang trí góc thông tin về bình đẳng giới ở hành lang tầng {i}, thay nội dung mỗi học kỳ theo chủ đề của Tháng hành động.",
    "Khảo sát ý kiến giáo viên về nhu cầu bồi dưỡng kiến thức giới, tổng hợp kết quả gửi Ban vì sự tiến bộ của phụ nữ trước ngày họp thứ {i}.",
    "Tổ chức cho học sinh lớp {i} vẽ tranh, viết bài về chủ đề tôn trọng sự khác biệt và chung tay chấm dứt bạo lực học đường.",
];

fn d(y: u16, m: u8, day: u8) -> Option<Date> {
    Date::new(y, m, day)
}

/// A large, mostly correct plan, as a long-lived draft would be.
fn big_plan() -> Plan {
    let mut p = Plan::new(PlanKind::Annual, IssuerLevel::Thcs);
    p.period = Period::Year { year: 2025 };
    p.header.parent_body = "Ủy ban nhân dân phường Hòa Bình".into();
    p.header.issuer = "Trường Trung học cơ sở Hòa Bình".into();
    p.header.issuer_abbr = "THCSHB".into();
    p.header.number = "21".into();
    p.header.place = "Hòa Bình".into();
    p.header.date = d(2025, 3, 18);
    p.title.subject =
        "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2025".into();
    let mut id = 1u32;
    let mut next = || {
        id += 1;
        id
    };
    p.basis = (0..20)
        .map(|i| Citation {
            id: next(),
            verb: BasisVerb::CanCu,
            doc_type: DocType::KeHoach,
            number: format!("{}", 100 + i),
            symbol: "KH-PGDĐT".into(),
            date: d(2025, 1 + (i % 3) as u8, 1 + i as u8),
            issuer: "Phòng Giáo dục và Đào tạo".into(),
            subject: format!("triển khai nhiệm vụ số {i} về bình đẳng giới năm 2025"),
            superior_plan: i == 0,
        })
        .collect();
    p.lead_in = "Trường Trung học cơ sở Hòa Bình xây dựng Kế hoạch thực hiện công tác bình đẳng giới năm 2025 như sau:".into();
    p.purposes = (0..5)
        .map(|i| format!("Mục đích thứ {i}: nâng cao nhận thức, trách nhiệm của tập thể sư phạm về bình đẳng giới."))
        .collect();
    p.requirements = (0..5)
        .map(|i| {
            format!("Yêu cầu thứ {i}: bám sát chỉ đạo của cấp trên, phù hợp với điều kiện thực tế.")
        })
        .collect();
    let target_ids: Vec<u32> = (0..30).map(|_| next()).collect();
    p.targets = target_ids
        .iter()
        .enumerate()
        .map(|(i, &tid)| Target {
            id: tid,
            what: format!("tham gia hoạt động truyền thông về bình đẳng giới số {i}"),
            group: "học sinh".into(),
            value: format!("{}", 50 + i),
            unit: Unit::Percent,
            by_when: "cuối năm học".into(),
            owner: ROLES[i % ROLES.len()].into(),
        })
        .collect();
    p.task_groups = SubArea::ALL[..10]
        .iter()
        .map(|&area| TaskGroup {
            id: next(),
            area: Some(area),
            title: area.title_vi().into(),
            items: (0..20)
                .map(|j| {
                    let n = j + 1;
                    TaskItem {
                        id: next(),
                        text: TASKS[j % TASKS.len()].replace("{i}", &n.to_string()),
                        timing: format!("tháng {}/2025", 1 + j % 12),
                        lead: ROLES[j % ROLES.len()].into(),
                        participants: "Giáo viên, học sinh".into(),
                        targets: vec![target_ids[j % target_ids.len()]],
                    }
                })
                .collect(),
        })
        .collect();
    p.assignments = (0..30)
        .map(|i| Assignment {
            id: next(),
            role: if i < ROLES.len() {
                ROLES[i].to_string()
            } else {
                format!("Tổ chuyên môn số {i}")
            },
            duties: vec![
                format!("Triển khai kế hoạch đến bộ phận số {i} và theo dõi việc thực hiện."),
                "Báo cáo kết quả với Hiệu trưởng vào cuối mỗi học kỳ.".into(),
            ],
        })
        .collect();
    p.funding = "Kinh phí thực hiện từ nguồn chi thường xuyên của nhà trường.".into();
    p.reports = (0..10)
        .map(|i| ReportDeadline {
            id: next(),
            date: d(2025, 3 + i as u8, 25),
            content: format!("Báo cáo định kỳ số {i}"),
            recipient: "Phòng Giáo dục và Đào tạo".into(),
            channel: "qua thư điện tử".into(),
        })
        .collect();
    p.closing =
        "Trên đây là Kế hoạch thực hiện công tác bình đẳng giới năm 2025 của nhà trường.".into();
    p.recipients = (0..10).map(|i| format!("Tổ chuyên môn số {i}")).collect();
    p.archive_units = "VP".into();
    p.signer = Signer {
        authority: Authority::Kt,
        title: "HIỆU TRƯỞNG".into(),
        deputy_title: "PHÓ HIỆU TRƯỞNG".into(),
        name: "Lê Văn Minh".into(),
    };
    p.next_id = id + 1;
    p
}

fn benches(c: &mut Criterion) {
    let plan = big_plan();
    assert_eq!(plan.item_count(), 20 + 5 + 5 + 30 + 200 + 30 + 10 + 10);
    let report = evaluate(&plan);
    println!(
        "big plan: {} items, {} findings, completeness {} %",
        plan.item_count(),
        report.findings.len(),
        report.completeness
    );
    let json = serde_json::to_string(&plan).expect("serialise");
    println!("big plan JSON: {} bytes", json.len());

    // A ~15-page plan as .docx (our exporter's layout: header and signature
    // tables), read back by the importer: about 370 words a page at 14 pt.
    let mut long = plan.clone();
    long.task_groups.truncate(3);
    let docx = to_docx(&long).expect("docx");
    let words = kehoach_bdg::domain::export::to_text(&long)
        .split_whitespace()
        .count();
    println!(
        "15-page plan: {} words (~{} pages at 370 words a page), .docx {} bytes",
        words,
        words / 370,
        docx.len()
    );
    let read_once = import::read(&docx).expect("reads").remove(0);
    assert_eq!(read_once.recognised.plan.tasks().count(), 60);
    c.bench_function("import::read (.docx, ~15 pages)", |b| {
        b.iter(|| import::read(black_box(&docx)).expect("reads"))
    });
    c.bench_function("import::read + check (.docx, ~15 pages)", |b| {
        b.iter(|| {
            let doc = import::read(black_box(&docx)).expect("reads").remove(0);
            import::check(
                &doc.recognised,
                kehoach_bdg::domain::catalogue::Catalogue::builtin(),
                None,
            )
        })
    });

    c.bench_function("checklist::evaluate (300 items)", |b| {
        b.iter(|| evaluate(black_box(&plan)))
    });
    c.bench_function("serde_json::to_string (300 items)", |b| {
        b.iter(|| serde_json::to_string(black_box(&plan)).expect("serialise"))
    });
    c.bench_function("serde_json::from_str (300 items)", |b| {
        b.iter(|| serde_json::from_str::<Plan>(black_box(&json)).expect("parse"))
    });
}

criterion_group!(domain, benches);
criterion_main!(domain);
