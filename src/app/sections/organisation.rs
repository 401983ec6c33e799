//! A10 Tổ chức thực hiện: one row per role or unit, its duties one per line,
//! with move, delete (undoable) and suggested roles for the issuer level.
//!
//! Also home of [`IdList`], the plumbing shared by the section editors whose
//! rows carry an [`ItemId`] (reports, appendices): per-row memos, add,
//! move, delete with undo.

use crate::app::components::field::{FieldMessages, TextField};
use crate::app::components::list::Described;
use crate::app::components::list::{
    focus_later, move_item, snippet, use_undo, ItemActions, SuggestionPanel, UndoBar, UndoHandle,
};
use crate::app::Editor;
use crate::domain::checklist::{AssignmentPart, FieldRef};
use crate::domain::strings::S;
use crate::domain::templates::suggested_assignments;
use crate::domain::text::clean;
use crate::domain::{Assignment, ItemId, Plan};
use leptos::prelude::*;

/// How an editor reaches one id-keyed list of the plan.
pub(super) struct IdList<T: 'static> {
    pub get: fn(&Plan) -> &Vec<T>,
    pub get_mut: fn(&mut Plan) -> &mut Vec<T>,
    pub id_of: fn(&T) -> ItemId,
}

impl<T: 'static> Clone for IdList<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: 'static> Copy for IdList<T> {}

impl<T: Clone + Send + Sync + 'static> IdList<T> {
    /// The ids in order: the `<For>` of the rows iterates over this.
    pub fn ids(self, ed: Editor) -> Memo<Vec<ItemId>> {
        ed.slice(move |p| (self.get)(p).iter().map(self.id_of).collect())
    }

    /// One part of one row, in its own memo (typing elsewhere leaves it be).
    pub fn part<V>(self, ed: Editor, id: ItemId, f: fn(&T) -> V) -> Memo<V>
    where
        V: PartialEq + Default + Send + Sync + 'static,
    {
        ed.slice(move |p| {
            (self.get)(p)
                .iter()
                .find(|t| (self.id_of)(t) == id)
                .map(f)
                .unwrap_or_default()
        })
    }

    /// The row's position.
    pub fn index(self, ed: Editor, id: ItemId) -> Memo<usize> {
        ed.slice(move |p| {
            (self.get)(p)
                .iter()
                .position(|t| (self.id_of)(t) == id)
                .unwrap_or(0)
        })
    }

    /// Changes the row with this id.
    pub fn update(self, ed: Editor, id: ItemId, f: impl FnOnce(&mut T)) {
        ed.edit(|p| {
            if let Some(t) = (self.get_mut)(p).iter_mut().find(|t| (self.id_of)(t) == id) {
                f(t);
            }
        });
    }

    /// Appends a row built around a fresh id; returns the id.
    pub fn push(self, ed: Editor, make: impl FnOnce(ItemId) -> T) -> ItemId {
        let mut new_id = 0;
        ed.edit(|p| {
            new_id = p.fresh_id();
            (self.get_mut)(p).push(make(new_id));
        });
        new_id
    }

    /// Moves row `index` by `delta`.
    pub fn shift(self, ed: Editor, index: usize, delta: isize) {
        ed.edit(|p| {
            move_item((self.get_mut)(p), index, delta);
        });
    }

    /// What every editor of such a list needs: the ids and their count, the
    /// list's DOM ids and messages, and move / delete (with undo, named by
    /// `name` or `fallback`) / add (a fresh `make(id)`), each moving focus
    /// to the row's field `focus_id`.
    pub fn wiring(
        self,
        ed: Editor,
        field: FieldRef,
        name: fn(&T) -> &String,
        fallback: S,
        focus_id: fn(ItemId) -> String,
        make: fn(ItemId) -> T,
    ) -> ListWiring {
        let undo = use_undo();
        let ids = self.ids(ed);
        let len = Memo::new(move |_| ids.with(Vec::len));
        let list_id = field.dom_id();
        let add_id = format!("{list_id}-add");
        let described = Described::new(&list_id, None);
        let empty_focus = add_id.clone();
        let label = move |t: &T| {
            let n = name(t).trim();
            if n.is_empty() {
                ed.t(fallback).to_string()
            } else {
                n.to_string()
            }
        };
        ListWiring {
            undo,
            ids,
            len,
            list_id,
            add_id,
            described,
            on_move: Callback::new(move |(i, d): (usize, isize)| self.shift(ed, i, d)),
            on_delete: Callback::new(move |i: usize| {
                self.delete(ed, undo, i, label, focus_id, empty_focus.clone())
            }),
            add: Callback::new(move |()| focus_later(focus_id(self.push(ed, make)))),
        }
    }

    /// Deletes row `index`, offering undo under `label`; then focuses the
    /// row now at that place (its DOM id from `focus_id`) or, in an empty
    /// list, `empty_focus`.
    pub fn delete(
        self,
        ed: Editor,
        undo: UndoHandle,
        index: usize,
        label: impl Fn(&T) -> String,
        focus_id: fn(ItemId) -> String,
        empty_focus: String,
    ) {
        let mut removed = None;
        let mut next = None;
        ed.edit(|p| {
            let v = (self.get_mut)(p);
            if index < v.len() {
                removed = Some(v.remove(index));
                next = v.get(index.min(v.len().saturating_sub(1))).map(self.id_of);
            }
        });
        let Some(item) = removed else {
            return;
        };
        let id = (self.id_of)(&item);
        undo.deleted(snippet(&label(&item)), move || {
            ed.edit(|p| {
                let v = (self.get_mut)(p);
                v.insert(index.min(v.len()), item.clone());
            });
            focus_later(focus_id(id));
        });
        focus_later(next.map(focus_id).unwrap_or(empty_focus));
    }
}

