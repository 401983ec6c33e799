//! One wiring for every id-keyed list of the plan ([`IdList`], a row of it
//! a [`ListRow`]) and the small text helpers the list editors share; their
//! components are in `rows`.
//!
//! Every list of the plan is edited the same way, so a keyboard or
//! screen-reader user learns it once: "Lên" / "Xuống" / "Xóa" buttons named
//! after their item (no drag and drop), a delete that can be undone for a
//! while, and focus that follows (to the new row, to the row that took a
//! deleted one's place, to "add" in an empty list, back to a restored row).
//! What happens to the plan is `domain::plan::list`'s; here is only which
//! DOM id focus goes to.

use crate::app::hooks::{firewall, focus_later, use_undo, UndoHandle};
use crate::app::state::{use_plan, use_translation, PlanEdits, Translation};
use crate::domain::checklist::FieldRef;
use crate::domain::plan::list::{Focus, Keyed, PlanList};
use crate::domain::text::clean;
use crate::domain::ItemId;
use leptos::prelude::*;

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

/// One row of an [`IdList`], as its component gets it (Copy).
pub struct ListRow<L: PlanList + 'static> {
    list: IdList<L>,
    pub id: ItemId,
    /// Its position and the list's move / delete.
    pub controls: RowControls,
    /// The row's own copy of its item.
    pub item: ReadSignal<L::Item>,
}

// By hand: a derive would ask the items to be Copy too.
impl<L: PlanList> Clone for ListRow<L> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<L: PlanList> Copy for ListRow<L> {}

impl<L> ListRow<L>
where
    L: PlanList + Send + Sync + 'static,
    L::Item: Keyed + Default + PartialEq + Send + Sync + 'static,
{
    /// Changes the row's item.
    pub fn update(self, f: impl FnOnce(&mut L::Item)) {
        self.list.update(self.id, f);
    }

    /// One text of the row: its value and its cleaned setter.
    pub fn text(
        self,
        get: fn(&L::Item) -> &String,
        set: fn(&mut L::Item, String),
    ) -> (Signal<String>, Callback<String>) {
        row_text(self.item, move |f| self.update(f), get, set)
    }

    /// The row's position, from 0.
    pub fn index(self) -> Memo<usize> {
        self.controls.index
    }

    /// Prefix of the row's move/delete buttons' ids, if focus goes to them.
    pub fn actions_id(self) -> Option<String> {
        self.list.actions_id(self.id)
    }
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
struct RowFocus<T: 'static> {
    /// The row's first field: focus goes there after add and undo.
    field: fn(ItemId) -> FieldRef,
    /// After a delete, in the row that took its place: its field (`None`),
    /// or its delete button (see [`IdList::actions_id`]).
    actions: Option<&'static str>,
    /// After the last row is deleted.
    empty: Signal<String>,
    /// Names a deleted row in the undo bar.
    label: fn(&T, Translation) -> String,
}

impl<T> Clone for RowFocus<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for RowFocus<T> {}

