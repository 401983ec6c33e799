//! The title (ND30 §4–5): "KẾ HOẠCH", the trích yếu balanced over at most
//! two lines, and the short rule under it.

use super::blocks::{para, rule, Block, Points};
use super::kind::Kind;
use super::measure::{balance, third_of_widest};
use super::text::lines;
use super::TEXT_WIDTH;
use crate::domain::nd30;
use crate::domain::plan::Plan;
use crate::domain::section::SectionId;

/// Appends the title's blocks.
pub(super) fn blocks(plan: &Plan, blocks: &mut Vec<Block>) {
    let section = Some(SectionId::Title);
    blocks.push(para(Kind::DocName, section, nd30::TEN_LOAI));
    let subject: Vec<String> = lines(&plan.title.subject)
        .iter()
        .flat_map(|line| balance(line, Points(14), true, TEXT_WIDTH))
        .collect();
    for line in &subject {
        blocks.push(para(Kind::Subject, section, line.clone()));
    }
    // Like the issuer's rule: 1/3 of the widest line, centred under it.
    let length = third_of_widest(&subject, Points(14), true, TEXT_WIDTH);
    blocks.push(rule(Kind::SubjectRule, length, TEXT_WIDTH, Points(12)));
}
