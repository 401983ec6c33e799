//! Reading a citation the way teachers paste it.
//!
//! Căn cứ sentences come from the superior body's plan, a web page or a
//! PDF, with every variation real documents show: "số" or not, dates as
//! "12/4/2022", "11/03/2022", "12-4-2022" or "ngày 12 tháng 4 năm 2022",
//! stray spaces inside the ký hiệu ("29 / KH - THTQ"), Party numbering
//! ("21-CT/TW"), laws by name ("Luật Bình đẳng giới"). [`parse_citation`]
//! turns one of them into a [`Citation`]; [`split_citations`] cuts a pasted
//! paragraph into candidate citations.
//!
//! Hand-written scanning, no `regex` (wasm size). Everything works on text
//! passed through [`clean`] first, so NFD input reads like NFC.

use crate::domain::date::Date;
use crate::domain::nd30::{strip_prefix_ci, SUBJECT_VERBS};
use crate::domain::plan::{BasisVerb, Citation, DocType};
use crate::domain::strings::error_enum;
use crate::domain::text::clean;

/// Longest text read as one citation, in characters. The longest trích yếu
/// in real plans is about 300 characters; a whole pasted page is a mistake
/// the user should hear about (use [`split_citations`] for paragraphs).
pub const MAX_CITATION_CHARS: usize = 1000;

error_enum! {
    /// Why a pasted citation could not be read. The messages are shown to the
    /// user as they are.
    pub enum CitationError: message(lang) {
        Empty => (ErrCitationEmpty),
        TooLong { len: usize, max: usize } => (ErrCitationTooLong, len, max),
        NoReference => (ErrCitationNoReference),
        UnknownType { reference: String } => (ErrCitationUnknownType, reference),
        BadDate { text: String } => (ErrCitationBadDate, text),
        InvalidDate { text: String } => (ErrCitationInvalidDate, text),
    }
}

/// Type words at the start of a citation, longest first where one is the
/// start of another ("Bộ luật" before "Luật").
const TYPE_WORDS: [(&str, DocType); 16] = [
    ("Bộ luật", DocType::BoLuat),
    ("Luật", DocType::Luat),
    ("Nghị quyết", DocType::NghiQuyet),
    ("Nghị định", DocType::NghiDinh),
    ("Quyết định", DocType::QuyetDinh),
    ("Thông tư", DocType::ThongTu),
    ("Chỉ thị", DocType::ChiThi),
    ("Kết luận", DocType::KetLuan),
    ("Kế hoạch", DocType::KeHoach),
    ("Công văn", DocType::CongVan),
    ("Văn bản", DocType::VanBan),
    ("Hướng dẫn", DocType::HuongDan),
    ("Chương trình", DocType::ChuongTrinh),
    ("Thông báo", DocType::ThongBao),
    ("Đề án", DocType::DeAn),
    ("Quy định", DocType::QuyDinh),
];

/// Type codes inside a ký hiệu (ND30 PL III Mục I and the legal systems),
/// used when the pasted text starts with the number.
const TYPE_CODES: [(&str, DocType); 12] = [
    ("KH", DocType::KeHoach),
    ("QĐ", DocType::QuyetDinh),
    ("NĐ", DocType::NghiDinh),
    ("NQ", DocType::NghiQuyet),
    ("TT", DocType::ThongTu),
    ("CT", DocType::ChiThi),
    ("KL", DocType::KetLuan),
    ("HD", DocType::HuongDan),
    ("TB", DocType::ThongBao),
    ("CTR", DocType::ChuongTrinh),
    ("ĐA", DocType::DeAn),
    ("QYĐ", DocType::QuyDinh),
];

/// Where the issuer ends and the trích yếu begins, besides "về" and "V/v":
/// the verbs a trích yếu opens with.
const EXTRA_SUBJECT_VERBS: [&str; 1] = ["thực hiện"];

