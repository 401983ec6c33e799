use crate::domain::strings::{Lang, S};
use crate::domain::SectionId;
use leptos::prelude::*;

/// The list of the plan's sections, in checklist order; one is current.
#[component]
pub fn Sidebar(
    /// Interface language.
    lang: Signal<Lang>,
    /// The section being edited; clicking an entry changes it.
    current: RwSignal<SectionId>,
) -> impl IntoView {
    view! {
        <nav class="kh-sidebar" aria-label=move || S::SectionsNav.t(lang.get())>
            <ol class="kh-sections">
                {SectionId::ALL
                    .into_iter()
                    .map(|id| {
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="kh-section-link"
                                    data-section=id.code()
                                    aria-current=move || (current.get() == id).then_some("step")
                                    on:click=move |_| current.set(id)
                                >
                                    {move || id.label().t(lang.get())}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
