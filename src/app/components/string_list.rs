//! An editable list of text lines (mục đích, yêu cầu, nơi nhận): a text
//! area per line, move/delete with undo, "Thêm dòng", suggestions, and the
//! checklist's messages for the list under it.
//!
//! Lines have no ids: rows are keyed by position, so after a move focus is
//! put on the same button of the row the line went to.

use crate::app::components::field::FieldDescription;
use crate::app::components::list::{snippet, ListControls, RowControls};
use crate::app::components::rows::{ItemActions, ListFieldset, ListRows, UndoBar};
use crate::app::components::suggestions::SuggestionPanel;
use crate::app::hooks::{focus_later, use_undo};
use crate::app::state::{use_plan, use_translation};
use crate::domain::checklist::FieldRef;
use crate::domain::plan::list::{self, Focus, PlanList, TextList};
use crate::domain::strings::S;
use crate::domain::templates::{suggested_texts, SuggestionKind};
use crate::domain::text::clean;
use leptos::prelude::*;

/// A list of text lines of the plan, as the editor shows it.
#[derive(Clone, Copy)]
pub struct LineList {
    list: TextList,
    /// The list as a whole (`FieldRef::Purposes` …): the DOM id of a
    /// focusable container, so the error summary can reach it.
    field: FieldRef,
    /// The list's heading and the help under it.
    label: S,
    help: S,
    /// Which ready-made lines are offered beside it (those for the plan's
    /// kind and level).
    suggest: SuggestionKind,
    /// The checklist's name for line `i` (recipients); without it a line's
    /// DOM id is `{list}-item-{i}` and the checklist says nothing about it.
    line: Option<fn(usize) -> FieldRef>,
}

