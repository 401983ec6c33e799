//! The Kế hoạch: every part a real plan has, as plain serde data.
//!
//! No signals, no browser types: the editor keeps one `Plan` in a signal and
//! calls the editing methods here. Every field has a serde default so that a
//! draft saved before a field existed still loads (see `draft`).
//!
//! All text enters through [`Plan::normalize`] (or the setters that call
//! [`crate::domain::text::clean`]): Vietnamese typed with some keyboards
//! arrives decomposed (NFD) and must be stored as NFC.

use crate::domain::date::Date;
use crate::domain::text::clean;
use serde::{Deserialize, Serialize};

/// Stable id of a list item inside one plan (keys for the editor's lists,
/// links from tasks to targets). Ids are never reused within a plan.
pub type ItemId = u32;

/// What the plan is about, which sets the expected sections and checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PlanKind {
    /// Kế hoạch công tác BĐG và VSTBPN of one year (or school year).
    #[default]
    Annual,
    /// Tháng hành động vì BĐG và phòng ngừa, ứng phó với BLTCSG (15/11–15/12).
    ActionMonth,
    /// A plan over several years, e.g. giai đoạn 2021–2030.
    MultiYear,
    /// "Bình đẳng giới và Trẻ em": gender equality together with child protection.
    GenderAndChildren,
}

impl PlanKind {
    pub const ALL: [PlanKind; 4] = [
        PlanKind::Annual,
        PlanKind::ActionMonth,
        PlanKind::MultiYear,
        PlanKind::GenderAndChildren,
    ];

    /// Stable code used in URLs, storage and the embedding options.
    pub fn code(self) -> &'static str {
        match self {
            PlanKind::Annual => "annual",
            PlanKind::ActionMonth => "action-month",
            PlanKind::MultiYear => "multi-year",
            PlanKind::GenderAndChildren => "gender-and-children",
        }
    }

    pub fn from_code(code: &str) -> Option<PlanKind> {
        PlanKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// Who issues the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IssuerLevel {
    /// Sở Giáo dục và Đào tạo.
    So,
    /// Phòng Giáo dục và Đào tạo.
    Phong,
    MamNon,
    #[default]
    TieuHoc,
    Thcs,
    Thpt,
    /// Trường liên cấp (several levels in one school).
    LienCap,
    /// Trung tâm GDNN-GDTX.
    GdnnGdtx,
    /// Trường cao đẳng, đại học.
    CaoDang,
    /// The school's Ban vì sự tiến bộ phụ nữ, issuing in its own name.
    BanVstbpn,
}

impl IssuerLevel {
    pub const ALL: [IssuerLevel; 10] = [
        IssuerLevel::So,
        IssuerLevel::Phong,
        IssuerLevel::MamNon,
        IssuerLevel::TieuHoc,
        IssuerLevel::Thcs,
        IssuerLevel::Thpt,
        IssuerLevel::LienCap,
        IssuerLevel::GdnnGdtx,
        IssuerLevel::CaoDang,
        IssuerLevel::BanVstbpn,
    ];

    /// Stable code used in URLs, storage and the embedding options (`data-level`).
    pub fn code(self) -> &'static str {
        match self {
            IssuerLevel::So => "so",
            IssuerLevel::Phong => "phong",
            IssuerLevel::MamNon => "mam-non",
            IssuerLevel::TieuHoc => "tieu-hoc",
            IssuerLevel::Thcs => "thcs",
            IssuerLevel::Thpt => "thpt",
            IssuerLevel::LienCap => "lien-cap",
            IssuerLevel::GdnnGdtx => "gdnn-gdtx",
            IssuerLevel::CaoDang => "cao-dang",
            IssuerLevel::BanVstbpn => "ban-vstbpn",
        }
    }

    pub fn from_code(code: &str) -> Option<IssuerLevel> {
        IssuerLevel::ALL.into_iter().find(|l| l.code() == code)
    }

    /// A school (as opposed to an education office or a Ban).
    pub fn is_school(self) -> bool {
        !matches!(
            self,
            IssuerLevel::So | IssuerLevel::Phong | IssuerLevel::BanVstbpn
        )
    }
}

