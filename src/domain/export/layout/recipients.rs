//! Nơi nhận (ND30 §10): the left column of the signature block, the
//! recipients then "Lưu: VT, …".

use super::blocks::{para, Block};
use super::kind::Kind;
use super::text::clean_line;
use crate::domain::nd30;
use crate::domain::plan::Plan;
use crate::domain::section::SectionId;

/// "Nơi nhận:" and one line per recipient, the archive last.
pub(super) fn column(plan: &Plan) -> Vec<Block> {
    let section = Some(SectionId::Recipients);
    let mut column = vec![para(Kind::RecipientsLabel, section, "Nơi nhận:")];
    let recipients: Vec<String> = plan.recipients.iter().map(|r| clean_line(r)).collect();
    let archive = clean_line(&plan.archive_units);
    for line in nd30::recipients_lines(&recipients, &archive) {
        column.push(para(Kind::Recipient, section, line));
    }
    column
}
