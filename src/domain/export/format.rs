//! The export formats, and what the page, the export worker and the
//! command line need to know about each: its name and extension, its media
//! type, the download name for a plan, and how to render it.

use crate::domain::export::{docx, html, txt, ExportError};
use crate::domain::plan::{Period, Plan};

/// A file the plan can be exported as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// The Word document the school prints and signs.
    Docx,
    /// A standalone printable HTML page.
    Html,
    /// Plain text for pasting into other systems.
    Txt,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Docx, Format::Html, Format::Txt];

    /// The file extension, without the dot; also the format's name in the
    /// export worker's messages and on the command line.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Html => "html",
            Format::Txt => "txt",
        }
    }

    /// The media type of the file.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            Format::Html => "text/html;charset=utf-8",
            Format::Txt => "text/plain;charset=utf-8",
        }
    }

    /// The format of an [`extension`](Format::extension), written exactly
    /// so (the export worker's messages).
    pub fn from_extension(extension: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.extension() == extension)
    }

    /// The format a name or extension a person typed stands for, in any
    /// case: "docx", "html" or "htm", "txt" or "text" (the command line).
    pub fn parse(name: &str) -> Option<Format> {
        match name.to_ascii_lowercase().as_str() {
            "htm" => Some(Format::Html),
            "text" => Some(Format::Txt),
            exact => Format::from_extension(exact),
        }
    }

    /// The download name of the plan in this format, see [`file_name`].
    pub fn file_name(self, plan: &Plan) -> String {
        file_name(plan, self.extension())
    }

    /// The plan as a file of this format.
    ///
    /// The page makes the .txt on its own with [`txt::to_text`] rather
    /// than through here: a call to `render` would pull the .docx writer
    /// into the editor's wasm, which keeps it in the export worker.
    pub fn render(self, plan: &Plan) -> Result<Vec<u8>, ExportError> {
        match self {
            Format::Docx => docx::to_docx(plan),
            Format::Html => Ok(html::to_html_page(plan).into_bytes()),
            Format::Txt => Ok(txt::to_text(plan).into_bytes()),
        }
    }
}

/// A download name such as "KH-BDG-2024-truong-th-thinh-quang.docx": plan
/// type, year (or "2024-2025", "2021-2030") and the issuer as an ASCII slug
/// (no diacritics, "đ" → "d", school types shortened). Parts that are not
/// set are left out, down to "KH-BDG.docx"; an empty `ext` gives the name
/// without extension.
pub fn file_name(plan: &Plan, ext: &str) -> String {
    let mut parts = vec!["KH-BDG".to_string()];
    let years = match plan.period {
        Period::Year { year } if year > 0 => year.to_string(),
        Period::SchoolYear { start } if start > 0 => {
            format!("{start}-{}", u32::from(start) + 1)
        }
        Period::Span { from, to } if from > 0 && to > 0 && from != to => format!("{from}-{to}"),
        Period::Span { from, .. } if from > 0 => from.to_string(),
        _ => String::new(),
    };
    if !years.is_empty() {
        parts.push(years);
    }
    let mut issuer = slug(&plan.header.issuer);
    if issuer.is_empty() {
        issuer = slug(&plan.header.issuer_abbr);
    }
    if !issuer.is_empty() {
        parts.push(issuer);
    }
    let ext: String = ext
        .trim()
        .trim_start_matches('.')
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    let stem = parts.join("-");
    if ext.is_empty() {
        stem
    } else {
        format!("{stem}.{ext}")
    }
}

/// Longest issuer slug, cut at a word boundary.
const SLUG_MAX: usize = 60;

/// "Trường Tiểu học Thịnh Quang" → "truong-th-thinh-quang".
pub fn slug(s: &str) -> String {
    let mut ascii = String::with_capacity(s.len());
    for c in crate::domain::text::nfd_chars(&crate::domain::text::clean(s)) {
        match c {
            'đ' | 'Đ' => ascii.push('d'),
            c if crate::domain::text::is_combining_mark(c) => {}
            c if c.is_ascii_alphanumeric() => ascii.push(c.to_ascii_lowercase()),
            _ => ascii.push('-'),
        }
    }
    let words: Vec<&str> = ascii.split('-').filter(|w| !w.is_empty()).collect();
    // Padded with "-" so that replacements match whole words only.
    let mut padded = format!("-{}-", words.join("-"));
    for (long, short) in [
        ("-tieu-hoc-", "-th-"),
        ("-trung-hoc-co-so-", "-thcs-"),
        ("-trung-hoc-pho-thong-", "-thpt-"),
        ("-mam-non-", "-mn-"),
        ("-giao-duc-va-dao-tao-", "-gddt-"),
    ] {
        // Twice, because adjacent matches share their "-".
        padded = padded.replace(long, short).replace(long, short);
    }
    let mut out = String::new();
    for word in padded.split('-').filter(|w| !w.is_empty()) {
        let extra = if out.is_empty() {
            word.len()
        } else {
            word.len() + 1
        };
        if out.len() + extra > SLUG_MAX {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_shortens_school_types() {
        assert_eq!(slug("Trường Tiểu học Thịnh Quang"), "truong-th-thinh-quang");
        assert_eq!(
            slug("Trường THCS và THPT Đồng Đăng"),
            "truong-thcs-va-thpt-dong-dang"
        );
        assert_eq!(slug("  "), "");
    }

    #[test]
    fn names_and_extensions_round_trip() {
        for format in Format::ALL {
            assert_eq!(Format::from_extension(format.extension()), Some(format));
            assert_eq!(Format::parse(format.extension()), Some(format));
        }
        assert_eq!(Format::from_extension("DOCX"), None);
        assert_eq!(Format::parse("HTM"), Some(Format::Html));
        assert_eq!(Format::parse("pdf"), None);
    }
}
