//! X9: abbreviations in a raw text, and whether the text defines them.

use super::fold::{is_word, lower};

/// Abbreviations any Vietnamese official reads without a definition,
/// compared without "&" and "-" ("GD&ĐT" = "GD-ĐT" = "GDĐT"). Kept short on
/// purpose: everything else is spelled out at first use (NĐ 30 asks for
/// abbreviations that are "short, easy to understand"; a plan is also read
/// by parents and pupils).
const COMMON_ABBRS: [&str; 24] = [
    // State bodies, in every header and ký hiệu: Ủy ban nhân dân, Hội đồng
    // nhân dân, Chính phủ, Trung ương; "TP." of a city's name.
    "UBND", "UB", "HĐND", "CP", "TW", "TP",
    // The education sector: Bộ / Sở / Phòng Giáo dục và Đào tạo and the
    // school levels as they appear in official school names; the labour
    // sector (LĐ-TB&XH), which led gender-equality work until 2025.
    "BGDĐT", "GDĐT", "MN", "TH", "THCS", "THPT", "GDNN", "GDTX", "LĐTBXH",
    // Document types of NĐ 30 (PL III) as cited in the text: KH, QĐ, NQ, NĐ.
    "KH", "QĐ", "NQ", "NĐ",
    // Signing and archive marks of NĐ 30: TM., KT., TL., TUQ., "Lưu: VT".
    "TM", "KT", "TL", "TUQ", "VT",
];

fn is_common_abbr(token: &str) -> bool {
    let bare = || token.chars().filter(|&c| c != '&' && c != '-');
    COMMON_ABBRS.iter().any(|a| a.chars().eq(bare()))
}

/// A canonical Roman numeral up to 399 (section numbers, "học kỳ II").
fn is_roman(s: &str) -> bool {
    /// One decimal digit: "nine", "four", or an optional "five" and up to
    /// three "ones".
    fn digit<'a>(s: &'a str, nine: &str, four: &str, five: char, one: char) -> &'a str {
        if let Some(r) = s.strip_prefix(nine).or_else(|| s.strip_prefix(four)) {
            return r;
        }
        let mut r = s.strip_prefix(five).unwrap_or(s);
        for _ in 0..3 {
            r = r.strip_prefix(one).unwrap_or(r);
        }
        r
    }
    let mut r = s;
    for _ in 0..3 {
        r = r.strip_prefix('C').unwrap_or(r);
    }
    let r = digit(r, "XC", "XL", 'L', 'X');
    let r = digit(r, "IX", "IV", 'V', 'I');
    !s.is_empty() && r.is_empty()
}

/// Is this character part of a word-like run (letters, digits, "&", "-")?
#[inline(always)]
fn in_compound(c: char) -> bool {
    c == '&' || c == '-' || is_word(c as u32)
}

/// What a run of letters looks like.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Lower-case letters, digits, or no two letters: not an abbreviation.
    Other,
    /// A Vietnamese word in capitals ("TUYÊN", "ĐẲNG"): part of a heading
    /// typed in capitals, and so are the capital runs next to it.
    CapsWord,
    /// Two or more capitals without other diacritics than "Đ": an
    /// abbreviation ("BĐG", "GD&ĐT", "CB-GV-NV").
    Candidate,
}

fn shape(run: &str) -> Shape {
    let (mut letters, mut accented) = (0, false);
    for c in run.chars() {
        match c {
            'A'..='Z' => letters += 1,
            '&' | '-' => {}
            // Lower-case letters and digits.
            _ if c.is_ascii() => return Shape::Other,
            _ => {
                let u = c as u32;
                if lower(u) == u {
                    // Lower case, or a letter without case: a word.
                    return Shape::Other;
                }
                letters += 1;
                accented |= c != 'Đ';
            }
        }
    }
    if accented {
        Shape::CapsWord
    } else if letters >= 2 {
        Shape::Candidate
    } else {
        Shape::Other
    }
}

