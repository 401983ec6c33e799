//! The roles and units of tổ chức thực hiện (A10) at each issuer level,
//! with their duties, and who leads a task or owns a target there.
//!
//! The five levels whose learners are children (mầm non, tiểu học, THCS,
//! THPT, liên cấp) share one list of school roles, [`SCHOOL_BASE`]; each of
//! them states only how it differs (another name, other duties, a role it
//! does not have). The offices, the Ban, the GDNN-GDTX centre and the
//! college are organised otherwise and list their roles in full, reusing the
//! rows they share with a school. A new role for every school goes into the
//! base once.

use crate::domain::plan::{Assignment, IssuerLevel, PlanKind};

/// Who does a task, independent of what the role is called at each level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Actor {
    /// The head: Hiệu trưởng, Giám đốc, Lãnh đạo Phòng/Sở, Trưởng ban.
    Head,
    /// Ban Vì sự tiến bộ phụ nữ (its members, for a Ban's own plan).
    Ban,
    /// Who leads teaching: Phó hiệu trưởng chuyên môn, Phòng Đào tạo, Phó trưởng ban.
    Deputy,
    /// Tổ chuyên môn, phòng/khoa, bộ phận chuyên môn of an office.
    Prof,
    Union,
    /// The pupils' organisation: Đội (tiểu học, THCS) or Đoàn (THPT, colleges).
    Youth,
    /// The teachers' Đoàn branch where pupils have the Đội.
    YouthBranch,
    /// Giáo viên chủ nhiệm; in mầm non the teachers of each group.
    Homeroom,
    Counsel,
    Parents,
    /// Văn phòng, Phòng Tổ chức – Hành chính.
    Admin,
    Comms,
    /// The units under an office.
    Units,
    Staff,
}

use Actor::*;

/// One row of tổ chức thực hiện: who, under the level's name, does what.
#[derive(Debug, Clone, Copy)]
pub(super) struct Role {
    pub actor: Actor,
    pub name: &'static str,
    pub duties: &'static [&'static str],
}

const fn role(actor: Actor, name: &'static str, duties: &'static [&'static str]) -> Role {
    Role {
        actor,
        name,
        duties,
    }
}

/// How a school level's roles differ from [`SCHOOL_BASE`].
enum Difference {
    /// The base's name with other duties.
    Duties(Actor, &'static [&'static str]),
    /// Another name (and duties) for the role.
    Instead(Role),
    /// The level has no such role.
    Without(Actor),
}

use Difference::*;

impl Difference {
    /// The role of the base it changes.
    const fn actor(&self) -> Actor {
        match self {
            Duties(actor, _) | Without(actor) => *actor,
            Instead(role) => role.actor,
        }
    }
}

/// The roles of the level, in the order tổ chức thực hiện lists them; the
/// head comes first.
pub(super) fn roles(level: IssuerLevel) -> &'static [Role] {
    match level {
        IssuerLevel::MamNon => &PRESCHOOL_ROLES,
        IssuerLevel::TieuHoc => &PRIMARY_ROLES,
        IssuerLevel::Thcs => SCHOOL_BASE,
        IssuerLevel::Thpt => &UPPER_SECONDARY_ROLES,
        IssuerLevel::LienCap => &LIEN_CAP_ROLES,
        IssuerLevel::GdnnGdtx => CENTRE,
        IssuerLevel::CaoDang => COLLEGE,
        IssuerLevel::Phong => PHONG,
        IssuerLevel::So => SO,
        IssuerLevel::BanVstbpn => BAN,
    }
}

// The school levels' roles are worked out when the crate is built, so the
// widget carries finished tables, as if each had been written out.
static PRESCHOOL_ROLES: [Role; 9] = school_roles(PRESCHOOL);
static PRIMARY_ROLES: [Role; 11] = school_roles(PRIMARY);
static UPPER_SECONDARY_ROLES: [Role; 10] = school_roles(UPPER_SECONDARY);
static LIEN_CAP_ROLES: [Role; 11] = school_roles(LIEN_CAP);

