//! A11 Kinh phí: where the money comes from, one paragraph per line, with
//! ready-made sentences for the plan's kind and level.

use crate::app::components::field::TextInput;
use crate::app::components::suggestions::SuggestionPanel;
use crate::app::hooks::focus_later;
use crate::app::state::use_plan;
use crate::domain::checklist::FieldRef;
use crate::domain::strings::S;
use crate::domain::templates::{suggested_texts, SuggestionKind};
use leptos::prelude::*;

/// The funding paragraph(s).
#[component]
pub fn FundingEditor() -> impl IntoView {
    let plan = use_plan();
    let (value, set_value) = plan.text(|p| &p.funding, |p, v| p.funding = v);
    let texts = plan.slice(|p| suggested_texts(SuggestionKind::Funding, p.kind, p.level, crate::app::admin_map(p)));
    let items = Signal::derive(move || texts.with(|t| t.iter().map(|s| s.to_string()).collect()));
    let added = Signal::derive(move || {
        value.with(|v| texts.with(|t| t.iter().map(|s| v.contains(s)).collect()))
    });
    // A picked sentence becomes a paragraph of its own, after what is there.
    let on_pick = Callback::new(move |k: usize| {
        let Some(text) = texts.with_untracked(|t| t.get(k).copied()) else {
            return;
        };
        plan.edit(|p| append_line(&mut p.funding, text));
        focus_later(FieldRef::Funding.dom_id());
    });
    view! {
        <TextInput field=FieldRef::Funding label=S::FundingLabel help=S::FundingHelp value on_input=set_value lines=4 />
        <SuggestionPanel title=S::FundingSuggestions items on_pick added />
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
