//! The editor module's root: the editor's state, the drafts, the frame,
//! and the screen the teacher is on.
//!
//! Only the current section's editor is mounted, and each field reads its
//! value through its own memo, so typing in one field touches no other
//! section.

use crate::app::components::chrome::{Brand, ConfigProblems, LangSwitch};
use crate::app::components::section_view::SectionView;
use crate::app::components::sidebar::Sidebar;
use crate::app::components::start::StartScreen;
use crate::app::components::start::{use_start_fields, StartFields};
use crate::app::components::{check_view, export_bar, preview};
use crate::app::drafts;
use crate::app::hooks::provide_findings_index;
use crate::app::state::{Editor, Screen};
use crate::domain::handoff::{Handoff, Intent};
use crate::domain::strings::{Lang, S};
use crate::domain::SectionId;
use leptos::prelude::*;

/// The editor's root.
#[component]
pub fn EditorRoot() -> impl IntoView {
    let ed = Editor::provide();
    provide_findings_index();
    crate::app::components::start::provide_start_fields();
    // Autosave and the draft list; may reopen the last draft (screen Edit).
    let d = drafts::provide(ed);
    let host = use_context::<crate::browser::host::HostOptions>().unwrap_or_default();
    let lang = ed.lang;
    lang.set(host.config.lang);
    if let Some(h) = host.handoff.clone() {
        // After the autosave effect's first run, so the starter plan counts
        // as a change and is saved; before the first paint.
        let fields = use_start_fields();
        leptos::task::spawn_local(async move { continue_from_start(ed, d, fields, &h) });
    }
    let problems = host.problems.clone();
    if let Some(path) = host.config.catalogue.clone() {
        let documents = ed.documents;
        leptos::task::spawn_local(async move {
            match crate::browser::catalogue_file::load(&path).await {
                Ok(catalogue) => documents.set(catalogue),
                Err(problem) => {
                    web_sys::console::warn_1(&problem.message(Lang::En).into());
                    documents.set_problem(problem);
                }
            }
        });
    }
    let catalogue_problem = move || {
        ed.documents.problem().map(|p| {
            view! { <div class="kh-config-problems" role="alert"><p>{p.message(lang.get())}</p></div> }
        })
    };
    let screen = move || ed.nav.screen();

    view! {
        <div class="kh-root" lang=move || lang.get().code()>
            <header class="kh-header">
                <Brand lang />
                <export_bar::ExportBar />
                <drafts::DraftsHeader />
                <LangSwitch lang />
            </header>
            <drafts::DraftsNotices />
            <ConfigProblems lang problems />
            {catalogue_problem}
            <div class="kh-body">
                <Sidebar />
                <main class="kh-main" aria-label=move || lang.t(S::MainRegion)>
                    {move || match screen() {
                        Screen::Start => view! { <StartScreen /> }.into_any(),
                        Screen::Edit => view! { <SectionView /> }.into_any(),
                        Screen::Check => view! { <check_view::CheckView /> }.into_any(),
                    }}
                </main>
                <Show when=move || screen() == Screen::Edit>
                    <aside class="kh-preview" aria-label=move || lang.t(S::PreviewRegion)>
                        <preview::Preview />
                    </aside>
                </Show>
            </div>
        </div>
    }
}

/// Goes on with what the teacher asked for in the start module: the
/// language they chose, then the starter plan, a section, the check, or the
/// draft file they picked (imported by the start screen's import field).
fn continue_from_start(ed: Editor, d: drafts::Drafts, fields: StartFields, h: &Handoff) {
    ed.lang.set(h.lang);
    // A section or the check asked for before "Bắt đầu soạn", with no draft
    // reopened: the plan starts from the form as it was handed over.
    let start_unless_open = || fields.start_unless_open(ed.plan);
    match h.intent {
        Intent::Resume | Intent::Import => {}
        Intent::Start => {
            ed.plan
                .replace(h.choice.plan(crate::browser::today::today_or_default()));
            ed.nav.open(SectionId::Header);
        }
        Intent::Open(section) => {
            start_unless_open();
            ed.nav.open(section);
        }
        Intent::Check => {
            start_unless_open();
            ed.nav.open_check();
        }
        Intent::Drafts => {
            // The dialog exists once the view is in the page.
            request_animation_frame(move || d.open_panel());
        }
        Intent::OpenExisting => {
            // The start screen's "Mở kế hoạch có sẵn", once it is drawn.
            request_animation_frame(move || d.focus("kh-open-title"));
        }
    }
}