/// [`SCHOOL_BASE`] with a level's differences. `COUNT` is how many roles
/// the level keeps; a wrong count fails the build.
const fn school_roles<const COUNT: usize>(differences: &[Difference]) -> [Role; COUNT] {
    let mut kept = [SCHOOL_BASE[0]; COUNT];
    let mut filled = 0;
    let mut index = 0;
    while index < SCHOOL_BASE.len() {
        let base = SCHOOL_BASE[index];
        let role = match difference_for(differences, base.actor) {
            None => Some(base),
            Some(Duties(_, duties)) => Some(Role { duties, ..base }),
            Some(Instead(role)) => Some(*role),
            Some(Without(_)) => None,
        };
        if let Some(role) = role {
            kept[filled] = role;
            filled += 1;
        }
        index += 1;
    }
    assert!(filled == COUNT, "COUNT must be the number of roles kept");
    kept
}

/// The difference that changes the base's role of `actor`, if any.
const fn difference_for(differences: &[Difference], actor: Actor) -> Option<&Difference> {
    let mut index = 0;
    while index < differences.len() {
        if differences[index].actor() as u8 == actor as u8 {
            return Some(&differences[index]);
        }
        index += 1;
    }
    None
}

/// The role that leads for the level: the first of `preferred` the level
/// has, else the head (every level has one).
pub(super) fn lead_role(level: IssuerLevel, preferred: &[Actor]) -> &'static str {
    lead_role_strict(level, preferred).unwrap_or_else(|| roles(level)[0].name)
}

/// The first of `preferred` the level has, if any.
pub(super) fn lead_role_strict(level: IssuerLevel, preferred: &[Actor]) -> Option<&'static str> {
    let table = roles(level);
    preferred
        .iter()
        .find_map(|actor| table.iter().find(|role| role.actor == *actor))
        .map(|role| role.name)
}

/// Roles or units of tổ chức thực hiện for the level, with their duties.
/// Ids are 0.
pub fn suggested_assignments(kind: PlanKind, level: IssuerLevel) -> Vec<Assignment> {
    let mut assignments: Vec<Assignment> = roles(level)
        .iter()
        .map(|role| Assignment {
            id: 0,
            role: role.name.to_string(),
            duties: role.duties.iter().map(|duty| duty.to_string()).collect(),
        })
        .collect();
    // The kind adds one duty to whoever coordinates the plan.
    let extra = match kind {
        PlanKind::ActionMonth => Some(
            "Xây dựng chương trình hoạt động của Tháng hành động; tổng hợp kết quả và báo cáo \
             sau khi Tháng hành động kết thúc.",
        ),
        PlanKind::GenderAndChildren => Some(
            "Theo dõi công tác bảo vệ trẻ em, phòng, chống tai nạn thương tích và đuối nước; \
             bảo đảm bí mật thông tin cá nhân của trẻ em.",
        ),
        PlanKind::MultiYear => Some(
            "Đánh giá hằng năm mức độ đạt các chỉ tiêu của giai đoạn và đề xuất điều chỉnh khi \
             cần thiết.",
        ),
        PlanKind::Annual => None,
    };
    if let Some(extra) = extra {
        let coordinator = lead_role(level, &[Ban, Admin, Prof]);
        if let Some(assignment) = assignments
            .iter_mut()
            .find(|assignment| assignment.role == coordinator)
        {
            assignment.duties.push(extra.to_string());
        }
    }
    assignments
}

// ------------------------------------------------------------ the school base

/// The roles of a THCS, which the other schools for children vary.
const SCHOOL_BASE: &[Role] = &[
    HEAD_OF_SCHOOL,
    BAN_OF_THE_UNIT,
    role(
        Deputy,
        "Phó hiệu trưởng phụ trách chuyên môn",
        DEPUTY_OF_SCHOOL_DUTIES,
    ),
    PROFESSIONAL_TEAMS,
    SCHOOL_UNION,
    role(Youth, "Tổng phụ trách Đội", DOI_SECONDARY_DUTIES),
    role(YouthBranch, "Chi đoàn giáo viên", TEACHER_BRANCH_DUTIES),
    role(Homeroom, "Giáo viên chủ nhiệm", HOMEROOM_DUTIES),
    role(Counsel, "Tổ tư vấn học đường", COUNSEL_DUTIES),
    role(Parents, "Ban đại diện cha mẹ học sinh", PARENTS_DUTIES),
    role(Staff, "Cán bộ, giáo viên, nhân viên", SCHOOL_STAFF_DUTIES),
];

