//! X8: the Action Month's theme and dates.

use super::refs::{sep, small_number};
use super::scope::year_at;

/// Quotation marks a theme may be wrapped in.
const QUOTES: [char; 9] = ['"', '\'', '“', '”', '‘', '’', '«', '»', '„'];

/// A folded theme with quotation marks left out, spaces collapsed and the
/// final punctuation dropped, so that “Chủ đề.” and "chủ  đề" compare equal.
pub(crate) fn theme_key(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if QUOTES.contains(&c) || (c == ' ' && (out.is_empty() || out.ends_with(' '))) {
            continue;
        }
        out.push(c);
    }
    let end = out
        .trim_end_matches([' ', '.', ',', ';', ':', '!', '…'])
        .len();
    out.truncate(end);
    out
}

/// How far after the Month's name its dates may start, in bytes of folded
/// text: the full name plus "năm 2025 (từ ngày " fits.
const MONTH_DATES_WINDOW: usize = 256;

/// A day and month, as (day, month).
pub(crate) type DayMonth = (u8, u8);

/// Calls `f(from, to)` for the date range given right after each mention of
/// the gender-equality Action Month in a folded text ("tháng hành động vì
/// bình đẳng giới … (từ ngày 15/11 đến ngày 15/12)"). Only a range in the
/// same clause counts: "tháng hành động vì trẻ em (1/6 - 30/6)", or a
/// preparation step after ";" or ":", is not the Month's own dates.
pub(crate) fn action_month_ranges(folded: &str, mut f: impl FnMut(DayMonth, DayMonth)) {
    const CUE: &str = "tháng hành động";
    for (i, _) in folded.match_indices(CUE) {
        let rest = &folded[i + CUE.len()..];
        let rest = rest.strip_prefix(" quốc gia").unwrap_or(rest).trim_start();
        let name = rest
            .strip_prefix("vì ")
            .or_else(|| rest.strip_prefix("về "))
            .unwrap_or(rest);
        if !(name.starts_with("bình đẳng giới") || name.starts_with("bđg")) {
            continue;
        }
        let clause_end = name
            .find([';', ':', '.'])
            .into_iter()
            .chain(name.find(CUE))
            .min()
            .unwrap_or(name.len());
        let clause = &name[..clause_end];
        if let Some((from, to)) = first_range(clause, MONTH_DATES_WINDOW) {
            f(from, to);
        }
    }
}

/// The first "d/m - d/m" or "d tháng m đến (ngày) d tháng m" (years
/// optional) starting in the first `limit` bytes of `s`.
fn first_range(s: &str, limit: usize) -> Option<(DayMonth, DayMonth)> {
    let b = s.as_bytes();
    for i in 0..b.len().min(limit) {
        let starts =
            b[i].is_ascii_digit() && (i == 0 || !(b[i - 1].is_ascii_digit() || b[i - 1] == b'/'));
        if !starts {
            continue;
        }
        // An ASCII digit always starts a character: slicing is safe.
        let Some((from, rest)) = day_month(&s[i..]) else {
            continue;
        };
        let rest = rest.trim_start();
        let Some(rest) = rest.strip_prefix('-').or_else(|| rest.strip_prefix("đến")) else {
            continue;
        };
        let rest = rest.trim_start();
        let rest = rest.strip_prefix("ngày").unwrap_or(rest).trim_start();
        if let Some((to, _)) = day_month(rest) {
            return Some((from, to));
        }
    }
    None
}

/// "15/11", "15-11", "15 tháng 11", each optionally followed by a year.
fn day_month(s: &str) -> Option<(DayMonth, &str)> {
    let (d, s) = small_number(s)?;
    let s = sep(s, "tháng")?;
    let (m, s) = small_number(s)?;
    if !(1..=31).contains(&d) || !(1..=12).contains(&m) {
        return None;
    }
    let rest = sep(s, "năm")
        .and_then(year_at)
        .map_or(s, |(_, after)| after);
    Some(((d as u8, m as u8), rest))
}

/// Might a raw text give a day and month: "15/11", "15-11" or "tháng 11"?
/// A cheap filter before folding a text for the Action Month's dates.
pub(crate) fn may_have_day_month(raw: &str) -> bool {
    let b = raw.as_bytes();
    b.windows(3)
        .any(|w| w[0].is_ascii_digit() && matches!(w[1], b'/' | b'-') && w[2].is_ascii_digit())
        || raw
            .match_indices("háng ")
            .any(|(i, m)| b.get(i + m.len()).is_some_and(u8::is_ascii_digit))
}

#[cfg(test)]
mod tests {
    use super::super::fold::fold;
    use super::*;

    #[test]
    fn theme_keys_ignore_case_quotes_spacing_and_final_stop() {
        let key = |s: &str| theme_key(&fold(s));
        assert_eq!(
            key("  “Chấm dứt  bạo lực đối với Phụ nữ và trẻ em”. "),
            key("Chấm dứt bạo lực đối với phụ nữ và trẻ em")
        );
        assert_eq!(key("\"Xoá bỏ bạo lực\""), key("xóa bỏ bạo lực"));
        assert_ne!(key("Chấm dứt bạo lực"), key("Chấm dứt bạo lực gia đình"));
    }

    fn month_ranges(s: &str) -> Vec<(DayMonth, DayMonth)> {
        let mut v = Vec::new();
        action_month_ranges(&fold(s), |a, b| v.push((a, b)));
        v
    }

    #[test]
    fn finds_the_action_months_dates() {
        let right = vec![((15, 11), (15, 12))];
        assert_eq!(
            month_ranges("Tổ chức Tháng hành động vì bình đẳng giới từ ngày 15/11 - 15/12."),
            right
        );
        assert_eq!(
            month_ranges(
                "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực \
                 trên cơ sở giới năm 2025 (từ ngày 15 tháng 11 năm 2025 đến ngày 15 \
                 tháng 12 năm 2025)"
            ),
            right
        );
        assert_eq!(
            month_ranges("Tháng hành động về BĐG (15/11–15/12/2024)"),
            right
        );
        assert_eq!(
            month_ranges("Hưởng ứng Tháng hành động vì bình đẳng giới từ 01/11 đến 30/11"),
            vec![((1, 11), (30, 11))]
        );
        // Another month, a single date, a step after ":" are not its dates.
        assert!(month_ranges("Tháng hành động vì trẻ em từ 01/6 đến 30/6").is_empty());
        assert!(month_ranges("Tháng hành động vì bình đẳng giới, phát động ngày 14/11").is_empty());
        assert!(month_ranges(
            "Tháng hành động vì bình đẳng giới: từ 01/11 đến 10/11 xây dựng kế hoạch"
        )
        .is_empty());
        assert!(
            month_ranges("Tháng hành động phòng, chống bạo lực gia đình (từ 01/6 đến 30/6)")
                .is_empty()
        );
    }
}
