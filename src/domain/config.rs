//! The embedding options a webmaster gives, from data attributes
//! (`data-issuer="…"`) or URL parameters (`?issuer=…`), validated.
//!
//! Options are defaults for new drafts; a bad value never stops the widget:
//! it is dropped and reported with a specific message.

use crate::domain::draft::{valid_namespace, DEFAULT_NAMESPACE};
use crate::domain::strings::{error_enum, Lang};
use crate::domain::text::clean;
use crate::domain::{IssuerLevel, PlanKind};

/// Longest accepted text option, in characters.
pub const MAX_OPTION_CHARS: usize = 200;

/// Largest accepted `offset-top`, in CSS pixels: a site menu taller than
/// this would leave too little of a phone's window for the form.
pub const MAX_OFFSET_TOP: u16 = 400;

/// Every option name, as written after `data-` or as a URL parameter.
pub const OPTION_NAMES: [&str; 11] = [
    "issuer",
    "parent",
    "abbr",
    "place",
    "signer",
    "level",
    "kind",
    "lang",
    "namespace",
    "offset-top",
    "catalogue",
];

/// Validated embedding options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedConfig {
    pub issuer: String,
    pub parent_body: String,
    pub issuer_abbr: String,
    pub place: String,
    pub signer_name: String,
    pub level: Option<IssuerLevel>,
    pub kind: Option<PlanKind>,
    pub lang: Lang,
    /// Storage namespace: widgets with different namespaces never share drafts.
    pub namespace: String,
    /// Height in CSS pixels of the host's fixed top menu, kept clear when
    /// focus moves to a field (0: the widget finds such menus itself).
    pub offset_top: u16,
    /// The webmaster's catalogue file (`data-catalogue="danh-muc-2027.json"`),
    /// as written: resolved against the widget's folder and read only from
    /// the widget's own origin (the browser edge checks that).
    pub catalogue: Option<String>,
}

impl Default for EmbedConfig {
    fn default() -> Self {
        EmbedConfig {
            issuer: String::new(),
            parent_body: String::new(),
            issuer_abbr: String::new(),
            place: String::new(),
            signer_name: String::new(),
            level: None,
            kind: None,
            lang: Lang::Vi,
            namespace: DEFAULT_NAMESPACE.to_string(),
            offset_top: 0,
            catalogue: None,
        }
    }
}

error_enum! {
    /// One option that could not be used.
    pub enum ConfigProblem: message(lang) {
        BadValue { name: &'static str, value: String, allowed: String } => (
            ErrConfigBadValue,
            name,
            value,
            allowed,
        ),
        TooLong { name: &'static str, max: usize } => (ErrConfigTooLong, name, max),
        Unknown { name: String, known: String } => (ErrConfigUnknown, name, known),
    }
}

impl EmbedConfig {
    /// Builds the options from name/value pairs (attribute names without
    /// `data-`, or URL parameters). Unknown names are reported, never fatal.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (EmbedConfig, Vec<ConfigProblem>) {
        let mut c = EmbedConfig::default();
        let mut problems = Vec::new();
        for (name, raw) in pairs {
            let value = clean(raw.trim());
            let value = value.trim();
            let text = |name: &'static str, problems: &mut Vec<ConfigProblem>| {
                if value.chars().count() > MAX_OPTION_CHARS {
                    problems.push(ConfigProblem::TooLong {
                        name,
                        max: MAX_OPTION_CHARS,
                    });
                    String::new()
                } else {
                    value.to_string()
                }
            };
            match name {
                "issuer" => c.issuer = text("issuer", &mut problems),
                "parent" => c.parent_body = text("parent", &mut problems),
                "abbr" => c.issuer_abbr = text("abbr", &mut problems),
                "place" => c.place = text("place", &mut problems),
                "signer" => c.signer_name = text("signer", &mut problems),
                "level" => match IssuerLevel::from_code(value) {
                    Some(l) => c.level = Some(l),
                    None => problems.push(bad("level", value, IssuerLevel::ALL.map(|l| l.code()))),
                },
                "kind" => match PlanKind::from_code(value) {
                    Some(k) => c.kind = Some(k),
                    None => problems.push(bad("kind", value, PlanKind::ALL.map(|k| k.code()))),
                },
                "lang" => match Lang::from_code(value) {
                    Some(l) => c.lang = l,
                    None => problems.push(bad("lang", value, ["vi", "en"])),
                },
                "namespace" => {
                    if valid_namespace(value) {
                        c.namespace = value.to_string();
                    } else {
                        problems.push(ConfigProblem::BadValue {
                            name: "namespace",
                            value: value.to_string(),
                            allowed: "1–40 chữ cái không dấu, chữ số, \"-\" hoặc \"_\"".into(),
                        });
                    }
                }
                "offset-top" => match parse_pixels(value) {
                    Some(px) => c.offset_top = px,
                    None => problems.push(ConfigProblem::BadValue {
                        name: "offset-top",
                        value: value.to_string(),
                        allowed: format!(
                            "một số nguyên từ 0 đến {MAX_OFFSET_TOP} (điểm ảnh), ví dụ 60"
                        ),
                    }),
                },
                "catalogue" => {
                    if valid_catalogue_path(value) {
                        c.catalogue = Some(value.to_string());
                    } else {
                        problems.push(ConfigProblem::BadValue {
                            name: "catalogue",
                            value: value.to_string(),
                            allowed: "đường dẫn tới một tệp .json trên cùng trang web, ví dụ \"danh-muc-2027.json\"".into(),
                        });
                    }
                }
                other => problems.push(ConfigProblem::Unknown {
                    name: other.to_string(),
                    known: OPTION_NAMES.join(", "),
                }),
            }
        }
        (c, problems)
    }
}

