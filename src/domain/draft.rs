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

// ---------------------------------------------------------------------------
// Migrations
// ---------------------------------------------------------------------------

type Migration = fn(Value) -> Result<Value, Fault>;

/// `MIGRATIONS[i]` turns a plan of version `i + 1` into version `i + 2`. The
/// array length ties the table to [`SCHEMA_VERSION`]: bumping the version
/// without adding a migration does not compile.
const MIGRATIONS: [Migration; (SCHEMA_VERSION - 1) as usize] = [v1_to_v2];

/// Brings the `plan` part of a draft stored at `from_version` to the current
/// schema, without reading it into a [`Plan`] (so the result can still be
/// inspected or repaired as JSON).
pub fn migrate_plan(plan: Value, from_version: u32) -> Result<Value, DraftError> {
    if from_version == 0 {
        return Err(Fault::Shape("không có phiên bản dữ liệu số 0".into()).into_draft());
    }
    if from_version > SCHEMA_VERSION {
        return Err(Fault::TooNew(u64::from(from_version)).into_draft());
    }
    migrate_value(plan, from_version).map_err(Fault::into_draft)
}

fn migrate_value(plan: Value, from_version: u32) -> Result<Value, Fault> {
    if !plan.is_object() {
        return Err(Fault::Shape(
            "phần nội dung kế hoạch (plan) không phải là một đối tượng".into(),
        ));
    }
    let start = from_version.saturating_sub(1) as usize;
    MIGRATIONS
        .iter()
        .skip(start)
        .try_fold(plan, |value, step| step(value))
}

/// Version 1 → 2: text dates become ISO dates, the one-string "Nơi nhận"
/// becomes a list plus `archive_units`, tasks get `targets`, the plan gets
/// `next_id`.
fn v1_to_v2(plan: Value) -> Result<Value, Fault> {
    let Value::Object(mut p) = plan else {
        return Err(Fault::Shape(
            "phần nội dung kế hoạch (plan) không phải là một đối tượng".into(),
        ));
    };

    if let Some(Value::Object(header)) = p.get_mut("header") {
        v1_date_to_iso(header);
    }
    for list in ["basis", "reports"] {
        if let Some(Value::Array(items)) = p.get_mut(list) {
            for item in items.iter_mut() {
                if let Value::Object(o) = item {
                    v1_date_to_iso(o);
                }
            }
        }
    }

    let recipients = match p.get("recipients") {
        Some(Value::String(text)) => Some(split_v1_recipients(text)),
        // Version 1 wrote `null` for a "Nơi nhận" box never touched.
        Some(Value::Null) => Some((Vec::new(), None)),
        _ => None,
    };
    if let Some((list, archive)) = recipients {
        p.insert(
            "recipients".into(),
            Value::Array(list.into_iter().map(Value::String).collect()),
        );
        let has_archive = matches!(p.get("archive_units"), Some(Value::String(s)) if !s.is_empty());
        if let (Some(units), false) = (archive, has_archive) {
            p.insert("archive_units".into(), Value::String(units));
        }
    }

    if let Some(Value::Array(groups)) = p.get_mut("task_groups") {
        for group in groups.iter_mut() {
            if let Some(Value::Array(items)) = group.get_mut("items") {
                for item in items.iter_mut() {
                    if let Value::Object(o) = item {
                        o.entry("targets").or_insert_with(|| Value::Array(vec![]));
                    }
                }
            }
        }
    }

    // Version 1 had no id counter; start above every id in use.
    let next = v1_max_id(&p).saturating_add(1);
    let stored = p.get("next_id").and_then(Value::as_u64).unwrap_or(0);
    p.insert("next_id".into(), Value::from(next.max(stored)));

    Ok(Value::Object(p))
}

/// Replaces a version 1 `date` text by its ISO form, or by `null` when the
/// text is not a real date (the checklist then asks for one).
fn v1_date_to_iso(obj: &mut Map<String, Value>) {
    let new = match obj.get("date") {
        None | Some(Value::Null) => return,
        Some(Value::String(s)) => match parse_v1_date(s) {
            Some(d) => Value::String(d.iso()),
            None => Value::Null,
        },
        Some(_) => Value::Null,
    };
    obj.insert("date".into(), new);
}

