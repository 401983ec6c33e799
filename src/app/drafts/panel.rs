//! The "Bản nháp" dialog: every draft kept in this browser, with open,
//! rename, duplicate, download and delete (confirmed, then undoable), plus
//! "Soạn kế hoạch mới", "Tải tất cả bản nháp" and import.
//!
//! A native modal `<dialog>`: the rest of the widget is inert while it is
//! open, Escape closes it and the browser gives focus back to the button
//! that opened it.

use super::files::ImportField;
use super::status::saved_stamp;
use super::Drafts;
use crate::app::components::rows::UndoBar;
use crate::app::hooks::{use_undo, UndoHandle};
use crate::app::Editor;
use crate::domain::strings::S;
use leptos::prelude::*;

/// A line under the actions: what happened (`ok`) or what went wrong.
type Message = RwSignal<Option<(bool, String)>>;

/// The drafts dialog. Its content exists only while it is open.
#[component]
pub fn DraftsPanel() -> impl IntoView {
    let ed = Editor::get();
    let Some(d) = Drafts::get() else {
        return ().into_any();
    };
    let undo = use_undo();
    let message: Message = RwSignal::new(None);
    let ids = Memo::new(move |_| {
        d.index
            .with(|i| i.drafts.iter().map(|m| m.id.clone()).collect::<Vec<_>>())
    });
    let no_store = move || d.storage_warning.with(Option::is_some);

    let new_plan = move |_| {
        d.new_plan();
        d.close_panel();
        request_animation_frame(move || d.focus("kh-start-title"));
    };
    let export_all = move |_| {
        message.set(match d.export_all() {
            Ok(0) => None,
            Ok(_) => Some((false, ed.t(S::DraftExportSkipped).to_string())),
            Err(e) => Some((false, e)),
        })
    };

    view! {
        <dialog
            class="kh-dialog"
            node_ref=d.dialog
            aria-labelledby="kh-drafts-title"
            on:close=move |_| {
                d.panel_open.set(false);
                message.set(None);
            }
        >
            <Show when=move || d.panel_open.get()>
                <div class="kh-dialog-head">
                    <h2 id="kh-drafts-title" class="kh-section-title" tabindex="-1">
                        {move || ed.t(S::DraftsTitle)}
                    </h2>
                    <button
                        type="button"
                        class="kh-button kh-button-secondary kh-button-small"
                        on:click=move |_| d.close_panel()
                    >
                        {move || ed.t(S::DraftsClose)}
                    </button>
                </div>
                <p class="kh-help">{move || ed.t(S::DraftsIntro)}</p>
                <div class="kh-actions-row">
                    <button type="button" class="kh-button" on:click=new_plan>
                        {move || ed.t(S::DraftNew)}
                    </button>
                    <button
                        type="button"
                        class="kh-button kh-button-secondary"
                        disabled=move || ids.with(Vec::is_empty) && d.current.with(Option::is_none)
                        on:click=export_all
                    >
                        {move || {
                            if no_store() { ed.t(S::DraftDownloadCurrent) } else { ed.t(S::DraftExportAll) }
                        }}
                    </button>
                </div>
                <ImportField id="kh-drafts-import" />
                {move || {
                    message
                        .get()
                        .map(|(ok, text)| {
                            if ok {
                                view! { <p class="kh-draft-ok" role="status">{text}</p> }.into_any()
                            } else {
                                view! { <p class="kh-draft-fail" role="alert">{text}</p> }.into_any()
                            }
                        })
                }}
                <UndoBar handle=undo />
                <Show
                    when=move || !ids.with(Vec::is_empty)
                    fallback=move || view! { <p class="kh-help">{move || ed.t(S::DraftsEmpty)}</p> }
                >
                    <ul class="kh-draft-list">
                        <For
                            each=move || ids.get()
                            key=|id| id.clone()
                            children=move |id| view! { <DraftRow id=id undo=undo message=message /> }
                        />
                    </ul>
                </Show>
            </Show>
        </dialog>
    }
    .into_any()
}

/// What a row shows in place of its buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Actions,
    Renaming,
    ConfirmingDelete,
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

