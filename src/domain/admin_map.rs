//! The administrative map a plan is written in.
//!
//! On 1/7/2025 district-level government ended: local government has two
//! levels (tỉnh; xã/phường/đặc khu) and every district Phòng Giáo dục và
//! Đào tạo ceased to exist (REFERENCES.md §9, PLAN_CHECKLIST.md §6). Since
//! then a mầm non, tiểu học or THCS school is managed by the UBND of its
//! xã/phường/đặc khu and follows that commune's plan and the Sở's guidance;
//! a THPT is managed by the Sở. Everything that depends on the map (starters,
//! suggestions, hints, the checklist's "out of date" warnings) asks
//! [`AdminMap`], decided by the plan's own date or, with no date yet, today.
//! A plan dated before stays as it was: old drafts and imported old plans are
//! history, never "corrected" into anachronisms.

use crate::domain::date::Date;
use crate::domain::plan::Plan;
use crate::domain::text::{base_char, nfc};

/// Which map a plan belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AdminMap {
    /// Tỉnh, huyện, xã: plans dated until 30/6/2025.
    ThreeLevel,
    /// Tỉnh; xã/phường/đặc khu: plans dated from 1/7/2025.
    TwoLevel,
}

/// The first day of the two-level map.
pub fn two_level_since() -> Date {
    Date::new(2025, 7, 1).unwrap_or_else(|| unreachable!("1/7/2025 is a date"))
}

impl AdminMap {
    /// The map on `date`.
    pub fn on(date: Date) -> AdminMap {
        if date >= two_level_since() {
            AdminMap::TwoLevel
        } else {
            AdminMap::ThreeLevel
        }
    }

    /// The map of a plan: its own date, or `today` when it has none yet.
    pub fn of_plan(plan: &Plan, today: Date) -> AdminMap {
        AdminMap::on(plan.header.date.unwrap_or(today))
    }

    /// The map a plan is judged by when nothing tells "today" (the
    /// checklist without a clock): its date, else the start of its period
    /// (a plan for 2026 is written after the reform), else none.
    pub fn of_plan_alone(plan: &Plan) -> Option<AdminMap> {
        if let Some(date) = plan.header.date {
            return Some(AdminMap::on(date));
        }
        let first = plan.period.first_year();
        let map = if first >= 2026 {
            AdminMap::TwoLevel
        } else {
            AdminMap::ThreeLevel
        };
        (first != 0).then_some(map)
    }
}

/// A body that ceased to exist on 1/7/2025.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbolishedBody {
    /// Phòng Giáo dục và Đào tạo (of a quận, huyện, thị xã, thành phố
    /// thuộc tỉnh).
    PhongGiaoDuc,
    /// Ủy ban nhân dân quận, huyện or thị xã.
    DistrictCommittee,
}

impl AbolishedBody {
    /// How the warning names it.
    pub fn name_vi(self) -> &'static str {
        match self {
            AbolishedBody::PhongGiaoDuc => "Phòng Giáo dục và Đào tạo",
            AbolishedBody::DistrictCommittee => "Ủy ban nhân dân quận, huyện",
        }
    }

    /// The same in English.
    pub fn name_en(self) -> &'static str {
        match self {
            AbolishedBody::PhongGiaoDuc => "the district education office (Phòng GD&ĐT)",
            AbolishedBody::DistrictCommittee => "the district People's Committee",
        }
    }
}

/// Lower case, no tone or vowel marks, "đ" as "d", every run of
/// non-alphanumerics but "&" as one space: "Phòng GD&ĐT" → "phong gd&dt".
fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = true;
    for c in nfc(text).chars() {
        let c = match base_char(c) {
            'đ' | 'Đ' => 'd',
            b => b,
        };
        if c.is_alphanumeric() || c == '&' {
            out.extend(c.to_lowercase());
            gap = false;
        } else if !gap {
            out.push(' ');
            gap = true;
        }
    }
    out.trim_end().to_string()
}

/// The first abolished body `text` names, if any: "Phòng Giáo dục và Đào
/// tạo quận Đống Đa", "Phòng GD&ĐT", "PGDĐT", "UBND huyện Gia Lâm", "Ủy ban
/// nhân dân quận 8". Not the Sở's own departments ("Phòng Giáo dục Tiểu
/// học" of a Sở is a department that still exists), not a "thành phố"
/// (which may be a province).
pub fn abolished_body(text: &str) -> Option<AbolishedBody> {
    let folded = format!(" {} ", fold(text));
    const PHONG: [&str; 8] = [
        " phong giao duc va dao tao ",
        " phong giao duc dao tao ",
        " phong gd&dt ",
        " phong gd & dt ",
        " phong gddt ",
        " phong gd dt ",
        " pgd&dt ",
        " pgddt ",
    ];
    const DISTRICT: [&str; 6] = [
        " ubnd quan ",
        " ubnd huyen ",
        " ubnd thi xa ",
        " uy ban nhan dan quan ",
        " uy ban nhan dan huyen ",
        " uy ban nhan dan thi xa ",
    ];
    let first = |needles: &[&str]| needles.iter().filter_map(|n| folded.find(n)).min();
    match (first(&PHONG), first(&DISTRICT)) {
        (Some(p), Some(d)) if d < p => Some(AbolishedBody::DistrictCommittee),
        (Some(_), _) => Some(AbolishedBody::PhongGiaoDuc),
        (None, Some(_)) => Some(AbolishedBody::DistrictCommittee),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_map_changes_on_the_first_of_july_2025() {
        let day = |y, m, d| Date::new(y, m, d).unwrap();
        assert_eq!(AdminMap::on(day(2025, 6, 30)), AdminMap::ThreeLevel);
        assert_eq!(AdminMap::on(day(2025, 7, 1)), AdminMap::TwoLevel);
        assert_eq!(AdminMap::on(day(2026, 12, 4)), AdminMap::TwoLevel);
    }

    #[test]
    fn finds_the_abolished_bodies_as_schools_write_them() {
        use AbolishedBody::*;
        for (text, body) in [
            ("Phòng Giáo dục và Đào tạo quận Đống Đa", PhongGiaoDuc),
            ("PHÒNG GD&ĐT HUYỆN GIA LÂM", PhongGiaoDuc),
            ("Phòng GD & ĐT (để b/c)", PhongGiaoDuc),
            ("Phòng GDĐT (để báo cáo)", PhongGiaoDuc),
            ("Pho\u{300}ng GD-ĐT", PhongGiaoDuc),
            ("PGDĐT Quận 8", PhongGiaoDuc),
            ("UBND quận Đống Đa", DistrictCommittee),
            ("ỦY BAN NHÂN DÂN HUYỆN CỦ CHI", DistrictCommittee),
            (
                "Ủy ban nhân dân quận, huyện (để báo cáo)",
                DistrictCommittee,
            ),
            ("UBND thị xã Sơn Tây", DistrictCommittee),
        ] {
            assert_eq!(abolished_body(text), Some(body), "{text}");
        }
        for text in [
            "Ủy ban nhân dân xã, phường (để báo cáo)",
            "UBND PHƯỜNG KIẾN TƯỜNG",
            "Sở Giáo dục và Đào tạo",
            "Phòng Giáo dục Tiểu học, Sở Giáo dục và Đào tạo",
            "Phòng Văn hóa - Xã hội xã Hòa Xá",
            "UBND thành phố Hà Nội",
            "Trường THCS Quang Trung, huyện cũ",
            "",
        ] {
            assert_eq!(abolished_body(text), None, "{text}");
        }
    }
}
