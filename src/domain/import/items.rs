//! One paragraph of the body read as what it is: its list marker ("I.",
//! "1.", "a)", "-", "+"), a target with its value and unit, a role and its
//! duty, report deadlines with their recipient and channel.

use super::words::{
    capitalize_first, find_fold, fold, looks_like_role, starts_like_role, DUTY_VERBS,
};
use crate::domain::date::Date;
use crate::domain::plan::Unit;

/// The marker a paragraph starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    /// "I.", "II." (mục).
    Roman(u32),
    /// "1.", "2)" (khoản); "1.2." has depth 2.
    Arabic {
        n: u32,
        depth: u8,
    },
    /// "a)", "đ)" (điểm).
    Letter,
    /// "-", "–", "•", "*".
    Dash,
    /// "+" (a sub-level of a dash).
    Plus,
    None,
}

/// The marker of a paragraph and the text after it.
pub fn marker(text: &str) -> (Marker, &str) {
    let t = text.trim_start();
    // Roman numerals, then "." or ")" or " -".
    let roman_len = t
        .char_indices()
        .take_while(|&(_, c)| matches!(c, 'I' | 'V' | 'X' | 'L'))
        .count();
    if roman_len > 0 {
        let rest = &t[roman_len..];
        if let Some(r) = rest.strip_prefix(['.', ')']) {
            if let Some(n) = roman_value(&t[..roman_len]) {
                return (Marker::Roman(n), r.trim_start());
            }
        }
    }
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let mut depth = 1u8;
        let mut rest = &t[digits..];
        let n = t[..digits].parse().unwrap_or(0);
        // "1.2." / "1.2" sub-numbering.
        while let Some(r) = rest.strip_prefix('.') {
            let d = r.chars().take_while(char::is_ascii_digit).count();
            if d == 0 || d > 2 {
                break;
            }
            depth += 1;
            rest = &r[d..];
        }
        if let Some(r) = rest.strip_prefix(['.', ')']) {
            if r.starts_with(' ') || r.is_empty() {
                return (Marker::Arabic { n, depth }, r.trim_start());
            }
        }
        if depth > 1 && rest.starts_with(' ') {
            return (Marker::Arabic { n, depth }, rest.trim_start());
        }
    }
    let mut chars = t.chars();
    if let (Some(c), Some(')')) = (chars.next(), chars.next()) {
        if c.is_lowercase() && c.is_alphabetic() {
            return (Marker::Letter, chars.as_str().trim_start());
        }
    }
    if let Some(r) = t.strip_prefix(['-', '–', '•', '*', '·']) {
        return (Marker::Dash, r.trim_start());
    }
    if let Some(r) = t.strip_prefix('+') {
        return (Marker::Plus, r.trim_start());
    }
    (Marker::None, t)
}

fn roman_value(s: &str) -> Option<u32> {
    let v = |c| match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        _ => 0,
    };
    let chars: Vec<u32> = s.chars().map(v).collect();
    let mut total = 0;
    for (i, &c) in chars.iter().enumerate() {
        if chars.get(i + 1).is_some_and(|&n| n > c) {
            total -= c as i64;
        } else {
            total += c as i64;
        }
    }
    (1..=40).contains(&total).then_some(total as u32)
}

/// Units written after a target value, longest first.
const UNITS: [(&str, Unit); 10] = [
    ("chuyên đề", Unit::ChuyenDe),
    ("hoạt động", Unit::HoatDong),
    ("lượt", Unit::Luot),
    ("người", Unit::Nguoi),
    ("buổi", Unit::Buoi),
    ("lớp", Unit::Lop),
    ("bài", Unit::Bai),
    ("cuộc", Unit::Cuoc),
    ("lần", Unit::Lan),
    ("%", Unit::Percent),
];

