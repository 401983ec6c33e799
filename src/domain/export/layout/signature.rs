//! The signature block (ND30 §9–10): a two-column table, Nơi nhận on the
//! left ([`recipients`](super::recipients)), the signer's title, the room
//! for signature and seal, and the name on the right.

use super::blocks::{para, Block, Columns, Para, Points, Space};
use super::kind::Kind;
use super::recipients;
use super::text::clean_line;
use super::{COLUMN_WIDTHS, SIGNATURE_LINES};
use crate::domain::nd30;
use crate::domain::plan::{Authority, Plan};
use crate::domain::section::SectionId;

/// Recipients and signer side by side, never split across pages.
pub(super) fn block(plan: &Plan) -> Block {
    Block::Columns(Columns {
        kind: Kind::Signature,
        widths: COLUMN_WIDTHS,
        rows: vec![[recipients::column(plan), signer_column(plan)]],
        keep_together: true,
    })
}

/// The signer's titles, the empty lines and the name.
fn signer_column(plan: &Plan) -> Vec<Block> {
    let section = Some(SectionId::Signature);
    let mut column = Vec::new();
    for line in signer_titles(plan) {
        let mut p = Para::new(Kind::SignerTitle, section, line);
        if column.is_empty() {
            // Level with "Nơi nhận:" (ND30 §10).
            p.space_before = Points(6);
        }
        column.push(Block::Para(p));
    }
    column.push(Block::Space(Space {
        kind: Kind::SignerSpace,
        lines: SIGNATURE_LINES,
        size: Points(14),
    }));
    let name = clean_line(&plan.signer.name);
    if !name.is_empty() {
        column.push(para(Kind::SignerName, section, name));
    }
    column
}

/// "KT. HIỆU TRƯỞNG" / "PHÓ HIỆU TRƯỞNG" (ND30 §9), in capitals.
fn signer_titles(plan: &Plan) -> Vec<String> {
    let signer = &plan.signer;
    let title = nd30::upper_vi(&clean_line(&signer.title));
    let deputy = nd30::upper_vi(&clean_line(&signer.deputy_title));
    let mut out = Vec::new();
    let first = match signer.authority {
        Authority::None => title,
        authority if title.is_empty() => authority.prefix().to_string(),
        authority => format!("{} {title}", authority.prefix()),
    };
    if !first.is_empty() {
        out.push(first);
    }
    if signer.authority.needs_second_title() && !deputy.is_empty() {
        out.push(deputy);
    }
    out
}
