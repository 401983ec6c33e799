//! "Mở kế hoạch có sẵn" on the start screen: a .docx or .txt file, or
//! pasted text, read by the export worker (`browser::worker::read`: the
//! reader is not in this module), then a review of what was recognised
//! before anything is saved, then "Mở để sửa" (new drafts, through the
//! drafts' own import path, and the first one opened) or "Hủy".
//!
//! Nothing is lost on the way: the pasted text stays in its box whatever
//! happens, a failure is an alert in the current language, and no draft
//! is written before "Mở để sửa".

use super::Drafts;
use crate::app::Editor;
use crate::browser::file::{read_buffer, take_chosen_file};
use crate::browser::worker::{self, Progress, ReadFailed, ReadInput};
use crate::domain::draft::{import_file, ImportError};
use crate::domain::import::review::Review;
use crate::domain::import::{DocumentKind, ReadError, MAX_FILE_BYTES};
use crate::domain::plan::{Plan, Unplaced};
use crate::domain::strings::{fill, open_text as o, pick, Lang, S};
use leptos::prelude::*;

/// Why reading did not give a review.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Problem {
    Read(ReadFailed),
    Draft(ImportError),
    PasteEmpty,
    /// The drafts could not be saved (the store's message).
    Save(String),
}

impl Problem {
    fn message(&self, lang: Lang) -> String {
        match self {
            Problem::Read(e) => e.message(lang),
            Problem::Draft(e) => e.message(lang),
            Problem::PasteEmpty => pick(o::OpenPasteEmpty, lang).to_string(),
            Problem::Save(text) => text.clone(),
        }
    }
}

/// A read document under review.
#[derive(Debug, Clone, PartialEq)]
struct Shown {
    /// The file's name, or "nội dung đã dán".
    name: String,
    review: Review,
    /// The first plan's paragraphs no field holds, listed in full.
    unplaced: Vec<Unplaced>,
}

/// Where reading is (the polite status line).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Status {
    Idle,
    Loading,
    Reading(String),
}

