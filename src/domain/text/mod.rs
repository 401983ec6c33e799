//! Text hygiene for everything a user types, pastes or imports.
//!
//! NFC is done here for the Latin script (every Vietnamese letter, and the
//! other Latin letters with diacritics) with a 500-pair composition table,
//! instead of the full Unicode tables of a normalisation crate, which cost
//! about 49 KB brotli in the widget (measured: 94 KB → 45 KB). Text of other
//! scripts passes through unchanged. The tests check this NFC against the
//! `unicode-normalization` crate on arbitrary Latin text.

mod tables;

use tables::{CCC, PAIRS};

/// NFC, line endings as `\n`, tabs as spaces, no other control characters.
///
/// Control characters cannot be stored in a .docx (XML 1.0 forbids most of
/// them) and are never meant in a plan; NFD text (from some keyboards and
/// from macOS copies) would compare unequal to the same words in NFC.
pub fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' => out.push('\n'),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            // Unicode noncharacters and lone BOMs are invisible noise.
            '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    if out.is_ascii() {
        out
    } else {
        nfc(&out)
    }
}

/// Canonical combining class of a combining mark of U+0300–U+036F (0 for
/// everything else: other scripts are not reordered).
fn ccc(c: char) -> u8 {
    if !('\u{300}'..='\u{36F}').contains(&c) {
        return 0;
    }
    CCC.binary_search_by_key(&c, |&(m, _)| m)
        .map_or(0, |i| CCC[i].1)
}

/// The composite of `a` + `b`, if the Latin table has one.
fn compose(a: char, b: char) -> Option<char> {
    PAIRS
        .binary_search_by(|&(x, y, _)| (x, y).cmp(&(a, b)))
        .ok()
        .map(|i| PAIRS[i].2)
}

/// Characters whose canonical decomposition is not a pair that composes
/// back (singletons and a composition exclusion): NFC replaces them.
const SINGLETONS: &[(char, &str)] = &[
    ('\u{340}', "\u{300}"),
    ('\u{341}', "\u{301}"),
    ('\u{343}', "\u{313}"),
    ('\u{344}', "\u{308}\u{301}"),
    ('\u{2126}', "\u{3A9}"),
    ('\u{212A}', "K"),
    ('\u{212B}', "\u{C5}"),
];

/// Full canonical decomposition of one character, appended to `out`.
fn decompose_into(c: char, out: &mut Vec<char>) {
    if let Some(&(_, d)) = SINGLETONS.iter().find(|&&(s, _)| s == c) {
        for c in d.chars() {
            decompose_into(c, out);
        }
        return;
    }
    // The table is small; a linear scan runs only for non-ASCII letters.
    match PAIRS.iter().find(|&&(_, _, composite)| composite == c) {
        Some(&(first, second, _)) => {
            decompose_into(first, out);
            out.push(second);
        }
        None => out.push(c),
    }
}

/// The letter without its diacritics: 'ệ' → 'e' ('đ' stays 'đ': it is a
/// The text with its first letter in capitals ("luật" → "Luật").
pub fn capitalize_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// letter of its own, not d with a mark).
pub fn base_char(c: char) -> char {
    let mut parts = Vec::with_capacity(3);
    decompose_into(c, &mut parts);
    parts[0]
}

/// Is this a combining mark of U+0300–U+036F (the marks Latin text uses)?
pub fn is_combining_mark(c: char) -> bool {
    ('\u{300}'..='\u{36F}').contains(&c)
}

/// The characters of the canonical decomposition of `s` (Latin letters).
pub fn nfd_chars(s: &str) -> Vec<char> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        decompose_into(c, &mut out);
    }
    out
}

/// Unicode NFC for Latin text: decompose, order marks canonically, compose.
pub fn nfc(s: &str) -> String {
    // Without a combining mark or a singleton, Latin text is already NFC
    // (every composite of the table composes back): the common case, kept
    // cheap because it runs on every keystroke.
    if !s
        .chars()
        .any(|c| is_combining_mark(c) || SINGLETONS.iter().any(|&(x, _)| x == c))
    {
        return s.to_string();
    }
    let mut chars: Vec<char> = Vec::with_capacity(s.len());
    for c in s.chars() {
        decompose_into(c, &mut chars);
    }
    // Canonical ordering: a stable sort of each run of non-starters by class.
    let mut i = 0;
    while i < chars.len() {
        if ccc(chars[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && ccc(chars[i]) != 0 {
            i += 1;
        }
        chars[start..i].sort_by_key(|&c| ccc(c));
    }
    // Canonical composition.
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut starter: Option<usize> = None;
    let mut last_class: u8 = 0;
    for c in chars {
        let class = ccc(c);
        if let Some(si) = starter {
            // Not blocked: nothing between the starter and `c`, or every mark
            // between has a lower class than `c`.
            let adjacent = si + 1 == out.len();
            if adjacent || (last_class != 0 && last_class < class) {
                if let Some(composite) = compose(out[si], c) {
                    out[si] = composite;
                    continue;
                }
            }
        }
        if class == 0 {
            starter = Some(out.len());
            last_class = 0;
        } else {
            last_class = class;
        }
        out.push(c);
    }
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_controls_keeps_newlines_and_emoji() {
        assert_eq!(clean("a\u{0}b\u{7}c\r\nd\re\tf 😀"), "abc\nd\ne f 😀");
    }

    #[test]
    fn orders_marks_before_composing() {
        // e + circumflex + dot below, typed in the "wrong" order, is still ệ.
        assert_eq!(nfc("e\u{302}\u{323}"), "ệ");
        assert_eq!(nfc("e\u{323}\u{302}"), "ệ");
        // Already composed text and other scripts are unchanged.
        assert_eq!(nfc("Nguyễn Thị Ánh – 😀 한국"), "Nguyễn Thị Ánh – 😀 한국");
        // A composed letter with one more mark composes further: ê + ́ = ế.
        assert_eq!(nfc("\u{EA}\u{301}"), "ế");
    }

    #[test]
    fn composes_vietnamese() {
        let nfd = "Ho\u{300}a Bi\u{300}nh \u{110}o\u{302}\u{300}ng";
        assert_eq!(clean(nfd), "Hòa Bình Đồng");
    }
}
