//! A16 Phụ lục: optional appendices, each a title and its text (one
//! paragraph per line). The layout starts each on a new page and adds the
//! "(Kèm theo Kế hoạch số …)" line.

use crate::app::components::field::TextInput;
use crate::app::components::list::{numbered, or_item, snippet, IdList, ListRow};
use crate::app::components::rows::{RowFieldset, RowsBlock};
use crate::app::state::use_translation;
use crate::domain::checklist::{AppendixPart, FieldRef};
use crate::domain::plan::list::Appendices;
use crate::domain::strings::S;
use leptos::prelude::*;

/// The appendices.
#[component]
pub fn AppendicesEditor() -> impl IntoView {
    let lang = use_translation();
    let list = IdList::new(Appendices, FieldRef::Appendices, |id| {
        FieldRef::Appendix { id, part: AppendixPart::Title }
    })
        .named(|a, lang| snippet(or_item(&a.title, lang.t(S::AppendixItem))));
    view! {
        <p class="kh-intro">{move || lang.t(S::AppendixIntro)}</p>
        <RowsBlock list row=|row| view! { <AppendixRow row /> } empty=S::AppendixEmpty add_label=S::AppendixAdd />
    }
}

/// One appendix.
#[component]
fn AppendixRow(
    /// The appendix's row.
    row: ListRow<Appendices>,
) -> impl IntoView {
    let lang = use_translation();
    let (title, set_title) = row.text(|a| &a.title, |a, v| a.title = v);
    let (body, set_body) = row.text(|a| &a.body, |a, v| a.body = v);
    let name = Signal::derive(move || {
        let n = row.index().get() + 1;
        numbered(lang.t(S::AppendixItem), n, &snippet(&title.get()))
    });
    let at = move |part| FieldRef::Appendix { id: row.id, part };
    view! {
        <RowFieldset name controls=row.controls>
            <TextInput field=at(AppendixPart::Title) label=S::AppendixTitleLabel value=title on_input=set_title />
            <TextInput field=at(AppendixPart::Body) label=S::AppendixBodyLabel help=S::AppendixBodyHelp value=body on_input=set_body lines=4 />
        </RowFieldset>
    }
}
