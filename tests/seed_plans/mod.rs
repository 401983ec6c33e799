//! The seed plans of ../shared/seeds, typed by hand into the structured
//! model. TEST DATA ONLY: the sentences below come from real published
//! plans and must never be copied into product code.
//!
//! How the text maps to the model (the same choices for every seed):
//! - The seeds lost their header block: issuer, parent body, ký hiệu and
//!   number stay empty; only 001 kept its date line (place + date).
//! - Kind, level and period are read off the seed (PLAN_CHECKLIST.md §0).
//! - "Căn cứ …"/"Thực hiện …" sentences become citations, split into type,
//!   number, symbol, date, issuer and subject exactly as written (an issuer
//!   the sentence does not name stays empty).
//! - Numbered "1. Title" headings with "- " bullets become task groups; a
//!   flat numbered list becomes one untitled group. Bullets broken over two
//!   paragraphs in the copy are joined.
//! - "Tổ chức thực hiện" items become assignments (role = the unit or title
//!   the item opens with, duties = the rest); report deadlines become
//!   report entries; "./." and the "- Lưu: VT, X." line are produced by the
//!   exporter, so they are not typed (the "X" goes to `archive_units`).
//! - Personal contact details (e-mail, phone) of the seeds are left out.
//!
//! Ids are fixed by range so that tests can name fields: citations 101…,
//! targets 201…, task groups 301…, tasks 401…, assignments 601…, reports
//! 701….

#![allow(dead_code)]

use kehoach_bdg::domain::{
    Assignment, Authority, BasisVerb, Citation, Date, DocType, IssuerLevel, Period, Plan, PlanKind,
    ReportDeadline, Signer, Target, TaskGroup, TaskItem, Unit,
};

fn d(y: u16, m: u8, day: u8) -> Option<Date> {
    Some(Date::new(y, m, day).expect("valid fixture date"))
}

fn s(x: &str) -> String {
    x.to_string()
}

fn strings(xs: &[&str]) -> Vec<String> {
    xs.iter().map(|x| x.to_string()).collect()
}

#[allow(clippy::too_many_arguments)]
fn cit(
    verb: BasisVerb,
    doc_type: DocType,
    number: &str,
    symbol: &str,
    date: Option<Date>,
    issuer: &str,
    subject: &str,
    superior_plan: bool,
) -> Citation {
    Citation {
        id: 0,
        verb,
        doc_type,
        number: s(number),
        symbol: s(symbol),
        date,
        issuer: s(issuer),
        subject: s(subject),
        superior_plan,
    }
}

fn target(what: &str, group: &str, value: &str, unit: Unit) -> Target {
    Target {
        what: s(what),
        group: s(group),
        value: s(value),
        unit,
        ..Target::default()
    }
}

fn group(title: &str, items: &[&str]) -> TaskGroup {
    TaskGroup {
        id: 0,
        area: None,
        title: s(title),
        items: items
            .iter()
            .map(|t| TaskItem {
                text: s(t),
                ..TaskItem::default()
            })
            .collect(),
    }
}

fn assign(role: &str, duties: &[&str]) -> Assignment {
    Assignment {
        id: 0,
        role: s(role),
        duties: strings(duties),
    }
}

fn report(date: Option<Date>, content: &str, recipient: &str, channel: &str) -> ReportDeadline {
    ReportDeadline {
        id: 0,
        date,
        content: s(content),
        recipient: s(recipient),
        channel: s(channel),
    }
}

/// Gives every list item its id from the fixed ranges.
pub fn number_ids(p: &mut Plan) {
    for (i, c) in p.basis.iter_mut().enumerate() {
        c.id = 101 + i as u32;
    }
    for (i, t) in p.targets.iter_mut().enumerate() {
        t.id = 201 + i as u32;
    }
    let mut task = 401;
    for (i, g) in p.task_groups.iter_mut().enumerate() {
        g.id = 301 + i as u32;
        for t in &mut g.items {
            t.id = task;
            task += 1;
        }
    }
    for (i, a) in p.assignments.iter_mut().enumerate() {
        a.id = 601 + i as u32;
    }
    for (i, r) in p.reports.iter_mut().enumerate() {
        r.id = 701 + i as u32;
    }
    for (i, a) in p.appendices.iter_mut().enumerate() {
        a.id = 801 + i as u32;
    }
    p.next_id = 900;
}

fn finish(mut p: Plan) -> Plan {
    number_ids(&mut p);
    p.normalize();
    p
}

