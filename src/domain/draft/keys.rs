//! The `localStorage` keys of drafts, the index and the backups of what
//! could not be read, all under the namespace the host page chose.

use super::*;

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

/// What a backup key keeps: the unreadable value of one draft, or of the
/// draft list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackupOf {
    Draft(String),
    Index,
}

/// A backup key of namespace `ns`, read back: whose value it keeps and
/// when it was kept (the ISO time stamp, maybe with a "-2" of a second
/// copy in the same millisecond).
pub fn backup_from_key(ns: &str, key: &str) -> Option<(BackupOf, String)> {
    let rest = key.strip_prefix(ns)?;
    if let Some(stamp) = rest.strip_prefix(":index-backup:") {
        return Some((BackupOf::Index, stamp.to_string()));
    }
    let (id, stamp) = rest.strip_prefix(":backup:")?.split_once(':')?;
    valid_draft_id(id).then(|| (BackupOf::Draft(id.to_string()), stamp.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_keys_read_back_as_what_they_keep() {
        let stamp = "2026-12-04T23:52:55.123Z";
        let key = backup_key("kh", "18f3-0a1b", stamp);
        assert_eq!(
            backup_from_key("kh", &key),
            Some((BackupOf::Draft("18f3-0a1b".into()), stamp.into()))
        );
        let key = index_backup_key("kh", &format!("{stamp}-2"));
        assert_eq!(
            backup_from_key("kh", &key),
            Some((BackupOf::Index, format!("{stamp}-2")))
        );
        // Another namespace's, a draft key, a broken id: not ours to show.
        assert_eq!(backup_from_key("other", &key), None);
        assert_eq!(backup_from_key("kh", &draft_key("kh", "abc")), None);
        assert_eq!(backup_from_key("kh", "kh:backup:no-stamp"), None);
        assert_eq!(backup_from_key("kh", "kh:backup:a b:2026"), None);
    }
}
