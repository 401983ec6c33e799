use crate::app::Editor;
use crate::domain::strings::S;
use crate::domain::templates::starter;
use crate::domain::text::clean;
use crate::domain::{IssuerLevel, PlanKind, SectionId};
use leptos::prelude::*;

/// First step: what to write (kind × level) and the issuer facts, given once.
/// Opens the matching starter plan.
#[component]
pub fn StartScreen() -> impl IntoView {
    let ed = Editor::get();
    let year_now = crate::browser::today::today().map_or(2026, |d| d.year());
    // The webmaster's options (data attributes or URL) are the defaults.
    let cfg = use_context::<crate::browser::host::HostOptions>()
        .unwrap_or_default()
        .config;
    let kind = RwSignal::new(cfg.kind.unwrap_or(PlanKind::Annual));
    let level = RwSignal::new(cfg.level.unwrap_or(IssuerLevel::TieuHoc));
    let year = RwSignal::new(year_now.to_string());
    let issuer = RwSignal::new(cfg.issuer);
    let parent = RwSignal::new(cfg.parent_body);
    let abbr = RwSignal::new(cfg.issuer_abbr);
    let place = RwSignal::new(cfg.place);
    let signer = RwSignal::new(cfg.signer_name);

    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let y = year.get().trim().parse::<u16>().unwrap_or(year_now);
        let mut plan = starter(kind.get(), level.get(), y);
        plan.header.issuer = clean(issuer.get().trim());
        plan.header.parent_body = clean(parent.get().trim());
        plan.header.issuer_abbr = clean(abbr.get().trim());
        plan.header.place = clean(place.get().trim());
        plan.signer.name = clean(signer.get().trim());
        plan.lead_in = crate::domain::templates::lead_in_for(&plan);
        plan.closing = crate::domain::templates::closing_for(&plan);
        ed.plan.set(plan);
        ed.open(SectionId::Header);
    };

    let text = move |id: &'static str, label: S, help: Option<S>, sig: RwSignal<String>| {
        let help_id = format!("{id}-help");
        view! {
            <div class="kh-field">
                <label class="kh-label" for=id>{move || ed.t(label)}</label>
                {help.map(|h| view! { <p class="kh-help" id=help_id.clone()>{move || ed.t(h)}</p> })}
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
        <form class="kh-start" on:submit=start>
            <h2 id="kh-start-title" class="kh-section-title" tabindex="-1">
                {move || ed.t(S::StartTitle)}
            </h2>
            <p class="kh-intro">{move || ed.t(S::StartIntro)}</p>
            <fieldset class="kh-fieldset">
                <legend class="kh-label">{move || ed.t(S::FieldKind)}</legend>
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
                                    on:change=move |_| kind.set(k)
                                />
                                <label for=id>{move || ed.t(k.label())}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <div class="kh-field">
                <label class="kh-label" for="start-level">{move || ed.t(S::FieldLevel)}</label>
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
                                    {move || ed.t(l.label())}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="kh-field">
                <label class="kh-label" for="start-year">{move || ed.t(S::FieldYear)}</label>
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
            {text("start-issuer", S::FieldIssuer, Some(S::FieldIssuerHint), issuer)}
            {text("start-parent", S::FieldParent, Some(S::FieldParentHint), parent)}
            {text("start-abbr", S::FieldAbbr, Some(S::FieldAbbrHint), abbr)}
            {text("start-place", S::FieldPlace, Some(S::FieldPlaceHint), place)}
            {text("start-signer", S::FieldSignerName, None, signer)}
            <button type="submit" class="kh-button">{move || ed.t(S::StartButton)}</button>
        </form>
        // Drafts kept in this browser, to reopen; importing a draft file.
        <crate::app::drafts::StartDrafts />
    }
}
