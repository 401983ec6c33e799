//! The first step: what to write (kind × level) and the issuer facts, given
//! once. The form is shared by the editor and the start module; what
//! happens on "Bắt đầu soạn" is the caller's.

use crate::app::state::{use_navigation, use_plan, use_translation, PlanEdits, Translation};
use crate::domain::date::Date;
use crate::domain::handoff::{year_for, StartChoice};
use crate::domain::strings::S;
use crate::domain::{IssuerLevel, Plan, PlanKind, SectionId};
use leptos::prelude::*;

/// The start form's values, one signal each.
#[derive(Clone, Copy)]
pub struct StartFields {
    kind: RwSignal<PlanKind>,
    level: RwSignal<IssuerLevel>,
    year: RwSignal<String>,
    issuer: RwSignal<String>,
    parent: RwSignal<String>,
    abbr: RwSignal<String>,
    place: RwSignal<String>,
    signer: RwSignal<String>,
    /// The day the form is shown: the year follows the kind chosen
    /// ([`year_for`]) until the teacher types one.
    today: Date,
}

impl StartFields {
    pub fn new(c: StartChoice, today: Date) -> StartFields {
        StartFields {
            kind: RwSignal::new(c.kind),
            level: RwSignal::new(c.level),
            year: RwSignal::new(c.year),
            issuer: RwSignal::new(c.issuer),
            parent: RwSignal::new(c.parent_body),
            abbr: RwSignal::new(c.issuer_abbr),
            place: RwSignal::new(c.place),
            signer: RwSignal::new(c.signer_name),
            today,
        }
    }

    /// Another kind chosen: its year comes along unless the teacher typed
    /// one (a year other than the previous kind's).
    fn choose_kind(self, k: PlanKind) {
        let before = year_for(self.kind.get_untracked(), self.today).to_string();
        self.kind.set(k);
        if self.year.with_untracked(|y| y.trim() == before) {
            self.year.set(year_for(k, self.today).to_string());
        }
    }

    /// The values now (not tracked).
    pub fn choice(self) -> StartChoice {
        StartChoice {
            kind: self.kind.get_untracked(),
            level: self.level.get_untracked(),
            year: self.year.get_untracked(),
            issuer: self.issuer.get_untracked(),
            parent_body: self.parent.get_untracked(),
            issuer_abbr: self.abbr.get_untracked(),
            place: self.place.get_untracked(),
            signer_name: self.signer.get_untracked(),
        }
    }
}

