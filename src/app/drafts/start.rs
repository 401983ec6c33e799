//! The start screen's part: the drafts kept in this browser, each a click
//! away, the way to manage them, and importing a draft file.

use super::files::ImportField;
use super::panel::DraftSummary;
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
    let ids = Memo::new(move |_| {
        d.index
            .with(|i| i.drafts.iter().map(|m| m.id.clone()).collect::<Vec<_>>())
    });
    let has_store = move || d.storage_warning.with(Option::is_none);
    view! {
        <section class="kh-start-drafts" aria-labelledby="kh-start-drafts-title">
            <h3 id="kh-start-drafts-title" class="kh-start-drafts-title">
                {move || ed.t(S::DraftsTitle)}
            </h3>
            // Without storage there is no list, but a draft file can still
            // be opened (in memory) to go on with it.
            <Show when=has_store>
                <Show
                    when=move || !ids.with(Vec::is_empty)
                    fallback=move || view! { <p class="kh-help">{move || ed.t(S::DraftsEmpty)}</p> }
                >
                    <ul class="kh-draft-list">
                        <For
                            each=move || ids.get()
                            key=|id| id.clone()
                            children=move |id| {
                                let name = {
                                    let id = id.clone();
                                    Memo::new(move |_| {
                                        d.index
                                            .with(|i| i.get(&id).map(|m| m.name.clone()).unwrap_or_default())
                                    })
                                };
                                let target = StoredValue::new(id.clone());
                                view! {
                                    <li class="kh-draft-row">
                                        <DraftSummary id=id level=4 />
                                        <div class="kh-draft-actions">
                                            <button
                                                type="button"
                                                class="kh-button kh-button-small"
                                                aria-label=move || format!("{}: {}", ed.t(S::DraftOpen), name.get())
                                                on:click=move |_| {
                                                    if let Err(problem) = d.open(&target.get_value()) {
                                                        d.focus_problem(problem);
                                                    }
                                                }
                                            >
                                                {move || ed.t(S::DraftOpen)}
                                            </button>
                                        </div>
                                    </li>
                                }
                            }
                        />
                    </ul>
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