/// Might the text hold an abbreviation: two capitals (A–Z or Đ) in a row?
/// A cheap filter before [`scan_abbrs`] reads a text, run on every field at
/// every keystroke (release builds optimise for size, so it must be fast
/// without the compiler's help). It looks at byte pairs: "x" an A–Z or the
/// last byte of "Đ" (C4 90), "y" an A–Z or the first byte of "Đ", eight
/// bytes at a time in a `u64` ("SWAR"). Other bytes 0x90 and 0xC4 only
/// make a false "maybe". Capitals joined only by "&" ("Đ&T") are not seen;
/// every usual abbreviation has two capitals side by side.
fn may_have_abbr(b: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    /// High bit of every byte equal to `c`.
    fn eq(v: u64, c: u8) -> u64 {
        let t = v ^ (ONES * u64::from(c));
        !(((t & !HIGH) + !HIGH) | t) & HIGH
    }
    /// High bit of every byte in A–Z.
    fn upper(v: u64) -> u64 {
        let low = v & !HIGH;
        let at_least_a = low + ONES * (0x80 - b'A' as u64);
        let above_z = low + ONES * (0x80 - b'Z' as u64 - 1);
        at_least_a & !above_z & !v & HIGH
    }
    // Byte 7 of the previous word was an "x".
    let mut carry = 0u64;
    let mut words = b.chunks_exact(8);
    for w in &mut words {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(w);
        let v = u64::from_le_bytes(bytes);
        let up = upper(v);
        let (x, y) = (up | eq(v, 0x90), up | eq(v, 0xC4));
        // Byte i+1 sits 8 bits above byte i.
        if (x & (y >> 8)) != 0 || (carry & y & 0x80) != 0 {
            return true;
        }
        carry = x >> 56;
    }
    let tail = words.remainder();
    let is_x = |c: u8| c.is_ascii_uppercase() || c == 0x90;
    let is_y = |c: u8| c.is_ascii_uppercase() || c == 0xC4;
    let mut prev_x = carry != 0;
    for &c in tail {
        if prev_x && is_y(c) {
            return true;
        }
        prev_x = is_x(c);
    }
    false
}

/// Calls `f(abbreviation, defined_here)` for every abbreviation of a raw
/// text, in order. An abbreviation is a run of two or more capitals (A–Z,
/// Đ, joined by "&"; "CB-GV-NV" gives three); it is *defined here* when it
/// stands alone in parentheses, "bình đẳng giới (BĐG)", or closes a
/// parenthesis that says so, "(sau đây viết tắt là BĐG)". Not reported:
/// [`COMMON_ABBRS`], Roman numerals, "BDG" (rule X9.bdg-spelling), parts of
/// document symbols and dates ("865/KH-UBND", "05-CT/TW": next to "/" or
/// holding a digit), and capitals next to a Vietnamese word in capitals (a
/// heading typed in capitals: "TỔ CHỨC THỰC HIỆN").
pub(crate) fn scan_abbrs(text: &str, mut f: impl FnMut(&str, bool)) {
    if !may_have_abbr(text.as_bytes()) {
        return;
    }
    if text.bytes().any(|b| b == 0xCC || b == 0xCD) {
        // Decomposed diacritics would split words: compose first (rare).
        let composed = crate::domain::text::nfc(text);
        scan_composed(&composed, &mut f);
    } else {
        scan_composed(text, &mut f);
    }
}

fn scan_composed(text: &str, f: &mut impl FnMut(&str, bool)) {
    // Byte index of the last "(" not closed yet.
    let mut open: Option<usize> = None;
    let mut prev = Shape::Other;
    // A candidate waits for the next run: a capital word after it makes
    // it part of a heading.
    let mut pending: Option<(&str, bool)> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !in_compound(c) {
            match c {
                '(' => open = Some(start),
                ')' => open = None,
                _ => {}
            }
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            if !in_compound(d) {
                break;
            }
            end = j + d.len_utf8();
            chars.next();
        }
        let run = &text[start..end];
        let this = shape(run);
        if let Some((p, defined)) = pending.take() {
            if this != Shape::CapsWord {
                emit_abbr(p, defined, f);
            }
        }
        if this == Shape::Candidate && prev != Shape::CapsWord {
            let after = &text[end..];
            let in_symbol = text[..start].ends_with('/') || after.starts_with('/');
            if !in_symbol {
                let closes = after.trim_start().starts_with(')');
                let defined = closes
                    && open.is_some_and(|o| {
                        let inner = text[o + 1..start].trim();
                        inner.is_empty() || inner.contains("tắt") || inner.contains("gọi là")
                    });
                pending = Some((run, defined));
            }
        }
        prev = this;
    }
    if let Some((p, defined)) = pending {
        emit_abbr(p, defined, f);
    }
}