macro_rules! line_lists {
    ($($(#[$doc:meta])* $name:ident: $list:ident, $field:ident, $label:ident, $help:ident, $suggest:ident, $line:expr;)*) => {
        $($(#[$doc])*
        pub const $name: LineList = LineList {
            list: list::$list,
            field: FieldRef::$field,
            label: S::$label,
            help: S::$help,
            suggest: SuggestionKind::$suggest,
            line: $line,
        };)*
    };
}

line_lists! {
    /// Mục đích (A7).
    PURPOSES: PURPOSES, Purposes, PurposesLabel, PurposesHelp, Purpose, None;
    /// Yêu cầu (A7).
    REQUIREMENTS: REQUIREMENTS, Requirements, RequirementsLabel, RequirementsHelp, Requirement, None;
    /// Nơi nhận (A14): each line has its own messages.
    RECIPIENTS: RECIPIENTS, Recipients, RecipientsLabel, RecipientsHelp, Recipient, Some(recipient);
}

fn recipient(i: usize) -> FieldRef {
    FieldRef::Recipient {
        index: u32::try_from(i).unwrap_or(u32::MAX),
    }
}

/// An editable list of text lines of the plan.
#[component]
pub fn StringList(
    /// Which list, and how it is shown.
    lines: LineList,
) -> impl IntoView {
    let LineList {
        list,
        field,
        label,
        help,
        suggest,
        line: item_field,
    } = lines;
    let help = Some(help);
    let plan = use_plan();
    let lang = use_translation();
    let undo = use_undo();
    let id = field.dom_id();
    let base = StoredValue::new(id.clone());
    let item_dom = move |i: usize| match item_field {
        Some(f) => f(i).dom_id(),
        None => base.with_value(|b| format!("{b}-item-{i}")),
    };
    let items = plan.slice(move |p| list.items(p).cloned().unwrap_or_default());
    let suggestions =
        plan.slice(move |p| suggested_texts(suggest, p.kind, p.level, crate::app::admin_map(p)));
    let len = Memo::new(move |_| items.with(Vec::len));
    let keys = Signal::derive(move || (0..len.get()).collect::<Vec<usize>>());
    let add_id = format!("{id}-add");
    let help_id = format!("{id}-help");
    let described = FieldDescription::new(field, help.map(|_| help_id.clone()));

    let set_line = move |i: usize, text: String| {
        plan.edit(|p| {
            if let Some(line) = list.items_mut(p).and_then(|v| v.get_mut(i)) {
                *line = clean(&text);
            }
        });
    };
    // A new empty line takes focus; a picked suggestion does not, so that
    // several can be picked in a row (the button then reads "Đã thêm").
    let add_line = move |text: String, focus: bool| {
        let at = plan.edit(|p| p.add_to(list, text)).flatten();
        if let (Some(at), true) = (at, focus) {
            focus_later(item_dom(at));
        }
    };
    let on_move = Callback::new(move |(i, delta): (usize, isize)| {
        if let Some(to) = plan.edit(|p| p.move_in(list, i, delta)).flatten() {
            // Rows are keyed by position: the moved text is now in another row.
            let which = if delta < 0 { "up" } else { "down" };
            focus_later(format!("{}-act-{which}", item_dom(to)));
        }
    });
    let empty_focus = add_id.clone();
    let on_delete = Callback::new(move |i: usize| {
        let Some((removed, next)) = plan.edit(|p| p.remove_from(list, i)).flatten() else {
            return;
        };
        undo.deleted(snippet(&removed.item), move || {
            if let Some(at) = plan.edit(|p| p.restore_to(list, removed.clone())).flatten() {
                focus_later(item_dom(at));
            }
        });
        focus_later(match next {
            Focus::Item(at) => item_dom(at),
            Focus::Empty => empty_focus.clone(),
        });
    });
    let controls = ListControls {
        len,
        on_move,
        on_delete,
    };

    let sugg_texts = Signal::derive(move || {
        suggestions.with(|s| s.iter().map(|t| t.to_string()).collect::<Vec<_>>())
    });
    let sugg_added = Signal::derive(move || {
        suggestions.with(|s| items.with(|v| s.iter().map(|t| v.iter().any(|x| x == t)).collect()))
    });
    let on_pick = Callback::new(move |k: usize| {
        if let Some(t) = suggestions.with_untracked(|s| s.get(k).copied()) {
            add_line(t.to_string(), false);
        }
    });

    let row = Callback::new(move |(i, row): (usize, RowControls)| {
        let value = Memo::new(move |_| items.with(|v| v.get(i).cloned().unwrap_or_default()));
        let dom = item_dom(i);
        let d = FieldDescription::at(&dom, item_field.map(|f| f(i)), None);
        let item_label = Signal::derive(move || {
            format!(
                "{}, {} {}",
                lang.t(label),
                lang.t(S::ListItem).to_lowercase(),
                i + 1
            )
        });
        view! {
            <li class="kh-list-item">
                <label class="kh-label kh-item-label" for=dom.clone()>
                    {move || lang.t(S::ListItem)}
                    " "
                    {i + 1}
                </label>
                <div class="kh-list-row">
                    <textarea
                        id=dom.clone()
                        class="kh-input kh-textarea kh-textarea-line"
                        rows="2"
                        prop:value=move || value.get()
                        on:input=move |ev| set_line(i, event_target_value(&ev))
                        aria-invalid=d.invalid()
                        aria-describedby=d.ids()
                    ></textarea>
                    <ItemActions item_label controls=row id_prefix=Some(format!("{dom}-act")) />
                </div>
                {d.messages()}
            </li>
        }
        .into_any()
    });

    view! {
        <div class="kh-list-editor">
            <ListFieldset field legend=label help=help.map(|h| (h, help_id)) described=described.clone()>
                <ListRows
                    keys
                    controls
                    row
                    class="kh-list"
                    described
                    empty=Some(S::ListEmpty)
                    add_label=S::ListAdd
                    on_add=Callback::new(move |()| add_line(String::new(), true))
                    add_id
                />
            </ListFieldset>
            <UndoBar handle=undo />
            <SuggestionPanel
                title=S::SuggestionsTitle
                items=sugg_texts
                on_pick=on_pick
                added=sugg_added
            />
        </div>
    }
}
