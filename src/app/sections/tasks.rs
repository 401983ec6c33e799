//! A9: nội dung, nhiệm vụ, giải pháp — numbered groups of tasks.
//!
//! Groups usually follow the sub-areas of PLAN_CHECKLIST §2 (B1–B12); a
//! sub-area without a group gets an "Thêm nhóm: …" button, which is where the
//! checklist's `TaskArea` findings point. A plan may hold hundreds of tasks:
//! every row reads its task through its own memo, found through its group,
//! so a keystroke re-renders one input only.

use crate::app::components::field::FieldMessages;
use crate::app::components::list::{
    firewall, focus_later, move_item, provide_findings_index, provide_findings_scope, row_findings,
    snippet, use_undo, ItemActions, RowInput, SuggestionPanel, UndoBar, UndoHandle,
};
use crate::app::components::list::{row_text, Described};
use crate::app::Editor;
use crate::domain::checklist::{FieldRef, TaskPart};
use crate::domain::strings::S;
use crate::domain::templates::{insert_task, suggested_tasks};
use crate::domain::text::clean;
use crate::domain::{IssuerLevel, ItemId, Plan, PlanKind, SubArea, TaskGroup, TaskItem};
use leptos::prelude::*;

/// The `<datalist>` of roles from tổ chức thực hiện, shared by every lead input.
const ROLES_LIST: &str = "kh-task-roles";
/// Id of "Thêm nhóm trống" (focus lands there when the last group goes).
const ADD_GROUP_ID: &str = "kh-task-group-add";

fn task_at(id: ItemId, part: TaskPart) -> String {
    FieldRef::Task { id, part }.dom_id()
}

fn group_actions_id(id: ItemId) -> String {
    format!("kh-task-group-{id}-act")
}