fn emit_abbr(run: &str, defined: bool, f: &mut impl FnMut(&str, bool)) {
    let core = run.trim_matches(['-', '&']);
    if is_common_abbr(core) {
        return;
    }
    for part in core.split('-') {
        let part = part.trim_matches('&');
        let letters = part.chars().filter(|&c| c != '&').count();
        if letters < 2 || is_roman(part) || is_common_abbr(part) || part == "BDG" {
            continue;
        }
        f(part, defined);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn abbrs(s: &str) -> Vec<(String, bool)> {
        let mut v = Vec::new();
        scan_abbrs(s, |a, d| v.push((a.to_string(), d)));
        v
    }

    fn own(v: &[(&str, bool)]) -> Vec<(String, bool)> {
        v.iter().map(|(a, d)| (a.to_string(), *d)).collect()
    }

    #[test]
    fn finds_abbreviations_and_their_definitions() {
        assert_eq!(
            abbrs("vì sự tiến bộ của phụ nữ (VSTBPN) và bình đẳng giới ( BĐG ), BĐG"),
            own(&[("VSTBPN", true), ("BĐG", true), ("BĐG", false)])
        );
        assert_eq!(
            abbrs("Ban đại diện cha mẹ học sinh (sau đây viết tắt là CMHS); CB-GV-NV"),
            own(&[("CMHS", true), ("CB", false), ("GV", false), ("NV", false)])
        );
        // A parenthesis that is not a definition.
        assert_eq!(
            abbrs("tập huấn (cho HSSV khối 10)"),
            own(&[("HSSV", false)])
        );
        // Decomposed input (NFD) is read like composed input.
        assert_eq!(
            abbrs("BĐG va\u{300} HS"),
            own(&[("BĐG", false), ("HS", false)])
        );
    }

    #[test]
    fn the_capital_pair_filter_agrees_with_a_plain_loop() {
        let naive = |b: &[u8]| {
            b.windows(2).any(|w| {
                (w[0].is_ascii_uppercase() || w[0] == 0x90)
                    && (w[1].is_ascii_uppercase() || w[1] == 0xC4)
            })
        };
        let samples = [
            "",
            "A",
            "AB",
            "Ab",
            "GĐ",
            "ĐT",
            "Đạo đức, Ban giám hiệu",
            "tuyên truyền về bình đẳng giới, 12345678Z",
            "1234567AB",
            "12345678AB",
            "abcdefgA",
            "abcdefgABcdefgh",
            "abcdefgAbcdefgh",
            "Kiện toàn Ban VSTBPN",
            "@[`{ZA",
            "Trường Trung học cơ sở Hòa Bình xây dựng Kế hoạch",
        ];
        for s in samples {
            assert_eq!(may_have_abbr(s.as_bytes()), naive(s.as_bytes()), "{s:?}");
        }
        // Every pair of bytes at every offset of a word.
        let bytes = [b'a', b'A', b'Z', b'@', b'[', 0x90, 0xC4, 0xFF, b' '];
        for &p in &bytes {
            for &q in &bytes {
                for at in 0..10 {
                    let mut v = vec![b'x'; 11];
                    v[at] = p;
                    v[at + 1] = q;
                    assert_eq!(may_have_abbr(&v), naive(&v), "{p:#x} {q:#x} at {at}");
                }
            }
        }
    }

    #[test]
    fn common_abbreviations_symbols_numerals_and_headings_are_not_reported() {
        for s in [
            "UBND tỉnh, HĐND, Sở GD&ĐT, Phòng GD-ĐT, Trường THCS, TP. Hồ Chí Minh",
            "Kế hoạch số 865/KH-UBND, Chỉ thị số 05-CT/TW, Nghị định 56/2017/NĐ-CP",
            "dịch bệnh COVID-19; Phòng LĐ&TBXH Q8",
            "học kỳ II, mục IV, phần XII",
            "TỔ CHỨC THỰC HIỆN KẾ HOẠCH CÔNG TÁC BĐG NĂM 2025",
            "công tác BDG, Trung tâm GDNN-GDTX",
            "Đội, Đoàn, Ban giám hiệu, Ủy ban",
        ] {
            assert_eq!(abbrs(s), Vec::new(), "{s}");
        }
        assert!(is_roman("XIV") && is_roman("CCCXCIX") && is_roman("IV"));
        assert!(!is_roman("IIII") && !is_roman("VX") && !is_roman("CD") && !is_roman(""));
    }
}