/// One draft in the dialog.
#[component]
fn DraftRow(
    /// The draft's id.
    id: String,
    /// Where a delete can be undone.
    undo: UndoHandle,
    /// The dialog's message line.
    message: Message,
) -> impl IntoView {
    let ed = Editor::get();
    let Some(d) = Drafts::get() else {
        return ().into_any();
    };
    let mode = RwSignal::new(Mode::Actions);
    let name = {
        let id = id.clone();
        Memo::new(move |_| {
            d.index
                .with(|i| i.get(&id).map(|m| m.name.clone()).unwrap_or_default())
        })
    };
    let new_name = RwSignal::new(String::new());
    let stored_id = StoredValue::new(id.clone());
    let dom = move |what: &str| format!("kh-draft-{what}-{}", stored_id.get_value());
    let focus_later = move |target: String| request_animation_frame(move || d.focus(&target));
    let label = move |s: S| format!("{}: {}", ed.t(s), name.get());

    let open = move |_| {
        let id = stored_id.get_value();
        match d.open(&id) {
            Ok(()) => d.close_panel(),
            Err(problem) => {
                d.close_panel();
                d.focus_problem(problem);
            }
        }
    };
    let duplicate = move |_| {
        let id = stored_id.get_value();
        message.set(Some(match d.duplicate(&id) {
            Ok(copy) => (true, format!("{}: {copy}", ed.t(S::DraftDuplicated))),
            Err(e) => (false, e),
        }));
    };
    let download = move |_| {
        let id = stored_id.get_value();
        message.set(d.export_one(&id).err().map(|e| (false, e)));
    };
    let rename = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = stored_id.get_value();
        match d.rename(&id, &crate::domain::text::clean(&new_name.get_untracked())) {
            Ok(_) => {
                mode.set(Mode::Actions);
                message.set(None);
                focus_later(dom("rename"));
            }
            Err(e) => message.set(Some((false, e))),
        }
    };
    let confirm_delete = move |_| {
        let id = stored_id.get_value();
        let shown = name.get_untracked();
        match d.delete(&id) {
            Ok(deleted) => {
                message.set(None);
                if let Some(deleted) = deleted {
                    undo.deleted(shown, move || d.restore(&deleted));
                }
                focus_later("kh-drafts-title".to_string());
            }
            Err(e) => message.set(Some((false, e))),
        }
    };

    let actions = move || {
        view! {
            <div class="kh-draft-actions">
                <button
                    type="button"
                    class="kh-button kh-button-small"
                    aria-label=move || label(S::DraftOpen)
                    on:click=open
                >
                    {move || ed.t(S::DraftOpen)}
                </button>
                <button
                    type="button"
                    id=dom("rename")
                    class="kh-button kh-button-secondary kh-button-small"
                    aria-label=move || label(S::DraftRename)
                    on:click=move |_| {
                        new_name.set(name.get_untracked());
                        mode.set(Mode::Renaming);
                        focus_later(dom("name"));
                    }
                >
                    {move || ed.t(S::DraftRename)}
                </button>
                <button
                    type="button"
                    class="kh-button kh-button-secondary kh-button-small"
                    aria-label=move || label(S::DraftDuplicate)
                    on:click=duplicate
                >
                    {move || ed.t(S::DraftDuplicate)}
                </button>
                <button
                    type="button"
                    class="kh-button kh-button-secondary kh-button-small"
                    aria-label=move || label(S::DraftExport)
                    on:click=download
                >
                    {move || ed.t(S::DraftExport)}
                </button>
                <button
                    type="button"
                    id=dom("delete")
                    class="kh-button kh-button-secondary kh-button-small kh-button-danger"
                    aria-label=move || label(S::DraftDelete)
                    on:click=move |_| {
                        mode.set(Mode::ConfirmingDelete);
                        focus_later(dom("cancel-delete"));
                    }
                >
                    {move || ed.t(S::DraftDelete)}
                </button>
            </div>
        }
    };
    let renaming = move || {
        let input_id = dom("name");
        view! {
            <form class="kh-draft-rename" on:submit=rename>
                <label class="kh-label" for=input_id.clone()>
                    {move || label(S::DraftRenameLabel)}
                </label>
                <input
                    id=input_id
                    class="kh-input"
                    type="text"
                    maxlength="120"
                    prop:value=move || new_name.get()
                    on:input=move |ev| new_name.set(event_target_value(&ev))
                />
                <div class="kh-draft-actions">
                    <button type="submit" class="kh-button kh-button-small">
                        {move || ed.t(S::DraftRenameSave)}
                    </button>
                    <button
                        type="button"
                        class="kh-button kh-button-secondary kh-button-small"
                        on:click=move |_| {
                            mode.set(Mode::Actions);
                            focus_later(dom("rename"));
                        }
                    >
                        {move || ed.t(S::DraftCancel)}
                    </button>
                </div>
            </form>
        }
    };
    let confirming = move || {
        view! {
            <div class="kh-draft-confirm">
                <p>{move || ed.t(S::DraftDeleteConfirm)}</p>
                <div class="kh-draft-actions">
                    <button
                        type="button"
                        class="kh-button kh-button-small kh-button-danger-solid"
                        aria-label=move || label(S::DraftDeleteYes)
                        on:click=confirm_delete
                    >
                        {move || ed.t(S::DraftDeleteYes)}
                    </button>
                    <button
                        type="button"
                        id=dom("cancel-delete")
                        class="kh-button kh-button-secondary kh-button-small"
                        on:click=move |_| {
                            mode.set(Mode::Actions);
                            focus_later(dom("delete"));
                        }
                    >
                        {move || ed.t(S::DraftCancel)}
                    </button>
                </div>
            </div>
        }
    };

    view! {
        <li class="kh-draft-row">
            <DraftSummary id=id />
            {move || match mode.get() {
                Mode::Actions => actions().into_any(),
                Mode::Renaming => renaming().into_any(),
                Mode::ConfirmingDelete => confirming().into_any(),
            }}
        </li>
    }
    .into_any()
}
