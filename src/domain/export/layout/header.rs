//! The header (ND30 §1–3): parent body, issuer and its rule, "Số:" on the
//! left; Quốc hiệu, Tiêu ngữ and its rule, the date line on the right.

use super::blocks::{para, rule, Block, Columns, Points};
use super::kind::Kind;
use super::measure::{balance, text_width, third_of_widest};
use super::text::{clean_line, lines};
use super::COLUMN_WIDTHS;
use crate::domain::nd30;
use crate::domain::plan::Plan;
use crate::domain::section::SectionId;

/// The header as one two-column block of two rows.
pub(super) fn block(plan: &Plan) -> Block {
    let header = &plan.header;
    let section = Some(SectionId::Header);
    let [left_width, right_width] = COLUMN_WIDTHS;
    let mut left = Vec::new();
    for line in lines(&header.parent_body) {
        for part in balance(&nd30::upper_vi(&line), Points(12), false, left_width) {
            left.push(para(Kind::ParentBody, section, part));
        }
    }
    let issuer: Vec<String> = lines(&header.issuer)
        .iter()
        .flat_map(|line| balance(&nd30::upper_vi(line), Points(12), true, left_width))
        .collect();
    for line in &issuer {
        left.push(para(Kind::Issuer, section, line.clone()));
    }
    if !issuer.is_empty() {
        // ND30 §2: 1/3 of the issuer line, centred under it.
        let length = third_of_widest(&issuer, Points(12), true, left_width);
        left.push(rule(Kind::IssuerRule, length, left_width, Points(0)));
    }
    let right = vec![
        para(Kind::QuocHieu, section, nd30::QUOC_HIEU),
        para(Kind::TieuNgu, section, nd30::TIEU_NGU),
        // ND30 §2: the rule under the Tiêu ngữ is as long as the Tiêu ngữ.
        rule(
            Kind::TieuNguRule,
            text_width(nd30::TIEU_NGU, Points(13), true).min(right_width),
            right_width,
            Points(0),
        ),
    ];
    // nd30 output is used as it is: its blanks for a number or date set
    // at signing are runs of spaces that must not be collapsed. Its inputs
    // are cleaned here.
    let number = vec![para(
        Kind::Number,
        section,
        nd30::so_line(
            &clean_line(&header.number),
            &clean_line(&header.issuer_abbr),
        ),
    )];
    let date = vec![para(
        Kind::DateLine,
        section,
        nd30::date_line(
            &clean_line(&header.place),
            header.date,
            plan.period.first_year(),
        ),
    )];
    Block::Columns(Columns {
        kind: Kind::Header,
        widths: COLUMN_WIDTHS,
        rows: vec![[left, right], [number, date]],
        keep_together: true,
    })
}
