//! Editing the plan's lists, the same way for every list: add, move, remove
//! (keeping what undo needs), restore, and where keyboard focus goes next.
//!
//! Every list editor of the app (lines of text such as the purposes, rows
//! with an [`ItemId`] such as the targets or a group's tasks) names its list
//! with a [`PlanList`] and calls the [`Plan`] methods here; it only decides
//! which DOM id a position or an id maps to. So the positions, the clamping
//! and the owner that may be gone are decided in one place that `cargo test`
//! reaches.
//!
//! Undo of a removal: the editor keeps the [`Removed`] value and hands it
//! back to [`Plan::restore_to`]. Meanwhile the plan may have changed:
//! - the list shrank: the item goes back at its old position, or last if
//!   the list is now shorter;
//! - the list's owner went (a task whose group was removed after it): the
//!   task comes back in a new untitled group at the end of the task list,
//!   so nothing the teacher wrote is lost and no id is used twice;
//! - items that pointed to it (tasks serving a removed target) point to it
//!   again, those that still exist.

use crate::domain::plan::{
    Appendix, Assignment, Citation, ItemId, Plan, ReportDeadline, Target, TaskGroup, TaskItem,
};

/// A list item with a stable id.
pub trait Keyed {
    fn id(&self) -> ItemId;
}

macro_rules! keyed {
    ($($t:ty),*) => {
        $(impl Keyed for $t {
            fn id(&self) -> ItemId {
                self.id
            }
        })*
    };
}
keyed!(
    Citation,
    Target,
    TaskGroup,
    TaskItem,
    Assignment,
    ReportDeadline,
    Appendix
);

/// Where keyboard focus goes after an edit of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The item now at this position: the one added or restored, or the
    /// one that took a removed item's place (the previous one when the last
    /// was removed).
    Item(usize),
    /// The list is empty: the list's own control (its "add" button).
    Empty,
}

/// An item taken out of a list, with what putting it back needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Removed<T> {
    pub item: T,
    /// Where it stood.
    pub index: usize,
    /// Items elsewhere that pointed to it (see [`PlanList::unlink`]).
    pub links: Vec<ItemId>,
}

/// Moves `v[index]` by `delta` places (±1: a swap with its neighbour) and
/// returns its new position; `None`, changing nothing, when either end is
/// out of range.
pub fn move_item<T>(v: &mut Vec<T>, index: usize, delta: isize) -> Option<usize> {
    let to = index.checked_add_signed(delta)?;
    if delta == 0 || index >= v.len() || to >= v.len() {
        return None;
    }
    let item = v.remove(index);
    v.insert(to, item);
    Some(to)
}

/// Takes `v[index]` out; `None` when there is no such item.
pub fn remove_item<T>(v: &mut Vec<T>, index: usize) -> Option<(Removed<T>, Focus)> {
    if index >= v.len() {
        return None;
    }
    let item = v.remove(index);
    let focus = match v.len() {
        0 => Focus::Empty,
        len => Focus::Item(index.min(len - 1)),
    };
    let removed = Removed {
        item,
        index,
        links: Vec::new(),
    };
    Some((removed, focus))
}

/// Puts a removed item back at its old position, or last when the list has
/// shrunk since; returns where it went.
pub fn restore_item<T>(v: &mut Vec<T>, removed: Removed<T>) -> usize {
    let at = removed.index.min(v.len());
    v.insert(at, removed.item);
    at
}

/// One list of a plan: where it is, and what its items mean to the rest of
/// the plan. The unit structs below name every list the editor edits.
pub trait PlanList: Copy {
    type Item: Clone;

    /// The list, if it exists (a group's tasks do not once the group is gone).
    fn items(self, plan: &Plan) -> Option<&Vec<Self::Item>>;

    fn items_mut(self, plan: &mut Plan) -> Option<&mut Vec<Self::Item>>;