/// The time a plan covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Period {
    /// "năm 2024".
    Year { year: u16 },
    /// "năm học 2024-2025", starting in September of `start`.
    SchoolYear { start: u16 },
    /// "giai đoạn 2021-2030".
    Span { from: u16, to: u16 },
}

impl Default for Period {
    fn default() -> Self {
        Period::Year { year: 0 }
    }
}

impl Period {
    /// First and last day covered, if the years are set.
    pub fn bounds(self) -> Option<(Date, Date)> {
        match self {
            Period::Year { year } => Some((Date::new(year, 1, 1)?, Date::new(year, 12, 31)?)),
            Period::SchoolYear { start } => Some((
                Date::new(start, 8, 1)?,
                Date::new(start.checked_add(1)?, 7, 31)?,
            )),
            Period::Span { from, to } if from <= to => {
                Some((Date::new(from, 1, 1)?, Date::new(to, 12, 31)?))
            }
            Period::Span { .. } => None,
        }
    }

    /// Does the period cover (part of) the given calendar year?
    pub fn covers_year(self, year: u16) -> bool {
        self.bounds()
            .is_some_and(|(a, b)| a.year() <= year && year <= b.year())
    }

    /// The year the plan belongs to (the first year of its period), 0 when unset.
    pub fn first_year(self) -> u16 {
        match self {
            Period::Year { year } => year,
            Period::SchoolYear { start } => start,
            Period::Span { from, .. } => from,
        }
    }
}

/// The header block, số and date line (PLAN_CHECKLIST A1–A3).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Header {
    /// Tên cơ quan chủ quản trực tiếp, as the user writes it (exported in capitals).
    pub parent_body: String,
    /// Tên cơ quan, tổ chức ban hành, e.g. "Trường Tiểu học Thịnh Quang".
    pub issuer: String,
    /// Issuer abbreviation for the ký hiệu, e.g. "THTQ" in "29/KH-THTQ".
    pub issuer_abbr: String,
    /// Sequence number as typed ("29", "05"); empty until the văn thư assigns it.
    pub number: String,
    /// Địa danh, e.g. "Thịnh Quang".
    pub place: String,
    /// Ngày ban hành; `None` in a draft whose date is set at signing.
    pub date: Option<Date>,
}

/// Tên loại and trích yếu (A4). The tên loại is always "KẾ HOẠCH".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Title {
    /// Trích yếu, e.g. "Thực hiện công tác bình đẳng giới năm 2024".
    pub subject: String,
}

/// Kind of a cited document (the type abbreviations of ND30 §12 and the
/// legal types plans cite).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocType {
    Luat,
    BoLuat,
    NghiQuyet,
    NghiDinh,
    QuyetDinh,
    ThongTu,
    ChiThi,
    KetLuan,
    #[default]
    KeHoach,
    CongVan,
    VanBan,
    HuongDan,
    ChuongTrinh,
    ThongBao,
    DeAn,
    QuyDinh,
}

impl DocType {
    pub const ALL: [DocType; 16] = [
        DocType::Luat,
        DocType::BoLuat,
        DocType::NghiQuyet,
        DocType::NghiDinh,
        DocType::QuyetDinh,
        DocType::ThongTu,
        DocType::ChiThi,
        DocType::KetLuan,
        DocType::KeHoach,
        DocType::CongVan,
        DocType::VanBan,
        DocType::HuongDan,
        DocType::ChuongTrinh,
        DocType::ThongBao,
        DocType::DeAn,
        DocType::QuyDinh,
    ];

    /// The Vietnamese name as written in a citation ("Kế hoạch", "Nghị định").
    pub fn name_vi(self) -> &'static str {
        match self {
            DocType::Luat => "Luật",
            DocType::BoLuat => "Bộ luật",
            DocType::NghiQuyet => "Nghị quyết",
            DocType::NghiDinh => "Nghị định",
            DocType::QuyetDinh => "Quyết định",
            DocType::ThongTu => "Thông tư",
            DocType::ChiThi => "Chỉ thị",
            DocType::KetLuan => "Kết luận",
            DocType::KeHoach => "Kế hoạch",
            DocType::CongVan => "Công văn",
            DocType::VanBan => "Văn bản",
            DocType::HuongDan => "Hướng dẫn",
            DocType::ChuongTrinh => "Chương trình",
            DocType::ThongBao => "Thông báo",
            DocType::DeAn => "Đề án",
            DocType::QuyDinh => "Quy định",
        }
    }
}

