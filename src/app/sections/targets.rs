//! A8: mục tiêu chung and the measurable chỉ tiêu.
//!
//! A target is a row of parts (what, for whom, value with unit, by when,
//! owner) rather than a sentence, so the checklist can ask for the missing
//! number and the exporter can write "100% cán bộ, giáo viên … được …".
//! Which tasks serve a target is set on the tasks; the row only shows them.

use crate::app::components::field::{FieldMessages, TextField};
use crate::app::components::list::{
    firewall, focus_later, move_item, provide_findings_index, row_findings, snippet, use_undo,
    ItemActions, RowInput, SuggestionPanel, UndoBar,
};
use crate::app::components::list::{row_text, Described};
use crate::app::Editor;
use crate::domain::checklist::{FieldRef, TargetPart};
use crate::domain::nd30::format_target_value;
use crate::domain::strings::S;
use crate::domain::templates::suggested_targets;
use crate::domain::text::clean;
use crate::domain::{ItemId, SectionId, Target, Unit};
use leptos::prelude::*;

/// Value of the "khác" option of the unit select.
const OTHER: &str = "other";

/// DOM id prefix of a row's move/delete buttons.
fn actions_id(id: ItemId) -> String {
    format!("kh-target-{id}-act")
}

fn at(id: ItemId, part: TargetPart) -> String {
    FieldRef::Target { id, part }.dom_id()
}