/// 000: Sở GD&ĐT Cao Bằng, annual plan for the sector, 2022.
pub fn seed_000() -> Plan {
    let mut p = Plan::new(PlanKind::Annual, IssuerLevel::So);
    p.period = Period::Year { year: 2022 };
    p.title.subject = s("Triển khai thực hiện công tác Bình đẳng giới, Vì sự tiến bộ phụ nữ ngành Giáo dục và Đào tạo năm 2022");
    p.basis = vec![cit(
        BasisVerb::CanCu,
        DocType::KeHoach,
        "865",
        "KH-UBND",
        d(2022, 4, 12),
        "UBND tỉnh Cao Bằng",
        "Thực hiện công tác Bình đẳng giới và Vì sự tiến bộ phụ nữ tỉnh Cao Bằng năm 2022",
        true,
    )];
    p.lead_in = s("Sở Giáo dục và Đào tạo xây dựng kế hoạch triển khai thực hiện công tác Bình đẳng giới, Vì sự tiến bộ phụ nữ ngành Giáo dục và Đào tạo (GD&ĐT) năm 2022, cụ thể như sau:");
    p.purposes = strings(&[
        "Tiếp tục tăng cường sự lãnh đạo của Đảng, chính quyền, đoàn thể, cơ quan, đơn vị, sự tham gia của mỗi cá nhân trong ngành GD&ĐT đối với công tác BDG, VSTBPN nhằm tạo bước chuyển biến mạnh mẽ về nhận thức, thúc đẩy toàn ngành GD&ĐT thay đổi hành vi về BDG và VSTBPN.",
        "Nâng cao nhận thức, trách nhiệm lãnh đạo của người đứng đầu các cơ quan, đơn vị đối với công tác BDG và VSTBPN nhằm thực hiện có hiệu quả các mục tiêu Chiến lược quốc gia về bình đẳng giới năm 2021.",
    ]);
    p.task_groups = vec![group(
        "",
        &[
            "Tăng cường phối hợp với các cơ quan, đơn vị có liên quan các cấp trong thực hiện công tác BDG và VSTBPN.",
            "Tích cực tăng cường, phổ biến chính sách, pháp luật về BDG và VSTBPN phòng ngừa và ứng phó với bạo lực trên cơ sở giới.",
            "Đa dạng hoá các hoạt động truyền thông, nâng cao nhận thức, thực hành về BDG và VSTBPN trong cơ quan, đơn vị, các cơ sở giáo dục; tiếp tục lồng ghép nội dung BDG, VSTBPN vào các bài giảng, đưa nội dung BDG, VSTBPN vào các hoạt động ngoài giờ lên lớp, hoạt động ngoại khóa, hoạt động dưới Cờ.",
            "Tổ chức các hoạt động hưởng ứng Tháng hành động phòng, chống bạo lực gia đình (Tháng 6), Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới từ ngày 15/11 - 15/12, Ngày Thế giới xóa bỏ bạo lực chống lại phụ nữ 25/11,...",
            "Tổ chức tuyên truyền, phổ biến và triển khai những nội dung mới về BĐG trong Bộ Luật lao động năm 2019; tiếp tục tuyên truyền sâu rộng Đề án 938/QĐ-TTg trong toàn Ngành.",
            "Rà soát, xây dựng và thường xuyên đánh giá quá trình hoạt động của các mô hình về BĐG và VSTBPN; tiếp tục triển khai các mô hình phòng tư vấn, tổ tư vấn học đường, tăng cường hoạt động tư vấn tâm lý cho học sinh, đặc biệt trong thời gian thực hiện các biện pháp phòng chống dịch bệnh COVID-19, giãn cách xã hội giúp học sinh ổn định tâm lý, chuyên tâm học tập; bố trí kinh phí để duy trì, nhân rộng và nâng cao chất lượng triển khai các mô hình, hoạt động thúc đẩy BĐG và VSTBPN.",
            "Chú trọng quan tâm, theo dõi quá trình học tập và rèn luyện của trẻ em, học sinh nữ trong các nhà trường; thường xuyên giáo dục kỹ năng sống trong học sinh, sinh viên nhằm ngăn chặn tình trạng bạo lực học đường; phối hợp chặt chẽ với gia đình trẻ em, học sinh trong việc quan tâm, giáo dục giới tính, kỹ năng phòng ngừa bạo lực, xâm hại, quấy rối, mối giới hôn nhân, mua bán người, ...",
            "Phối hợp với các cơ quan chức năng trong việc làm rõ tình hình và kiến nghị xử lý các vụ việc bạo lực, quấy rối, xâm hại phụ nữ và trẻ em gái, môi giới hôn nhân có yếu tố nước ngoài, mua bán người, ... liên quan đến cơ quan, đơn vị; có phương án bảo vệ, hỗ trợ kịp thời nạn nhân bị xâm hại, bạo lực, đồng thời theo dõi việc giải quyết các vụ việc.",
            "Triển khai hiệu quả các nhiệm vụ thường xuyên của Ban VSTBPN; tạo mọi điều kiện thuận lợi cho thành viên Ban VSTBPN các cấp, cán bộ, công chức, viên chức trực tiếp làm công tác BĐG và VSTBPN tham gia các lớp bồi dưỡng nghiệp vụ công tác BĐG và VSTBPN do địa phương, ngành, tỉnh, trung ương tổ chức; tổ chức các hội thảo chuyên đề, tọa đàm, ..., tạo diễn đàn để trao đổi thông tin, chia sẻ kinh nghiệm trong công tác BĐG và VSTBPN.",
            "Tạo mọi điều kiện thuận lợi cho cán bộ, công chức, viên chức, người lao động là nữ được tham gia học tập, bồi dưỡng nâng cao trình độ chuyên môn, nghiệp vụ; được tham gia các diễn đàn, chia sẻ kinh nghiệm về kỹ năng bảo vệ, chăm sóc bản thân và gia đình; được trang bị nhiều kiến thức xã hội và được truyền động lực chủ động, tự tin tham gia giải quyết một số vấn đề xã hội liên quan đến phụ nữ.",
            "Thực hiện nghiêm chế độ thông tin, báo cáo về công tác BĐG và VSTBPN; chủ động đề xuất các giải pháp nâng cao năng lực và hiệu quả quản lý nhà nước về bình đẳng giới; khen thưởng, biểu dương, ca ngợi kịp thời các cá nhân, cơ quan, đơn vị có thành tích xuất sắc trong triển khai thực hiện công tác BĐG và VSTBPN và phòng, chống bạo lực trên cơ sở giới.",
            "Làm tốt công tác kiểm tra, đánh giá việc triển khai thực hiện công tác BĐG và VSTBPN.",
            "Trong quá trình triển khai, cần linh hoạt áp dụng các hình thức tổ chức phù hợp với bối cảnh dịch bệnh COVID-19 và đảm bảo các yêu cầu về các biện pháp phòng, chống dịch theo quy định.",
        ],
    )];
    p.assignments = vec![
        assign(
            "Văn phòng, Sở GD&ĐT",
            &["Chủ trì tham mưu thực hiện công tác BDG và VSTBPN trong toàn ngành GD&ĐT."],
        ),
        assign(
            "Các đơn vị trực thuộc Sở GD&ĐT, Phòng GD&ĐT các huyện, thành phố",
            &["Xây dựng kế hoạch thực hiện công tác BDG và VSTBPN năm 2022; tiến hành kiểm tra đánh giá kết quả thực hiện và báo cáo kết quả thực hiện về Sở GD&ĐT (ngày 05/12/2022)."],
        ),
    ];
    p.reports = vec![report(
        d(2022, 12, 5),
        "Báo cáo kết quả thực hiện",
        "Sở GD&ĐT",
        "",
    )];
    p.closing = s("Trên đây là Kế hoạch thực hiện công tác BDG, VSTBPN ngành GD&ĐT năm 2022.");
    p.recipients = strings(&[
        "UBND tỉnh",
        "Sở Lao động - Thương binh và Xã hội",
        "Hội Liên hiệp phụ nữ tỉnh",
        "Vụ TCCB, Bộ GD&ĐT",
        "Khối GƯTĐ 3",
        "Công đoàn ngành",
        "Các phòng GD&ĐT",
        "Các đơn vị trực thuộc Sở",
        "Website Sở GD&ĐT",
    ]);
    p.archive_units = s("VP");
    p.signer = Signer {
        authority: Authority::Kt,
        title: s("GIÁM ĐỐC"),
        deputy_title: s("PHÓ GIÁM ĐỐC"),
        name: s("Đàm Thị Trung Thu"),
    };
    finish(p)
}

