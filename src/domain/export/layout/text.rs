//! Text helpers of the layout: user text cleaned into lines, sentence
//! endings and bullets, and the numbering of ND30 §7 (Roman numerals,
//! điểm letters).

use crate::domain::plan::Citation;
use crate::domain::text::clean;

/// Điểm letters: the Vietnamese alphabet without f, j, w, z (ND30 §7).
pub const DIEM: [&str; 23] = [
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
    "u", "v", "x", "y",
];

/// Roman numeral (1–3999; 0 and larger values give Arabic digits).
pub fn roman(n: u32) -> String {
    if n == 0 || n > 3999 {
        return n.to_string();
    }
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut rest = n;
    let mut out = String::new();
    for (value, numeral) in TABLE {
        while rest >= value {
            out.push_str(numeral);
            rest -= value;
        }
    }
    out
}

/// The non-blank lines of a user text, cleaned and trimmed.
pub fn lines(s: &str) -> Vec<String> {
    clean(s)
        .split('\n')
        .map(|l| collapse_spaces(l.trim()))
        .filter(|l| !l.is_empty())
        .collect()
}

/// A user text that must stay on one line (names, numbers).
pub(super) fn clean_line(s: &str) -> String {
    lines(s).join(" ")
}

fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_space = false;
    for c in s.chars() {
        let space = c == ' ';
        if !(space && prev_space) {
            out.push(c);
        }
        prev_space = space;
    }
    out
}

/// A citation with each of its texts on one clean line.
pub(super) fn clean_citation(c: &Citation) -> Citation {
    Citation {
        number: clean_line(&c.number),
        symbol: clean_line(&c.symbol),
        issuer: clean_line(&c.issuer),
        subject: clean_line(&c.subject),
        ..c.clone()
    }
}

/// Whether any of the texts has a non-blank line.
pub(super) fn any_text(items: &[String]) -> bool {
    items.iter().any(|s| !lines(s).is_empty())
}

/// "thời gian: tháng 10/2024; chủ trì: Ban Giám hiệu", skipping blanks.
pub(super) fn labelled(parts: &[(&str, &String)]) -> String {
    parts
        .iter()
        .filter_map(|(label, value)| {
            let v = strip_end_punct(&clean_line(value)).to_string();
            (!v.is_empty()).then(|| format!("{label}: {v}"))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Removes a bullet the user typed ("- ", "+ ", "• ") before we add ours.
pub(super) fn strip_bullet(s: &str) -> &str {
    let t = s.trim_start();
    for b in ['-', '+', '•', '–', '*'] {
        if let Some(rest) = t.strip_prefix(b) {
            if rest.starts_with(' ') || rest.is_empty() {
                return rest.trim_start();
            }
        }
    }
    t
}

/// The text without the full stop, semicolon or comma it ends with.
pub(super) fn strip_end_punct(s: &str) -> &str {
    s.trim_end().trim_end_matches(['.', ';', ',']).trim_end()
}

/// Ends an item with a full stop unless it already ends with punctuation.
pub(super) fn finish(s: &str) -> String {
    let t = s.trim_end();
    match t.chars().last() {
        None => String::new(),
        Some(c) if c.is_alphanumeric() || matches!(c, ')' | '"' | '”' | '»' | '%') => {
            format!("{t}.")
        }
        Some(_) => t.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_numerals() {
        let got: Vec<String> = [1, 4, 6, 9, 14, 40, 1990].map(roman).to_vec();
        assert_eq!(got, ["I", "IV", "VI", "IX", "XIV", "XL", "MCMXC"]);
    }

    #[test]
    fn finish_keeps_existing_punctuation() {
        for (item, finished) in [
            ("abc", "abc."),
            ("abc;", "abc;"),
            ("100%", "100%."),
            ("như sau:", "như sau:"),
        ] {
            assert_eq!(finish(item), finished);
        }
    }
}
