//! Hooks the editors share: a firewall in front of the plan, the
//! checklist's messages per field, focus after a render, and undo.
//!
//! Two of them are what keeps typing fast in a plan of 300 tasks (the
//! editor benchmark measures it): [`firewall`] and the [`FindingsIndex`]
//! with its scopes. Read their notes before replacing them with plain memos.

use crate::app::state::{use_checklist, use_plan, use_translation};
use crate::domain::checklist::{FieldRef, Severity};
use crate::domain::Plan;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

/// A part of the plan, like `PlanEdits::slice`, behind a firewall: an effect
/// copies it into a signal only when it changed.
///
/// A memo is marked "maybe changed" together with everything downstream of
/// it on every change of the plan, so a list of 300 tasks with thousands of
/// memos and effects paid for all of them on each keystroke. An effect stops
/// that walk: downstream nodes hear only of real changes. The copy lands a
/// microtask later, which nobody sees.
pub fn firewall<T>(get: impl Fn(&Plan) -> T + Send + Sync + 'static) -> ReadSignal<T>
where
    T: PartialEq + Send + Sync + 'static,
{
    let plan = use_plan();
    let (read, write) = signal(plan.with_untracked(&get));
    Effect::new(move |_| {
        let v = plan.with(&get);
        if read.with_untracked(|old| *old != v) {
            write.set(v);
        }
    });
    read
}

/// One finding as the editor shows it under its field.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Message {
    pub severity: Severity,
    /// What is wrong, in the interface language when there is a translation.
    pub text: String,
    /// How to fix it (Vietnamese).
    pub hint: String,
}

impl Message {
    /// Errors and warnings make a field invalid; hints do not.
    pub fn is_problem(&self) -> bool {
        self.severity != Severity::Hint
    }
}

/// The checklist's findings by field, shared by the inputs of the editor.
///
/// Scanning every finding for one field, per input per keystroke, is what
/// made typing slow in an editor of 300 tasks (some 1,800 inputs). The index
/// is built when the report changes and each input's memo is a hash lookup.
#[derive(Clone, Copy)]
pub struct FindingsIndex(Signal<HashMap<FieldRef, Vec<Message>>>);

/// Provides the [`FindingsIndex`] to the calling component's children. Once
/// for the widget, at its root: a section's own owner is re-used when the
/// router re-runs, so a per-section index would outlive its signal.
pub fn provide_findings_index() {
    let report = use_checklist();
    let lang = use_translation();
    let build = move || {
        let lang = lang.get();
        report.with(|r| {
            let mut map: HashMap<FieldRef, Vec<Message>> = HashMap::new();
            for f in &r.findings {
                map.entry(f.field).or_default().push(Message {
                    severity: f.severity,
                    text: f.message(lang).to_string(),
                    hint: f.hint.clone(),
                });
            }
            map
        })
    };
    // Behind a firewall (see [`firewall`]): the report is re-made on every
    // settle, its findings seldom change.
    let (read, write) = signal(untrack(build));
    Effect::new(move |_| {
        let v = build();
        if read.with_untracked(|old| *old != v) {
            write.set(v);
        }
    });
    provide_context(FindingsIndex(read.into()));
}

/// Narrows the [`FindingsIndex`] above to the fields `keep` accepts, for the
/// calling component's children (a group, a row): when the findings change,
/// the inputs of other rows are not even asked.
pub fn provide_findings_scope(keep: impl Fn(FieldRef) -> bool + Send + Sync + 'static) {
    let Some(FindingsIndex(parent)) = use_context::<FindingsIndex>() else {
        return;
    };
    let scoped = Memo::new(move |_| {
        parent.with(|m| {
            m.iter()
                .filter(|(k, _)| keep(**k))
                .map(|(k, v)| (*k, v.clone()))
                .collect::<HashMap<_, _>>()
        })
    });
    provide_context(FindingsIndex(scoped.into()));
}

/// The messages for one field, through the nearest [`FindingsIndex`] (or,
/// outside an editor that has one, straight from the report).
pub fn use_findings(field: FieldRef) -> Memo<Vec<Message>> {
    if let Some(FindingsIndex(index)) = use_context::<FindingsIndex>() {
        return Memo::new(move |_| index.with(|m| m.get(&field).cloned().unwrap_or_default()));
    }
    let report = use_checklist();
    let lang = use_translation();
    Memo::new(move |_| {
        let lang = lang.get();
        report.with(|r| {
            r.for_field_ref(field)
                .map(|f| Message {
                    severity: f.severity,
                    text: f.message(lang).to_string(),
                    hint: f.hint.clone(),
                })
                .collect()
        })
    })
}

/// Focuses the element with this id once the pending render has happened
/// (a row just added or moved is not in the DOM yet when its handler runs).
pub fn focus_later(id: String) {
    request_animation_frame(move || crate::browser::focus::focus_by_id(&id));
}

/// How long the undo bar stays after a delete (the house rule is ≥ 10 s).
pub const UNDO_VISIBLE: Duration = Duration::from_secs(12);

/// One deleted item that can still be put back.
#[derive(Clone)]
struct Undo {
    /// What was deleted, as shown after "Đã xóa: ".
    label: String,
    restore: Arc<dyn Fn() + Send + Sync>,
    /// Which delete this is, so an old timer does not hide a newer bar.
    serial: u64,
}

/// The undo state of one editor (Copy: pass it into row closures). One
/// delete at a time can be undone: a newer one takes the bar.
#[derive(Clone, Copy)]
pub struct UndoHandle {
    current: RwSignal<Option<Undo>>,
    serial: StoredValue<u64>,
}

/// A fresh undo facility; show it with `<UndoBar handle=… />`.
pub fn use_undo() -> UndoHandle {
    UndoHandle {
        current: RwSignal::new(None),
        serial: StoredValue::new(0),
    }
}

impl UndoHandle {
    /// Records a delete: shows "Đã xóa: `label`" with "Hoàn tác" for
    /// [`UNDO_VISIBLE`]; `restore` puts the item back.
    pub fn deleted(&self, label: String, restore: impl Fn() + Send + Sync + 'static) {
        let serial = self.serial.get_value() + 1;
        self.serial.set_value(serial);
        self.current.set(Some(Undo {
            label,
            restore: Arc::new(restore),
            serial,
        }));
        let current = self.current;
        set_timeout(
            move || {
                // The editor may be gone (section changed): then nothing to hide.
                let same = current
                    .try_with_untracked(|u| u.as_ref().is_some_and(|u| u.serial == serial))
                    .unwrap_or(false);
                if same {
                    current.set(None);
                }
            },
            UNDO_VISIBLE,
        );
    }

    /// What the bar names, tracked; `None` when there is nothing to undo.
    pub fn label(&self) -> Option<String> {
        self.current.with(|u| u.as_ref().map(|u| u.label.clone()))
    }

    /// Puts the last deleted item back and hides the bar.
    pub fn undo(&self) {
        if let Some(u) = self.current.try_update(Option::take).flatten() {
            (u.restore)();
        }
    }
}
