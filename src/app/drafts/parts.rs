//! Pieces the drafts UI repeats: the small buttons of rows and notices, the
//! line that says how an action went, and the list of drafts (in the dialog
//! and on the start screen) with the summary and memos its rows show.

use super::status::saved_stamp;
use super::Drafts;
use crate::app::Editor;
use crate::domain::strings::S;
use leptos::prelude::*;

/// How a small button looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ButtonLook {
    /// The main action of its row or notice.
    #[default]
    Primary,
    /// Any other action.
    Secondary,
    /// Starts a delete (which is confirmed next).
    Danger,
    /// Confirms a delete.
    DangerSolid,
}

impl ButtonLook {
    fn class(self) -> &'static str {
        match self {
            ButtonLook::Primary => "kh-button kh-button-small",
            ButtonLook::Secondary => "kh-button kh-button-secondary kh-button-small",
            ButtonLook::Danger => "kh-button kh-button-secondary kh-button-small kh-button-danger",
            ButtonLook::DangerSolid => "kh-button kh-button-small kh-button-danger-solid",
        }
    }
}

/// A small button whose text is one string of the table, in the current
/// language.
#[component]
pub fn SmallButton(
    /// Its text.
    text: S,
    /// How it looks; the main action's look by default.
    #[prop(optional)]
    look: ButtonLook,
    /// Its DOM id, for a button focus comes back to.
    #[prop(optional_no_strip, into)]
    id: Option<String>,
    /// The name screen readers hear when the text alone does not say what
    /// it acts on ("Mở: Kế hoạch 2026").
    #[prop(optional, into)]
    aria_label: Option<Signal<String>>,
    /// What a click does.
    #[prop(into)]
    on_click: Callback<()>,
) -> impl IntoView {
    let ed = Editor::get();
    view! {
        <button
            type="button"
            id=id
            class=look.class()
            aria-label=aria_label
            on:click=move |_| on_click.run(())
        >
            {move || ed.t(text)}
        </button>
    }
}

/// The question asked in place of a row's buttons before something is
/// deleted: the confirming button, and "Hủy" (focus starts there).
#[component]
pub fn ConfirmDelete(
    /// The question.
    question: S,
    /// The confirming button's text.
    yes: S,
    /// Its accessible name (which row it deletes).
    #[prop(into)]
    yes_label: Signal<String>,
    /// The DOM id of "Hủy".
    cancel_id: String,
    #[prop(into)] on_yes: Callback<()>,
    #[prop(into)] on_cancel: Callback<()>,
) -> impl IntoView {
    let ed = Editor::get();
    view! {
        <div class="kh-draft-confirm">
            <p>{move || ed.t(question)}</p>
            <div class="kh-draft-actions">
                <SmallButton text=yes look=ButtonLook::DangerSolid aria_label=yes_label on_click=on_yes />
                <SmallButton
                    text=S::DraftCancel
                    look=ButtonLook::Secondary
                    id=cancel_id
                    on_click=on_cancel
                />
            </div>
        </div>
    }
}

/// How an action went, said under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Done(String),
    Failed(String),
}

/// The line that reports an [`Outcome`]: a polite status when it went
/// well, an alert when it did not; nothing before the first action.
#[component]
pub fn OutcomeLine(
    /// The last outcome, if any.
    #[prop(into)]
    outcome: Signal<Option<Outcome>>,
) -> impl IntoView {
    move || {
        outcome.get().map(|outcome| match outcome {
            Outcome::Done(text) => {
                view! { <p class="kh-draft-ok" role="status">{text}</p> }.into_any()
            }
            Outcome::Failed(text) => {
                view! { <p class="kh-draft-fail" role="alert">{text}</p> }.into_any()
            }
        })
    }
}

impl Drafts {
    /// The ids of the drafts in the list, in order (a memo: rows are added
    /// and removed only when the list of ids changes, not when a name does).
    pub(super) fn ids(self) -> Memo<Vec<String>> {
        Memo::new(move |_| {
            self.index
                .with(|index| index.drafts.iter().map(|m| m.id.clone()).collect())
        })
    }

    /// The name of draft `id` as the list has it (empty when it is gone).
    pub(super) fn name_of(self, id: String) -> Memo<String> {
        Memo::new(move |_| {
            self.index
                .with(|index| index.get(&id).map(|m| m.name.clone()).unwrap_or_default())
        })
    }
}

/// The drafts kept in this browser, one `row` each, or "Chưa có bản nháp"
/// when there are none.
#[component]
pub fn DraftList<Row, RowView>(
    /// From [`Drafts::ids`].
    ids: Memo<Vec<String>>,
    /// The row of one draft (an `<li>`), given its id.
    row: Row,
) -> impl IntoView
where
    Row: Fn(String) -> RowView + Clone + Send + Sync + 'static,
    RowView: IntoView + 'static,
{
    let ed = Editor::get();
    view! {
        <Show
            when=move || !ids.with(Vec::is_empty)
            fallback=move || view! { <p class="kh-help">{move || ed.t(S::DraftsEmpty)}</p> }
        >
            <ul class="kh-draft-list">
                <For each=move || ids.get() key=|id| id.clone() children=row.clone() />
            </ul>
        </Show>
    }
}

/// The name, kind, save time and completeness of a draft.
#[component]
pub fn DraftSummary(
    /// The draft's id.
    id: String,
    /// Heading level of the name (3 in the dialog, 4 on the start screen).
    #[prop(default = 3)]
    level: u8,
) -> impl IntoView {
    let ed = Editor::get();
    let Some(d) = Drafts::get() else {
        return ().into_any();
    };
    let meta = {
        let id = id.clone();
        Memo::new(move |_| d.index.with(|i| i.get(&id).cloned()))
    };
    let is_open = {
        let id = id.clone();
        Memo::new(move |_| d.current.with(|c| c.as_deref() == Some(id.as_str())))
    };
    let name = move || meta.with(|m| m.as_ref().map(|m| m.name.clone()).unwrap_or_default());
    let tag = move || {
        is_open.get().then(
            || view! { <span class="kh-draft-open-tag">{move || ed.t(S::DraftOpenNow)}</span> },
        )
    };
    let title = move || {
        if level == 3 {
            view! { <h3 class="kh-draft-name">{name} " " {tag}</h3> }.into_any()
        } else {
            view! { <h4 class="kh-draft-name">{name} " " {tag}</h4> }.into_any()
        }
    };
    let details = move || {
        meta.get().map(|m| {
            let stamp = saved_stamp(&m.saved_at);
            view! {
                <p class="kh-draft-meta">
                    <span>{ed.t(m.kind.label())}</span>
                    {(!stamp.is_empty())
                        .then(|| view! { <span>{ed.t(S::DraftLastSaved)} ": " {stamp}</span> })}
                    <span>{ed.t(S::DraftComplete)} ": " {m.completeness} " %"</span>
                </p>
            }
        })
    };
    view! { <div class="kh-draft-info">{title} {details}</div> }.into_any()
}
