//! The current section: heading (focused on change), error summary, the
//! section's editor, and "Quay lại" / "Tiếp".

use crate::app::hooks::focus_later;
use crate::app::sections;
use crate::app::state::{use_checklist, use_navigation, use_plan, use_translation};
use crate::domain::checklist::Severity;
use crate::domain::strings::S;
use crate::domain::templates::proposal;
use crate::domain::SectionId;
use leptos::html::H2;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The current section: heading (focused on change), error summary, the
/// section's editor, and "Quay lại" / "Tiếp".
#[component]
pub fn SectionView() -> impl IntoView {
    let nav = use_navigation();
    let lang = use_translation();
    let heading = NodeRef::<H2>::new();
    // Focus follows the section change so keyboard and screen-reader users
    // land at the top of what they chose.
    Effect::new(move |prev: Option<(SectionId, u32)>| {
        let now = (nav.section(), nav.focus_requests());
        // Not on first display after a page load (the host page keeps its
        // focus), but whenever the user has asked for a section.
        if prev.map_or(now.1 > 0, |p| p != now) {
            if let Some(h) = heading.get() {
                // Clear of a host page's fixed menu.
                crate::browser::focus::reveal_and_focus(&h);
            }
        }
        now
    });
    let index = move || {
        SectionId::ALL
            .iter()
            .position(|s| *s == nav.section())
            .unwrap_or(0)
    };
    let go = move |delta: isize| {
        let i = index() as isize + delta;
        if let Some(s) = usize::try_from(i).ok().and_then(|i| SectionId::ALL.get(i)) {
            nav.open(*s);
        }
    };
    view! {
        <section class="kh-section" aria-labelledby="kh-section-heading">
            <h2 id="kh-section-heading" class="kh-section-title" tabindex="-1" node_ref=heading>
                {move || lang.t(nav.section().label())}
            </h2>
            <ErrorSummary />
            <ProposedNotice />
            {move || sections::editor(nav.section())}
            <div class="kh-step-nav">
                <button
                    type="button"
                    class="kh-button kh-button-secondary"
                    disabled=move || index() == 0
                    on:click=move |_| go(-1)
                >
                    {move || lang.t(S::Back)}
                </button>
                // After the last section comes the final check.
                <button
                    type="button"
                    class="kh-button"
                    on:click=move |_| {
                        if index() + 1 == SectionId::ALL.len() { nav.open_check() } else { go(1) }
                    }
                >
                    {move || {
                        lang.t(if index() + 1 == SectionId::ALL.len() { S::CheckNav } else { S::Next })
                    }}
                </button>
            </div>
        </section>
    }
}

/// While the section holds only the text this tool proposed: say so, and
/// "Giữ nội dung này" to take it as it is (editing it does the same). Once
/// shown, the box stays until another section opens, saying the text is
/// the unit's now, so nothing under it jumps while the teacher works.
#[component]
fn ProposedNotice() -> impl IntoView {
    let (nav, lang, report, plan) = (
        use_navigation(),
        use_translation(),
        use_checklist(),
        use_plan(),
    );
    let proposed = Memo::new(move |_| report.with(|r| r.section(nav.section()).proposed));
    let shown_for = RwSignal::new(None::<SectionId>);
    Effect::new(move |_| {
        if proposed.get() {
            shown_for.set(Some(nav.section_untracked()));
        }
    });
    let keep = move |_| {
        let section = nav.section_untracked();
        plan.edit(|p| proposal::keep(p, section));
        plan.settle_now();
        focus_later("kh-section-heading".to_string());
    };
    let visible = move || proposed.get() || shown_for.get() == Some(nav.section());
    // The notice and the kept line share one grid cell, and the button
    // keeps its place hidden: the box never changes height.
    view! {
        <Show when=visible>
            <div class="kh-proposed">
                <div class="kh-proposed-texts">
                    <p class:kh-invisible=move || !proposed.get()>{move || lang.t(S::ProposedNotice)}</p>
                    <div role="status">
                        {move || (!proposed.get()).then(|| view! { <p>{move || lang.t(S::ProposedKept)}</p> })}
                    </div>
                </div>
                <button
                    type="button"
                    class="kh-button kh-button-small"
                    class:kh-invisible=move || !proposed.get()
                    on:click=keep
                >
                    {move || lang.t(S::ProposedKeep)}
                </button>
            </div>
        </Show>
    }
}

/// Errors and warnings of the section, each a link that moves focus to its field.
#[component]
fn ErrorSummary() -> impl IntoView {
    let nav = use_navigation();
    let lang = use_translation();
    let report = use_checklist();
    let items = Memo::new(move |_| {
        let section = nav.section();
        report.with(|r| {
            r.for_section(section)
                .filter(|f| f.severity != Severity::Hint)
                .map(|f| (f.dom_id(), f.message.clone()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || !items.with(Vec::is_empty)>
            <div class="kh-summary" role="region" aria-labelledby="kh-summary-title">
                <h3 id="kh-summary-title" class="kh-summary-title">{move || lang.t(S::ErrorSummaryTitle)}</h3>
                <ul>
                    <For
                        each=move || items.get()
                        key=|i| i.clone()
                        children=move |(dom_id, msg)| {
                            let target = dom_id.clone();
                            view! {
                                <li>
                                    <a
                                        href=format!("#{dom_id}")
                                        on:click=move |ev| {
                                            ev.prevent_default();
                                            let node = ev
                                                .current_target()
                                                .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
                                            match node {
                                                Some(n) => crate::browser::focus::focus_in(&n, &target),
                                                None => crate::browser::focus::focus_by_id(&target),
                                            }
                                        }
                                    >
                                        {msg}
                                    </a>
                                </li>
                            }
                        }
                    />
                </ul>
            </div>
        </Show>
    }
}
