//! Folding: the one normal form every cue is matched in.
//!
//! NFC, lower case, runs of white space collapsed to one space, "–"/"—" as
//! "-", and the old and new tone-mark positions made equal ("hoà" = "hòa",
//! "uỷ" = "ủy", "qui" = "quy", "kí" = "ký"; PLAN_CHECKLIST §0). Folding
//! reuses two caller-owned buffers, so scanning a 300-item plan on every
//! keystroke allocates nothing once the buffers have grown.

/// Reusable buffers for [`Folder::fold`].
#[derive(Default)]
pub(crate) struct Folder {
    out: Vec<u8>,
    nfc: String,
}

impl Folder {
    /// The folded form of `src` as bytes (valid UTF-8), until the next call.
    ///
    /// This runs on every paragraph of the plan at every keystroke, so it
    /// copies the text once and then rewrites it in place (see
    /// [`fold_in_place`]).
    pub(crate) fn fold_bytes(&mut self, src: &str) -> &[u8] {
        self.out.clear();
        self.out.extend_from_slice(src.as_bytes());
        if !fold_in_place(&mut self.out) {
            // Decomposed diacritics: compose first (rare; plans are stored
            // in NFC by `Plan::normalize`).
            self.nfc.clear();
            self.nfc.push_str(&crate::domain::text::nfc(src));
            self.out.clear();
            self.out.extend_from_slice(self.nfc.as_bytes());
            fold_in_place(&mut self.out);
        }
        &self.out
    }

    /// The folded form of `src` as text, until the next call.
    pub(crate) fn fold(&mut self, src: &str) -> &str {
        self.fold_bytes(src);
        // Valid by construction: whole characters are kept or re-encoded.
        std::str::from_utf8(&self.out).unwrap_or("")
    }

    /// Folds `src` into an owned string (for the few texts kept around).
    pub(crate) fn fold_owned(&mut self, src: &str) -> String {
        self.fold(src).to_string()
    }
}

