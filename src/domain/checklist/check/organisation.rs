//! A10: tổ chức thực hiện, and every task lead among its roles.

use super::tasks::task_label;
use super::{blank, Ctx};
use crate::domain::checklist::field::{AssignmentPart, FieldRef, TaskPart};
use crate::domain::checklist::rules::{self, RuleId};

pub(super) fn organisation(ctx: &mut Ctx) {
    let plan = ctx.plan;
    let good = plan
        .assignments
        .iter()
        .filter(|a| !blank(&a.role) && a.duties.iter().any(|d| !blank(d)))
        .count();
    ctx.check(
        RuleId::AssignmentsTooFew,
        good >= 2,
        FieldRef::Assignments,
        &[
            ("count", &good.to_string()),
            ("roles", rules::roles_example(plan.level)),
        ],
    );
    for (i, a) in plan.assignments.iter().enumerate() {
        let n = (i + 1).to_string();
        ctx.check(
            RuleId::RoleMissing,
            !blank(&a.role),
            FieldRef::Assignment {
                id: a.id,
                part: AssignmentPart::Role,
            },
            &[("n", &n)],
        );
        let role = if blank(&a.role) {
            format!("Mục phân công thứ {n}")
        } else {
            a.role.trim().to_string()
        };
        ctx.check(
            RuleId::DutiesMissing,
            a.duties.iter().any(|d| !blank(d)),
            FieldRef::Assignment {
                id: a.id,
                part: AssignmentPart::Duties,
            },
            &[("role", &role)],
        );
    }

    // Every task lead appears among the roles. Without any role the list
    // rule above already speaks; one finding per task would be noise.
    let roles: Vec<String> = plan
        .assignments
        .iter()
        .filter(|a| !blank(&a.role))
        .map(|a| ctx.folder.fold_owned(&a.role))
        .collect();
    if roles.is_empty() {
        return;
    }
    // Leads repeat (a handful of roles over hundreds of tasks): remember
    // each distinct lead's answer.
    let mut seen: Vec<(&str, Option<&str>)> = Vec::new();
    for (gi, g) in plan.task_groups.iter().enumerate() {
        for (ti, t) in g.items.iter().enumerate() {
            if blank(&t.lead) {
                continue;
            }
            let lead = t.lead.as_str();
            let missing = match seen.iter().find(|(l, _)| *l == lead) {
                Some(&(_, m)) => m,
                None => {
                    // A lead may name several roles: "Hiệu trưởng; Công đoàn".
                    let m = lead.split([',', ';']).map(str::trim).find(|part| {
                        if part.is_empty() {
                            return false;
                        }
                        let f = ctx.folder.fold(part);
                        !roles
                            .iter()
                            .any(|r| r == f || r.contains(f) || f.contains(r.as_str()))
                    });
                    seen.push((lead, m));
                    m
                }
            };
            let field = FieldRef::Task {
                id: t.id,
                part: TaskPart::Lead,
            };
            match missing {
                None => ctx.pass(RuleId::LeadNotAssigned),
                Some(lead) => {
                    let n = task_label(gi, ti);
                    ctx.fail(RuleId::LeadNotAssigned, field, &[("n", &n), ("lead", lead)]);
                }
            }
        }
    }
}
