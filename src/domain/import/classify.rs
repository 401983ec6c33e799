//! What kind of file the user gave, decided from its first bytes with a
//! bounded cost: a .docx, text (UTF-8, or UTF-16 with a byte-order mark), a
//! draft file of this app, or one of the files we cannot read, each with a
//! message that says what to do instead.
//!
//! Limits: the file itself ([`MAX_FILE_BYTES`]) and, for a .docx, the
//! unpacked size of its text part ([`MAX_DOCUMENT_XML_BYTES`], so a zip
//! bomb stops after that many bytes, whatever its header claims).

use crate::domain::draft::ImportError;
use crate::domain::strings::error_enum;

/// Largest file read. A 15-page plan is about 50 KB as .docx and 60 KB as
/// text; a file of several megabytes holds pictures, which we do not read.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

/// Largest unpacked `word/document.xml`. Its text of a long plan is under
/// 2 MB; more is a zip bomb or a file made of something else.
pub const MAX_DOCUMENT_XML_BYTES: usize = 16 * 1024 * 1024;

error_enum! {
    /// Why a file could not be read as a plan. The text is shown to the user.
    pub enum ReadError: message(lang) {
        Empty => (ErrReadEmpty),
        TooLarge { size: usize, max: usize } => (
            ErrReadTooLarge,
            size = megabytes(*size),
            max = megabytes(*max),
        ),
        OldWord => (ErrReadOldWord),
        Pdf => (ErrReadPdf),
        Image { format: &'static str } => (ErrReadImage, format),
        Encrypted => (ErrReadEncrypted),
        NotDocx => (ErrReadNotDocx),
        BrokenDocx { detail: String } => (ErrReadBrokenDocx, detail),
        DocxTooBig { max: usize } => (ErrReadDocxTooBig, max = megabytes(*max)),
        NotText => (ErrReadNotText),
        Draft(error: ImportError) => { error.message(lang) },
    }
}

/// "2,5 MB" (decimal comma; the English text reads it as well).
fn megabytes(bytes: usize) -> String {
    let tenths = (bytes as u64 * 10 + 512 * 1024) / (1024 * 1024);
    if tenths.is_multiple_of(10) {
        format!("{} MB", tenths / 10)
    } else {
        format!("{},{} MB", tenths / 10, tenths % 10)
    }
}

/// The kind of a file, from its content (never its name: a PNG renamed
/// .docx is still a PNG).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Docx,
    /// Text, with the encoding found.
    Text(Encoding),
    /// JSON: a draft file or a bare plan.
    Json,
}

/// Encoding of a text file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
}

const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Decides what `bytes` are, or why they cannot be read.
pub fn classify(bytes: &[u8]) -> Result<Kind, ReadError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge {
            size: bytes.len(),
            max: MAX_FILE_BYTES,
        });
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ReadError::Empty);
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Ok(Kind::Docx);
    }
    if bytes.starts_with(OLE) {
        // A password-protected .docx is an OLE container holding the
        // encrypted package under this (UTF-16) stream name; anything else
        // in OLE is a Word 97–2003 file (or Excel, which we treat alike).
        let name: Vec<u8> = "EncryptedPackage"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        return Err(if contains(bytes, &name) {
            ReadError::Encrypted
        } else {
            ReadError::OldWord
        });
    }
    if bytes.starts_with(b"%PDF-") {
        return Err(ReadError::Pdf);
    }
    if bytes.starts_with(b"{\\rtf") {
        return Err(ReadError::OldWord);
    }
    for (magic, format) in [
        (&b"\x89PNG"[..], "PNG"),
        (&b"\xFF\xD8\xFF"[..], "JPEG"),
        (&b"GIF8"[..], "GIF"),
        (&b"BM"[..], "BMP"),
    ] {
        if bytes.starts_with(magic) {
            return Err(ReadError::Image { format });
        }
    }
    if bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        return Err(ReadError::Image { format: "WebP" });
    }
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return Ok(Kind::Text(Encoding::Utf16Le));
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return Ok(Kind::Text(Encoding::Utf16Be));
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if std::str::from_utf8(body).is_err() || body.contains(&0) {
        return Err(ReadError::NotText);
    }
    // A draft file is a JSON object ("{" is never how a plan starts; a
    // broken draft still gets the draft reader's message). "[" may open
    // pasted web text ("[Tin tức] …"): JSON only if it parses.
    match body.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'{') => return Ok(Kind::Json),
        Some(b'[') if serde_json::from_slice::<serde::de::IgnoredAny>(body).is_ok() => {
            return Ok(Kind::Json)
        }
        _ => {}
    }
    Ok(Kind::Text(Encoding::Utf8))
}

