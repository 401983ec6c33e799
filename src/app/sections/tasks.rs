//! A9: nội dung, nhiệm vụ, giải pháp — numbered groups of tasks.
//!
//! Groups usually follow the sub-areas of PLAN_CHECKLIST §2 (B1–B12); a
//! sub-area without a group gets an "Thêm nhóm: …" button, which is where the
//! checklist's `TaskArea` findings point. A plan may hold hundreds of tasks:
//! every row reads its task through its own memo, found through its group,
//! so a keystroke re-renders one input only.

use crate::app::components::field::{CheckBox, FieldDescription, TextInput};
use crate::app::components::list::{row_text, snippet, IdList, RowControls};
use crate::app::components::rows::{ListRows, RowHead};
use crate::app::components::suggestions::SuggestionPanel;
use crate::app::hooks::{firewall, provide_findings_scope};
use crate::app::state::{use_plan, use_translation};
use crate::domain::checklist::{FieldRef, TaskPart};
use crate::domain::plan::list::{GroupTasks, PlanList, TaskGroups};
use crate::domain::strings::S;
use crate::domain::templates::{insert_task, suggested_tasks};
use crate::domain::text::clean;
use crate::domain::{IssuerLevel, ItemId, Plan, PlanKind, SubArea, TaskGroup, TaskItem};
use leptos::prelude::*;

/// The `<datalist>` of roles from tổ chức thực hiện, shared by every lead input.
const ROLES_LIST: &str = "kh-task-roles";
/// Id of "Thêm nhóm trống" (focus lands there when the last group goes).
const ADD_GROUP_ID: &str = "kh-task-group-add";

fn task_at(id: ItemId, part: TaskPart) -> FieldRef {
    FieldRef::Task { id, part }
}

fn task_text(id: ItemId) -> FieldRef {
    task_at(id, TaskPart::Text)
}

fn group_title(id: ItemId) -> FieldRef {
    FieldRef::TaskGroup { id }
}

/// The year suggestions are dated in: the plan's first year, else the
/// year of its date, else this year.
fn plan_year(p: &Plan) -> u16 {
    match p.period.first_year() {
        0 => p
            .header
            .date
            .map(|d| d.year())
            .or_else(|| crate::browser::today::today().map(|d| d.year()))
            .unwrap_or(0),
        y => y,
    }
}

/// Memos and handles every group and row shares (all Copy).
#[derive(Clone, Copy)]
struct Shared {
    /// The groups' wiring; its undo bar serves the tasks too.
    groups: IdList<TaskGroups>,
    /// (id, what) of the plan's targets, for the "serves" checkboxes.
    targets: ReadSignal<Vec<(ItemId, String)>>,
    /// The first group of each sub-area: its "Thêm nhiệm vụ" carries the
    /// sub-area's DOM id.
    first_of_area: ReadSignal<Vec<(SubArea, ItemId)>>,
    /// Kind, level and year, which choose the suggestions.
    setting: ReadSignal<(PlanKind, IssuerLevel, u16)>,
}