/// The first measurable value of a sentence: "100%", "40 lượt", "2,5 %".
/// Gives the value, the unit, and the byte range of both.
pub fn value_and_unit(text: &str) -> Option<(String, Unit, std::ops::Range<usize>)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let starts_number =
            bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric());
        if !starts_number {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < bytes.len() && (bytes[j].is_ascii_digit() || matches!(bytes[j], b',' | b'.')) {
            j += 1;
        }
        let number = text[i..j].trim_end_matches([',', '.']);
        let after = text[i + number.len()..].trim_start();
        let gap = text[i + number.len()..].len() - after.len();
        for (word, unit) in &UNITS {
            if let Some(rest) = after.strip_prefix(word) {
                let at_word_end = word == &"%" || !rest.starts_with(char::is_alphabetic);
                if at_word_end {
                    let end = i + number.len() + gap + word.len();
                    return Some((number.to_string(), unit.clone(), i..end));
                }
            }
        }
        i = j.max(i + 1);
    }
    None
}

/// "Trưởng ban: Triển khai …" → ("Trưởng ban", "Triển khai …"), when the
/// part before the colon reads as a role.
pub fn role_colon(text: &str) -> Option<(String, String)> {
    let (role, duty) = text.split_once(':')?;
    let role = role.trim();
    (role.split_whitespace().count() <= 8 && !role.contains(';') && looks_like_role(role))
        .then(|| (role.to_string(), capitalize_first(duty.trim())))
}

/// "Văn phòng, Sở GD&ĐT chủ trì tham mưu …" → ("Văn phòng, Sở GD&ĐT",
/// "Chủ trì tham mưu …"): the role is what comes before the first duty verb.
pub fn role_verb(text: &str) -> Option<(String, String)> {
    // Roles come first: only the first 16 words can hold the verb.
    let head_end = text
        .char_indices()
        .filter(|&(_, c)| c == ' ')
        .nth(16)
        .map_or(text.len(), |(i, _)| i + 1);
    let head = &text[..head_end];
    let mut at: Vec<usize> = DUTY_VERBS
        .iter()
        .flat_map(|v| {
            let mut found = Vec::new();
            let mut from = 0;
            while let Some(i) = find_fold(head, v, from) {
                found.push(i);
                from = i + 1;
            }
            found
        })
        .collect();
    at.sort_unstable();
    // The first verb that leaves a role before it ("Phòng Tổ chức – Hành
    // chính ban hành …": "tổ chức" is part of the unit's name).
    at.into_iter().find_map(|i| {
        let role = text[..i].trim().trim_end_matches([',', ':']);
        let words = role.split_whitespace().count();
        ((2..=16).contains(&words) && !role.contains(';') && starts_like_role(role))
            .then(|| (role.to_string(), capitalize_first(text[i..].trim())))
    })
}

/// "Tập huấn giáo viên (thời gian: tháng 9; chủ trì: Hiệu trưởng)." →
/// ("Tập huấn giáo viên", [("thời gian", "tháng 9"), ("chủ trì", "Hiệu
/// trưởng")]): the labelled details our exporter (and many schools) put in
/// brackets after an item, when every part has one of `labels`.
pub fn labelled_tail(text: &str, labels: &[&str]) -> Option<(String, Vec<(String, String)>)> {
    let t = text.trim_end().trim_end_matches(['.', ';']).trim_end();
    let inner = t.strip_suffix(')')?;
    let open = inner.rfind(" (")?;
    let mut parts = Vec::new();
    for part in inner[open + 2..].split("; ") {
        let (label, value) = part.split_once(": ")?;
        let label = label.trim();
        if !labels.contains(&label) {
            return None;
        }
        parts.push((label.to_string(), value.trim().to_string()));
    }
    (!parts.is_empty()).then(|| (inner[..open].trim_end().to_string(), parts))
}

/// A report deadline found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    pub date: Date,
    pub content: String,
    pub recipient: String,
    pub channel: String,
}