/// How a căn cứ paragraph opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BasisVerb {
    #[default]
    CanCu,
    ThucHien,
}

impl BasisVerb {
    pub fn word(self) -> &'static str {
        match self {
            BasisVerb::CanCu => "Căn cứ",
            BasisVerb::ThucHien => "Thực hiện",
        }
    }
}

/// One cited document (A5), e.g. "Kế hoạch số 865/KH-UBND ngày 12/4/2022 của
/// UBND tỉnh Cao Bằng về …". A law cited by name only has an empty `number`
/// and `symbol` and its name in `subject` ("Bình đẳng giới").
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Citation {
    pub id: ItemId,
    pub verb: BasisVerb,
    pub doc_type: DocType,
    /// "865", "38a", "73".
    pub number: String,
    /// Everything after the first separator: "KH-UBND", "2006/QH11", "CT/TW".
    pub symbol: String,
    pub date: Option<Date>,
    /// "UBND tỉnh Cao Bằng".
    pub issuer: String,
    /// Trích yếu of the cited document, or the name of a law cited by name.
    pub subject: String,
    /// The superior body's plan of the same year (the one this plan implements).
    pub superior_plan: bool,
}

/// One measurable chỉ tiêu (A8).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Target {
    pub id: ItemId,
    /// What is measured: "được tập huấn về bình đẳng giới".
    pub what: String,
    /// For whom: "cán bộ, giáo viên, nhân viên".
    pub group: String,
    /// The number as typed, decimal comma allowed ("100", "2,5").
    pub value: String,
    pub unit: Unit,
    /// By when, free text ("cuối năm học", "năm 2025").
    pub by_when: String,
    /// Who is responsible.
    pub owner: String,
}

/// Unit of a target value.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    #[default]
    Percent,
    Luot,
    Nguoi,
    Buoi,
    HoatDong,
    Lop,
    Bai,
    ChuyenDe,
    Cuoc,
    Lan,
    Other(String),
}

impl Unit {
    /// The fixed units offered in the editor.
    pub const FIXED: [Unit; 10] = [
        Unit::Percent,
        Unit::Luot,
        Unit::Nguoi,
        Unit::Buoi,
        Unit::HoatDong,
        Unit::Lop,
        Unit::Bai,
        Unit::ChuyenDe,
        Unit::Cuoc,
        Unit::Lan,
    ];

    /// As written after the number ("%" is attached: "100%").
    pub fn label(&self) -> &str {
        match self {
            Unit::Percent => "%",
            Unit::Luot => "lượt",
            Unit::Nguoi => "người",
            Unit::Buoi => "buổi",
            Unit::HoatDong => "hoạt động",
            Unit::Lop => "lớp",
            Unit::Bai => "bài",
            Unit::ChuyenDe => "chuyên đề",
            Unit::Cuoc => "cuộc",
            Unit::Lan => "lần",
            Unit::Other(s) => s,
        }
    }
}

/// The 12 sub-areas of "Nội dung / nhiệm vụ / giải pháp" (PLAN_CHECKLIST §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SubArea {
    /// B1 Lãnh đạo, chỉ đạo; Ban VSTBPN.
    Leadership,
    /// B2 Tuyên truyền, phổ biến pháp luật.
    Communication,
    /// B3 Lồng ghép BĐG trong dạy học, giáo dục.
    Mainstreaming,
    /// B4 Tập huấn, bồi dưỡng.
    Training,
    /// B5 Tháng hành động vì BĐG (15/11–15/12).
    ActionMonth,
    /// B6 Ngày kỷ niệm (8/3, 20/10, 28/6, Tháng hành động vì trẻ em…).
    Observances,
    /// B7 Phòng, chống bạo lực, xâm hại; bảo vệ trẻ em.
    ViolencePrevention,
    /// B8 Công tác cán bộ nữ.
    WomenStaff,
    /// B9 Thi đua, khen thưởng.
    Emulation,
    /// B10 Kiểm tra, giám sát, sơ kết, tổng kết.
    Monitoring,
    /// B11 Số liệu tách biệt giới.
    Statistics,
    /// B12 Phối hợp gia đình, cộng đồng, ban ngành.
    Coordination,
}

