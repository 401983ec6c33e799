//! How each issuer level is named where the user has not named it yet: the
//! signer's title, the issuer inside a sentence, and the body above it that
//! receives its reports.
//!
//! The body above depends on the administrative map ([`AdminMap`]): the
//! district Phòng GD&ĐT ended on 1/7/2025.

use crate::domain::admin_map::AdminMap;
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

/// Where a school (or the Ban) sends its reports. Until 1/7/2025 a mầm non,
/// tiểu học or THCS school reported to the district Phòng GD&ĐT; since then
/// it is managed by the UBND of its xã/phường/đặc khu (REFERENCES.md §9).
/// The user may change it (a liên cấp school with a THPT level reports to
/// the Sở).
pub(super) fn superior_for(level: IssuerLevel, map: AdminMap) -> &'static str {
    match level {
        MamNon | TieuHoc | Thcs | LienCap if map == AdminMap::ThreeLevel => {
            "Phòng Giáo dục và Đào tạo"
        }
        MamNon | TieuHoc | Thcs | LienCap => "Ủy ban nhân dân xã, phường",
        Thpt | GdnnGdtx => "Sở Giáo dục và Đào tạo",
        CaoDang | So => "Ủy ban nhân dân tỉnh",
        Phong => "Ủy ban nhân dân quận, huyện",
        BanVstbpn => "Thủ trưởng đơn vị và Ban Vì sự tiến bộ phụ nữ cấp trên",
    }
}
