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

use crate::domain::date::Date;

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
fn is_word(u: u32) -> bool {
    match u {
        0..=0x7F => (u as u8).is_ascii_alphanumeric(),
        0xD7 | 0xF7 => false,
        0xC0..=0x24F | 0x1EA0..=0x1EFF => true,
        _ => char::from_u32(u).is_some_and(char::is_alphanumeric),
    }
}

/// Lower case of a non-ASCII letter, with fast paths for Vietnamese.
#[inline(always)]
fn lower(u: u32) -> u32 {
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

fn is_letter(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

// ---------------------------------------------------------------------------
// Time scopes: "năm 2024", "năm học 2024-2025", "giai đoạn 2021-2030"
// ---------------------------------------------------------------------------

/// A time scope named in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    Year(u16),
    SchoolYear(u16),
    Span(u16, u16),
}

impl Scope {
    /// First and last calendar year touched.
    pub(crate) fn years(self) -> (u16, u16) {
        match self {
            Scope::Year(y) => (y, y),
            Scope::SchoolYear(a) => (a, a.saturating_add(1)),
            Scope::Span(a, b) => (a, b),
        }
    }

    /// As written in Vietnamese: "năm 2024", "năm học 2024-2025",
    /// "giai đoạn 2021-2030".
    pub(crate) fn text(self) -> String {
        match self {
            Scope::Year(y) => format!("năm {y}"),
            Scope::SchoolYear(a) => format!("năm học {a}-{}", a.saturating_add(1)),
            Scope::Span(a, b) => format!("giai đoạn {a}-{b}"),
        }
    }
}

/// Up to four scopes found in one text (a trích yếu names one or two).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Scopes {
    items: [Option<Scope>; 4],
}

impl Scopes {
    fn push(&mut self, s: Scope) {
        if let Some(slot) = self.items.iter_mut().find(|x| x.is_none()) {
            *slot = Some(s);
        }
    }
    pub(crate) fn iter(&self) -> impl Iterator<Item = Scope> + '_ {
        self.items.iter().flatten().copied()
    }
    pub(crate) fn first(&self) -> Option<Scope> {
        self.items[0]
    }
    pub(crate) fn is_empty(&self) -> bool {
        self.items[0].is_none()
    }
}

/// Reads a 4-digit year after optional spaces.
fn year_at(s: &str) -> Option<(u16, &str)> {
    let s = s.trim_start();
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 4 {
        return None;
    }
    let y: u16 = s[..4].parse().ok()?;
    (1900..=2200).contains(&y).then_some((y, &s[4..]))
}

/// Reads "YYYY - YYYY" (either dash, spaces optional).
fn year_pair_at(s: &str) -> Option<(u16, u16)> {
    let (a, rest) = year_at(s)?;
    let rest = rest.trim_start().strip_prefix('-')?;
    let (b, _) = year_at(rest)?;
    Some((a, b))
}

/// The time scopes named in a folded text.
pub(crate) fn scopes(folded: &str) -> Scopes {
    let mut out = Scopes::default();
    for (i, _) in folded.match_indices("giai đoạn") {
        if let Some((a, b)) = year_pair_at(&folded[i + "giai đoạn".len()..]) {
            out.push(Scope::Span(a, b));
        }
    }
    for (i, _) in folded.match_indices("năm") {
        if is_letter(folded[..i].chars().next_back()) {
            continue;
        }
        let rest = &folded[i + "năm".len()..];
        if let Some(r) = rest.strip_prefix(" học") {
            if let Some((a, b)) = year_pair_at(r) {
                if b == a + 1 {
                    out.push(Scope::SchoolYear(a));
                }
            }
        } else if let Some((y, _)) = year_at(rest) {
            // "năm 2021-2030" is a span written without "giai đoạn".
            match year_pair_at(rest) {
                Some((a, b)) if b > a => out.push(Scope::Span(a, b)),
                _ => out.push(Scope::Year(y)),
            }
        }
    }
    out
}

/// Does the text name the year as a number on its own ("2024", not "20245")?
pub(crate) fn has_year_number(folded: &str, year: u16) -> bool {
    let mut buf = [0u8; 4];
    let y = year_str(year, &mut buf);
    folded.match_indices(y).any(|(i, m)| {
        let before = folded[..i].chars().next_back();
        let after = folded[i + m.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit()) && !after.is_some_and(|c| c.is_ascii_digit())
    })
}

fn year_str(year: u16, buf: &mut [u8; 4]) -> &str {
    let mut y = year.min(9999);
    for b in buf.iter_mut().rev() {
        *b = b'0' + (y % 10) as u8;
        y /= 10;
    }
    std::str::from_utf8(buf).unwrap_or("0000")
}

// ---------------------------------------------------------------------------
// Document references in free text: "Quyết định số 2017/QĐ-UBND ngày 08
// tháng 6 năm 2017", "Kế hoạch số 865/KH-UBND ngày 12/4/2022"
// ---------------------------------------------------------------------------

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

fn small_number(s: &str) -> Option<(u16, &str)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 2 {
        return None;
    }
    Some((s[..n].parse().ok()?, &s[n..]))
}

/// "/", "-", "." or " <word> " between the parts of a date.
fn sep<'a>(s: &'a str, word: &str) -> Option<&'a str> {
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

// ---------------------------------------------------------------------------
// X8: the Action Month's theme and dates
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// X9: abbreviations
// ---------------------------------------------------------------------------

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

    fn fold(s: &str) -> String {
        Folder::default().fold_owned(s)
    }

    fn b(s: &str) -> &str {
        s
    }

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

    #[test]
    fn finds_time_scopes() {
        let s = scopes(&fold("Hành động vì sự tiến bộ phụ nữ năm 2022"));
        assert_eq!(s.first(), Some(Scope::Year(2022)));
        let s = scopes(&fold("Kế hoạch năm học 2024 – 2025"));
        assert_eq!(s.first(), Some(Scope::SchoolYear(2024)));
        let s = scopes(&fold("giai đoạn 2021-2030"));
        assert_eq!(s.first(), Some(Scope::Span(2021, 2030)));
        assert!(scopes(&fold("bình đẳng giới năm của trường")).is_empty());
        assert!(scopes(&fold("hằng năm")).is_empty());
        assert!(has_year_number("năm 2022.", 2022));
        assert!(!has_year_number("120225", 2022));
    }

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