impl SubArea {
    pub const ALL: [SubArea; 12] = [
        SubArea::Leadership,
        SubArea::Communication,
        SubArea::Mainstreaming,
        SubArea::Training,
        SubArea::ActionMonth,
        SubArea::Observances,
        SubArea::ViolencePrevention,
        SubArea::WomenStaff,
        SubArea::Emulation,
        SubArea::Monitoring,
        SubArea::Statistics,
        SubArea::Coordination,
    ];

    /// The checklist id, "B1" … "B12".
    pub fn code(self) -> &'static str {
        match self {
            SubArea::Leadership => "B1",
            SubArea::Communication => "B2",
            SubArea::Mainstreaming => "B3",
            SubArea::Training => "B4",
            SubArea::ActionMonth => "B5",
            SubArea::Observances => "B6",
            SubArea::ViolencePrevention => "B7",
            SubArea::WomenStaff => "B8",
            SubArea::Emulation => "B9",
            SubArea::Monitoring => "B10",
            SubArea::Statistics => "B11",
            SubArea::Coordination => "B12",
        }
    }

    /// Default group heading, in sentence case.
    pub fn title_vi(self) -> &'static str {
        match self {
            SubArea::Leadership => "Công tác lãnh đạo, chỉ đạo",
            SubArea::Communication => "Tuyên truyền, phổ biến pháp luật",
            SubArea::Mainstreaming => "Lồng ghép bình đẳng giới trong dạy học và giáo dục",
            SubArea::Training => "Tập huấn, bồi dưỡng",
            SubArea::ActionMonth => "Tháng hành động vì bình đẳng giới",
            SubArea::Observances => "Các ngày kỷ niệm",
            SubArea::ViolencePrevention => "Phòng, chống bạo lực, xâm hại",
            SubArea::WomenStaff => "Công tác cán bộ nữ",
            SubArea::Emulation => "Thi đua, khen thưởng",
            SubArea::Monitoring => "Kiểm tra, giám sát, sơ kết, tổng kết",
            SubArea::Statistics => "Số liệu thống kê tách biệt giới",
            SubArea::Coordination => "Phối hợp với gia đình và cộng đồng",
        }
    }
}

/// One task (A9).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct TaskItem {
    pub id: ItemId,
    pub text: String,
    /// When, free text ("tháng 11/2024", "cả năm học").
    pub timing: String,
    /// Lead role or unit; must appear in tổ chức thực hiện.
    pub lead: String,
    pub participants: String,
    /// The targets (chỉ tiêu) this task serves.
    pub targets: Vec<ItemId>,
}

/// A numbered group of tasks under one heading ("1. Tuyên truyền …").
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct TaskGroup {
    pub id: ItemId,
    /// The sub-area, when the group belongs to one.
    pub area: Option<SubArea>,
    pub title: String,
    pub items: Vec<TaskItem>,
}

/// A role or unit and its duties (A10).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Assignment {
    pub id: ItemId,
    /// "Hiệu trưởng", "Tổng phụ trách Đội", "Các tổ chuyên môn".
    pub role: String,
    pub duties: Vec<String>,
}

/// A report deadline (A12).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ReportDeadline {
    pub id: ItemId,
    pub date: Option<Date>,
    /// "Báo cáo sơ kết 6 tháng".
    pub content: String,
    /// "Phòng GD&ĐT".
    pub recipient: String,
    /// "qua thư điện tử".
    pub channel: String,
}

/// Quyền hạn prefix of the signer (ND30 §9).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Authority {
    /// The head signs in their own name.
    #[default]
    None,
    Tm,
    Kt,
    Q,
    Tl,
    Tuq,
}

impl Authority {
    pub const ALL: [Authority; 6] = [
        Authority::None,
        Authority::Tm,
        Authority::Kt,
        Authority::Q,
        Authority::Tl,
        Authority::Tuq,
    ];

    /// "KT." etc.; empty for none.
    pub fn prefix(self) -> &'static str {
        match self {
            Authority::None => "",
            Authority::Tm => "TM.",
            Authority::Kt => "KT.",
            Authority::Q => "Q.",
            Authority::Tl => "TL.",
            Authority::Tuq => "TUQ.",
        }
    }

    /// Does this prefix need the signer's own title on a second line?
    pub fn needs_second_title(self) -> bool {
        matches!(
            self,
            Authority::Tm | Authority::Kt | Authority::Tl | Authority::Tuq
        )
    }
}