/// Reads one pasted citation.
///
/// Accepted shape (every part but the type or number optional, in this
/// order): `[Căn cứ|Thực hiện] Type [số] NUMBER/SYMBOL [ngày DATE]
/// [của ISSUER] [về|V/v SUBJECT]`, or `Type NAME` for a document cited by
/// name ("Luật Bình đẳng giới"). Trailing ";" and "." are dropped. When the
/// type word is missing it is read from the ký hiệu ("865/KH-UBND" is a
/// Kế hoạch).
pub fn parse_citation(s: &str) -> Result<Citation, CitationError> {
    let text = normalize_spaces(&clean(s));
    let len = text.chars().count();
    if len > MAX_CITATION_CHARS {
        return Err(CitationError::TooLong {
            len,
            max: MAX_CITATION_CHARS,
        });
    }
    let mut rest = text
        .trim_start_matches(['-', '+', '•', '–', ' '])
        .trim_end_matches([';', '.', ',', ':', ' ']);
    if rest.is_empty() {
        return Err(CitationError::Empty);
    }

    let mut c = Citation::default();
    (c.verb, rest) = take_verb(rest);

    let doc_type = take_type(&mut rest);
    rest = skip_so(rest);

    let mut name = String::new();
    let mut reference = take_reference(&mut rest);
    if reference.is_none() {
        // Cited by name: "Luật Bình đẳng giới", or "Luật Bình đẳng giới số
        // 73/2006/QH11 ngày …" with the number after the name.
        let end = find_ci(rest, " số ")
            .filter(|&i| rest[i + " số ".len()..].starts_with(|ch: char| ch.is_ascii_digit()))
            .or_else(|| find_date_start(rest))
            .unwrap_or(rest.len());
        name = rest[..end].trim().to_string();
        rest = skip_so(rest[end..].trim_start());
        reference = take_reference(&mut rest);
    }
    let (number, symbol) = reference.unwrap_or_default();

    let doc_type = match doc_type {
        Some(t) => t,
        // A bare number with no type word ("12 lớp") is no citation.
        None if number.is_empty() || symbol.is_empty() => return Err(CitationError::NoReference),
        None => type_from_symbol(&symbol).ok_or_else(|| CitationError::UnknownType {
            reference: format!("{number}/{symbol}"),
        })?,
    };
    if number.is_empty() && name.is_empty() {
        return Err(CitationError::NoReference);
    }
    c.doc_type = doc_type;
    c.number = number;
    c.symbol = symbol;
    c.date = take_date(&mut rest)?;

    rest = rest.trim_start_matches([' ', ',']);
    if let Some(after) = strip_word_ci(rest, "của") {
        let end = subject_start(after).unwrap_or(after.len());
        let mut issuer = after[..end].trim();
        // "của UBND tỉnh ngày 12/4/2022 về …": a date written after the issuer.
        if c.date.is_none() {
            if let Some(i) = find_ci(issuer, " ngày ") {
                let mut tail = &issuer[i..];
                if let Some(d) = take_date(&mut tail)? {
                    c.date = Some(d);
                    issuer = issuer[..i].trim();
                }
            }
        }
        c.issuer = issuer.trim_end_matches(',').to_string();
        rest = &after[end..];
    }
    let subject = subject_text(rest.trim_start_matches([' ', ',']));
    c.subject = if name.is_empty() {
        subject
    } else if subject.is_empty() {
        name
    } else {
        format!("{name} {subject}")
    };
    Ok(c)
}

/// Cuts a pasted paragraph into the pieces that may each be one citation:
/// at ";", at line breaks, before every "Căn cứ"/"Thực hiện" that starts a
/// new citation, and at sentence ends (". " before a capital, but not after
/// an abbreviation like "TP."). Pieces are trimmed; empty ones are dropped.
/// Pass each to [`parse_citation`]; pieces that are not citations (the
/// lead-in "… như sau:") fail there.
pub fn split_citations(paragraph: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for piece in paragraph.split([';', '\n']) {
        let mut start = 0;
        for cut in cut_points(piece) {
            out.push(&piece[start..cut]);
            start = cut;
        }
        out.push(&piece[start..]);
    }
    out.into_iter()
        .map(|p| p.trim_matches(|c: char| c.is_whitespace() || c == '.'))
        .filter(|p| !p.is_empty())
        .collect()
}

/// [`split_citations`] then [`parse_citation`] on every piece.
pub fn parse_citations(paragraph: &str) -> Vec<Result<Citation, CitationError>> {
    split_citations(paragraph)
        .into_iter()
        .map(parse_citation)
        .collect()
}

// ---------------------------------------------------------------------------
// Scanning helpers
// ---------------------------------------------------------------------------

/// One space between words: pasted text carries non-breaking spaces, tabs
/// and line breaks from the page layout.
fn normalize_spaces(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '\u{a0}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Byte offsets in `piece` where a new citation or sentence starts.
fn cut_points(piece: &str) -> Vec<usize> {
    let mut cuts = Vec::new();
    for (i, _) in piece.char_indices().filter(|&(i, _)| i > 0) {
        let here = &piece[i..];
        let before = piece[..i].trim_end();
        let starts_verb = ["Căn cứ ", "Thực hiện "]
            .iter()
            .any(|v| here.starts_with(v))
            && piece[..i].ends_with(' ')
            && before.ends_with(['.', ',']);
        let sentence = piece[..i].ends_with(". ")
            && here.starts_with(char::is_uppercase)
            && !ends_with_abbreviation(before);
        if starts_verb || sentence {
            cuts.push(i);
        }
    }
    cuts
}

/// Does the text end with an abbreviation and its dot ("TP.", "Q.", "GS.")
/// rather than a sentence?
fn ends_with_abbreviation(before: &str) -> bool {
    let Some(word) = before.strip_suffix('.') else {
        return false;
    };
    let word = word.rsplit(' ').next().unwrap_or("");
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters > 0 && letters <= 3 && word.chars().next().is_some_and(char::is_uppercase)
}

/// Byte index of the first case-insensitive occurrence of `needle`.
fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    hay.char_indices()
        .map(|(i, _)| i)
        .find(|&i| strip_prefix_ci(&hay[i..], needle).is_some())
}

