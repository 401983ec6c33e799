//! Decree 30 (Nghị định 30/2020/NĐ-CP) formatting primitives.
//!
//! Every piece of fixed layout text the exporters print (the date line, the
//! "Số:" line, citations, the "Nơi nhận" list, the closing "./.") is built
//! here and nowhere else, so that the .docx, the HTML preview and the
//! checklist agree to the character. The rules and their sources are in
//! `ND30.md` (sections 4, 5, 6, 8, 9 and 10); each function names the rule it
//! follows.
//!
//! The validators at the end (`check_number`, `check_abbr`,
//! `academic_title_prefix`, `is_all_upper`) are pure and return typed
//! results; the checklist turns them into messages.

use crate::domain::date::Date;
use crate::domain::plan::{Citation, DocType, Unit};

/// Quốc hiệu, upper case, bold (ND30 PL I II.1.a).
pub const QUOC_HIEU: &str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
/// Tiêu ngữ, with a space on each side of each hyphen (ND30 PL I II.1.b).
pub const TIEU_NGU: &str = "Độc lập - Tự do - Hạnh phúc";
/// Tên loại of every document this product writes.
pub const TEN_LOAI: &str = "KẾ HOẠCH";

/// What the date line shows in place of an empty địa danh: a dotted blank to
/// fill in by hand, the way printed forms leave room for handwriting.
pub const PLACE_PLACEHOLDER: &str = "…………";

/// The gap left for a day, month or year that is set at signing (ND30 Đ.15.2:
/// the văn thư fills in number and date after the signature). Six spaces
/// leave room for two handwritten digits at 13–14 pt.
pub const BLANK: &str = "      ";

/// Type code of a kế hoạch inside the ký hiệu ("05/KH-THTQ").
const KH: &str = "KH";

// ---------------------------------------------------------------------------
// Date line (ND30 §5)
// ---------------------------------------------------------------------------

/// Day of the month as the date line writes it: a leading zero below 10
/// ("05"), none otherwise ("24"). ND30 PL I II.4.b.
pub fn day_str(d: u8) -> String {
    if d < 10 {
        format!("0{d}")
    } else {
        d.to_string()
    }
}

/// Month as the date line writes it: a leading zero on months 1 and 2 only
/// ("01", "02", "3", "12"). ND30 PL I II.4.b; "tháng 03" is wrong.
pub fn month_str(m: u8) -> String {
    if m <= 2 {
        format!("0{m}")
    } else {
        m.to_string()
    }
}

/// "Thịnh Quang, ngày 24 tháng 3 năm 2022".
///
/// With no date (a draft dated at signing) the day and month are blanks and
/// the year comes from `year_hint` (the plan's year), or is blank too when
/// the hint is 0: "Thịnh Quang, ngày      tháng      năm 2024".
/// An empty place prints [`PLACE_PLACEHOLDER`] so the comma and the rest of
/// the line keep their shape.
pub fn date_line(place: &str, date: Option<Date>, year_hint: u16) -> String {
    let place = place.trim();
    let place = if place.is_empty() {
        PLACE_PLACEHOLDER
    } else {
        place
    };
    match date {
        Some(d) => format!(
            "{place}, ngày {} tháng {} năm {}",
            day_str(d.day()),
            month_str(d.month()),
            d.year()
        ),
        None if year_hint == 0 => format!("{place}, ngày{BLANK}tháng{BLANK}năm{BLANK}"),
        None => format!("{place}, ngày{BLANK}tháng{BLANK}năm {year_hint}"),
    }
}

// ---------------------------------------------------------------------------
// Số, ký hiệu (ND30 §4)
// ---------------------------------------------------------------------------

/// Splits "29a" into ("29", "a"); `None` unless the text is digits followed
/// by letters only.
fn split_number(n: &str) -> Option<(&str, &str)> {
    let digits_end = n
        .char_indices()
        .find(|(_, c)| !c.is_ascii_digit())
        .map_or(n.len(), |(i, _)| i);
    let (digits, suffix) = n.split_at(digits_end);
    (!digits.is_empty() && suffix.chars().all(char::is_alphabetic)).then_some((digits, suffix))
}

/// A document number as the "Số:" line prints it: one leading zero below 10
/// ("5" → "05"), none otherwise ("038" → "38"), a letter suffix kept
/// ("29a", "5a" → "05a"). Surrounding spaces are dropped.
///
/// Text that is not a number (or is zero) is returned trimmed but otherwise
/// unchanged: [`check_number`] reports it, and printing what the user typed
/// beats guessing. The function is idempotent.
pub fn number_str(n: &str) -> String {
    let n = n.trim();
    let Some((digits, suffix)) = split_number(n) else {
        return n.to_string();
    };
    let significant = digits.trim_start_matches('0');
    match significant.len() {
        0 => n.to_string(),
        1 => format!("0{significant}{suffix}"),
        _ => format!("{significant}{suffix}"),
    }
}