/// The report deadlines of a sentence that speaks of a report: every
/// date in it ("trước ngày 10/6 và 20/12/2022" is two; a date without a
/// year takes the next date's year, else `default_year`).
pub fn deadlines(text: &str, default_year: u16) -> Vec<Deadline> {
    let f = fold(text);
    if !f.contains("bao cao") {
        return Vec::new();
    }
    let found = dates_in(text);
    if found.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (k, &(d, m, y)) in found.iter().enumerate() {
        let year = y
            .or_else(|| found[k + 1..].iter().find_map(|x| x.2))
            .unwrap_or(default_year);
        if let Some(date) = Date::new(year, m, d) {
            out.push(date);
        }
    }
    let (content, recipient, channel) = report_parts(text);
    out.into_iter()
        .map(|date| Deadline {
            date,
            content: content.clone(),
            recipient: recipient.clone(),
            channel: channel.clone(),
        })
        .collect()
}

/// (day, month, year?) of each date written "10/6", "20/12/2022", "05-5"
/// or "05 tháng 5 (năm 2023)".
pub fn dates_in(text: &str) -> Vec<(u8, u8, Option<u16>)> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | ':'))
        .filter(|w| !w.is_empty())
        .collect();
    let num = |w: &str| -> Option<u32> {
        let w = w.trim_end_matches('.');
        (!w.is_empty() && w.len() <= 4 && w.chars().all(|c| c.is_ascii_digit()))
            .then(|| w.parse().ok())
            .flatten()
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = words[i].trim_end_matches('.');
        let parts: Vec<&str> = w.split(['/', '-']).collect();
        if parts.len() >= 2 && parts.len() <= 3 && parts.iter().all(|p| num(p).is_some()) {
            let d = num(parts[0]).unwrap_or(0);
            let m = num(parts[1]).unwrap_or(0);
            let y = parts.get(2).and_then(|p| num(p));
            let ok_year = y.is_none_or(|y| (1900..=2200).contains(&y));
            if (1..=31).contains(&d) && (1..=12).contains(&m) && ok_year && parts[0].len() <= 2 {
                out.push((d as u8, m as u8, y.map(|y| y as u16)));
            }
        } else if let (Some(d), Some(t), Some(m)) = (
            num(w),
            words.get(i + 1),
            words.get(i + 2).and_then(|m| num(m)),
        ) {
            if fold(t) == "thang" && (1..=31).contains(&d) && (1..=12).contains(&m) {
                let y = match (words.get(i + 3), words.get(i + 4)) {
                    (Some(n), Some(y)) if fold(n) == "nam" => num(y).filter(|y| *y >= 1900),
                    _ => None,
                };
                out.push((d as u8, m as u8, y.map(|y| y as u16)));
                i += 3;
            }
        }
        i += 1;
    }
    out
}

/// (content, recipient, channel) of a report sentence: the recipient
/// follows "về" or "gửi" and starts with a capital; the channel is "qua …"
/// or "bằng …".
pub fn report_parts(text: &str) -> (String, String, String) {
    let t = text.trim().trim_end_matches(['.', ';']);
    let mut recipient_at = None;
    for key in [" về ", "gửi ", " tới ", " đến "] {
        let mut from = 0;
        while let Some(i) = t[from..].find(key).map(|i| i + from) {
            let after = &t[i + key.len()..];
            if after.starts_with(|c: char| c.is_uppercase()) {
                if recipient_at.is_none_or(|(j, _)| i < j) {
                    recipient_at = Some((i, key.len()));
                }
                break;
            }
            from = i + key.len();
        }
    }
    let channel_at = |s: &str| [" qua ", " bằng "].iter().filter_map(|k| s.find(k)).min();
    let channel_of = |s: &str| channel_at(s).map_or(String::new(), |c| cut_clause(&s[c + 1..]));
    let Some((r, klen)) = recipient_at else {
        let content = channel_at(t).map_or(t, |c| &t[..c]);
        return (content.trim().to_string(), String::new(), channel_of(t));
    };
    let content = t[..r].trim().trim_end_matches([',', ';']).to_string();
    let rest = &t[r + klen..];
    // A bracket holding a date ends the recipient ("Sở GD&ĐT (ngày
    // 05/12)"); one holding words belongs to it ("Phòng GD&ĐT (Bộ phận
    // Công tác học sinh)").
    let dated_bracket = rest.find(" (").filter(|&i| {
        rest[i..]
            .split(')')
            .next()
            .is_some_and(|inside| inside.chars().any(|c| c.is_ascii_digit()))
    });
    let end = [" trước", " qua ", " bằng ", ",", ";", " chậm nhất", " vào "]
        .iter()
        .filter_map(|k| rest.find(k))
        .chain(dated_bracket)
        .min()
        .unwrap_or(rest.len());
    let recipient = rest[..end].trim().to_string();
    (content, recipient, channel_of(rest))
}

