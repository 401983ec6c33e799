//! The task list of the plan's sections, with each one's status.

use crate::app::components::start::use_start_fields;
use crate::app::state::{
    use_checklist, use_navigation, use_plan, use_translation, Screen, Translation,
};
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
        SectionStatus::Proposed => S::StatusProposed,
    }
}

pub(crate) fn status_class(s: SectionStatus) -> &'static str {
    match s {
        SectionStatus::NotStarted => "kh-status kh-status-not-started",
        SectionStatus::InProgress => "kh-status kh-status-in-progress",
        SectionStatus::Complete => "kh-status kh-status-complete",
        SectionStatus::HasProblems => "kh-status kh-status-problems",
        SectionStatus::Proposed => "kh-status kh-status-proposed",
    }
}

/// The editor's task list, fed from the checklist report.
#[component]
pub fn Sidebar() -> impl IntoView {
    let report = use_checklist();
    let nav = use_navigation();
    let (plan, fields) = (use_plan(), use_start_fields());
    view! {
        <SectionList
            lang=use_translation()
            completeness=Signal::derive(move || report.with(|r| r.completeness))
            status=Callback::new(move |id| report.with(|r| r.section(id).status))
            current=Signal::derive(move || (nav.screen() == Screen::Edit).then(|| nav.section()))
            check_current=Signal::derive(move || nav.screen() == Screen::Check)
            on_open=Callback::new(move |id| {
                fields.start_unless_open(plan);
                nav.open(id)
            })
            on_check=Callback::new(move |()| {
                fields.start_unless_open(plan);
                nav.open_check()
            })
        />
    }
}

/// The task list of the plan's sections (GOV.UK task list pattern): each
/// entry shows its status; one may be current. The editor and the start
/// module (which has no checklist: every section is "not started") share it.
#[component]
pub fn SectionList(
    lang: Translation,
    #[prop(into)] completeness: Signal<u8>,
    status: Callback<SectionId, SectionStatus>,
    #[prop(into)] current: Signal<Option<SectionId>>,
    #[prop(into)] check_current: Signal<bool>,
    on_open: Callback<SectionId>,
    on_check: Callback<()>,
) -> impl IntoView {
    let t = move |s: S| lang.t(s);
    view! {
        <nav class="kh-sidebar" aria-label=move || t(S::SectionsNav)>
            <div class="kh-progress">
                <span id="kh-progress-label">{move || t(S::Completeness)}</span>
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
                        let status = Memo::new(move |_| status.run(id));
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="kh-section-link"
                                    data-section=id.code()
                                    aria-current=move || (current.get() == Some(id)).then_some("step")
                                    on:click=move |_| on_open.run(id)
                                >
                                    <span class="kh-section-name">{move || t(id.label())}</span>
                                    <span class=move || status_class(status.get())>
                                        {move || t(status_label(status.get()))}
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
                    aria-current=move || check_current.get().then_some("step")
                    on:click=move |_| on_check.run(())
                >
                    <span class="kh-section-name">{move || t(S::CheckNav)}</span>
                </button>
            </div>
        </nav>
    }
}
