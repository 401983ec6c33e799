//! Drafts: how a plan is kept in the browser's storage and in the `.json`
//! files users download, and how older drafts are brought up to date.
//!
//! A stored draft is a versioned envelope
//! `{ "schema_version": N, "saved_at": "…", "plan": {…} }`. Reading never
//! trusts what it finds: the text may be cut short (a tab closed mid-write),
//! written by an older release (migrated here, on `serde_json::Value`, one
//! version at a time) or by a newer one (refused, so that an old tab never
//! overwrites data it does not understand). Every plan that comes out of this
//! module has been through [`Plan::normalize`].
//!
//! The browser adapter (`browser/storage/`) owns the actual `localStorage`
//! calls; it uses the key names, the draft index and the errors defined here.
//!
//! Here: the errors and the envelope; `migrate.rs` brings older drafts up to
//! date, `keys.rs` names the storage keys, `index.rs` is the draft list,
//! `file.rs` the downloaded `.json` files, `names.rs` the drafts' names.
//!
//! Schema history:
//! - **1** (first release): dates were the text typed in a box ("24/3/2022",
//!   "ngày 24 tháng 3 năm 2022"); "Nơi nhận" was one multi-line string,
//!   including its "- Lưu: VT, …." line; there was no `next_id` and tasks
//!   could not point to targets.
//! - **2** (current): [`Plan`] as in `plan.rs` (ISO dates, a list of
//!   recipients plus `archive_units`, `next_id`, task `targets`).

use crate::domain::date::Date;
use crate::domain::plan::{Period, Plan, PlanKind};
use crate::domain::strings::{error_enum, Lang};
use crate::domain::text::clean;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::borrow::Cow;

mod file;
mod index;
mod keys;
mod migrate;
mod names;

pub use file::{export_file, import_file};
pub use index::{DraftIndex, DraftMeta};
pub use keys::*;
pub use migrate::migrate_plan;
use migrate::migrate_value;
use names::collapse_spaces;
pub use names::{default_name, name_in_damaged, unique_name};

/// Version of the plan data this build writes and the newest it can read.
pub const SCHEMA_VERSION: u32 = 2;

/// Version of the draft index format (independent of the plan schema).
pub const INDEX_SCHEMA_VERSION: u32 = 1;

/// Namespace of the storage keys when the host page sets none.
pub const DEFAULT_NAMESPACE: &str = "kehoach-bdg";

/// The `"app"` marker of exported draft files.
pub const APP_MARKER: &str = "kehoach-bdg";

/// Largest draft file accepted for import (2 MiB). A real plan is a few
/// dozen kilobytes; anything near this size is the wrong file.
pub const MAX_IMPORT_BYTES: usize = 2 * 1024 * 1024;

/// Longest name [`default_name`] produces, in characters.
pub const NAME_MAX_CHARS: usize = 60;

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

error_enum! {
    /// Why a stored draft could not be read. The text is shown to the user.
    pub enum DraftError: message(lang) {
        Empty => (ErrDraftEmpty),
        InvalidJson { line: usize, column: usize } => (ErrDraftInvalidJson, line, column),
        WrongShape { detail: String } => (ErrDraftWrongShape, detail),
        TooNew { found: u64, supported: u32 } => (ErrDraftTooNew, found),
    }
}

error_enum! {
    /// Why the draft index could not be read (fully). The text is shown to the user.
    pub enum IndexError: message(lang) {
        Empty => (ErrIndexEmpty),
        InvalidJson { line: usize, column: usize } => (ErrIndexInvalidJson, line, column),
        WrongShape { detail: String } => (ErrIndexWrongShape, detail),
        TooNew { found: u64, supported: u32 } => (ErrIndexTooNew, found),
        /// Some entries could not be read; `recovered` holds every entry that
        /// could, so the caller can go on with it after reporting the loss.
        PartlyUnreadable { recovered: DraftIndex, skipped: usize } => (
            ErrIndexPartlyUnreadable,
            skipped,
        ),
    }
}

