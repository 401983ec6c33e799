//! Leptos components. They use `domain` and `browser`, never the reverse.

mod components;

use crate::domain::strings::{Lang, S};
use crate::domain::SectionId;
use components::sidebar::Sidebar;
use leptos::prelude::*;

/// The widget's root: header, section list, editor area.
#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(Lang::Vi);
    let current = RwSignal::new(SectionId::Header);
    let t = move |s: S| move || s.t(lang.get());

    view! {
        <div class="kh-root" lang=move || lang.get().code()>
            <header class="kh-header">
                <h1 class="kh-title">{t(S::AppName)}</h1>
                <p class="kh-tagline">{t(S::AppTagline)}</p>
            </header>
            <div class="kh-body">
                <Sidebar lang=lang.into() current=current />
                <main class="kh-main" aria-label=t(S::MainRegion)>
                    <h2 class="kh-section-title" tabindex="-1">
                        {move || current.get().label().t(lang.get())}
                    </h2>
                    <p>{t(S::WelcomeBody)}</p>
                </main>
            </div>
        </div>
    }
}
