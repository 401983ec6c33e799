//! Shared building blocks of the list editors: move/delete buttons, the undo
//! bar, an editable list of text lines and the suggestion panel.
//!
//! Every list of the plan is edited the same way, so a keyboard or
//! screen-reader user learns it once: "Lên" / "Xuống" / "Xóa" buttons named
//! after their item (no drag and drop), a delete that can be undone for a
//! while, and suggestions that insert an editable copy.

use crate::app::components::field::{findings_memo, FieldMessages};
use crate::app::Editor;
use crate::domain::checklist::Severity;
use crate::domain::strings::S;
use crate::domain::text::clean;
use crate::domain::Plan;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

/// One finding as the editor shows it: severity, message, hint.
pub type Msg = (Severity, String, String);

/// A part of the plan, like `Editor::slice`, behind a firewall: an effect
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
    let ed = Editor::get();
    let (read, write) = signal(ed.plan.with_untracked(&get));
    Effect::new(move |_| {
        let v = ed.plan.with(&get);
        if read.with_untracked(|old| *old != v) {
            write.set(v);
        }
    });
    read
}

/// The checklist's findings by DOM id, shared by the inputs of one editor.
///
/// `findings_memo` scans every finding for its one id; an editor of 300
/// tasks has some 1,800 inputs, and that scan per input per keystroke is
/// what made typing slow. The index is built when the report changes and
/// each input's memo is a hash lookup.
#[derive(Clone, Copy)]
pub struct FindingsIndex(Signal<HashMap<String, Vec<Msg>>>);

/// Provides a [`FindingsIndex`] to the calling component's children (once:
/// an index already provided above is kept).
pub fn provide_findings_index() {
    if use_context::<FindingsIndex>().is_some() {
        return;
    }
    let ed = Editor::get();
    let build = move || {
        let lang = ed.lang.get();
        ed.report.with(|r| {
            let mut map: HashMap<String, Vec<Msg>> = HashMap::new();
            for f in &r.findings {
                let msg = f.message(lang).to_string();
                map.entry(f.dom_id())
                    .or_default()
                    .push((f.severity, msg, f.hint.clone()));
            }
            map
        })
    };
    // Behind a firewall (see [`firewall`]): the report is re-made on every
    // keystroke, its findings seldom change.
    let (read, write) = signal(untrack(build));
    Effect::new(move |_| {
        let v = build();
        if read.with_untracked(|old| *old != v) {
            write.set(v);
        }
    });
    provide_context(FindingsIndex(read.into()));
}

/// Narrows the [`FindingsIndex`] above to the DOM ids `keep` accepts, for
/// the calling component's children (a group, a row): when the findings
/// change, the inputs of other rows are not even asked.
pub fn provide_findings_scope(keep: impl Fn(&str) -> bool + Send + Sync + 'static) {
    let Some(FindingsIndex(parent)) = use_context::<FindingsIndex>() else {
        return;
    };
    let scoped = Memo::new(move |_| {
        parent.with(|m| {
            m.iter()
                .filter(|(k, _)| keep(k))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect::<HashMap<_, _>>()
        })
    });
    provide_context(FindingsIndex(scoped.into()));
}

/// The findings for one DOM id: through the editor's [`FindingsIndex`] when
/// there is one, else through `findings_memo`.
pub fn row_findings(id: &str) -> Memo<Vec<Msg>> {
    match use_context::<FindingsIndex>() {
        Some(FindingsIndex(index)) => {
            let id = id.to_string();
            Memo::new(move |_| index.with(|m| m.get(&id).cloned().unwrap_or_default()))
        }
        None => findings_memo(id),
    }
}

/// The checklist's messages about a whole list (or any one field): the
/// findings, the id of the element that shows them, and the
/// `aria-describedby` value naming the help (if any) and, while there are
/// messages, that element.
#[derive(Clone)]
pub struct Described {
    pub findings: Memo<Vec<Msg>>,
    pub msg_id: String,
    help_id: Option<String>,
}