/// The issuer abbreviation as the ký hiệu prints it: upper case, no spaces,
/// and without a "KH-" the user may have typed in front (the type code is
/// added by [`so_line`]).
pub fn normalize_abbr(a: &str) -> String {
    let up: String = upper_vi(a).chars().filter(|c| !c.is_whitespace()).collect();
    match up.strip_prefix("KH-") {
        Some(rest) if !rest.is_empty() => rest.to_string(),
        _ => up,
    }
}

/// "Số: 05/KH-THTQ"; with no number yet, "Số:      /KH-THTQ" (the number is
/// assigned after signing, ND30 Đ.15.2). ND30 PL I II.3.c.
pub fn so_line(number: &str, issuer_abbr: &str) -> String {
    let number = number_str(number);
    let abbr = normalize_abbr(issuer_abbr);
    let symbol = if abbr.is_empty() {
        KH.to_string()
    } else {
        format!("{KH}-{abbr}")
    };
    if number.is_empty() {
        format!("Số:{BLANK}/{symbol}")
    } else {
        format!("Số: {number}/{symbol}")
    }
}

// ---------------------------------------------------------------------------
// Capitals, closing mark, recipients
// ---------------------------------------------------------------------------

/// Upper case for Vietnamese: every letter with its diacritics ("đ" → "Đ",
/// "ượ" → "ƯỢ"), other characters ("&", digits) unchanged, output in NFC
/// even when the input was decomposed.
pub fn upper_vi(s: &str) -> String {
    crate::domain::text::nfc(&crate::domain::text::nfc(s).to_uppercase())
}

/// Puts the closing mark "./." directly after the last word of a text
/// (ND30 §8). Trailing spaces and a final "." or ";" (or ",") are removed
/// first; a mark already present is not doubled, and " ./." becomes "./.".
/// A blank text stays blank: there is nothing to close.
pub fn with_closing_mark(text: &str) -> String {
    let mut t = text.trim_end();
    if let Some(rest) = t.strip_suffix("./.") {
        t = rest;
    }
    let t = t.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ';' | ','));
    if t.is_empty() {
        return String::new();
    }
    format!("{t}./.")
}

/// Removes the list decoration a user may have typed around one recipient:
/// leading "-", "+", "•" and spaces; trailing ";", "." and spaces.
fn bare_item(s: &str) -> &str {
    s.trim()
        .trim_start_matches(|c: char| matches!(c, '-' | '+' | '•' | '–') || c.is_whitespace())
        .trim_end_matches(|c: char| matches!(c, ';' | '.' | ',') || c.is_whitespace())
}

/// The units after "VT" in the archive line, from what the user typed:
/// "VP", "VT, VP", "Lưu: VT, VP." all give "VP".
fn archive_rest(units: &str) -> String {
    let mut u = bare_item(units);
    if let Some(rest) = strip_prefix_ci(u, "Lưu") {
        u = rest.trim_start().trim_start_matches(':').trim_start();
    }
    let mut parts: Vec<&str> = u
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.first().is_some_and(|p| p.eq_ignore_ascii_case("VT")) {
        parts.remove(0);
    }
    parts.join(", ")
}

/// Is this recipient line really an archive line the user typed ("Lưu: VT")?
fn is_archive_line(item: &str) -> bool {
    strip_prefix_ci(item, "Lưu")
        .is_some_and(|rest| rest.trim_start().starts_with(':') || rest.trim().is_empty())
}

/// The Nơi nhận list (ND30 §10): one "- X;" line per recipient, then
/// "- Lưu: VT, VP." (or "- Lưu: VT." when `archive_units` is empty).
///
/// Blank recipients are skipped. An archive line typed as a recipient is not
/// repeated: its units are used when `archive_units` is empty.
pub fn recipients_lines(recipients: &[String], archive_units: &str) -> Vec<String> {
    let mut lines = Vec::with_capacity(recipients.len() + 1);
    let mut units = archive_rest(archive_units);
    for r in recipients {
        let item = bare_item(r);
        if item.is_empty() {
            continue;
        }
        if is_archive_line(item) {
            if units.is_empty() {
                units = archive_rest(item);
            }
            continue;
        }
        lines.push(format!("- {item};"));
    }
    if units.is_empty() {
        lines.push("- Lưu: VT.".to_string());
    } else {
        lines.push(format!("- Lưu: VT, {units}."));
    }
    lines
}

