//! A8: mục tiêu chung and the measurable chỉ tiêu.
//!
//! A target is a row of parts (what, for whom, value with unit, by when,
//! owner) rather than a sentence, so the checklist can ask for the missing
//! number and the exporter can write "100% cán bộ, giáo viên … được …".
//! Which tasks serve a target is set on the tasks; the row only shows them.

use crate::app::components::field::{FieldDescription, TextInput};
use crate::app::components::list::{snippet, IdList, ListRow};
use crate::app::components::rows::{ListHeading, RowHead, RowsBlock};
use crate::app::components::suggestions::SuggestionPanel;
use crate::app::hooks::{firewall, focus_later};
use crate::app::state::{use_navigation, use_plan, use_translation};
use crate::domain::checklist::{FieldRef, TargetPart};
use crate::domain::nd30::format_target_value;
use crate::domain::plan::list::Targets;
use crate::domain::strings::S;
use crate::domain::templates::suggested_targets;
use crate::domain::text::clean;
use crate::domain::{ItemId, SectionId, Target, Unit};
use leptos::prelude::*;

/// Value of the "khác" option of the unit select.
const OTHER: &str = "other";

fn what_field(id: ItemId) -> FieldRef {
    FieldRef::Target {
        id,
        part: TargetPart::What,
    }
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
    let plan = use_plan();
    let (aim, set_aim) = plan.text(|p| &p.general_aim, |p, v| p.general_aim = v);
    let list = IdList::new(Targets, FieldRef::Targets, what_field)
        .named(|t, _| snippet(&target_line(t)))
        .deletes_in_a_row("kh-target")
        .when_empty(FieldRef::Targets.dom_id());

    let kind_level = plan.slice(|p| (p.kind, p.level));
    let suggestions = Memo::new(move |_| {
        let (k, l) = kind_level.get();
        suggested_targets(k, l)
    });
    let sugg_texts =
        Signal::derive(move || suggestions.with(|s| s.iter().map(target_line).collect()));
    let whats = plan.slice(|p| p.targets.iter().map(|t| t.what.clone()).collect::<Vec<_>>());
    let sugg_added = Signal::derive(move || {
        suggestions.with(|s| whats.with(|w| s.iter().map(|t| w.contains(&t.what)).collect()))
    });
    // A picked suggestion does not take focus, so that several can be
    // picked in a row.
    let on_pick = Callback::new(move |k: usize| {
        if let Some(t) = suggestions.with_untracked(|s| s.get(k).cloned()) {
            list.add(|id| Target { id, ..t }, false);
        }
    });

    view! {
        <TextInput field=FieldRef::GeneralAim label=S::TargetAim help=S::TargetAimHint value=aim on_input=set_aim lines=4 />
        <div class="kh-list-editor">
            <RowsBlock
                list
                row=|row| view! { <TargetRow row /> }
                add_label=S::TargetAdd
                empty=S::TargetEmpty
                heading=ListHeading {
                    legend: S::TargetListLabel,
                    help: S::TargetListHelp,
                    help_id: "kh-targets-help",
                }
            />
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
    /// The target's row.
    row: ListRow<Targets>,
) -> impl IntoView {
    let lang = use_translation();
    let nav = use_navigation();
    let (id, index, t) = (row.id, row.index(), row.item);
    let edit = move |f: Box<dyn FnOnce(&mut Target)>| row.update(f);
    let text = move |get, set| row.text(get, set);
    let (what, set_what) = text(|t| &t.what, |t, v| t.what = v);
    let (group, set_group) = text(|t| &t.group, |t, v| t.group = v);
    let (value, set_value) = text(|t| &t.value, |t, v| t.value = v);
    let (by_when, set_by_when) = text(|t| &t.by_when, |t, v| t.by_when = v);
    let (owner, set_owner) = text(|t| &t.owner, |t, v| t.owner = v);
    let unit_value = Memo::new(move |_| t.with(|t| t.unit.clone()));
    let other = Memo::new(move |_| match unit_value.get() {
        Unit::Other(s) => Some(s),
        _ => None,
    });
    let linked = firewall(move |p| {
        p.tasks()
            .filter(|task| task.targets.contains(&id))
            .map(|task| snippet(&task.text))
            .collect::<Vec<_>>()
    });

    let at = move |part| FieldRef::Target { id, part };
    let unit_id = at(TargetPart::Unit).dom_id();
    let unit = FieldDescription::new(at(TargetPart::Unit), None);
    let other_id = format!("{unit_id}-other");
    let (unit_aria, unit_findings) = (unit.ids(), unit.findings);
    let tasks = FieldDescription::new(at(TargetPart::Tasks), None);
    let item_label =
        Signal::derive(move || format!("{} {}", lang.t(S::TargetItem), index.get() + 1));

    view! {
        <li class="kh-row">
            <RowHead title=item_label item_label controls=row.controls actions=row.actions_id() />
            <div class="kh-grid">
                <TextInput row=true field=at(TargetPart::What) label=S::TargetWhat value=what on_input=set_what lines=2 class="kh-span-all" />
                <TextInput row=true field=at(TargetPart::Group) label=S::TargetGroup value=group on_input=set_group class="kh-span-all" />
                <TextInput row=true field=at(TargetPart::Value) label=S::TargetValue value=value on_input=set_value />
                <div class="kh-field kh-row-field">
                    <label class="kh-label" for=unit_id.clone()>{move || lang.t(S::TargetUnit)}</label>
                    <select
                        id=unit_id.clone()
                        class="kh-input"
                        aria-describedby=unit_aria.clone()
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
                                focus_later(format!("{}-other", at(TargetPart::Unit)));
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
                                    <option value=value selected=move || unit_value.with(|x| *x == this)>
                                        {label}
                                    </option>
                                }
                            })
                            .collect_view()}
                        <option value=OTHER selected=move || other.with(Option::is_some)>
                            {move || lang.t(S::TargetUnitOther)}
                        </option>
                    </select>
                </div>
                <Show when=move || other.with(Option::is_some)>
                    <div class="kh-field kh-row-field">
                        <label class="kh-label" for=other_id.clone()>{move || lang.t(S::TargetUnitOtherLabel)}</label>
                        <input
                            id=other_id.clone()
                            class="kh-input"
                            type="text"
                            aria-describedby=unit_aria.clone()
                            aria-invalid=move || (!unit_findings.with(Vec::is_empty)).then_some("true")
                            prop:value=move || other.get().unwrap_or_default()
                            on:input=move |ev| {
                                let v = clean(&event_target_value(&ev));
                                edit(Box::new(move |t| t.unit = Unit::Other(v)));
                            }
                        />
                    </div>
                </Show>
                <div class="kh-span-all">{unit.messages()}</div>
                <TextInput row=true field=at(TargetPart::ByWhen) label=S::TargetByWhen value=by_when on_input=set_by_when />
                <TextInput row=true field=at(TargetPart::Owner) label=S::TargetOwner value=owner on_input=set_owner class="kh-span-2" />
            </div>
            <div class="kh-linked" id=at(TargetPart::Tasks).dom_id() tabindex="-1" aria-describedby=tasks.ids()>
                <span class="kh-linked-label">{move || lang.t(S::TargetTasks)}</span>
                " "
                {move || {
                    let v = linked.get();
                    if v.is_empty() { lang.t(S::TargetTasksNone).to_string() } else { v.join("; ") }
                }}
                " "
                <button
                    type="button"
                    class="kh-link-button"
                    on:click=move |_| nav.switch_to(SectionId::Tasks)
                >
                    {move || lang.t(S::TargetGoTasks)}
                </button>
            </div>
            {tasks.messages()}
        </li>
    }
}
