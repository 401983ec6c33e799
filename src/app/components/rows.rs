//! The list editors' views: the rows with their move/delete buttons
//! ([`ListRows`], [`ItemActions`]), a block of id-keyed rows with its
//! frame ([`RowsBlock`]), a row's head or fieldset, and the undo bar.
//!
//! Every list of the plan is edited the same way, so a keyboard or
//! screen-reader user learns it once: "Lên" / "Xuống" / "Xóa" buttons named
//! after their item (no drag and drop), a delete that can be undone for a
//! while, and focus that follows (see `list`).

use crate::app::components::field::FieldDescription;
use crate::app::components::list::{
    add_button_id, capitalised, IdList, ListControls, ListRow, RowControls,
};
use crate::app::hooks::UndoHandle;
use crate::app::state::use_translation;
use crate::domain::checklist::FieldRef;
use crate::domain::plan::list::{Keyed, PlanList};
use crate::domain::strings::S;
use crate::domain::ItemId;
use leptos::prelude::*;
use std::hash::Hash;

/// The body of a list editor: the checklist's messages about the list, a
/// note while it is empty, the rows, and the "add" button (the frame around
/// them is the section's: a fieldset with its legend, or a block).
#[component]
pub fn ListRows<K>(
    /// The rows' keys, in order (ids, or positions for lines of text).
    keys: Signal<Vec<K>>,
    /// Move / delete for every row.
    controls: ListControls,
    /// One row, given its key and its controls (a callback, not a generic
    /// closure: one copy of this component for all the lists).
    row: Callback<(K, RowControls), AnyView>,
    /// Class of the `<ol>`.
    class: &'static str,
    /// The list's own messages (none for a list the checklist never names).
    #[prop(optional)]
    described: Option<FieldDescription>,
    /// Said while the list is empty.
    #[prop(optional_no_strip)]
    empty: Option<S>,
    /// The "add" button's text.
    add_label: S,
    /// Called by the "add" button.
    on_add: Callback<()>,
    /// The "add" button's DOM id (where focus goes in an empty list).
    #[prop(optional, into)]
    add_id: MaybeProp<String>,
    /// A small "add" button (inside a group).
    #[prop(optional)]
    small_add: bool,
    /// An undo bar between the rows and the "add" button (else the section
    /// places it).
    #[prop(optional)]
    undo: Option<UndoHandle>,
) -> impl IntoView
where
    K: Hash + Eq + Clone + Send + Sync + 'static,
{
    let lang = use_translation();
    let len = controls.len;
    let add_class = if small_add {
        "kh-button kh-button-secondary kh-button-small kh-add"
    } else {
        "kh-button kh-button-secondary kh-add"
    };
    view! {
        {described.map(|d| d.messages())}
        {empty
            .map(|e| {
                view! {
                    <Show when=move || len.get() == 0>
                        <p class="kh-list-empty">{move || lang.t(e)}</p>
                    </Show>
                }
            })}
        <ol class=class>
            <For
                each=move || keys.get()
                key=|k| k.clone()
                children=move |k| {
                    let own = k.clone();
                    let index = Memo::new(move |_| {
                        keys.with(|v| v.iter().position(|x| *x == own).unwrap_or(0))
                    });
                    row.run((k, RowControls { index, list: controls }))
                }
            />
        </ol>
        {undo.map(|handle| view! { <UndoBar handle /> })}
        <button
            type="button"
            class=add_class
            id=move || add_id.get()
            on:click=move |_| on_add.run(())
        >
            {move || lang.t(add_label)}
        </button>
    }
}

