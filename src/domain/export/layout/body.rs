//! The body of the plan, between the title and the signature: its sections
//! in the order of the decree's model, each numbered I., II., … only when it
//! has something to say (ND30 §7), and the [`Body`] builder they share.

use super::blocks::{para, Block};
use super::kind::Kind;
use super::text::{finish, lines, roman, strip_bullet, strip_end_punct};
use super::{basis, closing, funding, organisation, purposes, reporting, targets, tasks};
use crate::domain::plan::Plan;
use crate::domain::section::SectionId;

/// The body's blocks, closed by "./." (ND30 §8).
pub(super) fn blocks(plan: &Plan) -> Vec<Block> {
    let mut body = Body::default();
    basis::layout(plan, &mut body);
    purposes::layout(plan, &mut body);
    targets::layout(plan, &mut body);
    tasks::layout(plan, &mut body);
    organisation::layout(plan, &mut body);
    funding::layout(plan, &mut body);
    reporting::layout(plan, &mut body);
    closing::layout(plan, &mut body);
    body.blocks
}

/// The body under construction, with its Roman section counter.
#[derive(Default)]
pub(super) struct Body {
    pub blocks: Vec<Block>,
    sections: u32,
}

impl Body {
    /// "I. MỤC ĐÍCH, YÊU CẦU": numbered only when written, so an empty
    /// section never leaves a gap in the numbering (ND30 §7).
    pub fn section(&mut self, title: &str, section: SectionId) {
        self.sections += 1;
        let text = format!("{}. {title}", roman(self.sections));
        self.push(para(Kind::Heading1, Some(section), text));
    }

    /// "1. Mục đích".
    pub fn heading2(&mut self, number: usize, title: &str, section: SectionId) {
        let text = format!("{number}. {title}");
        self.push(para(Kind::Heading2, Some(section), text));
    }

    pub fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    /// Body paragraphs, one per line of the text.
    pub fn text(&mut self, kind: Kind, text: &str, section: SectionId) {
        for line in lines(text) {
            self.push(para(kind, Some(section), line));
        }
    }

    /// A list item: `marker` ("-", "a)") before the first line, `tail`
    /// (timing, lead…) after the last, a full stop at the end. Later lines
    /// of a multi-line item are plain paragraphs under it.
    pub fn item(&mut self, marker: &str, text: &str, tail: &str, section: SectionId) {
        let mut item_lines = lines(text);
        if item_lines.is_empty() {
            if tail.is_empty() {
                return;
            }
            item_lines.push(String::new());
        }
        let last = item_lines.len() - 1;
        for (i, line) in item_lines.into_iter().enumerate() {
            let mut line = if i == 0 {
                let bare = strip_bullet(&line);
                format!("{marker} {bare}").trim_end().to_string()
            } else {
                line
            };
            if i == last {
                line = if tail.is_empty() {
                    finish(&line)
                } else {
                    format!("{} ({tail}).", strip_end_punct(&line))
                };
            }
            let kind = if i == 0 { Kind::Item } else { Kind::Text };
            self.push(para(kind, Some(section), line));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_get_one_marker_and_one_full_stop() {
        let mut body = Body::default();
        body.item(
            "a)",
            "- Tổ chức tập huấn;\nnội dung thứ hai",
            "chủ trì: Ban Giám hiệu",
            SectionId::Tasks,
        );
        let texts: Vec<String> = body
            .blocks
            .iter()
            .map(|block| match block {
                Block::Para(p) => p.text(),
                _ => String::new(),
            })
            .collect();
        assert_eq!(
            texts,
            [
                "a) Tổ chức tập huấn;",
                "nội dung thứ hai (chủ trì: Ban Giám hiệu)."
            ]
        );
    }
}
