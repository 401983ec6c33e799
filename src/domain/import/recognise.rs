//! From lines to a [`Plan`]: where the document starts (web-page noise
//! above it is kept aside), the header, the title and trích yếu, the căn
//! cứ and the lead-in; then [`body`](super::body) reads the sections and
//! the tail. The plan's kind, level and period are read from what was
//! found.

use super::blocks::Line;
use super::body::Body;
use super::header::{pieces, HeaderText, Piece};
use super::words::{fold, has_fold, is_caps, is_rule_line, starts_fold, starts_like_body};
use crate::domain::citation::parse_citations;
use crate::domain::plan::{IssuerLevel, Period, Plan, PlanKind, Unplaced};
use crate::domain::section::SectionId;
use serde::{Deserialize, Serialize};

/// What kind of document was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DocumentKind {
    /// A kế hoạch.
    Plan,
    /// A công văn ("Kính gửi", no "KẾ HOẠCH" title): not checked as a plan.
    Letter,
    /// Neither could be told.
    Unknown,
}

/// A section heading as written, with the section it was read as.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Heading {
    /// `None`: a heading the reader does not map to a section.
    pub id: Option<SectionId>,
    pub heading: String,
}

/// Everything read from a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Recognised {
    pub document: DocumentKind,
    pub plan: Plan,
    /// The header as written.
    pub header: HeaderText,
    /// The tên loại as written ("KẾ HOẠCH"), if any.
    pub title: Option<String>,
    /// The trích yếu as written (lines joined by a space).
    pub subject: String,
    /// The mục headings ("I. …"), in order.
    pub headings: Vec<Heading>,
    /// Numbered sub-headings ("1. …") that read as titles, for the case rule.
    pub subheadings: Vec<String>,
}

/// Longest line (bytes) read as part of the header block.
const MAX_HEADER_LINE: usize = 2000;

/// Reads the lines of a document.
pub fn recognise(lines: &[Line]) -> Recognised {
    let mut plan = Plan::new(PlanKind::Annual, IssuerLevel::default());
    let start = document_start(lines);
    for l in &lines[..start] {
        plan.unplaced.push(Unplaced {
            section: None,
            heading: String::new(),
            text: l.text.clone(),
        });
    }
    let mut header = HeaderText::default();
    let mut caps: Vec<String> = Vec::new();
    let mut title = None;
    let mut subject_lines: Vec<String> = Vec::new();
    let mut letter = false;
    let has_layout = lines.iter().any(|l| l.center);
    let mut i = start;

    // Header: until the title, a "Kính gửi" or the body.
    while i < lines.len() && i < start + 20 {
        let l = &lines[i];
        if l.text.len() > MAX_HEADER_LINE
            || is_title(&l.text)
            || is_body_start(&l.text)
            || starts_fold(&l.text, "kinh gui")
            || is_sentence_title(&l.text)
        {
            break;
        }
        for p in pieces(&l.raw) {
            match p {
                Piece::National(s) => header.national = Some(s),
                Piece::Motto(s) => header.motto = Some(s),
                Piece::So(s) => header.set_so(&so_raw(&l.raw, &s)),
                Piece::DateLine(s) => header.set_date_line(&s),
                Piece::Vv(s) => header.vv = Some(s),
                Piece::Caps(s)
                    if header.so_line.is_none() && header.date_line.is_none()
                        || caps.is_empty() =>
                {
                    caps.push(s)
                }
                Piece::Rule => {}
                // A name the copy lost the capitals of ("Trường Tiểu học …").
                Piece::Other(s)
                    if header.so_line.is_none()
                        && header.date_line.is_none()
                        && starts_like_body(&s.to_uppercase()) =>
                {
                    caps.push(s)
                }
                Piece::Caps(s) | Piece::Other(s) => plan.unplaced.push(Unplaced {
                    section: Some(SectionId::Header),
                    heading: String::new(),
                    text: s,
                }),
            }
        }
        i += 1;
    }
    header.set_names(&caps);

    // "Kính gửi: …" (a công văn), kept as written.
    while i < lines.len()
        && !is_title(&lines[i].text)
        && !is_body_start(&lines[i].text)
        && !is_sentence_title(&lines[i].text)
    {
        let text = &lines[i].text;
        letter |= starts_fold(text, "kinh gui");
        if !is_rule_line(text) {
            plan.unplaced.push(Unplaced {
                section: Some(SectionId::Header),
                heading: String::new(),
                text: text.clone(),
            });
        }
        i += 1;
        if !letter {
            break;
        }
    }

    // Title and trích yếu.
    if i < lines.len() && is_title(&lines[i].text) {
        let text = &lines[i].text;
        let word_end = text.char_indices().nth(8).map_or(text.len(), |(j, _)| j);
        let rest = text[word_end..]
            .trim()
            .trim_start_matches([':', '-'])
            .trim();
        title = Some(text[..word_end].to_string());
        if !rest.is_empty() {
            subject_lines.push(rest.to_string());
        }
        i += 1;
        while i < lines.len() && subject_lines.len() < 4 {
            let l = &lines[i];
            if is_rule_line(&l.text) {
                i += 1;
                continue;
            }
            let laid_out_as_title = !has_layout || l.center || l.bold;
            if is_body_start(&l.text) || !laid_out_as_title || l.text.chars().count() > 300 {
                break;
            }
            subject_lines.push(l.text.clone());
            i += 1;
        }
    } else if i < lines.len() && !letter && is_sentence_title(&lines[i].text) {
        // A copy that lost the title's layout: "Kế hoạch hoạt động … năm 2021".
        let text = &lines[i].text;
        title = Some(
            text.split_whitespace()
                .take(2)
                .collect::<Vec<_>>()
                .join(" "),
        );
        subject_lines.push(super::words::capitalize_first(
            text.split_whitespace()
                .skip(2)
                .collect::<Vec<_>>()
                .join(" ")
                .as_str(),
        ));
        i += 1;
    }
    let subject = subject_lines.join(" ");
    plan.title.subject = subject.clone();

    // The body and the tail.
    let year = header
        .date
        .map(|d| d.year())
        .or_else(|| period_of(&fold(&subject)).map(Period::first_year))
        .unwrap_or(0);
    let mut body = Body::new(&mut plan, year);
    body.read(&lines[i..]);
    let (headings, subheadings) = body.finish();

    let document = if title.is_some() {
        DocumentKind::Plan
    } else if letter || header.vv.is_some() {
        DocumentKind::Letter
    } else if header
        .symbol
        .as_deref()
        .is_some_and(|s| s.to_uppercase().starts_with("KH-"))
    {
        DocumentKind::Plan
    } else {
        DocumentKind::Unknown
    };
    fill_plan(&mut plan, &header, document);
    Recognised {
        document,
        plan,
        header,
        title,
        subject,
        headings,
        subheadings,
    }
}

