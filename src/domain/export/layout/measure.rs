//! How wide a line of Times New Roman is, without a font: enough to break
//! a centred heading into balanced lines and to size the short rules.

use super::blocks::{Points, Twips};

/// Shortest rule drawn (5 mm), so a two-letter issuer still gets a
/// visible line.
const MIN_RULE: Twips = Twips(283);

/// A short rule's length: a third of the widest of `lines` (ND30 §2),
/// at most a third of `container`, at least [`MIN_RULE`].
pub(super) fn third_of_widest(
    lines: &[String],
    size: Points,
    bold: bool,
    container: Twips,
) -> Twips {
    let widest = lines.iter().map(|l| text_width(l, size, bold)).max();
    let line = widest.unwrap_or_default().min(container);
    Twips(line.0 / 3).max(MIN_RULE)
}

/// Breaks a centred line that would wrap in its `width` into two lines of
/// about equal length, the way typists break a long issuer name or trích
/// yếu ("TRƯỜNG TIỂU HỌC / THỊNH QUANG" rather than a lone "QUANG"). A
/// line that fits, or that two lines cannot hold, is returned as it is and
/// left to the word processor's wrapping.
pub fn balance(line: &str, size: Points, bold: bool, width: Twips) -> Vec<String> {
    // The width estimate is good to a few per cent: keep 5 % in hand.
    let usable = Twips(width.0 * 95 / 100);
    if text_width(line, size, bold) <= usable {
        return vec![line.to_string()];
    }
    let words: Vec<&str> = line.split(' ').collect();
    // Among the splits that fit, prefer a first line at least as long as
    // the second (the usual shape of a centred heading: "PHÒNG GIÁO DỤC /
    // VÀ ĐÀO TẠO"), then the most even one.
    let best = (1..words.len())
        .map(|i| {
            let (first, second) = (words[..i].join(" "), words[i..].join(" "));
            let first_width = text_width(&first, size, bold);
            let second_width = text_width(&second, size, bold);
            (
                first_width < second_width,
                first_width.max(second_width),
                first,
                second,
            )
        })
        .filter(|(_, widest, _, _)| *widest <= usable)
        .min_by_key(|(top_heavy_not, widest, _, _)| (*top_heavy_not, *widest));
    match best {
        Some((_, _, first, second)) => vec![first, second],
        None => vec![line.to_string()],
    }
}

/// Estimated width of one line of Times New Roman.
///
/// There are no font metrics in the browser-free domain, so this sums the
/// standard Times advance widths (the Adobe "Times-Roman"/"Times-Bold" AFM
/// values, which Times New Roman and Liberation Serif share) of each
/// character's base letter: "Ộ" counts as "O". Unknown characters count as
/// half an em. The result is good to a few per cent, enough to size the
/// short rules of ND30 §2 (1/3 of a line) and the Tiêu ngữ rule.
pub fn text_width(s: &str, size: Points, bold: bool) -> Twips {
    let per_mille: u32 = s
        .chars()
        .map(|c| {
            let base = match c {
                'Đ' => 'D',
                'đ' => 'd',
                c => crate::domain::text::base_char(c),
            };
            advance(base, bold)
        })
        .sum();
    // per-mille of an em × size in points × 20 twips per point.
    Twips(per_mille * u32::from(size.0) * 20 / 1000)
}

/// Advance widths of the letters in thousandths of an em (Times AFM): A–Z
/// regular and bold, then a–z regular and bold.
const LETTER_ADVANCES: [[u32; 26]; 4] = [
    [
        722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667,
        556, 611, 722, 722, 944, 722, 722, 611,
    ],
    [
        722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722,
        556, 667, 722, 722, 1000, 722, 722, 667,
    ],
    [
        444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333,
        389, 278, 500, 500, 722, 500, 500, 444,
    ],
    [
        500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444,
        389, 333, 556, 500, 722, 500, 500, 444,
    ],
];

/// Advance width in thousandths of an em (Times AFM).
fn advance(c: char, bold: bool) -> u32 {
    let (table, first) = match c {
        'A'..='Z' => (0, 'A'),
        'a'..='z' => (2, 'a'),
        '0'..='9' => return 500,
        ' ' | '.' | ',' => return 250,
        ':' | ';' | '/' => return 278,
        '-' | '(' | ')' => return 333,
        '&' => return 778,
        _ => return 500,
    };
    let weight = usize::from(bold);
    LETTER_ADVANCES[table + weight][(u32::from(c) - u32::from(first)) as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn width_estimate_uses_base_letters_and_weight() {
        // "Độ" measures as "Do": D 722 + o 500 (bold) = 1222‰ of 10 pt.
        assert_eq!(text_width("Độ", Points(10), true), Twips(244));
        assert!(text_width("HOA", Points(12), true) > text_width("HOA", Points(12), false));
    }

    #[test]
    fn a_long_issuer_breaks_top_heavy() {
        let lines = balance("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", Points(12), true, Twips(3742));
        assert_eq!(lines, ["PHÒNG GIÁO DỤC", "VÀ ĐÀO TẠO"]);
    }
}
