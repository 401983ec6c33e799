//! The end of a document: the Nơi nhận list (its "Lưu" line gives the
//! archive units) and the signer block (quyền hạn prefix, titles, name).
//! What fits neither is kept in `Plan::unplaced` under its section.

use super::body::Body;
use super::items::{marker, Marker};
use super::words::{fold, is_caps};
use crate::domain::plan::Authority;
use crate::domain::section::SectionId;

/// A title line of the signer ("HIỆU TRƯỞNG", "KT. GIÁM ĐỐC").
pub(super) fn is_signer_start(text: &str) -> bool {
    let f = fold(text);
    is_caps(text)
        && text.split_whitespace().count() <= 8
        && !matches!(marker(text).0, Marker::Roman(_))
        && (authority_of(text).is_some()
            || [
                "hieu truong",
                "giam đoc",
                "truong phong",
                "chu tich",
                "truong ban",
                "thu truong",
                "bi thu",
                "truong khoa",
                "to truong",
            ]
            .iter()
            .any(|k| f.starts_with(k) || f.starts_with(&format!("pho {k}"))))
}

fn authority_of(text: &str) -> Option<(Authority, &str)> {
    for (p, a) in [
        ("KT.", Authority::Kt),
        ("TM.", Authority::Tm),
        ("TUQ.", Authority::Tuq),
        ("TL.", Authority::Tl),
        ("Q.", Authority::Q),
    ] {
        if let Some(rest) = text.strip_prefix(p) {
            return Some((a, rest.trim()));
        }
    }
    None
}

/// "Nguyễn Thị Lan": two to six words, each capitalised, no digits.
fn looks_like_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=7).contains(&words.len())
        && !text.chars().any(|c| c.is_ascii_digit())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// The columns of a line at the end of a document, where Nơi nhận and the
/// signer stand side by side: cut at tabs, and at a wide run of spaces
/// (text pasted from a web page or a PDF) when what follows is the
/// signer's (a title in capitals or a name), never inside a recipient.
pub(super) fn tail_columns(raw: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in raw.split('\t') {
        let mut rest = part.trim();
        while let Some(i) = rest.find("   ") {
            let right = rest[i..].trim_start();
            let right_collapsed = super::blocks::collapse(right);
            let signer_side = is_caps(&right_collapsed)
                || authority_of(&right_collapsed).is_some()
                || looks_like_name(&right_collapsed);
            if !signer_side {
                break;
            }
            out.push(super::blocks::collapse(&rest[..i]));
            rest = right;
        }
        out.push(super::blocks::collapse(rest));
    }
    out
}

impl Body<'_> {
    pub(super) fn recipient(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        let (m, rest) = marker(text);
        let listed = matches!(m, Marker::Dash | Marker::Plus) || text.ends_with(';');
        if !listed {
            self.unplace(Some(SectionId::Recipients), text);
            return;
        }
        let item = rest.trim().trim_end_matches([';', '.', ',']).trim();
        if let Some(units) = item
            .strip_prefix("Lưu")
            .map(|u| u.trim_start_matches([':', ' ']))
        {
            let units: Vec<&str> = units
                .split(',')
                .map(str::trim)
                .filter(|u| !u.is_empty() && fold(u) != "vt")
                .collect();
            self.plan.archive_units = units.join(", ");
        } else if !item.is_empty() {
            self.plan.recipients.push(item.to_string());
        }
    }

    pub(super) fn signer(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        let s = &mut self.plan.signer;
        if let Some((a, rest)) = authority_of(text) {
            if s.title.is_empty() {
                s.authority = a;
                s.title = rest.to_string();
                return;
            }
        } else if is_caps(text) && text.split_whitespace().count() <= 10 {
            if s.title.is_empty() {
                s.title = text.to_string();
                return;
            }
            if s.authority.needs_second_title() && s.deputy_title.is_empty() {
                s.deputy_title = text.to_string();
                return;
            }
            if s.name.is_empty() && looks_like_name(text) {
                s.name = text.to_string();
                return;
            }
        } else if s.name.is_empty() && !s.title.is_empty() && looks_like_name(text) {
            s.name = text.to_string();
            return;
        }
        self.unplace(Some(SectionId::Signature), text);
    }
}

#[cfg(test)]
mod tests {
    use super::tail_columns;

    #[test]
    fn pasted_recipients_and_signer_come_apart_at_wide_spaces() {
        assert_eq!(
            tail_columns("Nơi nhận:                      HIỆU TRƯỞNG"),
            ["Nơi nhận:", "HIỆU TRƯỞNG"]
        );
        assert_eq!(
            tail_columns("- Lưu: VT.          Nguyễn Thị Hoa"),
            ["- Lưu: VT.", "Nguyễn Thị Hoa"]
        );
        assert_eq!(
            tail_columns("- Phòng GD&ĐT\tKT. HIỆU TRƯỞNG"),
            ["- Phòng GD&ĐT", "KT. HIỆU TRƯỞNG"]
        );
        // A wide gap inside a recipient is not a column.
        assert_eq!(
            tail_columns("- UBND xã    (để báo cáo);"),
            ["- UBND xã (để báo cáo);"]
        );
    }
}
