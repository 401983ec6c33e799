//! Every user-facing string of the interface, in Vietnamese (first) and
//! English, in one table.
//!
//! Keys are typed (`S::AppName`), so a missing string is a compile error. The
//! end-to-end tests read the same table (exported as JSON by the native CLI)
//! instead of hard-coding copy.

use crate::domain::section::SectionId;
use serde::{Deserialize, Serialize};

/// Interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

macro_rules! strings {
    ($($key:ident => $vi:expr, $en:expr;)*) => {
        /// A user-facing string.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum S { $($key),* }

        impl S {
            /// Every string, for export to the tests.
            pub const ALL: &'static [S] = &[$(S::$key),*];

            /// The key's name, as the tests see it.
            pub fn key(self) -> &'static str {
                match self { $(S::$key => stringify!($key)),* }
            }

            /// The text in a language.
            pub fn t(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((S::$key, Lang::Vi) => $vi, (S::$key, Lang::En) => $en,)*
                }
            }
        }
    };
}

strings! {
    AppName => "Soạn Kế hoạch bình đẳng giới", "Gender equality plan builder";
    AppTagline => "Đúng thể thức Nghị định 30/2020/NĐ-CP, soạn ngay trên trình duyệt, không gửi dữ liệu đi đâu.",
        "Laid out to Decree 30/2020, written in your browser; nothing leaves it.";
    SectionsNav => "Các phần của kế hoạch", "Sections of the plan";
    MainRegion => "Nội dung soạn thảo", "Editor";
    SecHeader => "Thông tin văn bản", "Document details";
    SecTitle => "Tên loại và trích yếu", "Title and subject";
    SecBasis => "Căn cứ", "Legal basis";
    SecPurposes => "Mục đích, yêu cầu", "Purposes and requirements";
    SecTargets => "Mục tiêu, chỉ tiêu", "Objectives and targets";
    SecTasks => "Nội dung, nhiệm vụ, giải pháp", "Tasks and measures";
    SecOrganisation => "Tổ chức thực hiện", "Implementation";
    SecFunding => "Kinh phí", "Funding";
    SecReporting => "Chế độ báo cáo", "Reporting";
    SecClosing => "Kết thúc văn bản", "Closing";
    SecRecipients => "Nơi nhận", "Recipients";
    SecSignature => "Chữ ký", "Signature";
    SecAppendices => "Phụ lục", "Appendices";
    WelcomeTitle => "Bắt đầu soạn kế hoạch", "Start your plan";
    WelcomeBody => "Chọn một phần ở danh sách bên trái để soạn. Danh sách kiểm tra cho biết phần nào còn thiếu.",
        "Pick a section on the left to write it. The checklist shows what is still missing.";
}

impl SectionId {
    /// The section's heading in the editor.
    pub fn label(self) -> S {
        match self {
            SectionId::Header => S::SecHeader,
            SectionId::Title => S::SecTitle,
            SectionId::Basis => S::SecBasis,
            SectionId::Purposes => S::SecPurposes,
            SectionId::Targets => S::SecTargets,
            SectionId::Tasks => S::SecTasks,
            SectionId::Organisation => S::SecOrganisation,
            SectionId::Funding => S::SecFunding,
            SectionId::Reporting => S::SecReporting,
            SectionId::Closing => S::SecClosing,
            SectionId::Recipients => S::SecRecipients,
            SectionId::Signature => S::SecSignature,
            SectionId::Appendices => S::SecAppendices,
        }
    }
}

/// The whole table as JSON `{ "vi": {key: text}, "en": {…} }`, for the e2e tests.
pub fn table_json() -> String {
    let mut out = serde_json::Map::new();
    for lang in [Lang::Vi, Lang::En] {
        let m: serde_json::Map<String, serde_json::Value> = S::ALL
            .iter()
            .map(|s| (s.key().to_string(), s.t(lang).into()))
            .collect();
        out.insert(lang.code().into(), m.into());
    }
    serde_json::Value::Object(out).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_has_both_languages() {
        for s in S::ALL {
            assert!(!s.t(Lang::Vi).trim().is_empty(), "{:?} vi", s);
            assert!(!s.t(Lang::En).trim().is_empty(), "{:?} en", s);
        }
    }
}