/// The form. `busy` disables the button while the editor loads.
#[component]
pub fn StartForm(
    lang: Translation,
    fields: StartFields,
    on_start: Callback<()>,
    #[prop(optional, into)] busy: Signal<bool>,
) -> impl IntoView {
    let t = move |s: S| lang.t(s);
    let StartFields {
        kind, level, year, ..
    } = fields;
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !busy.get_untracked() {
            on_start.run(());
        }
    };

    let text = move |id: &'static str, label: S, help: Option<S>, sig: RwSignal<String>| {
        let help_id = format!("{id}-help");
        view! {
            <div class="kh-field">
                <label class="kh-label" for=id>{move || t(label)}</label>
                {help.map(|h| view! { <p class="kh-help" id=help_id.clone()>{move || t(h)}</p> })}
                <input
                    id=id
                    class="kh-input"
                    type="text"
                    aria-describedby=help.map(|_| format!("{id}-help"))
                    prop:value=move || sig.get()
                    on:input=move |ev| sig.set(event_target_value(&ev))
                />
            </div>
        }
    };

    view! {
        <form class="kh-start" on:submit=submit aria-busy=move || busy.get().then_some("true")>
            <h2 id="kh-start-title" class="kh-section-title" tabindex="-1">
                {move || t(S::StartTitle)}
            </h2>
            <p class="kh-intro">{move || t(S::StartIntro)}</p>
            <fieldset class="kh-fieldset">
                <legend class="kh-label">{move || t(S::FieldKind)}</legend>
                {PlanKind::ALL
                    .into_iter()
                    .map(|k| {
                        let id = format!("start-kind-{}", k.code());
                        view! {
                            <div class="kh-radio">
                                <input
                                    type="radio"
                                    name="start-kind"
                                    id=id.clone()
                                    prop:checked=move || kind.get() == k
                                    on:change=move |_| fields.choose_kind(k)
                                />
                                <label for=id>{move || t(k.label())}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <div class="kh-field">
                <label class="kh-label" for="start-level">{move || t(S::FieldLevel)}</label>
                <select
                    id="start-level"
                    class="kh-input"
                    on:change=move |ev| {
                        if let Some(l) = IssuerLevel::from_code(&event_target_value(&ev)) {
                            level.set(l);
                        }
                    }
                >
                    {IssuerLevel::ALL
                        .into_iter()
                        .map(|l| {
                            view! {
                                <option value=l.code() selected=move || level.get() == l>
                                    {move || t(l.label())}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="kh-field">
                <label class="kh-label" for="start-year">{move || t(S::FieldYear)}</label>
                <input
                    id="start-year"
                    class="kh-input kh-input-short"
                    type="number"
                    min="2000"
                    max="2100"
                    prop:value=move || year.get()
                    on:input=move |ev| year.set(event_target_value(&ev))
                />
            </div>
            {text("start-issuer", S::FieldIssuer, Some(S::FieldIssuerHint), fields.issuer)}
            {text("start-parent", S::FieldParent, Some(S::FieldParentHint), fields.parent)}
            {text("start-abbr", S::FieldAbbr, Some(S::FieldAbbrHint), fields.abbr)}
            {text("start-place", S::FieldPlace, Some(S::FieldPlaceHint), fields.place)}
            {text("start-signer", S::FieldSignerName, None, fields.signer)}
            <button type="submit" class="kh-button" aria-disabled=move || busy.get().then_some("true")>
                {move || t(S::StartButton)}
            </button>
        </form>
    }
}

/// The editor's start form values, made once per editor (from what the
/// start module handed over, else the webmaster's options) and shared by
/// the start screen and the section list, which starts the plan from them
/// when a section is chosen before "Bắt đầu soạn".
pub fn provide_start_fields() {
    let today = crate::browser::today::today_or_default();
    let host = use_context::<crate::browser::host::HostOptions>().unwrap_or_default();
    // What the start module handed over (typed facts) beats the webmaster's defaults.
    let choice = host.handoff.map_or_else(
        || StartChoice::from_config(&host.config, today),
        |h| h.choice,
    );
    provide_context(StartFields::new(choice, today));
}

/// The start form values of the nearest editor.
pub fn use_start_fields() -> StartFields {
    expect_context::<StartFields>()
}

impl StartFields {
    /// Starts the plan from the form as it is now, when the editor has no
    /// plan yet: a section chosen before "Bắt đầu soạn" opens this plan,
    /// never an empty one whose sections would read "Hoàn thành".
    pub fn start_unless_open(self, plan: PlanEdits) {
        if plan.with_untracked(|p| *p == Plan::default()) {
            plan.replace(self.choice().plan(self.today));
        }
    }
}

/// The editor's start screen: the form opens the starter plan at once;
/// below it "Mở kế hoạch có sẵn" and the drafts kept in this browser.
#[component]
pub fn StartScreen() -> impl IntoView {
    let (plan, nav) = (use_plan(), use_navigation());
    let fields = use_start_fields();
    let start = Callback::new(move |()| {
        plan.replace(fields.choice().plan(fields.today));
        nav.open(SectionId::Header);
    });
    view! {
        <StartForm lang=use_translation() fields on_start=start />
        // A plan the teacher already has (.docx, .txt, pasted), read into a new draft.
        <crate::app::drafts::OpenExisting />
        // Drafts kept in this browser, to reopen; importing a draft file.
        <crate::app::drafts::StartDrafts />
    }
}