impl Described {
    pub fn new(id: &str, help_id: Option<String>) -> Described {
        Described {
            findings: row_findings(id),
            msg_id: format!("{id}-msg"),
            help_id,
        }
    }

    /// `aria-describedby`, reactive: `None` when there is nothing to name.
    pub fn ids(&self) -> impl Fn() -> Option<String> + Clone + Send + Sync + 'static {
        let Described {
            findings,
            msg_id,
            help_id,
        } = self.clone();
        move || {
            let mut ids: Vec<&str> = help_id.iter().map(String::as_str).collect();
            if !findings.with(Vec::is_empty) {
                ids.push(&msg_id);
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    }
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

/// How long the undo bar stays after a delete (the house rule is ≥ 10 s).
pub const UNDO_VISIBLE: Duration = Duration::from_secs(12);

/// Moves `v[index]` by `delta` places (±1: a swap with its neighbour).
/// Returns false, changing nothing, when either end is out of range.
pub fn move_item<T>(v: &mut Vec<T>, index: usize, delta: isize) -> bool {
    let Some(to) = index.checked_add_signed(delta) else {
        return false;
    };
    if delta == 0 || index >= v.len() || to >= v.len() {
        return false;
    }
    let item = v.remove(index);
    v.insert(to, item);
    true
}

/// Focuses the element with this id once the pending render has happened
/// (a row just added or moved is not in the DOM yet when its handler runs).
pub fn focus_later(id: String) {
    request_animation_frame(move || crate::browser::focus::focus_by_id(&id));
}

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

/// One deleted item that can still be put back.
#[derive(Clone)]
pub struct Undo {
    /// What was deleted, as shown after "Đã xóa: ".
    pub label: String,
    restore: Arc<dyn Fn() + Send + Sync>,
    /// Which delete this is, so an old timer does not hide a newer bar.
    serial: u64,
}

/// The undo state of one editor (Copy: pass it into row closures).
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

    /// Puts the last deleted item back and hides the bar.
    pub fn undo(&self) {
        if let Some(u) = self.current.try_update(Option::take).flatten() {
            (u.restore)();
        }
    }
}

/// "Đã xóa: … — Hoàn tác", in a live region so the delete is announced.
#[component]
pub fn UndoBar(
    /// From [`use_undo`].
    handle: UndoHandle,
) -> impl IntoView {
    let ed = Editor::get();
    let label = move || handle.current.with(|u| u.as_ref().map(|u| u.label.clone()));
    view! {
        <div class="kh-undo-slot" role="status" aria-live="polite">
            {move || {
                label()
                    .map(|l| {
                        view! {
                            <div class="kh-undo">
                                <span class="kh-undo-text">
                                    {move || ed.t(S::UndoDeleted)}
                                    ": "
                                    {l}
                                </span>
                                <button
                                    type="button"
                                    class="kh-button kh-button-small"
                                    on:click=move |_| handle.undo()
                                >
                                    {move || ed.t(S::UndoButton)}
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
    /// Position of the item.
    #[prop(into)]
    index: Signal<usize>,
    /// Length of the list.
    #[prop(into)]
    len: Signal<usize>,
    /// Called with (index, -1 | 1).
    #[prop(into)]
    on_move: Callback<(usize, isize)>,
    /// Called with the index.
    #[prop(into)]
    on_delete: Callback<usize>,
    /// Prefix of the buttons' DOM ids (`{prefix}-up`, `-down`, `-delete`),
    /// for lists that move focus themselves.
    #[prop(optional, into)]
    id_prefix: Option<String>,
) -> impl IntoView {
    let ed = Editor::get();
    let name = move |s: S| move || format!("{}: {}", ed.t(s), item_label.get());
    let at_top = move || index.get() == 0;
    let at_bottom = move || index.get() + 1 >= len.get();
    let ids = id_prefix.map(|p| {
        (
            format!("{p}-up"),
            format!("{p}-down"),
            format!("{p}-delete"),
        )
    });
    let (up_id, down_id, del_id) = match ids {
        Some((a, b, c)) => (Some(a), Some(b), Some(c)),
        None => (None, None, None),
    };
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
    view! {
        <div class="kh-item-actions">
            <button
                type="button"
                class="kh-button kh-button-small kh-button-secondary"
                id=up_id
                node_ref=up_ref
                aria-label=name(S::ListMoveUpLabel)
                aria-disabled=move || at_top().then_some("true")
                on:click=move |_| {
                    if !at_top() {
                        refocus(up_ref);
                        on_move.run((index.get_untracked(), -1));
                    }
                }
            >
                {move || ed.t(S::ListMoveUp)}
            </button>
            <button
                type="button"
                class="kh-button kh-button-small kh-button-secondary"
                id=down_id
                node_ref=down_ref
                aria-label=name(S::ListMoveDownLabel)
                aria-disabled=move || at_bottom().then_some("true")
                on:click=move |_| {
                    if !at_bottom() {
                        refocus(down_ref);
                        on_move.run((index.get_untracked(), 1));
                    }
                }
            >
                {move || ed.t(S::ListMoveDown)}
            </button>
            <button
                type="button"
                class="kh-button kh-button-small kh-button-danger"
                id=del_id
                aria-label=name(S::ListDeleteLabel)
                on:click=move |_| on_delete.run(index.get_untracked())
            >
                {move || ed.t(S::ListDelete)}
            </button>
        </div>
    }
}

/// One input of a list row: like `TextField`, with a shorter text area, an
/// optional `<datalist>` and a layout class, so rows stay compact.
#[component]
pub fn RowInput(
    /// The DOM id the checklist uses for this input (`FieldRef::dom_id`).
    #[prop(into)]
    id: String,
    /// The label.
    label: S,
    /// Help under the label.
    #[prop(optional)]
    help: Option<S>,
    /// The current value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every input.
    #[prop(into)]
    on_input: Callback<String>,
    /// Rows of a text area; 0 (default) gives a one-line input.
    #[prop(optional)]
    rows: u32,
    /// `type` of a one-line input (default "text").
    #[prop(optional)]
    input_type: Option<&'static str>,
    /// Id of a `<datalist>` offering values.
    #[prop(optional, into)]
    list: Option<String>,
    /// Extra class of the wrapper (grid placement).
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let ed = Editor::get();
    let help_id = format!("{id}-help");
    let d = Described::new(&id, help.map(|_| help_id.clone()));
    let (findings, msg_id, described) = (d.findings, d.msg_id.clone(), d.ids());
    let invalid = move || {
        findings
            .with(|f| f.iter().any(|(s, _, _)| *s != Severity::Hint))
            .then_some("true")
    };
    let input = move |ev: leptos::ev::Event| on_input.run(event_target_value(&ev));
    let control = if rows > 0 {
        view! {
            <textarea
                id=id.clone()
                class="kh-input kh-textarea kh-textarea-line"
                rows=rows.to_string()
                prop:value=move || value.get()
                on:input=input
                aria-invalid=invalid
                aria-describedby=described
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                class="kh-input"
                type=input_type.unwrap_or("text")
                list=list
                prop:value=move || value.get()
                on:input=input
                aria-invalid=invalid
                aria-describedby=described
            />
        }
        .into_any()
    };
    view! {
        <div class=format!("kh-field kh-row-field {class}")>
            <label class="kh-label" for=id.clone()>
                {move || ed.t(label)}
            </label>
            {help.map(|h| view! { <p class="kh-help" id=help_id.clone()>{move || ed.t(h)}</p> })}
            {control}
            <FieldMessages id=msg_id findings=findings />
        </div>
    }
}

/// Ready-made texts beside an editor; one click inserts an editable copy.
#[component]
pub fn SuggestionPanel(
    /// Heading of the panel.
    title: S,
    /// The suggestions' texts.
    #[prop(into)]
    items: Signal<Vec<String>>,
    /// Called with the index of the suggestion picked.
    #[prop(into)]
    on_pick: Callback<usize>,
    /// Which suggestions are already in the plan (shown as added).
    #[prop(into, optional)]
    added: Signal<Vec<bool>>,
    /// Start folded (e.g. beside a list that already has items).
    #[prop(optional)]
    closed: bool,
) -> impl IntoView {
    let ed = Editor::get();
    view! {
        <Show when=move || !items.with(Vec::is_empty)>
            <details class="kh-suggestions" open=!closed>
                <summary class="kh-suggestions-title">
                    {move || ed.t(title)}
                    " ("
                    {move || items.with(Vec::len)}
                    ")"
                </summary>
                <ul class="kh-suggestion-list">
                    <For
                        each=move || items.get().into_iter().enumerate()
                        key=|(k, t)| (*k, t.clone())
                        children=move |(k, text)| {
                            let is_added = move || added.with(|a| a.get(k).copied().unwrap_or(false));
                            let aria = {
                                let text = text.clone();
                                // Starts with the visible words ("Thêm" or
                                // "Đã thêm", then the text): WCAG 2.5.3.
                                move || {
                                    let tag = if is_added() { S::SuggestionAdded } else { S::SuggestionAdd };
                                    format!("{}: {}", ed.t(tag), text)
                                }
                            };
                            view! {
                                <li>
                                    <button
                                        type="button"
                                        class="kh-suggestion"
                                        class:kh-suggestion-added=is_added
                                        aria-label=aria
                                        on:click=move |_| on_pick.run(k)
                                    >
                                        <span class="kh-suggestion-tag" aria-hidden="true">
                                            {move || {
                                                if is_added() {
                                                    ed.t(S::SuggestionAdded)
                                                } else {
                                                    ed.t(S::SuggestionAdd)
                                                }
                                            }}
                                        </span>
                                        // A space, so the visible text reads "Thêm …", not "Thêm…".
                                        " "
                                        <span class="kh-suggestion-text">{text}</span>
                                    </button>
                                </li>
                            }
                        }
                    />
                </ul>
            </details>
        </Show>
    }
}

/// An editable list of text lines (mục đích, yêu cầu, nơi nhận…): a text
/// area per line, move/delete with undo, "Thêm dòng", suggestions, and the
/// checklist's messages for the list under it.
#[component]
pub fn StringList(
    /// DOM id of the list (e.g. `FieldRef::Purposes.dom_id()`), put on a
    /// focusable container so the error summary can reach it.
    #[prop(into)]
    id: String,
    /// The list's heading.
    label: S,
    /// Help under the heading.
    #[prop(optional)]
    help: Option<S>,
    /// The lines.
    #[prop(into)]
    items: Signal<Vec<String>>,
    /// Called with the whole new list on every change.
    #[prop(into)]
    on_change: Callback<Vec<String>>,
    /// Ready-made lines offered beside the list.
    #[prop(into, optional)]
    suggestions: Signal<Vec<&'static str>>,
    /// DOM id of line `i` (e.g. for recipients `FieldRef::Recipient{index}`);
    /// default `{id}-item-{i}`.
    #[prop(optional)]
    item_id: Option<fn(usize) -> String>,
) -> impl IntoView {
    let ed = Editor::get();
    provide_findings_index();
    let undo = use_undo();
    let base = StoredValue::new(id.clone());
    let item_dom = move |i: usize| match item_id {
        Some(f) => f(i),
        None => base.with_value(|b| format!("{b}-item-{i}")),
    };
    let add_id = format!("{id}-add");
    let len = Memo::new(move |_| items.with(Vec::len));
    let help_id = format!("{id}-help");
    let d = Described::new(&id, help.map(|_| help_id.clone()));
    let (list_findings, list_msg_id, described) = (d.findings, d.msg_id.clone(), d.ids());

    let set_line = move |i: usize, text: String| {
        let mut v = items.get_untracked();
        if let Some(s) = v.get_mut(i) {
            *s = clean(&text);
            on_change.run(v);
        }
    };
    // A new empty line takes focus; a picked suggestion does not, so that
    // several can be picked in a row (the button then reads "Đã thêm").
    let add_line = move |text: String, focus: bool| {
        let mut v = items.get_untracked();
        v.push(text);
        let i = v.len() - 1;
        on_change.run(v);
        if focus {
            focus_later(item_dom(i));
        }
    };
    let on_move = Callback::new(move |(i, delta): (usize, isize)| {
        let mut v = items.get_untracked();
        if move_item(&mut v, i, delta) {
            on_change.run(v);
            // Rows are keyed by position: the moved text is now in another row.
            let to = i.saturating_add_signed(delta);
            let which = if delta < 0 { "up" } else { "down" };
            focus_later(format!("{}-act-{which}", item_dom(to)));
        }
    });
    let add_focus = add_id.clone();
    let on_delete = Callback::new(move |i: usize| {
        let mut v = items.get_untracked();
        if i >= v.len() {
            return;
        }
        let removed = v.remove(i);
        let left = v.len();
        on_change.run(v);
        undo.deleted(snippet(&removed), move || {
            let mut v = items.get_untracked();
            let at = i.min(v.len());
            v.insert(at, removed.clone());
            on_change.run(v);
            focus_later(item_dom(at));
        });
        focus_later(if left == 0 {
            add_focus.clone()
        } else {
            item_dom(i.min(left - 1))
        });
    });

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

    view! {
        <div class="kh-list-editor">
            <fieldset
                class="kh-list-field"
                id=id.clone()
                tabindex="-1"
                aria-describedby=described
            >
                <legend class="kh-label">{move || ed.t(label)}</legend>
                {help.map(|h| view! { <p class="kh-help" id=help_id.clone()>{move || ed.t(h)}</p> })}
                <FieldMessages id=list_msg_id findings=list_findings />
                <Show when=move || len.get() == 0>
                    <p class="kh-list-empty">{move || ed.t(S::ListEmpty)}</p>
                </Show>
                <ol class="kh-list">
                    <For
                        each=move || 0..len.get()
                        key=|i| *i
                        children=move |i| {
                            let value = Memo::new(move |_| {
                                items.with(|v| v.get(i).cloned().unwrap_or_default())
                            });
                            let dom = item_dom(i);
                            let d = Described::new(&dom, None);
                            let (findings, msg_id, described) = (d.findings, d.msg_id.clone(), d.ids());
                            let invalid = move || {
                                findings
                                    .with(|f| f.iter().any(|(s, _, _)| *s != Severity::Hint))
                                    .then_some("true")
                            };
                            let item_label = Signal::derive(move || {
                                format!(
                                    "{}, {} {}",
                                    ed.t(label),
                                    ed.t(S::ListItem).to_lowercase(),
                                    i + 1,
                                )
                            });
                            view! {
                                <li class="kh-list-item">
                                    <label class="kh-label kh-item-label" for=dom.clone()>
                                        {move || ed.t(S::ListItem)}
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
                                            aria-invalid=invalid
                                            aria-describedby=described
                                        ></textarea>
                                        <ItemActions
                                            item_label=item_label
                                            index=i
                                            len=len
                                            on_move=on_move
                                            on_delete=on_delete
                                            id_prefix=format!("{dom}-act")
                                        />
                                    </div>
                                    <FieldMessages id=msg_id findings=findings />
                                </li>
                            }
                        }
                    />
                </ol>
                <button
                    type="button"
                    class="kh-button kh-button-secondary kh-add"
                    id=add_id
                    on:click=move |_| add_line(String::new(), true)
                >
                    {move || ed.t(S::ListAdd)}
                </button>
            </fieldset>
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn move_item_swaps_with_neighbour() {
        let mut v = vec![1, 2, 3];
        assert!(move_item(&mut v, 0, 1));
        assert_eq!(v, [2, 1, 3]);
        assert!(move_item(&mut v, 2, -1));
        assert_eq!(v, [2, 3, 1]);
    }

    #[test]
    fn move_item_refuses_the_ends() {
        let mut v = vec![1, 2, 3];
        assert!(!move_item(&mut v, 0, -1));
        assert!(!move_item(&mut v, 2, 1));
        assert!(!move_item(&mut v, 5, -1));
        assert_eq!(v, [1, 2, 3]);
    }
}
