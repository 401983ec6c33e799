//! The webmaster's catalogue file: entries added to, or overriding, the
//! built-in list without a rebuild.
//!
//! Education offices learn each year's letters before we ship. A webmaster
//! puts a JSON file next to the widget and names it in the embed options
//! (`data-catalogue="danh-muc-2027.json"`); the browser edge reads it from
//! the widget's own origin and hands the text to [`Catalogue::with_file`].
//! A file that does not follow the schema is refused as a whole with a
//! message that names the entry and the field, and the built-in list keeps
//! working. The schema is in the README; `public/danh-muc-mau.json` is an
//! example.

use super::{Catalogue, CatalogueEntry, Confidence, Group, Origin, Status};
use crate::domain::date::Date;
use crate::domain::plan::DocType;
use crate::domain::strings::error_enum;
use crate::domain::text::clean;
use serde::Deserialize;

/// The largest file read (a catalogue of hundreds of entries is ~100 KB).
pub const MAX_BYTES: usize = 512 * 1024;
/// The most entries a file may hold.
pub const MAX_ENTRIES: usize = 1000;

error_enum! {
    /// Why a catalogue file was refused.
    pub enum CatalogueFileError: message(lang) {
        TooLarge { bytes: usize } => (
            ErrCatalogueTooLarge,
            size = bytes / 1024,
            max = MAX_BYTES / 1024,
        ),
        NotJson { line: usize, column: usize } => (ErrCatalogueNotJson, line, column),
        Shape { detail: String } => (ErrCatalogueShape, detail),
        Version { found: u64 } => (ErrCatalogueVersion, found),
        TooManyEntries { count: usize } => (ErrCatalogueTooManyEntries, count, max = MAX_ENTRIES),
        /// Entry `index` (1-based) with this id (may be empty) has a bad field.
        Entry { index: usize, id: String, field: &'static str, problem: Problem } => (
            ErrCatalogueEntry,
            index,
            field,
            id = if id.is_empty() { String::new() } else { format!(" (\"{id}\")") },
            problem = problem.message(lang),
        ),
    }
}

error_enum! {
    /// What is wrong with one field of an entry.
    pub enum Problem: message(lang) {
        Missing => (ErrCatalogueMissing),
        /// Not one of the listed words.
        NotOneOf(words: &'static str) => (ErrCatalogueNotOneOf, words),
        /// Not a date dd/mm/yyyy (or yyyy-mm-dd).
        NotADate(value: String) => (ErrCatalogueNotADate, value),
        /// Not digits.
        NotANumber => (ErrCatalogueNotANumber),
        /// From-year after to-year, or outside 1945–2100.
        BadPeriod => (ErrCatalogueBadPeriod),
        /// Neither a number nor a name: it could not be cited.
        NeitherNumberNorName => (ErrCatalogueNeitherNumberNorName),
    }
}

/// The file as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDoc {
    version: u64,
    /// "02/2027": the month the file's author last checked it.
    #[serde(default)]
    updated: Option<String>,
    entries: Vec<FileEntry>,
}

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
struct FileEntry {
    id: String,
    group: Option<String>,
    #[serde(rename = "type")]
    doc_type: String,
    number: String,
    symbol: String,
    date: Option<String>,
    issuer: String,
    subject: String,
    period: Option<(u16, u16)>,
    status: Option<String>,
    replaced_by: Option<String>,
    confidence: Option<String>,
    name: Option<String>,
}

const GROUP_WORDS: &str = "law, programme, education, yearly, party";
const STATUS_WORDS: &str = "in-force, running, ended, replaced, not-verified";
const CONFIDENCE_WORDS: &str = "high, medium, low";
const TYPE_WORDS: &str = "Luật, Bộ luật, Nghị quyết, Nghị định, Quyết định, Thông tư, Chỉ thị, Kết luận, Kế hoạch, Công văn, Văn bản, Hướng dẫn, Chương trình, Thông báo, Đề án, Quy định";

