//! The target library (chỉ tiêu, A8): measurable targets for each kind ×
//! level, for whom they count and by when, and which role owns them.

use super::audience::*;
use super::roles::{lead_role, Actor};
use crate::domain::plan::{IssuerLevel, PlanKind, Target, Unit};

/// Measurable targets (chỉ tiêu) for this kind and level. Values are usual
/// starting points for the user to adjust; owners are roles of
/// [`suggested_assignments`](super::suggested_assignments).
pub fn suggested_targets(kind: PlanKind, level: IssuerLevel) -> Vec<Target> {
    TARGETS
        .iter()
        .filter(|target| target.audience.includes(kind, level))
        .map(|target| Target {
            id: 0,
            what: target.what.to_string(),
            group: target.group.text(level).to_string(),
            value: target.value.to_string(),
            unit: target.unit.clone(),
            by_when: target.by.text(kind).to_string(),
            owner: lead_role(level, target.owner).to_string(),
        })
        .collect()
}

/// For whom a target counts, named as each level names it.
#[derive(Debug, Clone, Copy)]
enum Who {
    Staff,
    Learners,
    Parents,
    BanMembers,
    Fixed(&'static str),
}

impl Who {
    fn text(self, level: IssuerLevel) -> &'static str {
        use IssuerLevel::*;
        match self {
            Who::Staff => match level {
                So | Phong => "cán bộ quản lý, giáo viên, nhân viên các cơ sở giáo dục",
                CaoDang => "cán bộ quản lý, giảng viên, viên chức, người lao động",
                BanVstbpn => "cán bộ, viên chức, người lao động",
                _ => "cán bộ quản lý, giáo viên, nhân viên",
            },
            Who::Learners => match level {
                So | Phong => "học sinh các cơ sở giáo dục",
                MamNon => "trẻ",
                GdnnGdtx => "học viên",
                CaoDang => "học sinh, sinh viên",
                BanVstbpn => "người học",
                _ => "học sinh",
            },
            Who::Parents => match level {
                MamNon => "cha mẹ trẻ",
                BanVstbpn | GdnnGdtx | CaoDang => "gia đình người học",
                _ => "cha mẹ học sinh",
            },
            Who::BanMembers => match level {
                So | Phong => "thành viên Ban Vì sự tiến bộ phụ nữ các cơ sở giáo dục",
                _ => "thành viên Ban Vì sự tiến bộ phụ nữ",
            },
            Who::Fixed(words) => words,
        }
    }
}

/// By when a target is due, resolved against the plan kind.
#[derive(Debug, Clone, Copy)]
enum By {
    End,
    Semester,
    Month,
    Summer,
    /// All the time the plan covers.
    Always,
    SecondQuarter,
}

impl By {
    fn text(self, kind: PlanKind) -> &'static str {
        match (self, kind) {
            (By::End, PlanKind::MultiYear) => "cuối giai đoạn",
            (By::End, PlanKind::ActionMonth) => "kết thúc Tháng hành động",
            (By::End, _) => "cuối năm",
            (By::Semester, _) => "mỗi học kỳ",
            (By::Month, _) => "trong Tháng hành động",
            (By::Summer, _) => "trước kỳ nghỉ hè",
            (By::Always, PlanKind::MultiYear) => "cả giai đoạn",
            (By::Always, PlanKind::ActionMonth) => "trong Tháng hành động",
            (By::Always, _) => "cả năm",
            (By::SecondQuarter, PlanKind::MultiYear) => "quý II hằng năm",
            (By::SecondQuarter, _) => "trong quý II",
        }
    }
}

/// One target of the library: "`value` `unit` `group` `what`", due `by`.
pub(super) struct TargetSpec {
    pub audience: Audience,
    value: &'static str,
    unit: Unit,
    group: Who,
    pub what: &'static str,
    by: By,
    /// Preferred owners, first available at the level wins.
    pub owner: &'static [Actor],
}

/// A row of [`TARGETS`], its fields in the order the target reads.
#[allow(clippy::too_many_arguments)]
const fn target(
    kinds: &'static [PlanKind],
    levels: &'static [IssuerLevel],
    value: &'static str,
    unit: Unit,
    group: Who,
    what: &'static str,
    by: By,
    owner: &'static [Actor],
) -> TargetSpec {
    let audience = Audience::new(kinds, levels);
    TargetSpec {
        audience,
        what,
        value,
        unit,
        group,
        by,
        owner,
    }
}