error_enum! {
    /// Why a draft file could not be imported. Nothing is imported when this is
    /// returned. The text is shown to the user.
    pub enum ImportError: message(lang) {
        TooLarge { size: usize, max: usize } => (
            ErrImportTooLarge,
            size = megabytes(*size, lang),
            max = megabytes(*max, lang),
        ),
        Empty => (ErrImportEmpty),
        Docx => (ErrImportDocx),
        NotText => (ErrImportNotText),
        InvalidJson { line: usize, column: usize } => (ErrImportInvalidJson, line, column),
        NotOurs => (ErrImportNotOurs),
        TooNew { found: u64, supported: u32 } => (ErrImportTooNew, found),
        WrongShape { detail: String } => (ErrImportWrongShape, detail),
        NoDrafts => (ErrImportNoDrafts),
    }
}

/// "2,5 MB": sizes as readers write them (decimal comma in Vietnamese, point
/// in English), rounded up so that a file just over the limit does not read
/// as equal to it.
fn megabytes(bytes: usize, lang: Lang) -> String {
    let tenths = (bytes as u64 * 10).div_ceil(1024 * 1024);
    if tenths.is_multiple_of(10) {
        format!("{} MB", tenths / 10)
    } else {
        let point = match lang {
            Lang::Vi => ',',
            Lang::En => '.',
        };
        format!("{}{point}{} MB", tenths / 10, tenths % 10)
    }
}

/// What went wrong while reading, before it is phrased for one of the
/// three readers (draft, index, file).
#[derive(Debug)]
enum Fault {
    Empty,
    Json { line: usize, column: usize },
    Shape(String),
    TooNew(u64),
}

impl Fault {
    fn into_draft(self) -> DraftError {
        match self {
            Fault::Empty => DraftError::Empty,
            Fault::Json { line, column } => DraftError::InvalidJson { line, column },
            Fault::Shape(detail) => DraftError::WrongShape { detail },
            Fault::TooNew(found) => DraftError::TooNew {
                found,
                supported: SCHEMA_VERSION,
            },
        }
    }

    fn into_index(self) -> IndexError {
        match self {
            Fault::Empty => IndexError::Empty,
            Fault::Json { line, column } => IndexError::InvalidJson { line, column },
            Fault::Shape(detail) => IndexError::WrongShape { detail },
            Fault::TooNew(found) => IndexError::TooNew {
                found,
                supported: INDEX_SCHEMA_VERSION,
            },
        }
    }

    fn into_import(self) -> ImportError {
        match self {
            Fault::Empty => ImportError::Empty,
            Fault::Json { line, column } => ImportError::InvalidJson { line, column },
            Fault::Shape(detail) => ImportError::WrongShape { detail },
            Fault::TooNew(found) => ImportError::TooNew {
                found,
                supported: SCHEMA_VERSION,
            },
        }
    }
}

// ---------------------------------------------------------------------------
// Envelope
// ---------------------------------------------------------------------------

/// One stored draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Envelope {
    /// Always [`SCHEMA_VERSION`] after [`decode`] (older drafts are migrated).
    pub schema_version: u32,
    /// ISO 8601 UTC time of the save, as given by the caller.
    pub saved_at: String,
    pub plan: Plan,
}

#[derive(Serialize)]
struct EnvelopeRef<'a> {
    schema_version: u32,
    saved_at: &'a str,
    plan: &'a Plan,
}

/// The stored form of a draft: compact JSON of the current schema.
pub fn encode(plan: &Plan, saved_at: &str) -> String {
    let envelope = EnvelopeRef {
        schema_version: SCHEMA_VERSION,
        saved_at,
        plan,
    };
    // A Plan has only string map keys and no fallible Serialize impls, so
    // serde_json cannot fail on it.
    serde_json::to_string(&envelope).expect("a Plan always serialises to JSON")
}