/// `s` after the word `w` (case-insensitive) and a space; `None` when `s`
/// does not start with that whole word.
fn strip_word_ci<'a>(s: &'a str, w: &str) -> Option<&'a str> {
    let rest = strip_prefix_ci(s, w)?;
    if rest.is_empty() {
        Some(rest)
    } else {
        rest.strip_prefix(' ')
    }
}

fn take_verb(s: &str) -> (BasisVerb, &str) {
    for (word, verb) in [
        ("Căn cứ vào", BasisVerb::CanCu),
        ("Căn cứ", BasisVerb::CanCu),
        ("Tiếp tục thực hiện", BasisVerb::ThucHien),
        ("Thực hiện", BasisVerb::ThucHien),
    ] {
        if let Some(rest) = strip_word_ci(s, word) {
            return (verb, rest.trim_start());
        }
    }
    (BasisVerb::CanCu, s)
}

fn take_type(s: &mut &str) -> Option<DocType> {
    for (word, t) in TYPE_WORDS {
        if let Some(rest) = strip_prefix_ci(s, word) {
            if rest.is_empty() || rest.starts_with(' ') {
                *s = rest.trim_start();
                return Some(t);
            }
        }
    }
    None
}

/// Skips "số" (or "số:") before a number.
fn skip_so(s: &str) -> &str {
    match strip_prefix_ci(s, "số") {
        Some(rest)
            if rest.starts_with([' ', ':']) || rest.starts_with(|c: char| c.is_ascii_digit()) =>
        {
            rest.trim_start_matches([':', ' '])
        }
        _ => s,
    }
}

/// A character that may appear inside one group of a ký hiệu.
fn symbol_char(c: char) -> bool {
    c.is_alphanumeric() || c == '&'
}

/// Reads "865/KH-UBND", "29 / KH - THTQ", "21-CT/TW", "38a/KH-…",
/// "73/2006/QH11" at the start of `s`; returns (number, symbol without
/// spaces). The symbol must hold a letter, so a date ("12/4/2022") is not
/// taken for a reference.
fn take_reference(s: &mut &str) -> Option<(String, String)> {
    let text = *s;
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return None;
    }
    let suffix = text[digits..]
        .char_indices()
        .find(|&(_, c)| !c.is_ascii_alphabetic())
        .map_or(text.len() - digits, |(i, _)| i);
    let number_end = digits + suffix;
    let number = &text[..number_end];

    let mut symbol = String::new();
    let mut pos = number_end;
    loop {
        // A separator, possibly with spaces around it.
        let after_spaces = text[pos..].trim_start_matches(' ');
        let Some(sep) = after_spaces
            .chars()
            .next()
            .filter(|c| matches!(c, '/' | '-'))
        else {
            break;
        };
        let group_text = after_spaces[sep.len_utf8()..].trim_start_matches(' ');
        let group_len = group_text
            .char_indices()
            .find(|&(_, c)| !symbol_char(c))
            .map_or(group_text.len(), |(i, _)| i);
        if group_len == 0 {
            break;
        }
        if !symbol.is_empty() {
            symbol.push(sep);
        }
        symbol.push_str(&group_text[..group_len]);
        pos = text.len() - group_text.len() + group_len;
    }
    if symbol.is_empty() {
        // A bare number ("Đề án 938") is a reference only when nothing
        // alphabetic is glued to it.
        if suffix > 0 {
            return None;
        }
        *s = &text[number_end..];
        return Some((number.to_string(), String::new()));
    }
    if !symbol.chars().any(char::is_alphabetic) {
        return None;
    }
    *s = &text[pos..];
    Some((number.to_string(), symbol))
}

fn type_from_symbol(symbol: &str) -> Option<DocType> {
    let upper = symbol.to_uppercase();
    upper
        .split(['/', '-'])
        .find(|g| !g.chars().all(|c| c.is_ascii_digit()))
        .and_then(|g| {
            if g.starts_with("QH") {
                return Some(DocType::Luat);
            }
            TYPE_CODES
                .iter()
                .find(|(code, _)| g == *code)
                .map(|&(_, t)| t)
        })
}