/// The code point starting at `bytes[i]` of valid UTF-8, and its length.
#[inline(always)]
fn decode(bytes: &[u8], i: usize) -> (u32, usize) {
    let b = u32::from(bytes[i]);
    let cont = |k: usize| u32::from(bytes.get(i + k).copied().unwrap_or(0x80) & 0x3F);
    match b {
        0..=0x7F => (b, 1),
        0xC0..=0xDF => (((b & 0x1F) << 6) | cont(1), 2),
        0xE0..=0xEF => (((b & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3),
        _ => (
            ((b & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3),
            4,
        ),
    }
}

/// Writes `c` at `out[at..]`, which must have room for it.
fn put_char(out: &mut [u8], at: usize, c: char) -> usize {
    let mut buf = [0u8; 4];
    let e = c.encode_utf8(&mut buf).as_bytes();
    out[at..at + e.len()].copy_from_slice(e);
    e.len()
}

#[inline(always)]
fn is_space(u: u32) -> bool {
    matches!(
        u,
        0x85 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000
    )
}

#[inline(always)]
pub(super) fn is_word(u: u32) -> bool {
    match u {
        0..=0x7F => (u as u8).is_ascii_alphanumeric(),
        0xD7 | 0xF7 => false,
        0xC0..=0x24F | 0x1EA0..=0x1EFF => true,
        _ => char::from_u32(u).is_some_and(char::is_alphanumeric),
    }
}

/// Lower case of a non-ASCII letter, with fast paths for Vietnamese.
#[inline(always)]
pub(super) fn lower(u: u32) -> u32 {
    match u {
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        // Already lower case: Latin-1 à…ÿ and ă đ ĩ ũ ơ ư.
        0xDF..=0xFF | 0x103 | 0x111 | 0x129 | 0x169 | 0x1A1 | 0x1B0 => u,
        // Ă Đ Ĩ Ũ Ơ Ư
        0x102 | 0x110 | 0x128 | 0x168 | 0x1A0 | 0x1AF => u + 1,
        // Latin Extended Additional: Ạ ạ Ả ả … Ỹ ỹ alternate upper/lower.
        0x1EA0..=0x1EF9 => u | 1,
        _ => char::from_u32(u)
            .and_then(|c| {
                let mut l = c.to_lowercase();
                // "İ" lowers to two characters; keep such rare letters as is.
                let first = l.next();
                l.next().is_none().then_some(first).flatten()
            })
            .map_or(u, u32::from),
    }
}

/// Folds a UTF-8 buffer in place; `false` (buffer unusable) when the text
/// holds combining marks and must be composed first.
///
/// Pass 1 lower-cases ASCII; pass 2 reads at `r` and writes at `w <= r`:
/// it collapses white space, maps dashes to "-", lower-cases Vietnamese
/// capitals (same UTF-8 length) and fixes word-final tone marks. Nothing it
/// writes is longer than what it read, so `w` never passes `r`.
fn fold_in_place(buf: &mut Vec<u8>) -> bool {
    buf.make_ascii_lowercase();
    // Index a slice, not the Vec: cheaper in size-optimised builds.
    let out: &mut [u8] = buf;
    let n = out.len();
    let (mut r, mut w) = (0, 0);
    let mut pending_space = false;
    let mut in_word = false;
    let mut word_start = 0;
    while r < n {
        let b = out[r];
        if b < 0x80 {
            if b.is_ascii_alphanumeric() {
                if pending_space {
                    out[w] = b' ';
                    w += 1;
                    pending_space = false;
                }
                if !in_word {
                    in_word = true;
                    word_start = w;
                }
                out[w] = b;
                w += 1;
            } else {
                if in_word {
                    w = end_word(out, word_start, w);
                    in_word = false;
                }
                if b.is_ascii_whitespace() {
                    pending_space = w > 0;
                } else {
                    if pending_space {
                        out[w] = b' ';
                        w += 1;
                        pending_space = false;
                    }
                    out[w] = b;
                    w += 1;
                }
            }
            r += 1;
            continue;
        }
        let (u, len) = decode(out, r);
        if (0x300..=0x36F).contains(&u) {
            return false;
        }
        let word = is_word(u);
        if in_word && !word {
            w = end_word(out, word_start, w);
            in_word = false;
        }
        if is_space(u) {
            pending_space = w > 0;
            r += len;
            continue;
        }
        if pending_space {
            out[w] = b' ';
            w += 1;
            pending_space = false;
        }
        if matches!(u, 0x2010..=0x2014) {
            // ‐ ‑ ‒ – — all read as "-".
            out[w] = b'-';
            w += 1;
        } else {
            if word && !in_word {
                in_word = true;
                word_start = w;
            }
            let l = if word { lower(u) } else { u };
            match char::from_u32(l) {
                Some(c) if l != u && c.len_utf8() == len => {
                    put_char(out, w, c);
                }
                _ => out.copy_within(r..r + len, w),
            }
            w += len;
        }
        r += len;
    }
    if in_word {
        w = end_word(out, word_start, w);
    }
    buf.truncate(w);
    true
}

const A_TONES: [char; 5] = ['à', 'á', 'ả', 'ã', 'ạ'];
const E_TONES: [char; 5] = ['è', 'é', 'ẻ', 'ẽ', 'ẹ'];
const Y_TONES: [char; 5] = ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'];
const O_TONES: [char; 5] = ['ò', 'ó', 'ỏ', 'õ', 'ọ'];
const U_TONES: [char; 5] = ['ù', 'ú', 'ủ', 'ũ', 'ụ'];

fn tone_of(c: char, set: &[char; 5]) -> Option<usize> {
    set.iter().position(|&t| t == c)
}

/// Puts a word's final tone mark on one convention ("oà" → "òa", "oè" →
/// "òe", "uỳ" → "ùy") and spells "qui" → "quy", "kí" → "ký". The word is
/// `out[start..end]`; returns its new end (never after `end`).
#[inline(always)]
fn end_word(out: &mut [u8], start: usize, end: usize) -> usize {
    let last = out[end - 1];
    if last < 0x80 {
        if last == b'i' && &out[start..end] == b"qui" {
            out[end - 1] = b'y';
        }
        return end;
    }
    // Only a 2-byte (C3 xx) or 3-byte (E1 xx xx) vowel after "o", "u" or
    // "k" can change; most words stop here.
    let prev = if end >= start + 3 && out[end - 2] == 0xC3 {
        out[end - 3]
    } else if end >= start + 4 && out[end - 3] == 0xE1 {
        out[end - 4]
    } else {
        return end;
    };
    if matches!(prev, b'o' | b'u' | b'k') {
        end_word_slow(out, start, end)
    } else {
        end
    }
}

fn end_word_slow(out: &mut [u8], start: usize, end: usize) -> usize {
    if &out[start..end] == "kí".as_bytes() {
        return start + put_char(out, start, 'k') + put_char(out, start + 1, 'ý');
    }
    let mut k = end - 1;
    while k > start && out[k] & 0xC0 == 0x80 {
        k -= 1;
    }
    if k == start {
        return end;
    }
    let prev = out[k - 1];
    let Some(last) = char::from_u32(decode(out, k).0) else {
        return end;
    };
    let replace = match prev {
        b'o' => tone_of(last, &A_TONES)
            .map(|t| (O_TONES[t], 'a'))
            .or_else(|| tone_of(last, &E_TONES).map(|t| (O_TONES[t], 'e'))),
        b'u' => tone_of(last, &Y_TONES).map(|t| (U_TONES[t], 'y')),
        _ => None,
    };
    match replace {
        // The pair never grows: "oà" (3 bytes) → "òa" (3), "uỳ" (4) → "ùy" (3).
        Some((a, b)) => {
            let at = k - 1;
            let at = at + put_char(out, at, a);
            at + put_char(out, at, b)
        }
        None => end,
    }
}

/// The folded form of `s`, for tests.
#[cfg(test)]
pub(super) fn fold(s: &str) -> String {
    Folder::default().fold_owned(s)
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folding_equates_spelling_variants() {
        assert_eq!(fold("  Xã hội  HOÁ "), fold("xã hội hóa"));
        assert_eq!(fold("Uỷ ban"), "ủy ban");
        assert_eq!(fold("theo qui định"), "theo quy định");
        assert_eq!(fold("đã kí"), "đã ký");
        // Only word-final pairs move: "hoàn" keeps its tone on the a.
        assert_eq!(fold("hoàn thành"), "hoàn thành");
        assert_eq!(fold("15/11 – 15/12"), "15/11 - 15/12");
        // Decomposed input (NFD) folds like composed input.
        assert_eq!(fold("Ho\u{300}a"), "hòa");
        // Upper-case Vietnamese letters of every block fold to lower case.
        assert_eq!(
            fold("CỘNG HOÀ ĐẢNG ƯU TIÊN ĂN Ở ĨA ŨNG"),
            "cộng hòa đảng ưu tiên ăn ở ĩa ũng"
        );
        assert_eq!(fold("a\u{a0}\u{a0}b—c"), "a b-c");
        assert_eq!(fold("THUỶ, QUI."), "thủy, quy.");
    }
}
