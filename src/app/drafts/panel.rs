//! The "Bản nháp" dialog: every draft kept in this browser, with open,
//! rename, duplicate, download and delete (confirmed, then undoable), plus
//! "Soạn kế hoạch mới", "Tải tất cả bản nháp" and import; under them, the
//! damaged data kept in this browser (`backups.rs`).
//!
//! A native modal `<dialog>`: the rest of the widget is inert while it is
//! open, Escape closes it and the browser gives focus back to the button
//! that opened it.

use super::backups::KeptCopies;
use super::files::ImportField;
use super::parts::{
    ButtonLook, ConfirmDelete, DraftList, DraftSummary, Outcome, OutcomeLine, SmallButton,
};
use super::Drafts;
use crate::app::components::rows::UndoBar;
use crate::app::hooks::{use_undo, UndoHandle};
use crate::app::Editor;
use crate::domain::strings::S;
use leptos::prelude::*;

/// The dialog's line under its actions: what happened or what went wrong.
type Message = RwSignal<Option<Outcome>>;

impl Drafts {
    /// Opens the drafts dialog (modal: the rest of the widget is inert).
    pub fn open_panel(self) {
        self.flush();
        self.refresh_index();
        self.panel_open.set(true);
        if let Some(dialog) = self.dialog.get_untracked() {
            if !dialog.open() {
                let _ = dialog.show_modal();
            }
        }
        // The content renders on the next tick; then its heading takes focus.
        request_animation_frame(move || self.focus("kh-drafts-title"));
    }

    /// Closes the dialog; the browser gives focus back to what opened it.
    pub fn close_panel(self) {
        if let Some(dialog) = self.dialog.get_untracked() {
            dialog.close();
        }
        self.panel_open.set(false);
    }

    /// Focuses an element of this widget by id.
    pub fn focus(self, id: &str) {
        match self.trigger.get_untracked() {
            Some(anchor) => crate::browser::focus::focus_in(&anchor, id),
            None => crate::browser::focus::focus_by_id(id),
        }
    }
}

/// The drafts dialog. Its content exists only while it is open.
#[component]
pub fn DraftsPanel() -> impl IntoView {
    let ed = Editor::get();
    let Some(d) = Drafts::get() else {
        return ().into_any();
    };
    let undo = use_undo();
    let message: Message = RwSignal::new(None);
    let ids = d.ids();
    let no_store = move || d.storage_warning.with(Option::is_some);

    let new_plan = move |_| {
        d.new_plan();
        d.close_panel();
        request_animation_frame(move || d.focus("kh-start-title"));
    };
    let export_all = move |_| {
        message.set(match d.export_all() {
            Ok(0) => None,
            Ok(_) => Some(Outcome::Failed(ed.t(S::DraftExportSkipped).to_string())),
            Err(e) => Some(Outcome::Failed(e)),
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
                    <SmallButton
                        text=S::DraftsClose
                        look=ButtonLook::Secondary
                        on_click=move |_| d.close_panel()
                    />
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
                <OutcomeLine outcome=message />
                <UndoBar handle=undo />
                <DraftList
                    ids=ids
                    row=move |id| view! { <DraftRow id=id undo=undo message=message /> }
                />
                <KeptCopies message=message />
            </Show>
        </dialog>
    }
    .into_any()
}

/// What a row shows in place of its buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RowMode {
    Actions,
    Renaming,
    ConfirmingDelete,
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
    let mode = RwSignal::new(RowMode::Actions);
    let name = d.name_of(id.clone());
    let new_name = RwSignal::new(String::new());
    let stored_id = StoredValue::new(id.clone());
    let dom = move |what: &str| format!("kh-draft-{what}-{}", stored_id.get_value());
    let focus_later = move |target: String| request_animation_frame(move || d.focus(&target));
    // "Mở: Kế hoạch 2026": a button named after the draft it acts on.
    let label_text = move |s: S| format!("{}: {}", ed.t(s), name.get());
    let label = move |s: S| Signal::derive(move || label_text(s));
    let show = move |next: RowMode, focus: &str| {
        mode.set(next);
        focus_later(dom(focus));
    };

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
            Ok(copy) => Outcome::Done(format!("{}: {copy}", ed.t(S::DraftDuplicated))),
            Err(e) => Outcome::Failed(e),
        }));
    };
    let download = move |_| {
        let id = stored_id.get_value();
        message.set(d.export_one(&id).err().map(Outcome::Failed));
    };
    let rename = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = stored_id.get_value();
        match d.rename(&id, &crate::domain::text::clean(&new_name.get_untracked())) {
            Ok(_) => {
                message.set(None);
                show(RowMode::Actions, "rename");
            }
            Err(e) => message.set(Some(Outcome::Failed(e))),
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
            Err(e) => message.set(Some(Outcome::Failed(e))),
        }
    };

    let actions = move || {
        view! {
            <div class="kh-draft-actions">
                <SmallButton text=S::DraftOpen aria_label=label(S::DraftOpen) on_click=open />
                <SmallButton
                    text=S::DraftRename
                    look=ButtonLook::Secondary
                    id=dom("rename")
                    aria_label=label(S::DraftRename)
                    on_click=move |_| {
                        new_name.set(name.get_untracked());
                        show(RowMode::Renaming, "name");
                    }
                />
                <SmallButton
                    text=S::DraftDuplicate
                    look=ButtonLook::Secondary
                    aria_label=label(S::DraftDuplicate)
                    on_click=duplicate
                />
                <SmallButton
                    text=S::DraftExport
                    look=ButtonLook::Secondary
                    aria_label=label(S::DraftExport)
                    on_click=download
                />
                <SmallButton
                    text=S::DraftDelete
                    look=ButtonLook::Danger
                    id=dom("delete")
                    aria_label=label(S::DraftDelete)
                    on_click=move |_| show(RowMode::ConfirmingDelete, "cancel-delete")
                />
            </div>
        }
    };
    let renaming = move || {
        let input_id = dom("name");
        view! {
            <form class="kh-draft-rename" on:submit=rename>
                <label class="kh-label" for=input_id.clone()>
                    {move || label_text(S::DraftRenameLabel)}
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
                    <SmallButton
                        text=S::DraftCancel
                        look=ButtonLook::Secondary
                        on_click=move |_| show(RowMode::Actions, "rename")
                    />
                </div>
            </form>
        }
    };
    let confirming = move || {
        view! {
            <ConfirmDelete
                question=S::DraftDeleteConfirm
                yes=S::DraftDeleteYes
                yes_label=label(S::DraftDeleteYes)
                cancel_id=dom("cancel-delete")
                on_yes=confirm_delete
                on_cancel=move |()| show(RowMode::Actions, "delete")
            />
        }
    };

    view! {
        <li class="kh-draft-row">
            <DraftSummary id=id />
            {move || match mode.get() {
                RowMode::Actions => actions().into_any(),
                RowMode::Renaming => renaming().into_any(),
                RowMode::ConfirmingDelete => confirming().into_any(),
            }}
        </li>
    }
    .into_any()
}