/// "qua thư điện tử trước ngày …" → "qua thư điện tử".
fn cut_clause(s: &str) -> String {
    let end = [" trước", " (", ";", " chậm nhất"]
        .iter()
        .filter_map(|k| s.find(k))
        .min()
        .unwrap_or(s.len());
    s[..end].trim().trim_end_matches([',', '.']).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        assert_eq!(marker("II. NỘI DUNG"), (Marker::Roman(2), "NỘI DUNG"));
        assert_eq!(
            marker("IV. CHẾ ĐỘ BÁO CÁO."),
            (Marker::Roman(4), "CHẾ ĐỘ BÁO CÁO.")
        );
        assert_eq!(
            marker("12. Làm tốt"),
            (Marker::Arabic { n: 12, depth: 1 }, "Làm tốt")
        );
        assert_eq!(
            marker("2.1. Tập huấn"),
            (Marker::Arabic { n: 2, depth: 2 }, "Tập huấn")
        );
        assert_eq!(marker("đ) Khen thưởng"), (Marker::Letter, "Khen thưởng"));
        assert_eq!(marker("- Lưu: VT."), (Marker::Dash, "Lưu: VT."));
        assert_eq!(marker("+ Tổ 1"), (Marker::Plus, "Tổ 1"));
        assert_eq!(marker("2022 là năm"), (Marker::None, "2022 là năm"));
        assert_eq!(marker("Ít nhất"), (Marker::None, "Ít nhất"));
    }

    #[test]
    fn values_and_units() {
        let (v, u, _) = value_and_unit("Tỷ lệ nữ thạc sĩ đạt 5% ;").unwrap();
        assert_eq!((v.as_str(), u), ("5", Unit::Percent));
        let (v, u, r) = value_and_unit("Có 100 lượt phụ huynh").unwrap();
        assert_eq!((v.as_str(), u), ("100", Unit::Luot));
        assert_eq!(&"Có 100 lượt phụ huynh"[r], "100 lượt");
        assert_eq!(value_and_unit("năm 2022 các lớp"), None);
        assert!(value_and_unit("2,5 % giáo viên").is_some());
    }

    #[test]
    fn two_deadlines_in_one_sentence() {
        let got = deadlines(
            "Trước ngày 10/6 và 20/12/2024, gửi báo cáo kết quả về Phòng Văn hóa - Xã hội qua thư điện tử.",
            2024,
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].date, Date::new(2024, 6, 10).unwrap());
        assert_eq!(got[1].date, Date::new(2024, 12, 20).unwrap());
        assert_eq!(got[0].recipient, "Phòng Văn hóa - Xã hội");
        assert_eq!(got[0].channel, "qua thư điện tử");
        let got = deadlines(
            "Báo cáo về Sở trước ngày 05 tháng 5 và ngày 05 tháng 11 năm 2025",
            2020,
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].date, Date::new(2025, 5, 5).unwrap());
        assert!(deadlines("Tổ chức ngày 8/3", 2024).is_empty());
    }

    #[test]
    fn roles() {
        assert_eq!(
            role_colon("Tổng phụ trách: Xây dựng nội dung").unwrap().0,
            "Tổng phụ trách"
        );
        let (r, d) = role_verb("Công đoàn trường phối hợp theo dõi việc thực hiện.").unwrap();
        assert_eq!(
            (r.as_str(), d.as_str()),
            ("Công đoàn trường", "Phối hợp theo dõi việc thực hiện.")
        );
    }
}
