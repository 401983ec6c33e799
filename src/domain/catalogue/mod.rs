//! The documents plans cite, and the check of a citation against them.
//!
//! Source: REFERENCES.md §1–4 and §9 (documents), §7 (key dates of the year)
//! and §8 (Action Month themes). Status and confidence are as recorded
//! there; entries marked [`Status::NotVerified`] or [`Confidence::Low`] must
//! be re-checked on vbpl.vn before a release. Not included: the "Dự án hỗ
//! trợ thực hiện các mục tiêu quốc gia về bình đẳng giới" (no number, no
//! document type of ours), the local documents of §6 (examples, not
//! national), and the decrees that moved the lead ministries in 2025 (NĐ
//! 25/2025, NĐ 42/2025: about ministries, not cited by plans).
//!
//! The built-in list is [`Catalogue::builtin`]. Education offices learn each
//! year's new letters before we ship, so a webmaster can add or override
//! entries with a JSON file next to the widget ([`file`]); the result is
//! another [`Catalogue`], and everything that reads the catalogue takes one.
//!
//! Published plans do cite wrong numbers and dates (one seed gives two years
//! for the same decision), which is why [`Catalogue::check`] exists: it only
//! compares against what is known, and says nothing about documents it does
//! not know.

mod calendar;
mod entries;
pub mod file;

pub use calendar::{action_month_theme, key_dates, KeyDate};

use crate::domain::date::Date;
use crate::domain::nd30::{citation_full, citation_reference};
use crate::domain::plan::{BasisVerb, Citation, DocType};
use std::sync::OnceLock;

/// Is the document still to be applied?
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// In force, no replacement known.
    InForce,
    /// A programme whose period is not over.
    Running,
    /// A programme whose period is over.
    Ended,
    /// Replaced by the document named (as it is cited).
    Replaced { by: String },
    /// No source checked for its status.
    NotVerified,
}

/// How sure the source is of the number and date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confidence {
    High,
    Medium,
    /// One weak source: the date is not used to flag a user's citation.
    Low,
}

/// The picker's groups (the tables of REFERENCES.md, plus the yearly
/// letters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// §1 Laws, decrees, circulars.
    Law,
    /// §2 Strategies, national programmes, national days.
    Programme,
    /// §3 Education-sector documents.
    Education,
    /// The yearly guidance letters and the school year's tasks (§9).
    Yearly,
    /// §4 Party documents.
    Party,
}

impl Group {
    /// In the picker's order.
    pub const ALL: [Group; 5] = [
        Group::Law,
        Group::Programme,
        Group::Education,
        Group::Yearly,
        Group::Party,
    ];

    /// Heading of the group in the picker.
    pub fn title_vi(self) -> &'static str {
        match self {
            Group::Law => "Luật, nghị định, thông tư",
            Group::Programme => "Chiến lược, chương trình quốc gia",
            Group::Education => "Văn bản của ngành Giáo dục",
            Group::Yearly => "Hướng dẫn hằng năm, năm học",
            Group::Party => "Văn bản của Đảng",
        }
    }

    /// Heading of the group in the picker, in English.
    pub fn title_en(self) -> &'static str {
        match self {
            Group::Law => "Laws, decrees, circulars",
            Group::Programme => "National strategies and programmes",
            Group::Education => "Education sector",
            Group::Yearly => "Yearly and school-year guidance",
            Group::Party => "Party documents",
        }
    }
}

/// Where an entry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Shipped with the widget.
    BuiltIn,
    /// The webmaster's catalogue file (added or overriding an entry).
    File,
}

/// One document of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueEntry {
    /// Stable key for the picker, tests and overrides: "luat-73-2006".
    pub id: String,
    pub group: Group,
    pub doc_type: DocType,
    /// "73"; empty when the document is cited by name only.
    pub number: String,
    /// "2006/QH11", "QĐ-TTg", "CT/TW".
    pub symbol: String,
    /// `None` when the day is not confirmed.
    pub date: Option<Date>,
    pub issuer: String,
    /// Trích yếu, written to follow the issuer in a citation: a topic (read
    /// after "về") or a verb ("phê duyệt …").
    pub subject: String,
    /// First and last year the document applies to (a programme, a yearly
    /// letter, a school year).
    pub period: Option<(u16, u16)>,
    pub status: Status,
    pub confidence: Confidence,
    /// For laws cited by name: the name after the type word ("Bình đẳng
    /// giới" in "Luật Bình đẳng giới").
    pub name: Option<String>,
    pub origin: Origin,
}

