//! Small text helpers of the reader: folding for comparisons (lower case,
//! no diacritics, so "HÒA" and "HOÀ", "Ủy" and "Uỷ" compare equal),
//! searching folded text with positions in the original, and the words that
//! name bodies and roles.

use crate::domain::text::base_char;

/// Lower case without diacritics ('đ' stays 'đ').
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(fold_char)
        .collect()
}

fn fold_char(c: char) -> char {
    // Letters with marks (Latin-1, Latin Extended, Vietnamese) through a
    // table built once; other scripts have nothing to fold here.
    static TABLE: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
    let table = || {
        TABLE.get_or_init(|| {
            ('\u{c0}'..='\u{24f}')
                .chain('\u{1e00}'..='\u{1eff}')
                .map(base_char)
                .collect()
        })
    };
    match c as u32 {
        0..=0x7f => c,
        u @ 0xc0..=0x24f => table()[(u - 0xc0) as usize],
        u @ 0x1e00..=0x1eff => table()[(u - 0x1e00) as usize + (0x250 - 0xc0)],
        _ => c,
    }
}

/// Byte index in `hay` where the folded `needle` starts (needle given
/// folded), at or after `from`. The haystack is folded once: linear in its
/// length times the needle's.
pub fn find_fold(hay: &str, needle: &str, from: usize) -> Option<usize> {
    let needle: Vec<char> = needle.chars().collect();
    if needle.is_empty() {
        return Some(from.min(hay.len()));
    }
    let folded: Vec<(usize, char)> = hay
        .char_indices()
        .filter(|&(i, _)| i >= from)
        .flat_map(|(i, c)| c.to_lowercase().map(move |l| (i, fold_char(l))))
        .collect();
    folded
        .windows(needle.len())
        .find(|w| w.iter().zip(&needle).all(|(&(_, a), &b)| a == b))
        .map(|w| w[0].0)
}

/// Does `s`, folded, start with the folded `prefix`?
pub fn starts_fold(s: &str, prefix: &str) -> bool {
    let mut hs = s.chars().flat_map(char::to_lowercase).map(fold_char);
    prefix.chars().all(|p| hs.next() == Some(p))
}

/// Does `s` contain the folded `needle`?
pub fn has_fold(s: &str, needle: &str) -> bool {
    fold(s).contains(needle)
}

/// Upper-case letters and nothing lower-case.
pub fn is_caps(s: &str) -> bool {
    crate::domain::nd30::is_all_upper(s)
}

/// Words a body's name starts with (folded, with the space after).
const BODIES: [&str; 20] = [
    "uy ban ",
    "ubnd ",
    "so ",
    "phong ",
    "truong ",
    "ban ",
    "bo ",
    "hoi ",
    "cong đoan ",
    "đoan ",
    "trung tam ",
    "đang uy ",
    "đang bo ",
    "chi bo ",
    "lien đoi ",
    "vien ",
    "hđnd ",
    "hoi đong ",
    "tong cuc ",
    "cuc ",
];

/// Does a line (in capitals) start like the name of a body?
pub fn starts_like_body(s: &str) -> bool {
    let f = fold(s);
    BODIES.iter().any(|b| f.starts_with(b))
}

/// Words that name a role or unit in "Tổ chức thực hiện" (folded).
const ROLES: [&str; 34] = [
    "hieu truong",
    "pho hieu truong",
    "truong ban",
    "pho truong ban",
    "thanh vien",
    "ban ",
    "phong ",
    "so ",
    "truong ",
    "to ",
    "tong phu trach",
    "bi thu",
    "chu tich",
    "cong đoan",
    "đoan ",
    "đoi ",
    "giao vien",
    "nhan vien",
    "can bo",
    "cb",
    "gv",
    "nv",
    "cac ",
    "lanh đao",
    "thu truong",
    "van phong",
    "khoa",
    "bo phan",
    "đon vi",
    "co so",
    "ke toan",
    "y te",
    "hoi ",
    "ubnd",
];

/// Does a short phrase look like a role or a unit?
pub fn looks_like_role(s: &str) -> bool {
    let f = fold(s);
    let words = f.split_whitespace().count();
    (1..=12).contains(&words)
        && ROLES
            .iter()
            .any(|r| f.starts_with(r) || f.contains(&format!(" {r}")))
}

/// Does a phrase start with a role or unit word ("Các đơn vị …",
/// "Công đoàn trường")?
pub fn starts_like_role(s: &str) -> bool {
    let f = fold(s);
    ROLES.iter().any(|r| f.starts_with(r))
}

/// Verbs that start a duty after a role ("… chủ trì tham mưu …").
pub const DUTY_VERBS: [&str; 16] = [
    " chu tri",
    " xay dung",
    " trien khai",
    " to chuc",
    " phoi hop",
    " theo doi",
    " chi đao",
    " tham muu",
    " bao cao",
    " tuyen truyen",
    " kiem tra",
    " chiu trach nhiem",
    " thuc hien",
    " can cu",
    " huong dan",
    " ban hanh",
];

/// A line of decoration only ("-----", "___", "***").
pub fn is_rule_line(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| "-_=*~–—.·•".contains(c) || c.is_whitespace())
}

pub use crate::domain::text::capitalize_first;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_makes_spelling_variants_equal() {
        assert_eq!(fold("CỘNG HÒA"), fold("Cộng hoà"));
        assert_eq!(fold("Ủy ban"), fold("Uỷ ban"));
        assert_eq!(fold("ĐỘC LẬP"), "đoc lap");
    }

    #[test]
    fn find_fold_gives_positions_in_the_original() {
        let s = "PHÒNG GD&ĐT HUYỆN X CỘNG HÒA XÃ HỘI";
        let i = find_fold(s, "cong hoa xa hoi", 0).unwrap();
        assert_eq!(&s[i..], "CỘNG HÒA XÃ HỘI");
        assert!(starts_like_body("PHÒNG GD&ĐT"));
        assert!(looks_like_role("Tổng phụ trách"));
        assert!(!looks_like_role("Quy trình thực hiện"));
    }
}
