//! A calendar date without time zone, the only kind of date a plan holds.
//!
//! Stored and serialised as ISO `YYYY-MM-DD` (what `<input type="date">` gives),
//! so drafts stay readable and sort naturally.

use crate::domain::strings::error_enum;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A valid Gregorian date (year 1000–9999).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    // Field order matters: the derived `Ord` compares year, then month, then day.
    year: u16,
    month: u8,
    day: u8,
}

error_enum! {
    /// Why a date could not be built.
    pub enum DateError: message(lang) {
        Invalid(detail: String) => (ErrDateInvalid, detail),
    }
}

impl Date {
    /// A date, if it exists in the calendar ("31/4" does not).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let valid = (1000..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    pub fn year(self) -> u16 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Result<Date, DateError> {
        let bad = || DateError::Invalid(s.to_string());
        let mut parts = s.trim().splitn(3, '-');
        let (y, m, d) = (parts.next(), parts.next(), parts.next());
        let (Some(y), Some(m), Some(d)) = (y, m, d) else {
            return Err(bad());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(bad());
        }
        let y: u16 = y.parse().map_err(|_| bad())?;
        let m: u8 = m.parse().map_err(|_| bad())?;
        let d: u8 = d.parse().map_err(|_| bad())?;
        Date::new(y, m, d).ok_or_else(bad)
    }

    /// Reads a date as Vietnamese write it: day first ("03/11/2022",
    /// "3/11/2022", "03-11-2022", "3.11.2022", "ngày 3 tháng 11 năm 2022"),
    /// or ISO `YYYY-MM-DD`. Spaces around the separators are allowed; a
    /// two-digit year is not (it is ambiguous in a plan's history).
    pub fn parse_vi(s: &str) -> Result<Date, DateError> {
        let bad = || DateError::Invalid(s.trim().to_string());
        let text = crate::domain::text::nfc(s.trim()).to_lowercase();
        if let Ok(d) = Date::parse_iso(&text) {
            return Ok(d);
        }
        // Any run of non-digits separates the three numbers, so the worded
        // form and the numeric forms read alike; the words themselves must
        // be the date words, so "3 con 11 mèo 2022" is not a date.
        let words: String = text
            .chars()
            .map(|c| if c.is_ascii_digit() { ' ' } else { c })
            .collect();
        let allowed = ["ngày", "tháng", "năm", "/", "-", "."];
        if !words.split_whitespace().all(|w| allowed.contains(&w)) {
            return Err(bad());
        }
        let numbers: Vec<&str> = text
            .split(|c: char| !c.is_ascii_digit())
            .filter(|p| !p.is_empty())
            .collect();
        let [d, m, y] = numbers[..] else {
            return Err(bad());
        };
        if d.len() > 2 || m.len() > 2 || y.len() != 4 {
            return Err(bad());
        }
        let (Ok(d), Ok(m), Ok(y)) = (d.parse::<u8>(), m.parse::<u8>(), y.parse::<u16>()) else {
            return Err(bad());
        };
        Date::new(y, m, d).ok_or_else(bad)
    }

    /// The form Vietnamese type and read in a field: "03/11/2022".
    pub fn dd_mm_yyyy(self) -> String {
        format!("{:02}/{:02}/{:04}", self.day, self.month, self.year)
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Short Vietnamese numeric form used inside sentences: "12/4/2022".
    pub fn short_vi(self) -> String {
        format!("{}/{}/{}", self.day, self.month, self.year)
    }
}

/// Days in a month of the Gregorian calendar.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse_iso(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_dates_the_calendar_lacks() {
        assert!(Date::new(2022, 4, 31).is_none());
        assert!(Date::new(2023, 2, 29).is_none());
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(1900, 2, 29).is_none());
        assert!(Date::new(2000, 2, 29).is_some());
    }

    #[test]
    fn iso_round_trip_and_order() {
        let d = Date::parse_iso("2022-03-24").unwrap();
        assert_eq!(d.iso(), "2022-03-24");
        assert_eq!(d.short_vi(), "24/3/2022");
        assert!(Date::parse_iso("2022-3-24").is_err());
        assert!(Date::new(2022, 3, 24) < Date::new(2022, 4, 1));
    }

    #[test]
    fn reads_dates_as_vietnamese_write_them() {
        let nov3 = Date::new(2022, 11, 3).unwrap();
        for s in [
            "03/11/2022",
            "3/11/2022",
            " 3 / 11 / 2022 ",
            "03-11-2022",
            "3.11.2022",
            "ngày 3 tháng 11 năm 2022",
            "Ngày 03 tháng 11 năm 2022",
            "2022-11-03",
        ] {
            assert_eq!(Date::parse_vi(s), Ok(nov3), "{s}");
        }
        assert_eq!(nov3.dd_mm_yyyy(), "03/11/2022");
        // Day first, never month first: 11 March is not read as 3 November.
        assert_eq!(
            Date::parse_vi("11/03/2022"),
            Ok(Date::new(2022, 3, 11).unwrap())
        );
        for s in [
            "31/4/2022",
            "3/11/22",
            "3/11",
            "",
            "3 con 11 mèo 2022",
            "13/13/2022",
            "3/11/2022/1",
        ] {
            assert!(Date::parse_vi(s).is_err(), "{s}");
        }
    }
}