/// The wiring of one id-keyed list of the plan (Copy: every field is a
/// handle): its ids and length behind a firewall, move, delete with undo,
/// add, each moving focus along.
pub struct IdList<L: PlanList + 'static> {
    list: L,
    /// The list as a whole (its DOM id, the checklist's messages).
    pub field: FieldRef,
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
    /// Wires `list`, which the checklist calls `field`. Focus goes to a
    /// row's `first` field after add, undo and delete, and to the list's
    /// "add" button ([`add_button_id`]) once it is empty.
    pub fn new(list: L, field: FieldRef, first: fn(ItemId) -> FieldRef) -> IdList<L> {
        let ids = firewall(move |p| {
            list.items(p)
                .map(|v| v.iter().map(Keyed::id).collect::<Vec<_>>())
                .unwrap_or_default()
        });
        IdList {
            list,
            field,
            plan: use_plan(),
            lang: use_translation(),
            undo: use_undo(),
            ids,
            len: Memo::new(move |_| ids.with(Vec::len)),
            focus: RowFocus {
                field: first,
                actions: None,
                empty: Signal::stored(add_button_id(field)),
                label: |_, _| String::new(),
            },
        }
    }

    /// Names a deleted row in the undo bar.
    pub fn named(mut self, label: fn(&L::Item, Translation) -> String) -> IdList<L> {
        self.focus.label = label;
        self
    }

    /// After a delete, focus goes to the delete button of the row that took
    /// its place, so that a run of deletes is a run of key presses. The
    /// rows' buttons then have ids `{prefix}-{id}-act-up`, `-down`, `-delete`.
    pub fn deletes_in_a_row(mut self, prefix: &'static str) -> IdList<L> {
        self.focus.actions = Some(prefix);
        self
    }

    /// Prefix of the move/delete buttons' ids of row `id`, if focus goes to
    /// them (see [`IdList::deletes_in_a_row`]).
    pub fn actions_id(self, id: ItemId) -> Option<String> {
        self.focus.actions.map(|p| format!("{p}-{id}-act"))
    }

    /// Focus goes to the element with this id once the list is empty.
    pub fn when_empty(mut self, target: impl Into<Signal<String>>) -> IdList<L> {
        self.focus.empty = target.into();
        self
    }

    /// Shares `undo` with another list of the editor (one bar for both).
    pub fn sharing(mut self, undo: UndoHandle) -> IdList<L> {
        self.undo = undo;
        self
    }

    /// Move and delete for the rows' [`ItemActions`] (make them once).
    pub fn controls(self) -> ListControls {
        ListControls {
            len: self.len,
            on_move: Callback::new(move |(i, d): (usize, isize)| self.shift(i, d)),
            on_delete: Callback::new(move |i: usize| self.delete(i)),
        }
    }

    /// The row with this id, for its component.
    pub fn at(self, id: ItemId, controls: RowControls) -> ListRow<L> {
        let list = self.list;
        ListRow {
            list: self,
            id,
            controls,
            // Behind a firewall: typing in another row does not reach this one.
            item: firewall(move |p| p.item_in(list, id).cloned().unwrap_or_default()),
        }
    }

    /// Changes the row with this id.
    pub fn update(self, id: ItemId, f: impl FnOnce(&mut L::Item)) {
        self.plan.edit(|p| p.item_in_mut(self.list, id).map(f));
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
            focus_later((self.focus.field)(id).dom_id());
        }
        Some(id)
    }

    /// Adds an empty row and puts focus in it.
    pub fn add_empty(self) {
        self.add(L::Item::empty, true);
    }

    /// Suggested rows beside the list: their texts, which are in the plan
    /// already (some row is `same` as it), and a pick that adds a copy, or
    /// shows the row already there, with focus on its field `focus`.
    pub fn suggested(
        self,
        suggestions: Memo<Vec<L::Item>>,
        text: fn(&L::Item) -> String,
        same: fn(&L::Item, &L::Item) -> bool,
        focus: fn(ItemId) -> FieldRef,
    ) -> Suggested {
        let list = self.list;
        let added = self.plan.slice(move |p| {
            let rows = list.items(p).map(Vec::as_slice).unwrap_or_default();
            suggestions.with(|s| s.iter().map(|x| rows.iter().any(|r| same(r, x))).collect())
        });
        let on_pick = Callback::new(move |k: usize| {
            let Some(picked) = suggestions.with_untracked(|s| s.get(k).cloned()) else {
                return;
            };
            let existing = self.plan.with_untracked(|p| {
                let rows = list.items(p).map(Vec::as_slice).unwrap_or_default();
                rows.iter().find(|r| same(r, &picked)).map(Keyed::id)
            });
            let id = existing.or_else(|| {
                self.add(
                    move |id| {
                        let mut row = picked;
                        row.set_id(id);
                        row
                    },
                    false,
                )
            });
            if let Some(id) = id {
                focus_later(focus(id).dom_id());
            }
        });
        Suggested {
            items: Signal::derive(move || suggestions.with(|s| s.iter().map(text).collect())),
            added: added.into(),
            on_pick,
        }
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
            focus_later((focus.field)(id).dom_id());
        });
        focus_later(match next {
            Some(next) => match self.actions_id(next) {
                Some(actions) => format!("{actions}-delete"),
                None => (focus.field)(next).dom_id(),
            },
            None => focus.empty.get_untracked(),
        });
    }

    /// The list's ids, as [`ListRows`] keys them.
    pub fn keys(self) -> Signal<Vec<ItemId>> {
        self.ids.into()
    }
}

/// What a [`SuggestionPanel`](super::suggestions::SuggestionPanel) beside a
/// list needs.
#[derive(Clone, Copy)]
pub struct Suggested {
    pub items: Signal<Vec<String>>,
    pub added: Signal<Vec<bool>>,
    pub on_pick: Callback<usize>,
}

/// The "add" button's DOM id of a list (focus goes there when its last row
/// is deleted).
pub fn add_button_id(field: FieldRef) -> String {
    format!("{}-add", field.dom_id())
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
