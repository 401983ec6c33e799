//! How each issuer level is named where the user has not named it yet: the
//! signer's title, the issuer inside a sentence, and the body above it that
//! receives its reports.
//!
//! The body above depends on the year: the district Phòng GD&ĐT ended on
//! 1/7/2025 (issue 12 makes more of the wording depend on the plan's date;
//! it belongs here).

use crate::domain::plan::IssuerLevel;
use IssuerLevel::*;

/// The head's title in the signature block, upper case.
pub fn signer_title(level: IssuerLevel) -> &'static str {
    match level {
        So | GdnnGdtx => "GIÁM ĐỐC",
        Phong => "TRƯỞNG PHÒNG",
        BanVstbpn => "TRƯỞNG BAN",
        MamNon | TieuHoc | Thcs | Thpt | LienCap | CaoDang => "HIỆU TRƯỞNG",
    }
}

/// The issuer as the subject of a sentence while its name is not given.
pub(super) fn generic_issuer(level: IssuerLevel) -> &'static str {
    match level {
        So => "Sở Giáo dục và Đào tạo",
        Phong => "Phòng Giáo dục và Đào tạo",
        GdnnGdtx => "Trung tâm",
        BanVstbpn => "Ban Vì sự tiến bộ phụ nữ",
        MamNon | TieuHoc | Thcs | Thpt | LienCap | CaoDang => "Nhà trường",
    }
}

/// The same after "của" inside a sentence.
pub(super) fn generic_issuer_after_cua(level: IssuerLevel) -> &'static str {
    match generic_issuer(level) {
        "Nhà trường" => "nhà trường",
        other => other,
    }
}

/// Where a school (or the Ban) sends its reports. District Phòng GD&ĐT
/// ended on 1/7/2025; which body receives the reports of mầm non, tiểu học
/// and THCS schools after that is not verified, so later dates name the
/// commune-level people's committee, which the user may change.
pub(super) fn superior_for(level: IssuerLevel, year: u16) -> &'static str {
    match level {
        MamNon | TieuHoc | Thcs | LienCap if year <= 2025 => "Phòng Giáo dục và Đào tạo",
        MamNon | TieuHoc | Thcs | LienCap => "Ủy ban nhân dân xã, phường",
        Thpt | GdnnGdtx => "Sở Giáo dục và Đào tạo",
        CaoDang | So => "Ủy ban nhân dân tỉnh",
        Phong => "Ủy ban nhân dân quận, huyện",
        BanVstbpn => "Thủ trưởng đơn vị và Ban Vì sự tiến bộ phụ nữ cấp trên",
    }
}
