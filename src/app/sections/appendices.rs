//! A16 Phụ lục: optional appendices, each a title and its text (one
//! paragraph per line). The layout starts each on a new page and adds the
//! "(Kèm theo Kế hoạch số …)" line.

use crate::app::components::field::TextInput;
use crate::app::components::list::{
    add_button_id, numbered, or_item, snippet, IdList, RowControls, RowFieldset, RowFocus,
    RowsBlock,
};
use crate::app::state::use_translation;
use crate::domain::checklist::{AppendixPart, FieldRef};
use crate::domain::plan::list::Appendices;
use crate::domain::strings::S;
use crate::domain::{Appendix, ItemId};
use leptos::prelude::*;

fn title_id(id: ItemId) -> String {
    FieldRef::Appendix {
        id,
        part: AppendixPart::Title,
    }
    .dom_id()
}

/// The appendices.
#[component]
pub fn AppendicesEditor() -> impl IntoView {
    let lang = use_translation();
    let list = IdList::new(
        Appendices,
        RowFocus {
            field: title_id,
            after_delete: title_id,
            empty: Signal::stored(add_button_id(FieldRef::Appendices)),
            label: |a, lang| snippet(or_item(&a.title, lang.t(S::AppendixItem))),
        },
        None,
    );
    view! {
        <p class="kh-intro">{move || lang.t(S::AppendixIntro)}</p>
        <RowsBlock
            list
            field=FieldRef::Appendices
            row=move |id, controls| view! { <AppendixRow list id controls /> }
            empty=S::AppendixEmpty
            add_label=S::AppendixAdd
            make=|id| Appendix { id, ..Appendix::default() }
        />
    }
}

/// One appendix.
#[component]
fn AppendixRow(
    /// The list's wiring.
    list: IdList<Appendices>,
    /// The appendix's id.
    id: ItemId,
    /// Its position and the list's move / delete.
    controls: RowControls,
) -> impl IntoView {
    let lang = use_translation();
    let row = list.row(id);
    let (title, set_title) = list.text(row, id, |a| &a.title, |a, v| a.title = v);
    let (body, set_body) = list.text(row, id, |a| &a.body, |a, v| a.body = v);
    let name = Signal::derive(move || {
        let n = controls.index.get() + 1;
        numbered(lang.t(S::AppendixItem), n, &snippet(&title.get()))
    });
    let at = move |part| FieldRef::Appendix { id, part };
    view! {
        <RowFieldset name controls>
            <TextInput field=at(AppendixPart::Title) label=S::AppendixTitleLabel value=title on_input=set_title />
            <TextInput field=at(AppendixPart::Body) label=S::AppendixBodyLabel help=S::AppendixBodyHelp value=body on_input=set_body lines=4 />
        </RowFieldset>
    }
}