/// The signature block (A15).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Signer {
    pub authority: Authority,
    /// The head's title or the collective after the prefix: "HIỆU TRƯỞNG",
    /// "BAN VÌ SỰ TIẾN BỘ PHỤ NỮ".
    pub title: String,
    /// The signer's own title under a prefix: "PHÓ HIỆU TRƯỞNG".
    pub deputy_title: String,
    /// "Nguyễn Thị Lan", without academic titles.
    pub name: String,
}

/// An appendix (A16).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Appendix {
    pub id: ItemId,
    pub title: String,
    /// Paragraphs separated by newlines.
    pub body: String,
}

/// A whole Kế hoạch.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    pub kind: PlanKind,
    pub level: IssuerLevel,
    pub period: Period,
    pub header: Header,
    pub title: Title,
    /// Căn cứ / Thực hiện (A5), in the order they are cited.
    pub basis: Vec<Citation>,
    /// The lead-in "… xây dựng Kế hoạch … như sau:" (A6).
    pub lead_in: String,
    /// The Action Month's theme (chủ đề), e.g. the national theme of the
    /// year; optional for other kinds. Edited with Mục đích, yêu cầu (A7)
    /// and printed once at the start of that part. Drafts saved before the
    /// field existed load with it empty (`#[serde(default)]` on `Plan`).
    pub theme: String,
    /// Mục đích (A7).
    pub purposes: Vec<String>,
    /// Yêu cầu (A7).
    pub requirements: Vec<String>,
    /// Mục tiêu chung (A8).
    pub general_aim: String,
    /// Chỉ tiêu (A8).
    pub targets: Vec<Target>,
    /// Nội dung, nhiệm vụ, giải pháp (A9).
    pub task_groups: Vec<TaskGroup>,
    /// Tổ chức thực hiện (A10).
    pub assignments: Vec<Assignment>,
    /// Kinh phí (A11): source of funds, free text.
    pub funding: String,
    /// Chế độ báo cáo (A12).
    pub reports: Vec<ReportDeadline>,
    /// Closing paragraph "Trên đây là Kế hoạch …" (A13); "./." is added on export.
    pub closing: String,
    /// Nơi nhận (A14), without the final "Lưu" line.
    pub recipients: Vec<String>,
    /// Units after "Lưu: VT", e.g. "VP" gives "- Lưu: VT, VP.".
    pub archive_units: String,
    pub signer: Signer,
    pub appendices: Vec<Appendix>,
    /// The next unused [`ItemId`].
    pub next_id: ItemId,
}

impl Plan {
    /// An empty plan of the given kind and level.
    pub fn new(kind: PlanKind, level: IssuerLevel) -> Plan {
        Plan {
            kind,
            level,
            next_id: 1,
            ..Plan::default()
        }
    }

