use crate::app::{Editor, Screen};
use crate::domain::checklist::SectionStatus;
use crate::domain::strings::S;
use crate::domain::SectionId;
use leptos::prelude::*;

pub(crate) fn status_label(s: SectionStatus) -> S {
    match s {
        SectionStatus::NotStarted => S::StatusNotStarted,
        SectionStatus::InProgress => S::StatusInProgress,
        SectionStatus::Complete => S::StatusComplete,
        SectionStatus::HasProblems => S::StatusHasProblems,
    }
}

pub(crate) fn status_class(s: SectionStatus) -> &'static str {
    match s {
        SectionStatus::NotStarted => "kh-status kh-status-not-started",
        SectionStatus::InProgress => "kh-status kh-status-in-progress",
        SectionStatus::Complete => "kh-status kh-status-complete",
        SectionStatus::HasProblems => "kh-status kh-status-problems",
    }
}

/// The task list of the plan's sections (GOV.UK task list pattern): each
/// entry shows its checklist status; one is current.
#[component]
pub fn Sidebar() -> impl IntoView {
    let ed = Editor::get();
    let completeness = Memo::new(move |_| ed.report.with(|r| r.completeness));
    view! {
        <nav class="kh-sidebar" aria-label=move || ed.t(S::SectionsNav)>
            <div class="kh-progress">
                <span id="kh-progress-label">{move || ed.t(S::Completeness)}</span>
                <progress
                    max="100"
                    value=move || completeness.get()
                    aria-labelledby="kh-progress-label"
                ></progress>
                <span class="kh-progress-value">{move || format!("{} %", completeness.get())}</span>
            </div>
            <ol class="kh-sections">
                {SectionId::ALL
                    .into_iter()
                    .map(|id| {
                        let status = Memo::new(move |_| ed.report.with(|r| r.section(id).status));
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="kh-section-link"
                                    data-section=id.code()
                                    aria-current=move || {
                                        (ed.screen.get() == Screen::Edit && ed.current.get() == id)
                                            .then_some("step")
                                    }
                                    on:click=move |_| ed.open(id)
                                >
                                    <span class="kh-section-name">{move || ed.t(id.label())}</span>
                                    <span class=move || status_class(status.get())>
                                        {move || ed.t(status_label(status.get()))}
                                    </span>
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            // The final check, after the sections (GOV.UK "check your answers").
            <div class="kh-check-entry">
                <button
                    type="button"
                    class="kh-section-link kh-check-link"
                    aria-current=move || (ed.screen.get() == Screen::Check).then_some("step")
                    on:click=move |_| ed.open_check()
                >
                    <span class="kh-section-name">{move || ed.t(S::CheckNav)}</span>
                </button>
            </div>
        </nav>
    }
}
