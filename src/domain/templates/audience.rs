//! Which plans a text of the library is for: the plan kinds and issuer
//! levels it fits, and the named sets of them the tables use.
//!
//! An empty set means "every kind" or "every level". The sets that read
//! "every level but …" are derived from [`IssuerLevel::ALL`], so a level
//! added later enters them or, because each states how many levels it
//! holds, stops the build until someone decides where it belongs.

use crate::domain::plan::{IssuerLevel, PlanKind};
use IssuerLevel::*;

/// The plan kinds and issuer levels a text fits; an empty list means all.
#[derive(Debug, Clone, Copy)]
pub(super) struct Audience {
    pub kinds: &'static [PlanKind],
    pub levels: &'static [IssuerLevel],
}

impl Audience {
    pub const fn new(kinds: &'static [PlanKind], levels: &'static [IssuerLevel]) -> Audience {
        Audience { kinds, levels }
    }

    /// Does it fit a plan of this kind and level?
    pub fn includes(self, kind: PlanKind, level: IssuerLevel) -> bool {
        (self.kinds.is_empty() || self.kinds.contains(&kind))
            && (self.levels.is_empty() || self.levels.contains(&level))
    }
}

// ------------------------------------------------------------ issuer levels

/// Every level.
pub(super) const ALL: &[IssuerLevel] = &[];
pub(super) const OFFICE: &[IssuerLevel] = &[So, Phong];
pub(super) const SO: &[IssuerLevel] = &[So];
pub(super) const PHONG: &[IssuerLevel] = &[Phong];
pub(super) const BAN: &[IssuerLevel] = &[BanVstbpn];
pub(super) const OFFICE_AND_BAN: &[IssuerLevel] = &[So, Phong, BanVstbpn];
pub(super) const PRESCHOOL: &[IssuerLevel] = &[MamNon];
/// Trường phổ thông.
pub(super) const GENERAL: &[IssuerLevel] = &[TieuHoc, Thcs, Thpt, LienCap];
/// Schools whose learners are children: mầm non and phổ thông.
pub(super) const CHILD_SCHOOLS: &[IssuerLevel] = &[MamNon, TieuHoc, Thcs, Thpt, LienCap];
pub(super) const CHILD_SCHOOLS_AND_OFFICE: &[IssuerLevel] =
    &[So, Phong, MamNon, TieuHoc, Thcs, Thpt, LienCap];
pub(super) const VOCATIONAL: &[IssuerLevel] = &[GdnnGdtx, CaoDang];
pub(super) const GENERAL_AND_VOCATIONAL: &[IssuerLevel] =
    &[TieuHoc, Thcs, Thpt, LienCap, GdnnGdtx, CaoDang];

pub(super) const NOT_OFFICE: &[IssuerLevel] = &every_level_but::<8>(OFFICE);
pub(super) const NOT_BAN: &[IssuerLevel] = &every_level_but::<9>(BAN);
pub(super) const NOT_VOCATIONAL: &[IssuerLevel] = &every_level_but::<8>(VOCATIONAL);
/// Every school, the vocational ones included.
pub(super) const SCHOOLS: &[IssuerLevel] = &every_level_but::<7>(OFFICE_AND_BAN);
pub(super) const SCHOOLS_AND_BAN: &[IssuerLevel] = NOT_OFFICE;
pub(super) const SCHOOLS_AND_SO: &[IssuerLevel] = &every_level_but::<8>(&[Phong, BanVstbpn]);

/// The levels of [`IssuerLevel::ALL`] not in `excluded`, in that order.
/// `COUNT` is how many are left; a wrong count fails the build.
const fn every_level_but<const COUNT: usize>(excluded: &[IssuerLevel]) -> [IssuerLevel; COUNT] {
    let mut kept = [So; COUNT];
    let mut filled = 0;
    let mut index = 0;
    while index < IssuerLevel::ALL.len() {
        let level = IssuerLevel::ALL[index];
        if !holds(excluded, level) {
            kept[filled] = level;
            filled += 1;
        }
        index += 1;
    }
    assert!(filled == COUNT, "COUNT must be the number of levels kept");
    kept
}

/// `levels.contains(&level)` for a const context.
const fn holds(levels: &[IssuerLevel], level: IssuerLevel) -> bool {
    let mut index = 0;
    while index < levels.len() {
        if levels[index] as u8 == level as u8 {
            return true;
        }
        index += 1;
    }
    false
}

// --------------------------------------------------------------- plan kinds

/// Every kind.
pub(super) const ANY: &[PlanKind] = &[];
pub(super) const ACTION: &[PlanKind] = &[PlanKind::ActionMonth];
pub(super) const NOT_ACTION: &[PlanKind] = &[
    PlanKind::Annual,
    PlanKind::MultiYear,
    PlanKind::GenderAndChildren,
];
/// The kinds that cover one year and report twice in it.
pub(super) const YEARLY: &[PlanKind] = &[PlanKind::Annual, PlanKind::GenderAndChildren];
pub(super) const MULTI: &[PlanKind] = &[PlanKind::MultiYear];
pub(super) const CHILDREN: &[PlanKind] = &[PlanKind::GenderAndChildren];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_sets_keep_the_order_of_all_levels() {
        assert_eq!(
            SCHOOLS,
            [MamNon, TieuHoc, Thcs, Thpt, LienCap, GdnnGdtx, CaoDang]
        );
        assert_eq!(SCHOOLS_AND_SO[..2], [So, MamNon]);
        assert_eq!(NOT_BAN.last(), Some(&CaoDang));
    }
}