/// A date as version 1 users typed it: "24/3/2022", "24-03-2022",
/// "ngày 24 tháng 3 năm 2022", or already ISO "2022-03-24".
fn parse_v1_date(s: &str) -> Option<Date> {
    let mut runs: Vec<&str> = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (c.is_ascii_digit(), start) {
            (true, None) => start = Some(i),
            (false, Some(b)) => {
                runs.push(&s[b..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(b) = start {
        runs.push(&s[b..]);
    }
    let [a, b, c] = runs.as_slice() else {
        return None;
    };
    let (y, m, d) = if a.len() == 4 { (a, b, c) } else { (c, b, a) };
    if y.len() != 4 || m.len() > 2 || d.len() > 2 {
        return None;
    }
    Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// Splits the version 1 "Nơi nhận" text into recipients (without the "- "
/// and the ";" that export adds back) and the units of its "Lưu" line.
fn split_v1_recipients(text: &str) -> (Vec<String>, Option<String>) {
    let mut list = Vec::new();
    let mut archive = None;
    for line in clean(text).lines() {
        let line = line
            .trim()
            .trim_start_matches(['-', '–', '+', '•', '*'])
            .trim();
        let line = line
            .strip_suffix([';', '.', ','])
            .unwrap_or(line)
            .trim_end();
        if line.is_empty() {
            continue;
        }
        if let Some(rest) = strip_luu(line) {
            archive = Some(archive_units_of(rest));
        } else {
            list.push(line.to_string());
        }
    }
    (list, archive)
}

/// "Lưu: VT, VP" → Some(": VT, VP"); "Lưu VT" too, but not a recipient
/// that merely starts with the word ("Lưu trữ hồ sơ").
fn strip_luu(line: &str) -> Option<&str> {
    let rest = ["Lưu", "lưu", "LƯU"]
        .iter()
        .find_map(|w| line.strip_prefix(w))?;
    let after = rest.trim_start();
    let vt_next = after
        .strip_prefix("VT")
        .is_some_and(|r| r.is_empty() || r.starts_with([',', ' ']));
    (after.is_empty() || after.starts_with(':') || vt_next).then_some(rest)
}

/// ": VT, VP" → "VP"; ": VT" → "".
fn archive_units_of(rest: &str) -> String {
    let rest = rest.trim_start_matches([':', ' ']).trim();
    let after_vt = rest
        .strip_prefix("VT")
        .filter(|r| r.is_empty() || r.starts_with([',', ' ']));
    match after_vt {
        Some(r) => r.trim_start_matches([',', ' ']).trim().to_string(),
        None => rest.to_string(),
    }
}

/// Largest `id` of any list item of a version 1 plan.
fn v1_max_id(p: &Map<String, Value>) -> u64 {
    fn ids_in(list: Option<&Value>) -> impl Iterator<Item = &Value> {
        list.and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|item| item.get("id"))
    }
    let mut ids: Vec<&Value> = Vec::new();
    for list in [
        "basis",
        "targets",
        "task_groups",
        "assignments",
        "reports",
        "appendices",
    ] {
        ids.extend(ids_in(p.get(list)));
    }
    for group in p
        .get("task_groups")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        ids.extend(ids_in(group.get("items")));
    }
    ids.into_iter()
        .filter_map(Value::as_u64)
        // Ids are u32; a larger number fails later as a wrong shape anyway.
        .map(|id| id.min(u64::from(u32::MAX - 1)))
        .max()
        .unwrap_or(0)
}

// ---------------------------------------------------------------------------
// Storage keys
// ---------------------------------------------------------------------------

/// Is `ns` usable as a storage namespace (from the embedding options)?
/// ASCII letters, digits, '-' and '_', 1–40 characters.
pub fn valid_namespace(ns: &str) -> bool {
    (1..=40).contains(&ns.len()) && ns.bytes().all(is_key_byte)
}

/// Is `id` usable as a draft id inside a key? Same alphabet as namespaces,
/// 1–64 characters; never contains ':' so keys split unambiguously.
pub fn valid_draft_id(id: &str) -> bool {
    (1..=64).contains(&id.len()) && id.bytes().all(is_key_byte)
}

fn is_key_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}

/// The namespace to use: the requested one when valid, else the default.
pub fn namespace_or_default(requested: Option<&str>) -> &str {
    match requested {
        Some(ns) if valid_namespace(ns) => ns,
        _ => DEFAULT_NAMESPACE,
    }
}

/// A fresh draft id from the clock and a random number (supplied by the
/// caller, who has both); always passes [`valid_draft_id`].
pub fn new_draft_id(now_millis: u64, random: u32) -> String {
    format!("{now_millis:x}-{random:08x}")
}

/// `"<ns>:draft:<id>"`.
pub fn draft_key(ns: &str, id: &str) -> String {
    format!("{ns}:draft:{id}")
}

/// `"<ns>:index"`.
pub fn index_key(ns: &str) -> String {
    format!("{ns}:index")
}

/// `"<ns>:backup:<id>:<saved_at>"`: where an unreadable draft's raw value is
/// kept before anything else is written to its key.
pub fn backup_key(ns: &str, id: &str, saved_at: &str) -> String {
    format!("{ns}:backup:{id}:{saved_at}")
}

/// `"<ns>:index-backup:<saved_at>"`: where an unreadable index is kept.
pub fn index_backup_key(ns: &str, saved_at: &str) -> String {
    format!("{ns}:index-backup:{saved_at}")
}

/// The draft id in a draft key of namespace `ns`, so the drafts can be found
/// again by scanning the keys when the index is lost.
pub fn draft_id_from_key<'a>(ns: &str, key: &'a str) -> Option<&'a str> {
    let id = key.strip_prefix(ns)?.strip_prefix(":draft:")?;
    valid_draft_id(id).then_some(id)
}

