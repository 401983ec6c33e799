//! The editor's state, behind small Copy handles.
//!
//! One source of truth: the `RwSignal<Plan>` lives in [`PlanEdits`], and the
//! checklist report is a memo of it ([`Checklist`], derived, never synced).
//! The signals are private: a component asks for the handle it uses
//! (`use_plan`, `use_navigation`, `use_translation`, `use_checklist`,
//! `use_documents`) and
//! can only do what that handle offers, so "who changes the current
//! section" or "who writes the plan" is a search for one method.
//! [`Editor`] bundles them for the few parts that coordinate them (the
//! root and the drafts).

use crate::browser::catalogue_file::CatalogueLoadError;
use crate::browser::timer::Timer;
use crate::domain::catalogue::Catalogue;
use crate::domain::checklist::{evaluate_with, Report};
use crate::domain::strings::{Lang, S};
use crate::domain::{Plan, SectionId};
use leptos::prelude::*;

/// Which screen the widget shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Start,
    Edit,
    /// "Kiểm tra toàn bộ": every finding of the checklist.
    Check,
}

/// How long the checklist and the preview may lag behind typing. A keystroke
/// then costs only its own field; the whole-plan work (every rule, the whole
/// page's layout) runs at most this often, in its own task, while the
/// teacher types (throttled, so it also runs during continuous typing).
pub const SETTLE_MS: u32 = 150;

/// Bumped when the plan has settled: at most [`SETTLE_MS`] after a change,
/// at once when a whole plan is put in or a section is opened. The
/// checklist and the preview follow it, not every keystroke.
#[derive(Clone, Copy)]
struct Settled(RwSignal<u64>);

impl Settled {
    fn now(self) {
        self.0.update(|n| *n += 1);
    }
}

/// The plan: read a part of it, change it, put in a whole new one.
#[derive(Clone, Copy)]
pub struct PlanEdits {
    plan: RwSignal<Plan>,
    settled: Settled,
}

impl PlanEdits {
    fn new() -> PlanEdits {
        let plan = RwSignal::new(Plan::default());
        let settled = Settled(RwSignal::new(0));
        // A trailing throttle (the timer autosave debounces with): the first
        // change after a quiet spell starts the clock; later changes inside
        // the window ride along.
        let timer = StoredValue::new_local(Timer::new());
        Effect::new(move |prev: Option<()>| {
            plan.track();
            if prev.is_none() {
                return;
            }
            if let Some(timer) = timer.try_get_value() {
                timer.throttle(SETTLE_MS, move || settled.now());
            }
        });
        PlanEdits { plan, settled }
    }

    /// A memo of one part of the plan: its subscribers hear only of changes to that part.
    pub fn slice<T>(self, get: impl Fn(&Plan) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: PartialEq + Send + Sync + 'static,
    {
        let plan = self.plan;
        Memo::new(move |_| plan.with(&get))
    }

    /// One text of the plan as an input shows it, and the callback that
    /// writes what is typed back, cleaned (NFC, no control characters).
    pub fn text(
        self,
        get: fn(&Plan) -> &String,
        set: fn(&mut Plan, String),
    ) -> (Signal<String>, Callback<String>) {
        (
            self.slice(move |p| get(p).clone()).into(),
            Callback::new(move |v: String| {
                self.edit(|p| set(p, crate::domain::text::clean(&v)));
            }),
        )
    }

    /// Changes the plan (the generated lead-in and closing follow, see
    /// `templates::edit_following`); returns what `f` returns, `None` when
    /// the editor is gone.
    pub fn edit<R>(self, f: impl FnOnce(&mut Plan) -> R) -> Option<R> {
        let mut out = None;
        self.plan
            .update(|p| crate::domain::templates::edit_following(p, |p| out = Some(f(p))));
        out
    }

    /// Puts in a whole plan (a starter plan, a draft opened or imported): the
    /// checklist and the preview show it at once.
    pub fn replace(self, plan: Plan) {
        self.plan.set(plan);
        self.settle_now();
    }

    /// Reads the plan, tracked (for firewalls: see `hooks::firewall`).
    pub fn with<R>(self, f: impl FnOnce(&Plan) -> R) -> R {
        self.plan.with(f)
    }

    /// Reads the plan without subscribing (in event handlers).
    pub fn with_untracked<R>(self, f: impl FnOnce(&Plan) -> R) -> R {
        self.plan.with_untracked(f)
    }

    /// A copy of the plan, without subscribing.
    pub fn get_untracked(self) -> Plan {
        self.plan.get_untracked()
    }

    /// Subscribes to every change of the plan (autosave).
    pub fn track(self) {
        self.plan.track();
    }

    /// Tracks the settled plan: for whole-plan work that may lag behind
    /// typing by up to [`SETTLE_MS`] (the checklist, the preview).
    pub fn track_settled(self) {
        self.settled.0.track();
    }

    /// The checklist and the preview catch up now.
    pub fn settle_now(self) {
        self.settled.now();
    }
}

/// The checklist's report on the settled plan.
#[derive(Clone, Copy)]
pub struct Checklist(Memo<Report>);

impl Checklist {
    fn new(plan: PlanEdits, documents: Documents) -> Checklist {
        Checklist(Memo::new(move |_| {
            plan.track_settled();
            documents
                .list
                .with(|c| plan.with_untracked(|p| evaluate_with(p, c)))
        }))
    }

