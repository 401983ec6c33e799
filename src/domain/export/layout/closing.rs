//! The closing paragraphs and "./.", the mark that ends the content of a
//! document (ND30 §8).

use super::blocks::Block;
use super::body::Body;
use super::kind::Kind;
use crate::domain::nd30;
use crate::domain::plan::Plan;
use crate::domain::section::SectionId;

/// The closing text, then "./." on the body's last content paragraph.
pub(super) fn layout(plan: &Plan, body: &mut Body) {
    body.text(Kind::Closing, &plan.closing, SectionId::Closing);
    close_content(&mut body.blocks);
}

/// Appends "./." to the last content paragraph (ND30 §8) and keeps it on
/// the page of the signature block.
pub(super) fn close_content(blocks: &mut [Block]) {
    let last = blocks.iter_mut().rev().find_map(|block| match block {
        Block::Para(p) if !p.text().trim().is_empty() => Some(p),
        _ => None,
    });
    if let Some(p) = last {
        if let Some(run) = p.runs.iter_mut().rev().find(|r| !r.text.trim().is_empty()) {
            run.text = nd30::with_closing_mark(&run.text);
        }
        p.keep_next = true;
    }
}