/// The text of a text file (byte-order mark dropped).
pub fn decode_text(bytes: &[u8], encoding: Encoding) -> Result<String, ReadError> {
    match encoding {
        Encoding::Utf8 => {
            let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            std::str::from_utf8(body)
                .map(str::to_string)
                .map_err(|_| ReadError::NotText)
        }
        Encoding::Utf16Le | Encoding::Utf16Be => {
            let body = &bytes[2..];
            if !body.len().is_multiple_of(2) {
                return Err(ReadError::NotText);
            }
            let units = body.chunks_exact(2).map(|p| match encoding {
                Encoding::Utf16Le => u16::from_le_bytes([p[0], p[1]]),
                _ => u16::from_be_bytes([p[0], p[1]]),
            });
            char::decode_utf16(units)
                .collect::<Result<String, _>>()
                .map_err(|_| ReadError::NotText)
        }
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_from_content() {
        assert_eq!(classify(b"PK\x03\x04rest"), Ok(Kind::Docx));
        assert_eq!(classify(b"  {\"version\":1}"), Ok(Kind::Json));
        assert_eq!(classify(b"[1, 2]"), Ok(Kind::Json));
        assert_eq!(
            classify("[Tin tức] KẾ HOẠCH".as_bytes()),
            Ok(Kind::Text(Encoding::Utf8))
        );
        assert_eq!(
            classify("KẾ HOẠCH".as_bytes()),
            Ok(Kind::Text(Encoding::Utf8))
        );
        assert_eq!(
            classify(b"\xFF\xFEK\x00"),
            Ok(Kind::Text(Encoding::Utf16Le))
        );
        assert_eq!(classify(b" \n "), Err(ReadError::Empty));
        assert_eq!(classify(b"%PDF-1.7"), Err(ReadError::Pdf));
        assert_eq!(
            classify(b"\x89PNG\r\n"),
            Err(ReadError::Image { format: "PNG" })
        );
        assert_eq!(
            classify(b"\xFF\xD8\xFF\xE0"),
            Err(ReadError::Image { format: "JPEG" })
        );
        assert_eq!(classify(b"ab\xC3"), Err(ReadError::NotText));
    }

    #[test]
    fn ole_is_old_word_unless_it_holds_an_encrypted_package() {
        let mut doc = OLE.to_vec();
        doc.extend_from_slice(&[0; 64]);
        assert_eq!(classify(&doc), Err(ReadError::OldWord));
        let name: Vec<u8> = "EncryptedPackage"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        doc.extend_from_slice(&name);
        assert_eq!(classify(&doc), Err(ReadError::Encrypted));
    }

    #[test]
    fn utf16_text_decodes() {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend("Số: 05".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(
            decode_text(&bytes, Encoding::Utf16Le).as_deref(),
            Ok("Số: 05")
        );
    }

    #[test]
    fn sizes_read_as_megabytes() {
        assert_eq!(megabytes(10 * 1024 * 1024), "10 MB");
        assert_eq!(megabytes(2_621_440), "2,5 MB");
        let e = ReadError::TooLarge {
            size: 50 * 1024 * 1024,
            max: MAX_FILE_BYTES,
        };
        assert!(e.to_string().contains("50 MB"), "{e}");
    }
}