/// Young children: no Đội, no counselling team; groups instead of classes.
const PRESCHOOL: &[Difference] = &[
    Duties(Deputy, DEPUTY_OF_PRESCHOOL_DUTIES),
    Without(Youth),
    Instead(role(YouthBranch, "Chi đoàn", PRESCHOOL_BRANCH_DUTIES)),
    Instead(role(
        Homeroom,
        "Giáo viên các nhóm, lớp",
        PRESCHOOL_TEACHERS_DUTIES,
    )),
    Without(Counsel),
    Instead(role(
        Parents,
        "Ban đại diện cha mẹ trẻ",
        PRESCHOOL_PARENTS_DUTIES,
    )),
];

/// The Đội of a primary school also runs the sao nhi đồng.
const PRIMARY: &[Difference] = &[Duties(Youth, DOI_PRIMARY_DUTIES)];

/// Upper secondary pupils belong to the Đoàn; the school has no Đội.
const UPPER_SECONDARY: &[Difference] = &[
    Instead(role(Youth, "Đoàn trường", DOAN_THPT_DUTIES)),
    Without(YouthBranch),
];

/// The older pupils of a liên cấp school have a Đoàn of the school.
const LIEN_CAP: &[Difference] = &[Instead(role(
    YouthBranch,
    "Đoàn Thanh niên nhà trường",
    DOAN_LIEN_CAP_DUTIES,
))];

// ---------------------------------------------------- rows shared across levels

const HEAD_OF_SCHOOL: Role = role(Head, "Hiệu trưởng", HEAD_OF_SCHOOL_DUTIES);
const BAN_OF_THE_UNIT: Role = role(Ban, "Ban Vì sự tiến bộ phụ nữ", BAN_DUTIES);
const PROFESSIONAL_TEAMS: Role = role(Prof, "Các tổ chuyên môn", PROFESSIONAL_TEAMS_DUTIES);
const SCHOOL_UNION: Role = role(Union, "Công đoàn cơ sở", SCHOOL_UNION_DUTIES);
const GENERIC_UNION: Role = role(Union, "Công đoàn cơ sở", GENERIC_UNION_DUTIES);
const VOCATIONAL_YOUTH: Role = role(Youth, "Đoàn Thanh niên", DOAN_VOCATIONAL_DUTIES);

// ----------------------------------------------- levels with their own lists

const CENTRE: &[Role] = &[
    role(Head, "Giám đốc", HEAD_OF_CENTRE_DUTIES),
    BAN_OF_THE_UNIT,
    role(
        Admin,
        "Phòng Hành chính – Tổng hợp",
        VOCATIONAL_ADMIN_DUTIES,
    ),
    PROFESSIONAL_TEAMS,
    GENERIC_UNION,
    VOCATIONAL_YOUTH,
    role(Homeroom, "Giáo viên chủ nhiệm", VOCATIONAL_HOMEROOM_DUTIES),
    role(
        Counsel,
        "Bộ phận tư vấn, hướng nghiệp",
        &[
            "Tư vấn hướng nghiệp, việc làm không định kiến giới; hỗ trợ học viên gặp khó khăn \
             hoặc có nguy cơ bị bạo lực.",
        ],
    ),
    role(Staff, "Giáo viên, nhân viên", CENTRE_STAFF_DUTIES),
];

