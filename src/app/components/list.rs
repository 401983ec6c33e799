//! The list editors' shared parts: one wiring for every id-keyed list of
//! the plan ([`IdList`]), the rows with their move/delete buttons
//! ([`ListRows`], [`ItemActions`]), and the undo bar.
//!
//! Every list of the plan is edited the same way, so a keyboard or
//! screen-reader user learns it once: "Lên" / "Xuống" / "Xóa" buttons named
//! after their item (no drag and drop), a delete that can be undone for a
//! while, and focus that follows (to the new row, to the row that took a
//! deleted one's place, to "add" in an empty list, back to a restored row).
//! What happens to the plan is `domain::plan::list`'s; here is only which
//! DOM id focus goes to.

use crate::app::components::field::FieldDescription;
use crate::app::hooks::{firewall, focus_later, use_undo, UndoHandle};
use crate::app::state::{use_plan, use_translation, PlanEdits, Translation};
use crate::domain::checklist::FieldRef;
use crate::domain::plan::list::{Focus, Keyed, PlanList};
use crate::domain::strings::S;
use crate::domain::text::clean;
use crate::domain::ItemId;
use leptos::prelude::*;
use std::hash::Hash;

/// A short form of an item's text for "Đã xóa: …" and button names.
pub fn snippet(text: &str) -> String {
    const MAX: usize = 60;
    let text = text.trim();
    if text.chars().count() <= MAX {
        return text.to_string();
    }
    let mut s: String = text.chars().take(MAX).collect();
    s.push('…');
    s
}

/// One text part of a row: its value, read from the row's own copy, and a
/// callback that writes it back through `edit`, cleaned (NFC, no control
/// characters).
pub fn row_text<T, R, E>(
    row: R,
    edit: E,
    get: fn(&T) -> &String,
    set: fn(&mut T, String),
) -> (Signal<String>, Callback<String>)
where
    T: 'static,
    R: With<Value = T> + Copy + Send + Sync + 'static,
    E: Fn(Box<dyn FnOnce(&mut T)>) + Copy + Send + Sync + 'static,
{
    (
        Signal::from(Memo::new(move |_| row.with(|r| get(r).clone()))),
        Callback::new(move |v: String| edit(Box::new(move |r| set(r, clean(&v))))),
    )
}

/// What every row's move and delete buttons call, and the list's length.
#[derive(Clone, Copy)]
pub struct ListControls {
    pub len: Memo<usize>,
    /// Called with (index, -1 | 1).
    pub on_move: Callback<(usize, isize)>,
    /// Called with the index.
    pub on_delete: Callback<usize>,
}

/// [`ListControls`] and the row's own position.
#[derive(Clone, Copy)]
pub struct RowControls {
    pub index: Memo<usize>,
    pub list: ListControls,
}

/// Where focus goes in a list of rows, by the rows' ids, and how a deleted
/// row is named in the undo bar.
pub struct RowFocus<T: 'static> {
    /// The row's first field: focus goes there after add and undo.
    pub field: fn(ItemId) -> String,
    /// After a delete, in the row that took its place: its field, or its
    /// delete button (so that a run of deletes is a run of key presses).
    pub after_delete: fn(ItemId) -> String,
    /// After the last row is deleted: the list's "add" button, or the list.
    pub empty: Signal<String>,
    /// Names a deleted row in the undo bar.
    pub label: fn(&T, Translation) -> String,
}

impl<T> Clone for RowFocus<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for RowFocus<T> {}

/// The wiring of one id-keyed list of the plan (Copy: every field is a
/// handle): its ids and length behind a firewall, move, delete with undo,
/// add, each moving focus as [`RowFocus`] says.
pub struct IdList<L: PlanList + 'static> {
    list: L,
    plan: PlanEdits,
    lang: Translation,
    pub undo: UndoHandle,
    pub ids: ReadSignal<Vec<ItemId>>,
    pub len: Memo<usize>,
    focus: RowFocus<L::Item>,
}

impl<L: PlanList> Clone for IdList<L> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<L: PlanList> Copy for IdList<L> {}