/// `60` or `60px`, at most [`MAX_OFFSET_TOP`].
fn parse_pixels(value: &str) -> Option<u16> {
    let digits = value.strip_suffix("px").unwrap_or(value).trim();
    digits
        .parse::<u16>()
        .ok()
        .filter(|px| *px <= MAX_OFFSET_TOP)
}

/// A path or URL of a `.json` file: relative ("danh-muc.json",
/// "/kehoach/danh-muc.json") or http(s); no other scheme, no query tricks.
fn valid_catalogue_path(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    let scheme_ok = match lower.split_once(':') {
        Some((scheme, _)) => scheme == "http" || scheme == "https",
        None => true,
    };
    let path = lower.split(['?', '#']).next().unwrap_or("");
    scheme_ok
        && path.ends_with(".json")
        && value.chars().count() <= MAX_OPTION_CHARS
        && !value.chars().any(|c| c.is_whitespace() || c == '\\')
}

fn bad<const N: usize>(name: &'static str, value: &str, allowed: [&str; N]) -> ConfigProblem {
    ConfigProblem::BadValue {
        name,
        value: value.to_string(),
        allowed: allowed.join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_option() {
        let (c, p) = EmbedConfig::from_pairs([
            ("issuer", " Trường Tiểu học Hòa Bình "),
            ("parent", "UBND phường Hòa Bình"),
            ("abbr", "THHB"),
            ("place", "Hòa Bình"),
            ("signer", "Nguyễn Thị Lan"),
            ("level", "tieu-hoc"),
            ("kind", "action-month"),
            ("lang", "en"),
            ("namespace", "truong-hb"),
            ("offset-top", "58px"),
            ("catalogue", "danh-muc-2027.json"),
        ]);
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(c.issuer, "Trường Tiểu học Hòa Bình");
        assert_eq!(c.level, Some(IssuerLevel::TieuHoc));
        assert_eq!(c.kind, Some(PlanKind::ActionMonth));
        assert_eq!(c.lang, Lang::En);
        assert_eq!(c.namespace, "truong-hb");
        assert_eq!(c.offset_top, 58);
        assert_eq!(c.catalogue.as_deref(), Some("danh-muc-2027.json"));
    }

    #[test]
    fn offset_top_takes_whole_pixels_up_to_the_limit() {
        let (c, p) = EmbedConfig::from_pairs([("offset-top", " 60 ")]);
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(c.offset_top, 60);
        for bad in ["-4", "12.5", "1em", "401", "cao"] {
            let (c, p) = EmbedConfig::from_pairs([("offset-top", bad)]);
            assert_eq!(c.offset_top, 0, "{bad}");
            assert!(
                matches!(
                    &p[..],
                    [ConfigProblem::BadValue {
                        name: "offset-top",
                        ..
                    }]
                ),
                "{bad}: {p:?}"
            );
        }
    }

    #[test]
    fn catalogue_must_be_a_json_file_over_http() {
        for ok in [
            "danh-muc.json",
            "/kehoach/danh-muc.json",
            "https://truong.edu.vn/dm.json?v=2",
        ] {
            assert_eq!(
                EmbedConfig::from_pairs([("catalogue", ok)]).1,
                vec![],
                "{ok}"
            );
        }
        for bad in [
            "javascript:alert(1)//.json",
            "danh-muc.txt",
            "data:application/json,{}",
            "a b.json",
        ] {
            let (c, p) = EmbedConfig::from_pairs([("catalogue", bad)]);
            assert_eq!((c.catalogue, p.len()), (None, 1), "{bad}");
        }
    }

    #[test]
    fn bad_values_are_reported_and_defaults_kept() {
        let long = "x".repeat(MAX_OPTION_CHARS + 1);
        let (c, p) = EmbedConfig::from_pairs([
            ("level", "tieuhoc"),
            ("lang", "fr"),
            ("namespace", "có dấu"),
            ("issuer", long.as_str()),
            ("colour", "red"),
        ]);
        assert_eq!(c, EmbedConfig::default());
        assert_eq!(p.len(), 5);
        let text = p[0].to_string();
        assert!(
            text.contains("tieuhoc") && text.contains("tieu-hoc"),
            "{text}"
        );
        assert!(matches!(p[4], ConfigProblem::Unknown { .. }));
    }

    #[test]
    fn nfd_values_are_composed() {
        let (c, _) = EmbedConfig::from_pairs([("place", "Ho\u{300}a Bi\u{300}nh")]);
        assert_eq!(c.place, "Hòa Bình");
    }
}