/// The Số piece with its spacing as in the raw line ("Số:    39  / KH").
fn so_raw(raw: &str, piece: &str) -> String {
    let raw = raw.trim();
    // The piece is the collapsed form of a prefix of some column of `raw`.
    for col in raw.split('\t') {
        let col = col.trim();
        if super::blocks::collapse(col).starts_with(piece) {
            let mut taken = String::new();
            for (j, c) in col.char_indices() {
                taken.push(c);
                if super::blocks::collapse(&taken) == piece {
                    return col[..j + c.len_utf8()].to_string();
                }
            }
        }
    }
    piece.to_string()
}

/// First line of the document proper: the first header-like line among the
/// first 60 (a Quốc hiệu, a body's name in capitals, a Số or date line,
/// the title, "Kính gửi", a căn cứ). Lines above it are web-page noise.
fn document_start(lines: &[Line]) -> usize {
    let anchor = |l: &Line| {
        let t = &l.text;
        // A header line is short; a long one is body text (and reading it
        // piece by piece would cost for nothing).
        if t.len() > MAX_HEADER_LINE {
            return is_body_start(t);
        }
        pieces(&l.raw).iter().any(|p| {
            matches!(
                p,
                Piece::National(_) | Piece::Motto(_) | Piece::So(_) | Piece::DateLine(_)
            ) || matches!(p, Piece::Caps(s) if starts_like_body(s))
        }) || is_title(t)
            || starts_fold(t, "kinh gui")
            || is_body_start(t)
    };
    let found = lines.iter().take(60).position(anchor);
    match found {
        // A title in sentence case on the first line (a copy that lost the
        // header) is the start too.
        Some(k)
            if k > 0 && is_body_start(&lines[k].text) && is_sentence_title(&lines[k - 1].text) =>
        {
            k - 1
        }
        // A body's name right above the first anchor, in any case, belongs
        // to the header ("Trường Mầm non Hoa Sen" above its Số line).
        Some(mut k) => {
            let names_a_body =
                |l: &Line| l.text.chars().count() < 80 && starts_like_body(&l.text.to_uppercase());
            while k > 0 && names_a_body(&lines[k - 1]) {
                k -= 1;
            }
            k
        }
        None => 0,
    }
}

/// "KẾ HOẠCH" (maybe with the trích yếu on the same line), in capitals.
fn is_title(text: &str) -> bool {
    let word: String = text.chars().take(8).collect();
    is_caps(&word)
        && fold(&word) == "ke hoach"
        && text[word.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphabetic())
}

/// "Kế hoạch hoạt động … năm 2021": a title line in sentence case.
fn is_sentence_title(text: &str) -> bool {
    text.starts_with("Kế hoạch ")
        && text.chars().count() < 300
        && !text.ends_with([':', ';'])
        && (has_fold(text, "nam 2") || has_fold(text, "giai đoan"))
}

/// The first paragraph of the body: a căn cứ, or a mục heading.
pub(super) fn is_body_start(text: &str) -> bool {
    // "Thực hiện …" also opens many a trích yếu: it starts the body only
    // when it cites a document.
    let cites = || {
        text.contains('/') && text.chars().any(|c| c.is_ascii_digit()) || has_fold(text, "luat ")
    };
    starts_fold(text, "can cu ")
        || starts_fold(text, "thuc hien ") && cites()
        || matches!(super::items::marker(text).0, super::items::Marker::Roman(_))
}