/// How a suggestion reads in the panel: "100% cán bộ, giáo viên … được …".
fn target_line(t: &Target) -> String {
    let parts = [
        format_target_value(&t.value, &t.unit),
        t.group.clone(),
        t.what.clone(),
    ];
    parts
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A8 editor.
#[component]
pub fn TargetsEditor() -> impl IntoView {
    let ed = Editor::get();
    provide_findings_index();
    let undo = use_undo();
    let aim = ed.slice(|p| p.general_aim.clone());
    let set_aim = Callback::new(move |v: String| ed.edit(|p| p.general_aim = clean(&v)));
    let ids = ed.slice(|p| p.targets.iter().map(|t| t.id).collect::<Vec<ItemId>>());
    let len = Memo::new(move |_| ids.with(Vec::len));
    let list_id = FieldRef::Targets.dom_id();
    let d = Described::new(&list_id, Some("kh-targets-help".to_string()));
    let (list_findings, list_msg_id, list_described) = (d.findings, d.msg_id.clone(), d.ids());

    let on_move = Callback::new(move |(i, d): (usize, isize)| {
        ed.edit(|p| {
            move_item(&mut p.targets, i, d);
        })
    });
    let list_focus = list_id.clone();
    let on_delete = Callback::new(move |i: usize| {
        let mut removed = None;
        let mut next = None;
        // Tasks that served the target, to link them again on undo.
        let mut linked: Vec<ItemId> = Vec::new();
        ed.edit(|p| {
            if i >= p.targets.len() {
                return;
            }
            let t = p.targets.remove(i);
            for task in p.task_groups.iter_mut().flat_map(|g| g.items.iter_mut()) {
                if task.targets.contains(&t.id) {
                    task.targets.retain(|x| *x != t.id);
                    linked.push(task.id);
                }
            }
            next = p
                .targets
                .get(i.min(p.targets.len().saturating_sub(1)))
                .map(|t| t.id);
            removed = Some(t);
        });
        let Some(t) = removed else { return };
        let label = snippet(&target_line(&t));
        undo.deleted(label, move || {
            let t = t.clone();
            let id = t.id;
            ed.edit(|p| {
                let pos = i.min(p.targets.len());
                p.targets.insert(pos, t);
                for task in p.task_groups.iter_mut().flat_map(|g| g.items.iter_mut()) {
                    if linked.contains(&task.id) && !task.targets.contains(&id) {
                        task.targets.push(id);
                    }
                }
            });
            focus_later(at(id, TargetPart::What));
        });
        focus_later(match next {
            Some(id) => format!("{}-delete", actions_id(id)),
            None => list_focus.clone(),
        });
    });
    // A new empty target takes focus; a picked suggestion does not, so that
    // several can be picked in a row.
    let push = move |t: Target, focus: bool| {
        let mut new_id = 0;
        ed.edit(|p| {
            new_id = p.fresh_id();
            p.targets.push(Target { id: new_id, ..t });
        });
        if focus {
            focus_later(at(new_id, TargetPart::What));
        }
    };

    let kind_level = ed.slice(|p| (p.kind, p.level));
    let suggestions = Memo::new(move |_| {
        let (k, l) = kind_level.get();
        suggested_targets(k, l)
    });
    let sugg_texts =
        Signal::derive(move || suggestions.with(|s| s.iter().map(target_line).collect()));
    let whats = ed.slice(|p| p.targets.iter().map(|t| t.what.clone()).collect::<Vec<_>>());
    let sugg_added = Signal::derive(move || {
        suggestions.with(|s| whats.with(|w| s.iter().map(|t| w.contains(&t.what)).collect()))
    });
    let on_pick = Callback::new(move |k: usize| {
        if let Some(t) = suggestions.with_untracked(|s| s.get(k).cloned()) {
            push(t, false);
        }
    });

    view! {
        <TextField
            id=FieldRef::GeneralAim.dom_id()
            label=S::TargetAim
            help=S::TargetAimHint
            value=aim
            on_input=set_aim
            multiline=true
        />
        <div class="kh-list-editor">
            <fieldset
                class="kh-list-field"
                id=list_id.clone()
                tabindex="-1"
                aria-describedby=list_described
            >
                <legend class="kh-label">{move || ed.t(S::TargetListLabel)}</legend>
                <p class="kh-help" id="kh-targets-help">{move || ed.t(S::TargetListHelp)}</p>
                <FieldMessages id=list_msg_id findings=list_findings />
                <Show when=move || len.get() == 0>
                    <p class="kh-list-empty">{move || ed.t(S::TargetEmpty)}</p>
                </Show>
                <ol class="kh-rows">
                    <For
                        each=move || ids.get()
                        key=|id| *id
                        children=move |id| {
                            let index = Memo::new(move |_| {
                                ids.with(|v| v.iter().position(|x| *x == id).unwrap_or(0))
                            });
                            view! {
                                <TargetRow id=id index=index len=len on_move=on_move on_delete=on_delete />
                            }
                        }
                    />
                </ol>
                <button
                    type="button"
                    class="kh-button kh-button-secondary kh-add"
                    on:click=move |_| push(Target::default(), true)
                >
                    {move || ed.t(S::TargetAdd)}
                </button>
            </fieldset>
            <UndoBar handle=undo />
            <SuggestionPanel
                title=S::TargetSuggestions
                items=sugg_texts
                on_pick=on_pick
                added=sugg_added
            />
        </div>
    }
}

/// One chỉ tiêu.
#[component]
fn TargetRow(
    id: ItemId,
    index: Memo<usize>,
    len: Memo<usize>,
    on_move: Callback<(usize, isize)>,
    on_delete: Callback<usize>,
) -> impl IntoView {
    let ed = Editor::get();
    // The row's own copy (behind a firewall): typing in another row does
    // not reach this one.
    let t = firewall(move |p| {
        p.targets
            .iter()
            .find(|t| t.id == id)
            .cloned()
            .unwrap_or_default()
    });
    let edit = move |f: Box<dyn FnOnce(&mut Target)>| {
        ed.edit(|p| {
            if let Some(t) = p.targets.iter_mut().find(|t| t.id == id) {
                f(t);
            }
        })
    };
    let text = move |get, set| row_text(t, edit, get, set);
    let (what, set_what) = text(|t| &t.what, |t, v| t.what = v);
    let (group, set_group) = text(|t| &t.group, |t, v| t.group = v);
    let (value, set_value) = text(|t| &t.value, |t, v| t.value = v);
    let (by_when, set_by_when) = text(|t| &t.by_when, |t, v| t.by_when = v);
    let (owner, set_owner) = text(|t| &t.owner, |t, v| t.owner = v);
    let unit = Memo::new(move |_| t.with(|t| t.unit.clone()));
    let other = Memo::new(move |_| match unit.get() {
        Unit::Other(s) => Some(s),
        _ => None,
    });
    let linked = firewall(move |p| {
        p.tasks()
            .filter(|task| task.targets.contains(&id))
            .map(|task| snippet(&task.text))
            .collect::<Vec<_>>()
    });

    let unit_id = at(id, TargetPart::Unit);
    let unit_findings = row_findings(&unit_id);
    let unit_msg = format!("{unit_id}-msg");
    let other_id = format!("{unit_id}-other");
    let tasks_id = at(id, TargetPart::Tasks);
    let tasks_findings = row_findings(&tasks_id);
    let tasks_msg = format!("{tasks_id}-msg");
    let item_label = Signal::derive(move || format!("{} {}", ed.t(S::TargetItem), index.get() + 1));
    let unit_described = {
        let unit_msg = unit_msg.clone();
        move || (!unit_findings.with(Vec::is_empty)).then(|| unit_msg.clone())
    };

    view! {
        <li class="kh-row">
            <div class="kh-row-head">
                <h3 class="kh-row-title">{move || item_label.get()}</h3>
                <ItemActions
                    item_label=item_label
                    index=index
                    len=len
                    on_move=on_move
                    on_delete=on_delete
                    id_prefix=actions_id(id)
                />
            </div>
            <div class="kh-grid">
                <RowInput id=at(id, TargetPart::What) label=S::TargetWhat value=what on_input=set_what rows=2 class="kh-span-all" />
                <RowInput id=at(id, TargetPart::Group) label=S::TargetGroup value=group on_input=set_group class="kh-span-all" />
                <RowInput id=at(id, TargetPart::Value) label=S::TargetValue value=value on_input=set_value />
                <div class="kh-field kh-row-field">
                    <label class="kh-label" for=unit_id.clone()>{move || ed.t(S::TargetUnit)}</label>
                    <select
                        id=unit_id.clone()
                        class="kh-input"
                        aria-describedby=unit_described.clone()
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            let new = if v == OTHER {
                                None
                            } else {
                                Unit::FIXED.into_iter().find(|u| u.label() == v)
                            };
                            edit(Box::new(move |t| match new {
                                Some(u) => t.unit = u,
                                None => {
                                    if !matches!(t.unit, Unit::Other(_)) {
                                        t.unit = Unit::Other(String::new());
                                    }
                                }
                            }));
                            if v == OTHER {
                                focus_later(format!("{}-other", at(id, TargetPart::Unit)));
                            }
                        }
                    >
                        {Unit::FIXED
                            .into_iter()
                            .map(|u| {
                                let label = u.label().to_string();
                                let value = label.clone();
                                let this = u.clone();
                                view! {
                                    <option value=value selected=move || unit.with(|x| *x == this)>
                                        {label}
                                    </option>
                                }
                            })
                            .collect_view()}
                        <option value=OTHER selected=move || other.with(Option::is_some)>
                            {move || ed.t(S::TargetUnitOther)}
                        </option>
                    </select>
                </div>
                <Show when=move || other.with(Option::is_some)>
                    <div class="kh-field kh-row-field">
                        <label class="kh-label" for=other_id.clone()>{move || ed.t(S::TargetUnitOtherLabel)}</label>
                        <input
                            id=other_id.clone()
                            class="kh-input"
                            type="text"
                            aria-describedby=unit_described.clone()
                            aria-invalid=move || (!unit_findings.with(Vec::is_empty)).then_some("true")
                            prop:value=move || other.get().unwrap_or_default()
                            on:input=move |ev| {
                                let v = clean(&event_target_value(&ev));
                                edit(Box::new(move |t| t.unit = Unit::Other(v)));
                            }
                        />
                    </div>
                </Show>
                <div class="kh-span-all">
                    <FieldMessages id=unit_msg findings=unit_findings />
                </div>
                <RowInput id=at(id, TargetPart::ByWhen) label=S::TargetByWhen value=by_when on_input=set_by_when />
                <RowInput id=at(id, TargetPart::Owner) label=S::TargetOwner value=owner on_input=set_owner class="kh-span-2" />
            </div>
            <div
                class="kh-linked"
                id=tasks_id
                tabindex="-1"
                aria-describedby=move || (!tasks_findings.with(Vec::is_empty)).then(|| tasks_msg.clone())
            >
                <span class="kh-linked-label">{move || ed.t(S::TargetTasks)}</span>
                " "
                {move || {
                    let v = linked.get();
                    if v.is_empty() { ed.t(S::TargetTasksNone).to_string() } else { v.join("; ") }
                }}
                " "
                <button
                    type="button"
                    class="kh-link-button"
                    on:click=move |_| ed.current.set(SectionId::Tasks)
                >
                    {move || ed.t(S::TargetGoTasks)}
                </button>
            </div>
            <FieldMessages id=format!("{}-msg", at(id, TargetPart::Tasks)) findings=tasks_findings />
        </li>
    }
}
