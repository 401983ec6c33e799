//! The header block as written: the two columns (managing body, issuer,
//! Số on the left; Quốc hiệu, Tiêu ngữ, place and date on the right),
//! whether they came as a table, as paragraphs with tabs, or glued on one
//! line by a copy from a web page or a PDF.

use super::words::{find_fold, fold, is_caps, is_rule_line, starts_fold, starts_like_body};
use crate::domain::date::Date;
use serde::Serialize;

/// The header's parts as the document writes them (whitespace collapsed).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct HeaderText {
    pub parent_body: String,
    pub issuer: String,
    /// Quốc hiệu line, if any.
    pub national: Option<String>,
    /// Tiêu ngữ line, if any.
    pub motto: Option<String>,
    /// The Số line with its spacing as written (tabs as spaces).
    pub so_line: Option<String>,
    /// `None` with no Số line, `""` when the number is left blank.
    pub number: Option<String>,
    /// Ký hiệu without spaces: "KH-THHL".
    pub symbol: Option<String>,
    pub date_line: Option<String>,
    pub place: String,
    pub date: Option<Date>,
    /// Day, month and year as written in the date line ("05", "03", "").
    pub date_parts: Option<(String, String, String)>,
    /// "V/v …" of a công văn.
    pub vv: Option<String>,
}

/// What one piece of a header line is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    National(String),
    Motto(String),
    So(String),
    DateLine(String),
    Vv(String),
    Caps(String),
    Rule,
    Other(String),
}

/// Splits one header line into its pieces: at tabs, at wide runs of
/// spaces, and where a right-column part starts glued to a left-column one.
pub fn pieces(raw: &str) -> Vec<Piece> {
    let mut parts: Vec<String> = Vec::new();
    for tab_part in raw.split('\t') {
        for p in split_wide_spaces(tab_part) {
            parts.extend(split_glued(&p));
        }
    }
    parts
        .into_iter()
        .map(|p| super::blocks::collapse(&p))
        .filter(|p| !p.is_empty())
        .map(|p| classify_piece(&p))
        .collect()
}

/// "A      B" → "A", "B", unless the gap is inside a Số line.
fn split_wide_spaces(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s.trim();
    while let Some(i) = rest.find("   ") {
        let (left, right) = (&rest[..i], rest[i..].trim_start());
        let lf = fold(left.trim());
        let keep = left.trim_end().ends_with(':')
            || lf == "so"
            // Blanks of an undated draft: "ngày      tháng 3".
            || lf.ends_with("ngay")
            || lf.ends_with("thang")
            || right.starts_with(|c: char| c.is_ascii_digit() || c == '/' || c == '.');
        if keep || left.trim().is_empty() {
            // Not a column gap: look further along.
            match right.find("   ") {
                Some(_) => {
                    let cut = i + (rest[i..].len() - right.len());
                    let (a, b) = rest.split_at(cut);
                    let mut tail = split_wide_spaces(b);
                    if let Some(first) = tail.first_mut() {
                        *first = format!("{a}{first}");
                    }
                    out.extend(tail);
                    return out;
                }
                None => break,
            }
        }
        out.push(left.to_string());
        rest = right;
    }
    out.push(rest.to_string());
    out
}

/// Cuts before a Quốc hiệu, a Tiêu ngữ or a date line glued to what the
/// left column holds.
fn split_glued(s: &str) -> Vec<String> {
    let mut cuts = Vec::new();
    for anchor in ["cong hoa xa hoi", "đoc lap"] {
        if let Some(i) = find_fold(s, anchor, 1) {
            cuts.push(i);
        }
    }
    if is_so(s) {
        if let Some(i) = date_start_after_so(s) {
            cuts.push(i);
        }
    }
    cuts.sort_unstable();
    let mut out = Vec::new();
    let mut last = 0;
    for c in cuts {
        if c > last && !s[last..c].trim().is_empty() {
            out.push(s[last..c].to_string());
            last = c;
        }
    }
    out.push(s[last..].to_string());
    out
}