impl Catalogue {
    /// This catalogue with the webmaster's file applied: an entry whose id
    /// is already there replaces it, a new id is added to its group. The
    /// file's "updated" month, when later than ours, becomes the list's.
    pub fn with_file(&self, text: &str) -> Result<Catalogue, CatalogueFileError> {
        if text.len() > MAX_BYTES {
            return Err(CatalogueFileError::TooLarge { bytes: text.len() });
        }
        let doc: FileDoc = serde_json::from_str(text).map_err(|e| match e.classify() {
            serde_json::error::Category::Data => CatalogueFileError::Shape {
                detail: e.to_string(),
            },
            _ => CatalogueFileError::NotJson {
                line: e.line(),
                column: e.column(),
            },
        })?;
        if doc.version != 1 {
            return Err(CatalogueFileError::Version { found: doc.version });
        }
        if doc.entries.len() > MAX_ENTRIES {
            return Err(CatalogueFileError::TooManyEntries {
                count: doc.entries.len(),
            });
        }
        let mut out = self.clone();
        for (i, raw) in doc.entries.into_iter().enumerate() {
            out.put(entry(i + 1, raw)?);
        }
        if let Some(month) = doc.updated.as_deref().and_then(month_year) {
            out.updated = out.updated.max(month);
        }
        Ok(out)
    }
}

/// "02/2027" as (2027, 2).
fn month_year(s: &str) -> Option<(u16, u8)> {
    let (m, y) = s.trim().split_once('/')?;
    let (m, y) = (m.trim().parse::<u8>().ok()?, y.trim().parse::<u16>().ok()?);
    ((1..=12).contains(&m) && (1945..=2100).contains(&y)).then_some((y, m))
}

/// One entry of the file, checked and cleaned (NFC, no control characters).
fn entry(index: usize, raw: FileEntry) -> Result<CatalogueEntry, CatalogueFileError> {
    let id = clean(&raw.id).trim().to_string();
    let fail = |field: &'static str, problem: Problem| CatalogueFileError::Entry {
        index,
        id: id.clone(),
        field,
        problem,
    };
    let required = |field: &'static str, v: &str| {
        let v = clean(v).trim().to_string();
        if v.is_empty() {
            Err(fail(field, Problem::Missing))
        } else {
            Ok(v)
        }
    };
    if id.is_empty() {
        return Err(fail("id", Problem::Missing));
    }
    let doc_type = doc_type(&raw.doc_type).ok_or_else(|| {
        if raw.doc_type.trim().is_empty() {
            fail("type", Problem::Missing)
        } else {
            fail("type", Problem::NotOneOf(TYPE_WORDS))
        }
    })?;
    let number = clean(&raw.number).trim().to_string();
    if !number.chars().all(|c| c.is_ascii_digit()) {
        return Err(fail("number", Problem::NotANumber));
    }
    let name = raw
        .name
        .map(|n| clean(&n).trim().to_string())
        .filter(|n| !n.is_empty());
    if number.is_empty() && name.is_none() {
        return Err(fail("number", Problem::NeitherNumberNorName));
    }
    // A ký hiệu is written without spaces ("BNV-CTTN&BĐG").
    let symbol: String = clean(&raw.symbol)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if !number.is_empty() && symbol.is_empty() {
        return Err(fail("symbol", Problem::Missing));
    }
    let date = match raw.date.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        None => None,
        Some(d) => {
            Some(Date::parse_vi(d).map_err(|_| fail("date", Problem::NotADate(d.to_string())))?)
        }
    };
    if let Some((from, to)) = raw.period {
        if from > to || from < 1945 || to > 2100 {
            return Err(fail("period", Problem::BadPeriod));
        }
    }
    let group = match raw.group.as_deref().map(str::trim) {
        None | Some("") | Some("yearly") => Group::Yearly,
        Some("law") => Group::Law,
        Some("programme") => Group::Programme,
        Some("education") => Group::Education,
        Some("party") => Group::Party,
        Some(_) => return Err(fail("group", Problem::NotOneOf(GROUP_WORDS))),
    };
    let status = match raw.status.as_deref().map(str::trim) {
        None | Some("") | Some("not-verified") => Status::NotVerified,
        Some("in-force") => Status::InForce,
        Some("running") => Status::Running,
        Some("ended") => Status::Ended,
        Some("replaced") => Status::Replaced {
            by: required("replaced_by", raw.replaced_by.as_deref().unwrap_or(""))?,
        },
        Some(_) => return Err(fail("status", Problem::NotOneOf(STATUS_WORDS))),
    };
    let confidence = match raw.confidence.as_deref().map(str::trim) {
        None | Some("") | Some("medium") => Confidence::Medium,
        Some("high") => Confidence::High,
        Some("low") => Confidence::Low,
        Some(_) => return Err(fail("confidence", Problem::NotOneOf(CONFIDENCE_WORDS))),
    };
    Ok(CatalogueEntry {
        group,
        doc_type,
        number,
        symbol,
        date,
        issuer: required("issuer", &raw.issuer)?,
        subject: required("subject", &raw.subject)?,
        period: raw.period,
        status,
        confidence,
        name,
        origin: Origin::File,
        id,
    })
}

