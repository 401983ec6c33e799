//! The parts of the frame the editor and the start module share: the
//! product's name, the language switch, the embedding problems notice.

use crate::app::state::Translation;
use crate::domain::config::ConfigProblem;
use crate::domain::strings::S;
use leptos::prelude::*;

/// The product's name and tagline.
#[component]
pub fn Brand(lang: Translation) -> impl IntoView {
    view! {
        <div class="kh-header-text">
            <h1 class="kh-title">{move || lang.t(S::AppName)}</h1>
            <p class="kh-tagline">{move || lang.t(S::AppTagline)}</p>
        </div>
    }
}

/// Tiếng Việt ⇄ English, at run time.
#[component]
pub fn LangSwitch(lang: Translation) -> impl IntoView {
    view! {
        <button
            type="button"
            class="kh-lang"
            // The name starts with the visible word (WCAG 2.5.3).
            aria-label=move || format!("{}: {}", lang.t(S::LanguageSwitch), lang.t(S::LanguageSwitchLabel))
            on:click=move |_| lang.toggle()
        >
            {move || lang.t(S::LanguageSwitch)}
        </button>
    }
}

/// Options the webmaster wrote that could not be used: said in the widget
/// (and in the console), never fatal.
#[component]
pub fn ConfigProblems(lang: Translation, problems: Vec<ConfigProblem>) -> impl IntoView {
    (!problems.is_empty()).then(|| {
        view! {
            <div class="kh-config-problems" role="alert">
                <p>{move || lang.t(S::ConfigProblemsTitle)}</p>
                <ul>
                    {problems
                        .into_iter()
                        .map(|p| view! { <li>{move || p.message(lang.get())}</li> })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}
