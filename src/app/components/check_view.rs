//! "Kiểm tra toàn bộ": the final check of the whole plan.
//!
//! Every finding of the checklist, grouped by section in form order, with
//! its severity, message and hint, and a "Sửa" button that opens the section
//! and puts focus on the very field (the same DOM ids as the inline messages
//! and the error summary). At the top: the overall completeness, and at
//! 100 % the plain statement that the plan has every required part. Hints
//! never block completeness, so they sit apart in a folded list.

use crate::app::components::sidebar::{status_class, status_label};
use crate::app::hooks::focus_later;
use crate::app::state::{use_checklist, use_navigation, use_translation, Screen};
use crate::domain::checklist::{SectionStatus, Severity};
use crate::domain::strings::S;
use crate::domain::SectionId;
use leptos::html::H2;
use leptos::prelude::*;

/// One finding as the check view shows it.
#[derive(Clone, PartialEq)]
struct Item {
    severity: Severity,
    message: String,
    /// Language of the message: English has a courtesy translation of the
    /// messages only, so a hint (and a message without one) stays Vietnamese.
    message_lang: &'static str,
    hint: String,
    dom_id: String,
}

/// The findings of one section.
#[derive(Clone, PartialEq)]
struct Group {
    section: SectionId,
    status: SectionStatus,
    /// Errors and warnings, in form order.
    required: Vec<Item>,
    hints: Vec<Item>,
    /// Still only the text this tool proposed.
    proposed: bool,
}

fn severity_class(s: Severity) -> &'static str {
    match s {
        Severity::Error => "kh-check-item kh-check-error",
        Severity::Warning => "kh-check-item kh-check-warning",
        Severity::Hint => "kh-check-item kh-check-hint",
    }
}

/// The final check screen.
#[component]
pub fn CheckView() -> impl IntoView {
    let nav = use_navigation();
    let lang = use_translation();
    let report = use_checklist();
    let heading = NodeRef::<H2>::new();
    // Like a section: focus lands on the heading whenever the user asks for
    // this screen, again included (not after a page load, when the host page
    // keeps its focus).
    Effect::new(move |prev: Option<u32>| {
        let now = nav.focus_requests();
        if prev.map_or(now > 0, |p| p != now) && nav.screen_untracked() == Screen::Check {
            if let Some(h) = heading.get_untracked() {
                // Clear of a host page's fixed menu.
                crate::browser::focus::reveal_and_focus(&h);
            }
        }
        now
    });
    let groups = Memo::new(move |_| {
        let lang = lang.get();
        report.with(|r| {
            SectionId::ALL
                .into_iter()
                .filter_map(|section| {
                    let (mut required, mut hints) = (Vec::new(), Vec::new());
                    for f in r.for_section(section) {
                        let item = Item {
                            severity: f.severity,
                            message: f.message(lang).to_string(),
                            message_lang: f.message_lang(lang).code(),
                            hint: f.hint.clone(),
                            dom_id: f.dom_id(),
                        };
                        if f.severity.is_required() {
                            required.push(item);
                        } else {
                            hints.push(item);
                        }
                    }
                    let proposed = r.section(section).proposed;
                    (!required.is_empty() || !hints.is_empty() || proposed).then(|| Group {
                        section,
                        status: r.section(section).status,
                        required,
                        hints,
                        proposed,
                    })
                })
                .collect::<Vec<_>>()
        })
    });
    let counts = Memo::new(move |_| {
        report.with(|r| {
            (
                r.completeness,
                r.errors().count(),
                r.warnings().count(),
                r.hints().count(),
                r.sections.iter().filter(|s| s.proposed).count(),
            )
        })
    });
    let done = move || counts.with(|(c, e, w, _, p)| *c == 100 && *e == 0 && *w == 0 && *p == 0);
    let only_proposed = move || counts.with(|(_, e, w, _, p)| *e == 0 && *w == 0 && *p > 0);

    view! {
        <section class="kh-section kh-checkview" aria-labelledby="kh-check-heading">
            <h2 id="kh-check-heading" class="kh-section-title" tabindex="-1" node_ref=heading>
                {move || lang.t(S::CheckTitle)}
            </h2>
            <p class="kh-intro">{move || lang.t(S::CheckIntro)}</p>
            <div class="kh-check-summary">
                <p class="kh-check-percent">
                    {move || lang.t(S::Completeness)}
                    ": "
                    <strong>{move || format!("{} %", counts.get().0)}</strong>
                </p>
                <ul class="kh-check-counts">
                    <li class="kh-check-count-error">
                        {move || lang.t(S::SeverityError)}
                        ": "
                        {move || counts.get().1}
                    </li>
                    <li class="kh-check-count-warning">
                        {move || lang.t(S::SeverityWarning)}
                        ": "
                        {move || counts.get().2}
                    </li>
                    <li class="kh-check-count-hint">
                        {move || lang.t(S::SeverityHint)}
                        ": "
                        {move || counts.get().3}
                    </li>
                    <Show when=move || counts.with(|c| c.4 > 0)>
                        <li class="kh-check-count-proposed">
                            {move || lang.t(S::CheckProposedCount)}
                            ": "
                            {move || counts.get().4}
                        </li>
                    </Show>
                </ul>
            </div>
            <div role="status" class="kh-check-status">
                {move || {
                    if done() {
                        view! {
                            <div class="kh-check-done">
                                <p class="kh-check-done-title">{move || lang.t(S::CheckDone)}</p>
                                <p>{move || lang.t(S::CheckDoneBody)}</p>
                            </div>
                        }
                            .into_any()
                    } else {
                        let text = move || {
                            lang.t(if only_proposed() { S::CheckNotDoneProposed } else { S::CheckNotDone })
                        };
                        view! { <p class="kh-check-not-done">{text}</p> }.into_any()
                    }
                }}
            </div>
            <Show when=move || groups.with(Vec::is_empty)>
                <p class="kh-check-nothing">{move || lang.t(S::CheckNothing)}</p>
            </Show>
            <div class="kh-check-groups">
                {move || groups.get().into_iter().map(|g| view! { <CheckGroup group=g /> }).collect_view()}
            </div>
        </section>
    }
}