#[rustfmt::skip]
pub(super) const TARGETS: &[TargetSpec] = &[
    target(ANY, ALL, "100", Unit::Percent, Who::Staff,
      "được phổ biến các quy định của pháp luật về bình đẳng giới và phòng, chống bạo lực trên \
       cơ sở giới",
      By::End, &[Actor::Ban, Actor::Prof]),
    target(ANY, ALL, "100", Unit::Percent, Who::Learners,
      "được tham gia ít nhất một hoạt động giáo dục về giới, bình đẳng giới phù hợp với lứa tuổi",
      By::End, &[Actor::Deputy, Actor::Ban, Actor::Prof]),
    target(ANY, CHILD_SCHOOLS_AND_OFFICE, "80", Unit::Percent, Who::Parents,
      "được truyền thông về bình đẳng giới và bảo vệ trẻ em trước bạo lực, xâm hại",
      By::End, &[Actor::Ban, Actor::Prof]),
    target(NOT_ACTION, ALL, "100", Unit::Percent, Who::BanMembers,
      "được tập huấn, bồi dưỡng kiến thức về giới và kỹ năng lồng ghép giới",
      By::End, &[Actor::Head]),
    target(NOT_ACTION, GENERAL, "1", Unit::ChuyenDe,
      Who::Fixed("có lồng ghép nội dung bình đẳng giới"),
      "được mỗi tổ chuyên môn xây dựng và thực hiện",
      By::Semester, &[Actor::Prof]),
    target(NOT_ACTION, PRESCHOOL, "2", Unit::HoatDong,
      Who::Fixed("giáo dục có lồng ghép nội dung giới"),
      "được tổ chức ở mỗi nhóm, lớp",
      By::Semester, &[Actor::Homeroom]),
    target(NOT_ACTION, VOCATIONAL, "1", Unit::Bai,
      Who::Fixed("giảng có lồng ghép nội dung bình đẳng giới"),
      "được mỗi tổ chuyên môn, khoa xây dựng và sử dụng",
      By::Semester, &[Actor::Prof]),
    target(NOT_ACTION, ALL, "4", Unit::Bai,
      Who::Fixed("tuyên truyền về bình đẳng giới"),
      "được đăng trên trang thông tin điện tử hoặc trang mạng xã hội chính thức của đơn vị, mỗi \
       quý ít nhất một bài",
      By::End, &[Actor::Comms, Actor::Ban, Actor::Prof]),
    target(ACTION, ALL, "2", Unit::Bai,
      Who::Fixed("tuyên truyền về chủ đề của Tháng hành động"),
      "được đăng trên trang thông tin điện tử hoặc trang mạng xã hội chính thức của đơn vị",
      By::Month, &[Actor::Comms, Actor::Ban, Actor::Prof]),
    // A Ban only advises on appointments, so it sets no such target.
    target(NOT_ACTION, NOT_BAN, "100", Unit::Percent,
      Who::Fixed("cán bộ nữ trong diện quy hoạch"),
      "được cử tham gia ít nhất một khóa bồi dưỡng về lãnh đạo, quản lý",
      By::End, &[Actor::Head, Actor::Admin]),
    target(ANY, OFFICE, "100", Unit::Percent, Who::Fixed("cơ sở giáo dục"),
      "tổ chức hoạt động hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với \
       bạo lực trên cơ sở giới",
      By::Month, &[Actor::Units]),
    target(ANY, GENERAL_AND_VOCATIONAL, "100", Unit::Percent, Who::Fixed("lớp"),
      "tổ chức ít nhất một hoạt động hưởng ứng Tháng hành động vì bình đẳng giới",
      By::Month, &[Actor::Homeroom, Actor::Youth]),
    target(ANY, PRESCHOOL, "100", Unit::Percent, Who::Fixed("nhóm, lớp"),
      "tổ chức ít nhất một hoạt động hưởng ứng Tháng hành động vì bình đẳng giới",
      By::Month, &[Actor::Homeroom]),
    target(ANY, ALL, "100", Unit::Percent, Who::Fixed("vụ việc bạo lực, xâm hại"),
      "được báo cáo ngay khi phát hiện, xử lý đúng quy trình và giữ bí mật thông tin",
      By::Always, &[Actor::Head]),
    target(CHILDREN, CHILD_SCHOOLS, "100", Unit::Percent, Who::Learners,
      "được hướng dẫn kỹ năng phòng, chống đuối nước và tai nạn thương tích",
      By::Summer, &[Actor::Homeroom, Actor::Head]),
    target(CHILDREN, OFFICE, "100", Unit::Percent, Who::Fixed("cơ sở giáo dục"),
      "có kế hoạch bảo đảm an toàn cho trẻ em trong dịp nghỉ hè",
      By::Summer, &[Actor::Units]),
    target(NOT_ACTION, ALL, "100", Unit::Percent, Who::Fixed("báo cáo thống kê định kỳ"),
      "có số liệu tách biệt theo giới tính",
      By::End, &[Actor::Admin, Actor::Ban, Actor::Prof]),
    target(YEARLY, OFFICE, "100", Unit::Percent, Who::Fixed("cơ sở giáo dục trực thuộc"),
      "xây dựng và triển khai kế hoạch công tác bình đẳng giới của đơn vị",
      By::SecondQuarter, &[Actor::Units]),
    target(MULTI, OFFICE, "75", Unit::Percent, Who::Fixed("cơ quan, đơn vị trực thuộc"),
      "có lãnh đạo chủ chốt là nữ",
      By::End, &[Actor::Head]),
];