/// The section of the start screen.
#[component]
pub fn OpenExisting() -> impl IntoView {
    let ed = Editor::get();
    let Some(d) = Drafts::get() else {
        return ().into_any();
    };
    let lang = ed.lang;
    let t = move |text: (&'static str, &'static str)| pick(text, lang.get());
    let status = RwSignal::new(Status::Idle);
    let problem = RwSignal::new(None::<Problem>);
    let shown = RwSignal::new(None::<Shown>);
    // The plans of the draft file the worker made, until "Mở để sửa".
    let plans = StoredValue::new(Vec::<(String, Plan)>::new());
    let pasted = RwSignal::new(String::new());
    let busy = move || status.with(|s| *s != Status::Idle);
    let review_heading = NodeRef::<leptos::html::H4>::new();

    let run = move |input: ReadInput, name: String| {
        problem.set(None);
        shown.set(None);
        status.set(Status::Reading(name.clone()));
        let file_name = name.clone();
        leptos::task::spawn_local(async move {
            let outcome = worker::read(input, move |p| {
                if p == Progress::Loading {
                    status.set(Status::Loading);
                } else if p == Progress::Exporting {
                    status.set(Status::Reading(name.clone()));
                }
            })
            .await;
            status.set(Status::Idle);
            let done = match outcome {
                Ok(done) => done,
                Err(e) => return problem.set(Some(Problem::Read(e))),
            };
            let drafts = match import_file(done.draft_json.as_bytes()) {
                Ok(drafts) => drafts,
                Err(e) => return problem.set(Some(Problem::Draft(e))),
            };
            let Ok(mut review) = serde_json::from_str::<Review>(&done.review_json) else {
                return problem.set(Some(Problem::Read(ReadFailed::Crashed)));
            };
            // The checklist is this module's (the worker has the original
            // text's rules only), with the webmaster's catalogue.
            if let Some((_, plan)) = drafts.first() {
                let report = ed
                    .documents
                    .with_untracked(|c| crate::domain::checklist::evaluate_with(plan, c));
                review.add_checklist(&report);
            }
            let unplaced = drafts
                .first()
                .map(|(_, p)| p.unplaced.clone())
                .unwrap_or_default();
            plans.set_value(drafts);
            let name = name_of(&file_name, lang.get_untracked());
            shown.set(Some(Shown {
                name,
                review,
                unplaced,
            }));
            // The review replaces the form's end: the teacher is taken to it.
            request_animation_frame(move || {
                if let Some(h) = review_heading.get_untracked() {
                    crate::browser::focus::reveal_and_focus(&h);
                }
            });
        });
    };

    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = take_chosen_file(ev.target()) else {
            return;
        };
        // One document at a time (the input says so with aria-disabled).
        if busy() {
            return;
        }
        let size = file.size();
        if size > MAX_FILE_BYTES as f64 {
            let e = ReadError::TooLarge {
                size: size as usize,
                max: MAX_FILE_BYTES,
            };
            let failed = ReadFailed::Read(e.message(Lang::Vi), e.message(Lang::En));
            problem.set(Some(Problem::Read(failed)));
            return;
        }
        let name = file.name();
        leptos::task::spawn_local(async move {
            // The bytes stay in JavaScript: the buffer is moved to the worker.
            match read_buffer(file).await {
                Some(buffer) => run(ReadInput::File(buffer), name),
                None => {
                    let failed = ReadFailed::Read(
                        S::DraftImportReadFailed.t(Lang::Vi).into(),
                        S::DraftImportReadFailed.t(Lang::En).into(),
                    );
                    problem.set(Some(Problem::Read(failed)));
                }
            }
        });
    };

    let on_read = move |_| {
        if busy() {
            return;
        }
        let text = pasted.get_untracked();
        if text.trim().is_empty() {
            shown.set(None);
            problem.set(Some(Problem::PasteEmpty));
            return;
        }
        run(ReadInput::Text(text), String::new());
    };

    let on_edit = move |_| {
        let drafts = plans.get_value();
        match d.open_new(drafts) {
            Ok(()) => {
                plans.set_value(Vec::new());
                shown.set(None);
            }
            Err(e) => problem.set(Some(Problem::Save(e))),
        }
    };
    let on_cancel = move |_| {
        plans.set_value(Vec::new());
        shown.set(None);
        problem.set(None);
        d.focus("kh-open-file");
    };

    let status_text = move || match status.get() {
        Status::Idle => String::new(),
        Status::Loading => t(o::OpenLoading).to_string(),
        Status::Reading(name) => fill(t(o::OpenReading), &[("name", name_of(&name, lang.get()))]),
    };

    view! {
        <section class="kh-open" aria-labelledby="kh-open-title">
            <h3 id="kh-open-title" class="kh-start-drafts-title" tabindex="-1">
                {move || t(o::OpenTitle)}
            </h3>
            <p class="kh-help">{move || t(o::OpenIntro)}</p>
            <div class="kh-field">
                <label class="kh-label" for="kh-open-file">{move || t(o::OpenFile)}</label>
                <p class="kh-help" id="kh-open-file-help">{move || t(o::OpenFileHelp)}</p>
                <input
                    id="kh-open-file"
                    class="kh-file"
                    type="file"
                    accept=".docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
                    aria-describedby="kh-open-file-help"
                    aria-disabled=move || busy().then_some("true")
                    on:change=on_file
                />
            </div>
            <div class="kh-field">
                <label class="kh-label" for="kh-open-paste">{move || t(o::OpenPaste)}</label>
                <p class="kh-help" id="kh-open-paste-help">{move || t(o::OpenPasteHelp)}</p>
                <textarea
                    id="kh-open-paste"
                    class="kh-input kh-textarea"
                    rows="6"
                    aria-describedby="kh-open-paste-help"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))
                ></textarea>
            </div>
            <button
                type="button"
                class="kh-button kh-button-secondary"
                aria-disabled=move || busy().then_some("true")
                on:click=on_read
            >
                {move || t(o::OpenRead)}
            </button>
            <p class="kh-loading" role="status">{status_text}</p>
            <div role="alert">
                {move || {
                    problem
                        .get()
                        .map(|p| {
                            view! { <p class="kh-draft-fail">{move || p.message(lang.get())}</p> }
                        })
                }}
            </div>
            {move || {
                shown
                    .get()
                    .map(|s| {
                        view! {
                            <ReviewView
                                shown=s
                                heading=review_heading
                                on_edit=Callback::new(on_edit)
                                on_cancel=Callback::new(on_cancel)
                            />
                        }
                    })
            }}
        </section>
    }
    .into_any()
}

/// What the status and the review call the document.
fn name_of(name: &str, lang: Lang) -> String {
    if name.is_empty() {
        pick(o::OpenPasted, lang).to_string()
    } else {
        name.to_string()
    }
}

/// A label of the interface's table or of "Mở kế hoạch có sẵn"'s.
#[derive(Clone, Copy)]
enum Label {
    S(S),
    O((&'static str, &'static str)),
}