fn task_actions_id(id: ItemId) -> String {
    format!("kh-task-{id}-act")
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

/// The task id in a DOM id "f-task-{id}-{part}".
fn task_id_of(dom_id: &str) -> Option<ItemId> {
    let rest = dom_id.strip_prefix("f-task-")?;
    rest.split('-').next()?.parse().ok()
}

fn group_mut(p: &mut Plan, gid: ItemId) -> Option<&mut TaskGroup> {
    p.task_groups.iter_mut().find(|g| g.id == gid)
}

/// Memos and handles every group and row shares (all Copy).
#[derive(Clone, Copy)]
struct Shared {
    undo: UndoHandle,
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
    let ed = Editor::get();
    provide_findings_index();
    let undo = use_undo();
    // Everything the rows read goes through `firewall`, so a keystroke in
    // one task does not walk the memos of all the others.
    let group_ids = firewall(|p| p.task_groups.iter().map(|g| g.id).collect::<Vec<ItemId>>());
    let glen = Memo::new(move |_| group_ids.with(Vec::len));
    let roles = ed.slice(|p| {
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
    let missing = ed.slice(|p| {
        SubArea::ALL
            .into_iter()
            .filter(|a| !p.task_groups.iter().any(|g| g.area == Some(*a)))
            .collect::<Vec<_>>()
    });
    let setting = firewall(|p| (p.kind, p.level, plan_year(p)));
    let shared = Shared {
        undo,
        targets,
        first_of_area,
        setting,
    };

    let list_id = FieldRef::Tasks.dom_id();
    let d = Described::new(&list_id, Some("kh-tasks-help".to_string()));
    let (list_findings, list_msg_id, list_described) = (d.findings, d.msg_id.clone(), d.ids());

    let on_move_group = Callback::new(move |(i, d): (usize, isize)| {
        ed.edit(|p| {
            move_item(&mut p.task_groups, i, d);
        })
    });
    let on_delete_group = Callback::new(move |i: usize| {
        let mut removed = None;
        let mut next = None;
        ed.edit(|p| {
            if i < p.task_groups.len() {
                removed = Some(p.task_groups.remove(i));
                next = p
                    .task_groups
                    .get(i.min(p.task_groups.len().saturating_sub(1)))
                    .map(|g| g.id);
            }
        });
        let Some(g) = removed else { return };
        let label = format!("{} “{}”", ed.t(S::TaskGroupItem), snippet(&g.title));
        undo.deleted(label, move || {
            let g = g.clone();
            let gid = g.id;
            ed.edit(|p| {
                let pos = i.min(p.task_groups.len());
                p.task_groups.insert(pos, g);
            });
            focus_later(FieldRef::TaskGroup { id: gid }.dom_id());
        });
        focus_later(match next {
            Some(id) => format!("{}-delete", group_actions_id(id)),
            None => ADD_GROUP_ID.to_string(),
        });
    });
    let add_group = move |area: Option<SubArea>| {
        let mut gid = 0;
        ed.edit(|p| {
            gid = p.fresh_id();
            p.task_groups.push(TaskGroup {
                id: gid,
                area,
                title: area.map(|a| a.title_vi().to_string()).unwrap_or_default(),
                items: Vec::new(),
            });
        });
        focus_later(FieldRef::TaskGroup { id: gid }.dom_id());
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
                id=list_id.clone()
                tabindex="-1"
                role="group"
                aria-labelledby="kh-section-heading"
                aria-describedby=list_described
            >
                <p class="kh-help" id="kh-tasks-help">{move || ed.t(S::TaskListHelp)}</p>
                <FieldMessages id=list_msg_id findings=list_findings />
                <ol class="kh-groups">
                    <For
                        each=move || group_ids.get()
                        key=|id| *id
                        children=move |gid| {
                            let index = Memo::new(move |_| {
                                group_ids.with(|v| v.iter().position(|x| *x == gid).unwrap_or(0))
                            });
                            view! {
                                <GroupBlock
                                    gid=gid
                                    index=index
                                    len=glen
                                    shared=shared
                                    on_move=on_move_group
                                    on_delete=on_delete_group
                                />
                            }
                        }
                    />
                </ol>
                <UndoBar handle=undo />
                <button
                    type="button"
                    class="kh-button kh-button-secondary kh-add"
                    id=ADD_GROUP_ID
                    on:click=move |_| add_group(None)
                >
                    {move || ed.t(S::TaskGroupAdd)}
                </button>
            </div>
            <Show when=move || !missing.with(Vec::is_empty)>
                <section class="kh-areas" aria-labelledby="kh-areas-title">
                    <h3 class="kh-areas-title" id="kh-areas-title">
                        {move || ed.t(S::TaskAreasMissing)}
                    </h3>
                    <p class="kh-help">{move || ed.t(S::TaskAreasMissingHelp)}</p>
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
                                            {move || ed.t(S::TaskAreaAdd)}
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
    gid: ItemId,
    index: Memo<usize>,
    len: Memo<usize>,
    shared: Shared,
    on_move: Callback<(usize, isize)>,
    on_delete: Callback<usize>,
) -> impl IntoView {
    let ed = Editor::get();
    let undo = shared.undo;
    // Two levels: only the group listens to the plan (through a firewall),
    // and a row listens to its group.
    let group = firewall(move |p| p.task_groups.iter().find(|g| g.id == gid).cloned());
    provide_findings_scope(move |dom_id| {
        dom_id.starts_with("f-tasks-area-")
            || dom_id == FieldRef::TaskGroup { id: gid }.dom_id()
            || task_id_of(dom_id).is_some_and(|tid| {
                group.with(|g| {
                    g.as_ref()
                        .is_some_and(|g| g.items.iter().any(|t| t.id == tid))
                })
            })
    });
    let title =
        Memo::new(move |_| group.with(|g| g.as_ref().map(|g| g.title.clone()).unwrap_or_default()));
    let area = Memo::new(move |_| group.with(|g| g.as_ref().and_then(|g| g.area)));
    let item_ids = Memo::new(move |_| {
        group.with(|g| {
            g.as_ref()
                .map(|g| g.items.iter().map(|t| t.id).collect::<Vec<ItemId>>())
                .unwrap_or_default()
        })
    });
    let ilen = Memo::new(move |_| item_ids.with(Vec::len));
    // Suggestions start folded beside a group that already has tasks.
    let has_items = ilen.get_untracked() > 0;
    // The sub-area whose DOM id this group's "Thêm nhiệm vụ" carries.
    let first_area = Memo::new(move |_| {
        shared
            .first_of_area
            .with(|v| v.iter().find(|(_, g)| *g == gid).map(|(a, _)| *a))
    });
    let set_title = Callback::new(move |v: String| {
        ed.edit(|p| {
            if let Some(g) = group_mut(p, gid) {
                g.title = clean(&v);
            }
        })
    });
    let area_id = format!("kh-task-group-{gid}-area");
    let item_label = Signal::derive(move || {
        let t = title.get();
        let n = index.get() + 1;
        if t.trim().is_empty() {
            format!("{} {n}", ed.t(S::TaskGroupItem))
        } else {
            format!("{} {n}: {}", ed.t(S::TaskGroupItem), snippet(&t))
        }
    });
    let add_id = move || match first_area.get() {
        Some(a) => FieldRef::TaskArea(a).dom_id(),
        None => format!("kh-task-group-{gid}-add"),
    };

    let on_move_task = Callback::new(move |(i, d): (usize, isize)| {
        ed.edit(|p| {
            if let Some(g) = group_mut(p, gid) {
                move_item(&mut g.items, i, d);
            }
        })
    });
    let on_delete_task = Callback::new(move |i: usize| {
        let mut removed = None;
        let mut next = None;
        ed.edit(|p| {
            if let Some(g) = group_mut(p, gid) {
                if i < g.items.len() {
                    removed = Some(g.items.remove(i));
                    next = g
                        .items
                        .get(i.min(g.items.len().saturating_sub(1)))
                        .map(|t| t.id);
                }
            }
        });
        let Some(t) = removed else { return };
        let label = format!("{} “{}”", ed.t(S::TaskItem), snippet(&t.text));
        undo.deleted(label, move || {
            let t = t.clone();
            let id = t.id;
            ed.edit(|p| {
                if let Some(g) = group_mut(p, gid) {
                    let pos = i.min(g.items.len());
                    g.items.insert(pos, t);
                } else {
                    // The group went meanwhile: keep the task in a group of its own.
                    let new_gid = p.fresh_id();
                    p.task_groups.push(TaskGroup {
                        id: new_gid,
                        area: None,
                        title: String::new(),
                        items: vec![t],
                    });
                }
            });
            focus_later(task_at(id, TaskPart::Text));
        });
        focus_later(match next {
            Some(id) => format!("{}-delete", task_actions_id(id)),
            None => add_id(),
        });
    });
    let add_task = move |_| {
        let mut id = 0;
        ed.edit(|p| {
            id = p.fresh_id();
            if let Some(g) = group_mut(p, gid) {
                g.items.push(TaskItem {
                    id,
                    ..TaskItem::default()
                });
            }
        });
        focus_later(task_at(id, TaskPart::Text));
    };

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
        ed.edit(|p| match (a, first) {
            // This group is where `insert_task` puts tasks of its sub-area.
            (Some(a), Some(f)) if a == f => {
                insert_task(p, a, item);
            }
            _ => {
                let id = p.fresh_id();
                if let Some(g) = group_mut(p, gid) {
                    g.items.push(TaskItem { id, ..item });
                }
            }
        });
    });

    view! {
        <li class="kh-group">
            <div class="kh-row-head">
                <h3 class="kh-row-title">
                    {move || ed.t(S::TaskGroupItem)} " " {move || index.get() + 1}
                </h3>
                <ItemActions
                    item_label=item_label
                    index=index
                    len=len
                    on_move=on_move
                    on_delete=on_delete
                    id_prefix=group_actions_id(gid)
                />
            </div>
            <div class="kh-grid">
                <RowInput
                    id=FieldRef::TaskGroup { id: gid }.dom_id()
                    label=S::TaskGroupTitle
                    value=title
                    on_input=set_title
                    class="kh-span-all"
                />
                <div class="kh-field kh-row-field kh-span-2">
                    <label class="kh-label" for=area_id.clone()>{move || ed.t(S::TaskGroupArea)}</label>
                    <select
                        id=area_id
                        class="kh-input"
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            let a = SubArea::ALL.into_iter().find(|a| a.code() == v);
                            ed.edit(|p| {
                                if let Some(g) = group_mut(p, gid) {
                                    g.area = a;
                                }
                            });
                        }
                    >
                        <option value="" selected=move || area.get().is_none()>
                            {move || ed.t(S::TaskGroupAreaNone)}
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
            <Show when=move || ilen.get() == 0>
                <p class="kh-list-empty">{move || ed.t(S::TaskEmpty)}</p>
            </Show>
            <ol class="kh-rows">
                <For
                    each=move || item_ids.get()
                    key=|id| *id
                    children=move |id| {
                        let tindex = Memo::new(move |_| {
                            item_ids.with(|v| v.iter().position(|x| *x == id).unwrap_or(0))
                        });
                        view! {
                            <TaskRow
                                id=id
                                gid=gid
                                index=tindex
                                len=ilen
                                group_index=index
                                group=group
                                shared=shared
                                on_move=on_move_task
                                on_delete=on_delete_task
                            />
                        }
                    }
                />
            </ol>
            <button
                type="button"
                class="kh-button kh-button-secondary kh-button-small kh-add"
                id=add_id
                on:click=add_task
            >
                {move || ed.t(S::TaskAdd)}
            </button>
            {move || {
                first_area
                    .get()
                    .map(|a| {
                        let id = FieldRef::TaskArea(a).dom_id();
                        let findings = row_findings(&id);
                        view! { <FieldMessages id=format!("{id}-msg") findings=findings /> }
                    })
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
    id: ItemId,
    gid: ItemId,
    index: Memo<usize>,
    len: Memo<usize>,
    group_index: Memo<usize>,
    group: ReadSignal<Option<TaskGroup>>,
    shared: Shared,
    on_move: Callback<(usize, isize)>,
    on_delete: Callback<usize>,
) -> impl IntoView {
    let ed = Editor::get();
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
    let prefix = format!("f-task-{id}-");
    provide_findings_scope(move |dom_id| dom_id.starts_with(&prefix));
    let edit = move |f: Box<dyn FnOnce(&mut TaskItem)>| {
        ed.edit(|p| {
            let t = match p.task_groups.iter().position(|g| g.id == gid) {
                Some(gi) if p.task_groups[gi].items.iter().any(|t| t.id == id) => {
                    p.task_groups[gi].items.iter_mut().find(|t| t.id == id)
                }
                _ => p
                    .task_groups
                    .iter_mut()
                    .flat_map(|g| g.items.iter_mut())
                    .find(|t| t.id == id),
            };
            if let Some(t) = t {
                f(t);
            }
        })
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
            ed.t(S::TaskItem),
            group_index.get() + 1,
            index.get() + 1
        )
    });
    let targets_id = task_at(id, TaskPart::Targets);
    let targets_findings = row_findings(&targets_id);
    let targets_msg = format!("{targets_id}-msg");
    let targets = shared.targets;

    view! {
        <li class="kh-row kh-task">
            <div class="kh-row-head">
                <h4 class="kh-row-title">{move || item_label.get()}</h4>
                <ItemActions
                    item_label=item_label
                    index=index
                    len=len
                    on_move=on_move
                    on_delete=on_delete
                    id_prefix=task_actions_id(id)
                />
            </div>
            <div class="kh-grid">
                <RowInput id=task_at(id, TaskPart::Text) label=S::TaskText value=body on_input=set_body rows=2 class="kh-span-all" />
                <RowInput id=task_at(id, TaskPart::Timing) label=S::TaskTiming value=timing on_input=set_timing />
                <RowInput id=task_at(id, TaskPart::Lead) label=S::TaskLead value=lead on_input=set_lead list=ROLES_LIST />
                <RowInput id=task_at(id, TaskPart::Participants) label=S::TaskParticipants value=participants on_input=set_participants />
            </div>
            <details
                class="kh-task-targets"
                id=targets_id
                tabindex="-1"
                aria-describedby=move || (!targets_findings.with(Vec::is_empty)).then(|| targets_msg.clone())
            >
                <summary>{move || ed.t(S::TaskTargets)} " (" {move || served.get()} ")"</summary>
                <Show when=move || targets.with(Vec::is_empty)>
                    <p class="kh-help">{move || ed.t(S::TaskTargetsNone)}</p>
                </Show>
                <For
                    each=move || targets.get().into_iter().enumerate()
                    key=|(k, (tid, what))| (*k, *tid, what.clone())
                    children=move |(k, (tid, what))| {
                        let cb = format!("kh-task-{id}-target-{tid}");
                        let checked = Memo::new(move |_| task.with(|t| t.targets.contains(&tid)));
                        view! {
                            <div class="kh-check">
                                <input
                                    type="checkbox"
                                    id=cb.clone()
                                    prop:checked=move || checked.get()
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        edit(Box::new(move |t| {
                                            t.targets.retain(|x| *x != tid);
                                            if on {
                                                t.targets.push(tid);
                                            }
                                        }));
                                    }
                                />
                                <label for=cb>
                                    {move || ed.t(S::TargetItem)} " " {k + 1} ": " {what.clone()}
                                </label>
                            </div>
                        }
                    }
                />
            </details>
            <FieldMessages id=format!("{}-msg", task_at(id, TaskPart::Targets)) findings=targets_findings />
        </li>
    }
}
