//! A date as Vietnamese write it: "03/11/2026", also "3/11/2026",
//! "03-11-2026" or "ngày 3 tháng 11 năm 2026" (`Date::parse_vi`). A native
//! date input would show mm/dd/yyyy in many browsers and empty itself while
//! half typed; this one keeps exactly what was typed, says at once (when
//! the field is left) that it cannot read it, and tidies a date it read to
//! dd/mm/yyyy.

use crate::app::components::field::FieldDescription;
use crate::app::state::use_translation;
use crate::domain::checklist::FieldRef;
use crate::domain::date::Date;
use crate::domain::strings::{fill, S};
use leptos::prelude::*;

/// The text a date field starts with.
pub fn date_text(date: Option<Date>) -> String {
    date.map(Date::dd_mm_yyyy).unwrap_or_default()
}

/// A labelled date field bound to one date of the plan.
#[component]
pub fn DateInput(
    /// The field: its DOM id and the checklist's messages about it.
    field: FieldRef,
    /// The label.
    label: S,
    /// Help under the label.
    #[prop(optional)]
    help: Option<S>,
    /// What the field shows: owned by the caller, who may put a date in
    /// (a key date picked); start it with [`date_text`].
    text: RwSignal<String>,
    /// Called with the date read (`None` for an empty field or one that
    /// cannot be read).
    #[prop(into)]
    on_change: Callback<Option<Date>>,
    /// Part of a list row: compact, placed by the row's grid.
    #[prop(optional)]
    row: bool,
) -> impl IntoView {
    let lang = use_translation();
    let id = field.dom_id();
    let help_id = format!("{id}-help");
    let unread_id = format!("{id}-unread");
    let d = FieldDescription::new(field, help.map(|_| help_id.clone()));
    let (invalid, described) = (d.invalid(), d.ids());
    // The text that could not be read, while it is in the field.
    let unread = RwSignal::new(None::<String>);
    let input = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        text.set(v.clone());
        if v.trim().is_empty() {
            unread.set(None);
            on_change.run(None);
        } else if let Ok(date) = Date::parse_vi(&v) {
            unread.set(None);
            on_change.run(Some(date));
        }
    };
    // Leaving the field: a date read is shown as dd/mm/yyyy; one that
    // cannot be read is said, kept as typed, and not in the plan.
    let leave = move |_| {
        let v = text.get_untracked();
        if v.trim().is_empty() {
            return;
        }
        match Date::parse_vi(&v) {
            Ok(date) => text.set(date.dd_mm_yyyy()),
            Err(_) => {
                unread.set(Some(v.trim().to_string()));
                on_change.run(None);
            }
        }
    };
    let unread_shown = {
        let unread_id = unread_id.clone();
        move || {
            unread.get().map(|v| {
                view! {
                    <p class="kh-msg kh-msg-error kh-date-unread" id=unread_id.clone() role="alert">
                        {move || fill(lang.t(S::DateUnreadable), &[("text", v.as_str())])}
                    </p>
                }
            })
        }
    };
    let described = move || {
        let ids = described();
        if unread.with(Option::is_none) {
            return ids;
        }
        Some(match ids {
            Some(ids) => format!("{ids} {unread_id}"),
            None => unread_id.clone(),
        })
    };
    let wrapper = if row {
        "kh-field kh-row-field"
    } else {
        "kh-field"
    };
    view! {
        <div class=wrapper>
            <label class="kh-label" for=id.clone()>
                {move || lang.t(label)}
            </label>
            {help.map(|h| view! { <p class="kh-help" id=help_id>{move || lang.t(h)}</p> })}
            <input
                id=id
                class="kh-input kh-input-date"
                type="text"
                autocomplete="off"
                placeholder=move || lang.t(S::DatePlaceholder)
                prop:value=move || text.get()
                on:input=input
                on:change=leave
                aria-invalid=move || if unread.with(Option::is_some) { Some("true") } else { invalid() }
                aria-describedby=described
            />
            {unread_shown}
            {d.messages()}
        </div>
    }
}