/// "Đã xóa: … — Hoàn tác", in a live region so the delete is announced.
#[component]
pub fn UndoBar(
    /// From [`use_undo`].
    handle: UndoHandle,
) -> impl IntoView {
    let lang = use_translation();
    view! {
        <div class="kh-undo-slot" role="status" aria-live="polite">
            {move || {
                handle
                    .label()
                    .map(|l| {
                        view! {
                            <div class="kh-undo">
                                <span class="kh-undo-text">
                                    {move || lang.t(S::UndoDeleted)}
                                    ": "
                                    {l}
                                </span>
                                <button
                                    type="button"
                                    class="kh-button kh-button-small"
                                    on:click=move |_| handle.undo()
                                >
                                    {move || lang.t(S::UndoButton)}
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}

/// "Lên", "Xuống", "Xóa" for one item of a list. The buttons are named after
/// the item ("Chuyển lên: Chỉ tiêu 3") and marked disabled at the ends with
/// `aria-disabled`, which keeps keyboard focus on them.
#[component]
pub fn ItemActions(
    /// Names the item in the buttons' accessible names.
    #[prop(into)]
    item_label: Signal<String>,
    /// The item's position and the list's move / delete.
    controls: RowControls,
    /// Prefix of the buttons' DOM ids (`{prefix}-up`, `-down`, `-delete`),
    /// for lists that move focus to them.
    #[prop(optional_no_strip)]
    id_prefix: Option<String>,
) -> impl IntoView {
    let lang = use_translation();
    let RowControls { index, list } = controls;
    let name = move |s: S| move || format!("{}: {}", lang.t(s), item_label.get());
    let id = |suffix: &str| id_prefix.as_ref().map(|p| format!("{p}-{suffix}"));
    // "Lên" (-1) and "Xuống" (1): disabled at their end of the list.
    let move_button = |delta: isize, text: S, label: S, suffix: &str| {
        let at_end = move || {
            if delta < 0 {
                index.get() == 0
            } else {
                index.get() + 1 >= list.len.get()
            }
        };
        let node = NodeRef::<leptos::html::Button>::new();
        view! {
            <button
                type="button"
                class="kh-button kh-button-small kh-button-secondary"
                id=id(suffix)
                node_ref=node
                aria-label=name(label)
                aria-disabled=move || at_end().then_some("true")
                on:click=move |_| {
                    if !at_end() {
                        // A moved row is re-inserted in the DOM, which drops
                        // focus: give it back.
                        request_animation_frame(move || {
                            if let Some(b) = node.get_untracked() {
                                let _ = b.focus();
                            }
                        });
                        list.on_move.run((index.get_untracked(), delta));
                    }
                }
            >
                {move || lang.t(text)}
            </button>
        }
    };
    view! {
        <div class="kh-item-actions">
            {move_button(-1, S::ListMoveUp, S::ListMoveUpLabel, "up")}
            {move_button(1, S::ListMoveDown, S::ListMoveDownLabel, "down")}
            <button
                type="button"
                class="kh-button kh-button-small kh-button-danger"
                id=id("delete")
                aria-label=name(S::ListDeleteLabel)
                on:click=move |_| list.on_delete.run(index.get_untracked())
            >
                {move || lang.t(S::ListDelete)}
            </button>
        </div>
    }
}

/// One row of a [`RowsBlock`]: a fieldset named by its legend, its fields,
/// then its move/delete buttons.
#[component]
pub fn RowFieldset(
    /// The row's name, for the legend (capitalised) and the buttons.
    name: Signal<String>,
    /// Its position and the list's move / delete.
    controls: RowControls,
    /// Class of the `<li>`.
    #[prop(optional)]
    class: Option<&'static str>,
    /// The row's fields.
    children: Children,
) -> impl IntoView {
    view! {
        <li class=class.unwrap_or("kh-row")>
            <fieldset class="kh-row-fieldset">
                <legend class="kh-row-legend">{move || capitalised(&name.get())}</legend>
                {children()}
                <ItemActions item_label=name controls />
            </fieldset>
        </li>
    }
}

/// A list's own heading: the legend of its fieldset, and help under it.
#[derive(Clone, Copy)]
pub struct ListHeading {
    pub legend: S,
    pub help: S,
    pub help_id: &'static str,
}

/// An id-keyed list of rows with its messages, "add" and undo bar: in a
/// fieldset with its own [`ListHeading`] (căn cứ, chỉ tiêu), or as a
/// focusable block under the section's heading (roles, reports,
/// appendices), whose "add" button then has an id.
#[component]
pub fn RowsBlock<L, R, IV>(
    /// The list's wiring.
    list: IdList<L>,
    /// One row.
    row: R,
    /// The "add" button's text.
    add_label: S,
    /// Said while the list is empty.
    #[prop(optional)]
    empty: Option<S>,
    /// The list's own heading.
    #[prop(optional)]
    heading: Option<ListHeading>,
) -> impl IntoView
where
    L: PlanList + Send + Sync + 'static,
    L::Item: Keyed + Default + PartialEq + Send + Sync + 'static,
    R: Fn(ListRow<L>) -> IV + Send + Sync + 'static,
    IV: IntoView + 'static,
{
    // Only this part depends on the list's type: the view is shared.
    rows_block(RowsBlockParts {
        field: list.field,
        keys: list.keys(),
        controls: list.controls(),
        undo: list.undo,
        on_add: Callback::new(move |()| list.add_empty()),
        row: Callback::new(move |(id, controls)| row(list.at(id, controls)).into_any()),
        add_label,
        empty,
        heading,
    })
}

/// What [`RowsBlock`] shows, whatever the list.
struct RowsBlockParts {
    field: FieldRef,
    keys: Signal<Vec<ItemId>>,
    controls: ListControls,
    undo: UndoHandle,
    on_add: Callback<()>,
    row: Callback<(ItemId, RowControls), AnyView>,
    add_label: S,
    empty: Option<S>,
    heading: Option<ListHeading>,
}

fn rows_block(parts: RowsBlockParts) -> AnyView {
    let RowsBlockParts {
        field,
        keys,
        controls,
        undo,
        on_add,
        row,
        add_label,
        empty,
        heading,
    } = parts;
    let described = FieldDescription::new(field, heading.map(|h| h.help_id.to_string()));
    let for_rows = described.clone();
    let rows = move |class: &'static str, add_id: Option<String>| {
        let described = for_rows.clone();
        view! {
            <ListRows keys controls row class described empty add_label on_add add_id />
        }
    };
    let body = match heading {
        Some(h) => view! {
            <ListFieldset field legend=h.legend help=Some((h.help, h.help_id.to_string())) described=described.clone()>
                {rows("kh-rows", None)}
            </ListFieldset>
        }
        .into_any(),
        None => view! {
            <div class="kh-rows" id=field.dom_id() tabindex="-1" aria-describedby=described.ids()>
                {rows("kh-row-list", Some(add_button_id(field)))}
            </div>
        }
        .into_any(),
    };
    view! {
        {body}
        <UndoBar handle=undo />
    }
    .into_any()
}

/// A list with its own heading: a fieldset named by its legend, with help
/// under it; focusable, so the error summary can lead to it.
#[component]
pub fn ListFieldset(
    /// The list as a whole (its DOM id).
    field: FieldRef,
    /// The heading.
    legend: S,
    /// Help under the heading and its DOM id.
    #[prop(optional_no_strip)]
    help: Option<(S, String)>,
    /// The list's description (its help and messages).
    described: FieldDescription,
    /// The list's rows ([`ListRows`]).
    children: Children,
) -> impl IntoView {
    let lang = use_translation();
    view! {
        <fieldset class="kh-list-field" id=field.dom_id() tabindex="-1" aria-describedby=described.ids()>
            <legend class="kh-label">{move || lang.t(legend)}</legend>
            {help.map(|(h, id)| view! { <p class="kh-help" id=id>{move || lang.t(h)}</p> })}
            {children()}
        </fieldset>
    }
}

/// The head of a row that has a heading of its own (a citation, a target, a
/// task group, a task): the heading, then the row's move/delete buttons,
/// whose ids start with `actions` (focus goes to them after a delete).
#[component]
pub fn RowHead(
    /// The heading's text.
    #[prop(into)]
    title: Signal<String>,
    /// Names the item in the buttons' accessible names.
    #[prop(into)]
    item_label: Signal<String>,
    /// The row's position and the list's move / delete.
    controls: RowControls,
    /// Prefix of the buttons' DOM ids ([`IdList::actions_id`]).
    actions: Option<String>,
    /// A row inside a row (a task in its group): a heading one level down.
    #[prop(optional)]
    nested: bool,
) -> impl IntoView {
    let heading = if nested {
        view! { <h4 class="kh-row-title">{move || title.get()}</h4> }.into_any()
    } else {
        view! { <h3 class="kh-row-title">{move || title.get()}</h3> }.into_any()
    };
    view! {
        <div class="kh-row-head">
            {heading}
            <ItemActions item_label controls id_prefix=actions />
        </div>
    }
}
