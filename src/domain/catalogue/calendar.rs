//! Action Month themes and the key dates of the year (REFERENCES.md §7, §8).

use crate::domain::plan::SubArea;

// ---------------------------------------------------------------------------
// Action Month themes (REFERENCES.md §8)
// ---------------------------------------------------------------------------

const THEME_2021_2024: &str = "Đảm bảo an sinh xã hội, tăng quyền năng và tạo cơ hội cho phụ nữ và trẻ em gái nhằm thực hiện bình đẳng giới và xóa bỏ bạo lực trên cơ sở giới";

/// The national theme of the Tháng hành động vì bình đẳng giới và phòng
/// ngừa, ứng phó với bạo lực trên cơ sở giới of a year, when known. A
/// pre-fill only: the user can edit it. `None` before 2016 (the Month began
/// then) and for years not yet announced.
pub fn action_month_theme(year: u16) -> Option<&'static str> {
    match year {
        2016 => Some("Chung tay xóa bỏ bạo lực đối với phụ nữ và trẻ em gái"),
        2017 => Some("Chung tay chấm dứt bạo lực đối với phụ nữ và trẻ em gái"),
        2018 => Some("Chủ động phòng, chống bạo lực, xâm hại phụ nữ và trẻ em"),
        // 2020: the ministry's account; local documents used other themes.
        2019 | 2020 => Some("Chấm dứt bạo lực đối với phụ nữ và trẻ em"),
        2021..=2024 => Some(THEME_2021_2024),
        2025 => Some("Bình đẳng giới và an toàn cho phụ nữ và trẻ em gái trong kỷ nguyên số"),
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// Key dates of the year (REFERENCES.md §7)
// ---------------------------------------------------------------------------

/// A day (or span of days) of the year that plans mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyDate {
    pub day: u8,
    pub month: u8,
    /// Last day of a span ("15/11–15/12"), as (day, month).
    pub until: Option<(u8, u8)>,
    /// Counted in the lunar calendar (tết Trung thu, 15/8 âm lịch).
    pub lunar: bool,
    /// Name as written mid-sentence (NĐ 30 PL II V.5 capitalisation).
    pub name_vi: &'static str,
    /// The sub-area whose tasks mark it.
    pub area: SubArea,
    /// The document that sets it, as cited; empty for international days.
    pub basis: &'static str,
}

const fn kd(
    day: u8,
    month: u8,
    until: Option<(u8, u8)>,
    lunar: bool,
    name_vi: &'static str,
    area: SubArea,
    basis: &'static str,
) -> KeyDate {
    KeyDate {
        day,
        month,
        until,
        lunar,
        name_vi,
        area,
        basis,
    }
}

#[rustfmt::skip]
static KEY_DATES: [KeyDate; 10] = [
    kd(8, 3, None, false, "ngày Quốc tế Phụ nữ", SubArea::Observances, ""),
    kd(20, 3, None, false, "ngày Quốc tế Hạnh phúc", SubArea::Observances, ""),
    kd(1, 6, Some((30, 6)), false, "Tháng hành động vì trẻ em", SubArea::ViolencePrevention, ""),
    kd(1, 6, Some((30, 6)), false,
       "Tháng hành động quốc gia về phòng, chống bạo lực gia đình",
       SubArea::ViolencePrevention, "Quyết định số 363/QĐ-TTg"),
    kd(28, 6, None, false, "ngày Gia đình Việt Nam", SubArea::Observances,
       "Quyết định số 72/2001/QĐ-TTg"),
    kd(15, 8, None, true, "tết Trung thu", SubArea::Observances, ""),
    kd(11, 10, None, false, "ngày Quốc tế trẻ em gái", SubArea::Observances, ""),
    kd(20, 10, None, false, "ngày Phụ nữ Việt Nam", SubArea::Observances, ""),
    kd(15, 11, Some((15, 12)), false,
       "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
       // Held since 2016 under QĐ 1696/QĐ-TTg, whose programme ended in
       // 2020; since 2021 it rests on the 2021–2030 strategy (REFERENCES §9).
       SubArea::ActionMonth, "Nghị quyết số 28/NQ-CP"),
    kd(25, 11, None, false, "ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ",
       SubArea::ActionMonth, ""),
];

/// The key dates of the year, in calendar order (lunar dates by their
/// lunar day and month).
pub fn key_dates() -> &'static [KeyDate] {
    &KEY_DATES
}