    /// A fresh item id.
    pub fn fresh_id(&mut self) -> ItemId {
        // Ids from imported or hand-built plans may be above `next_id`.
        let max = self.max_id();
        self.next_id = self.next_id.max(max + 1).max(1);
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    fn max_id(&self) -> ItemId {
        let ids = self
            .basis
            .iter()
            .map(|c| c.id)
            .chain(self.targets.iter().map(|t| t.id))
            .chain(self.task_groups.iter().map(|g| g.id))
            .chain(
                self.task_groups
                    .iter()
                    .flat_map(|g| g.items.iter().map(|i| i.id)),
            )
            .chain(self.assignments.iter().map(|a| a.id))
            .chain(self.reports.iter().map(|r| r.id))
            .chain(self.appendices.iter().map(|a| a.id));
        ids.max().unwrap_or(0)
    }

    /// All tasks, in document order.
    pub fn tasks(&self) -> impl Iterator<Item = &TaskItem> {
        self.task_groups.iter().flat_map(|g| g.items.iter())
    }

    /// Number of list items (the size measure used by benchmarks).
    pub fn item_count(&self) -> usize {
        self.basis.len()
            + self.purposes.len()
            + self.requirements.len()
            + self.targets.len()
            + self.tasks().count()
            + self.assignments.len()
            + self.reports.len()
            + self.recipients.len()
    }

    /// Cleans every piece of text: NFC, no control characters but newlines.
    /// Call on anything that comes from outside (storage, files, paste).
    pub fn normalize(&mut self) {
        let h = &mut self.header;
        for s in [
            &mut h.parent_body,
            &mut h.issuer,
            &mut h.issuer_abbr,
            &mut h.number,
            &mut h.place,
            &mut self.title.subject,
            &mut self.lead_in,
            &mut self.theme,
            &mut self.general_aim,
            &mut self.funding,
            &mut self.closing,
            &mut self.archive_units,
            &mut self.signer.title,
            &mut self.signer.deputy_title,
            &mut self.signer.name,
        ] {
            clean_in_place(s);
        }
        for c in &mut self.basis {
            for s in [&mut c.number, &mut c.symbol, &mut c.issuer, &mut c.subject] {
                clean_in_place(s);
            }
        }
        for s in self
            .purposes
            .iter_mut()
            .chain(self.requirements.iter_mut())
            .chain(self.recipients.iter_mut())
        {
            clean_in_place(s);
        }
        for t in &mut self.targets {
            for s in [
                &mut t.what,
                &mut t.group,
                &mut t.value,
                &mut t.by_when,
                &mut t.owner,
            ] {
                clean_in_place(s);
            }
            if let Unit::Other(u) = &mut t.unit {
                clean_in_place(u);
            }
        }
        for g in &mut self.task_groups {
            clean_in_place(&mut g.title);
            for i in &mut g.items {
                for s in [&mut i.text, &mut i.timing, &mut i.lead, &mut i.participants] {
                    clean_in_place(s);
                }
            }
        }
        for a in &mut self.assignments {
            clean_in_place(&mut a.role);
            a.duties.iter_mut().for_each(clean_in_place);
        }
        for r in &mut self.reports {
            for s in [&mut r.content, &mut r.recipient, &mut r.channel] {
                clean_in_place(s);
            }
        }
        for a in &mut self.appendices {
            clean_in_place(&mut a.title);
            clean_in_place(&mut a.body);
        }
    }
}

fn clean_in_place(s: &mut String) {
    // Most text is already clean; avoid reallocating it.
    let cleaned = clean(s);
    if cleaned != *s {
        *s = cleaned;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_ids_skip_ids_already_used() {
        let mut p = Plan::new(PlanKind::Annual, IssuerLevel::TieuHoc);
        p.targets.push(Target {
            id: 7,
            ..Target::default()
        });
        assert_eq!(p.fresh_id(), 8);
        assert_eq!(p.fresh_id(), 9);
    }

    #[test]
    fn normalize_turns_nfd_into_nfc() {
        let mut p = Plan::default();
        // "Việt" typed as e + combining circumflex + combining dot below.
        p.header.issuer = "Vie\u{302}\u{323}t".into();
        p.normalize();
        assert_eq!(p.header.issuer, "Việt");
    }

    #[test]
    fn theme_is_normalized_and_optional_in_old_drafts() {
        let mut p = Plan {
            theme: "Chu\u{309} \u{111}e\u{302}\u{300}\u{7}".into(),
            ..Plan::default()
        };
        p.normalize();
        assert_eq!(p.theme, "Chủ đề");
        // A plan saved before the field existed.
        let old: Plan = serde_json::from_str(r#"{"kind":"action-month","lead_in":"x"}"#)
            .expect("old plan loads");
        assert_eq!(old.theme, "");
        assert_eq!(old.kind, PlanKind::ActionMonth);
    }

    #[test]
    fn codes_round_trip() {
        for k in PlanKind::ALL {
            assert_eq!(PlanKind::from_code(k.code()), Some(k));
        }
        for l in IssuerLevel::ALL {
            assert_eq!(IssuerLevel::from_code(l.code()), Some(l));
        }
    }

    #[test]
    fn school_year_bounds() {
        let (a, b) = Period::SchoolYear { start: 2024 }.bounds().unwrap();
        assert_eq!(
            (a.iso(), b.iso()),
            ("2024-08-01".into(), "2025-07-31".into())
        );
        assert!(Period::Span {
            from: 2030,
            to: 2021
        }
        .bounds()
        .is_none());
        assert!(Period::Span {
            from: 2021,
            to: 2030
        }
        .covers_year(2025));
    }
}