/// Where the place of a date line starts in "Số: 39/KH-THHL Hòa Lạc, ngày …":
/// the first word after "Số" that is not part of a reference (has a
/// lower-case letter).
fn date_start_after_so(s: &str) -> Option<usize> {
    let ngay = find_fold(s, "ngay ", 0)?;
    let mut pos = 0;
    for (k, word) in s.split(' ').enumerate() {
        let start = pos;
        pos += word.len() + 1;
        if k == 0 || word.is_empty() || start >= ngay {
            continue;
        }
        if word.chars().any(char::is_lowercase) {
            return Some(start);
        }
    }
    // "Số: 05/KH-X ngày 5 tháng 3 …" with no place.
    Some(ngay)
}

/// A Số line: "Số" (not "Sở") and then ":", a digit, "/" or dots.
fn is_so(s: &str) -> bool {
    let lower = s.trim_start().to_lowercase();
    let Some(rest) = lower.strip_prefix("số") else {
        return false;
    };
    rest.trim_start()
        .starts_with(|c: char| c == ':' || c.is_ascii_digit() || c == '/' || c == '.')
}

fn is_date_line(s: &str) -> bool {
    let f = fold(s);
    s.chars().count() <= 100
        && (f.contains(", ngay") || f.starts_with("ngay"))
        && f.contains("thang")
        && f.contains("nam")
}

fn classify_piece(p: &str) -> Piece {
    if is_rule_line(p) {
        Piece::Rule
    } else if starts_fold(p, "cong hoa xa hoi chu nghia") {
        Piece::National(p.to_string())
    } else if starts_fold(p, "đoc lap") {
        Piece::Motto(p.to_string())
    } else if is_so(p) {
        Piece::So(p.to_string())
    } else if is_date_line(p) {
        Piece::DateLine(p.to_string())
    } else if starts_fold(p, "v/v") {
        Piece::Vv(p.to_string())
    } else if is_caps(p) {
        Piece::Caps(p.to_string())
    } else {
        Piece::Other(p.to_string())
    }
}

impl HeaderText {
    /// Adds the managing-body and issuer lines, in the order read: with
    /// two or more, the first is the managing body when the next starts
    /// like a body's name; the rest is the issuer (a name may wrap).
    pub fn set_names(&mut self, caps: &[String]) {
        match caps {
            [] => {}
            [one] => self.issuer = one.clone(),
            [first, second, rest @ ..] => {
                if starts_like_body(second) {
                    self.parent_body = first.clone();
                    self.issuer = std::iter::once(second.as_str())
                        .chain(rest.iter().map(String::as_str))
                        .collect::<Vec<_>>()
                        .join(" ");
                } else {
                    self.issuer = caps.join(" ");
                }
            }
        }
    }

    /// Reads a Số line: number (blank allowed) and ký hiệu.
    pub fn set_so(&mut self, raw_line: &str) {
        let line = raw_line.replace('\t', " ");
        let line = line.trim();
        self.so_line = Some(line.to_string());
        let after = line
            .char_indices()
            .nth(2)
            .map_or("", |(i, _)| &line[i..])
            .trim_start()
            .trim_start_matches(':')
            .trim();
        let (number, symbol) = match after.split_once('/') {
            Some((n, s)) => (n, Some(s)),
            None => (after, None),
        };
        let number: String = number
            .chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '.' | '…' | '_'))
            .collect();
        self.number = Some(number);
        self.symbol = symbol.map(|s| {
            s.chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .trim_end_matches(['.', ';', ','])
                .to_string()
        });
    }

    /// Reads a date line: place, and the day, month and year as written.
    pub fn set_date_line(&mut self, line: &str) {
        self.date_line = Some(line.to_string());
        let ngay = find_fold(line, "ngay", 0).unwrap_or(0);
        let place = line[..ngay].trim().trim_end_matches(',').trim();
        // "…………, ngày … tháng …": a place left to fill in is no place.
        let blank = place.chars().all(|c| matches!(c, '.' | '…' | '_' | ' '));
        self.place = if blank {
            String::new()
        } else {
            place.to_string()
        };
        let rest = &line[ngay..];
        let f = fold(rest);
        if f.contains("thang") {
            let day = after_word(rest, "ngay");
            let month = after_word(rest, "thang");
            let year = after_word(rest, "nam");
            self.date = match (day.parse(), month.parse(), year.parse()) {
                (Ok(d), Ok(m), Ok(y)) => Date::new(y, m, d),
                _ => None,
            };
            self.date_parts = Some((day, month, year));
        } else {
            // "Hà Nội, ngày 24/3/2022": numbers only.
            let tail = rest.trim_start_matches(|c: char| !c.is_ascii_digit());
            self.date = Date::parse_vi(tail.trim_end_matches('.')).ok();
        }
    }
}