/// 001: Trường Tiểu học Thịnh Quang (Hà Nội), annual school plan, 2022.
pub fn seed_001() -> Plan {
    let mut p = Plan::new(PlanKind::Annual, IssuerLevel::TieuHoc);
    p.period = Period::Year { year: 2022 };
    p.header.place = s("Thịnh Quang");
    p.header.date = d(2022, 3, 24);
    p.title.subject = s("Hành động vì sự tiến bộ phụ nữ và bình đẳng giới năm 2022");
    p.basis = vec![
        cit(
            BasisVerb::CanCu,
            DocType::KeHoach,
            "605",
            "KH-BVSTBPN",
            d(2022, 3, 11),
            "Ban Vì sự tiến bộ phụ nữ ngành Giáo dục và Đào tạo",
            "Hành động vì sự tiến bộ phụ nữ và bình đẳng giới giai đoạn 2021-2030 ngành Giáo dục và Đào tạo Hà Nội",
            true,
        ),
        cit(
            BasisVerb::CanCu,
            DocType::KeHoach,
            "22",
            "KH-PGDĐT",
            d(2022, 3, 22),
            "",
            "kế hoạch Hành động vì sự tiến bộ phụ nữ và bình đẳng giới giai đoạn 2021-2030 ngành Giáo dục và Đào tạo quận Đống Đa",
            true,
        ),
        cit(
            BasisVerb::CanCu,
            DocType::KeHoach,
            "29",
            "KH-THTQ",
            d(2022, 3, 24),
            "",
            "kế hoạch Hành động vì sự tiến bộ phụ nữ và bình đẳng giới giai đoạn 2021-2030 của trường Tiểu học Thịnh Quang",
            false,
        ),
    ];
    p.lead_in = s("Trường Tiểu học Thịnh Quang xây dựng Kế hoạch Hành động vì sự tiến bộ phụ nữ và bình đẳng giới năm 2022 như sau:");
    // "I. MỤC TIÊU": one target per number ("Mục tiêu 1" … "Mục tiêu 5").
    p.targets = vec![
        // Mục tiêu 1: names no group for its one activity.
        target(
            "tổ chức hoạt động tìm hiểu về bình đẳng giới",
            "",
            "01",
            Unit::HoatDong,
        ),
        target(
            "hoàn thành chương trình tiểu học",
            "trẻ em trai và gái dân tộc thiểu số trong trường",
            "100",
            Unit::Percent,
        ),
        target(
            "được đào tạo, tập huấn nâng cao năng lực",
            "nữ viên chức trong quy hoạch các chức danh lãnh đạo, quản lý",
            "100",
            Unit::Percent,
        ),
        // "tỷ lệ nữ thạc sĩ đạt 5%": of whom is not said.
        target("tỷ lệ nữ thạc sĩ", "", "5", Unit::Percent),
        target(
            "được tiếp cận các vấn đề giới, bình đẳng giới thông qua các tài liệu, sự kiện truyền thông",
            "phụ huynh học sinh",
            "100",
            Unit::Luot,
        ),
        target(
            "được tiếp cận các vấn đề giới, bình đẳng giới thông qua các tài liệu, sự kiện truyền thông",
            "học sinh",
            "1000",
            Unit::Luot,
        ),
        target(
            "được tập huấn trở thành đội ngũ truyền thông về giới, bình đẳng giới",
            "cán bộ, giáo viên",
            "40",
            Unit::Luot,
        ),
        target(
            "được tập huấn nghiệp vụ, kỹ năng hoạt động liên quan tới nâng cao năng lực về bình đẳng giới và vì sự tiến bộ phụ nữ",
            "thành viên Ban Vì sự tiến bộ phụ nữ nhà trường",
            "20",
            Unit::Percent,
        ),
    ];
    p.task_groups = vec![
        group(
            "Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền",
            &[
                "Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền đối với công tác cán bộ nữ. Tạo cơ hội cho phụ nữ tham gia hoạch định các chính sách vĩ mô, góp phần cải thiện điều kiện sống và làm việc, nâng cao sức khỏe và phát huy trí tuệ, năng lực của phụ nữ trên các lĩnh vực của đời sống xã hội; bảo đảm sự tham gia bình đẳng của phụ nữ.",
                "Tiếp tục củng cố, nâng cao chất lượng hoạt động của Ban Vì sự tiến bộ phụ nữ, triển khai thực hiện có hiệu quả các chương trình, đề án về bình đẳng giới và vì sự tiến bộ phụ nữ.",
            ],
        ),
        group(
            "Xây dựng và ban hành các văn bản, tài liệu, nội dung về bình đẳng giới và thực hiện lồng ghép vấn đề bình đẳng giới",
            &[
                "Xây dựng nội dung về giới, bình đẳng giới, giới tính, sức khỏe sinh sản vào giảng dạy trong các lớp học",
                "Đổi mới chương trình giáo dục và đào tạo, phương pháp giảng dạy theo hướng tinh giản, hiện đại, thiết thực; chú trọng các kỹ năng mềm cho người học.",
                "Tổ chức bồi dưỡng kiến thức, kỹ năng cho giáo viên, nhân viên y tế trong trường học về sức khỏe giới tính, bình đẳng giới; phòng chống bạo lực học đường, xâm hại trẻ em",
                "Đổi mới phương pháp, hình thức dạy học nội dung về giới, bình đẳng giới, giới tính, sức khỏe sinh sản.",
            ],
        ),
        group(
            "Tăng cường cung cấp thông tin, tuyên truyền, phổ biến pháp luật, chính sách và kết quả thực hiện công tác bình đẳng giới nhằm nâng cao nhận thức, thay đổi hành vi và trách nhiệm về thực hiện bình đẳng giới tại trường",
            &[
                "Triển khai hiệu quả công tác truyền thông về việc thực hiện chương trình truyền thông về bình đẳng giới; tuyên truyền; người đứng đầu trong việc thực hiện chính sách, pháp luật về bình đẳng giới và công tác cán bộ nữ. Đối với nội dung, hình thức, phương pháp và nâng cao hiệu quả công tác thông tin, tuyên truyền trên các phương tiện thông tin đại chúng.",
                "Xây dựng kế hoạch, triển khai thực hiện Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới đảm bảo hiệu quả, sáng tạo, tiết kiệm, có sức lan tỏa; xây dựng, triển khai kế hoạch truyền thông gắn sự kiện này.",
                "Tăng cường các chương trình giáo dục, tuyên truyền, chăm sóc sức khỏe, phát triển thể chất, nâng cao thể lực cho trẻ em, học sinh đáp ứng mục tiêu của Đề án “Phát triển thể lực, tầm vóc người Việt Nam giai đoạn 2011-2030”.",
                "Đa dạng hóa các loại hình, các hoạt động truyền thông trực tiếp, gián tiếp phù hợp với từng nhóm đối tượng; Huy động sự tham gia của những người có uy tín trong cộng đồng, nam giới, thanh thiếu niên tham gia thúc đẩy bình đẳng giới và xóa bỏ bạo lực trên cơ sở giới.",
                "Tuyên truyền giới thiệu mô hình tiêu biểu, nhân rộng những điển hình tốt, người có uy tín, ảnh hưởng tích cực trong trường và cộng đồng, thu hút sự tham gia của nam phụ huynh, học sinh nam trong thực hiện bình đẳng giới.",
                "Tăng cường truyền thông về luật pháp, chính sách và những thành tựu, kết quả về bình đẳng giới của Hà Nội, Việt Nam, phản bác những thông tin sai lệch về các chính sách của Đảng, Nhà nước, Thành phố về bình đẳng giới.",
                "Tăng cường tổ chức các hoạt động truyền thông trong các đợt cao điểm, ngày Lễ hàng năm như: Ngày Quốc tế phụ nữ (8/3), Ngày Quốc tế hạnh phúc (20/3), ngày Gia đình Việt Nam (28/6), Tháng hành động vì bình đẳng giới và phòng chống bạo lực trên cơ sở giới” (từ ngày 15/11 đến ngày 15/12).",
                "Đổi mới về hình thức và phương thức truyền thông, đẩy mạnh ứng dụng công nghệ và nền tảng số, đa dạng hóa các loại hình, sản phẩm trong công tác truyền thông về bình đẳng giới. Chú trọng đưa thông điệp bình đẳng giới vào các sản phẩm truyền thông phù hợp, sáng tạo, hiệu quả và có tính lan tỏa tốt.",
                "Đa dạng hóa các hình thức truyền thông, tổ chức các hoạt động truyền thông phù hợp; tăng cường ứng dụng công nghệ thông tin trong tổ chức các hoạt động truyền thông nhằm tăng hiệu quả và đáp ứng yêu cầu thực tiễn.",
            ],
        ),
        // A heading without bullets in the seed.
        group(
            "Đầu tư trang thiết bị phục vụ công tác truyền thông, chú trọng đến hình thức trực tuyến trong tình hình dịch bệnh",
            &[],
        ),
        group(
            "Tăng cường phối hợp tổ chức các phong trào thi đua yêu nước nhằm tạo động lực cho phụ nữ phát huy vai trò nòng cốt trong xây dựng gia đình no ấm, bình đẳng, tiến bộ, hạnh phúc",
            &[
                "Tập trung triển khai hiệu quả Phong trào thi đua “Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập”; Phong trào thi đua “Giỏi việc trường - Đảm việc nhà” gắn với phong trào “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình no ấm, bình đẳng, tiến bộ, hạnh phúc”; cuộc vận động “Mỗi thầy giáo, cô giáo là một tấm gương đạo đức, tự học và sáng tạo” gắn với việc thực hiện Chỉ thị số 05-CT/TW về đẩy mạnh học tập, làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
                "Mở rộng và đẩy mạnh công tác giáo dục về bình đẳng giới trong gia đình, nhà trường, cộng đồng và thúc đẩy sự tham gia của trẻ em. Thúc đẩy bình đẳng giới trong các hoạt động truyền thông, giáo dục đạo đức, lối sống trong gia đình, tại nhà trường và cộng đồng. Chú trọng tuyên truyền, nâng cao chất lượng công tác bình xét, công nhận danh hiệu “Gia đình văn hóa”; nhân rộng các mô hình: “Gia đình văn hóa tiêu biểu”, “Ông bà mẫu mực, con cháu thảo hiền”, “Gia đình no ấm, bình đẳng, tiến bộ, hạnh phúc”.",
                "Tiếp tục chỉ đạo triển khai Kế hoạch số 1506/KH-BGDĐT ngày 31/5/2019 thực hiện Đề án “Xây dựng văn hóa ứng xử trong trường học giai đoạn 2018 - 2025” theo Quyết định số 1299/QĐ-TTg của Thủ tướng Chính phủ; Kế hoạch số 103/KH-CDN ngày 02/4/2019 của Công đoàn Giáo dục Việt Nam về nâng cao năng lực ứng xử sư phạm, đạo đức nhà giáo, thực hiện bộ quy tắc ứng xử trong các nhà trường; đẩy mạnh việc thực hiện Quy tắc ứng xử của cán bộ công chức, viên chức, người lao động của cơ quan. Xây dựng phong cách ứng xử chuẩn mực của cán bộ, đảng viên, công chức, viên chức của Sở trong hoạt động công vụ, góp phần xây dựng đội ngũ cán bộ, đảng viên, công chức, viên chức, người lao động có văn hóa, có phẩm chất đạo đức tốt, hoàn thành xuất sắc nhiệm vụ được giao.",
                "Xây dựng, thực hiện chương trình hợp tác với các tổ chức để triển khai hoạt động truyền thông liên quan đến công tác bình đẳng giới và sự tiến bộ của phụ nữ.",
                "Tổ chức các hoạt động tôn vinh các tấm gương tốt, điển hình về lãnh đạo quản lý nữ thành công ở ngành giáo dục, trên địa bàn nhằm tạo dư luận xã hội ủng hộ phụ nữ tham gia lãnh đạo.",
                "Tăng cường hợp tác quốc tế về sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý thông qua trao đổi, học tập kinh nghiệm; huy động nguồn viện trợ và các nguồn tài chính hợp pháp để thực hiện Chương trình.",
                "Tổ chức khen thưởng, biểu dương kịp thời các cá nhân, tập thể có thành tích xuất sắc trong các phong trào thi đua, cuộc vận động, trong công tác bình đẳng giới, vì sự tiến bộ phụ nữ và phòng, chống bạo lực trên cơ sở giới.",
            ],
        ),
        group(
            "Bảo đảm nền giáo dục có chất lượng, công bằng, toàn diện và thúc đẩy cơ hội học tập suốt đời cho mọi người",
            &[
                "Triển khai có chất lượng và hiệu quả chương trình giáo dục phổ thông 2018; đổi mới phương pháp và đa dạng hóa hình thức dạy học theo hướng phát triển phẩm chất, năng lực cho học sinh, tạo điều kiện cho học sinh được tiếp cận khai thác các nguồn học liệu đa dạng, phong phú; phát triển khả năng tự học và ý thức học tập suốt đời; khả năng lựa chọn nghề nghiệp phù hợp với năng lực, sở thích, điều kiện hoàn cảnh của bản thân; những phẩm chất, năng lực cần thiết đối với người lao động, ý thức và nhân cách công dân; khả năng thích ứng với những đổi thay trong bối cảnh toàn cầu hoá và hội nhập quốc tế.",
                "Đẩy mạnh xây dựng xã hội học tập theo Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án \"Xây dựng xã hội học tập giai đoạn 2021 - 2030\";",
                "Quan tâm đáp ứng nhu cầu học tập của người dân tộc thiểu số, người khuyết tật, trẻ mồ côi, trẻ em không nơi nương tựa, người thuộc hộ nghèo, hộ cận nghèo; bảo đảm công bằng trong tiếp cận dịch vụ giáo dục có chất lượng.",
            ],
        ),
        group(
            "Nâng cao chất lượng nguồn nhân lực, xây dựng đội ngũ cán bộ nữ có trình độ chuyên môn, nghiệp vụ, năng lực lãnh đạo, quản lý đáp ứng yêu cầu đổi mới",
            &[
                "Tiếp tục triển khai có hiệu quả Quyết định số 732/QĐ-TTg ngày 29/4/2016 của Thủ tướng Chính phủ phê duyệt Đề án “Đào tạo, bồi dưỡng nhà giáo và cán bộ quản lý cơ sở giáo dục đáp ứng yêu cầu đổi mới căn bản, toàn diện giáo dục phổ thông giai đoạn 2016 - 2020, định hướng đến năm 2025”; đào tạo, bồi dưỡng giáo viên đạt chuẩn đào tạo theo quy định tại Luật Giáo dục 2019; thực hiện lộ trình nâng trình độ chuẩn của giáo viên mầm non, phổ thông theo quy định tại Nghị định số 71/2020/NĐ-CP ngày 30/6/2020 của Chính phủ.",
                "Tiếp tục xây dựng đội ngũ nhà giáo và cán bộ quản lý giáo dục bảo đảm về chất lượng, hợp lý về cơ cấu, đáp ứng yêu cầu đổi mới căn bản, toàn diện giáo dục.",
                "Tham gia mạng lưới, nhóm phụ nữ trong các vị trí lãnh đạo, quản lý và tổ chức các hoạt động kết nối nhằm chia sẻ kinh nghiệm và nâng cao năng lực lãnh đạo, quản lý của cán bộ.",
            ],
        ),
        group(
            "Đẩy mạnh tập huấn, kiểm tra để thực hiện tốt công tác bình đẳng giới và vì sự tiến bộ phụ nữ",
            &[
                "Tổ chức tập huấn kiến thức giới, bình đẳng giới và kỹ năng lồng ghép giới trong việc lập kế hoạch và thực thi chính sách cho cán bộ quản lý về bình đẳng giới, cán bộ làm công tác bình đẳng giới và thành viên Ban Vì sự tiến bộ phụ nữ nhà trường.",
                "Tham gia các chương trình bồi dưỡng, tập huấn nâng cao năng lực cho đội ngũ nữ cán bộ, viên chức; nữ lãnh đạo quản lý.",
                "Tăng cường công tác phối hợp nhằm tổ chức thực hiện có hiệu quả các chủ trương, chính sách, pháp luật vì sự tiến bộ phụ nữ và bình đẳng giới.",
                "Tăng cường kiểm tra, đôn đốc thực hiện chính sách, pháp luật vì sự tiến bộ phụ nữ và bình đẳng giới.",
            ],
        ),
        // "III. TỔ CHỨC THỰC HIỆN / 1. Quy trình thực hiện": steps of the
        // school as a whole, with no role to assign them to; kept as a task
        // group. Its funding sentence goes to `funding`.
        group(
            "Quy trình thực hiện",
            &[
                "Thành lập Ban Vì sự tiến bộ phụ nữ; kiện toàn tổ chức và hoạt động Ban vì sự tiến bộ phụ nữ kịp thời khi có thay đổi về nhân sự.",
                "Căn cứ kế hoạch chung phòng Giáo dục và Đào tạo quận Đống Đa cùng các văn bản hướng dẫn của cơ quan nhà nước cấp trên, xây dựng kế hoạch Hành động vì sự tiến bộ phụ nữ. Công bố Kế hoạch trên trang thông tin điện tử của nhà trường",
                "Tổ chức triển khai, thực hiện kế hoạch tại nhà trường.",
                "Tích cực triển khai hoạt động truyền thông liên quan đến công tác bình đẳng giới và sự tiến bộ của phụ nữ.",
            ],
        ),
    ];
    p.assignments = vec![
        assign("Trưởng ban", &["Triển khai Kế hoạch đến cán bộ, giáo viên, nhân viên. Xây dựng và tổ chức thực hiện Kế hoạch của nhà trường đến các lớp, các tổ chức đoàn thể trong nhà trường; truyền thông trên Facebook trường; tìm hiểu và mời các cá nhân có uy tín, năng lực đến giao lưu; bố trí nguồn kinh phí."]),
        assign("Phó trưởng ban", &["Xây dựng nội dung dạy lồng ghép trong các tiết học; truyền thông trên website trường; theo dõi và đề xuất các cá nhân, tập thể có thành tích."]),
        assign("Tổng phụ trách", &["Xây dựng nội dung truyền thông, triển khai đến các lớp"]),
        assign("Bí thư chi đoàn", &["Tổ chức các hoạt động thiết thực, vui tươi cho học sinh"]),
        assign("Chủ tịch công đoàn", &["Theo dõi đảm bảo quyền lợi cho người lao động, đề xuất các hoạt động nhằm thực hiện bình đẳng giới, tôn vinh người phụ nữ, các cá nhân, tập thể có thành tích"]),
        assign("Trưởng ban đại diện CMHS trường", &["Phối hợp với nhà trường tuyên truyền về bình đẳng giới, vì sự tiến bộ của phụ nữ"]),
        assign("CB, GV, NV", &["Triển khai đầy đủ nội dung kế hoạch của nhà trường đến cán bộ giáo viên trong tổ chức đoàn thể của mình, các lớp học do mình phụ trách."]),
    ];
    p.funding = s("Bố trí nguồn kinh phí cho hoạt động theo qui định.");
    p.reports = vec![
        report(
            d(2022, 6, 10),
            "Báo cáo kết quả tổ chức triển khai Kế hoạch",
            "Phòng GDĐT",
            "qua email",
        ),
        report(
            d(2022, 12, 20),
            "Báo cáo kết quả tổ chức triển khai Kế hoạch",
            "Phòng GDĐT",
            "qua email",
        ),
    ];
    p.closing = s("Trên đây là Kế hoạch Hành động về sự tiến bộ phụ nữ và bình đẳng giới năm của trường Tiểu học Thịnh Quang. Kế hoạch này, nếu có vướng mắc, phát sinh cần sửa đổi, bổ sung những nội dung, nhiệm vụ cụ thể, các bộ phận chủ động báo cáo về Hiệu trưởng nhà trường xem xét điều chỉnh để đảm bảo các điều kiện cần thiết, thực hiện có hiệu quả và đồng bộ.");
    p.recipients = strings(&["Phòng GDĐT (để b/c)"]);
    p.signer = Signer {
        authority: Authority::None,
        title: s("HIỆU TRƯỞNG"),
        deputy_title: s(""),
        // "(đã kí)" of the web copy is not part of the layout.
        name: s("Trần Thị Lan Hương"),
    };
    finish(p)
}

