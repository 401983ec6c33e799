//! A9 and B1–B12: nhiệm vụ, giải pháp and the sub-areas they cover.

use super::cross::Corpus;
use super::{blank, Ctx};
use crate::domain::checklist::field::{FieldRef, TaskPart};
use crate::domain::checklist::rules::RuleId;
use crate::domain::plan::SubArea;

pub(super) fn tasks(ctx: &mut Ctx, corpus: &Corpus) {
    let plan = ctx.plan;
    let total = plan.tasks().count();
    let written = plan.tasks().filter(|t| !blank(&t.text)).count();
    ctx.check(RuleId::TasksMissing, total > 0, FieldRef::Tasks, &[]);
    if total > 0 {
        ctx.check(
            RuleId::TasksTooFew,
            written >= 3,
            FieldRef::Tasks,
            &[("count", &written.to_string())],
        );
    }
    // A single untitled group is a plain numbered list, which the decree
    // allows; with several groups each needs a heading to tell them apart.
    let titled = plan.task_groups.len() >= 2;
    for (gi, g) in plan.task_groups.iter().enumerate() {
        if titled {
            ctx.check(
                RuleId::GroupTitleMissing,
                !blank(&g.title),
                FieldRef::TaskGroup { id: g.id },
                &[("n", &(gi + 1).to_string())],
            );
        }
        // An empty list already has "A9.tasks-missing".
        if total > 0 {
            ctx.check(
                RuleId::GroupEmpty,
                !g.items.is_empty(),
                FieldRef::TaskGroup { id: g.id },
                &[("n", &(gi + 1).to_string())],
            );
        }
        for (ti, t) in g.items.iter().enumerate() {
            if blank(&t.text) {
                let n = task_label(gi, ti);
                ctx.fail(
                    RuleId::TaskTextMissing,
                    FieldRef::Task {
                        id: t.id,
                        part: TaskPart::Text,
                    },
                    &[("n", &n)],
                );
            } else {
                ctx.pass(RuleId::TaskTextMissing);
            }
        }
    }

    // Sub-areas: only once there are tasks; an empty list already has
    // "A9.tasks-missing", and twelve more findings would drown it.
    if written == 0 {
        return;
    }
    let covered = corpus.areas;
    for area in SubArea::ALL {
        let rule = RuleId::for_area(area);
        if area == SubArea::Observances {
            let count = corpus.observances.count_ones();
            let ok = count >= 2 || covered & (1 << area as usize) != 0;
            ctx.check(
                rule,
                ok,
                FieldRef::TaskArea(area),
                &[("count", &count.to_string())],
            );
        } else {
            ctx.check(
                rule,
                covered & (1 << area as usize) != 0,
                FieldRef::TaskArea(area),
                &[],
            );
        }
    }
}

/// "thứ 3 của nhóm 2" (1-based), how a teacher finds a task in the list.
pub(super) fn task_label(group: usize, item: usize) -> String {
    format!("thứ {} của nhóm {}", item + 1, group + 1)
}
