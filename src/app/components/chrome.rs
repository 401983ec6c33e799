//! The parts of the frame the editor and the start module share: the
//! product's name, the language switch, the embedding problems notice.

use crate::domain::strings::{Lang, S};
use leptos::prelude::*;

/// The product's name and tagline.
#[component]
pub fn Brand(lang: RwSignal<Lang>) -> impl IntoView {
    view! {
        <div class="kh-header-text">
            <h1 class="kh-title">{move || S::AppName.t(lang.get())}</h1>
            <p class="kh-tagline">{move || S::AppTagline.t(lang.get())}</p>
        </div>
    }
}

/// Tiếng Việt ⇄ English, at run time.
#[component]
pub fn LangSwitch(lang: RwSignal<Lang>) -> impl IntoView {
    view! {
        <button
            type="button"
            class="kh-lang"
            // The name starts with the visible word (WCAG 2.5.3).
            aria-label=move || {
                let l = lang.get();
                format!("{}: {}", S::LanguageSwitch.t(l), S::LanguageSwitchLabel.t(l))
            }
            on:click=move |_| lang.update(|l| *l = if *l == Lang::Vi { Lang::En } else { Lang::Vi })
        >
            {move || S::LanguageSwitch.t(lang.get())}
        </button>
    }
}

/// Options the webmaster wrote that could not be used: said in the widget
/// (and in the console), never fatal.
#[component]
pub fn ConfigProblems(lang: RwSignal<Lang>, problems: Vec<String>) -> impl IntoView {
    (!problems.is_empty()).then(|| {
        view! {
            <div class="kh-config-problems" role="alert">
                <p>{move || S::ConfigProblemsTitle.t(lang.get())}</p>
                <ul>{problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
            </div>
        }
    })
}
