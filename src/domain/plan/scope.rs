//! What kind of plan it is, who issues it and the time it covers: the
//! choices made on the start screen, which set the expected sections, the
//! checks and the suggestions.

use crate::domain::date::Date;
use serde::{Deserialize, Serialize};

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

#[cfg(test)]
mod tests {
    use super::*;

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