/// "Công văn", "công văn", "cong-van" are one type.
fn doc_type(s: &str) -> Option<DocType> {
    let s = clean(s).trim().to_lowercase();
    DocType::ALL.into_iter().find(|t| {
        t.name_vi().to_lowercase() == s
            || serde_json::to_value(t)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                == Some(s.clone())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LETTER_2027: &str = r#"{
      "version": 1,
      "updated": "02/2027",
      "entries": [
        { "id": "cv-bnv-2027", "type": "Công văn", "number": "512",
          "symbol": "BNV - CTTN&BĐG", "date": "15/03/2027", "issuer": "Bộ Nội vụ",
          "subject": "hướng dẫn thực hiện công tác bình đẳng giới năm 2027",
          "period": [2027, 2027], "status": "running", "confidence": "high" }
      ]
    }"#;

    #[test]
    fn a_file_adds_a_letter_to_its_group() {
        let base = Catalogue::builtin();
        let cat = base.with_file(LETTER_2027).unwrap();
        assert_eq!(cat.entries().len(), base.entries().len() + 1);
        let e = cat.by_id("cv-bnv-2027").unwrap();
        assert_eq!(
            (e.doc_type, e.symbol.as_str(), e.date, e.origin),
            (
                DocType::CongVan,
                "BNV-CTTN&BĐG",
                Date::new(2027, 3, 15),
                Origin::File
            )
        );
        assert_eq!(cat.updated(), (2027, 2));
        assert_eq!(cat.updated_vi(), "Danh mục cập nhật đến 2/2027");
        // Grouped: right after the last built-in yearly letter.
        let i = cat
            .entries()
            .iter()
            .position(|e| e.id == "cv-bnv-2027")
            .unwrap();
        assert_eq!(cat.entries()[i - 1].group, Group::Yearly);
        // The built-in list is untouched.
        assert!(base.by_id("cv-bnv-2027").is_none());
    }

    #[test]
    fn a_file_overrides_a_built_in_entry_in_place() {
        let text = r#"{"version":1,"entries":[{"id":"nd-125-2021","group":"law",
          "type":"nghi-dinh","number":"125","symbol":"2021/NĐ-CP","date":"2021-10-28",
          "issuer":"Chính phủ","subject":"quy định xử phạt vi phạm hành chính về bình đẳng giới"}]}"#;
        let base = Catalogue::builtin();
        let cat = base.with_file(text).unwrap();
        assert_eq!(cat.entries().len(), base.entries().len());
        let at = |c: &Catalogue| c.entries().iter().position(|e| e.id == "nd-125-2021");
        assert_eq!(at(&cat), at(base));
        assert_eq!(
            cat.by_id("nd-125-2021").unwrap().date,
            Date::new(2021, 10, 28)
        );
        // Older "updated" than ours: ours stays.
        assert_eq!(cat.updated(), base.updated());
    }

    #[test]
    fn broken_files_are_refused_with_the_entry_and_field() {
        let base = Catalogue::builtin();
        let err = |t: &str| base.with_file(t).unwrap_err();
        assert!(matches!(err("{"), CatalogueFileError::NotJson { .. }));
        assert!(matches!(err("[]"), CatalogueFileError::Shape { .. }));
        assert!(matches!(
            err(r#"{"version":2,"entries":[]}"#),
            CatalogueFileError::Version { found: 2 }
        ));
        let bad_date = LETTER_2027.replace("15/03/2027", "15/13/2027");
        let e = err(&bad_date);
        assert_eq!(
            e,
            CatalogueFileError::Entry {
                index: 1,
                id: "cv-bnv-2027".into(),
                field: "date",
                problem: Problem::NotADate("15/13/2027".into())
            }
        );
        assert!(e.to_string().contains(
            "văn bản thứ 1 (\"cv-bnv-2027\"), trường \"date\" \"15/13/2027\" không phải ngày"
        ));
        assert!(e.to_string().ends_with("Widget vẫn dùng danh mục có sẵn."));
        assert!(e
            .message(crate::domain::strings::Lang::En)
            .contains("entry 1 (\"cv-bnv-2027\"), field \"date\" \"15/13/2027\" is not a date"));
        let e = err(&LETTER_2027.replace("\"Công văn\"", "\"Thư\""));
        assert!(matches!(e, CatalogueFileError::Entry { field: "type", .. }));
        let e = err(&LETTER_2027.replace("\"512\"", "\"5a\""));
        assert!(matches!(
            e,
            CatalogueFileError::Entry {
                field: "number",
                ..
            }
        ));
        let e = err(&LETTER_2027.replace("\"Bộ Nội vụ\"", "\"  \""));
        assert!(matches!(
            e,
            CatalogueFileError::Entry {
                field: "issuer",
                problem: Problem::Missing,
                ..
            }
        ));
        let e = err(&LETTER_2027.replace("[2027, 2027]", "[2028, 2027]"));
        assert!(matches!(
            e,
            CatalogueFileError::Entry {
                field: "period",
                ..
            }
        ));
        let e = err(&LETTER_2027.replace("\"confidence\": \"high\"", "\"colour\": \"red\""));
        assert!(matches!(e, CatalogueFileError::Shape { .. }));
        let big = format!(
            "{{\"version\":1,\"entries\":[],\"updated\":\"{}\"}}",
            "x".repeat(MAX_BYTES)
        );
        assert!(matches!(err(&big), CatalogueFileError::TooLarge { .. }));
    }

    #[test]
    fn a_file_entry_is_checked_like_a_built_in_one() {
        use crate::domain::citation::parse_citation;
        let cat = Catalogue::builtin().with_file(LETTER_2027).unwrap();
        let wrong =
            parse_citation("Công văn số 521/BNV-CTTN&BĐG ngày 15/3/2027 của Bộ Nội vụ").unwrap();
        assert!(matches!(
            cat.check(&wrong, 2027)[..],
            [super::super::CatalogueMismatch::NumberMismatch { .. }]
        ));
        assert!(Catalogue::builtin().check(&wrong, 2027).is_empty());
    }

    #[test]
    fn the_example_file_in_public_reads() {
        let text = include_str!("../../../public/danh-muc-mau.json");
        let cat = Catalogue::builtin().with_file(text).unwrap();
        assert!(cat.entries().iter().any(|e| e.origin == Origin::File));
    }
}
