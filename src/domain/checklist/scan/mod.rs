//! Hand-written text matching for the checklist (no `regex`: wasm size).
//!
//! Everything here works on a *folded* copy of a text: NFC, lower case,
//! runs of white space collapsed to one space, "–"/"—" as "-", and the old
//! and new tone-mark positions made equal ("hoà" = "hòa", "uỷ" = "ủy",
//! "qui" = "quy", "kí" = "ký"; PLAN_CHECKLIST §0). Cue words are written in
//! folded form (tone on the first vowel: "hóa", "khóa", "ủy").
//!
//! Folding reuses two caller-owned buffers, so scanning a 300-item plan on
//! every keystroke allocates nothing once the buffers have grown.
//!
//! One file per kind of thing read: [`fold`] (the normal form), [`scope`]
//! (time scopes), [`refs`] (document references), [`month`] (the Action
//! Month's theme and dates) and [`abbrs`] (abbreviations); the cue matching
//! they all use is here.

mod abbrs;
mod fold;
mod month;
mod refs;
mod scope;

pub(crate) use abbrs::scan_abbrs;
use fold::is_word;
pub(crate) use fold::Folder;
pub(crate) use month::{action_month_ranges, may_have_day_month, theme_key, DayMonth};
pub(crate) use refs::scan_refs;
pub(crate) use scope::{has_year_number, scopes, Scope, Scopes};

/// Might the raw text contain one of these words in any letter case? A
/// cheap filter before folding: `false` is certain, `true` is a maybe.
/// Decomposed text (combining marks, lead bytes 0xCC/0xCD) is always a
/// maybe.
pub(crate) fn may_contain(raw: &str, variants: &[&str]) -> bool {
    variants.iter().any(|v| raw.contains(v)) || raw.bytes().any(|b| b == 0xCC || b == 0xCD)
}

/// ASCII-only case-insensitive search (for "BDG", "bdg", "Bdg" …).
pub(crate) fn contains_ascii_ci(raw: &str, needle: &[u8]) -> bool {
    raw.as_bytes()
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

/// Is the character that ends just before byte `i` a letter or digit?
fn word_before(hay: &str, i: usize) -> bool {
    hay[..i]
        .chars()
        .next_back()
        .is_some_and(|c| is_word(c as u32))
}

/// Is the character at byte `i` a letter or digit?
fn word_at(hay: &str, i: usize) -> bool {
    hay[i..].chars().next().is_some_and(|c| is_word(c as u32))
}

/// Does the folded text contain the cue? Cues that start or end with a digit
/// only match where the neighbouring character is not a digit, so "8/3"
/// does not match inside "28/3" and "15/11" not inside "115/11".
pub(crate) fn has_cue(hay: &str, cue: &str) -> bool {
    let digit_start = cue.starts_with(|c: char| c.is_ascii_digit());
    let digit_end = cue.ends_with(|c: char| c.is_ascii_digit());
    if !digit_start && !digit_end {
        return hay.contains(cue);
    }
    let bytes = hay.as_bytes();
    hay.match_indices(cue).any(|(i, m)| {
        let before = i.checked_sub(1).map(|k| bytes[k]);
        let after = bytes.get(i + m.len()).copied();
        let glued_before = digit_start && before.is_some_and(|c| c.is_ascii_digit() || c == b'/');
        let glued_after = digit_end && after.is_some_and(|c| c.is_ascii_digit());
        !glued_before && !glued_after
    })
}

/// Does the folded text contain the cue as a whole word (letters and digits
/// on neither side)?
pub(crate) fn has_word(hay: &str, word: &str) -> bool {
    hay.match_indices(word)
        .any(|(i, m)| !word_before(hay, i) && !word_at(hay, i + m.len()))
}

pub(crate) fn has_any(hay: &str, cues: &[&str]) -> bool {
    cues.iter().any(|c| has_cue(hay, c))
}

/// The first cue found, if any.
pub(crate) fn first_cue<'a>(hay: &str, cues: &[&'a str]) -> Option<&'a str> {
    cues.iter().copied().find(|c| has_cue(hay, c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(s: &str) -> &str {
        s
    }

    #[test]
    fn digit_cues_respect_number_boundaries() {
        assert!(has_cue(b("ngày 8/3 hằng năm"), "8/3"));
        assert!(!has_cue(b("ngày 28/3"), "8/3"));
        assert!(!has_cue(b("ngày 18/3/2022"), "8/3"));
        assert!(has_cue(b("từ 15/11 đến 15/12"), "15/11"));
        assert!(!has_cue(b("số 115/11"), "15/11"));
        assert!(has_cue(b("tập huấn"), "huấn"));
        assert!(!has_cue(b("tập huấ"), "huấn"));
        assert!(has_word(b("công tác bdg, vstbpn"), "bdg"));
        assert!(has_word(b("“bdg”"), "bdg"));
        assert!(!has_word(b("abdgx"), "bdg"));
        assert!(!has_word(b("ébdg"), "bdg"));
    }
}
