//! Document references in free text: "Quyết định số 2017/QĐ-UBND ngày 08
//! tháng 6 năm 2017", "Kế hoạch số 865/KH-UBND ngày 12/4/2022" (X5).

use super::scope::year_at;
use crate::domain::date::Date;

/// Calls `f(reference, date)` for every "số/ký hiệu" followed by "ngày …"
/// in the (unfolded) text. A reference starts with a digit, contains "/"
/// and an upper-case letter ("865/KH-UBND", "56/2017/NĐ-CP", "21-CT/TW");
/// plain dates such as "15/11" never qualify.
pub(crate) fn scan_refs(text: &str, mut f: impl FnMut(&str, Date)) {
    if !text.contains('/') {
        return;
    }
    let mut prev: Option<char> = None;
    let mut idx = 0;
    while idx < text.len() {
        let Some(c) = text[idx..].chars().next() else {
            break;
        };
        let starts = c.is_ascii_digit()
            && !prev.is_some_and(|p| p.is_alphanumeric() || matches!(p, '/' | '-' | '.' | ','));
        if !starts {
            prev = Some(c);
            idx += c.len_utf8();
            continue;
        }
        let tail = &text[idx..];
        let len = tail
            .char_indices()
            .find(|&(_, ch)| !(ch.is_alphanumeric() || matches!(ch, '/' | '-' | '&')))
            .map_or(tail.len(), |(i, _)| i);
        let token = tail[..len].trim_end_matches(['/', '-', '&']);
        let is_ref = token.contains('/') && token.chars().any(char::is_uppercase);
        if is_ref {
            if let Some(d) = date_after(&tail[len..]) {
                f(token, d);
            }
        }
        prev = tail[..len].chars().next_back();
        idx += len.max(c.len_utf8());
    }
}

/// Parses " ngày 12/4/2022" or " ngày 08 tháng 6 năm 2017" at the start.
fn date_after(s: &str) -> Option<Date> {
    let s = s.trim_start();
    let s = s.strip_prefix(',').unwrap_or(s).trim_start();
    let s = s
        .strip_prefix("ngày")
        .or_else(|| s.strip_prefix("Ngày"))?
        .trim_start();
    let (d, s) = small_number(s)?;
    let s = sep(s, "tháng")?;
    let (m, s) = small_number(s)?;
    let s = sep(s, "năm")?;
    let (y, _) = year_at(s)?;
    Date::new(y, u8::try_from(m).ok()?, u8::try_from(d).ok()?)
}

pub(super) fn small_number(s: &str) -> Option<(u16, &str)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 2 {
        return None;
    }
    Some((s[..n].parse().ok()?, &s[n..]))
}

/// "/", "-", "." or " <word> " between the parts of a date.
pub(super) fn sep<'a>(s: &'a str, word: &str) -> Option<&'a str> {
    if let Some(r) = s.strip_prefix(['/', '-', '.']) {
        return Some(r);
    }
    let t = s.trim_start();
    if t.len() == s.len() {
        return None;
    }
    let r = t.strip_prefix(word)?;
    let r2 = r.trim_start();
    (r2.len() < r.len()).then_some(r2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_references_with_dates() {
        let mut found = Vec::new();
        scan_refs(
            "theo Quyết định số 2017/QĐ-UBND ngày 08 tháng 6 năm 2020 của Ủy ban; \
             Nghị định số 56/2017/NĐ-CP ngày 09 tháng 5 năm 2017, Chỉ thị số 21-CT/TW \
             ngày 20 tháng 01 năm 2018; Kế hoạch số 865/KH-UBND ngày 12/4/2022; \
             từ 15/11 đến 15/12; Đề án 938/QĐ-TTg trong toàn Ngành",
            |r, d| found.push((r.to_string(), d.iso())),
        );
        assert_eq!(
            found,
            vec![
                ("2017/QĐ-UBND".to_string(), "2020-06-08".to_string()),
                ("56/2017/NĐ-CP".to_string(), "2017-05-09".to_string()),
                ("21-CT/TW".to_string(), "2018-01-20".to_string()),
                ("865/KH-UBND".to_string(), "2022-04-12".to_string()),
            ]
        );
    }
}