impl CatalogueEntry {
    /// The entry as a citation the user can add to the căn cứ.
    pub fn to_citation(&self) -> Citation {
        Citation {
            id: 0,
            verb: BasisVerb::CanCu,
            doc_type: self.doc_type,
            number: self.number.clone(),
            symbol: self.symbol.clone(),
            date: self.date,
            issuer: self.issuer.clone(),
            subject: self.name.as_ref().unwrap_or(&self.subject).clone(),
            superior_plan: false,
        }
    }

    /// How the picker shows the entry: the citation at its first mention.
    pub fn label(&self) -> String {
        citation_full(&self.to_citation())
    }

    /// Does the document still apply to a plan of `year`?
    pub fn applies_in(&self, year: u16) -> bool {
        let ended = self.period.is_some_and(|(_, end)| end < year);
        !ended && !matches!(self.status, Status::Replaced { .. })
    }
}

/// A citation that disagrees with the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogueMismatch {
    /// Same ký hiệu family and date but another number, or same number and
    /// ký hiệu but another date. `expected` is the catalogue's reference and
    /// date ("73/2006/QH11 ngày 29/11/2006").
    NumberMismatch { expected: String },
    /// A programme whose period ended before the plan's year.
    Expired { period_end: u16 },
    /// A document replaced by another (as cited).
    Replaced { by: String },
}

impl CatalogueMismatch {
    /// What the checklist tells the user.
    pub fn message_vi(&self) -> String {
        match self {
            CatalogueMismatch::NumberMismatch { expected } => format!(
                "Số, ký hiệu hoặc ngày của văn bản này khác với danh mục văn bản đã biết ({expected}); hãy đối chiếu với bản gốc."
            ),
            CatalogueMismatch::Expired { period_end } => format!(
                "Văn bản này áp dụng đến năm {period_end}, trước năm của kế hoạch; hãy xem đã có văn bản nào cho giai đoạn mới chưa."
            ),
            CatalogueMismatch::Replaced { by } => {
                format!("Văn bản này đã được thay thế bởi {by}; hãy căn cứ văn bản mới.")
            }
        }
    }
}

/// A list of documents: the built-in one, or it with a webmaster's file
/// applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalogue {
    entries: Vec<CatalogueEntry>,
    /// The last month the list was checked against its sources (year,
    /// month): "Danh mục cập nhật đến 12/2026".
    updated: (u16, u8),
}

/// When the built-in list was last checked (REFERENCES.md §9: December 2026).
const BUILT_IN_UPDATED: (u16, u8) = (2026, 12);

