//! Ready-made texts beside an editor (purposes, targets, tasks, roles…):
//! one click inserts an editable copy, and what is already in the plan is
//! marked as added.

use crate::app::state::use_translation;
use crate::domain::strings::S;
use leptos::prelude::*;

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
    let lang = use_translation();
    view! {
        <Show when=move || !items.with(Vec::is_empty)>
            <details class="kh-suggestions" open=!closed>
                <summary class="kh-suggestions-title">
                    {move || lang.t(title)}
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
                            let tag = move || {
                                lang.t(if is_added() { S::SuggestionAdded } else { S::SuggestionAdd })
                            };
                            // Starts with the visible words ("Thêm" or "Đã
                            // thêm", then the text): WCAG 2.5.3.
                            let aria = {
                                let text = text.clone();
                                move || format!("{}: {}", tag(), text)
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
                                        <span class="kh-suggestion-tag" aria-hidden="true">{tag}</span>
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
