//! Leptos components. They use `domain` and `browser`, never the reverse.
//!
//! One source of truth: [`Editor`] owns the `RwSignal<Plan>`; the checklist
//! report is a `Memo` of it (derived, never synced). Only the current
//! section's editor is mounted, and each field reads its value through its
//! own memo, so typing in one field touches no other section.

mod components;
mod drafts;
mod sections;
mod shell;

pub use shell::Shell;

use crate::browser::catalogue_file::CatalogueLoadError;
use crate::domain::catalogue::Catalogue;
use crate::domain::checklist::{evaluate_with, Report};
use crate::domain::handoff::{Handoff, Intent};
use crate::domain::strings::{Lang, S};
use crate::domain::{Plan, SectionId};
use components::chrome::{Brand, ConfigProblems, LangSwitch};
use components::section_view::SectionView;
use components::sidebar::Sidebar;
use components::start::StartScreen;
use leptos::prelude::*;

/// Which screen the widget shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Start,
    Edit,
    /// "Kiểm tra toàn bộ": every finding of the checklist.
    Check,
}

/// The editor's shared state, given to every component through context.
#[derive(Clone, Copy)]
pub struct Editor {
    pub plan: RwSignal<Plan>,
    pub report: Memo<Report>,
    pub current: RwSignal<SectionId>,
    pub lang: RwSignal<Lang>,
    pub screen: RwSignal<Screen>,
    /// Bumped when the user asks for a section (even the current one): focus
    /// then moves to its heading.
    pub focus_request: RwSignal<u32>,
    /// Bumped when the plan has settled: at most [`SETTLE_MS`] after a
    /// change, at once when a whole plan is put in or a section is opened.
    /// The checklist and the preview follow it, not every keystroke.
    settled: RwSignal<u64>,
    /// The documents the căn cứ picker offers and citations are checked
    /// against: the built-in list, with the webmaster's file once loaded.
    pub catalogue: RwSignal<Catalogue>,
    /// Why the webmaster's catalogue file is not used, when it is not.
    pub catalogue_problem: RwSignal<Option<CatalogueLoadError>>,
}

/// How long the checklist and the preview may lag behind typing. A keystroke
/// then costs only its own field; the whole-plan work (every rule, the whole
/// page's layout) runs at most this often, in its own task, while the
/// teacher types (throttled, so it also runs during continuous typing).
pub const SETTLE_MS: u64 = 150;

impl Editor {
    fn new() -> Editor {
        let plan = RwSignal::new(Plan::default());
        let settled = RwSignal::new(0u64);
        // A trailing throttle: the first change after a quiet spell starts
        // the clock; later changes inside the window ride along.
        let pending = StoredValue::new(false);
        Effect::new(move |prev: Option<()>| {
            plan.track();
            if prev.is_none() || pending.get_value() {
                return;
            }
            pending.set_value(true);
            set_timeout(
                move || {
                    pending.set_value(false);
                    settled.update(|n| *n += 1);
                },
                std::time::Duration::from_millis(SETTLE_MS),
            );
        });
        let catalogue = RwSignal::new(Catalogue::builtin().clone());
        Editor {
            plan,
            report: Memo::new(move |_| {
                settled.track();
                catalogue.with(|c| plan.with_untracked(|p| evaluate_with(p, c)))
            }),
            catalogue,
            catalogue_problem: RwSignal::new(None),
            current: RwSignal::new(SectionId::Header),
            lang: RwSignal::new(Lang::Vi),
            screen: RwSignal::new(Screen::Start),
            focus_request: RwSignal::new(0),
            settled,
        }
    }

    /// Tracks the settled plan: for whole-plan work that may lag behind
    /// typing by up to [`SETTLE_MS`] (the checklist, the preview).
    pub fn track_settled(self) {
        self.settled.track();
    }

    /// The checklist and the preview catch up now.
    pub fn settle_now(self) {
        self.settled.update(|n| *n += 1);
    }

    /// Puts in a whole plan (a starter plan, a draft opened or imported): the
    /// checklist and the preview show it at once.
    pub fn replace(self, plan: Plan) {
        self.plan.set(plan);
        self.settle_now();
    }

    /// The editor of the nearest `App`.
    pub fn get() -> Editor {
        expect_context::<Editor>()
    }

