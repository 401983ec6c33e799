//! Mục tiêu, chỉ tiêu: the general aim as body text, each target as a
//! sentence ("100% cán bộ, giáo viên … được tập huấn …") with its deadline
//! and owner.

use super::body::Body;
use super::kind::Kind;
use super::text::{clean_line, labelled, lines};
use crate::domain::nd30;
use crate::domain::plan::{Plan, Target};
use crate::domain::section::SectionId;
use crate::domain::text::capitalize_first;

/// The aim and the targets, under one heading named after what is
/// written; numbered sub-headings only when both are.
pub(super) fn layout(plan: &Plan, body: &mut Body) {
    let section = SectionId::Targets;
    let has_aim = !lines(&plan.general_aim).is_empty();
    let targets: Vec<String> = plan.targets.iter().filter_map(target_sentence).collect();
    let has_targets = !targets.is_empty();
    let title = match (has_aim, has_targets) {
        (true, true) => "MỤC TIÊU, CHỈ TIÊU",
        (true, false) => "MỤC TIÊU",
        (false, true) => "CHỈ TIÊU",
        (false, false) => return,
    };
    body.section(title, section);
    let both = has_aim && has_targets;
    if has_aim {
        if both {
            body.heading2(1, "Mục tiêu chung", section);
        }
        body.text(Kind::Text, &plan.general_aim, section);
    }
    if has_targets {
        if both {
            body.heading2(2, "Chỉ tiêu cụ thể", section);
        }
        let written = plan.targets.iter().filter(|t| target_sentence(t).is_some());
        for (sentence, target) in targets.iter().zip(written) {
            let tail = labelled(&[("thời hạn", &target.by_when), ("phụ trách", &target.owner)]);
            body.item("-", sentence, &tail, section);
        }
    }
}

/// "100% cán bộ, giáo viên, nhân viên được tập huấn về bình đẳng giới":
/// value with its unit, group, then what is measured.
fn target_sentence(target: &Target) -> Option<String> {
    let value = nd30::format_target_value(&clean_line(&target.value), &target.unit);
    let parts = [value, clean_line(&target.group), clean_line(&target.what)];
    let sentence = parts
        .iter()
        .filter(|part| !part.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    (!sentence.is_empty()).then(|| capitalize_first(&sentence))
}