/// Reads a stored draft: migrates older versions, refuses newer ones,
/// normalises the plan's text. Never panics, whatever `raw` holds.
pub fn decode(raw: &str) -> Result<Envelope, DraftError> {
    let value = parse_json(raw).map_err(Fault::into_draft)?;
    envelope_from_value(value).map_err(Fault::into_draft)
}

fn envelope_from_value(value: Value) -> Result<Envelope, Fault> {
    let Value::Object(mut obj) = value else {
        return Err(Fault::Shape(
            "dữ liệu không phải là một đối tượng JSON".into(),
        ));
    };
    let version = read_version(&obj, SCHEMA_VERSION)?;
    let saved_at = match obj.get("saved_at") {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => clean(s),
        Some(_) => {
            return Err(Fault::Shape(
                "thời điểm lưu (saved_at) không phải là chuỗi ký tự".into(),
            ))
        }
    };
    let plan = obj
        .remove("plan")
        .ok_or_else(|| Fault::Shape("thiếu phần nội dung kế hoạch (plan)".into()))?;
    let plan = plan_from_value(plan, version)?;
    Ok(Envelope {
        schema_version: SCHEMA_VERSION,
        saved_at,
        plan,
    })
}

/// Parses JSON text, ignoring a leading byte-order mark (Windows editors
/// add one when a user opens and re-saves a file).
fn parse_json(raw: &str) -> Result<Value, Fault> {
    let text = raw.strip_prefix('\u{FEFF}').unwrap_or(raw);
    if text.trim().is_empty() {
        return Err(Fault::Empty);
    }
    serde_json::from_str(text).map_err(|e| Fault::Json {
        line: e.line(),
        column: e.column(),
    })
}

/// The `schema_version` of a document, checked against the newest one
/// this build understands.
fn read_version(obj: &Map<String, Value>, supported: u32) -> Result<u32, Fault> {
    let Some(v) = obj.get("schema_version") else {
        return Err(Fault::Shape(
            "thiếu số phiên bản dữ liệu (schema_version)".into(),
        ));
    };
    let Some(n) = v.as_u64() else {
        return Err(Fault::Shape(
            "số phiên bản dữ liệu không phải là số nguyên dương".into(),
        ));
    };
    if n == 0 {
        return Err(Fault::Shape("không có phiên bản dữ liệu số 0".into()));
    }
    if n > u64::from(supported) {
        return Err(Fault::TooNew(n));
    }
    // n ≤ supported, a u32.
    Ok(n as u32)
}

/// A plan stored at `version`, brought to the current schema and normalised.
fn plan_from_value(plan: Value, version: u32) -> Result<Plan, Fault> {
    let current = migrate_value(plan, version)?;
    let mut plan: Plan = serde_json::from_value(current).map_err(|e| {
        Fault::Shape(format!(
            "nội dung kế hoạch có giá trị sai kiểu (chi tiết kỹ thuật: {})",
            short_detail(&e.to_string())
        ))
    })?;
    plan.normalize();
    Ok(plan)
}

/// serde's messages quote the offending value, which may be a whole page of
/// text; the user needs only the start.
fn short_detail(s: &str) -> String {
    const MAX: usize = 160;
    if s.chars().count() <= MAX {
        clean(s)
    } else {
        let head: String = s.chars().take(MAX).collect();
        format!("{}…", clean(&head))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_megabytes_with_a_decimal_comma() {
        assert_eq!(megabytes(2 * 1024 * 1024, Lang::Vi), "2 MB");
        assert_eq!(megabytes(5 * 1024 * 1024 / 2, Lang::Vi), "2,5 MB");
        assert_eq!(megabytes(2 * 1024 * 1024 + 1, Lang::Vi), "2,1 MB");
        assert_eq!(megabytes(5 * 1024 * 1024 / 2, Lang::En), "2.5 MB");
    }
}