impl<L> IdList<L>
where
    L: PlanList + Send + Sync + 'static,
    L::Item: Keyed + Default + PartialEq + Send + Sync + 'static,
{
    /// Wires `list`; `undo` is shared with other lists of the same editor
    /// (one bar), or a fresh one when `None`.
    pub fn new(list: L, focus: RowFocus<L::Item>, undo: Option<UndoHandle>) -> IdList<L> {
        let ids = firewall(move |p| {
            list.items(p)
                .map(|v| v.iter().map(Keyed::id).collect::<Vec<_>>())
                .unwrap_or_default()
        });
        IdList {
            list,
            plan: use_plan(),
            lang: use_translation(),
            undo: undo.unwrap_or_else(use_undo),
            ids,
            len: Memo::new(move |_| ids.with(Vec::len)),
            focus,
        }
    }

    /// Move and delete for the rows' [`ItemActions`] (make them once).
    pub fn controls(self) -> ListControls {
        ListControls {
            len: self.len,
            on_move: Callback::new(move |(i, d): (usize, isize)| self.shift(i, d)),
            on_delete: Callback::new(move |i: usize| self.delete(i)),
        }
    }

    /// The row's own copy (behind a firewall): typing in another row does
    /// not reach this one.
    pub fn row(self, id: ItemId) -> ReadSignal<L::Item> {
        let list = self.list;
        firewall(move |p| p.item_in(list, id).cloned().unwrap_or_default())
    }

    /// Changes the row with this id.
    pub fn update(self, id: ItemId, f: impl FnOnce(&mut L::Item)) {
        self.plan.edit(|p| p.item_in_mut(self.list, id).map(f));
    }

    /// One text of the row: its value from `row` and its cleaned setter.
    pub fn text(
        self,
        row: ReadSignal<L::Item>,
        id: ItemId,
        get: fn(&L::Item) -> &String,
        set: fn(&mut L::Item, String),
    ) -> (Signal<String>, Callback<String>) {
        row_text(row, move |f| self.update(id, f), get, set)
    }

    /// Moves row `index` by `delta`. The moved row keeps its focus
    /// ([`ItemActions`] gives it back).
    pub fn shift(self, index: usize, delta: isize) {
        self.plan.edit(|p| p.move_in(self.list, index, delta));
    }

    /// Adds a row built around a fresh id; focus goes to its field when
    /// `focus` (not for a picked suggestion, so that several can be picked
    /// in a row). Returns its id.
    pub fn add(self, make: impl FnOnce(ItemId) -> L::Item, focus: bool) -> Option<ItemId> {
        let id = self.plan.edit(|p| p.add_new(self.list, make)).flatten()?;
        if focus {
            focus_later((self.focus.field)(id));
        }
        Some(id)
    }

    /// Deletes row `index`, offering undo; focus goes to the row now at that
    /// place, or where an empty list wants it.
    pub fn delete(self, index: usize) {
        let IdList {
            list, plan, focus, ..
        } = self;
        let Some((removed, next)) = plan
            .edit(|p| {
                let (removed, next) = p.remove_from(list, index)?;
                let next = match next {
                    Focus::Item(at) => p.id_at(list, at),
                    Focus::Empty => None,
                };
                Some((removed, next))
            })
            .flatten()
        else {
            return;
        };
        let id = removed.item.id();
        let label = (focus.label)(&removed.item, self.lang);
        self.undo.deleted(label, move || {
            plan.edit(|p| p.restore_to(list, removed.clone()));
            focus_later((focus.field)(id));
        });
        focus_later(match next {
            Some(next) => (focus.after_delete)(next),
            None => focus.empty.get_untracked(),
        });
    }

    /// The list's ids, as [`ListRows`] keys them.
    pub fn keys(self) -> Signal<Vec<ItemId>> {
        self.ids.into()
    }
}