// ---------------------------------------------------------------------------
// Draft index
// ---------------------------------------------------------------------------

/// What the draft list shows about one draft, without loading it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftMeta {
    pub id: String,
    pub name: String,
    pub kind: PlanKind,
    /// ISO 8601 UTC time of the last save.
    pub saved_at: String,
    /// Share of the checklist satisfied, 0–100.
    pub completeness: u8,
}

/// The list of drafts in one namespace, stored under [`index_key`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftIndex {
    /// [`INDEX_SCHEMA_VERSION`].
    pub schema_version: u32,
    pub drafts: Vec<DraftMeta>,
    /// The draft open when the page was last used.
    pub last_open: Option<String>,
}

impl Default for DraftIndex {
    fn default() -> Self {
        DraftIndex {
            schema_version: INDEX_SCHEMA_VERSION,
            drafts: Vec::new(),
            last_open: None,
        }
    }
}

#[derive(Serialize)]
struct IndexRef<'a> {
    schema_version: u32,
    drafts: &'a [DraftMeta],
    last_open: &'a Option<String>,
}

impl DraftIndex {
    /// An empty index.
    pub fn new() -> DraftIndex {
        DraftIndex::default()
    }

    /// The stored form (always written as [`INDEX_SCHEMA_VERSION`]).
    pub fn encode(&self) -> String {
        let index = IndexRef {
            schema_version: INDEX_SCHEMA_VERSION,
            drafts: &self.drafts,
            last_open: &self.last_open,
        };
        // Only strings and numbers: serialisation cannot fail.
        serde_json::to_string(&index).expect("a DraftIndex always serialises to JSON")
    }

    /// Reads a stored index. Entries are read one by one: any entry with a
    /// usable id is kept (other fields fall back to defaults); entries
    /// without one, and repeated ids, are counted in
    /// [`IndexError::PartlyUnreadable`], which also carries every entry
    /// that was read. Never panics.
    pub fn decode(raw: &str) -> Result<DraftIndex, IndexError> {
        let value = parse_json(raw).map_err(Fault::into_index)?;
        let Value::Object(mut obj) = value else {
            return Err(
                Fault::Shape("dữ liệu không phải là một đối tượng JSON".into()).into_index(),
            );
        };
        read_version(&obj, INDEX_SCHEMA_VERSION).map_err(Fault::into_index)?;
        let Some(Value::Array(entries)) = obj.remove("drafts") else {
            return Err(Fault::Shape("thiếu danh sách bản nháp (drafts)".into()).into_index());
        };
        let mut index = DraftIndex::new();
        let mut skipped = 0;
        for entry in entries {
            match meta_from_value(entry) {
                Some(meta) if index.get(&meta.id).is_none() => index.drafts.push(meta),
                _ => skipped += 1,
            }
        }
        index.last_open = match obj.get("last_open") {
            Some(Value::String(id)) if valid_draft_id(id) => Some(id.clone()),
            _ => None,
        };
        if skipped > 0 {
            Err(IndexError::PartlyUnreadable {
                recovered: index,
                skipped,
            })
        } else {
            Ok(index)
        }
    }

