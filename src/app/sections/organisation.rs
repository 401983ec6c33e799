//! A10 Tổ chức thực hiện: one row per role or unit, its duties one per line,
//! with move, delete (undoable) and suggested roles for the issuer level.

use crate::app::components::field::TextInput;
use crate::app::components::list::{numbered, or_item, snippet, IdList, ListRow};
use crate::app::components::rows::{RowFieldset, RowsBlock};
use crate::app::components::suggestions::SuggestionPanel;
use crate::app::state::{use_plan, use_translation};
use crate::domain::checklist::{AssignmentPart, FieldRef};
use crate::domain::plan::list::Assignments;
use crate::domain::strings::S;
use crate::domain::templates::suggested_assignments;
use crate::domain::text::clean;
use leptos::prelude::*;

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
    let list = IdList::new(Assignments, FieldRef::Assignments, |id| {
        FieldRef::Assignment { id, part: AssignmentPart::Role }
    })
        .named(|a, lang| snippet(or_item(&a.role, lang.t(S::AssignItem))));

    let suggestions = plan.slice(|p| suggested_assignments(p.kind, p.level));
    // A role already in the plan is not added twice: its row is shown.
    let suggested = list.suggested(
        suggestions,
        |a| a.role.clone(),
        |a, b| same_role(&a.role, &b.role),
        |id| FieldRef::Assignment { id, part: AssignmentPart::Duties },
    );

    view! {
        <p class="kh-intro">{move || lang.t(S::AssignIntro)}</p>
        <p class="kh-help">{move || lang.t(S::AssignDutiesHelp)}</p>
        <RowsBlock list row=|row| view! { <AssignmentRow row /> } empty=S::AssignEmpty add_label=S::AssignAdd />
        <SuggestionPanel title=S::AssignSuggestions items=suggested.items on_pick=suggested.on_pick added=suggested.added />
    }
}

/// One role and its duties.
#[component]
fn AssignmentRow(
    /// The assignment's row.
    row: ListRow<Assignments>,
) -> impl IntoView {
    let lang = use_translation();
    let (role, set_role) = row.text(|a| &a.role, |a, v| a.role = v);
    // One duty per line: the text area shows the list joined, and splitting
    // on "\n" gives the same list back, so typing never moves the caret.
    let duties = Memo::new(move |_| row.item.with(|a| a.duties.join("\n")));
    let set_duties = Callback::new(move |v: String| {
        let v = clean(&v);
        row.update(|a| a.duties = v.split('\n').map(str::to_string).collect());
    });
    let name = Signal::derive(move || {
        numbered(lang.t(S::AssignItem), row.index().get() + 1, role.get().trim())
    });
    let at = move |part| FieldRef::Assignment { id: row.id, part };
    view! {
        <RowFieldset name controls=row.controls>
            <TextInput field=at(AssignmentPart::Role) label=S::AssignRoleLabel value=role on_input=set_role />
            <TextInput field=at(AssignmentPart::Duties) label=S::AssignDutiesLabel value=duties on_input=set_duties lines=4 />
        </RowFieldset>
    }
}