const COLLEGE: &[Role] = &[
    HEAD_OF_SCHOOL,
    BAN_OF_THE_UNIT,
    role(Admin, "Phòng Tổ chức – Hành chính", VOCATIONAL_ADMIN_DUTIES),
    role(
        Deputy,
        "Phòng Đào tạo",
        &[
            "Chỉ đạo lồng ghép bình đẳng giới trong chương trình, kế hoạch đào tạo; phối hợp tư \
             vấn tuyển sinh không định kiến giới.",
        ],
    ),
    role(
        Prof,
        "Các phòng, khoa",
        &[
            "Phổ biến Kế hoạch đến viên chức, người học của đơn vị; lồng ghép nội dung bình đẳng \
             giới trong giảng dạy và các hoạt động.",
            "Gửi kết quả thực hiện về Ban Vì sự tiến bộ phụ nữ cùng với báo cáo định kỳ của đơn \
             vị.",
        ],
    ),
    role(
        Counsel,
        "Phòng Công tác học sinh, sinh viên",
        &[
            "Tiếp nhận, phối hợp xử lý phản ánh về quấy rối, bạo lực đối với người học, kể cả tại \
             ký túc xá và nơi thực tập.",
            "Phối hợp tổ chức các hoạt động tư vấn, hỗ trợ người học.",
        ],
    ),
    SCHOOL_UNION,
    VOCATIONAL_YOUTH,
    role(
        Homeroom,
        "Giáo viên chủ nhiệm, cố vấn học tập",
        VOCATIONAL_HOMEROOM_DUTIES,
    ),
    role(
        Comms,
        "Tổ truyền thông",
        &[
            "Đăng tải Kế hoạch, tin, bài về các hoạt động trên trang thông tin điện tử và trang \
             mạng xã hội của trường.",
        ],
    ),
    role(
        Staff,
        "Giảng viên, viên chức, người lao động",
        CENTRE_STAFF_DUTIES,
    ),
];

const PHONG: &[Role] = &[
    role(
        Head,
        "Lãnh đạo Phòng",
        &[
            "Chỉ đạo chung; phân công chuyên viên theo dõi công tác bình đẳng giới ở từng cấp học.",
            "Chỉ đạo phối hợp với các cơ quan chức năng xử lý các vụ việc bạo lực, xâm hại liên \
             quan đến học sinh.",
        ],
    ),
    role(
        Prof,
        "Các bộ phận chuyên môn thuộc Phòng",
        &[
            "Tham mưu xây dựng, triển khai Kế hoạch; hướng dẫn các cơ sở giáo dục lồng ghép bình \
             đẳng giới trong hoạt động giáo dục.",
            "Kiểm tra, tổng hợp kết quả và số liệu tách biệt giới; báo cáo cấp trên đúng thời \
             hạn.",
        ],
    ),
    role(
        Units,
        "Thủ trưởng các cơ sở giáo dục",
        &[
            "Xây dựng, ban hành kế hoạch của đơn vị phù hợp với cấp học và điều kiện thực tế.",
            "Tổ chức tuyên truyền đến giáo viên, nhân viên, cha mẹ học sinh và học sinh; bảo đảm \
             an toàn, phòng, chống bạo lực, xâm hại và đuối nước cho học sinh.",
            "Báo cáo kết quả về Phòng Giáo dục và Đào tạo đúng thời hạn.",
        ],
    ),
];

const SO: &[Role] = &[
    role(
        Head,
        "Lãnh đạo Sở",
        &[
            "Chỉ đạo chung; phân công một Phó Giám đốc phụ trách công tác bình đẳng giới và vì sự \
             tiến bộ của phụ nữ.",
        ],
    ),
    role(
        Admin,
        "Văn phòng Sở",
        &[
            "Chủ trì tham mưu triển khai Kế hoạch; tổng hợp kết quả và số liệu tách biệt giới của \
             toàn ngành để báo cáo cấp trên.",
        ],
    ),
    role(
        Prof,
        "Các phòng chuyên môn thuộc Sở",
        &[
            "Lồng ghép bình đẳng giới trong hướng dẫn nhiệm vụ năm học, tập huấn và kiểm tra theo \
             lĩnh vực phụ trách.",
        ],
    ),
    role(
        Ban,
        "Ban Vì sự tiến bộ phụ nữ ngành",
        &[
            "Giúp lãnh đạo Sở theo dõi, đôn đốc việc thực hiện; đề xuất khen thưởng và giải pháp \
             cho các vấn đề phát sinh.",
        ],
    ),
    role(
        Union,
        "Công đoàn ngành Giáo dục",
        &[
            "Phối hợp tuyên truyền, giám sát việc thực hiện chính sách đối với lao động nữ; hướng \
             dẫn công đoàn cơ sở tổ chức phong trào “Giỏi việc trường, đảm việc nhà”.",
        ],
    ),
    role(
        Units,
        "Các đơn vị trực thuộc Sở",
        &[
            "Cụ thể hóa Kế hoạch này thành kế hoạch của đơn vị; tự kiểm tra việc thực hiện và gửi \
             báo cáo về Sở theo thời hạn quy định.",
        ],
    ),
];