    pub fn get(&self, id: &str) -> Option<&DraftMeta> {
        self.drafts.iter().find(|m| m.id == id)
    }

    /// Adds the entry, or replaces the one with the same id in place.
    pub fn upsert(&mut self, meta: DraftMeta) {
        match self.drafts.iter_mut().find(|m| m.id == meta.id) {
            Some(slot) => *slot = meta,
            None => self.drafts.push(meta),
        }
    }

    /// Removes an entry; forgets it as the last open draft too.
    pub fn remove(&mut self, id: &str) -> Option<DraftMeta> {
        let pos = self.drafts.iter().position(|m| m.id == id)?;
        if self.last_open.as_deref() == Some(id) {
            self.last_open = None;
        }
        Some(self.drafts.remove(pos))
    }
}

/// One index entry, as much of it as can be read; `None` without a usable id.
fn meta_from_value(entry: Value) -> Option<DraftMeta> {
    let Value::Object(o) = entry else {
        return None;
    };
    let id = match o.get("id") {
        Some(Value::String(id)) if valid_draft_id(id) => id.clone(),
        _ => return None,
    };
    let text = |key: &str| match o.get(key) {
        Some(Value::String(s)) => clean(s),
        _ => String::new(),
    };
    let kind = match o.get("kind") {
        Some(Value::String(code)) => PlanKind::from_code(code).unwrap_or_default(),
        _ => PlanKind::default(),
    };
    let completeness = o
        .get("completeness")
        .and_then(Value::as_f64)
        .map(|c| c.clamp(0.0, 100.0).round() as u8)
        .unwrap_or(0);
    Some(DraftMeta {
        id,
        name: text("name"),
        kind,
        saved_at: text("saved_at"),
        completeness,
    })
}

// ---------------------------------------------------------------------------
// Draft files (export / import)
// ---------------------------------------------------------------------------

#[derive(Serialize)]
struct FileRef<'a> {
    app: &'a str,
    schema_version: u32,
    exported_at: &'a str,
    drafts: Vec<FileDraftRef<'a>>,
}

#[derive(Serialize)]
struct FileDraftRef<'a> {
    name: &'a str,
    saved_at: &'a str,
    plan: &'a Plan,
}

/// The `.json` file a user downloads: one or several drafts with the app
/// marker and the schema version. Pretty-printed, since people open it.
pub fn export_file(drafts: &[(DraftMeta, Plan)], exported_at: &str) -> String {
    let file = FileRef {
        app: APP_MARKER,
        schema_version: SCHEMA_VERSION,
        exported_at,
        drafts: drafts
            .iter()
            .map(|(meta, plan)| FileDraftRef {
                name: &meta.name,
                saved_at: &meta.saved_at,
                plan,
            })
            .collect(),
    };
    // Same reasoning as in `encode`.
    serde_json::to_string_pretty(&file).expect("a draft file always serialises to JSON")
}

