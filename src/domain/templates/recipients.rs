//! Nơi nhận (A14): who receives the plan, per level; a starter pre-fills
//! the usual lines and the library offers the rest.

use super::audience::*;
use super::issuers::superior_for;
use super::{phrase, Phrase};
use crate::domain::admin_map::AdminMap;
use crate::domain::plan::IssuerLevel;
use IssuerLevel::*;

/// The nơi nhận of a starter: the body the plan is reported to, then those
/// inside the issuer who carry it out.
pub(super) fn starter_recipients(level: IssuerLevel, map: AdminMap) -> Vec<String> {
    let reported_to = match level {
        CaoDang => "Cơ quan chủ quản",
        BanVstbpn => "Thủ trưởng đơn vị",
        So | Phong | MamNon | TieuHoc | Thcs | Thpt | LienCap | GdnnGdtx => {
            superior_for(level, map)
        }
    };
    let inside: &[&str] = match level {
        So => &[
            "Bộ Giáo dục và Đào tạo (để báo cáo)",
            "Ban Giám đốc Sở",
            "Các phòng chuyên môn, đơn vị trực thuộc Sở",
            "Trang thông tin điện tử của Sở",
        ],
        Phong => &["Lãnh đạo Phòng", "Các cơ sở giáo dục trực thuộc"],
        BanVstbpn => &["Thành viên Ban", "Các bộ phận, đoàn thể trong đơn vị"],
        GdnnGdtx => &[
            "Ban Giám đốc",
            "Các phòng, tổ chuyên môn, đoàn thể",
            "Trang thông tin điện tử của Trung tâm",
        ],
        CaoDang => &[
            "Ban Giám hiệu",
            "Các phòng, khoa, đoàn thể",
            "Trang thông tin điện tử của trường",
        ],
        MamNon | TieuHoc | Thcs | Thpt | LienCap => &[
            "Ban Giám hiệu",
            "Các tổ chuyên môn, đoàn thể",
            "Trang thông tin điện tử của trường",
        ],
    };
    let mut lines = vec![format!("{reported_to} (để báo cáo)")];
    lines.extend(inside.iter().map(|line| line.to_string()));
    lines
}

/// Schools the district Phòng GD&ĐT managed until 1/7/2025, the commune
/// since.
const LOCAL_SCHOOLS: &[IssuerLevel] = &[MamNon, TieuHoc, Thcs, LienCap];
const REPORTING_TO_THE_SO: &[IssuerLevel] = &[Thpt, GdnnGdtx, LienCap, Phong];
const LED_BY_A_BAN_GIAM_HIEU: &[IssuerLevel] = &[MamNon, TieuHoc, Thcs, Thpt, LienCap, CaoDang];
const CENTRE: &[IssuerLevel] = &[GdnnGdtx];
const COLLEGE: &[IssuerLevel] = &[CaoDang];

/// Nơi nhận lines, without "- " and ";".
#[rustfmt::skip]
pub(super) const RECIPIENTS: &[Phrase] = &[
    phrase(ANY, LOCAL_SCHOOLS,
      "Phòng Giáo dục và Đào tạo (để báo cáo)").only_in(AdminMap::ThreeLevel),
    phrase(ANY, LOCAL_SCHOOLS,
      "Ủy ban nhân dân xã, phường (để báo cáo)").only_in(AdminMap::TwoLevel),
    phrase(ANY, REPORTING_TO_THE_SO,
      "Sở Giáo dục và Đào tạo (để báo cáo)"),
    phrase(ANY, LED_BY_A_BAN_GIAM_HIEU,
      "Ban Giám hiệu"),
    phrase(ANY, CHILD_SCHOOLS, "Các tổ chuyên môn, đoàn thể"),
    phrase(ANY, CHILD_SCHOOLS, "Trang thông tin điện tử của trường"),
    phrase(ANY, SCHOOLS, "Ban Vì sự tiến bộ phụ nữ"),
    phrase(ANY, CENTRE, "Ban Giám đốc"),
    phrase(ANY, CENTRE, "Các phòng, tổ chuyên môn, đoàn thể"),
    phrase(ANY, CENTRE, "Trang thông tin điện tử của Trung tâm"),
    phrase(ANY, COLLEGE, "Cơ quan chủ quản (để báo cáo)"),
    phrase(ANY, COLLEGE, "Các phòng, khoa, đoàn thể"),
    phrase(ANY, COLLEGE, "Trang thông tin điện tử của trường"),
    phrase(ANY, PHONG, "Ủy ban nhân dân quận, huyện (để báo cáo)"),
    phrase(ANY, PHONG, "Lãnh đạo Phòng"),
    phrase(ANY, PHONG, "Các cơ sở giáo dục trực thuộc"),
    phrase(ANY, PHONG, "Trang thông tin điện tử của Phòng"),
    phrase(ANY, SO, "Ủy ban nhân dân tỉnh (để báo cáo)"),
    phrase(ANY, SO, "Bộ Giáo dục và Đào tạo (để báo cáo)"),
    phrase(ANY, SO, "Hội Liên hiệp Phụ nữ tỉnh (để phối hợp)"),
    phrase(ANY, SO, "Công đoàn ngành Giáo dục"),
    phrase(ANY, SO, "Ban Giám đốc Sở"),
    phrase(ANY, SO, "Các phòng chuyên môn, đơn vị trực thuộc Sở"),
    phrase(ANY, SO, "Trang thông tin điện tử của Sở"),
    phrase(ANY, BAN, "Thủ trưởng đơn vị (để báo cáo)"),
    phrase(ANY, BAN, "Ban Vì sự tiến bộ phụ nữ cấp trên (để báo cáo)"),
    phrase(ANY, BAN, "Thành viên Ban"),
    phrase(ANY, BAN, "Các bộ phận, đoàn thể trong đơn vị"),
];
