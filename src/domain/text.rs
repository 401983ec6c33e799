//! Text hygiene for everything a user types, pastes or imports.

use unicode_normalization::UnicodeNormalization;

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
    if unicode_normalization::is_nfc(&out) {
        out
    } else {
        out.nfc().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_controls_keeps_newlines_and_emoji() {
        assert_eq!(clean("a\u{0}b\u{7}c\r\nd\re\tf 😀"), "abc\nd\ne f 😀");
    }

    #[test]
    fn composes_vietnamese() {
        let nfd = "Ho\u{300}a Bi\u{300}nh \u{110}o\u{302}\u{300}ng";
        assert_eq!(clean(nfd), "Hòa Bình Đồng");
    }
}
