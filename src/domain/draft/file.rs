//! The `.json` draft files users download and import again.

use super::*;

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