/// A9 editor.
#[component]
pub fn TasksEditor() -> impl IntoView {
    let plan = use_plan();
    let lang = use_translation();
    // Everything the rows read goes through `firewall`, so a keystroke in
    // one task does not walk the memos of all the others.
    let groups = IdList::new(TaskGroups, FieldRef::Tasks, group_title)
        .named(|g, lang| format!("{} “{}”", lang.t(S::TaskGroupItem), snippet(&g.title)))
        .deletes_in_a_row("kh-task-group")
        .when_empty(ADD_GROUP_ID.to_string());
    let roles = plan.slice(|p| {
        p.assignments
            .iter()
            .map(|a| a.role.trim().to_string())
            .filter(|r| !r.is_empty())
            .collect::<Vec<_>>()
    });
    let targets = firewall(|p| {
        p.targets
            .iter()
            .map(|t| (t.id, t.what.clone()))
            .collect::<Vec<_>>()
    });
    let first_of_area = firewall(|p| {
        let mut v: Vec<(SubArea, ItemId)> = Vec::new();
        for g in &p.task_groups {
            if let Some(a) = g.area {
                if !v.iter().any(|(x, _)| *x == a) {
                    v.push((a, g.id));
                }
            }
        }
        v
    });
    let missing = plan.slice(|p| {
        SubArea::ALL
            .into_iter()
            .filter(|a| !p.task_groups.iter().any(|g| g.area == Some(*a)))
            .collect::<Vec<_>>()
    });
    let setting = firewall(|p| (p.kind, p.level, plan_year(p)));
    let shared = Shared {
        groups,
        targets,
        first_of_area,
        setting,
    };

    let described = FieldDescription::new(FieldRef::Tasks, Some("kh-tasks-help".to_string()));
    let aria = described.ids();
    let add_group = move |area: Option<SubArea>| {
        let title = area.map(|a| a.title_vi().to_string()).unwrap_or_default();
        groups.add(
            |id| TaskGroup {
                id,
                area,
                title,
                items: Vec::new(),
            },
            true,
        );
    };

    view! {
        <datalist id=ROLES_LIST>
            <For
                each=move || roles.get()
                key=|r| r.clone()
                children=|r| view! { <option value=r></option> }
            />
        </datalist>
        <div class="kh-list-editor">
            <div
                class="kh-list-field"
                id=FieldRef::Tasks.dom_id()
                tabindex="-1"
                role="group"
                aria-labelledby="kh-section-heading"
                aria-describedby=aria
            >
                <p class="kh-help" id="kh-tasks-help">{move || lang.t(S::TaskListHelp)}</p>
                <ListRows
                    keys=groups.keys()
                    controls=groups.controls()
                    row=Callback::new(move |(gid, controls)| view! { <GroupBlock gid controls shared /> }.into_any())
                    class="kh-groups"
                    described
                    undo=groups.undo
                    add_label=S::TaskGroupAdd
                    on_add=Callback::new(move |()| add_group(None))
                    add_id=ADD_GROUP_ID.to_string()
                />
            </div>
            <Show when=move || !missing.with(Vec::is_empty)>
                <section class="kh-areas" aria-labelledby="kh-areas-title">
                    <h3 class="kh-areas-title" id="kh-areas-title">
                        {move || lang.t(S::TaskAreasMissing)}
                    </h3>
                    <p class="kh-help">{move || lang.t(S::TaskAreasMissingHelp)}</p>
                    <ul class="kh-area-buttons">
                        <For
                            each=move || missing.get()
                            key=|a| *a
                            children=move |a| {
                                view! {
                                    <li>
                                        <button
                                            type="button"
                                            class="kh-button kh-button-secondary kh-button-small"
                                            id=FieldRef::TaskArea(a).dom_id()
                                            on:click=move |_| add_group(Some(a))
                                        >
                                            {move || lang.t(S::TaskAreaAdd)}
                                            ": "
                                            {a.title_vi()}
                                        </button>
                                    </li>
                                }
                            }
                        />
                    </ul>
                </section>
            </Show>
        </div>
    }
}