// ---------------------------------------------------------------------------
// Citations (ND30 §6)
// ---------------------------------------------------------------------------

/// Party organs whose documents are numbered "số-loại/cơ quan" ("21-CT/TW"):
/// Trung ương, Tỉnh ủy, Thành ủy, Huyện ủy, Quận ủy, Đảng ủy.
const PARTY_ORGANS: [&str; 6] = ["TW", "TU", "TƯ", "HU", "QU", "ĐU"];
/// Party document kinds: Chỉ thị, Nghị quyết, Kết luận, Quyết định,
/// Hướng dẫn, Thông báo, Quy chế.
const PARTY_KINDS: [&str; 7] = ["CT", "NQ", "KL", "QĐ", "HD", "TB", "QC"];

/// Does this ký hiệu belong to a Party document ("CT/TW", "NQ/TU"), whose
/// number is joined with "-" instead of "/"?
pub fn is_party_symbol(symbol: &str) -> bool {
    let s: String = upper_vi(symbol)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let mut parts = s.split('/');
    let (Some(kind), Some(organ)) = (parts.next(), parts.next()) else {
        return false;
    };
    PARTY_KINDS.contains(&kind) && PARTY_ORGANS.iter().any(|o| organ.starts_with(o))
}

/// Số and ký hiệu of a cited document: "865/KH-UBND", "73/2006/QH11",
/// "21-CT/TW" (Party documents, see [`is_party_symbol`]). Empty when the
/// document has no number (a law cited by name).
pub fn citation_reference(c: &Citation) -> String {
    let number = c.number.trim();
    let symbol = c.symbol.trim();
    if number.is_empty() {
        return String::new();
    }
    if symbol.is_empty() {
        return number.to_string();
    }
    let sep = if is_party_symbol(symbol) { '-' } else { '/' };
    format!("{number}{sep}{symbol}")
}

/// `s` without `prefix`, compared case-insensitively (Vietnamese letters too).
pub(crate) fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let mut rest = s;
    for p in prefix.chars() {
        let mut it = rest.chars();
        let c = it.next()?;
        if !c.to_lowercase().eq(p.to_lowercase()) {
            return None;
        }
        rest = it.as_str();
    }
    Some(rest)
}

/// Verbs a trích yếu may open with; the citation then reads "… của Thủ
/// tướng Chính phủ phê duyệt …" instead of "… về …".
pub(crate) const SUBJECT_VERBS: [&str; 7] = [
    "phê duyệt",
    "ban hành",
    "quy định",
    "hướng dẫn",
    "sửa đổi",
    "bổ sung",
    "triển khai",
];

/// Is the document cited by its name rather than its number: a law (ND30 PL
/// I II.6.a), or any document the user gave no number, date or issuer for?
fn cited_by_name(c: &Citation) -> bool {
    let named_type = matches!(c.doc_type, DocType::Luat | DocType::BoLuat);
    !c.subject.trim().is_empty()
        && (named_type
            || (c.number.trim().is_empty() && c.date.is_none() && c.issuer.trim().is_empty()))
}

/// "Luật Bình đẳng giới": the type, then the name with its first letter
/// capitalised (PL II V.6). A name that already starts with the type word
/// is not prefixed again.
fn named_form(c: &Citation) -> String {
    let type_name = c.doc_type.name_vi();
    let subject = c.subject.trim();
    let name = strip_prefix_ci(subject, type_name)
        .filter(|rest| rest.starts_with(' '))
        .map_or(subject, str::trim_start);
    format!(
        "{type_name} {}",
        crate::domain::text::capitalize_first(name)
    )
}

fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The trích yếu as it follows the issuer: "về …" or, when it opens with a
/// verb, the verb in lower case ("phê duyệt …").
fn subject_clause(subject: &str) -> String {
    let s = subject.trim();
    let s = strip_prefix_ci(s, "V/v")
        .or_else(|| strip_prefix_ci(s, "về "))
        .map_or(s, str::trim_start);
    if s.is_empty() {
        return String::new();
    }
    let opens_with_verb = SUBJECT_VERBS.iter().any(|v| {
        strip_prefix_ci(s, v).is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    });
    if opens_with_verb {
        lowercase_first(s)
    } else {
        format!("về {}", lowercase_first_if_plain(s))
    }
}

