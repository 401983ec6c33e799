//! Names of drafts: a default from the plan, made unique in the list.

use super::*;

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
pub(super) fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// At most `max` characters, cut at a word boundary, with "…" when cut.
pub(super) fn shorten(s: &str, max: usize) -> String {
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

/// A name for a draft whose stored text cannot be read: the first of its
/// trích yếu, issuer or title found in the text, however broken the JSON
/// around it (a value cut off mid-way gives what is there).
pub fn name_in_damaged(raw: &str) -> Option<String> {
    ["\"subject\"", "\"issuer\"", "\"name\""]
        .into_iter()
        .find_map(|field| string_after(raw, field))
        .map(|v| shorten(&collapse_spaces(&clean(&v)), NAME_MAX_CHARS))
        .filter(|v| !v.is_empty())
}

/// The JSON string value after the first `field` (a quoted key) in `raw`,
/// unescaped loosely (`\"` and `\\`; other escapes dropped).
fn string_after(raw: &str, field: &str) -> Option<String> {
    let rest = &raw[raw.find(field)? + field.len()..];
    let rest = rest
        .trim_start()
        .strip_prefix(':')?
        .trim_start()
        .strip_prefix('"')?;
    let mut out = String::new();
    let mut chars = rest.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => break,
            '\\' => match chars.next() {
                Some(e @ ('"' | '\\' | '/')) => out.push(e),
                Some('n' | 't' | 'r') => out.push(' '),
                _ => {}
            },
            c => out.push(c),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_suffix_is_stripped_only_when_it_is_one() {
        assert_eq!(strip_copy_suffix("A (bản sao 3)"), "A");
        assert_eq!(strip_copy_suffix("A (bản sao x)"), "A (bản sao x)");
        assert_eq!(strip_copy_suffix("A (2024)"), "A (2024)");
    }

    #[test]
    fn a_damaged_draft_is_named_by_what_can_still_be_read() {
        let cut = r#"{"schema_version": 2, "plan": {"header": {"issuer": "Trường THCS Lê"#;
        assert_eq!(name_in_damaged(cut).as_deref(), Some("Trường THCS Lê"));
        let both = r#"{"plan":{"header":{"issuer":"Trường A"},"title":{"subject" : "Thực hiện \"BĐG\"  năm 2027"}}"#;
        assert_eq!(
            name_in_damaged(both).as_deref(),
            Some("Thực hiện \"BĐG\" năm 2027")
        );
        assert_eq!(name_in_damaged(r#"{"plan":{"title":{"subject":""}}"#), None);
        assert_eq!(name_in_damaged("\u{0}garbage"), None);
        assert_eq!(name_in_damaged(r#"{"issuer": 5}"#), None);
    }
}
