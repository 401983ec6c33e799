//! The compact NFC of `domain::text` against the reference implementation
//! (the `unicode-normalization` crate) on arbitrary Latin text with marks.
#![cfg(not(target_arch = "wasm32"))]

use kehoach_bdg::domain::text::{clean, nfc};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

/// Latin letters (plain, precomposed, Vietnamese) and combining marks,
/// in any order: the text Vietnamese keyboards and copies produce.
fn latin_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => proptest::char::range('a', 'z'),
        2 => proptest::char::range('A', 'Z'),
        2 => proptest::char::range('\u{C0}', '\u{24F}'),
        3 => proptest::char::range('\u{1E00}', '\u{1EFF}'),
        4 => proptest::char::range('\u{300}', '\u{36F}'),
        1 => Just(' '),
        1 => Just('đ'),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn nfc_matches_the_reference_on_latin(s in proptest::collection::vec(latin_char(), 0..24)) {
        let s: String = s.into_iter().collect();
        let expected: String = s.nfc().collect();
        prop_assert_eq!(nfc(&s), expected);
    }

    #[test]
    fn nfd_vietnamese_comes_back_composed(s in "[a-zA-ZàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđĐ ]{0,40}") {
        let nfd: String = s.nfd().collect();
        prop_assert_eq!(clean(&nfd), s);
    }
}
