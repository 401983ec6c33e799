//! The frame Decree 30/2020/NĐ-CP gives every administrative document: the
//! header block, the title, the documents cited as căn cứ, and the
//! signature block.

use crate::domain::date::Date;
use crate::domain::plan::ItemId;
use serde::{Deserialize, Serialize};

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
