//! The reader never panics, whatever it is given: arbitrary text made of
//! the pieces plans are made of (markers, headings, header words, dates,
//! Vietnamese letters, tabs, runs of spaces), and arbitrary bytes.

#![cfg(not(target_arch = "wasm32"))]

use kehoach_bdg::domain::catalogue::Catalogue;
use kehoach_bdg::domain::import::{check, read, read_text};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "KẾ HOẠCH",
    "Kế hoạch ",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số:",
    "Số: 05/KH-THHB",
    " / ",
    "KH - ",
    "Hòa Bình, ngày ",
    " tháng ",
    " năm 2024",
    "I. ",
    "II. MỤC ĐÍCH",
    "1. ",
    "a) ",
    "- ",
    "+ ",
    "Căn cứ ",
    "Thực hiện ",
    "Kế hoạch số 12/KH-UBND",
    "ngày 5/3/2024",
    " của ",
    " về ",
    "Nơi nhận:",
    "- Lưu: VT.",
    "KT. HIỆU TRƯỞNG",
    "TM. ",
    "Phụ lục",
    "Trên đây là",
    "./.",
    "báo cáo",
    " trước ngày 10/6 và 20/12",
    " qua ",
    "(",
    ")",
    ":",
    ";",
    "\t",
    "   ",
    "\n",
    "\n\n",
    "Kính gửi:",
    "V/v ",
    "100%",
    " lượt ",
    "Mục tiêu 1:",
    "TỔ CHỨC THỰC HIỆN",
    "Hiệu trưởng: ",
    "ệ",
    "e\u{302}\u{323}",
    "đ",
    "Đ",
    "…",
    "**",
    "–",
];

fn documents() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_text_reads_and_checks(text in documents()) {
        let r = read_text(&text).recognised;
        let _ = check(&r, Catalogue::builtin(), None);
    }

    #[test]
    fn any_bytes_read_or_say_why(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        if let Ok(docs) = read(&bytes) {
            for d in docs {
                let _ = check(&d.recognised, Catalogue::builtin(), None);
            }
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,400}") {
        let _ = read_text(&text);
    }
}
