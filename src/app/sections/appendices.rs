//! A16 Phụ lục: optional appendices, each a title and its text (one
//! paragraph per line). The layout starts each on a new page and adds the
//! "(Kèm theo Kế hoạch số …)" line.

use super::organisation::{capitalised, IdList};
use crate::app::components::field::{FieldMessages, TextField};
use crate::app::components::list::{snippet, ItemActions, UndoBar};
use crate::app::Editor;
use crate::domain::checklist::{AppendixPart, FieldRef};
use crate::domain::strings::S;
use crate::domain::text::clean;
use crate::domain::{Appendix, ItemId, Plan};
use leptos::prelude::*;

fn appendices(p: &Plan) -> &Vec<Appendix> {
    &p.appendices
}
fn appendices_mut(p: &mut Plan) -> &mut Vec<Appendix> {
    &mut p.appendices
}

const LIST: IdList<Appendix> = IdList {
    get: appendices,
    get_mut: appendices_mut,
    id_of: |a| a.id,
};

fn title_id(id: ItemId) -> String {
    FieldRef::Appendix {
        id,
        part: AppendixPart::Title,
    }
    .dom_id()
}

fn body_id(id: ItemId) -> String {
    FieldRef::Appendix {
        id,
        part: AppendixPart::Body,
    }
    .dom_id()
}

/// The appendices.
#[component]
pub fn AppendicesEditor() -> impl IntoView {
    let ed = Editor::get();
    let w = LIST.wiring(
        ed,
        FieldRef::Appendices,
        |t| &t.title,
        S::AppendixItem,
        title_id,
        |id| Appendix {
            id,
            ..Appendix::default()
        },
    );
    let (list_findings, list_msg_id, described) = (
        w.described.findings,
        w.described.msg_id.clone(),
        w.described.ids(),
    );
    view! {
        <p class="kh-intro">{move || ed.t(S::AppendixIntro)}</p>
        <div class="kh-rows" id=w.list_id.clone() tabindex="-1" aria-describedby=described>
            <FieldMessages id=list_msg_id findings=list_findings />
            <Show when=move || w.len.get() == 0>
                <p class="kh-list-empty">{move || ed.t(S::AppendixEmpty)}</p>
            </Show>
            <ol class="kh-row-list">
                <For
                    each=move || w.ids.get()
                    key=|id| *id
                    children=move |id| {
                        view! { <AppendixRow id=id len=w.len on_move=w.on_move on_delete=w.on_delete /> }
                    }
                />
            </ol>
            <button type="button" class="kh-button kh-button-secondary kh-add" id=w.add_id on:click=move |_| w.add.run(())>
                {move || ed.t(S::AppendixAdd)}
            </button>
        </div>
        <UndoBar handle=w.undo />
    }
}

/// One appendix.
#[component]
fn AppendixRow(
    /// The appendix's id.
    id: ItemId,
    /// Length of the list.
    len: Memo<usize>,
    /// Move callback of the list.
    on_move: Callback<(usize, isize)>,
    /// Delete callback of the list.
    on_delete: Callback<usize>,
) -> impl IntoView {
    let ed = Editor::get();
    let index = LIST.index(ed, id);
    let title = LIST.part(ed, id, |a| a.title.clone());
    let body = LIST.part(ed, id, |a| a.body.clone());
    let set_title = Callback::new(move |v: String| LIST.update(ed, id, |a| a.title = clean(&v)));
    let set_body = Callback::new(move |v: String| LIST.update(ed, id, |a| a.body = clean(&v)));
    let name = Signal::derive(move || {
        let n = index.get() + 1;
        let item = ed.t(S::AppendixItem);
        let t = title.get();
        let t = t.trim();
        if t.is_empty() {
            format!("{item} {n}")
        } else {
            format!("{item} {n} ({})", snippet(t))
        }
    });
    let legend = move || capitalised(&name.get());
    view! {
        <li class="kh-row">
            <fieldset class="kh-row-fieldset">
                <legend class="kh-row-legend">{legend}</legend>
                <TextField id=title_id(id) label=S::AppendixTitleLabel value=title on_input=set_title />
                <TextField
                    id=body_id(id)
                    label=S::AppendixBodyLabel
                    help=S::AppendixBodyHelp
                    value=body
                    on_input=set_body
                    multiline=true
                />
                <ItemActions item_label=name index=index len=len on_move=on_move on_delete=on_delete />
            </fieldset>
        </li>
    }
}
