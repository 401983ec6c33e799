//! A11 Kinh phí: where the money comes from, one paragraph per line, with
//! ready-made sentences for the plan's kind and level.

use crate::app::components::field::TextField;
use crate::app::components::list::{focus_later, SuggestionPanel};
use crate::app::Editor;
use crate::domain::checklist::FieldRef;
use crate::domain::strings::S;
use crate::domain::templates::{suggested_texts, SuggestionKind};
use crate::domain::text::clean;
use leptos::prelude::*;

/// The funding paragraph(s).
#[component]
pub fn FundingEditor() -> impl IntoView {
    let ed = Editor::get();
    let value = ed.slice(|p| p.funding.clone());
    let set_value = Callback::new(move |v: String| ed.edit(|p| p.funding = clean(&v)));
    let texts = ed.slice(|p| {
        suggested_texts(
            SuggestionKind::Funding,
            p.kind,
            p.level,
            crate::app::admin_map(p),
        )
    });
    let items = Signal::derive(move || texts.with(|t| t.iter().map(|s| s.to_string()).collect()));
    let added = Signal::derive(move || {
        value.with(|v| texts.with(|t| t.iter().map(|s| v.contains(s)).collect()))
    });
    // A picked sentence becomes a paragraph of its own, after what is there.
    let on_pick = Callback::new(move |k: usize| {
        let Some(text) = texts.with_untracked(|t| t.get(k).copied()) else {
            return;
        };
        ed.edit(|p| append_line(&mut p.funding, text));
        focus_later(FieldRef::Funding.dom_id());
    });
    view! {
        <TextField
            id=FieldRef::Funding.dom_id()
            label=S::FundingLabel
            help=S::FundingHelp
            value=value
            on_input=set_value
            multiline=true
        />
        <SuggestionPanel title=S::FundingSuggestions items=items on_pick=on_pick added=added />
    }
}

/// Adds `line` as a new last line of `text`, unless it is there already.
fn append_line(text: &mut String, line: &str) {
    if text.contains(line) {
        return;
    }
    let kept = text.trim_end().len();
    text.truncate(kept);
    if !text.is_empty() {
        text.push('\n');
    }
    text.push_str(line);
}
