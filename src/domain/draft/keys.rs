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