/// See [`IdList::wiring`].
pub(super) struct ListWiring {
    pub undo: UndoHandle,
    pub ids: Memo<Vec<ItemId>>,
    pub len: Memo<usize>,
    pub list_id: String,
    pub add_id: String,
    pub described: Described,
    pub on_move: Callback<(usize, isize)>,
    pub on_delete: Callback<usize>,
    pub add: Callback<()>,
}

fn assignments(p: &Plan) -> &Vec<Assignment> {
    &p.assignments
}
fn assignments_mut(p: &mut Plan) -> &mut Vec<Assignment> {
    &mut p.assignments
}

const LIST: IdList<Assignment> = IdList {
    get: assignments,
    get_mut: assignments_mut,
    id_of: |a| a.id,
};

fn role_id(id: ItemId) -> String {
    FieldRef::Assignment {
        id,
        part: AssignmentPart::Role,
    }
    .dom_id()
}

fn duties_id(id: ItemId) -> String {
    FieldRef::Assignment {
        id,
        part: AssignmentPart::Duties,
    }
    .dom_id()
}

/// "bộ phận 2" → "Bộ phận 2" (row legends reuse the lower-case item name).
pub(super) fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Role names compare without case or outer spaces ("hiệu trưởng" is
/// "Hiệu trưởng").
fn same_role(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// The assignments.
#[component]
pub fn OrganisationEditor() -> impl IntoView {
    let ed = Editor::get();
    let w = LIST.wiring(
        ed,
        FieldRef::Assignments,
        |t| &t.role,
        S::AssignItem,
        role_id,
        |id| Assignment {
            id,
            ..Assignment::default()
        },
    );
    let (list_findings, list_msg_id, described) = (
        w.described.findings,
        w.described.msg_id.clone(),
        w.described.ids(),
    );

    let suggestions = ed.slice(|p| suggested_assignments(p.kind, p.level));
    let sugg_items = Signal::derive(move || {
        suggestions.with(|s| s.iter().map(|a| a.role.clone()).collect::<Vec<_>>())
    });
    let roles = ed.slice(|p| {
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
        let existing = ed.plan.with_untracked(|p| {
            p.assignments
                .iter()
                .find(|x| same_role(&x.role, &a.role))
                .map(|x| x.id)
        });
        let id = existing.unwrap_or_else(|| LIST.push(ed, |id| Assignment { id, ..a }));
        focus_later(duties_id(id));
    });

    view! {
        <p class="kh-intro">{move || ed.t(S::AssignIntro)}</p>
        <p class="kh-help">{move || ed.t(S::AssignDutiesHelp)}</p>
        <div class="kh-rows" id=w.list_id.clone() tabindex="-1" aria-describedby=described>
            <FieldMessages id=list_msg_id findings=list_findings />
            <Show when=move || w.len.get() == 0>
                <p class="kh-list-empty">{move || ed.t(S::AssignEmpty)}</p>
            </Show>
            <ol class="kh-row-list">
                <For
                    each=move || w.ids.get()
                    key=|id| *id
                    children=move |id| {
                        view! { <AssignmentRow id=id len=w.len on_move=w.on_move on_delete=w.on_delete /> }
                    }
                />
            </ol>
            <button type="button" class="kh-button kh-button-secondary kh-add" id=w.add_id on:click=move |_| w.add.run(())>
                {move || ed.t(S::AssignAdd)}
            </button>
        </div>
        <UndoBar handle=w.undo />
        <SuggestionPanel title=S::AssignSuggestions items=sugg_items on_pick=on_pick added=sugg_added />
    }
}

/// One role and its duties.
#[component]
fn AssignmentRow(
    /// The assignment's id.
    id: ItemId,
    /// Length of the list.
    len: Memo<usize>,
    /// Move callback of the list.
    on_move: Callback<(usize, isize)>,
    /// Delete callback of the list.
    on_delete: Callback<usize>,
) -> impl IntoView {
    let ed = Editor::get();
    let index = LIST.index(ed, id);
    let role = LIST.part(ed, id, |a| a.role.clone());
    // One duty per line: the text area shows the list joined, and splitting
    // on "\n" gives the same list back, so typing never moves the caret.
    let duties = LIST.part(ed, id, |a| a.duties.join("\n"));
    let set_role = Callback::new(move |v: String| LIST.update(ed, id, |a| a.role = clean(&v)));
    let set_duties = Callback::new(move |v: String| {
        let v = clean(&v);
        LIST.update(ed, id, |a| {
            a.duties = v.split('\n').map(str::to_string).collect()
        });
    });
    let name = Signal::derive(move || {
        let n = index.get() + 1;
        let r = role.get();
        let item = ed.t(S::AssignItem);
        if r.trim().is_empty() {
            format!("{item} {n}")
        } else {
            format!("{item} {n} ({})", r.trim())
        }
    });
    let legend = move || capitalised(&name.get());
    view! {
        <li class="kh-row">
            <fieldset class="kh-row-fieldset">
                <legend class="kh-row-legend">{legend}</legend>
                <TextField id=role_id(id) label=S::AssignRoleLabel value=role on_input=set_role />
                <TextField
                    id=duties_id(id)
                    label=S::AssignDutiesLabel
                    value=duties
                    on_input=set_duties
                    multiline=true
                />
                <ItemActions item_label=name index=index len=len on_move=on_move on_delete=on_delete />
            </fieldset>
        </li>
    }
}
