//! Nội dung, nhiệm vụ và giải pháp (or, in an Action Month plan, nội dung
//! hoạt động): one numbered group per task area, its tasks lettered a), b)…
//! with timing, lead and participants.

use super::body::Body;
use super::text::{clean_line, labelled, lines, DIEM};
use crate::domain::plan::{Plan, PlanKind, TaskItem};
use crate::domain::section::SectionId;

/// The task groups that have something written.
pub(super) fn layout(plan: &Plan, body: &mut Body) {
    let section = SectionId::Tasks;
    let groups: Vec<_> = plan
        .task_groups
        .iter()
        .filter(|g| !clean_line(&g.title).is_empty() || g.items.iter().any(task_has_text))
        .collect();
    if groups.is_empty() {
        return;
    }
    let title = match plan.kind {
        PlanKind::ActionMonth => "NỘI DUNG HOẠT ĐỘNG",
        _ => "NỘI DUNG, NHIỆM VỤ VÀ GIẢI PHÁP",
    };
    body.section(title, section);
    for (i, group) in groups.iter().enumerate() {
        let mut title = clean_line(&group.title);
        if title.is_empty() {
            title = group
                .area
                .map_or("Các nhiệm vụ khác", |area| area.title_vi())
                .to_string();
        }
        body.heading2(i + 1, &title, section);
        let items: Vec<&TaskItem> = group.items.iter().filter(|t| task_has_text(t)).collect();
        // Điểm a), b)… (ND30 §7) while the Vietnamese alphabet lasts; a
        // longer list is bulleted throughout rather than mixing the two.
        let lettered = items.len() <= DIEM.len();
        for (j, task) in items.into_iter().enumerate() {
            let marker = if lettered {
                format!("{})", DIEM[j])
            } else {
                "-".to_string()
            };
            let tail = labelled(&[
                ("thời gian", &task.timing),
                ("chủ trì", &task.lead),
                ("phối hợp", &task.participants),
            ]);
            body.item(&marker, &task.text, &tail, section);
        }
    }
}

fn task_has_text(task: &TaskItem) -> bool {
    !lines(&task.text).is_empty()
}