    /// A string in the current language (reactive).
    pub fn t(self, s: S) -> &'static str {
        s.t(self.lang.get())
    }

    /// A memo of one part of the plan: its subscribers hear only of changes to that part.
    pub fn slice<T>(self, get: impl Fn(&Plan) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: PartialEq + Send + Sync + 'static,
    {
        let plan = self.plan;
        Memo::new(move |_| plan.with(&get))
    }

    /// Opens a section at the user's request; focus moves to its heading.
    pub fn open(self, section: SectionId) {
        self.settle_now();
        self.current.set(section);
        self.screen.set(Screen::Edit);
        self.focus_request.update(|n| *n += 1);
    }

    /// Opens the final check of the whole plan; focus moves to its heading.
    pub fn open_check(self) {
        self.settle_now();
        self.screen.set(Screen::Check);
        self.focus_request.update(|n| *n += 1);
    }

    /// Changes the plan (the generated lead-in and closing follow, see
    /// `templates::edit_following`).
    pub fn edit(self, f: impl FnOnce(&mut Plan)) {
        self.plan
            .update(|p| crate::domain::templates::edit_following(p, f));
    }
}

/// The widget's root.
/// The administrative map of the plan being edited: its date, or today
/// (REFERENCES.md §9; `domain::admin_map`).
pub fn admin_map(plan: &crate::domain::Plan) -> crate::domain::admin_map::AdminMap {
    let today =
        crate::browser::today::today().unwrap_or_else(crate::domain::admin_map::two_level_since);
    crate::domain::admin_map::AdminMap::of_plan(plan, today)
}

#[component]
pub fn App() -> impl IntoView {
    let ed = Editor::new();
    provide_context(ed);
    // Once for the widget: a section's own owner is re-used when the router
    // re-runs, so a per-section index would outlive its signal.
    components::list::provide_findings_index();
    // Autosave and the draft list; may reopen the last draft (screen Edit).
    let d = drafts::provide(ed);
    let host = use_context::<crate::browser::host::HostOptions>().unwrap_or_default();
    let lang = ed.lang;
    lang.set(host.config.lang);
    if let Some(h) = host.handoff.clone() {
        // After the autosave effect's first run, so the starter plan counts
        // as a change and is saved; before the first paint.
        leptos::task::spawn_local(async move { continue_from_start(ed, d, &h) });
    }
    let problems: Vec<String> = host.problems.iter().map(ToString::to_string).collect();
    if let Some(path) = host.config.catalogue.clone() {
        leptos::task::spawn_local(async move {
            match crate::browser::catalogue_file::load(&path).await {
                Ok(catalogue) => ed.catalogue.set(catalogue),
                Err(problem) => {
                    web_sys::console::warn_1(&problem.message(Lang::En).into());
                    ed.catalogue_problem.set(Some(problem));
                }
            }
        });
    }
    let catalogue_problem = move || {
        ed.catalogue_problem
            .get()
            .map(|p| view! { <div class="kh-config-problems" role="alert"><p>{p.message(lang.get())}</p></div> })
    };

    view! {
        <div class="kh-root" lang=move || lang.get().code()>
            <header class="kh-header">
                <Brand lang />
                <components::export_bar::ExportBar />
                <drafts::DraftsHeader />
                <LangSwitch lang />
            </header>
            <drafts::DraftsNotices />
            <ConfigProblems lang problems />
            {catalogue_problem}
            <div class="kh-body">
                <Sidebar />
                <main class="kh-main" aria-label=move || ed.t(S::MainRegion)>
                    {move || match ed.screen.get() {
                        Screen::Start => view! { <StartScreen /> }.into_any(),
                        Screen::Edit => view! { <SectionView /> }.into_any(),
                        Screen::Check => {
                            view! { <components::check_view::CheckView /> }.into_any()
                        }
                    }}
                </main>
                <Show when=move || ed.screen.get() == Screen::Edit>
                    <aside class="kh-preview" aria-label=move || ed.t(S::PreviewRegion)>
                        <components::preview::Preview />
                    </aside>
                </Show>
            </div>
        </div>
    }
}

/// Goes on with what the teacher asked for in the start module: the
/// language they chose, then the starter plan, a section, the check, or the
/// draft file they picked (imported by the start screen's import field).
fn continue_from_start(ed: Editor, d: drafts::Drafts, h: &Handoff) {
    ed.lang.set(h.lang);
    match h.intent {
        Intent::Resume | Intent::Import => {}
        Intent::Start => {
            let this_year = crate::browser::today::today().map_or(2026, |d| d.year());
            ed.replace(h.choice.plan(this_year));
            ed.open(SectionId::Header);
        }
        Intent::Open(section) => ed.open(section),
        Intent::Check => ed.open_check(),
        Intent::Drafts => {
            // The dialog exists once the view is in the page.
            request_animation_frame(move || d.open_panel());
        }
    }
}
