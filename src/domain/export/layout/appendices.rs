//! Phụ lục (ND30 §11, PL I III.1.đ): each appendix on a new page, its label
//! numbered in Roman once there are two or more, its title, the line that
//! ties it to the plan, its text closed by "./.".

use super::blocks::{para, Block, Para};
use super::closing::close_content;
use super::kind::Kind;
use super::text::{clean_line, lines, roman};
use crate::domain::nd30;
use crate::domain::plan::Plan;
use crate::domain::section::SectionId;

/// Appends the appendices that have a title or a text.
pub(super) fn blocks(plan: &Plan, blocks: &mut Vec<Block>) {
    let section = Some(SectionId::Appendices);
    let list: Vec<_> = plan
        .appendices
        .iter()
        .filter(|a| !lines(&a.title).is_empty() || !lines(&a.body).is_empty())
        .collect();
    let numbered = list.len() >= 2;
    for (i, appendix) in list.into_iter().enumerate() {
        // ND30 §11: Roman numerals once there are two or more.
        let label = if numbered {
            format!("Phụ lục {}", roman(i as u32 + 1))
        } else {
            "Phụ lục".to_string()
        };
        let mut label = Para::new(Kind::AppendixLabel, section, label);
        label.page_break_before = true;
        label.keep_next = true;
        blocks.push(Block::Para(label));
        for line in lines(&appendix.title) {
            let mut title = Para::new(Kind::AppendixTitle, section, nd30::upper_vi(&line));
            title.keep_next = true;
            blocks.push(Block::Para(title));
        }
        blocks.push(para(Kind::AppendixSource, section, appendix_source(plan)));
        let start = blocks.len();
        for line in lines(&appendix.body) {
            blocks.push(para(Kind::AppendixText, section, line));
        }
        // An appendix ends with "./." too (PL III Mẫu 2.1).
        close_content(&mut blocks[start..]);
    }
}

/// "(Kèm theo Kế hoạch số 05/KH-THTQ ngày 24/3/2025 của Trường Tiểu học
/// Thịnh Quang)"; blanks where the number or date is not set yet.
fn appendix_source(plan: &Plan) -> String {
    let header = &plan.header;
    let so = nd30::so_line(
        &clean_line(&header.number),
        &clean_line(&header.issuer_abbr),
    );
    let reference = so.strip_prefix("Số:").unwrap_or(&so);
    let reference = reference.strip_prefix(' ').unwrap_or(reference);
    let date = match header.date {
        Some(date) => date.short_vi(),
        None => {
            let year = plan.period.first_year();
            let blank = nd30::BLANK;
            if year == 0 {
                format!("{blank}/{blank}/{blank}")
            } else {
                format!("{blank}/{blank}/{year}")
            }
        }
    };
    let issuer = lines(&header.issuer).join(" ");
    let mut source = format!("(Kèm theo Kế hoạch số {reference} ngày {date}");
    if !issuer.is_empty() {
        source.push_str(" của ");
        source.push_str(&issuer);
    }
    source.push(')');
    source
}