const BAN: &[Role] = &[
    role(
        Head,
        "Trưởng ban",
        &[
            "Điều hành hoạt động của Ban; phân công nhiệm vụ cho từng thành viên; báo cáo thủ \
             trưởng đơn vị về kết quả thực hiện.",
        ],
    ),
    role(
        Deputy,
        "Phó trưởng ban",
        &[
            "Giúp Trưởng ban theo dõi các hoạt động lồng ghép, tuyên truyền; điều hành công việc \
             của Ban khi được Trưởng ban ủy quyền.",
        ],
    ),
    role(
        Ban,
        "Các thành viên Ban",
        &[
            "Theo dõi, đôn đốc việc thực hiện tại bộ phận được phân công; thu thập minh chứng, số \
             liệu để báo cáo.",
        ],
    ),
    role(
        Prof,
        "Các bộ phận, tổ chuyên môn",
        &[
            "Phối hợp với Ban triển khai các hoạt động trong phạm vi phụ trách; cử người tham gia \
             khi được đề nghị.",
        ],
    ),
    GENERIC_UNION,
];

// -------------------------------------------------------------------- duties

const LEAD_THE_PLAN: &str =
    "Chỉ đạo chung việc thực hiện Kế hoạch; phân công nhiệm vụ cụ thể cho các bộ phận, cá nhân.";
const PROVIDE_TIME_AND_MEANS: &str =
    "Bố trí thời gian, cơ sở vật chất và kinh phí cho các hoạt động theo quy định.";
const HEAD_OF_SCHOOL_DUTIES: &[&str] = &[
    LEAD_THE_PLAN,
    PROVIDE_TIME_AND_MEANS,
    "Chỉ đạo xử lý kịp thời, đúng quy định các vụ việc bạo lực, xâm hại liên quan đến nhà \
     trường; quyết định điều chỉnh Kế hoạch khi cần thiết.",
];
const HEAD_OF_CENTRE_DUTIES: &[&str] = &[
    LEAD_THE_PLAN,
    PROVIDE_TIME_AND_MEANS,
    "Chỉ đạo xử lý kịp thời, đúng quy định các vụ việc bạo lực, xâm hại liên quan đến học viên \
     và người lao động; quyết định điều chỉnh Kế hoạch khi cần thiết.",
];
const BAN_DUTIES: &[&str] = &[
    "Tham mưu xây dựng Kế hoạch; hướng dẫn, đôn đốc các bộ phận triển khai các hoạt động.",
    "Theo dõi tiến độ, lưu giữ minh chứng và số liệu tách biệt giới; chuẩn bị báo cáo sơ kết, \
     tổng kết.",
    "Đề xuất biểu dương, khen thưởng tập thể, cá nhân có thành tích.",
];
const DEPUTY_OF_SCHOOL_DUTIES: &[&str] = &[
    "Chỉ đạo các tổ chuyên môn đưa nội dung giới, bình đẳng giới vào kế hoạch dạy học và hoạt \
     động giáo dục.",
    "Tổ chức dự giờ, sinh hoạt chuyên môn để đánh giá và nhân rộng các bài dạy có lồng ghép \
     hiệu quả.",
];
const DEPUTY_OF_PRESCHOOL_DUTIES: &[&str] = &[
    "Chỉ đạo giáo viên lồng ghép giáo dục giới vào hoạt động chăm sóc, giáo dục trẻ; tổ chức \
     môi trường chơi không định kiến giới.",
    "Kiểm tra việc bảo đảm an toàn cho trẻ ở các nhóm, lớp.",
];
const PROFESSIONAL_TEAMS_DUTIES: &[&str] = &[
    "Lựa chọn bài học, chủ đề phù hợp để lồng ghép; thảo luận cách tổ chức trong sinh hoạt tổ.",
    "Rà soát học liệu, đồ dùng dạy học, loại bỏ hình ảnh và ngôn từ mang định kiến giới.",
];
const DEFEND_WOMEN_WORKERS: &str =
    "Tuyên truyền chính sách, pháp luật liên quan đến lao động nữ; giám sát việc thực hiện chế \
     độ đối với người lao động nữ.";