/// Lower-cases the first letter after "về" unless the word looks like a
/// proper noun or an acronym (a capital followed by another capital, or a
/// quoted title): "Về công tác phụ nữ" → "công tác phụ nữ", "Chương trình
/// …" stays.
fn lowercase_first_if_plain(s: &str) -> String {
    let first_word = s.split(' ').next().unwrap_or("");
    let caps = first_word.chars().filter(|c| c.is_uppercase()).count();
    let known_names = [
        "Chương", "Chiến", "Đề", "Kế", "Luật", "Bộ", "Nghị", "Quyết", "Chỉ", "Tháng", "Ngày",
    ];
    if caps == 1 && !known_names.contains(&first_word) {
        lowercase_first(s)
    } else {
        s.to_string()
    }
}

/// A citation at its first mention (ND30 PL I II.6.b): type, số/ký hiệu,
/// date, issuer and trích yếu, e.g. "Kế hoạch số 865/KH-UBND ngày 12/4/2022
/// của UBND tỉnh Cao Bằng về …"; a law by its name only ("Luật Bình đẳng
/// giới"). Missing parts are left out.
pub fn citation_full(c: &Citation) -> String {
    if cited_by_name(c) {
        return named_form(c);
    }
    let mut out = c.doc_type.name_vi().to_string();
    let reference = citation_reference(c);
    if !reference.is_empty() {
        out.push_str(" số ");
        out.push_str(&reference);
    }
    if let Some(d) = c.date {
        out.push_str(" ngày ");
        out.push_str(&d.short_vi());
    }
    let issuer = c.issuer.trim();
    if !issuer.is_empty() {
        out.push_str(" của ");
        out.push_str(issuer);
    }
    let clause = subject_clause(&c.subject);
    if !clause.is_empty() {
        out.push(' ');
        out.push_str(&clause);
    }
    out
}

/// A citation at later mentions: type and số/ký hiệu only ("Kế hoạch số
/// 865/KH-UBND"); a document without a number keeps its name.
pub fn citation_short(c: &Citation) -> String {
    let reference = citation_reference(c);
    let has_name = !c.subject.trim().is_empty();
    let is_law = matches!(c.doc_type, DocType::Luat | DocType::BoLuat);
    if has_name && (is_law || reference.is_empty()) {
        named_form(c)
    } else if reference.is_empty() {
        c.doc_type.name_vi().to_string()
    } else {
        format!("{} số {reference}", c.doc_type.name_vi())
    }
}

/// One căn cứ paragraph: "Căn cứ Luật Bình đẳng giới;" (verb, full
/// citation, ";"). The last paragraph's ";" is the exporter's business.
pub fn basis_paragraph(c: &Citation) -> String {
    format!("{} {};", c.verb.word(), citation_full(c))
}

// ---------------------------------------------------------------------------
// Target values
// ---------------------------------------------------------------------------

/// A target value with its unit: "100%", "2,5%", "40 lượt".
///
/// A decimal point becomes the Vietnamese decimal comma ("2.5" → "2,5"),
/// except where it reads as a thousands separator (exactly three digits
/// after it, "1.000"). A unit the user already typed is not repeated.
pub fn format_target_value(value: &str, unit: &Unit) -> String {
    let v = value.trim();
    if v.is_empty() {
        return String::new();
    }
    let label = unit.label().trim();
    let v = decimal_comma(v);
    if label.is_empty() || v.ends_with(label) {
        return v;
    }
    match unit {
        Unit::Percent => format!("{v}%"),
        _ => format!("{v} {label}"),
    }
}

fn decimal_comma(v: &str) -> String {
    let mut parts = v.split('.');
    let (Some(int), Some(frac), None) = (parts.next(), parts.next(), parts.next()) else {
        return v.to_string();
    };
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if digits(int) && digits(frac) && frac.len() != 3 {
        format!("{int},{frac}")
    } else {
        v.to_string()
    }
}

// ---------------------------------------------------------------------------
// Validators for the checklist
// ---------------------------------------------------------------------------

/// Result of checking a document number (ND30 §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberCheck {
    /// Not assigned yet: normal in a draft (ND30 Đ.15.2), never an error.
    Empty,
    /// Digits, not zero. [`number_str`] prints it with the decree's zero
    /// rule, so "5" and "038" are fine here.
    Ok,
    /// Digits then letters ("29a"): occurs in practice, the decree has no
    /// such form; a warning.
    LetterSuffix,
    /// Anything else: spaces, signs, "0", a ký hiệu typed into the number.
    Invalid,
}

/// Checks the number the user typed for this plan.
pub fn check_number(n: &str) -> NumberCheck {
    let n = n.trim();
    if n.is_empty() {
        return NumberCheck::Empty;
    }
    match split_number(n) {
        Some((digits, _)) if digits.trim_start_matches('0').is_empty() => NumberCheck::Invalid,
        Some((_, "")) => NumberCheck::Ok,
        Some((_, suffix)) if suffix.chars().all(|c| c.is_ascii_alphabetic()) => {
            NumberCheck::LetterSuffix
        }
        _ => NumberCheck::Invalid,
    }
}

