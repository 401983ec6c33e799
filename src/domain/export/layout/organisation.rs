//! Tổ chức thực hiện: "1. <Role>:" and the duties, inline when there is one,
//! listed under the role when there are several.

use super::blocks::{para, Block, Para, Run};
use super::body::Body;
use super::kind::Kind;
use super::text::{clean_line, finish, lines, strip_end_punct};
use crate::domain::plan::Plan;
use crate::domain::section::SectionId;

/// The roles that have a name or a duty written; duties without a role
/// are listed on their own.
pub(super) fn layout(plan: &Plan, body: &mut Body) {
    let section = SectionId::Organisation;
    let list: Vec<(String, Vec<String>)> = plan
        .assignments
        .iter()
        .map(|a| {
            let duties = a.duties.iter().filter(|d| !lines(d).is_empty()).cloned();
            (clean_line(&a.role), duties.collect::<Vec<_>>())
        })
        .filter(|(role, duties)| !role.is_empty() || !duties.is_empty())
        .collect();
    if list.is_empty() {
        return;
    }
    body.section("TỔ CHỨC THỰC HIỆN", section);
    let mut number = 0;
    for (role, duties) in list {
        if role.is_empty() {
            for duty in &duties {
                body.item("-", duty, "", section);
            }
            continue;
        }
        number += 1;
        let role = strip_end_punct(role.trim_end_matches(':')).to_string();
        let head = format!("{number}. {role}:");
        match duties.as_slice() {
            [one] if lines(one).len() == 1 => {
                let mut p = Para::new(Kind::Heading2, Some(section), head);
                p.keep_next = false;
                p.runs.push(Run {
                    text: format!(" {}", finish(&lines(one)[0])),
                    bold: false,
                    italic: false,
                });
                body.push(Block::Para(p));
            }
            _ => {
                body.push(para(Kind::Heading2, Some(section), head));
                for duty in &duties {
                    body.item("-", duty, "", section);
                }
            }
        }
    }
}