/// The body of a list editor: the checklist's messages about the list, a
/// note while it is empty, the rows, and the "add" button (the frame around
/// them is the section's: a fieldset with its legend, or a block).
#[component]
pub fn ListRows<K, R, IV>(
    /// The rows' keys, in order (ids, or positions for lines of text).
    keys: Signal<Vec<K>>,
    /// Move / delete for every row.
    controls: ListControls,
    /// One row, given its key and its controls.
    row: R,
    /// Class of the `<ol>`.
    class: &'static str,
    /// The list's own messages (none for a list the checklist never names).
    #[prop(optional)]
    described: Option<FieldDescription>,
    /// Said while the list is empty.
    #[prop(optional)]
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
    R: Fn(K, RowControls) -> IV + Clone + Send + Sync + 'static,
    IV: IntoView + 'static,
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
                    row(k, RowControls { index, list: controls })
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
    #[prop(optional, into)]
    id_prefix: Option<String>,
) -> impl IntoView {
    let lang = use_translation();
    let RowControls { index, list } = controls;
    let name = move |s: S| move || format!("{}: {}", lang.t(s), item_label.get());
    let at_top = move || index.get() == 0;
    let at_bottom = move || index.get() + 1 >= list.len.get();
    let id = move |suffix: &str| id_prefix.as_ref().map(|p| format!("{p}-{suffix}"));
    let up_ref = NodeRef::<leptos::html::Button>::new();
    let down_ref = NodeRef::<leptos::html::Button>::new();
    // A moved row is re-inserted in the DOM, which drops focus: give it back.
    let refocus = move |r: NodeRef<leptos::html::Button>| {
        request_animation_frame(move || {
            if let Some(b) = r.get_untracked() {
                let _ = b.focus();
            }
        })
    };
    let shift = move |r: NodeRef<leptos::html::Button>, delta: isize| {
        refocus(r);
        list.on_move.run((index.get_untracked(), delta));
    };
    view! {
        <div class="kh-item-actions">
            <button
                type="button"
                class="kh-button kh-button-small kh-button-secondary"
                id=id("up")
                node_ref=up_ref
                aria-label=name(S::ListMoveUpLabel)
                aria-disabled=move || at_top().then_some("true")
                on:click=move |_| {
                    if !at_top() {
                        shift(up_ref, -1);
                    }
                }
            >
                {move || lang.t(S::ListMoveUp)}
            </button>
            <button
                type="button"
                class="kh-button kh-button-small kh-button-secondary"
                id=id("down")
                node_ref=down_ref
                aria-label=name(S::ListMoveDownLabel)
                aria-disabled=move || at_bottom().then_some("true")
                on:click=move |_| {
                    if !at_bottom() {
                        shift(down_ref, 1);
                    }
                }
            >
                {move || lang.t(S::ListMoveDown)}
            </button>
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

/// "Bộ phận 2 (Hiệu trưởng)": a row's name from its item word, its number
/// and, when there is one, what it is about.
pub fn numbered(item: &str, n: usize, about: &str) -> String {
    if about.is_empty() {
        format!("{item} {n}")
    } else {
        format!("{item} {n} ({about})")
    }
}

/// A row's text for the undo bar, or its item word while it has none.
pub fn or_item<'a>(text: &'a str, item: &'a str) -> &'a str {
    match text.trim() {
        "" => item,
        text => text,
    }
}

/// "bộ phận 2" → "Bộ phận 2" (row legends reuse the lower-case item name).
pub fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
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

/// A list of rows under the section's own heading (roles, reports,
/// appendices): a focusable block with the list's messages, the rows and
/// "add", then the undo bar.
#[component]
pub fn RowsBlock<L, R, IV>(
    /// The list's wiring.
    list: IdList<L>,
    /// The list as a whole: its DOM id and the checklist's messages.
    field: FieldRef,
    /// One row, given its id and controls.
    row: R,
    /// Said while the list is empty.
    empty: S,
    /// The "add" button's text.
    add_label: S,
    /// A new row around a fresh id.
    make: fn(ItemId) -> L::Item,
) -> impl IntoView
where
    L: PlanList + Send + Sync + 'static,
    L::Item: Keyed + Default + PartialEq + Send + Sync + 'static,
    R: Fn(ItemId, RowControls) -> IV + Clone + Send + Sync + 'static,
    IV: IntoView + 'static,
{
    let list_id = field.dom_id();
    let add_id = add_button_id(field);
    let described = FieldDescription::new(field, None);
    let aria = described.ids();
    view! {
        <div class="kh-rows" id=list_id tabindex="-1" aria-describedby=aria>
            <ListRows
                keys=list.keys()
                controls=list.controls()
                row
                class="kh-row-list"
                described
                empty
                add_label
                on_add=Callback::new(move |()| {
                    list.add(make, true);
                })
                add_id
            />
        </div>
        <UndoBar handle=list.undo />
    }
}

/// The "add" button's DOM id of a [`RowsBlock`] (focus goes there when its
/// last row is deleted).
pub fn add_button_id(field: FieldRef) -> String {
    format!("{}-add", field.dom_id())
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