/// Result of checking an issuer abbreviation (ND30 §4: upper case, groups
/// joined by "-", no spaces). Checked in this order; the first problem wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbrCheck {
    /// Matches `[A-ZĐ][A-ZĐ0-9&]*(-[A-ZĐ0-9&]+)*`.
    Ok,
    Empty,
    /// Contains spaces ("TH TQ", "KH - THTQ"); [`so_line`] removes them.
    Spaces,
    /// Contains lower-case letters ("Thtq"); [`so_line`] upper-cases them.
    LowerCase,
    /// Anything else: a leading digit or "-", "--", letters with accents
    /// other than Đ, "/" or other signs.
    Invalid,
}

/// Checks an issuer abbreviation ("THTQ", "PGDĐT", "GD&ĐT-VP").
pub fn check_abbr(a: &str) -> AbbrCheck {
    let a = a.trim();
    if a.is_empty() {
        return AbbrCheck::Empty;
    }
    if a.chars().any(char::is_whitespace) {
        return AbbrCheck::Spaces;
    }
    if a.chars().any(char::is_lowercase) {
        return AbbrCheck::LowerCase;
    }
    let group_char = |c: char| c.is_ascii_uppercase() || c.is_ascii_digit() || c == 'Đ' || c == '&';
    let first_ok = a
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_uppercase() || c == 'Đ');
    let groups_ok = a
        .split('-')
        .all(|g| !g.is_empty() && g.chars().all(group_char));
    if first_ok && groups_ok {
        AbbrCheck::Ok
    } else {
        AbbrCheck::Invalid
    }
}

/// Academic titles and degrees the decree keeps out of the signature
/// (ND30 PL I II.7.c), longest first so "TSKH" wins over "TS". The two
/// honorary teacher titles (Nhà giáo ưu tú / nhân dân) are included for the
/// same reason.
const TITLES: [&str; 10] = [
    "TSKH", "NGƯT", "NGND", "PGS", "ThS", "GS", "TS", "CN", "KS", "BS",
];

/// Reads one title token at the start of `s` (case-insensitive), followed
/// by "." or whitespace; returns the canonical token and the rest after
/// the "." and spaces.
fn title_token(s: &str) -> Option<(&'static str, &str, bool)> {
    TITLES.iter().find_map(|t| {
        let rest = strip_prefix_ci(s, t)?;
        if let Some(after_dot) = rest.strip_prefix('.') {
            Some((*t, after_dot.trim_start(), true))
        } else if rest.starts_with(char::is_whitespace) {
            Some((*t, rest.trim_start(), false))
        } else {
            None
        }
    })
}

/// An academic title in front of a signer's name ("ThS. Nguyễn Văn A",
/// "PGS.TS. Trần B", "TS Lê C"), returned in canonical form with its dot:
/// "ThS.", "PGS.TS.". `None` for a plain name. Matching ignores case, so
/// "Ths." counts; a name is never mistaken for one because no Vietnamese
/// syllable is a bare "TS", "GS", "CN" or "KS".
pub fn academic_title_prefix(name: &str) -> Option<&'static str> {
    let (first, rest, dotted) = title_token(name.trim_start())?;
    if dotted {
        if let Some((second, _, _)) = title_token(rest) {
            return Some(match (first, second) {
                ("PGS", "TS") => "PGS.TS.",
                ("PGS", "TSKH") => "PGS.TSKH.",
                ("GS", "TS") => "GS.TS.",
                ("GS", "TSKH") => "GS.TSKH.",
                ("NGƯT", _) => "NGƯT.",
                ("NGND", _) => "NGND.",
                _ => canonical_dotted(first),
            });
        }
    }
    Some(canonical_dotted(first))
}

fn canonical_dotted(t: &str) -> &'static str {
    match t {
        "TSKH" => "TSKH.",
        "NGƯT" => "NGƯT.",
        "NGND" => "NGND.",
        "PGS" => "PGS.",
        "ThS" => "ThS.",
        "GS" => "GS.",
        "TS" => "TS.",
        "CN" => "CN.",
        "KS" => "KS.",
        _ => "BS.",
    }
}

/// Is the text written entirely in capitals (at least one letter, none in
/// lower case)? Used for lines the decree wants in upper case (issuer,
/// titles) and for a name line that should not be.
pub fn is_all_upper(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}