/// Kind, level, period, abbreviation and number from what was read.
fn fill_plan(plan: &mut Plan, h: &HeaderText, document: DocumentKind) {
    plan.header.parent_body = h.parent_body.clone();
    plan.header.issuer = h.issuer.clone();
    plan.header.number = h.number.clone().unwrap_or_default();
    plan.header.place = h.place.clone();
    plan.header.date = h.date;
    if let Some(sym) = &h.symbol {
        plan.header.issuer_abbr = match sym.split_once('-') {
            Some((code, rest)) if document == DocumentKind::Plan && fold(code) == "kh" => {
                rest.to_string()
            }
            _ => sym.clone(),
        };
    }
    let s = fold(&plan.title.subject);
    plan.kind = if s.contains("thang hanh đong vi binh đang gioi") {
        PlanKind::ActionMonth
    } else if s.contains("giai đoan") {
        PlanKind::MultiYear
    } else if s.contains("tre em") {
        PlanKind::GenderAndChildren
    } else {
        PlanKind::Annual
    };
    plan.period = period_of(&s).unwrap_or(Period::Year {
        year: h.date.map_or(0, |d| d.year()),
    });
    let who = fold(&format!("{} {}", h.issuer, plan.lead_in));
    plan.level = level_of(&who);
}

/// The period named in a folded trích yếu.
fn period_of(s: &str) -> Option<Period> {
    let years_after = |key: &str| -> Option<(u16, Option<u16>)> {
        let i = s.find(key)? + key.len();
        let rest = s[i..].trim_start();
        let y1: u16 = rest.get(..4)?.parse().ok()?;
        let tail = rest[4..]
            .trim_start()
            .trim_start_matches(['-', '–'])
            .trim_start();
        let y2 = tail.get(..4).and_then(|t| t.parse().ok());
        Some((y1, y2))
    };
    if let Some((a, _)) = years_after("nam hoc ") {
        return Some(Period::SchoolYear { start: a });
    }
    if let Some((a, Some(b))) = years_after("giai đoan ") {
        return Some(Period::Span { from: a, to: b });
    }
    years_after("nam ").map(|(a, _)| Period::Year { year: a })
}

/// The issuer level from the issuer's name (and the lead-in), folded.
fn level_of(who: &str) -> IssuerLevel {
    let has = |k: &str| who.contains(k);
    if has("vi su tien bo") && has("ban") && !has("truong ") {
        IssuerLevel::BanVstbpn
    } else if has("so giao duc") || has("so gd") {
        IssuerLevel::So
    } else if has("phong giao duc") || has("phong gd") {
        IssuerLevel::Phong
    } else if has("mam non") || has("mau giao") || has("nha tre") {
        IssuerLevel::MamNon
    } else if has("lien cap") || has("nhieu cap") {
        IssuerLevel::LienCap
    } else if has("trung hoc pho thong") || has("thpt") {
        IssuerLevel::Thpt
    } else if has("trung hoc co so") || has("thcs") {
        IssuerLevel::Thcs
    } else if has("tieu hoc") || has("truong th ") {
        IssuerLevel::TieuHoc
    } else if has("cao đang") {
        IssuerLevel::CaoDang
    } else if has("giao duc nghe nghiep") || has("gdnn") || has("gdtx") || has("thuong xuyen") {
        IssuerLevel::GdnnGdtx
    } else {
        IssuerLevel::default()
    }
}

/// Citations of a căn cứ paragraph, and the lead-in when the same
/// paragraph carries it ("Căn cứ …. Trường … xây dựng Kế hoạch … như sau:").
pub(super) fn split_basis(text: &str) -> (Vec<crate::domain::plan::Citation>, Option<String>) {
    let mut cited = text;
    let mut lead = None;
    if fold(text).trim_end().ends_with("nhu sau:") {
        // The last such verb: a cited document's trích yếu may hold one too.
        let last = |k: &str| {
            let mut at = None;
            while let Some(i) = super::words::find_fold(text, k, at.map_or(0, |a| a + 1)) {
                at = Some(i);
            }
            at
        };
        if let Some(v) = [
            "xay dung ke hoach",
            "ban hanh ke hoach",
            "xay dung va ban hanh",
        ]
        .iter()
        .filter_map(|k| last(k))
        .max()
        {
            let head = &text[..v];
            let cut = head
                .rfind(". ")
                .map(|c| c + 2)
                .or_else(|| head.rfind(", ").map(|c| c + 2))
                .or_else(|| head.rfind("; ").map(|c| c + 2));
            if let Some(c) = cut {
                cited = &text[..c];
                lead = Some(super::words::capitalize_first(text[c..].trim()));
            }
        }
    }
    let citations = parse_citations(cited).into_iter().flatten().collect();
    (citations, lead)
}