/// Reads a draft file: a file from [`export_file`] (any version up to the
/// current one) or a single envelope from [`encode`]. Returns each draft's
/// name and normalised plan, or an error and nothing at all.
pub fn import_file(bytes: &[u8]) -> Result<Vec<(String, Plan)>, ImportError> {
    // Checked before anything else so a huge file costs nothing to refuse.
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            size: bytes.len(),
            max: MAX_IMPORT_BYTES,
        });
    }
    let text = file_text(bytes)?;
    let value = parse_json(&text).map_err(Fault::into_import)?;
    let Value::Object(mut obj) = value else {
        return Err(ImportError::NotOurs);
    };

    match obj.get("app") {
        Some(Value::String(app)) if app == APP_MARKER => {}
        Some(_) => return Err(ImportError::NotOurs),
        // A bare envelope, e.g. a value copied out of localStorage.
        None if obj.contains_key("schema_version") && obj.contains_key("plan") => {
            let envelope = envelope_from_value(Value::Object(obj)).map_err(Fault::into_import)?;
            let name = default_name(&envelope.plan);
            return Ok(vec![(name, envelope.plan)]);
        }
        None => return Err(ImportError::NotOurs),
    }

    let version = read_version(&obj, SCHEMA_VERSION).map_err(Fault::into_import)?;
    let Some(Value::Array(entries)) = obj.remove("drafts") else {
        return Err(Fault::Shape("thiếu danh sách bản nháp (drafts)".into()).into_import());
    };
    if entries.is_empty() {
        return Err(ImportError::NoDrafts);
    }
    let count = entries.len();
    let mut out = Vec::with_capacity(count);
    for (i, entry) in entries.into_iter().enumerate() {
        let which = |detail: String| {
            let detail = if count > 1 {
                format!("bản nháp thứ {}: {detail}", i + 1)
            } else {
                detail
            };
            ImportError::WrongShape { detail }
        };
        let Value::Object(mut e) = entry else {
            return Err(which("mục bản nháp không phải là một đối tượng".into()));
        };
        let plan = e
            .remove("plan")
            .ok_or_else(|| which("thiếu phần nội dung kế hoạch (plan)".into()))?;
        let plan = plan_from_value(plan, version).map_err(|f| match f {
            Fault::Shape(d) => which(d),
            other => other.into_import(),
        })?;
        let name = match e.get("name") {
            Some(Value::String(n)) => collapse_spaces(&clean(n)),
            _ => String::new(),
        };
        let name = if name.is_empty() {
            default_name(&plan)
        } else {
            name
        };
        out.push((name, plan));
    }
    Ok(out)
}

/// The file's bytes as text: UTF-8 (with or without BOM) or UTF-16 with a
/// BOM (what "Unicode" means in older Windows editors).
fn file_text(bytes: &[u8]) -> Result<Cow<'_, str>, ImportError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return std::str::from_utf8(rest)
            .map(Cow::Borrowed)
            .map_err(|_| ImportError::NotText);
    }
    let utf16 = |rest: &[u8], from: fn([u8; 2]) -> u16| {
        if !rest.len().is_multiple_of(2) {
            return Err(ImportError::NotText);
        }
        let units = rest.chunks_exact(2).map(|c| from([c[0], c[1]]));
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map(Cow::Owned)
            .map_err(|_| ImportError::NotText)
    };
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, u16::from_be_bytes);
    }
    // The likeliest wrong pick is the .docx the app itself exported.
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(ImportError::Docx);
    }
    std::str::from_utf8(bytes)
        .map(Cow::Borrowed)
        .map_err(|_| ImportError::NotText)
}

// ---------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------

/// A short name for a new draft: its trích yếu, or else what kind of plan it
/// is and its period ("Kế hoạch bình đẳng giới năm học 2024-2025").
pub fn default_name(plan: &Plan) -> String {
    let subject = collapse_spaces(&clean(&plan.title.subject));
    if !subject.is_empty() {
        return shorten(&subject, NAME_MAX_CHARS);
    }
    let base = match plan.kind {
        PlanKind::Annual | PlanKind::MultiYear => "Kế hoạch bình đẳng giới",
        PlanKind::ActionMonth => "Tháng hành động vì bình đẳng giới",
        PlanKind::GenderAndChildren => "Kế hoạch bình đẳng giới và trẻ em",
    };
    match period_phrase(plan.period) {
        Some(when) => format!("{base} {when}"),
        None => base.to_string(),
    }
}

fn period_phrase(period: Period) -> Option<String> {
    match period {
        Period::Year { year } if year > 0 => Some(format!("năm {year}")),
        Period::SchoolYear { start } if start > 0 => {
            Some(format!("năm học {start}-{}", u32::from(start) + 1))
        }
        Period::Span { from, to } if from > 0 && to > 0 => Some(format!("giai đoạn {from}-{to}")),
        _ => None,
    }
}