/// 003: Trường Cao đẳng nghề An Giang, annual plan, 2021. The copy ends
/// after "Tổ chức thực hiện": no closing, recipients or signature.
pub fn seed_003() -> Plan {
    let mut p = Plan::new(PlanKind::Annual, IssuerLevel::CaoDang);
    p.period = Period::Year { year: 2021 };
    p.title.subject = s("Hoạt động vì sự tiến bộ của phụ nữ và bình đẳng giới năm 2021");
    p.basis = vec![cit(
        BasisVerb::CanCu,
        DocType::KeHoach,
        "67",
        "KH-UBND",
        d(2021, 2, 8),
        "Ủy ban nhân dân tỉnh An Giang",
        "xây dựng kế hoạch vì sự tiến bộ của phụ nữ và bình đẳng giới năm 2021",
        true,
    )];
    p.lead_in = s("Trường Cao đẳng nghề An Giang xây dựng Kế hoạch hoạt động vì sự tiến bộ của phụ nữ (VSTBPN) và bình đẳng giới (BĐG) năm 2021, như sau:");
    p.purposes = strings(&[
        "Tăng cường sự lãnh đạo, chỉ đạo của Đảng, chính quyền, đoàn thể, tiếp tục thực hiện các mục tiêu, chỉ tiêu của Chiến lược quốc gia về BĐG và Chương trình hành động quốc gia về BĐG trên địa bàn tỉnh An Giang; nâng cao hiệu quả quản lý nhà nước đối với công tác BĐG và VSTBPN tại địa phương.",
        "Đẩy mạnh công tác tuyên truyền, phổ biến và vận động giảng viên, nhân viên thực hiện chủ trương, chính sách của Đảng, pháp luật của Nhà nước và của tỉnh liên quan đến BĐG và vì VSTBPN.",
    ]);
    p.task_groups = vec![
        group(
            "Tuyên truyền, phổ biến, giáo dục chính sách, pháp luật về bình đẳng giới và vì sự tiến bộ của phụ nữ",
            &[
                "Tiếp tục đẩy mạnh công tác tuyên truyền thực hiện Luật Bình đẳng giới; Bộ luật Lao động (sửa đổi) năm 2019, đặc biệt quan tâm đến nội dung mới về BĐG; Luật Phòng, chống bạo lực gia đình; Chỉ thị số 21-CT/TW ngày 20 tháng 01 năm 2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới; Chỉ thị số 37-CT/TW về công tác cán bộ nữ; Chỉ thị số 22-CT/TU ngày 20 tháng 11 năm 2013 của Ban Thường vụ Tỉnh ủy về việc tăng cường sự lãnh đạo của các cấp ủy Đảng đối với công tác BĐG.",
                "Tăng cường truyền thông về bình đẳng giới nhằm nâng cao nhận thức, trách nhiệm, sự đồng thuận, ủng hộ về lợi ích, sự cần thiết về việc phụ nữ tham gia vào các vị trí lãnh đạo, quản lý và tầm quan trọng của công tác cán bộ nữ, quy hoạch cán bộ nữ, từ đó đảm bảo sự bình đẳng của phụ nữ, hướng tới thúc đẩy BĐG trong lĩnh vực chính trị.",
                "Lồng ghép hoạt động thông tin, tuyên truyền về BĐG thông qua các hội nghị, hội thảo, tọa đàm, tập huấn.",
                "Tăng cường tổ chức truyền thông, nâng cao chất lượng tin, bài tuyên truyền trên trang thông tin điện tử và fanpage của Trường. Chú trọng đưa thông điệp BĐ vào các sản phẩm truyền thông và phương tiện truyền thông phù hợp, sáng tạo, hiệu quả.",
            ],
        ),
        group(
            "Nâng cao năng lực thực hiện công tác bình đẳng giới",
            &[
                "Tăng cường vai trò lãnh đạo của cấp ủy Đảng, Thủ trưởng đơn vị, vai trò của tổ chức đoàn thể đối với những vấn đề liên quan đến nữ viên chức, người lao động; quan tâm và tạo mọi điều iện để hơi dậy tiềm năng, trí tuệ, sức sáng tạo của đội ng nữ cán bộ, công chức, viên chức để phát huy vai trò, vị thế của mình trong công tác.",
                "Đảm bảo thành viên các Ban soạn thảo, Tổ biên tập xây dựng văn bản quy phạm pháp luật và các chương trình, đề án có nội dung liên quan đến BĐG được tập huấn iến thức về giới, phân tích và lồng ghép giới.",
                "Vận động sự tham gia tích cực của các cấp, các ban, ngành, đoàn thể, các tổ chức, cộng đồng, gia đình và trẻ em nhằm nâng cao nhận thức, cam kết trách nhiệm và chuyển đổi hành vi tích cực trong công tác BĐG, VSTBPN.",
            ],
        ),
        group(
            "Tiếp tục tổ chức thực hiện hiệu quả các chính sách, Quyết định, Chương trình, Kế hoạch của Thủ tướng Chính phủ và UBND tỉnh về c ng tác bình đẳng giới và vì sự tiến bộ của phụ nữ",
            &[
                "Đẩy mạnh việc lồng ghép yếu tố giới trong hoạch định chính sách và thực hiện các chương trình phát triển kinh tế -xã hội của tỉnh và của đơn vị, tăng cường sự tham gia của phụ nữ trong từng lĩnh vực, chăm lo quyền lợi, đời sống của phụ nữ.",
                "Tiếp tục rà soát, thu thập các số liệu thống kê tách biệt giới thuộc lĩnh vực quản lý nhà nước của ngành và trong phạm vi đơn vị tổng hợp báo cáo kết quả thực hiện các mục tiêu quốc gia về BĐG và VSTBPN.",
                "Tiếp tục thực hiện các hoạt động của Dự án Hỗ trợ thực hiện các mục tiêu quốc gia về BĐG thuộc chương trình mục tiêu phát triển hệ thống trợ giúp xã hội giai đoạn mới.",
                "Tiếp tục thực hiện Tăng cường vai trò lãnh đạo cấp ủy Đảng các cấp đối với công tác cán bộ nữ, cụ thể là việc chỉ đạo thực hiện Chỉ thị số 37-CT/TW về công tác cán bộ nữ; Chỉ thị số 22-CT/TU ngày 20 tháng 11 năm 2013 của Ban Thường vụ Tỉnh ủy về việc tăng cường sự lãnh đạo của các cấp ủy Đảng đối với công tác BĐG. Quan tâm rà soát, đánh giá tình hình cán bộ nữ tham gia quản lý, lãnh đạo, xây dựng kế hoạch đào tạo, bồi dưỡng, quy hoạch và sử dụng cán bộ nữ theo lộ trình phù hợp với điều kiện của cơ quan, đơn vị và đưa ra các giải pháp, đề xuất, kiến nghị theo hướng ưu tiên bố trí cán bộ nữ vào các vị trí quản lý, lãnh đạo cho nhiệm kỳ tới.",
            ],
        ),
        group(
            "Tổ chức Tháng hành động về bình đẳng giới và phòng chống bạo lực trên cơ sở giới từ 15/11 đến 15/12 (Tháng hành động).",
            &[
                "Xây dựng kế hoạch, nội dung cho Tháng hành động theo hướng dẫn của Bộ Lao động - Thương binh và Xã hội.",
                "Tổ chức tuyên truyền có trọng tâm, trọng điểm, phù hợp với đơn vị trường học.",
                "Huy động đông đảo sự tham gia trực tiếp của giảng viên, nhân viên, HSSV và người lao động trong toàn đơn vị.",
            ],
        ),
    ];
    p.assignments = vec![
        assign("Lãnh đạo các đơn vị phòng, khoa", &["Căn cứ vào kế hoạch này tùy theo chức năng, nhiệm vụ đơn vị mình thực hiện tuyên truyền cho toàn thể viên chức được biết và thực hiện."]),
        assign("Phòng Tổ chức – Hành chính", &["Ban hành kế hoạch triển khai thực hiện và Tuyên truyền trong toàn thể cán bộ, giáo viên nhân viên trong toàn Trường."]),
        assign("Công đoàn cơ sở", &["Phối hợp cùng lãnh đạo các phòng, khoa quan tâm theo dõi, đôn đốc thực hiện ế hoạch này."]),
        assign("Tổ truyền thông", &["Chịu trách nhiệm đăng kế hoạch và các hoạt động có quan (nếu có) lên cổng thông tin điện tử của trường."]),
    ];
    // "Các phòng, khoa báo cáo kết quả … lồng ghép vào báo cáo tháng 6 của
    // phòng, khoa mình": no date and no recipient in the seed.
    p.reports = vec![report(
        None,
        "Báo cáo kết quả thực hiện công tác tuyên truyền, lồng ghép vào báo cáo tháng 6 của phòng, khoa",
        "",
        "",
    )];
    finish(p)
}