    /// The list an undone removal goes back into: the list itself, or where
    /// its items go once it is gone.
    fn restore_into(self, plan: &mut Plan) -> Option<&mut Vec<Self::Item>> {
        self.items_mut(plan)
    }

    /// Removes what points to `item` elsewhere in the plan (it is being
    /// removed) and returns the ids of the items that did.
    fn unlink(self, _plan: &mut Plan, _item: &Self::Item) -> Vec<ItemId> {
        Vec::new()
    }

    /// Points the items `links` (those that still exist) to `item` again.
    fn relink(self, _plan: &mut Plan, _item: &Self::Item, _links: &[ItemId]) {}
}

macro_rules! plan_lists {
    ($($(#[$doc:meta])* $name:ident: $item:ty = $field:ident;)*) => {
        $(
            $(#[$doc])*
            #[derive(Debug, Clone, Copy, PartialEq, Eq)]
            pub struct $name;

            impl PlanList for $name {
                type Item = $item;
                fn items(self, plan: &Plan) -> Option<&Vec<$item>> {
                    Some(&plan.$field)
                }
                fn items_mut(self, plan: &mut Plan) -> Option<&mut Vec<$item>> {
                    Some(&mut plan.$field)
                }
            }
        )*
    };
}

plan_lists! {
    /// The căn cứ (A5).
    Basis: Citation = basis;
    /// The numbered task groups (A9).
    TaskGroups: TaskGroup = task_groups;
    /// The roles and their duties (A10).
    Assignments: Assignment = assignments;
    /// The report deadlines (A12).
    Reports: ReportDeadline = reports;
    /// The appendices (A16).
    Appendices: Appendix = appendices;
    /// Mục đích (A7), lines of text.
    Purposes: String = purposes;
    /// Yêu cầu (A7), lines of text.
    Requirements: String = requirements;
    /// Nơi nhận (A14), lines of text.
    Recipients: String = recipients;
}

/// The chỉ tiêu (A8). Tasks link the targets they serve: a removed target is
/// unlinked from them, and linked again when it comes back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Targets;

impl PlanList for Targets {
    type Item = Target;

    fn items(self, plan: &Plan) -> Option<&Vec<Target>> {
        Some(&plan.targets)
    }

    fn items_mut(self, plan: &mut Plan) -> Option<&mut Vec<Target>> {
        Some(&mut plan.targets)
    }

    fn unlink(self, plan: &mut Plan, target: &Target) -> Vec<ItemId> {
        let mut linked = Vec::new();
        for task in plan.task_groups.iter_mut().flat_map(|g| g.items.iter_mut()) {
            if task.targets.contains(&target.id) {
                task.targets.retain(|x| *x != target.id);
                linked.push(task.id);
            }
        }
        linked
    }

    fn relink(self, plan: &mut Plan, target: &Target, links: &[ItemId]) {
        for task in plan.task_groups.iter_mut().flat_map(|g| g.items.iter_mut()) {
            if links.contains(&task.id) && !task.targets.contains(&target.id) {
                task.targets.push(target.id);
            }
        }
    }
}

/// The tasks of the group with this id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupTasks(pub ItemId);

impl PlanList for GroupTasks {
    type Item = TaskItem;

    fn items(self, plan: &Plan) -> Option<&Vec<TaskItem>> {
        plan.task_groups
            .iter()
            .find(|g| g.id == self.0)
            .map(|g| &g.items)
    }

    fn items_mut(self, plan: &mut Plan) -> Option<&mut Vec<TaskItem>> {
        plan.task_groups
            .iter_mut()
            .find(|g| g.id == self.0)
            .map(|g| &mut g.items)
    }

    /// The group, or when it went meanwhile a new untitled group at the end
    /// (with a fresh id: the old one may still come back through its own
    /// undo, and ids are never used twice).
    fn restore_into(self, plan: &mut Plan) -> Option<&mut Vec<TaskItem>> {
        if self.items(plan).is_some() {
            return self.items_mut(plan);
        }
        let id = plan.fresh_id();
        plan.task_groups.push(TaskGroup {
            id,
            ..TaskGroup::default()
        });
        plan.task_groups.last_mut().map(|g| &mut g.items)
    }
}

impl Plan {
    /// Appends `item` to `list`; returns its position (where focus goes),
    /// `None` when the list does not exist.
    pub fn add_to<L: PlanList>(&mut self, list: L, item: L::Item) -> Option<usize> {
        let v = list.items_mut(self)?;
        v.push(item);
        Some(v.len() - 1)
    }

    /// Appends an item built around a fresh id; returns the id (focus goes
    /// to the new item), `None` when the list does not exist.
    pub fn add_new<L: PlanList>(
        &mut self,
        list: L,
        make: impl FnOnce(ItemId) -> L::Item,
    ) -> Option<ItemId> {
        list.items(self)?;
        let id = self.fresh_id();
        self.add_to(list, make(id)).map(|_| id)
    }

    /// Moves item `index` of `list` by `delta` (±1); returns its new
    /// position, `None` (nothing changed) at the ends.
    pub fn move_in<L: PlanList>(&mut self, list: L, index: usize, delta: isize) -> Option<usize> {
        move_item(list.items_mut(self)?, index, delta)
    }

    /// Removes item `index` of `list` and what points to it; returns what
    /// [`Plan::restore_to`] needs and where focus goes.
    pub fn remove_from<L: PlanList>(
        &mut self,
        list: L,
        index: usize,
    ) -> Option<(Removed<L::Item>, Focus)> {
        let (mut removed, focus) = remove_item(list.items_mut(self)?, index)?;
        removed.links = list.unlink(self, &removed.item);
        Some((removed, focus))
    }

    /// Puts a removed item back (see the module's notes on what may have
    /// changed meanwhile); returns its position in the list it went into.
    pub fn restore_to<L: PlanList>(
        &mut self,
        list: L,
        mut removed: Removed<L::Item>,
    ) -> Option<usize> {
        let links = std::mem::take(&mut removed.links);
        list.relink(self, &removed.item, &links);
        Some(restore_item(list.restore_into(self)?, removed))
    }

    /// The id of the item at `index` of `list` (to focus it).
    pub fn id_at<L: PlanList>(&self, list: L, index: usize) -> Option<ItemId>
    where
        L::Item: Keyed,
    {
        list.items(self)?.get(index).map(Keyed::id)
    }

    /// The position of the item with this id in `list`.
    pub fn position_in<L: PlanList>(&self, list: L, id: ItemId) -> Option<usize>
    where
        L::Item: Keyed,
    {
        list.items(self)?.iter().position(|t| t.id() == id)
    }

    /// The item with this id in `list`.
    pub fn item_in<L: PlanList>(&self, list: L, id: ItemId) -> Option<&L::Item>
    where
        L::Item: Keyed,
    {
        list.items(self)?.iter().find(|t| t.id() == id)
    }

    /// The item with this id in `list`, to change it.
    pub fn item_in_mut<L: PlanList>(&mut self, list: L, id: ItemId) -> Option<&mut L::Item>
    where
        L::Item: Keyed,
    {
        list.items_mut(self)?.iter_mut().find(|t| t.id() == id)
    }

    /// The task with this id, in whichever group it is.
    pub fn task_mut(&mut self, id: ItemId) -> Option<&mut TaskItem> {
        self.task_groups
            .iter_mut()
            .flat_map(|g| g.items.iter_mut())
            .find(|t| t.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::{IssuerLevel, PlanKind};

    fn plan_with_tasks() -> Plan {
        let mut p = Plan::new(PlanKind::Annual, IssuerLevel::TieuHoc);
        for title in ["Một", "Hai"] {
            let gid = p
                .add_new(TaskGroups, |id| TaskGroup {
                    id,
                    title: title.into(),
                    ..TaskGroup::default()
                })
                .unwrap();
            for text in ["a", "b", "c"] {
                p.add_new(GroupTasks(gid), |id| TaskItem {
                    id,
                    text: format!("{title} {text}"),
                    ..TaskItem::default()
                });
            }
        }
        p
    }

    fn texts(p: &Plan, gid: ItemId) -> Vec<&str> {
        GroupTasks(gid)
            .items(p)
            .unwrap()
            .iter()
            .map(|t| t.text.as_str())
            .collect()
    }

    #[test]
    fn move_item_swaps_with_neighbour() {
        let mut v = vec![1, 2, 3];
        assert_eq!(move_item(&mut v, 0, 1), Some(1));
        assert_eq!(v, [2, 1, 3]);
        assert_eq!(move_item(&mut v, 2, -1), Some(1));
        assert_eq!(v, [2, 3, 1]);
    }

    #[test]
    fn move_item_refuses_the_ends() {
        let mut v = vec![1, 2, 3];
        assert_eq!(move_item(&mut v, 0, -1), None);
        assert_eq!(move_item(&mut v, 2, 1), None);
        assert_eq!(move_item(&mut v, 5, -1), None);
        assert_eq!(move_item(&mut v, 1, 0), None);
        assert_eq!(v, [1, 2, 3]);
        let mut empty: Vec<u8> = Vec::new();
        assert_eq!(move_item(&mut empty, 0, 1), None);
    }

    #[test]
    fn focus_after_remove_goes_to_the_next_then_the_previous_then_add() {
        let mut v = vec!["a", "b", "c"];
        let (r, focus) = remove_item(&mut v, 1).unwrap();
        assert_eq!((r.item, r.index, focus), ("b", 1, Focus::Item(1)));
        // The last one: focus on the one before.
        let (_, focus) = remove_item(&mut v, 1).unwrap();
        assert_eq!(focus, Focus::Item(0));
        let (_, focus) = remove_item(&mut v, 0).unwrap();
        assert_eq!(focus, Focus::Empty);
        assert!(remove_item(&mut v, 0).is_none());
    }

    #[test]
    fn restore_goes_back_where_it_was() {
        let mut p = Plan {
            purposes: vec!["a".into(), "b".into(), "c".into()],
            ..Plan::default()
        };
        let (r, _) = p.remove_from(Purposes, 1).unwrap();
        assert_eq!(p.restore_to(Purposes, r), Some(1));
        assert_eq!(p.purposes, ["a", "b", "c"]);
    }

    #[test]
    fn restore_after_the_list_shrank_goes_last() {
        let mut p = Plan {
            recipients: vec!["a".into(), "b".into(), "c".into()],
            ..Plan::default()
        };
        let (r, _) = p.remove_from(Recipients, 2).unwrap();
        p.remove_from(Recipients, 0).unwrap();
        assert_eq!(p.restore_to(Recipients, r), Some(1));
        assert_eq!(p.recipients, ["b", "c"]);
        // Even when the list is empty by then.
        let (r, focus) = p.remove_from(Recipients, 1).unwrap();
        p.remove_from(Recipients, 0).unwrap();
        assert_eq!((r.index, focus), (1, Focus::Item(0)));
        assert_eq!(p.restore_to(Recipients, r), Some(0));
        assert_eq!(p.recipients, ["c"]);
    }

    #[test]
    fn add_new_gives_fresh_ids_and_focus_is_the_new_item() {
        let mut p = plan_with_tasks();
        let gid = p.id_at(TaskGroups, 0).unwrap();
        let before = p.tasks().count();
        let id = p.add_new(GroupTasks(gid), |id| TaskItem {
            id,
            ..TaskItem::default()
        });
        let id = id.unwrap();
        assert_eq!(p.tasks().count(), before + 1);
        assert_eq!(p.position_in(GroupTasks(gid), id), Some(3));
        assert_eq!(p.tasks().filter(|t| t.id == id).count(), 1);
        // A group that is not there takes nothing and spends no id.
        let next = p.next_id;
        assert_eq!(
            p.add_new(GroupTasks(9999), |id| TaskItem {
                id,
                ..TaskItem::default()
            }),
            None
        );
        assert_eq!(p.next_id, next);
    }

    #[test]
    fn moving_a_task_stays_in_its_group() {
        let mut p = plan_with_tasks();
        let gid = p.id_at(TaskGroups, 1).unwrap();
        assert_eq!(p.move_in(GroupTasks(gid), 2, -1), Some(1));
        assert_eq!(texts(&p, gid), ["Hai a", "Hai c", "Hai b"]);
        assert_eq!(p.move_in(GroupTasks(gid), 2, 1), None);
        assert_eq!(p.move_in(GroupTasks(9999), 0, 1), None);
    }

    #[test]
    fn a_task_whose_group_went_meanwhile_comes_back_in_a_new_group() {
        let mut p = plan_with_tasks();
        let gid = p.id_at(TaskGroups, 0).unwrap();
        let (task, focus) = p.remove_from(GroupTasks(gid), 1).unwrap();
        assert_eq!(focus, Focus::Item(1));
        // The group goes while the task's undo waits.
        let (group, _) = p.remove_from(TaskGroups, 0).unwrap();
        assert_eq!(group.item.items.len(), 2);
        let task_id = task.item.id;
        assert_eq!(p.restore_to(GroupTasks(gid), task), Some(0));
        // Last, untitled, with a fresh id; the task's text is kept.
        let new_group = p.task_groups.last().unwrap();
        assert_ne!(new_group.id, gid);
        assert_eq!(new_group.title, "");
        assert_eq!(new_group.items.len(), 1);
        assert_eq!(new_group.items[0].id, task_id);
        assert_eq!(new_group.items[0].text, "Một b");
        // The old group's own undo still works, and no id is used twice.
        p.restore_to(TaskGroups, group);
        assert_eq!(p.task_groups[0].id, gid);
        let mut ids: Vec<ItemId> = p.task_groups.iter().map(|g| g.id).collect();
        ids.extend(p.tasks().map(|t| t.id));
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n);
    }

    #[test]
    fn a_removed_target_is_unlinked_and_linked_again_on_restore() {
        let mut p = plan_with_tasks();
        let tid = p
            .add_new(Targets, |id| Target {
                id,
                what: "được tập huấn".into(),
                ..Target::default()
            })
            .unwrap();
        let (first, second) = {
            let mut tasks = p.tasks().map(|t| t.id);
            (tasks.next().unwrap(), tasks.next().unwrap())
        };
        for id in [first, second] {
            p.task_mut(id).unwrap().targets.push(tid);
        }
        let (removed, focus) = p.remove_from(Targets, 0).unwrap();
        assert_eq!(focus, Focus::Empty);
        assert_eq!(removed.links, [first, second]);
        assert!(p.tasks().all(|t| t.targets.is_empty()));
        // One of the tasks goes meanwhile: the other is linked again.
        let gid = p.id_at(TaskGroups, 0).unwrap();
        p.remove_from(GroupTasks(gid), 0).unwrap();
        assert_eq!(p.restore_to(Targets, removed), Some(0));
        let linked: Vec<ItemId> = p
            .tasks()
            .filter(|t| t.targets.contains(&tid))
            .map(|t| t.id)
            .collect();
        assert_eq!(linked, [second]);
    }

    #[test]
    fn lookups_by_id() {
        let mut p = plan_with_tasks();
        let gid = p.id_at(TaskGroups, 1).unwrap();
        let id = p.id_at(GroupTasks(gid), 2).unwrap();
        assert_eq!(p.position_in(GroupTasks(gid), id), Some(2));
        assert_eq!(p.item_in(GroupTasks(gid), id).unwrap().text, "Hai c");
        p.item_in_mut(GroupTasks(gid), id).unwrap().text = "đổi".into();
        assert_eq!(p.task_mut(id).unwrap().text, "đổi");
        assert_eq!(p.position_in(TaskGroups, id), None);
        assert_eq!(p.id_at(Basis, 0), None);
    }
}
