use crate::app::Editor;
use crate::domain::checklist::Severity;
use crate::domain::strings::S;
use leptos::prelude::*;

/// The checklist's findings for one input, as (severity, message, hint).
fn findings_for(ed: Editor, id: String) -> Memo<Vec<(Severity, String, String)>> {
    Memo::new(move |_| {
        let lang = ed.lang.get();
        ed.report.with(|r| {
            r.for_field(&id)
                .map(|f| (f.severity, f.message(lang).to_string(), f.hint.clone()))
                .collect()
        })
    })
}

fn severity_class(s: Severity) -> &'static str {
    match s {
        Severity::Error => "kh-msg kh-msg-error",
        Severity::Warning => "kh-msg kh-msg-warning",
        Severity::Hint => "kh-msg kh-msg-hint",
    }
}

/// A labelled text input bound to one part of the plan, showing the
/// checklist's messages for it (`aria-invalid`, `aria-describedby`).
#[component]
pub fn TextField(
    /// The DOM id the checklist uses for this field (`FieldRef::dom_id`).
    #[prop(into)]
    id: String,
    /// The label.
    label: S,
    /// Help shown under the label.
    #[prop(optional)]
    help: Option<S>,
    /// The current value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every input.
    #[prop(into)]
    on_input: Callback<String>,
    /// A multi-line text area instead of a one-line input.
    #[prop(optional)]
    multiline: bool,
    /// `type` of a one-line input (default "text").
    #[prop(optional)]
    input_type: Option<&'static str>,
) -> impl IntoView {
    let ed = Editor::get();
    let findings = findings_for(ed, id.clone());
    let help_id = format!("{id}-help");
    let msg_id = format!("{id}-msg");
    let described = {
        let (help_id, msg_id) = (help_id.clone(), msg_id.clone());
        move || {
            let mut ids = Vec::new();
            if help.is_some() {
                ids.push(help_id.clone());
            }
            if !findings.with(Vec::is_empty) {
                ids.push(msg_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = move || {
        findings
            .with(|f| f.iter().any(|(s, _, _)| *s != Severity::Hint))
            .then_some("true")
    };
    let input = move |ev: leptos::ev::Event| on_input.run(event_target_value(&ev));
    let control = if multiline {
        view! {
            <textarea
                id=id.clone()
                class="kh-input kh-textarea"
                rows="4"
                prop:value=move || value.get()
                on:input=input
                aria-invalid=invalid
                aria-describedby=described.clone()
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                class="kh-input"
                type=input_type.unwrap_or("text")
                prop:value=move || value.get()
                on:input=input
                aria-invalid=invalid
                aria-describedby=described
            />
        }
        .into_any()
    };
    view! {
        <div class="kh-field">
            <label class="kh-label" for=id.clone()>
                {move || ed.t(label)}
            </label>
            {help.map(|h| view! { <p class="kh-help" id=help_id.clone()>{move || ed.t(h)}</p> })}
            {control}
            <FieldMessages id=msg_id findings=findings />
        </div>
    }
}

/// The messages under a field (or a list), one per finding.
#[component]
pub fn FieldMessages(
    /// The id `aria-describedby` points to.
    id: String,
    /// The findings to show.
    findings: Memo<Vec<(Severity, String, String)>>,
) -> impl IntoView {
    let ed = Editor::get();
    view! {
        <Show when=move || !findings.with(Vec::is_empty)>
            <ul class="kh-msgs" id=id.clone()>
                <For
                    each=move || findings.get()
                    key=|f| f.clone()
                    children=move |(sev, msg, hint)| {
                        view! {
                            <li class=severity_class(sev)>
                                <strong>{move || sev.label(ed.lang.get())}": "</strong>
                                {msg}
                                <span class="kh-msg-hint-text">{hint}</span>
                            </li>
                        }
                    }
                />
            </ul>
        </Show>
    }
}

/// The findings for any DOM id (for lists that are not one input).
pub fn findings_memo(id: &str) -> Memo<Vec<(Severity, String, String)>> {
    findings_for(Editor::get(), id.to_string())
}