/// 004: Phòng GD&ĐT Quận 8 (TP. Hồ Chí Minh), "Bình đẳng giới và Trẻ em"
/// plan, 2023.
pub fn seed_004() -> Plan {
    let mut p = Plan::new(PlanKind::GenderAndChildren, IssuerLevel::Phong);
    p.period = Period::Year { year: 2023 };
    p.title.subject = s(
        "Triển khai công tác Bình đẳng giới và Trẻ em Ngành giáo dục trên địa bàn Quận 8 năm 2023",
    );
    p.basis = vec![cit(
        BasisVerb::ThucHien,
        DocType::KeHoach,
        "112",
        "KH-UBND",
        d(2023, 4, 11),
        "Ủy ban nhân dân Quận 8",
        "Kế hoạch triển khai công tác Bình đẳng giới và Trẻ em Ngành Lao động - Thương binh và Xã hội trên địa bàn Quận 8 năm 2023",
        true,
    )];
    p.lead_in = s("Phòng Giáo dục và Đào tạo xây dựng Kế hoạch triển khai công tác Bình đẳng giới và Trẻ em Ngành giáo dục trên địa bàn Quận 8 năm 2023 với các nội dung cụ thể như sau:");
    p.purposes = strings(&[
        "Nhằm đảm bảo thực hiện tốt chủ đề năm 2023 của Thành phố “Nâng cao hiệu quả hoạt động công vụ, đẩy mạnh cải cách hành chính và cải thiện môi trường đầu tư, thúc đẩy phát triển kinh tế, đảm bảo an sinh xã hội” và chủ đề năm của Sở Lao động - Thương binh và Xã hội “Đoàn kết - Sáng tạo - Trách nhiệm - Trung thực - Kỷ cương”.",
        "Tiếp tục thực hiện có hiệu quả Luật Trẻ em, Luật Bình đẳng giới, các Chỉ thị, Nghị định, Thông tư,... thông qua việc huy động tối đa nguồn lực của các cơ sở giáo dục trong toàn ngành để triển khai thực hiện các mục tiêu, chỉ tiêu chương trình, kế hoạch, đề án liên quan tới công tác Bình đẳng giới và Trẻ em theo chỉ đạo của quận.",
    ]);
    p.requirements = strings(&[
        "Trên cơ sở nội dung kế hoạch đã đề ra, các cơ sở giáo dục chủ động xây dựng kế hoạch, phối hợp, lồng ghép và tổ chức thực hiện có hiệu quả các mục tiêu, chỉ tiêu liên quan đến công tác Bình đẳng giới và Trẻ em trong Ngành giáo dục tại đơn vị hiệu quả.",
    ]);
    p.targets = vec![
        target(
            "được truyền thông nâng cao nhận thức về bảo vệ, chăm sóc trẻ em; về bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới, trong đó đảm bảo lồng ghép vấn đề giới trong các chương trình, kế hoạch hoạt động của cơ sở giáo dục",
            "cán bộ, viên chức, người lao động, phụ huynh và học sinh",
            "50",
            Unit::Percent,
        ),
        target(
            "được truyền thông nâng cao nhận thức về bảo vệ, chăm sóc trẻ em; về bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới, trong đó chú trọng phòng ngừa quấy rối tình dục nơi công cộng và phòng ngừa bạo lực, xâm hại trẻ em",
            "cán bộ, cộng tác viên dân số, gia đình và trẻ em; người lao động",
            "50",
            Unit::Percent,
        ),
    ];
    p.task_groups = vec![
        group(
            "Công tác tuyên truyền, phổ biến các chính sách pháp luật",
            &[
                "Xây dựng kế hoạch tổ chức các hoạt động tuyên truyền, phổ biến giáo dục pháp luật về bình đẳng giới, về bảo vệ, chăm sóc trẻ em, đặc biệt các quy định của Luật Trẻ em, Luật Bình đẳng giới, Nghị định số 56/2017/NĐ-CP ngày 09 tháng 5 năm 2017, Nghị định số 70/2008/NĐ-CP ngày 04 tháng 06 năm 2008, Nghị quyết số 02/2022/NQ-HĐND ngày 07 tháng 4 năm 2022, Quyết định số 2017/QĐ-UBND ngày 08 tháng 6 năm 2017,...",
                "Đổi mới các hoạt động truyền thông về thực hiện quyền trẻ em, bảo vệ trẻ em, phòng, chống tai nạn, thương tích trẻ em; phòng ngừa giảm thiểu lao động trẻ em; hướng dẫn việc phát hiện, thông báo, tố giác hành vi, trường hợp, nguy cơ trẻ em bị xâm hại đến Tổng đài điện thoại quốc gia bảo vệ trẻ em số 111 và các cơ quan có thẩm quyền; truyền thông, quảng bá số điện thoại khẩn cấp 113, tổng đài 1900545559, 18009069 và các địa chỉ tiếp nhận, giải quyết vụ việc vi phạm quyền trẻ em.",
                "Triển khai các hoạt động của Dự án hỗ trợ thực hiện các Mục tiêu quốc gia về bình đẳng giới thuộc Chương trình mục tiêu phát triển hệ thống trợ giúp xã hội.",
            ],
        ),
        group(
            "Một số công việc trọng tâm",
            &[
                "Bám sát và tổ chức thực hiện có hiệu quả các chỉ tiêu kế hoạch, nhiệm vụ được giao năm 2023 về lĩnh vực trẻ em và bình đẳng giới trên địa bàn Quận 8.",
                "Triển khai Thông tư số 13/2021/TT-BLĐTBXH ngày 30 tháng 9 năm 2021 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Bộ chỉ tiêu thống kê về tình hình trẻ em và tình hình xâm hại trẻ em, xử lý vi phạm hành chính đối với các hành vi xâm hại trẻ em.",
                // The "+" sub-bullets of the seed are part of this item.
                "Xây dựng kế hoạch và tổ chức thực hiện hiệu quả các mục tiêu, chỉ tiêu do Sở chủ trì theo Quyết định số 3640/QĐ-UBND ngày 27 tháng 10 năm 2022 về ban hành Kế hoạch triển khai “Chiến lược, Chương trình quốc gia về bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới trên địa bàn Thành phố Hồ Chí Minh giai đoạn đến năm 2030” và Quyết định số 4063/QĐ-UBND ngày 25 tháng 11 năm 2022 về ban hành Kế hoạch triển khai thực hiện Chương trình hành động Vì trẻ em Thành phố Hồ Chí Minh giai đoạn đến năm 2030 gồm: Mục tiêu 2, 3, 5 & 6 (08 chỉ tiêu) thuộc Chiến lược, Chương trình quốc gia về bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới; Mục tiêu 1, 2 & 4 (09 chỉ tiêu) thuộc Chương trình hành động Vì trẻ em Thành phố.",
                "Tổ chức các lớp tập huấn cho đội ngũ cán bộ làm công tác trẻ em, công tác bình đẳng giới, vì sự tiến bộ phụ nữ trên địa bàn Quận 8.",
                "Phối hợp vận hành hiệu quả “Mô hình một cửa hỗ trợ Phụ nữ và trẻ em trên địa bàn Thành phố Hồ Chí Minh”.",
                "Tổ chức Tháng hành động vì trẻ em, Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới; Tết Trung thu, diễn đàn trẻ em các cấp và một số hoạt động, sự kiện phát sinh (nếu có).",
                "Triển khai thực hiện hiệu quả các mô hình hỗ trợ, can thiệp, bảo vệ, chăm sóc trẻ em; duy trì, phát triển, nhân rộng các mô hình về bảo vệ, chăm sóc trẻ em; tạo điều kiện thuận lợi để huy động các nguồn lực của các tổ chức, cá nhân trong và ngoài nước tham gia vào các hoạt động trợ giúp, chăm sóc, bảo vệ trẻ em.",
                "Tăng cường công tác bình đẳng giới, đẩy mạnh chiến dịch truyền thông phòng, chống bạo lực phụ nữ và trẻ em trên cơ sở giới. Tăng cường phối hợp giữa các cơ sở giáo dục và các cơ quan quản lý nhà nước, cơ quan tư pháp, các tổ chức chính trị - xã hội trong phòng ngừa phát hiện, hỗ trợ, can thiệp, xử lý các vụ việc xâm hại trẻ em (theo Quyết định số 2017/QĐ-UBND ngày 08 tháng 6 năm 2020 của Ủy ban nhân dân Thành phố); phòng, chống bạo lực gia đình, bạo lực trong trường học; phòng chống tai nạn thương tích, đặc biệt là đuối nước ở trẻ em; chăm sóc sức khỏe tâm thần; phát triển toàn diện trẻ em trong những năm đầu đời.",
                "Thường xuyên theo dõi, giám sát, kiểm tra việc thực hiện pháp luật, chính sách, chương trình về trẻ em, thực hiện quyền trẻ em; xác định rõ trách nhiệm của người đứng đầu. Kiên quyết xử lý nghiêm người có hành vi bạo lực, xâm hại trẻ em, vi phạm quyền trẻ em và người thực hiện không đầy đủ trách nhiệm bảo vệ trẻ em.",
                "Tiếp tục cập nhật số theo dõi trẻ em tại các cơ sở giáo dục; ứng dụng công nghệ thông tin vào cập nhật dữ liệu trẻ em các thông tin dữ liệu trẻ em đã được thành phố triển khai.",
            ],
        ),
        group(
            "Công tác kiểm tra, giám sát",
            &[
                "Thường xuyên theo dõi, giám sát và đánh giá việc thực hiện các quyền trẻ em theo quy định của pháp luật. Kiểm tra, giám sát việc thực hiện Nghị quyết số 02/2022/NQ-HĐND ngày 07 tháng 4 năm 2022 (Nhóm đối tượng 3, 4, 5 của Nghị quyết số 02/2022/NQ-HĐND ngày 07 tháng 4 năm 2022).",
                "Tăng cường công tác kiểm tra, hướng dẫn, tự kiểm tra đối với các cơ sở giáo dục mầm non về tiêu chuẩn, điều kiện hoạt động, đảm bảo an toàn, phòng ngừa bạo lực, xâm hại trẻ em, phòng chống tai nạn, thương tích trẻ em, xử lý nghiêm các hành vi vi phạm quyền trẻ em theo quy định của pháp luật. Đôn đốc, kiểm tra việc phối hợp giữa các cơ sở giáo dục và Ủy ban nhân dân phường trong thực hiện việc bàn giao, quản lý trẻ em để đảm bảo mùa hè an toàn cho trẻ em, giảm thiểu tình trạng trẻ em bị bạo lực, xâm hại, tai nạn thương tích, đặc biệt là tai nạn đuối nước. Thông tin báo cáo kịp thời các vụ việc có liên quan đến trẻ em (lưu ý chế độ bảo mật thông tin) về Phòng Giáo dục và Đào tạo Quận 8, Phòng Lao động Thương binh và Xã hội Quận 8 để phối hợp hỗ trợ, giải quyết.",
            ],
        ),
        group(
            "Củng cố, nâng cao năng lực cho đội ngũ cán bộ tại các cơ sở giáo dục",
            &[
                "Tăng cường nâng cao nhận thức, trách nhiệm của người đứng đầu trong việc chỉ đạo, quản lý và thực hiện chủ trương, đường lối của Đảng, pháp luật, chính sách của Nhà nước về quyền trẻ em; đảm bảo trẻ em được sống trong môi trường an toàn, lành mạnh và thân thiện.",
                "Bảo đảm cơ cấu tổ chức quản lý Nhà nước về trẻ em. Chú trọng bồi dưỡng, nâng cao năng lực, kiến thức, kỹ năng thực hiện quyền trẻ em và bảo vệ trẻ em cho đội ngũ làm công tác bảo vệ trẻ em ở các cơ sở giáo dục.",
            ],
        ),
    ];
    p.assignments = vec![
        assign(
            "Phòng Giáo dục và Đào tạo Quận 8",
            &[
                "Xây dựng Kế hoạch và triển khai đến các cơ sở giáo dục.",
                "Chỉ đạo Thủ trưởng các cơ sở giáo dục tổ chức tuyên truyền, phổ biến các kiến thức về bảo vệ, chăm sóc, giáo dục trẻ em và bình đẳng giới tại trường học.",
                "Tăng cường công tác kiểm tra, hướng dẫn tự kiểm tra đối với các cơ sở giáo dục mầm non về tiêu chuẩn, điều kiện hoạt động, đảm bảo an toàn, phòng ngừa bạo lực, xâm hại trẻ em, phòng, chống tai nạn, thương tích trẻ em, xử lý nghiêm các hành vi vi phạm quyền trẻ em theo quy định của pháp luật.",
            ],
        ),
        assign(
            "Các cơ sở giáo dục",
            &[
                "Xây dựng Kế hoạch và triển khai tại các cơ sở giáo dục.",
                "Tập trung công tác tuyên truyền, phổ biến, hướng dẫn đội ngũ nhà giáo, người lao động, phụ huynh và học sinh trong đơn vị kiến thức về bảo vệ, chăm sóc, giáo dục trẻ em và bình đẳng giới tại trường học. Tăng cường công tác phòng, chống bạo lực trong trường học; phòng, chống tai nạn thương tích, đặc biệt là tai nạn đuối nước ở trẻ em.",
                "Cử học sinh và giáo viên hướng dẫn học sinh tham gia Lễ phát động Tháng hành động vì trẻ em và Diễn đàn trẻ em năm 2023 (theo Kế hoạch của Ủy ban nhân dân Quận 8).",
            ],
        ),
    ];
    p.reports = vec![
        report(
            d(2023, 5, 5),
            "Báo cáo kết quả thực hiện",
            "Phòng Giáo dục và Đào tạo Quận 8",
            "qua thư điện tử hoặc Zalo",
        ),
        report(
            d(2023, 11, 5),
            "Báo cáo kết quả thực hiện",
            "Phòng Giáo dục và Đào tạo Quận 8",
            "qua thư điện tử hoặc Zalo",
        ),
    ];
    p.closing = s("Trên đây là Kế hoạch triển khai công tác Bình đẳng giới và Trẻ em Ngành giáo dục trên địa bàn Quận 8 năm 2023. Đề nghị Thủ trưởng các cơ sở giáo dục nghiêm túc triển khai thực hiện.");
    p.recipients = strings(&[
        "Phòng LĐ&TBXH Q8",
        "Lãnh đạo PGDĐT Q8",
        "Các cơ sở giáo dục",
    ]);
    p.archive_units = s("NTH");
    p.signer = Signer {
        authority: Authority::None,
        title: s("TRƯỞNG PHÒNG"),
        deputy_title: s(""),
        name: s("Đương Văn Dân"),
    };
    finish(p)
}
