//! The sections of a plan, in the order of PLAN_CHECKLIST.md §1 (A1–A16).
//!
//! The editor shows one section at a time; checklist findings point to one.

use serde::{Deserialize, Serialize};

/// A section of the plan as the editor and the checklist see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SectionId {
    /// A1–A3: issuer, parent body, số, place and date.
    Header,
    /// A4: "KẾ HOẠCH" and the trích yếu; the period covered.
    Title,
    /// A5–A6: căn cứ and the lead-in.
    Basis,
    /// A7: mục đích, yêu cầu.
    Purposes,
    /// A8: mục tiêu, chỉ tiêu.
    Targets,
    /// A9: nội dung, nhiệm vụ, giải pháp.
    Tasks,
    /// A10: tổ chức thực hiện.
    Organisation,
    /// A11: kinh phí.
    Funding,
    /// A12: chế độ báo cáo.
    Reporting,
    /// A13: closing paragraph and "./.".
    Closing,
    /// A14: nơi nhận.
    Recipients,
    /// A15: signer.
    Signature,
    /// A16: phụ lục.
    Appendices,
}

impl SectionId {
    pub const ALL: [SectionId; 13] = [
        SectionId::Header,
        SectionId::Title,
        SectionId::Basis,
        SectionId::Purposes,
        SectionId::Targets,
        SectionId::Tasks,
        SectionId::Organisation,
        SectionId::Funding,
        SectionId::Reporting,
        SectionId::Closing,
        SectionId::Recipients,
        SectionId::Signature,
        SectionId::Appendices,
    ];

    /// Stable code for URLs, DOM ids and tests.
    pub fn code(self) -> &'static str {
        match self {
            SectionId::Header => "header",
            SectionId::Title => "title",
            SectionId::Basis => "basis",
            SectionId::Purposes => "purposes",
            SectionId::Targets => "targets",
            SectionId::Tasks => "tasks",
            SectionId::Organisation => "organisation",
            SectionId::Funding => "funding",
            SectionId::Reporting => "reporting",
            SectionId::Closing => "closing",
            SectionId::Recipients => "recipients",
            SectionId::Signature => "signature",
            SectionId::Appendices => "appendices",
        }
    }

    /// The PLAN_CHECKLIST element ids this section covers.
    pub fn elements(self) -> &'static [&'static str] {
        match self {
            SectionId::Header => &["A1", "A2", "A3"],
            SectionId::Title => &["A4"],
            SectionId::Basis => &["A5", "A6"],
            SectionId::Purposes => &["A7"],
            SectionId::Targets => &["A8"],
            SectionId::Tasks => &["A9"],
            SectionId::Organisation => &["A10"],
            SectionId::Funding => &["A11"],
            SectionId::Reporting => &["A12"],
            SectionId::Closing => &["A13"],
            SectionId::Recipients => &["A14"],
            SectionId::Signature => &["A15"],
            SectionId::Appendices => &["A16"],
        }
    }
}
