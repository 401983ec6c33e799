//! The plain-text backend: the plan in reading order, for pasting into
//! other systems (e-office forms, e-mail).
//!
//! Order: the header's left column (parent body, issuer, Số), its right
//! column (Quốc hiệu, Tiêu ngữ, date line), the title, the body, "Nơi
//! nhận" with its list, the signer, then the appendices. One paragraph per
//! line; a blank line between these groups. Rules and the room for the
//! signature are left out.

use crate::domain::export::layout::{layout, Block, Doc};
use crate::domain::plan::Plan;

/// The plan as plain text, lines ending in "\n".
pub fn to_text(plan: &Plan) -> String {
    doc_to_text(&layout(plan))
}

/// A laid-out document as plain text.
pub fn doc_to_text(doc: &Doc) -> String {
    let mut lines: Vec<String> = Vec::new();
    for b in &doc.blocks {
        match b {
            Block::Para(p) => {
                if p.page_break_before {
                    blank(&mut lines);
                }
                lines.push(p.text());
            }
            // The rule under the trích yếu ends the title group.
            Block::Rule(_) => blank(&mut lines),
            Block::Space(_) => {}
            Block::Columns(c) => {
                blank(&mut lines);
                // Column by column: a reader takes in the left part of the
                // header (or "Nơi nhận") before the right.
                for col in 0..2 {
                    for row in &c.rows {
                        for b in &row[col] {
                            if let Block::Para(p) = b {
                                lines.push(p.text());
                            }
                        }
                    }
                    blank(&mut lines);
                }
            }
        }
    }
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// One blank line between groups, never two.
fn blank(lines: &mut Vec<String>) {
    if lines.last().is_some_and(|l| !l.is_empty()) {
        lines.push(String::new());
    }
}