/// `wanted`, or `wanted (bản sao N)` with the smallest N ≥ 2 not in
/// `existing`. Names compare ignoring case, spacing and Unicode form, the
/// way a person reading the list would.
pub fn unique_name(existing: &[&str], wanted: &str) -> String {
    let wanted = collapse_spaces(&clean(wanted));
    let wanted = if wanted.is_empty() {
        "Bản nháp".to_string()
    } else {
        wanted
    };
    let taken: Vec<String> = existing.iter().map(|e| name_key(e)).collect();
    let is_taken = |name: &str| taken.contains(&name_key(name));
    if !is_taken(&wanted) {
        return wanted;
    }
    let base = strip_copy_suffix(&wanted);
    // At most existing.len() candidates can be taken, so this ends.
    let mut n = 2u64;
    loop {
        let candidate = format!("{base} (bản sao {n})");
        if !is_taken(&candidate) {
            return candidate;
        }
        n += 1;
    }
}

fn name_key(name: &str) -> String {
    collapse_spaces(&clean(name)).to_lowercase()
}

/// "Kế hoạch (bản sao 3)" → "Kế hoạch", so copies of copies do not nest.
fn strip_copy_suffix(name: &str) -> &str {
    let Some(inner) = name.strip_suffix(')') else {
        return name;
    };
    let Some(pos) = inner.rfind(" (bản sao ") else {
        return name;
    };
    let digits = &inner[pos + " (bản sao ".len()..];
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && pos > 0 {
        &name[..pos]
    } else {
        name
    }
}

/// Trims and turns every run of whitespace (newlines too) into one space.
fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// At most `max` characters, cut at a word boundary, with "…" when cut.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let head: String = s.chars().take(max.saturating_sub(1)).collect();
    let cut = match head.rfind(' ') {
        Some(pos) if pos > 0 => &head[..pos],
        _ => head.as_str(),
    };
    format!("{}…", cut.trim_end_matches([' ', ',', ';', ':', '-']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v1_dates_in_the_forms_people_typed() {
        let want = Date::new(2022, 3, 24);
        for s in [
            "24/3/2022",
            "24/03/2022",
            " 24-03-2022 ",
            "24.3.2022",
            "ngày 24 tháng 3 năm 2022",
            "2022-03-24",
        ] {
            assert_eq!(parse_v1_date(s), want, "{s}");
        }
        for s in [
            "",
            "31/4/2022",
            "24/3",
            "24/3/22",
            "1/2/3/2022",
            "99999/1/2022",
        ] {
            assert_eq!(parse_v1_date(s), None, "{s}");
        }
    }

    #[test]
    fn v1_recipients_lose_dashes_semicolons_and_the_luu_line() {
        let (list, archive) = split_v1_recipients(
            "- Phòng GD&ĐT (để báo cáo);\r\n-  Các tổ chuyên môn;\n\n- Lưu: VT, BVSTBPN.",
        );
        assert_eq!(list, ["Phòng GD&ĐT (để báo cáo)", "Các tổ chuyên môn"]);
        assert_eq!(archive.as_deref(), Some("BVSTBPN"));
        let (_, archive) = split_v1_recipients("- Lưu VT.");
        assert_eq!(archive.as_deref(), Some(""));
        let (list, archive) = split_v1_recipients("- Lưu trữ hồ sơ;");
        assert_eq!(list, ["Lưu trữ hồ sơ"]);
        assert_eq!(archive, None);
    }

    #[test]
    fn sizes_read_as_megabytes_with_a_decimal_comma() {
        assert_eq!(megabytes(2 * 1024 * 1024, Lang::Vi), "2 MB");
        assert_eq!(megabytes(5 * 1024 * 1024 / 2, Lang::Vi), "2,5 MB");
        assert_eq!(megabytes(2 * 1024 * 1024 + 1, Lang::Vi), "2,1 MB");
        assert_eq!(megabytes(5 * 1024 * 1024 / 2, Lang::En), "2.5 MB");
    }

    #[test]
    fn copy_suffix_is_stripped_only_when_it_is_one() {
        assert_eq!(strip_copy_suffix("A (bản sao 3)"), "A");
        assert_eq!(strip_copy_suffix("A (bản sao x)"), "A (bản sao x)");
        assert_eq!(strip_copy_suffix("A (2024)"), "A (2024)");
    }
}
