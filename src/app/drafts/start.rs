//! The start screen's part: the drafts kept in this browser, each a click
//! away, the way to manage them, and importing a draft file.

use super::files::ImportField;
use super::parts::{DraftList, DraftSummary, SmallButton};
use super::Drafts;
use crate::app::Editor;
use crate::domain::strings::S;
use leptos::prelude::*;

/// Drafts to reopen, "Quản lý bản nháp" and "Nhập tệp bản nháp (.json)".
#[component]
pub fn StartDrafts() -> impl IntoView {
    let ed = Editor::get();
    let Some(d) = Drafts::get() else {
        return ().into_any();
    };
    let ids = d.ids();
    let has_store = move || d.storage_warning.with(Option::is_none);
    let row = move |id: String| {
        let name = d.name_of(id.clone());
        let target = StoredValue::new(id.clone());
        view! {
            <li class="kh-draft-row">
                <DraftSummary id=id level=4 />
                <div class="kh-draft-actions">
                    <SmallButton
                        text=S::DraftOpen
                        aria_label=move || format!("{}: {}", ed.t(S::DraftOpen), name.get())
                        on_click=move |_| {
                            if let Err(problem) = d.open(&target.get_value()) {
                                d.focus_problem(problem);
                            }
                        }
                    />
                </div>
            </li>
        }
    };
    view! {
        <section class="kh-start-drafts" aria-labelledby="kh-start-drafts-title">
            <h3 id="kh-start-drafts-title" class="kh-start-drafts-title">
                {move || ed.t(S::DraftsTitle)}
            </h3>
            // Without storage there is no list, but a draft file can still
            // be opened (in memory) to go on with it.
            <Show when=has_store>
                <DraftList ids=ids row=row />
                <Show when=move || !ids.with(Vec::is_empty)>
                    <button
                        type="button"
                        class="kh-button kh-button-secondary kh-button-small"
                        aria-haspopup="dialog"
                        on:click=move |_| d.open_panel()
                    >
                        {move || ed.t(S::DraftManage)}
                    </button>
                </Show>
            </Show>
            <ImportField id="kh-start-import" pending=true />
        </section>
    }
    .into_any()
}