/// The findings of one section: heading with its status, required items,
/// then the optional hints folded.
#[component]
fn CheckGroup(group: Group) -> impl IntoView {
    let lang = use_translation();
    let nav = use_navigation();
    let Group {
        section,
        status,
        required,
        hints,
        proposed,
    } = group;
    let heading_id = format!("kh-check-{}", section.code());
    let labelled_by = heading_id.clone();
    let n_hints = hints.len();
    let list = move |items: Vec<Item>| {
        view! {
            <ul class="kh-check-list">
                {items.into_iter().map(|item| view! { <CheckItem section item /> }).collect_view()}
            </ul>
        }
    };
    let hints_view = (!hints.is_empty()).then(|| {
        view! {
            <details class="kh-check-hints">
                <summary>{move || lang.t(S::CheckHintsTitle)} " (" {n_hints} ")"</summary>
                {list(hints)}
            </details>
        }
    });
    view! {
        <section class="kh-check-group" aria-labelledby=labelled_by>
            <h3 class="kh-check-group-title" id=heading_id>
                <span>{move || lang.t(section.label())}</span>
                <span class=status_class(status)>{move || lang.t(status_label(status))}</span>
            </h3>
            {proposed
                .then(|| {
                    view! {
                        <div class="kh-check-item kh-check-proposed">
                            <p class="kh-check-text">{move || lang.t(S::CheckProposedItem)}</p>
                            <button
                                type="button"
                                class="kh-button kh-button-small kh-button-secondary kh-check-open"
                                aria-label=move || format!("{}: {}", lang.t(S::CheckOpenSection), lang.t(section.label()))
                                on:click=move |_| nav.open(section)
                            >
                                {move || lang.t(S::CheckOpenSection)}
                            </button>
                        </div>
                    }
                })}
            {(!required.is_empty()).then(|| list(required))}
            {hints_view}
        </section>
    }
}

/// One finding with its "Sửa" button.
#[component]
fn CheckItem(section: SectionId, item: Item) -> impl IntoView {
    let nav = use_navigation();
    let lang = use_translation();
    let Item {
        severity,
        message,
        message_lang,
        hint,
        dom_id,
    } = item;
    let name = {
        let message = message.clone();
        move || format!("{}: {}", lang.t(S::CheckFix), message)
    };
    // Where "Sửa" leads, also on the button for tests and curious users.
    let target = dom_id.clone();
    let fix = move |_| {
        nav.open(section);
        // The section renders before the next frame; its heading takes focus
        // first (SectionView), then the field does.
        focus_later(dom_id.clone());
    };
    view! {
        <li class=severity_class(severity)>
            <div class="kh-check-text">
                <p class="kh-check-message">
                    <span class="kh-check-tag">{move || severity.label(lang.get())}</span>
                    " "
                    <span lang=message_lang>{message}</span>
                </p>
                <p class="kh-check-hint-text" lang="vi">{hint}</p>
            </div>
            <button
                type="button"
                class="kh-button kh-button-small kh-button-secondary kh-check-fix"
                data-field=target
                aria-label=name
                on:click=fix
            >
                {move || lang.t(S::CheckFix)}
            </button>
        </li>
    }
}
