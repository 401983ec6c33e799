//! What each block of the page is ([`Kind`]) and the Decree 30 style of
//! each kind of paragraph: size, weight, slant, alignment, spacing (ND30
//! §2, §7, §9–11, §15).

use super::blocks::{Align, Points, Twips};
use super::FIRST_LINE_INDENT;

/// What a block is. [`Kind::class`] is its name in markup.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Header,
    ParentBody,
    Issuer,
    IssuerRule,
    Number,
    QuocHieu,
    TieuNgu,
    TieuNguRule,
    DateLine,
    DocName,
    Subject,
    SubjectRule,
    Basis,
    LeadIn,
    /// "I. MỤC ĐÍCH, YÊU CẦU".
    Heading1,
    /// "1. Mục đích".
    Heading2,
    /// "- …" or "a) …".
    Item,
    /// A body paragraph (general aim, funding, continuation lines).
    Text,
    Closing,
    Signature,
    RecipientsLabel,
    Recipient,
    SignerTitle,
    SignerSpace,
    SignerName,
    AppendixLabel,
    AppendixTitle,
    AppendixSource,
    AppendixText,
}

/// Resolved style of a kind of paragraph.
#[derive(Debug, Clone, Copy)]
pub(super) struct Style {
    pub size: Points,
    pub bold: bool,
    pub italic: bool,
    pub align: Align,
    pub first_line_indent: Twips,
    pub before: Points,
    pub after: Points,
    pub keep_next: bool,
}

impl Kind {
    /// The kind's name in markup: the class of the element that renders
    /// the block in the HTML page, the print view and the preview, so their
    /// style sheets can address it.
    pub fn class(self) -> &'static str {
        match self {
            Kind::Header => "kh-header",
            Kind::ParentBody => "kh-parent-body",
            Kind::Issuer => "kh-issuer",
            Kind::IssuerRule => "kh-rule kh-rule-issuer",
            Kind::Number => "kh-number",
            Kind::QuocHieu => "kh-quoc-hieu",
            Kind::TieuNgu => "kh-tieu-ngu",
            Kind::TieuNguRule => "kh-rule kh-rule-tieu-ngu",
            Kind::DateLine => "kh-date-line",
            Kind::DocName => "kh-doc-name",
            Kind::Subject => "kh-subject",
            Kind::SubjectRule => "kh-rule kh-rule-subject",
            Kind::Basis => "kh-basis",
            Kind::LeadIn => "kh-lead-in",
            Kind::Heading1 => "kh-h1",
            Kind::Heading2 => "kh-h2",
            Kind::Item => "kh-item",
            Kind::Text => "kh-text",
            Kind::Closing => "kh-closing",
            Kind::Signature => "kh-signature",
            Kind::RecipientsLabel => "kh-recipients-label",
            Kind::Recipient => "kh-recipient",
            Kind::SignerTitle => "kh-signer-title",
            Kind::SignerSpace => "kh-signer-space",
            Kind::SignerName => "kh-signer-name",
            Kind::AppendixLabel => "kh-appendix-label",
            Kind::AppendixTitle => "kh-appendix-title",
            Kind::AppendixSource => "kh-appendix-source",
            Kind::AppendixText => "kh-appendix-text",
        }
    }

    /// Heading level for semantic markup: 1 for "KẾ HOẠCH", 2 for "I.",
    /// 3 for "1.".
    pub fn heading_level(self) -> Option<u8> {
        match self {
            Kind::DocName => Some(1),
            Kind::Heading1 => Some(2),
            Kind::Heading2 => Some(3),
            _ => None,
        }
    }

    /// ND30 §2, §7, §9–11, §15: size, weight, slant, alignment, spacing.
    pub(super) fn style(self) -> Style {
        let centred = |size, bold, italic| Style {
            size: Points(size),
            bold,
            italic,
            align: Align::Center,
            first_line_indent: Twips(0),
            before: Points(0),
            after: Points(0),
            keep_next: false,
        };
        let body = Style {
            size: Points(14),
            bold: false,
            italic: false,
            align: Align::Justify,
            first_line_indent: FIRST_LINE_INDENT,
            before: Points(0),
            after: Points(6),
            keep_next: false,
        };
        match self {
            Kind::ParentBody => centred(12, false, false),
            Kind::Issuer | Kind::QuocHieu => centred(12, true, false),
            Kind::TieuNgu => centred(13, true, false),
            // "Số:" and the date share the header's second row; a little air
            // separates them from the rules above.
            Kind::Number => Style {
                before: Points(6),
                ..centred(13, false, false)
            },
            Kind::DateLine => Style {
                before: Points(6),
                ..centred(13, false, true)
            },
            Kind::DocName => Style {
                before: Points(18),
                keep_next: true,
                ..centred(14, true, false)
            },
            Kind::Subject => Style {
                keep_next: true,
                ..centred(14, true, false)
            },
            Kind::Heading1 | Kind::Heading2 => Style {
                bold: true,
                keep_next: true,
                ..body
            },
            Kind::RecipientsLabel => Style {
                align: Align::Left,
                before: Points(6),
                ..centred(12, true, true)
            },
            Kind::Recipient => Style {
                align: Align::Left,
                ..centred(11, false, false)
            },
            Kind::SignerTitle | Kind::SignerName => centred(14, true, false),
            Kind::AppendixLabel | Kind::AppendixTitle => centred(14, true, false),
            Kind::AppendixSource => Style {
                after: Points(12),
                ..centred(14, false, true)
            },
            _ => body,
        }
    }
}
