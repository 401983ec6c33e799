//! The task library (A9): what a plan of each kind × level usually does in
//! each of the 12 sub-areas, when, and led by which role.
//!
//! Key dates (8/3, tháng 6, 28/6, 11/10, 20/10, 15/11–15/12, 25/11, Tết
//! Trung thu) are kept here with the tasks rather than taken from
//! `catalogue`: a task's timing is resolved against the plan's kind and
//! year by [`When::text`].

use super::audience::*;
use super::roles::{lead_role, Actor};
use super::title::span_of;
use crate::domain::plan::{IssuerLevel, ItemId, Plan, PlanKind, SubArea, TaskGroup, TaskItem};

/// Tasks of one sub-area for this kind and level, dated in `year` where a
/// date belongs (key days, the Action Month, reviews). Ids are 0: the plan
/// gives one on insertion ([`insert_task`]).
pub fn suggested_tasks(
    kind: PlanKind,
    level: IssuerLevel,
    area: SubArea,
    year: u16,
) -> Vec<TaskItem> {
    tasks_of(area)
        .iter()
        .filter(|task| task.audience.includes(kind, level))
        .map(|task| TaskItem {
            id: 0,
            text: task.text.to_string(),
            timing: task.when.text(kind, year),
            lead: lead_role(level, task.lead).to_string(),
            participants: String::new(),
            targets: Vec::new(),
        })
        .collect()
}

/// Puts a task into the group of its sub-area (created when missing) with a
/// fresh id, and returns the id.
pub fn insert_task(plan: &mut Plan, area: SubArea, mut item: TaskItem) -> ItemId {
    item.id = plan.fresh_id();
    let id = item.id;
    if let Some(group) = plan
        .task_groups
        .iter_mut()
        .find(|group| group.area == Some(area))
    {
        group.items.push(item);
    } else {
        let group_id = plan.fresh_id();
        plan.task_groups.push(TaskGroup {
            id: group_id,
            area: Some(area),
            title: area.title_vi().to_string(),
            items: vec![item],
        });
    }
    id
}

/// The library's tasks of one sub-area, in table order.
pub(super) fn tasks_of(area: SubArea) -> &'static [TaskSpec] {
    TASKS
        .iter()
        .find(|(group_area, _)| *group_area == area)
        .map_or(&[], |(_, tasks)| tasks)
}

/// When a task happens, resolved against the plan's kind and year.
#[derive(Debug, Clone, Copy)]
pub(super) enum When {
    /// All through the plan's time.
    Year,
    Quarterly,
    Quarter(u8),
    Month(u8),
    /// Two months, e.g. the mid-year and year-end reviews.
    Months(u8, u8),
    Day(u8, u8),
    Range(u8, u8, u8, u8),
    Before(u8, u8),
    After(u8, u8),
    MidAutumn,
    /// The mid-term and final years of a multi-year span.
    Milestones,
}

impl When {
    fn text(self, kind: PlanKind, year: u16) -> String {
        let multi = kind == PlanKind::MultiYear;
        // In an Action Month plan everything happens within the Month unless
        // the task has its own date there.
        if kind == PlanKind::ActionMonth {
            let inside = match self {
                When::Day(_, month) | When::Before(_, month) | When::After(_, month) => month >= 11,
                When::Range(_, first_month, _, _) => first_month >= 11,
                _ => false,
            };
            if !inside {
                return format!("từ 15/11 đến 15/12/{year}");
            }
        }
        // "tháng 10/2025" in a year's plan, "tháng 10 hằng năm" in a span's.
        let in_the_year = |words: String| {
            if multi {
                format!("{words} hằng năm")
            } else {
                format!("{words}/{year}")
            }
        };
        match self {
            When::Year if multi => "hằng năm".to_string(),
            When::Year => format!("trong năm {year}"),
            When::Quarterly => "hằng quý".to_string(),
            When::Quarter(quarter) => {
                let roman = ["I", "II", "III", "IV"][usize::from(quarter.clamp(1, 4) - 1)];
                in_the_year(format!("quý {roman}"))
            }
            When::Month(month) => in_the_year(format!("tháng {month}")),
            When::Months(first, second) => in_the_year(format!("tháng {first} và tháng {second}")),
            When::Day(day, month) => in_the_year(format!("ngày {day}/{month}")),
            When::Range(first_day, first_month, last_day, last_month) => in_the_year(format!(
                "từ {first_day}/{first_month} đến {last_day}/{last_month}"
            )),
            When::Before(day, month) => in_the_year(format!("trước ngày {day}/{month}")),
            When::After(day, month) => in_the_year(format!("sau ngày {day}/{month}")),
            When::MidAutumn if multi => "dịp Tết Trung thu hằng năm".to_string(),
            When::MidAutumn => format!("dịp Tết Trung thu năm {year}"),
            When::Milestones => {
                let (from, to) = span_of(year);
                format!("năm {} và năm {to}", from + 4)
            }
        }
    }
}