/// What was recognised, and the two ways on.
#[component]
fn ReviewView(
    /// The document under review.
    shown: Shown,
    /// Its heading, focused when it appears.
    heading: NodeRef<leptos::html::H4>,
    /// "Mở để sửa".
    on_edit: Callback<()>,
    /// "Hủy".
    on_cancel: Callback<()>,
) -> impl IntoView {
    let ed = Editor::get();
    let lang = ed.lang;
    let t = move |text: (&'static str, &'static str)| pick(text, lang.get());
    let Shown {
        name,
        review: r,
        unplaced,
    } = shown;
    let kind = match r.document {
        DocumentKind::Plan => o::OpenKindPlan,
        DocumentKind::Letter => o::OpenKindLetter,
        DocumentKind::Unknown => o::OpenKindUnknown,
    };
    let header_rows: Vec<(Label, String)> = [
        (Label::S(S::FieldParent), r.parent_body.clone()),
        (Label::S(S::FieldIssuer), r.issuer.clone()),
        (Label::O(o::OpenReference), r.reference.clone()),
        (Label::O(o::OpenDateLine), r.date_line.clone()),
        (Label::O(o::OpenDocTitle), r.title.clone()),
        (Label::S(S::FieldSubject), r.subject.clone()),
    ]
    .into_iter()
    .filter(|(_, v)| !v.trim().is_empty())
    .collect();
    let no_header = header_rows.is_empty();
    let header = header_rows
        .into_iter()
        .map(|(label, value)| {
            let label = move || match label {
                Label::S(s) => ed.t(s),
                Label::O(text) => t(text),
            };
            view! {
                <dt>{label}</dt>
                <dd>{value}</dd>
            }
        })
        .collect_view();
    let no_sections = r.sections.is_empty();
    let sections = r
        .sections
        .iter()
        .cloned()
        .map(|s| {
            let items = s.items;
            let heading = (!s.heading.is_empty()).then(|| format!(" ({})", s.heading));
            let first = (!s.first.is_empty()).then(|| {
                view! {
                    <br />
                    <span class="kh-open-first">{move || t(o::OpenFirst)} ": “" {s.first.clone()} "”"</span>
                }
            });
            view! {
                <li>
                    <strong>{move || ed.t(s.section.label())}</strong>
                    {heading}
                    " — "
                    {move || fill(t(o::OpenItems), &[("n", items)])}
                    {first}
                </li>
            }
        })
        .collect_view();
    let n_unplaced = unplaced.len();
    let unplaced_list = unplaced
        .into_iter()
        .map(|u| {
            let section = u.section;
            let heading = u.heading.clone();
            let place = move || match (section, heading.is_empty()) {
                (_, false) => heading.clone(),
                (Some(s), true) => ed.t(s.label()).to_string(),
                (None, true) => t(o::OpenUnplacedAbove).to_string(),
            };
            view! {
                <li>
                    <span class="kh-open-where">{place} ": "</span>
                    {u.text}
                </li>
            }
        })
        .collect_view();
    let (errors, warnings, hints) = (r.errors, r.warnings, r.hints);
    let completeness = r.completeness;
    let plans = r.plans;

    view! {
        <section class="kh-open-review" aria-labelledby="kh-open-review-title">
            <h4 id="kh-open-review-title" class="kh-open-review-title" tabindex="-1" node_ref=heading>
                {move || fill(t(o::OpenReviewTitle), &[("name", name.clone())])}
            </h4>
            <p class="kh-open-kind">{move || t(kind)}</p>
            <h5 class="kh-open-subtitle">{move || t(o::OpenHeader)}</h5>
            {if no_header {
                view! { <p class="kh-help">{move || t(o::OpenNoHeader)}</p> }.into_any()
            } else {
                view! { <dl class="kh-open-header">{header}</dl> }.into_any()
            }}
            <h5 class="kh-open-subtitle">{move || t(o::OpenSections)}</h5>
            {if no_sections {
                view! { <p class="kh-help">{move || t(o::OpenNoSections)}</p> }.into_any()
            } else {
                view! { <ul class="kh-open-sections">{sections}</ul> }.into_any()
            }}
            <h5 class="kh-open-subtitle">
                {move || fill(t(o::OpenUnplacedTitle), &[("n", n_unplaced)])}
            </h5>
            {if n_unplaced == 0 {
                view! { <p class="kh-help">{move || t(o::OpenUnplacedNone)}</p> }.into_any()
            } else {
                view! {
                    <p class="kh-help">{move || t(o::OpenUnplacedHelp)}</p>
                    <ol class="kh-open-unplaced">{unplaced_list}</ol>
                }
                    .into_any()
            }}
            <p class="kh-open-findings">
                {move || {
                    fill(
                        t(o::OpenFindings),
                        &[("errors", errors), ("warnings", warnings), ("hints", hints)],
                    )
                }}
                {completeness
                    .map(|n| {
                        view! { " " {move || fill(t(o::OpenCompleteness), &[("n", n)])} }
                    })}
            </p>
            {(plans > 1)
                .then(|| {
                    view! {
                        <p class="kh-help">{move || fill(t(o::OpenManyPlans), &[("n", plans)])}</p>
                    }
                })}
            <p class="kh-help" id="kh-open-edit-help">{move || t(o::OpenEditHelp)}</p>
            <div class="kh-open-actions">
                <button
                    type="button"
                    class="kh-button"
                    aria-describedby="kh-open-edit-help"
                    on:click=move |_| on_edit.run(())
                >
                    {move || t(o::OpenEdit)}
                </button>
                <button
                    type="button"
                    class="kh-button kh-button-secondary"
                    on:click=move |_| on_cancel.run(())
                >
                    {move || t(o::OpenCancel)}
                </button>
            </div>
        </section>
    }
}