    /// Reads the report, tracked.
    pub fn with<R>(self, f: impl FnOnce(&Report) -> R) -> R {
        self.0.with(f)
    }

    /// Reads the report without subscribing.
    pub fn with_untracked<R>(self, f: impl FnOnce(&Report) -> R) -> R {
        self.0.with_untracked(f)
    }
}

/// The national documents the căn cứ picker offers and citations are
/// checked against: the built-in catalogue, with the webmaster's file once
/// loaded, and why that file is not used when it is not.
#[derive(Clone, Copy)]
pub struct Documents {
    list: RwSignal<Catalogue>,
    problem: RwSignal<Option<CatalogueLoadError>>,
}

impl Documents {
    fn new() -> Documents {
        Documents {
            list: RwSignal::new(Catalogue::builtin().clone()),
            problem: RwSignal::new(None),
        }
    }

    /// Reads the catalogue, tracked.
    pub fn with<R>(self, f: impl FnOnce(&Catalogue) -> R) -> R {
        self.list.with(f)
    }

    /// Reads the catalogue without subscribing (in event handlers).
    pub fn with_untracked<R>(self, f: impl FnOnce(&Catalogue) -> R) -> R {
        self.list.with_untracked(f)
    }

    /// The webmaster's file, loaded: it replaces the built-in list.
    pub fn set(self, catalogue: Catalogue) {
        self.list.set(catalogue);
    }

    /// Why the webmaster's file is not used, tracked.
    pub fn problem(self) -> Option<CatalogueLoadError> {
        self.problem.get()
    }

    pub fn set_problem(self, problem: CatalogueLoadError) {
        self.problem.set(Some(problem));
    }
}

/// Where the teacher is: the screen, the current section, and requests to
/// move focus to the heading of what they asked for.
#[derive(Clone, Copy)]
pub struct Navigation {
    current: RwSignal<SectionId>,
    screen: RwSignal<Screen>,
    /// Bumped when the user asks for a section (even the current one): focus
    /// then moves to its heading.
    focus_request: RwSignal<u32>,
    settled: Settled,
}

impl Navigation {
    fn new(settled: Settled) -> Navigation {
        Navigation {
            current: RwSignal::new(SectionId::Header),
            screen: RwSignal::new(Screen::Start),
            focus_request: RwSignal::new(0),
            settled,
        }
    }

    /// The current section, tracked.
    pub fn section(self) -> SectionId {
        self.current.get()
    }

    pub fn section_untracked(self) -> SectionId {
        self.current.get_untracked()
    }

    /// The screen shown, tracked.
    pub fn screen(self) -> Screen {
        self.screen.get()
    }

    pub fn screen_untracked(self) -> Screen {
        self.screen.get_untracked()
    }

    /// How many times the user has asked for a section or the check, tracked:
    /// a heading takes focus when this changes.
    pub fn focus_requests(self) -> u32 {
        self.focus_request.get()
    }

