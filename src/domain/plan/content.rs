//! The plan's own content: targets (chỉ tiêu), tasks in numbered groups,
//! who does what, report deadlines and appendices. Every list item carries
//! an [`ItemId`] so the editor can key its rows and tasks can link targets.

use crate::domain::date::Date;
use crate::domain::plan::ItemId;
use crate::domain::section::SectionId;
use serde::{Deserialize, Serialize};

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

/// An appendix (A16).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Appendix {
    pub id: ItemId,
    pub title: String,
    /// Paragraphs separated by newlines.
    pub body: String,
}

/// A paragraph of an imported document that no field holds (see
/// `Plan::unplaced`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Unplaced {
    /// The section it was found in; `None` above the header (web-page
    /// noise) or under a heading the reader does not know.
    pub section: Option<SectionId>,
    /// The heading it was found under, as written, if any.
    pub heading: String,
    pub text: String,
}