/// The digits right after the word `folded` in `s` ("" when none).
fn after_word(s: &str, folded: &str) -> String {
    let Some(i) = find_fold(s, folded, 0) else {
        return String::new();
    };
    let word_end = s[i..]
        .char_indices()
        .find(|&(_, c)| c.is_whitespace() || c.is_ascii_digit())
        .map_or(s.len(), |(j, _)| i + j);
    s[word_end..]
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glued_columns_come_apart() {
        let got = pieces("PHÒNG GD&ĐT HUYỆN X CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assert_eq!(
            got,
            [
                Piece::Caps("PHÒNG GD&ĐT HUYỆN X".into()),
                Piece::National("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".into())
            ]
        );
        let got = pieces("TRƯỜNG TH HÒA LẠC Độc lập - Tự do - Hạnh phúc");
        assert_eq!(got[1], Piece::Motto("Độc lập - Tự do - Hạnh phúc".into()));
        let got = pieces("Số:    39  / KH - THHL      Hòa Lạc, ngày 05 tháng 3 năm 2023");
        assert_eq!(got[0], Piece::So("Số: 39 / KH - THHL".into()));
        assert_eq!(
            got[1],
            Piece::DateLine("Hòa Lạc, ngày 05 tháng 3 năm 2023".into())
        );
        let got = pieces("Số: 39/KH-THHL Hòa Lạc, ngày 05 tháng 3 năm 2023");
        assert_eq!(
            got[1],
            Piece::DateLine("Hòa Lạc, ngày 05 tháng 3 năm 2023".into())
        );
        assert_eq!(
            pieces("SỞ GIÁO DỤC VÀ ĐÀO TẠO")[0],
            Piece::Caps("SỞ GIÁO DỤC VÀ ĐÀO TẠO".into())
        );
    }

    #[test]
    fn so_lines_read_number_and_symbol() {
        let mut h = HeaderText::default();
        h.set_so("Số:    39  / KH - THHL");
        assert_eq!(h.number.as_deref(), Some("39"));
        assert_eq!(h.symbol.as_deref(), Some("KH-THHL"));
        h.set_so("Số:      /KH-THHL");
        assert_eq!(h.number.as_deref(), Some(""));
        h.set_so("Số: 38a/KH-THHL");
        assert_eq!(h.number.as_deref(), Some("38a"));
    }

    #[test]
    fn date_lines_read_place_and_parts() {
        let mut h = HeaderText::default();
        h.set_date_line("Thành phố Hồ Chí Minh, ngày 05 tháng 03 năm 2023");
        assert_eq!(h.place, "Thành phố Hồ Chí Minh");
        assert_eq!(h.date, Date::new(2023, 3, 5));
        assert_eq!(
            h.date_parts,
            Some(("05".into(), "03".into(), "2023".into()))
        );
        h.set_date_line("Hòa Lạc, ngày    tháng 3 năm 2023");
        assert_eq!(h.date, None);
        assert_eq!(h.date_parts.as_ref().unwrap().0, "");
    }
}
