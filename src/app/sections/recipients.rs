//! A14 Nơi nhận: the recipients one per line, the units after "Lưu: VT,",
//! and the list as Decree 30 prints it ("- …;" lines, "- Lưu: VT, …").

use crate::app::components::field::TextField;
use crate::app::components::list::StringList;
use crate::app::Editor;
use crate::domain::checklist::FieldRef;
use crate::domain::nd30::recipients_lines;
use crate::domain::strings::S;
use crate::domain::templates::{suggested_texts, SuggestionKind};
use crate::domain::text::clean;
use leptos::prelude::*;

fn recipient_id(i: usize) -> String {
    FieldRef::Recipient {
        index: u32::try_from(i).unwrap_or(u32::MAX),
    }
    .dom_id()
}

/// The recipients and the archive line.
#[component]
pub fn RecipientsEditor() -> impl IntoView {
    let ed = Editor::get();
    let items = ed.slice(|p| p.recipients.clone());
    let set_items = Callback::new(move |v: Vec<String>| ed.edit(|p| p.recipients = v));
    let sugg = ed.slice(|p| {
        suggested_texts(
            SuggestionKind::Recipient,
            p.kind,
            p.level,
            crate::app::admin_map(p),
        )
    });
    let archive = ed.slice(|p| p.archive_units.clone());
    let set_archive = Callback::new(move |v: String| ed.edit(|p| p.archive_units = clean(&v)));
    let lines = ed.slice(|p| recipients_lines(&p.recipients, &p.archive_units));
    view! {
        <StringList
            id=FieldRef::Recipients.dom_id()
            label=S::RecipientsLabel
            help=S::RecipientsHelp
            items=items
            on_change=set_items
            suggestions=sugg
            item_id=recipient_id
        />
        <TextField
            id=FieldRef::ArchiveUnits.dom_id()
            label=S::ArchiveLabel
            help=S::ArchiveHelp
            value=archive
            on_input=set_archive
        />
        <section class="kh-mini-preview" aria-labelledby="kh-recipients-preview-title">
            <h3 class="kh-mini-preview-title" id="kh-recipients-preview-title">
                {move || ed.t(S::RecipientsPreview)}
            </h3>
            <div class="kh-mini-paper kh-recipients-block" lang="vi">
                <p class="kh-mini-label">"Nơi nhận:"</p>
                <ul class="kh-mini-lines">
                    {move || {
                        lines.get().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()
                    }}
                </ul>
            </div>
        </section>
    }
}
