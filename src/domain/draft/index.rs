//! The draft index: what the draft list shows about each draft without
//! loading it, read forgivingly (a damaged entry is skipped and counted).

use super::*;

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
