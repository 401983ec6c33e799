//! The start module: what a first visit loads.
//!
//! A first visit needs only the start form, so that is all this module
//! holds: the frame, the section list (nothing is started yet), the form,
//! and the draft-file field. No checklist, no section editors, no preview:
//! the editor module (`src/bin/editor.rs`) is loaded when the teacher asks
//! for anything more, and everything typed here is handed over to it
//! (`browser::host::hand_over`). A returning teacher with drafts gets the
//! editor straight away (embed.js looks for drafts before choosing).

use crate::app::components::chrome::{Brand, ConfigProblems, LangSwitch};
use crate::app::components::sidebar::SectionList;
use crate::app::components::start::{StartFields, StartForm};
use crate::app::state::Translation;
use crate::browser::file::take_chosen_file;
use crate::browser::host::{hand_over, register_snapshot, HostOptions};
use crate::domain::checklist::SectionStatus;
use crate::domain::handoff::{Handoff, Intent, StartChoice};
use crate::domain::strings::{open_text, pick, S};
use leptos::prelude::*;

/// The start module's root: the first screen, handing over to the editor.
#[component]
pub fn StartRoot() -> impl IntoView {
    let host = use_context::<HostOptions>().unwrap_or_default();
    let lang = Translation::new(host.config.lang);
    let t = move |s: S| lang.t(s);
    let today = crate::browser::today::today_or_default();
    let fields = StartFields::new(StartChoice::from_config(&host.config, today), today);
    let index = host.index;
    register_snapshot(index, move || Handoff {
        lang: lang.get_untracked(),
        intent: Intent::Resume,
        choice: fields.choice(),
    });
    let busy = RwSignal::new(false);
    let failed = RwSignal::new(None::<String>);
    let go = move |intent: Intent, file: Option<web_sys::File>| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        failed.set(None);
        leptos::task::spawn_local(async move {
            if let Err(e) = hand_over(index, intent, file).await {
                web_sys::console::warn_1(&format!("kehoach-bdg: {e}").into());
                busy.set(false);
                failed.set(Some(e));
            }
        });
    };
    let no_section: Option<crate::domain::SectionId> = None;
    let problems = host.problems.clone();

    view! {
        <div class="kh-root" lang=move || lang.get().code()>
            <header class="kh-header">
                <Brand lang />
                <div class="kh-drafts-head">
                    <p class="kh-save-status" role="status" aria-live="polite"></p>
                    <button
                        type="button"
                        class="kh-lang kh-drafts-button"
                        aria-haspopup="dialog"
                        on:click=move |_| go(Intent::Drafts, None)
                    >
                        {move || t(S::DraftsButton)}
                    </button>
                </div>
                <LangSwitch lang />
            </header>
            <ConfigProblems lang problems />
            {move || {
                failed
                    .get()
                    .map(|e| {
                        view! {
                            <p class="kh-draft-fail" role="alert">
                                {t(S::EditorLoadFailed)}
                                " ("
                                {e}
                                ")"
                            </p>
                        }
                    })
            }}
            <p class="kh-loading" role="status">
                {move || busy.get().then(|| t(S::EditorLoading))}
            </p>
            // Nothing here takes input while the editor loads: what is
            // typed now could not be handed over.
            // The first focus inside (a field, a section) means the editor
            // will be wanted soon: it starts downloading then, not before.
            <div
                class="kh-body"
                inert=move || busy.get()
                on:focusin=move |_| crate::browser::host::prefetch_editor()
            >
                <SectionList
                    lang
                    completeness=0u8
                    status=Callback::new(|_| SectionStatus::NotStarted)
                    current=no_section
                    check_current=false
                    on_open=Callback::new(move |id| go(Intent::Open(id), None))
                    on_check=Callback::new(move |()| go(Intent::Check, None))
                />
                <main class="kh-main" aria-label=move || t(S::MainRegion)>
                    <StartForm
                        lang
                        fields
                        on_start=Callback::new(move |()| go(Intent::Start, None))
                        busy
                    />
                    // The reader of existing plans is the editor's (and the
                    // worker's): here only the way to it.
                    <p class="kh-open">
                        <button
                            type="button"
                            class="kh-button kh-button-secondary"
                            on:click=move |_| go(Intent::OpenExisting, None)
                        >
                            {move || pick(open_text::OpenButton, lang.get())}
                        </button>
                    </p>
                    <section class="kh-start-drafts" aria-labelledby="kh-start-drafts-title">
                        <h3 id="kh-start-drafts-title" class="kh-start-drafts-title">
                            {move || t(S::DraftsTitle)}
                        </h3>
                        <p class="kh-help">{move || t(S::DraftsEmpty)}</p>
                        <div class="kh-field kh-draft-import">
                            <label class="kh-label" for="kh-start-import">
                                {move || t(S::DraftImport)}
                            </label>
                            <p class="kh-help" id="kh-start-import-help">
                                {move || t(S::DraftImportHelp)}
                            </p>
                            <input
                                id="kh-start-import"
                                class="kh-file"
                                type="file"
                                accept=".json,application/json"
                                aria-describedby="kh-start-import-help"
                                on:change=move |ev| {
                                    if let Some(file) = take_chosen_file(ev.target()) {
                                        go(Intent::Import, Some(file));
                                    }
                                }
                            />
                        </div>
                    </section>
                </main>
            </div>
        </div>
    }
}