const SCHOOL_UNION_DUTIES: &[&str] = &[
    DEFEND_WOMEN_WORKERS,
    "Tổ chức các hoạt động nhân ngày 8/3 và ngày 20/10; phát động phong trào thi đua “Giỏi việc \
     trường, đảm việc nhà”.",
    "Nắm bắt tâm tư, hoàn cảnh của đoàn viên để kịp thời hỗ trợ khi có dấu hiệu bạo lực gia \
     đình.",
];
const GENERIC_UNION_DUTIES: &[&str] = &[
    DEFEND_WOMEN_WORKERS,
    "Tổ chức các hoạt động nhân ngày 8/3 và ngày 20/10; nắm bắt hoàn cảnh của đoàn viên để kịp \
     thời hỗ trợ.",
];
const PUPILS_IN_KEY_DAYS: &str =
    "Tổ chức cho học sinh tham gia các hoạt động hưởng ứng ngày kỷ niệm và Tháng hành động.";
const DOI_PRIMARY_DUTIES: &[&str] = &[
    "Xây dựng nội dung sinh hoạt dưới cờ, sinh hoạt Đội và sao nhi đồng về tôn trọng bạn bè, \
     bình đẳng giới và phòng, chống bạo lực học đường.",
    PUPILS_IN_KEY_DAYS,
];
const DOI_SECONDARY_DUTIES: &[&str] = &[
    "Xây dựng nội dung sinh hoạt dưới cờ, sinh hoạt Đội về tôn trọng bạn bè, bình đẳng giới và \
     phòng, chống bạo lực học đường.",
    PUPILS_IN_KEY_DAYS,
];
const TEACHER_BRANCH_DUTIES: &[&str] = &[
    "Phối hợp tổ chức các hoạt động trải nghiệm, văn nghệ, thể thao cho học sinh; vận động đoàn \
     viên gương mẫu thực hiện bình đẳng giới.",
];
const PRESCHOOL_BRANCH_DUTIES: &[&str] = &[
    "Tham gia trang trí, tuyên truyền và tổ chức các hoạt động cho trẻ nhân các ngày kỷ niệm; \
     vận động đoàn viên gương mẫu thực hiện bình đẳng giới.",
];
const DOAN_THPT_DUTIES: &[&str] = &[
    "Tổ chức diễn đàn, câu lạc bộ, hoạt động ngoại khóa cho đoàn viên, học sinh về bình đẳng \
     giới, tình bạn lành mạnh và phòng, chống quấy rối.",
    "Tổ chức hoạt động hưởng ứng Tháng hành động và các ngày kỷ niệm; lan tỏa thông điệp trên \
     trang mạng xã hội của Đoàn.",
];
const DOAN_LIEN_CAP_DUTIES: &[&str] = &[
    "Phối hợp tổ chức hoạt động trải nghiệm cho học sinh; tổ chức diễn đàn cho học sinh các lớp \
     lớn về bình đẳng giới và tình bạn lành mạnh.",
];
const DOAN_VOCATIONAL_DUTIES: &[&str] = &[
    "Tổ chức diễn đàn, cuộc thi, hoạt động tình nguyện cho người học về bình đẳng giới và \
     phòng, chống bạo lực trên cơ sở giới.",
    "Phát huy vai trò của đoàn viên trong việc phát hiện, phản ánh các hành vi quấy rối, bạo \
     lực.",
];
const HOMEROOM_DUTIES: &[&str] = &[
    "Lồng ghép giáo dục giới, kỹ năng tự bảo vệ trong giờ sinh hoạt lớp; theo dõi để phát hiện \
     sớm học sinh có dấu hiệu bị bạo lực, xâm hại và báo cáo kịp thời.",
    "Phối hợp với cha mẹ học sinh trong giáo dục và bảo vệ học sinh.",
];
const PRESCHOOL_TEACHERS_DUTIES: &[&str] = &[
    "Tổ chức hoạt động giáo dục giới phù hợp với lứa tuổi; quan sát, phát hiện sớm dấu hiệu bất \
     thường ở trẻ và báo cáo ngay với Ban Giám hiệu.",
    "Trao đổi với cha mẹ trẻ về cách nuôi dạy con không phân biệt giới.",
];
const VOCATIONAL_HOMEROOM_DUTIES: &[&str] = &[
    "Nắm bắt hoàn cảnh, tâm lý của người học; phát hiện sớm và báo cáo kịp thời các trường hợp \
     có nguy cơ bị bạo lực, quấy rối.",
    "Giữ liên lạc với gia đình người học khi cần phối hợp hỗ trợ.",
];
const COUNSEL_DUTIES: &[&str] = &[
    "Tư vấn tâm lý, kỹ năng ứng phó với bạo lực, xâm hại, quấy rối cho học sinh; giữ bí mật \
     thông tin của người được tư vấn.",
    "Phối hợp với giáo viên chủ nhiệm và gia đình hỗ trợ học sinh gặp khó khăn.",
];
const PARENTS_DUTIES: &[&str] = &[
    "Phổ biến nội dung Kế hoạch đến cha mẹ học sinh các lớp; vận động các gia đình chia sẻ việc \
     nhà, đối xử công bằng giữa con trai và con gái.",
    "Phối hợp với nhà trường bảo đảm an toàn cho học sinh ngoài giờ học.",
];
const PRESCHOOL_PARENTS_DUTIES: &[&str] = &[
    "Phổ biến nội dung Kế hoạch đến cha mẹ trẻ các nhóm, lớp; vận động các gia đình chia sẻ \
     việc nhà, đối xử công bằng giữa con trai và con gái.",
    "Phối hợp với nhà trường bảo đảm an toàn cho trẻ khi đưa đón và ở nhà.",
];
const SET_AN_EXAMPLE: &str =
    "Thực hiện đầy đủ nhiệm vụ được phân công; gương mẫu trong ứng xử, tôn trọng bình đẳng giới \
     tại nơi làm việc và trong gia đình.";