/// Byte index where a date ("ngày …" or a bare numeric date) starts.
fn find_date_start(s: &str) -> Option<usize> {
    let i = find_ci(s, " ngày ")?;
    let after = &s[i + " ngày ".len()..];
    after.starts_with(|c: char| c.is_ascii_digit()).then_some(i)
}

/// Reads a number of 1–4 digits.
fn take_digits(s: &mut &str, max: usize) -> Option<u16> {
    let n = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if n == 0 || n > max {
        return None;
    }
    let v = s[..n].parse().ok()?;
    *s = &s[n..];
    Some(v)
}

/// Reads an optional issue date: "ngày 12/4/2022", "ngày 11/03/2022",
/// "12-4-2022", "ngày 12 tháng 4 năm 2022". `Ok(None)` when there is none;
/// an error when "ngày" is followed by something unreadable or impossible.
fn take_date(s: &mut &str) -> Result<Option<Date>, CitationError> {
    let text = s.trim_start_matches([' ', ',']);
    let (after_ngay, had_word) = match strip_word_ci(text, "ngày") {
        Some(rest) => (rest.trim_start(), true),
        None => (text, false),
    };
    if !after_ngay.starts_with(|c: char| c.is_ascii_digit()) {
        if had_word {
            return Err(CitationError::BadDate {
                text: snippet(text),
            });
        }
        return Ok(None);
    }
    let mut cur = after_ngay;
    let parsed = read_date(&mut cur);
    let consumed = &after_ngay[..after_ngay.len() - cur.len()];
    match parsed {
        Some((d, m, y)) => {
            let date = u8::try_from(d)
                .ok()
                .zip(u8::try_from(m).ok())
                .and_then(|(d, m)| Date::new(y, m, d));
            match date {
                Some(date) => {
                    *s = cur;
                    Ok(Some(date))
                }
                None => Err(CitationError::InvalidDate {
                    text: consumed.trim().to_string(),
                }),
            }
        }
        // A number that is not a date, without "ngày": not ours to read.
        None if !had_word => Ok(None),
        None => Err(CitationError::BadDate {
            text: snippet(text),
        }),
    }
}

/// Day, month, year from "12/4/2022", "12-4-2022", "12.4.2022" or
/// "12 tháng 4 năm 2022" (spaces around separators allowed).
fn read_date(cur: &mut &str) -> Option<(u16, u16, u16)> {
    let day = take_digits(cur, 2)?;
    let t = cur.trim_start();
    if let Some(rest) = strip_word_ci(t, "tháng") {
        let mut r = rest.trim_start();
        let month = take_digits(&mut r, 2)?;
        let r2 = strip_word_ci(r.trim_start(), "năm")?;
        let mut r3 = r2.trim_start();
        let year = take_digits(&mut r3, 4)?;
        *cur = r3;
        return Some((day, month, year));
    }
    let sep = t.chars().next().filter(|c| matches!(c, '/' | '-' | '.'))?;
    let mut r = t[1..].trim_start();
    let month = take_digits(&mut r, 2)?;
    let r = r.trim_start().strip_prefix(sep)?.trim_start();
    let mut r = r;
    let year_len = r.len() - r.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if year_len != 4 {
        return None;
    }
    let year = take_digits(&mut r, 4)?;
    *cur = r;
    Some((day, month, year))
}

/// The start of a bad date for the error message: up to five words.
fn snippet(s: &str) -> String {
    s.split(' ').take(5).collect::<Vec<_>>().join(" ")
}

/// Byte index in the issuer text where the trích yếu starts: " về ",
/// " V/v " or a verb such as " phê duyệt ".
fn subject_start(s: &str) -> Option<usize> {
    ["về", "v/v"]
        .iter()
        .chain(SUBJECT_VERBS.iter())
        .chain(EXTRA_SUBJECT_VERBS.iter())
        .filter_map(|w| {
            let needle = format!(" {w} ");
            find_ci(s, &needle).map(|i| i + 1)
        })
        .min()
}

/// The trích yếu without its "về", "về việc" or "V/v"; verbs are kept
/// ("phê duyệt Đề án …").
fn subject_text(s: &str) -> String {
    let s = s.trim();
    let stripped = strip_prefix_ci(s, "V/v")
        .map(str::trim_start)
        .or_else(|| strip_word_ci(s, "về"));
    let s = match stripped {
        Some(rest) => strip_word_ci(rest, "việc").unwrap_or(rest),
        None => s,
    };
    s.trim().to_string()
}