/// One numbered group: heading, sub-area, its tasks and their suggestions.
#[component]
fn GroupBlock(
    /// The group's id.
    gid: ItemId,
    /// Its position and the groups' move / delete.
    controls: RowControls,
    /// What every group shares.
    shared: Shared,
) -> impl IntoView {
    let plan = use_plan();
    let lang = use_translation();
    let index = controls.index;
    // Two levels: only the group listens to the plan (through a firewall),
    // and a row listens to its group.
    let group = firewall(move |p| p.item_in(TaskGroups, gid).cloned());
    let holds = move |tid: ItemId| {
        group.with(|g| {
            g.as_ref()
                .is_some_and(|g| g.items.iter().any(|t| t.id == tid))
        })
    };
    provide_findings_scope(move |field| match field {
        FieldRef::TaskArea(_) => true,
        FieldRef::TaskGroup { id } => id == gid,
        FieldRef::Task { id, .. } => holds(id),
        _ => false,
    });
    let title =
        Memo::new(move |_| group.with(|g| g.as_ref().map(|g| g.title.clone()).unwrap_or_default()));
    let area = Memo::new(move |_| group.with(|g| g.as_ref().and_then(|g| g.area)));
    // The sub-area whose DOM id this group's "Thêm nhiệm vụ" carries.
    let first_area = Memo::new(move |_| {
        shared
            .first_of_area
            .with(|v| v.iter().find(|(_, g)| *g == gid).map(|(a, _)| *a))
    });
    let add_id = move || match first_area.get() {
        Some(a) => FieldRef::TaskArea(a).dom_id(),
        None => format!("kh-task-group-{gid}-add"),
    };
    let tasks = IdList::new(GroupTasks(gid), FieldRef::Tasks, task_text)
        .named(|t, lang| format!("{} “{}”", lang.t(S::TaskItem), snippet(&t.text)))
        .deletes_in_a_row("kh-task")
        .when_empty(Signal::derive(add_id))
        .sharing(shared.groups.undo);
    // Suggestions start folded beside a group that already has tasks.
    let has_items = tasks.len.get_untracked() > 0;
    let set_title = Callback::new(move |v: String| {
        shared
            .groups
            .update(gid, |g| g.title = clean(&v));
    });
    let area_id = format!("kh-task-group-{gid}-area");
    let item_label = Signal::derive(move || {
        let t = title.get();
        let n = index.get() + 1;
        if t.trim().is_empty() {
            format!("{} {n}", lang.t(S::TaskGroupItem))
        } else {
            format!("{} {n}: {}", lang.t(S::TaskGroupItem), snippet(&t))
        }
    });

    // Suggestions of the group's sub-area, for the plan's kind, level and year.
    let suggestions = Memo::new(move |_| match area.get() {
        Some(a) => {
            let (k, l, y) = shared.setting.get();
            suggested_tasks(k, l, a, y)
        }
        None => Vec::new(),
    });
    let sugg_texts = Signal::derive(move || {
        suggestions.with(|s| s.iter().map(|t| t.text.clone()).collect::<Vec<_>>())
    });
    let texts = Memo::new(move |_| {
        group.with(|g| {
            g.as_ref()
                .map(|g| g.items.iter().map(|t| t.text.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let sugg_added = Signal::derive(move || {
        suggestions.with(|s| texts.with(|t| s.iter().map(|x| t.contains(&x.text)).collect()))
    });
    let on_pick = Callback::new(move |k: usize| {
        let Some(item) = suggestions.with_untracked(|s| s.get(k).cloned()) else {
            return;
        };
        let a = area.get_untracked();
        let first = first_area.get_untracked();
        plan.edit(|p| match (a, first) {
            // This group is where `insert_task` puts tasks of its sub-area.
            (Some(a), Some(f)) if a == f => {
                insert_task(p, a, item);
            }
            _ => {
                p.add_new(GroupTasks(gid), |id| TaskItem { id, ..item });
            }
        });
    });

    view! {
        <li class="kh-group">
            <RowHead
                title=move || format!("{} {}", lang.t(S::TaskGroupItem), index.get() + 1)
                item_label
                controls
                actions=shared.groups.actions_id(gid)
            />
            <div class="kh-grid">
                <TextInput row=true field=FieldRef::TaskGroup { id: gid } label=S::TaskGroupTitle value=title on_input=set_title class="kh-span-all" />
                <div class="kh-field kh-row-field kh-span-2">
                    <label class="kh-label" for=area_id.clone()>{move || lang.t(S::TaskGroupArea)}</label>
                    <select
                        id=area_id
                        class="kh-input"
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            let a = SubArea::ALL.into_iter().find(|a| a.code() == v);
                            shared.groups.update(gid, |g| g.area = a);
                        }
                    >
                        <option value="" selected=move || area.get().is_none()>
                            {move || lang.t(S::TaskGroupAreaNone)}
                        </option>
                        {SubArea::ALL
                            .into_iter()
                            .map(|a| {
                                view! {
                                    <option value=a.code() selected=move || area.get() == Some(a)>
                                        {a.code()} " – " {a.title_vi()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
            </div>
            <ListRows
                keys=tasks.keys()
                controls=tasks.controls()
                row=Callback::new(move |(id, controls)| {
                    let actions = tasks.actions_id(id);
                    view! { <TaskRow id gid controls actions group_index=index group shared /> }.into_any()
                })
                class="kh-rows"
                empty=Some(S::TaskEmpty)
                add_label=S::TaskAdd
                on_add=Callback::new(move |()| tasks.add_empty())
                add_id=Signal::derive(add_id)
                small_add=true
            />
            {move || {
                first_area
                    .get()
                    .map(|a| FieldDescription::new(FieldRef::TaskArea(a), None).messages())
            }}
            <SuggestionPanel
                title=S::TaskSuggestions
                items=sugg_texts
                on_pick=on_pick
                added=sugg_added
                closed=has_items
            />
        </li>
    }
}

/// One task.
#[component]
fn TaskRow(
    /// The task's id.
    id: ItemId,
    /// Its group's id.
    gid: ItemId,
    /// Its position and the group's move / delete.
    controls: RowControls,
    /// Prefix of its move/delete buttons' ids.
    actions: Option<String>,
    /// The group's position (tasks are numbered "2.3").
    group_index: Memo<usize>,
    /// The group's copy, which the row reads.
    group: ReadSignal<Option<TaskGroup>>,
    /// What every group shares.
    shared: Shared,
) -> impl IntoView {
    let plan = use_plan();
    let lang = use_translation();
    let index = controls.index;
    // The row's own memo, on its group's copy (not on the plan): typing
    // here re-runs the rows of this group only.
    let task = Memo::new(move |_| {
        group.with(|g| {
            g.as_ref()
                .and_then(|g| g.items.iter().find(|t| t.id == id))
                .cloned()
                .unwrap_or_default()
        })
    });
    provide_findings_scope(move |field| matches!(field, FieldRef::Task { id: t, .. } if t == id));
    let edit = move |f: Box<dyn FnOnce(&mut TaskItem)>| {
        plan.edit(|p| {
            // In its group, else wherever it is.
            let in_group = GroupTasks(gid)
                .items(p)
                .is_some_and(|v| v.iter().any(|t| t.id == id));
            let t = if in_group {
                p.item_in_mut(GroupTasks(gid), id)
            } else {
                p.task_mut(id)
            };
            if let Some(t) = t {
                f(t);
            }
        });
    };
    let text = move |get, set| row_text(task, edit, get, set);
    let (body, set_body) = text(|t| &t.text, |t, v| t.text = v);
    let (timing, set_timing) = text(|t| &t.timing, |t, v| t.timing = v);
    let (lead, set_lead) = text(|t| &t.lead, |t, v| t.lead = v);
    let (participants, set_participants) = text(|t| &t.participants, |t, v| t.participants = v);
    let served = Memo::new(move |_| task.with(|t| t.targets.len()));

    let item_label = Signal::derive(move || {
        format!(
            "{} {}.{}",
            lang.t(S::TaskItem),
            group_index.get() + 1,
            index.get() + 1
        )
    });
    let served_by = FieldDescription::new(task_at(id, TaskPart::Targets), None);
    let targets = shared.targets;

    view! {
        <li class="kh-row kh-task">
            <RowHead title=item_label item_label controls actions nested=true />
            <div class="kh-grid">
                <TextInput row=true field=task_at(id, TaskPart::Text) label=S::TaskText value=body on_input=set_body lines=2 class="kh-span-all" />
                <TextInput row=true field=task_at(id, TaskPart::Timing) label=S::TaskTiming value=timing on_input=set_timing />
                <TextInput row=true field=task_at(id, TaskPart::Lead) label=S::TaskLead value=lead on_input=set_lead list=ROLES_LIST />
                <TextInput row=true field=task_at(id, TaskPart::Participants) label=S::TaskParticipants value=participants on_input=set_participants />
            </div>
            <details
                class="kh-task-targets"
                id=task_at(id, TaskPart::Targets).dom_id()
                tabindex="-1"
                aria-describedby=served_by.ids()
            >
                <summary>{move || lang.t(S::TaskTargets)} " (" {move || served.get()} ")"</summary>
                <Show when=move || targets.with(Vec::is_empty)>
                    <p class="kh-help">{move || lang.t(S::TaskTargetsNone)}</p>
                </Show>
                <For
                    each=move || targets.get().into_iter().enumerate()
                    key=|(k, (tid, what))| (*k, *tid, what.clone())
                    children=move |(k, (tid, what))| {
                        let cb = format!("kh-task-{id}-target-{tid}");
                        let checked = Memo::new(move |_| task.with(|t| t.targets.contains(&tid)));
                        let serve = Callback::new(move |on: bool| {
                            edit(Box::new(move |t| {
                                t.targets.retain(|x| *x != tid);
                                if on {
                                    t.targets.push(tid);
                                }
                            }));
                        });
                        view! {
                            <CheckBox id=cb checked on_change=serve>
                                {move || lang.t(S::TargetItem)} " " {k + 1} ": " {what.clone()}
                            </CheckBox>
                        }
                    }
                />
            </details>
            {served_by.messages()}
        </li>
    }
}
