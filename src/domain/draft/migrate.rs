//! Bringing drafts written by older releases up to date, on
//! `serde_json::Value`, one schema version at a time (history in `mod.rs`).

use super::*;

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

pub(super) fn migrate_value(plan: Value, from_version: u32) -> Result<Value, Fault> {
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
}
