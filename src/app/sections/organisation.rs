//! A10 Tổ chức thực hiện: one row per role or unit, its duties one per line,
//! with move, delete (undoable) and suggested roles for the issuer level.

use crate::app::components::field::TextInput;
use crate::app::components::list::{
    add_button_id, numbered, or_item, snippet, IdList, RowControls, RowFieldset, RowFocus,
    RowsBlock,
};
use crate::app::components::suggestions::SuggestionPanel;
use crate::app::hooks::focus_later;
use crate::app::state::{use_plan, use_translation};
use crate::domain::checklist::{AssignmentPart, FieldRef};
use crate::domain::plan::list::Assignments;
use crate::domain::strings::S;
use crate::domain::templates::suggested_assignments;
use crate::domain::text::clean;
use crate::domain::{Assignment, ItemId};
use leptos::prelude::*;

fn role_id(id: ItemId) -> String {
    FieldRef::Assignment {
        id,
        part: AssignmentPart::Role,
    }
    .dom_id()
}

/// Role names compare without case or outer spaces ("hiệu trưởng" is
/// "Hiệu trưởng").
fn same_role(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// The assignments.
#[component]
pub fn OrganisationEditor() -> impl IntoView {
    let plan = use_plan();
    let lang = use_translation();
    let list = IdList::new(
        Assignments,
        RowFocus {
            field: role_id,
            after_delete: role_id,
            empty: Signal::stored(add_button_id(FieldRef::Assignments)),
            label: |a, lang| snippet(or_item(&a.role, lang.t(S::AssignItem))),
        },
        None,
    );

    let suggestions = plan.slice(|p| suggested_assignments(p.kind, p.level));
    let sugg_items = Signal::derive(move || {
        suggestions.with(|s| s.iter().map(|a| a.role.clone()).collect::<Vec<_>>())
    });
    let roles = plan.slice(|p| {
        p.assignments
            .iter()
            .map(|a| a.role.clone())
            .collect::<Vec<_>>()
    });
    let sugg_added = Signal::derive(move || {
        suggestions.with(|s| {
            roles.with(|r| {
                s.iter()
                    .map(|a| r.iter().any(|x| same_role(x, &a.role)))
                    .collect()
            })
        })
    });
    let on_pick = Callback::new(move |k: usize| {
        let Some(a) = suggestions.with_untracked(|s| s.get(k).cloned()) else {
            return;
        };
        // A role already in the plan is not added twice: its row is shown.
        let existing = plan.with_untracked(|p| {
            p.assignments
                .iter()
                .find(|x| same_role(&x.role, &a.role))
                .map(|x| x.id)
        });
        if let Some(id) = existing.or_else(|| list.add(|id| Assignment { id, ..a }, false)) {
            focus_later(
                FieldRef::Assignment {
                    id,
                    part: AssignmentPart::Duties,
                }
                .dom_id(),
            );
        }
    });

    view! {
        <p class="kh-intro">{move || lang.t(S::AssignIntro)}</p>
        <p class="kh-help">{move || lang.t(S::AssignDutiesHelp)}</p>
        <RowsBlock
            list
            field=FieldRef::Assignments
            row=move |id, controls| view! { <AssignmentRow list id controls /> }
            empty=S::AssignEmpty
            add_label=S::AssignAdd
            make=|id| Assignment { id, ..Assignment::default() }
        />
        <SuggestionPanel title=S::AssignSuggestions items=sugg_items on_pick=on_pick added=sugg_added />
    }
}

/// One role and its duties.
#[component]
fn AssignmentRow(
    /// The list's wiring.
    list: IdList<Assignments>,
    /// The assignment's id.
    id: ItemId,
    /// Its position and the list's move / delete.
    controls: RowControls,
) -> impl IntoView {
    let lang = use_translation();
    let row = list.row(id);
    let (role, set_role) = list.text(row, id, |a| &a.role, |a, v| a.role = v);
    // One duty per line: the text area shows the list joined, and splitting
    // on "\n" gives the same list back, so typing never moves the caret.
    let duties = Memo::new(move |_| row.with(|a| a.duties.join("\n")));
    let set_duties = Callback::new(move |v: String| {
        let v = clean(&v);
        list.update(id, |a| {
            a.duties = v.split('\n').map(str::to_string).collect()
        });
    });
    let name = Signal::derive(move || {
        numbered(
            lang.t(S::AssignItem),
            controls.index.get() + 1,
            role.get().trim(),
        )
    });
    let at = move |part| FieldRef::Assignment { id, part };
    view! {
        <RowFieldset name controls>
            <TextInput field=at(AssignmentPart::Role) label=S::AssignRoleLabel value=role on_input=set_role />
            <TextInput field=at(AssignmentPart::Duties) label=S::AssignDutiesLabel value=duties on_input=set_duties lines=4 />
        </RowFieldset>
    }
}
