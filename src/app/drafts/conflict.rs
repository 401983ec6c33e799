//! The notice shown when another tab or window changed (or deleted) the
//! draft open here. Nothing is overwritten while it is shown: autosave of
//! the draft waits until the user chooses which version goes on.

use super::{Conflict, Drafts};
use crate::app::Editor;
use crate::domain::strings::S;
use leptos::prelude::*;

/// "Bản nháp này vừa được sửa ở một thẻ/cửa sổ khác." with the two ways out.
#[component]
pub fn ConflictNotice() -> impl IntoView {
    let ed = Editor::get();
    let Some(d) = Drafts::get() else {
        return ().into_any();
    };
    view! {
        {move || {
            d.conflict
                .get()
                .map(|conflict| {
                    let message = match conflict {
                        Conflict::Changed => S::DraftConflict,
                        Conflict::Deleted => S::DraftConflictDeleted,
                    };
                    view! {
                        <div class="kh-draft-notice kh-draft-conflict kh-draft-sticky" role="alert">
                            <p class="kh-draft-notice-title">{move || ed.t(message)}</p>
                            <p>{move || ed.t(S::DraftConflictHelp)}</p>
                            <div class="kh-draft-notice-actions">
                                {(conflict == Conflict::Changed)
                                    .then(|| {
                                        view! {
                                            <button
                                                type="button"
                                                class="kh-button kh-button-small"
                                                on:click=move |_| d.take_theirs()
                                            >
                                                {move || ed.t(S::DraftTakeTheirs)}
                                            </button>
                                        }
                                    })}
                                <button
                                    type="button"
                                    class="kh-button kh-button-secondary kh-button-small"
                                    on:click=move |_| d.keep_mine()
                                >
                                    {move || ed.t(S::DraftKeepMine)}
                                </button>
                            </div>
                        </div>
                    }
                })
        }}
    }
    .into_any()
}
