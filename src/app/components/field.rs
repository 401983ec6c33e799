//! One labelled text input for every field of the plan, in a form or in a
//! list row, with the checklist's messages under it (`aria-invalid`,
//! `aria-describedby`), and the pieces other controls reuse for the same.

use crate::app::hooks::{use_findings, Message};
use crate::app::state::use_translation;
use crate::domain::checklist::{FieldRef, Severity};
use crate::domain::strings::S;
use leptos::prelude::*;

fn severity_class(s: Severity) -> &'static str {
    match s {
        Severity::Error => "kh-msg kh-msg-error",
        Severity::Warning => "kh-msg kh-msg-warning",
        Severity::Hint => "kh-msg kh-msg-hint",
    }
}

/// What describes a field (or a whole list) to assistive technology: its
/// help, and the checklist's messages while there are any.
#[derive(Clone)]
pub struct FieldDescription {
    pub findings: Memo<Vec<Message>>,
    /// Id of the element listing the messages ([`FieldMessages`]).
    pub msg_id: String,
    help_id: Option<String>,
}

impl FieldDescription {
    /// The description of `field`, whose help (if any) has the id `help_id`.
    pub fn new(field: FieldRef, help_id: Option<String>) -> FieldDescription {
        FieldDescription::at(&field.dom_id(), Some(field), help_id)
    }

    /// The description of the element with DOM id `dom_id`, showing the
    /// messages of `field` (none: an input the checklist never names).
    pub fn at(dom_id: &str, field: Option<FieldRef>, help_id: Option<String>) -> FieldDescription {
        FieldDescription {
            findings: match field {
                Some(f) => use_findings(f),
                None => Memo::new(|_| Vec::new()),
            },
            msg_id: format!("{dom_id}-msg"),
            help_id,
        }
    }

    /// `aria-describedby`, reactive: `None` when there is nothing to name.
    pub fn ids(&self) -> impl Fn() -> Option<String> + Clone + Send + Sync + 'static {
        let FieldDescription {
            findings,
            msg_id,
            help_id,
        } = self.clone();
        move || {
            let mut ids: Vec<&str> = help_id.iter().map(String::as_str).collect();
            if !findings.with(Vec::is_empty) {
                ids.push(&msg_id);
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    }

    /// `aria-invalid`, reactive: set while an error or a warning is shown.
    pub fn invalid(&self) -> impl Fn() -> Option<&'static str> + Copy + Send + Sync + 'static {
        let findings = self.findings;
        move || {
            findings
                .with(|f| f.iter().any(Message::is_problem))
                .then_some("true")
        }
    }

    /// The messages, for under the field.
    pub fn messages(&self) -> impl IntoView {
        view! { <FieldMessages id=self.msg_id.clone() findings=self.findings /> }
    }
}

/// A labelled text input bound to one field of the plan.
#[component]
pub fn TextInput(
    /// The field: its DOM id and the checklist's messages about it.
    field: FieldRef,
    /// The label.
    label: S,
    /// Help under the label.
    #[prop(optional)]
    help: Option<S>,
    /// The current value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every input.
    #[prop(into)]
    on_input: Callback<String>,
    /// Lines of a text area; 0 (default) gives a one-line input.
    #[prop(optional)]
    lines: u32,
    /// `type` of a one-line input (default "text").
    #[prop(optional)]
    input_type: Option<&'static str>,
    /// Id of a `<datalist>` offering values.
    #[prop(optional, into)]
    list: Option<String>,
    /// Part of a list row: compact, placed by the row's grid with `class`.
    #[prop(optional)]
    row: bool,
    /// Extra class of a row field (its grid placement).
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let lang = use_translation();
    let id = field.dom_id();
    let help_id = format!("{id}-help");
    let d = FieldDescription::new(field, help.map(|_| help_id.clone()));
    let (invalid, described) = (d.invalid(), d.ids());
    let input = move |ev: leptos::ev::Event| on_input.run(event_target_value(&ev));
    let control = if lines > 0 {
        // A row's text area is a line that grows, a form's a paragraph box.
        let class = if row {
            "kh-input kh-textarea kh-textarea-line"
        } else {
            "kh-input kh-textarea"
        };
        view! {
            <textarea
                id=id.clone()
                class=class
                rows=lines.to_string()
                prop:value=move || value.get()
                on:input=input
                aria-invalid=invalid
                aria-describedby=described
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                class="kh-input"
                type=input_type.unwrap_or("text")
                list=list
                prop:value=move || value.get()
                on:input=input
                aria-invalid=invalid
                aria-describedby=described
            />
        }
        .into_any()
    };
    let wrapper = if row {
        format!("kh-field kh-row-field {class}")
    } else {
        "kh-field".to_string()
    };
    view! {
        <div class=wrapper>
            <label class="kh-label" for=id>
                {move || lang.t(label)}
            </label>
            {help.map(|h| view! { <p class="kh-help" id=help_id>{move || lang.t(h)}</p> })}
            {control}
            {d.messages()}
        </div>
    }
}

/// The messages under a field (or a list), one per finding.
#[component]
pub fn FieldMessages(
    /// The id `aria-describedby` points to.
    id: String,
    /// The findings to show.
    findings: Memo<Vec<Message>>,
) -> impl IntoView {
    let lang = use_translation();
    view! {
        <Show when=move || !findings.with(Vec::is_empty)>
            <ul class="kh-msgs" id=id.clone()>
                <For
                    each=move || findings.get()
                    key=|m| m.clone()
                    children=move |m| {
                        let severity = m.severity;
                        view! {
                            <li class=severity_class(severity)>
                                <strong>{move || severity.label(lang.get())}": "</strong>
                                {m.text}
                                <span class="kh-msg-hint-text">{m.hint}</span>
                            </li>
                        }
                    }
                />
            </ul>
        </Show>
    }
}

/// A checkbox with its label after it.
#[component]
pub fn CheckBox(
    /// The input's DOM id.
    id: String,
    /// Whether it is ticked.
    #[prop(into)]
    checked: Signal<bool>,
    /// Called with the new state.
    on_change: Callback<bool>,
    /// The label's content.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="kh-check">
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=move || checked.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <label for=id>{children()}</label>
        </div>
    }
}
