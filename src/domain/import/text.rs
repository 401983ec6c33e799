//! Pasted or saved text as [`Line`]s, with the noise of copies from web
//! pages and PDFs taken out: NFC (the project's own, `text::nfc`), control
//! characters, no-break and zero-width spaces, Markdown bold markers, and
//! lines a PDF broke inside a sentence joined again. Runs of spaces are kept
//! in [`Line::raw`] (they may be all that separates the header's two
//! columns) and collapsed in [`Line::text`].

use super::blocks::Line;
use crate::domain::text::nfc;

/// The lines of a text, empty lines dropped, broken sentences joined.
pub fn text_lines(text: &str) -> Vec<Line> {
    let cleaned = nfc(&scrub(text));
    let mut out: Vec<Line> = Vec::new();
    // Was the previous source line empty? A blank line always ends a paragraph.
    let mut after_blank = true;
    for raw in cleaned.split('\n') {
        let line = Line::plain(raw.trim_end());
        if line.text.is_empty() {
            after_blank = true;
            continue;
        }
        match out.last_mut() {
            Some(prev) if !after_blank && continues(&prev.text, &line.text) => {
                prev.raw.push(' ');
                prev.raw.push_str(line.raw.trim_start());
                prev.text.push(' ');
                prev.text.push_str(&line.text);
            }
            _ => out.push(line),
        }
        after_blank = false;
    }
    out
}

/// Control characters out (tabs and newlines kept), `\r\n` and `\r` as
/// `\n`, invisible spaces out, no-break spaces as spaces, "**" out.
fn scrub(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' | '\t' => out.push(c),
            '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{3000}' => out.push(' '),
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => {}
            '\u{2028}' | '\u{2029}' => out.push('\n'),
            '*' if chars.peek() == Some(&'*') => {
                chars.next();
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Does `next` continue the sentence `prev` was cut in? Only when `prev`
/// does not end a sentence or a heading and `next` starts in lower case
/// and is not a list item ("a)"): a new paragraph, item or heading starts
/// with a capital, a digit, a dash or a letter and a parenthesis.
fn continues(prev: &str, next: &str) -> bool {
    let ends = prev.ends_with(['.', ';', ':', '!', '?']);
    let starts_lower = next.chars().next().is_some_and(char::is_lowercase);
    let prev_upper = crate::domain::nd30::is_all_upper(prev);
    let starts_item = super::items::marker(next).0 != super::items::Marker::None;
    !ends && starts_lower && !prev_upper && !starts_item
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        text_lines(s).into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn nfd_spaces_and_markdown_are_cleaned() {
        let got = texts("Vie\u{302}\u{323}t   Nam\u{a0}**mới**\r\n\r\n");
        assert_eq!(got, ["Việt Nam mới"]);
    }

    #[test]
    fn lines_cut_inside_a_sentence_are_joined() {
        let got = texts("- Tổ chức tập huấn cho\ngiáo viên về giới.\n- Tuyên truyền\nII. TỔ CHỨC");
        assert_eq!(
            got,
            [
                "- Tổ chức tập huấn cho giáo viên về giới.",
                "- Tuyên truyền",
                "II. TỔ CHỨC"
            ]
        );
    }

    #[test]
    fn blank_lines_and_capitals_keep_lines_apart() {
        let got = texts("Căn cứ Kế hoạch\n\nngày mai\nPHÒNG GD\nphường");
        assert_eq!(got, ["Căn cứ Kế hoạch", "ngày mai", "PHÒNG GD", "phường"]);
    }

    #[test]
    fn raw_keeps_the_columns_apart() {
        let l = &text_lines("Số: 05/KH-X\t\tHà Nội, ngày 05 tháng 3 năm 2024")[0];
        assert!(l.raw.contains('\t'));
        assert_eq!(l.text, "Số: 05/KH-X Hà Nội, ngày 05 tháng 3 năm 2024");
    }
}