/// One task of the library.
pub(super) struct TaskSpec {
    pub audience: Audience,
    pub when: When,
    /// Preferred leads, first available at the level wins.
    pub lead: &'static [Actor],
    pub text: &'static str,
}

const fn task(
    kinds: &'static [PlanKind],
    levels: &'static [IssuerLevel],
    when: When,
    lead: &'static [Actor],
    text: &'static str,
) -> TaskSpec {
    let audience = Audience::new(kinds, levels);
    TaskSpec {
        audience,
        when,
        lead,
        text,
    }
}

/// The library's tasks by sub-area, in the order of [`SubArea::ALL`].
#[rustfmt::skip]
pub(super) const TASKS: &[(SubArea, &[TaskSpec])] = &[
    // B1 Lãnh đạo, chỉ đạo.
    (SubArea::Leadership, &[
        task(NOT_ACTION, SCHOOLS_AND_SO, When::Quarter(1), &[Actor::Head],
          "Kiện toàn Ban Vì sự tiến bộ phụ nữ khi có thay đổi nhân sự; phân công cụ thể nhiệm vụ \
           của từng thành viên."),
        task(NOT_ACTION, BAN, When::Quarter(1), &[Actor::Head],
          "Tham mưu thủ trưởng đơn vị kiện toàn Ban khi có thay đổi nhân sự; phân công lại nhiệm \
           vụ của các thành viên."),
        task(YEARLY, ALL, When::Quarter(1), &[Actor::Ban, Actor::Prof],
          "Xây dựng Kế hoạch của đơn vị, công khai trên trang thông tin điện tử và phổ biến đến \
           các bộ phận, cá nhân."),
        task(MULTI, ALL, When::Quarter(1), &[Actor::Ban, Actor::Prof],
          "Cụ thể hóa Kế hoạch giai đoạn thành kế hoạch hằng năm với chỉ tiêu, nhiệm vụ và phân \
           công rõ ràng."),
        task(NOT_ACTION, SCHOOLS, When::Year, &[Actor::Head],
          "Đưa mục tiêu bình đẳng giới vào kế hoạch giáo dục và chương trình hoạt động của các \
           đoàn thể trong đơn vị."),
        task(NOT_ACTION, OFFICE, When::Year, &[Actor::Head],
          "Chỉ đạo các cơ sở giáo dục đưa nội dung bình đẳng giới vào kế hoạch giáo dục và kế \
           hoạch hoạt động hằng năm; phân công chuyên viên theo dõi từng cấp học."),
        task(NOT_ACTION, BAN, When::Quarterly, &[Actor::Head],
          "Họp Ban định kỳ để đánh giá tiến độ, thống nhất các việc cần làm trong thời gian tới."),
        task(ACTION, ALL, When::Before(10, 11), &[Actor::Ban, Actor::Prof],
          "Xây dựng kế hoạch hưởng ứng Tháng hành động; phân công bộ phận chủ trì và thời gian \
           thực hiện từng hoạt động."),
        task(ACTION, OFFICE, When::Before(15, 11), &[Actor::Head],
          "Chỉ đạo các cơ sở giáo dục xây dựng kế hoạch hưởng ứng Tháng hành động phù hợp với cấp \
           học, hoàn thành trước khi Tháng hành động bắt đầu."),
        task(ACTION, SCHOOLS_AND_BAN, When::Before(15, 11), &[Actor::Head],
          "Quán triệt mục đích, chủ đề của Tháng hành động trong cuộc họp toàn thể cán bộ, viên \
           chức, người lao động."),
    ]),
    // B2 Tuyên truyền, phổ biến pháp luật.
    (SubArea::Communication, &[
        task(ANY, ALL, When::Year, &[Actor::Ban, Actor::Prof],
          "Phổ biến Luật Bình đẳng giới, Luật Phòng, chống bạo lực gia đình và các quy định về lao \
           động nữ trong Bộ luật Lao động qua các cuộc họp định kỳ."),
        task(ANY, ALL, When::Quarterly, &[Actor::Comms, Actor::Ban, Actor::Prof],
          "Đăng tải tin, bài, hình ảnh về bình đẳng giới và phòng, chống bạo lực trên trang thông \
           tin điện tử, trang mạng xã hội chính thức của đơn vị."),
        task(ANY, GENERAL, When::Year, &[Actor::Youth, Actor::Ban],
          "Tuyên truyền dưới cờ, phát thanh học đường về tôn trọng sự khác biệt, chia sẻ việc nhà \
           và phòng, chống bạo lực học đường."),
        task(ANY, PRESCHOOL, When::Year, &[Actor::Homeroom],
          "Tuyên truyền đến cha mẹ trẻ qua bảng tin, góc tuyên truyền và nhóm liên lạc của lớp về \
           giáo dục giới và bảo vệ trẻ."),
        task(ANY, VOCATIONAL, When::Year, &[Actor::Youth, Actor::Ban],
          "Tổ chức tọa đàm cho người học về bình đẳng giới trong lựa chọn nghề nghiệp, việc làm và \
           phòng, chống quấy rối tình dục nơi làm việc."),
        task(ANY, OFFICE, When::Year, &[Actor::Prof],
          "Hướng dẫn các cơ sở giáo dục đa dạng hóa hình thức truyền thông, ưu tiên nền tảng số và \
           sản phẩm phù hợp với lứa tuổi người học."),
        task(CHILDREN, NOT_VOCATIONAL, When::Year, &[Actor::Ban, Actor::Prof],
          "Tuyên truyền Luật Trẻ em, quyền và bổn phận của trẻ em; hướng dẫn cách thông báo, tố \
           giác hành vi xâm hại trẻ em."),
    ]),
    // B3 Lồng ghép trong dạy học, giáo dục.
    (SubArea::Mainstreaming, &[
        task(NOT_ACTION, GENERAL, When::Year, &[Actor::Deputy],
          "Lồng ghép nội dung về giới, bình đẳng giới và kỹ năng tự bảo vệ vào các môn học, hoạt \
           động trải nghiệm và sinh hoạt lớp phù hợp với từng khối lớp."),
        task(NOT_ACTION, GENERAL, When::Month(10), &[Actor::Prof],
          "Tổ chức sinh hoạt chuyên môn theo chủ đề lồng ghép giới; dự giờ, góp ý để nhân rộng \
           những bài dạy hiệu quả."),
        task(NOT_ACTION, GENERAL_AND_VOCATIONAL, When::Year, &[Actor::Prof],
          "Rà soát tranh ảnh, học liệu, đồ dùng dạy học để loại bỏ hình ảnh, ngôn từ mang định \
           kiến giới."),
        task(NOT_ACTION, PRESCHOOL, When::Year, &[Actor::Deputy],
          "Lồng ghép giáo dục giới vào hoạt động vui chơi, góc chơi và sinh hoạt hằng ngày; khuyến \
           khích trẻ trai và trẻ gái cùng tham gia mọi trò chơi."),
        task(NOT_ACTION, PRESCHOOL, When::Year, &[Actor::Homeroom],
          "Sắp xếp đồ chơi, góc hoạt động không phân chia theo giới; tránh gán màu sắc, trò chơi, \
           công việc cho riêng trẻ trai hay trẻ gái."),
        task(NOT_ACTION, PRESCHOOL, When::Month(10), &[Actor::Prof],
          "Sinh hoạt chuyên môn về giáo dục giới tính và kỹ năng tự bảo vệ phù hợp với trẻ mầm \
           non."),
        task(NOT_ACTION, VOCATIONAL, When::Year, &[Actor::Deputy, Actor::Prof],
          "Lồng ghép nội dung bình đẳng giới vào bài giảng các môn chung, hoạt động ngoại khóa và \
           tuần sinh hoạt công dân đầu khóa."),
        task(NOT_ACTION, VOCATIONAL, When::Year, &[Actor::Deputy, Actor::Counsel],
          "Tư vấn tuyển sinh, hướng nghiệp không định kiến giới; khuyến khích nữ theo học các nghề \
           kỹ thuật và nam theo học các nghề dịch vụ, chăm sóc."),
        task(NOT_ACTION, OFFICE, When::Year, &[Actor::Prof],
          "Hướng dẫn các cơ sở giáo dục lồng ghép bình đẳng giới trong kế hoạch giáo dục; lựa \
           chọn, giới thiệu các bài dạy tiêu biểu."),
        task(NOT_ACTION, OFFICE_AND_BAN, When::Year, &[Actor::Admin, Actor::Prof],
          "Lồng ghép vấn đề giới khi xây dựng văn bản, chương trình, kế hoạch của cơ quan, đơn \
           vị."),
        task(NOT_ACTION, BAN, When::Year, &[Actor::Deputy],
          "Phối hợp với bộ phận chuyên môn đưa nội dung giới vào các hoạt động giáo dục của đơn \
           vị."),
    ]),
    // B4 Tập huấn, bồi dưỡng.
    (SubArea::Training, &[
        task(NOT_ACTION, NOT_BAN, When::Year, &[Actor::Head],
          "Cử thành viên Ban Vì sự tiến bộ phụ nữ và người phụ trách công tác bình đẳng giới tham \
           gia các lớp tập huấn do cấp trên tổ chức."),
        task(NOT_ACTION, BAN, When::Year, &[Actor::Head],
          "Đề xuất thủ trưởng đơn vị cử thành viên Ban tham gia các lớp tập huấn, bồi dưỡng về \
           giới và bình đẳng giới."),
        task(NOT_ACTION, CHILD_SCHOOLS, When::Month(9), &[Actor::Deputy],
          "Tổ chức chuyên đề cho giáo viên, nhân viên về nhận diện, phòng ngừa bạo lực, xâm hại \
           trẻ em và quy trình xử lý khi có vụ việc."),
        task(NOT_ACTION, GENERAL, When::Year, &[Actor::Head],
          "Bồi dưỡng kiến thức về giáo dục giới tính, sức khỏe sinh sản cho nhân viên y tế và giáo \
           viên làm công tác tư vấn học đường."),
        task(NOT_ACTION, VOCATIONAL, When::Year, &[Actor::Deputy, Actor::Head],
          "Tập huấn cho nhà giáo, giáo viên chủ nhiệm về lồng ghép giới trong giảng dạy và phòng, \
           chống quấy rối tình dục."),
        task(NOT_ACTION, OFFICE, When::Month(8), &[Actor::Prof],
          "Tổ chức tập huấn cho cán bộ quản lý, thành viên Ban Vì sự tiến bộ phụ nữ các cơ sở giáo \
           dục về giới và kỹ năng lồng ghép giới."),
        task(NOT_ACTION, BAN, When::Year, &[Actor::Deputy],
          "Tổ chức buổi sinh hoạt chuyên đề cho thành viên Ban về kỹ năng lồng ghép giới, tiếp \
           nhận và chuyển tuyến vụ việc."),
    ]),
    // B5 Tháng hành động vì bình đẳng giới.
    (SubArea::ActionMonth, &[
        task(NOT_ACTION, ALL, When::Range(15, 11, 15, 12), &[Actor::Ban, Actor::Prof],
          "Xây dựng kế hoạch và tổ chức các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới \
           và phòng ngừa, ứng phó với bạo lực trên cơ sở giới theo chủ đề của năm."),
        task(ANY, SCHOOLS_AND_BAN, When::Range(15, 11, 20, 11), &[Actor::Head],
          "Phát động Tháng hành động trong buổi chào cờ hoặc cuộc họp toàn thể; treo băng rôn, \
           khẩu hiệu mang thông điệp của năm."),
        task(ANY, ALL, When::Day(25, 11), &[Actor::Union, Actor::Youth, Actor::Prof],
          "Hưởng ứng ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ (25/11) bằng các hoạt động mang \
           sắc cam như treo ruy băng, mặc áo màu cam, chia sẻ thông điệp trên mạng xã hội."),
        task(ANY, GENERAL, When::Range(15, 11, 15, 12), &[Actor::Youth],
          "Tổ chức cho học sinh vẽ tranh, viết bài hoặc sân khấu hóa tình huống về bình đẳng giới \
           và an toàn trước bạo lực."),
        task(ANY, PRESCHOOL, When::Range(15, 11, 15, 12), &[Actor::Homeroom],
          "Tổ chức cho trẻ vẽ, tô màu theo chủ đề gia đình yêu thương; gửi đến cha mẹ thông điệp \
           về nuôi dạy con an toàn, bình đẳng."),
        task(ANY, VOCATIONAL, When::Range(15, 11, 15, 12), &[Actor::Youth],
          "Tổ chức diễn đàn hoặc cuộc thi tìm hiểu dành cho người học về bình đẳng giới và phòng \
           ngừa bạo lực trên cơ sở giới."),
        task(ANY, OFFICE, When::Range(15, 11, 15, 12), &[Actor::Prof],
          "Theo dõi, hỗ trợ các cơ sở giáo dục tổ chức hoạt động hưởng ứng; lựa chọn mô hình hay \
           để giới thiệu, nhân rộng."),
        task(ANY, BAN, When::Range(15, 11, 15, 12), &[Actor::Ban],
          "Phối hợp với các đoàn thể tổ chức ít nhất một hoạt động truyền thông trực tiếp cho cán \
           bộ, viên chức, người lao động."),
    ]),
    // B6 Các ngày kỷ niệm.
    (SubArea::Observances, &[
        task(NOT_ACTION, NOT_OFFICE, When::Day(8, 3), &[Actor::Union],
          "Tổ chức hoạt động kỷ niệm ngày Quốc tế Phụ nữ 8/3, tôn vinh những tấm gương nữ tiêu \
           biểu của đơn vị."),
        task(NOT_ACTION, NOT_OFFICE, When::Month(6), &[Actor::Union, Actor::Ban],
          "Hưởng ứng Tháng hành động quốc gia về phòng, chống bạo lực gia đình và ngày Gia đình \
           Việt Nam 28/6 bằng các hoạt động tuyên truyền, giao lưu gắn với gia đình."),
        task(NOT_ACTION, NOT_OFFICE, When::Day(20, 10), &[Actor::Union],
          "Kỷ niệm ngày Phụ nữ Việt Nam 20/10 bằng hoạt động giao lưu, văn nghệ, thể thao; thăm \
           hỏi nữ cán bộ, viên chức có hoàn cảnh khó khăn."),
        task(NOT_ACTION, GENERAL, When::Range(1, 6, 30, 6), &[Actor::Youth, Actor::Head],
          "Hưởng ứng Tháng hành động vì trẻ em với các hoạt động giáo dục kỹ năng an toàn, phòng, \
           chống đuối nước cho học sinh trước kỳ nghỉ hè."),
        task(NOT_ACTION, PRESCHOOL, When::Range(1, 6, 30, 6), &[Actor::Head],
          "Hưởng ứng Tháng hành động vì trẻ em: tổ chức cho trẻ vui chơi, làm quen với các quy tắc \
           an toàn khi ở gần ao, hồ, sông nước và khi ở nhà một mình."),
        task(NOT_ACTION, GENERAL, When::Day(11, 10), &[Actor::Youth],
          "Tổ chức hoạt động nhân ngày Quốc tế trẻ em gái 11/10, khuyến khích học sinh nữ tự tin \
           học tập các môn khoa học, công nghệ và tham gia điều hành hoạt động của lớp, của \
           trường."),
        task(CHILDREN, CHILD_SCHOOLS, When::MidAutumn,
          &[Actor::Youth, Actor::YouthBranch, Actor::Head],
          "Tổ chức vui Tết Trung thu cho trẻ em; quan tâm tặng quà trẻ em có hoàn cảnh khó khăn."),
        task(NOT_ACTION, OFFICE, When::Day(8, 3), &[Actor::Union, Actor::Head],
          "Tổ chức hoạt động kỷ niệm ngày Quốc tế Phụ nữ 8/3 cho nữ công chức, viên chức, người \
           lao động của cơ quan."),
        task(NOT_ACTION, OFFICE, When::Day(20, 10), &[Actor::Union, Actor::Head],
          "Chỉ đạo các cơ sở giáo dục tổ chức hoạt động kỷ niệm ngày Phụ nữ Việt Nam 20/10 phù hợp \
           với điều kiện của đơn vị."),
        task(NOT_ACTION, OFFICE, When::Range(1, 6, 30, 6), &[Actor::Prof],
          "Chỉ đạo các cơ sở giáo dục hưởng ứng Tháng hành động vì trẻ em và ngày Gia đình Việt \
           Nam 28/6; cử học sinh tham gia diễn đàn trẻ em khi được mời."),
    ]),
    // B7 Phòng, chống bạo lực, xâm hại.
    (SubArea::ViolencePrevention, &[
        task(ANY, GENERAL, When::Year, &[Actor::Counsel],
          "Duy trì hoạt động của tổ tư vấn học đường; bố trí thời gian, địa điểm tư vấn và công \
           khai cách liên hệ để học sinh dễ tìm đến."),
        task(ANY, CHILD_SCHOOLS, When::Year, &[Actor::Ban, Actor::Head],
          "Công khai số Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 và đầu mối tiếp nhận thông \
           tin của nhà trường trên bảng tin, trang thông tin điện tử."),
        task(ANY, SCHOOLS, When::Year, &[Actor::Head],
          "Xây dựng và phổ biến quy trình tiếp nhận, xử lý, báo cáo vụ việc bạo lực, xâm hại; giữ \
           bí mật thông tin của người bị hại và người báo tin."),
        task(ANY, GENERAL, When::Year, &[Actor::Homeroom],
          "Giáo dục kỹ năng nhận biết, phòng tránh xâm hại và quấy rối, kể cả trên không gian \
           mạng, qua giờ sinh hoạt lớp và hoạt động trải nghiệm."),
        task(ANY, PRESCHOOL, When::Year, &[Actor::Homeroom],
          "Dạy trẻ quy tắc an toàn cơ thể phù hợp với lứa tuổi: nhận biết vùng riêng tư, biết nói \
           “không” và tìm đến người lớn tin cậy."),
        task(ANY, VOCATIONAL, When::Year, &[Actor::Counsel],
          "Phổ biến quy định phòng, chống quấy rối tình dục trong trường, ký túc xá và tại nơi \
           người học thực tập; công khai kênh tiếp nhận phản ánh."),
        task(CHILDREN, CHILD_SCHOOLS, When::Month(5), &[Actor::Head],
          "Tuyên truyền phòng, chống tai nạn thương tích, đuối nước; phối hợp với gia đình và địa \
           phương quản lý trẻ em trong dịp nghỉ hè."),
        task(ANY, OFFICE, When::Year, &[Actor::Prof],
          "Kiểm tra việc bảo đảm an toàn, phòng, chống bạo lực, xâm hại tại các cơ sở giáo dục, \
           chú trọng các nhóm, lớp mầm non độc lập."),
        task(ANY, OFFICE, When::Year, &[Actor::Head],
          "Phối hợp với công an và các cơ quan chức năng trên địa bàn xử lý kịp thời các vụ việc \
           bạo lực, xâm hại liên quan đến học sinh."),
        task(ANY, BAN, When::Year, &[Actor::Ban],
          "Nắm bắt thông tin về các trường hợp có nguy cơ bị bạo lực gia đình, bạo lực trên cơ sở \
           giới; kịp thời báo cáo thủ trưởng đơn vị để hỗ trợ."),
    ]),
    // B8 Công tác cán bộ nữ.
    (SubArea::WomenStaff, &[
        task(NOT_ACTION, NOT_BAN, When::Year, &[Actor::Head],
          "Rà soát, giới thiệu cán bộ nữ có đủ tiêu chuẩn vào quy hoạch các chức danh quản lý; bảo \
           đảm tỷ lệ nữ hợp lý khi bổ nhiệm, giới thiệu nhân sự."),
        task(NOT_ACTION, NOT_BAN, When::Year, &[Actor::Admin, Actor::Head],
          "Tạo điều kiện để cán bộ nữ tham gia bồi dưỡng chuyên môn, lý luận chính trị và kỹ năng \
           lãnh đạo, quản lý."),
        task(NOT_ACTION, ALL, When::Year, &[Actor::Union, Actor::Head],
          "Giám sát việc thực hiện chế độ đối với lao động nữ, nhất là trong thời gian mang thai, \
           sinh con và nuôi con nhỏ."),
        task(NOT_ACTION, OFFICE, When::Year, &[Actor::Prof],
          "Theo dõi tỷ lệ nữ trong đội ngũ cán bộ quản lý các cơ sở giáo dục; đề xuất giải pháp \
           khi chưa đạt chỉ tiêu."),
        task(NOT_ACTION, BAN, When::Year, &[Actor::Head],
          "Tham mưu thủ trưởng đơn vị về quy hoạch, đào tạo, bồi dưỡng cán bộ nữ; đề xuất giới \
           thiệu cán bộ nữ đủ tiêu chuẩn."),
    ]),
    // B9 Thi đua, khen thưởng.
    (SubArea::Emulation, &[
        task(NOT_ACTION, SCHOOLS, When::Year, &[Actor::Union],
          "Phát động phong trào thi đua “Giỏi việc trường, đảm việc nhà”; đánh giá, bình xét vào \
           dịp tổng kết năm học."),
        task(NOT_ACTION, OFFICE, When::Year, &[Actor::Union, Actor::Prof],
          "Phát động phong trào thi đua “Giỏi việc nước, đảm việc nhà” trong cơ quan và hướng dẫn \
           các đơn vị tổ chức phong trào “Giỏi việc trường, đảm việc nhà”."),
        task(NOT_ACTION, ALL, When::Month(12), &[Actor::Head],
          "Biểu dương, khen thưởng tập thể, cá nhân có thành tích trong công tác bình đẳng giới và \
           vì sự tiến bộ của phụ nữ tại hội nghị tổng kết."),
        task(NOT_ACTION, NOT_OFFICE, When::Year, &[Actor::Ban],
          "Giới thiệu những gương cán bộ nữ, gia đình tiêu biểu để tuyên truyền, nhân rộng trong \
           đơn vị."),
    ]),
    // B10 Kiểm tra, giám sát, sơ kết, tổng kết.
    (SubArea::Monitoring, &[
        task(NOT_ACTION, NOT_OFFICE, When::Month(5), &[Actor::Ban],
          "Tự kiểm tra việc thực hiện Kế hoạch tại các bộ phận; ghi nhận kết quả, chỉ ra việc còn \
           chậm và đề xuất điều chỉnh."),
        task(NOT_ACTION, OFFICE, When::Year, &[Actor::Prof],
          "Kiểm tra việc thực hiện công tác bình đẳng giới tại một số cơ sở giáo dục, kết hợp với \
           các đợt kiểm tra chuyên đề khác."),
        task(YEARLY, ALL, When::Months(6, 12), &[Actor::Ban, Actor::Admin, Actor::Prof],
          "Sơ kết 6 tháng đầu năm và tổng kết năm; đánh giá mức độ đạt từng chỉ tiêu, rút kinh \
           nghiệm cho năm sau."),
        task(MULTI, ALL, When::Milestones, &[Actor::Ban, Actor::Admin, Actor::Prof],
          "Sơ kết giữa giai đoạn và tổng kết cuối giai đoạn; đánh giá mức độ đạt chỉ tiêu để điều \
           chỉnh cho phù hợp."),
        task(ANY, ALL, When::Year, &[Actor::Ban, Actor::Prof],
          "Lưu giữ minh chứng của từng hoạt động (kế hoạch, hình ảnh, danh sách, số lượt tham gia) \
           phục vụ đánh giá và báo cáo."),
        task(ACTION, ALL, When::After(15, 12), &[Actor::Ban, Actor::Admin, Actor::Prof],
          "Tổng hợp kết quả, hình ảnh hoạt động và gửi báo cáo Tháng hành động về cơ quan cấp trên \
           đúng thời hạn."),
    ]),
    // B11 Số liệu tách biệt giới.
    (SubArea::Statistics, &[
        task(NOT_ACTION, SCHOOLS_AND_BAN, When::Year, &[Actor::Admin, Actor::Ban],
          "Cập nhật số liệu đội ngũ và người học tách biệt theo giới tính trên cơ sở dữ liệu \
           ngành; kiểm tra độ chính xác trước mỗi kỳ báo cáo."),
        task(NOT_ACTION, ALL, When::Month(12), &[Actor::Ban, Actor::Admin, Actor::Prof],
          "Phân tích số liệu tách biệt giới để xác định vấn đề cần ưu tiên và đề xuất chỉ tiêu cho \
           kỳ kế hoạch tiếp theo."),
        task(CHILDREN, CHILD_SCHOOLS, When::Year, &[Actor::Head],
          "Cập nhật hồ sơ theo dõi trẻ em có hoàn cảnh đặc biệt; bảo mật thông tin cá nhân của trẻ \
           theo quy định."),
        task(NOT_ACTION, OFFICE, When::Year, &[Actor::Admin, Actor::Prof],
          "Tổng hợp số liệu tách biệt giới của các cơ sở giáo dục phục vụ báo cáo các chỉ tiêu \
           quốc gia về bình đẳng giới."),
    ]),
    // B12 Phối hợp với gia đình và cộng đồng.
    (SubArea::Coordination, &[
        task(ANY, GENERAL, When::Year, &[Actor::Ban],
          "Phối hợp với Ban đại diện cha mẹ học sinh vận động các gia đình chia sẻ việc nhà, đối \
           xử công bằng giữa con trai và con gái."),
        task(ANY, PRESCHOOL, When::Year, &[Actor::Homeroom, Actor::Ban],
          "Trao đổi với cha mẹ trẻ qua họp phụ huynh và nhóm liên lạc của lớp về cách nuôi dạy con \
           không phân biệt giới."),
        task(ANY, VOCATIONAL, When::Year, &[Actor::Homeroom],
          "Giữ liên lạc với gia đình người học để kịp thời hỗ trợ người học gặp khó khăn hoặc có \
           nguy cơ bị bạo lực, quấy rối."),
        task(ANY, NOT_OFFICE, When::Year, &[Actor::Head],
          "Phối hợp với Hội Liên hiệp Phụ nữ, Đoàn Thanh niên, công an và chính quyền địa phương \
           trong tuyên truyền và hỗ trợ xử lý vụ việc."),
        task(ANY, GENERAL_AND_VOCATIONAL, When::Year, &[Actor::Ban],
          "Mời cán bộ y tế, công an hoặc chuyên gia tâm lý nói chuyện chuyên đề cho người học và \
           gia đình."),
        task(ANY, OFFICE, When::Year, &[Actor::Head],
          "Phối hợp với các cơ quan y tế, công an, Hội Liên hiệp Phụ nữ cùng cấp trong bảo vệ trẻ \
           em và phòng, chống bạo lực trên cơ sở giới."),
        task(ANY, OFFICE, When::Year, &[Actor::Prof],
          "Phối hợp với công đoàn giáo dục, Đoàn Thanh niên tổ chức các hoạt động chung của ngành \
           về bình đẳng giới."),
    ]),
];
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_month_timing_stays_inside_the_month() {
        let cases = [
            (
                When::Year,
                PlanKind::ActionMonth,
                2025,
                "từ 15/11 đến 15/12/2025",
            ),
            (
                When::Day(25, 11),
                PlanKind::ActionMonth,
                2025,
                "ngày 25/11/2025",
            ),
            (When::Day(8, 3), PlanKind::Annual, 2025, "ngày 8/3/2025"),
            (
                When::Day(8, 3),
                PlanKind::MultiYear,
                2025,
                "ngày 8/3 hằng năm",
            ),
            (When::Quarter(1), PlanKind::Annual, 2024, "quý I/2024"),
            (
                When::Milestones,
                PlanKind::MultiYear,
                2023,
                "năm 2025 và năm 2030",
            ),
        ];
        for (when, kind, year, text) in cases {
            assert_eq!(when.text(kind, year), text, "{when:?} {kind:?} {year}");
        }
    }

    /// The groups follow the sub-areas' order, each once, so the library
    /// lists tasks in the order of the plan's sections.
    #[test]
    fn task_groups_follow_the_sub_areas() {
        let areas: Vec<SubArea> = TASKS.iter().map(|(area, _)| *area).collect();
        assert_eq!(areas, SubArea::ALL);
    }
}