impl Catalogue {
    /// The list shipped with the widget.
    pub fn builtin() -> &'static Catalogue {
        static BUILT_IN: OnceLock<Catalogue> = OnceLock::new();
        BUILT_IN.get_or_init(|| Catalogue {
            entries: entries::built_in(),
            updated: BUILT_IN_UPDATED,
        })
    }

    /// Every document, grouped as in the picker.
    pub fn entries(&self) -> &[CatalogueEntry] {
        &self.entries
    }

    /// The entry with this [`CatalogueEntry::id`].
    pub fn by_id(&self, id: &str) -> Option<&CatalogueEntry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// (year, month) of the last check of the list.
    pub fn updated(&self) -> (u16, u8) {
        self.updated
    }

    /// "Danh mục cập nhật đến 12/2026".
    pub fn updated_vi(&self) -> String {
        format!(
            "Danh mục cập nhật đến {}/{}",
            self.updated.1, self.updated.0
        )
    }

    /// "Catalogue updated to 12/2026".
    pub fn updated_en(&self) -> String {
        format!("Catalogue updated to {}/{}", self.updated.1, self.updated.0)
    }

    /// Adds `entry`, or replaces the entry with its id (kept in its place).
    fn put(&mut self, entry: CatalogueEntry) {
        match self.entries.iter_mut().find(|e| e.id == entry.id) {
            Some(slot) => *slot = entry,
            None => {
                // After the last entry of its group, so the picker keeps
                // its groups together.
                let at = self
                    .entries
                    .iter()
                    .rposition(|e| e.group == entry.group)
                    .map_or(self.entries.len(), |i| i + 1);
                self.entries.insert(at, entry);
            }
        }
    }

    /// Compares a citation with the catalogue, for a plan of `plan_year` (0
    /// when unknown: no period check). An empty result means nothing known
    /// is wrong, including for documents the catalogue does not hold.
    pub fn check(&self, c: &Citation, plan_year: u16) -> Vec<CatalogueMismatch> {
        let mut out = Vec::new();
        let number = number_key(&c.number);
        let symbol = symbol_key(&c.symbol);

        if number.is_empty() {
            // Cited by name. Two laws may share a name (the 2007 and 2022
            // laws on domestic violence); citing the name means the one in
            // force.
            let name = c.subject.trim().to_lowercase();
            let named: Vec<&CatalogueEntry> = self
                .entries
                .iter()
                .filter(|e| e.doc_type == c.doc_type)
                .filter(|e| e.name.as_ref().is_some_and(|n| n.to_lowercase() == name))
                .collect();
            let all_replaced = !named.is_empty()
                && named
                    .iter()
                    .all(|e| matches!(e.status, Status::Replaced { .. }));
            if all_replaced {
                if let Status::Replaced { by } = &named[0].status {
                    out.push(CatalogueMismatch::Replaced { by: by.clone() });
                }
            }
            return out;
        }

        let family: Vec<&CatalogueEntry> = self
            .entries
            .iter()
            .filter(|e| !e.number.is_empty())
            .filter(|e| types_match(c.doc_type, e) && symbol_key(&e.symbol) == symbol)
            .collect();

        if let Some(entry) = family.iter().find(|e| number_key(&e.number) == number) {
            let dates_differ = matches!((entry.date, c.date), (Some(a), Some(b)) if a != b);
            if dates_differ && entry.confidence != Confidence::Low {
                out.push(CatalogueMismatch::NumberMismatch {
                    expected: expected_text(entry),
                });
            }
            if let Some((_, end)) = entry.period {
                if plan_year != 0 && end < plan_year {
                    out.push(CatalogueMismatch::Expired { period_end: end });
                }
            }
            if let Status::Replaced { by } = &entry.status {
                out.push(CatalogueMismatch::Replaced { by: by.clone() });
            }
        } else if let Some(date) = c.date {
            if let Some(entry) = family
                .iter()
                .find(|e| e.confidence != Confidence::Low && e.date == Some(date))
            {
                out.push(CatalogueMismatch::NumberMismatch {
                    expected: expected_text(entry),
                });
            }
        }
        out
    }
}

/// Every built-in document, grouped as in REFERENCES.md.
pub fn entries() -> &'static [CatalogueEntry] {
    Catalogue::builtin().entries()
}

/// The built-in entry with this [`CatalogueEntry::id`].
pub fn by_id(id: &str) -> Option<&'static CatalogueEntry> {
    Catalogue::builtin().by_id(id)
}

/// [`Catalogue::check`] against the built-in list.
pub fn check_citation(c: &Citation, plan_year: u16) -> Vec<CatalogueMismatch> {
    Catalogue::builtin().check(c, plan_year)
}

/// Upper case without spaces: "qđ - TTg" and "QĐ-TTg" are one ký hiệu.
fn symbol_key(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect()
}

/// "05" and "5" are one number.
fn number_key(s: &str) -> &str {
    let t = s.trim();
    let stripped = t.trim_start_matches('0');
    if stripped.is_empty() {
        t
    } else {
        stripped
    }
}

/// Can a citation of this type refer to this entry? Equal types, or a plan,
/// programme or project cited by the number of the decision that approved
/// it ("Đề án 938/QĐ-TTg" is Quyết định 938/QĐ-TTg).
fn types_match(cited: DocType, entry: &CatalogueEntry) -> bool {
    cited == entry.doc_type
        || (entry.doc_type == DocType::QuyetDinh
            && matches!(
                cited,
                DocType::DeAn | DocType::ChuongTrinh | DocType::KeHoach
            )
            && symbol_key(&entry.symbol).starts_with("QĐ"))
}

/// The catalogue's reference and date, for messages: "Luật số 73/2006/QH11
/// ngày 29/11/2006".
fn expected_text(entry: &CatalogueEntry) -> String {
    let c = entry.to_citation();
    let reference = citation_reference(&c);
    match c.date {
        Some(d) => format!(
            "{} số {reference} ngày {}",
            entry.doc_type.name_vi(),
            d.short_vi()
        ),
        None => format!("{} số {reference}", entry.doc_type.name_vi()),
    }
}
