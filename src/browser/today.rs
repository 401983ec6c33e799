//! Today's date in the user's time zone.

use crate::domain::Date;

/// Today, as the user's computer sees it.
pub fn today() -> Option<Date> {
    let d = js_sys::Date::new_0();
    let year = u16::try_from(d.get_full_year()).ok()?;
    let month = u8::try_from(d.get_month() + 1).ok()?;
    let day = u8::try_from(d.get_date()).ok()?;
    Date::new(year, month, day)
}

/// Today, or when the clock cannot be read (never seen), the day the
/// two-level local government began: a date the starters and the checklist
/// both know.
pub fn today_or_default() -> Date {
    today().unwrap_or_else(crate::domain::admin_map::two_level_since)
}