    /// Opens a section at the user's request; focus moves to its heading.
    pub fn open(self, section: SectionId) {
        self.settled.now();
        self.current.set(section);
        self.screen.set(Screen::Edit);
        self.focus_request.update(|n| *n += 1);
    }

    /// Opens the final check of the whole plan; focus moves to its heading.
    pub fn open_check(self) {
        self.settled.now();
        self.screen.set(Screen::Check);
        self.focus_request.update(|n| *n += 1);
    }

    /// Shows a section's editor without a focus request (a draft reopened
    /// at load, a click in the preview): the section view is made anew.
    pub fn show(self, section: SectionId) {
        self.current.set(section);
        self.screen.set(Screen::Edit);
    }

    /// Switches the section within the editor screen, focus staying where
    /// it is (a link from one section to another).
    pub fn switch_to(self, section: SectionId) {
        self.current.set(section);
    }

    /// Back to the start screen (a new plan, the open draft deleted).
    pub fn to_start(self) {
        self.screen.set(Screen::Start);
    }
}

/// The interface language.
#[derive(Clone, Copy)]
pub struct Translation(RwSignal<Lang>);

impl Translation {
    pub fn new(lang: Lang) -> Translation {
        Translation(RwSignal::new(lang))
    }

    /// A string in the current language (reactive).
    pub fn t(self, s: S) -> &'static str {
        s.t(self.0.get())
    }

    /// The language, tracked.
    pub fn get(self) -> Lang {
        self.0.get()
    }

    pub fn get_untracked(self) -> Lang {
        self.0.get_untracked()
    }

    pub fn set(self, lang: Lang) {
        self.0.set(lang);
    }

    /// Tiếng Việt ⇄ English.
    pub fn toggle(self) {
        self.0
            .update(|l| *l = if *l == Lang::Vi { Lang::En } else { Lang::Vi });
    }
}

/// The handles together, for what coordinates them (the root, the
/// drafts); a component takes only the handle it uses.
#[derive(Clone, Copy)]
pub struct Editor {
    pub plan: PlanEdits,
    pub report: Checklist,
    pub nav: Navigation,
    pub lang: Translation,
    pub documents: Documents,
}

impl Editor {
    /// Makes the editor's state and provides each handle (and the bundle)
    /// to the calling component's children.
    pub fn provide() -> Editor {
        let plan = PlanEdits::new();
        let documents = Documents::new();
        let ed = Editor {
            plan,
            report: Checklist::new(plan, documents),
            nav: Navigation::new(plan.settled),
            lang: Translation::new(Lang::Vi),
            documents,
        };
        provide_context(ed);
        provide_context(ed.plan);
        provide_context(ed.report);
        provide_context(ed.nav);
        provide_context(ed.lang);
        provide_context(ed.documents);
        ed
    }

    /// The editor of the nearest `EditorRoot`.
    pub fn get() -> Editor {
        expect_context::<Editor>()
    }

    /// A string in the current language (reactive).
    pub fn t(self, s: S) -> &'static str {
        self.lang.t(s)
    }

    /// See [`Navigation::open`].
    pub fn open(self, section: SectionId) {
        self.nav.open(section);
    }

    /// See [`PlanEdits::replace`].
    pub fn replace(self, plan: Plan) {
        self.plan.replace(plan);
    }

    /// See [`PlanEdits::track_settled`].
    pub fn track_settled(self) {
        self.plan.track_settled();
    }
}

/// The plan of the nearest editor.
pub fn use_plan() -> PlanEdits {
    expect_context::<PlanEdits>()
}

/// The checklist of the nearest editor.
pub fn use_checklist() -> Checklist {
    expect_context::<Checklist>()
}

/// The navigation of the nearest editor.
pub fn use_navigation() -> Navigation {
    expect_context::<Navigation>()
}

/// The national documents of the nearest editor.
pub fn use_documents() -> Documents {
    expect_context::<Documents>()
}

/// The interface language of the nearest editor.
pub fn use_translation() -> Translation {
    expect_context::<Translation>()
}