const SCHOOL_STAFF_DUTIES: &[&str] = &[
    SET_AN_EXAMPLE,
    "Báo cáo ngay với Ban Giám hiệu khi phát hiện dấu hiệu bạo lực, xâm hại.",
];
const CENTRE_STAFF_DUTIES: &[&str] = &[
    SET_AN_EXAMPLE,
    "Báo cáo ngay với lãnh đạo đơn vị khi phát hiện dấu hiệu bạo lực, xâm hại, quấy rối.",
];
const VOCATIONAL_ADMIN_DUTIES: &[&str] = &[
    "Tham mưu ban hành văn bản triển khai Kế hoạch; rà soát quy hoạch, đào tạo, bồi dưỡng cán \
     bộ nữ.",
    "Tổng hợp số liệu đội ngũ tách biệt theo giới phục vụ báo cáo.",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// A difference that names no role of the base would silently do
    /// nothing: every difference must change something.
    #[test]
    fn every_difference_names_a_role_of_the_base() {
        for differences in [PRESCHOOL, PRIMARY, UPPER_SECONDARY, LIEN_CAP] {
            for difference in differences {
                let actor = difference.actor();
                assert!(
                    SCHOOL_BASE.iter().any(|base| base.actor == actor),
                    "{actor:?} is not in the school base"
                );
            }
        }
    }

    /// `lead_role_strict` takes the first role of an actor: two rows of one
    /// actor would hide the second from every task.
    #[test]
    fn each_actor_has_at_most_one_role_per_level() {
        for level in IssuerLevel::ALL {
            let table = roles(level);
            for (index, role) in table.iter().enumerate() {
                assert!(
                    table[index + 1..]
                        .iter()
                        .all(|other| other.actor != role.actor),
                    "{level:?}: {:?} twice",
                    role.actor
                );
            }
        }
    }
}
