//! A5–A6: the căn cứ (documents the plan rests on) and the lead-in sentence.
//!
//! Citations are structured rows, never one free paragraph: the checklist
//! checks each part (số, ký hiệu, ngày, cơ quan, trích yếu) and the exporter
//! writes them in the decree's order. Three ways in: type by hand, paste the
//! superior's "Căn cứ …" sentences and let the parser split them, or pick a
//! national document from the catalogue.

use crate::app::components::field::{FieldMessages, TextField};
use crate::app::components::list::{
    firewall, focus_later, move_item, provide_findings_index, row_findings, snippet, use_undo,
    ItemActions, RowInput, UndoBar,
};
use crate::app::components::list::{row_text, Described};
use crate::app::Editor;
use crate::domain::catalogue::{Group, Status};
use crate::domain::checklist::{CitationPart, FieldRef};
use crate::domain::citation::{parse_citation, split_citations, CitationError};
use crate::domain::nd30::{basis_paragraph, citation_short};
use crate::domain::strings::{Lang, S};
use crate::domain::templates::lead_in_for;
use crate::domain::text::clean;
use crate::domain::{BasisVerb, Citation, Date, DocType, ItemId};
use leptos::prelude::*;

/// Id of the paste box.
const PASTE_ID: &str = "kh-basis-paste";
/// Id of the catalogue picker.
const CATALOGUE_ID: &str = "kh-basis-catalogue";

/// DOM id prefix of a row's move/delete buttons.
fn actions_id(id: ItemId) -> String {
    format!("kh-citation-{id}-act")
}

/// A5–A6 editor.
#[component]
pub fn BasisEditor() -> impl IntoView {
    let ed = Editor::get();
    provide_findings_index();
    let undo = use_undo();
    let ids = ed.slice(|p| p.basis.iter().map(|c| c.id).collect::<Vec<ItemId>>());
    let len = Memo::new(move |_| ids.with(Vec::len));
    let list_id = FieldRef::Basis.dom_id();
    let d = Described::new(&list_id, Some("kh-basis-help".to_string()));
    let (list_findings, list_msg_id, list_described) = (d.findings, d.msg_id.clone(), d.ids());

    let on_move = Callback::new(move |(i, d): (usize, isize)| {
        ed.edit(|p| {
            move_item(&mut p.basis, i, d);
        })
    });
    let list_focus = list_id.clone();
    let on_delete = Callback::new(move |i: usize| {
        let mut removed = None;
        let mut next = None;
        ed.edit(|p| {
            if i < p.basis.len() {
                removed = Some(p.basis.remove(i));
                next = p
                    .basis
                    .get(i.min(p.basis.len().saturating_sub(1)))
                    .map(|c| c.id);
            }
        });
        let Some(c) = removed else { return };
        undo.deleted(citation_short(&c), move || {
            let c = c.clone();
            let id = c.id;
            ed.edit(|p| {
                let at = i.min(p.basis.len());
                p.basis.insert(at, c);
            });
            focus_later(
                FieldRef::Citation {
                    id,
                    part: CitationPart::Type,
                }
                .dom_id(),
            );
        });
        focus_later(match next {
            Some(id) => format!("{}-delete", actions_id(id)),
            None => list_focus.clone(),
        });
    });
    let add_empty = move |_| {
        let mut new_id = 0;
        ed.edit(|p| {
            new_id = p.fresh_id();
            p.basis.push(Citation {
                id: new_id,
                ..Citation::default()
            });
        });
        focus_later(
            FieldRef::Citation {
                id: new_id,
                part: CitationPart::Type,
            }
            .dom_id(),
        );
    };

    let lead_in = ed.slice(|p| p.lead_in.clone());
    let set_lead_in = Callback::new(move |v: String| ed.edit(|p| p.lead_in = clean(&v)));
    let fill_lead_in = move |_| {
        let old = ed.plan.with_untracked(|p| p.lead_in.clone());
        ed.edit(|p| p.lead_in = lead_in_for(p));
        if !old.trim().is_empty() && old != lead_in.get_untracked() {
            undo.deleted(snippet(&old), move || {
                let old = old.clone();
                ed.edit(|p| p.lead_in = old);
            });
        }
    };

    view! {
        <div class="kh-list-editor">
            <fieldset
                class="kh-list-field"
                id=list_id.clone()
                tabindex="-1"
                aria-describedby=list_described
            >
                <legend class="kh-label">{move || ed.t(S::BasisListLabel)}</legend>
                <p class="kh-help" id="kh-basis-help">{move || ed.t(S::BasisListHelp)}</p>
                <FieldMessages id=list_msg_id findings=list_findings />
                <ol class="kh-rows">
                    <For
                        each=move || ids.get()
                        key=|id| *id
                        children=move |id| {
                            let index = Memo::new(move |_| {
                                ids.with(|v| v.iter().position(|x| *x == id).unwrap_or(0))
                            });
                            view! {
                                <CitationRow
                                    id=id
                                    index=index
                                    len=len
                                    on_move=on_move
                                    on_delete=on_delete
                                />
                            }
                        }
                    />
                </ol>
                <button type="button" class="kh-button kh-button-secondary kh-add" on:click=add_empty>
                    {move || ed.t(S::BasisAdd)}
                </button>
            </fieldset>
            <UndoBar handle=undo />
            <div class="kh-tools">
                <PasteBox />
                <CataloguePicker />
            </div>
        </div>
        <div class="kh-field-with-action">
            <TextField
                id=FieldRef::LeadIn.dom_id()
                label=S::BasisLeadIn
                help=S::BasisLeadInHint
                value=lead_in
                on_input=set_lead_in
                multiline=true
            />
            <button type="button" class="kh-button kh-button-secondary kh-button-small" on:click=fill_lead_in>
                {move || ed.t(S::BasisLeadInFill)}
            </button>
        </div>
    }
}

/// One cited document.
#[component]
fn CitationRow(
    id: ItemId,
    index: Memo<usize>,
    len: Memo<usize>,
    on_move: Callback<(usize, isize)>,
    on_delete: Callback<usize>,
) -> impl IntoView {
    let ed = Editor::get();
    // The row's own copy (behind a firewall): typing in another row does
    // not reach this one.
    let c = firewall(move |p| {
        p.basis
            .iter()
            .find(|c| c.id == id)
            .cloned()
            .unwrap_or_default()
    });
    let edit = move |f: Box<dyn FnOnce(&mut Citation)>| {
        ed.edit(|p| {
            if let Some(c) = p.basis.iter_mut().find(|c| c.id == id) {
                f(c);
            }
        })
    };
    let text = move |get, set| row_text(c, edit, get, set);
    let (number, set_number) = text(|c| &c.number, |c, v| c.number = v);
    let (symbol, set_symbol) = text(|c| &c.symbol, |c, v| c.symbol = v);
    let (issuer, set_issuer) = text(|c| &c.issuer, |c, v| c.issuer = v);
    let (subject, set_subject) = text(|c| &c.subject, |c, v| c.subject = v);
    // The date input keeps its own text, as in the header and the reports:
    // Chromium reports "" while a date is half typed (retyping one segment
    // of a full date), and writing that back would wipe the whole date.
    let date = RwSignal::new(c.with_untracked(|c| c.date.map(Date::iso).unwrap_or_default()));
    let set_date =
        Callback::new(move |v: String| edit(Box::new(move |c| c.date = Date::parse_iso(&v).ok())));
    let verb = Memo::new(move |_| c.with(|c| c.verb));
    let doc_type = Memo::new(move |_| c.with(|c| c.doc_type));
    let superior = Memo::new(move |_| c.with(|c| c.superior_plan));
    let preview = Memo::new(move |_| c.with(basis_paragraph));

    let at = move |part| FieldRef::Citation { id, part }.dom_id();
    let type_id = at(CitationPart::Type);
    let type_findings = row_findings(&type_id);
    let type_msg = format!("{type_id}-msg");
    let verb_id = format!("kh-citation-{id}-verb");
    let superior_id = format!("kh-citation-{id}-superior");
    let item_label = Signal::derive(move || {
        format!(
            "{} {}: {}",
            ed.t(S::BasisItem),
            index.get() + 1,
            c.with(citation_short)
        )
    });

    view! {
        <li class="kh-row">
            <div class="kh-row-head">
                <h3 class="kh-row-title">
                    {move || ed.t(S::BasisItem)} " " {move || index.get() + 1}
                </h3>
                <ItemActions
                    item_label=item_label
                    index=index
                    len=len
                    on_move=on_move
                    on_delete=on_delete
                    id_prefix=actions_id(id)
                />
            </div>
            <div class="kh-grid">
                <div class="kh-field kh-row-field">
                    <label class="kh-label" for=verb_id.clone()>{move || ed.t(S::BasisVerb)}</label>
                    <select
                        id=verb_id
                        class="kh-input"
                        on:change=move |ev| {
                            let v = if event_target_value(&ev) == "thuc-hien" {
                                BasisVerb::ThucHien
                            } else {
                                BasisVerb::CanCu
                            };
                            edit(Box::new(move |c| c.verb = v));
                        }
                    >
                        <option value="can-cu" selected=move || verb.get() == BasisVerb::CanCu>
                            {BasisVerb::CanCu.word()}
                        </option>
                        <option value="thuc-hien" selected=move || verb.get() == BasisVerb::ThucHien>
                            {BasisVerb::ThucHien.word()}
                        </option>
                    </select>
                </div>
                <div class="kh-field kh-row-field kh-span-2">
                    <label class="kh-label" for=type_id.clone()>{move || ed.t(S::BasisDocType)}</label>
                    <select
                        id=type_id
                        class="kh-input"
                        aria-describedby=move || (!type_findings.with(Vec::is_empty)).then(|| type_msg.clone())
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            if let Some(t) = DocType::ALL.into_iter().find(|t| t.name_vi() == v) {
                                edit(Box::new(move |c| c.doc_type = t));
                            }
                        }
                    >
                        {DocType::ALL
                            .into_iter()
                            .map(|t| {
                                view! {
                                    <option value=t.name_vi() selected=move || doc_type.get() == t>
                                        {t.name_vi()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                    <FieldMessages id=format!("{}-msg", at(CitationPart::Type)) findings=type_findings />
                </div>
                <RowInput id=at(CitationPart::Number) label=S::BasisNumber value=number on_input=set_number />
                <RowInput id=at(CitationPart::Symbol) label=S::BasisSymbol help=S::BasisSymbolHint value=symbol on_input=set_symbol class="kh-span-2" />
                <RowInput id=at(CitationPart::Date) label=S::BasisDate value=date on_input=set_date input_type="date" />
                <RowInput id=at(CitationPart::Issuer) label=S::BasisIssuer value=issuer on_input=set_issuer class="kh-span-2" />
                <RowInput id=at(CitationPart::Subject) label=S::BasisSubject value=subject on_input=set_subject rows=2 class="kh-span-all" />
            </div>
            <div class="kh-check">
                <input
                    type="checkbox"
                    id=superior_id.clone()
                    prop:checked=move || superior.get()
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        edit(Box::new(move |c| c.superior_plan = on));
                    }
                />
                <label for=superior_id>{move || ed.t(S::BasisSuperior)}</label>
            </div>
            <p class="kh-cite-preview">
                <span class="kh-cite-preview-label">{move || ed.t(S::BasisPreview)}</span>
                " "
                {move || preview.get()}
            </p>
        </li>
    }
}

/// What the last "Phân tích" did.
#[derive(Clone, Default)]
struct ParseOutcome {
    added: usize,
    /// One line per piece that failed: the piece and why.
    errors: Vec<String>,
}

/// "Dán trích dẫn văn bản": pasted sentences become structured rows; what
/// cannot be read stays in the box with the reason.
#[component]
fn PasteBox() -> impl IntoView {
    let ed = Editor::get();
    let text = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<ParseOutcome>);
    let parse = move |_| {
        let pasted = text.get_untracked();
        let pieces = split_citations(&pasted);
        let mut out = ParseOutcome::default();
        let mut parsed = Vec::new();
        let mut kept = Vec::new();
        if pieces.is_empty() {
            out.errors.push(CitationError::Empty.to_string());
        }
        for piece in pieces {
            match parse_citation(piece) {
                Ok(c) => parsed.push(c),
                Err(e) => {
                    out.errors.push(format!("“{}”: {e}", snippet(piece)));
                    kept.push(piece.to_string());
                }
            }
        }
        out.added = parsed.len();
        if !parsed.is_empty() {
            ed.edit(|p| {
                for mut c in parsed {
                    c.id = p.fresh_id();
                    p.basis.push(c);
                }
            });
        }
        // Nothing is lost: the pieces that failed stay for the user to fix.
        if !kept.is_empty() || out.added > 0 {
            text.set(kept.join(";\n"));
        }
        outcome.set(Some(out));
    };
    view! {
        <div class="kh-tool">
            <label class="kh-label" for=PASTE_ID>{move || ed.t(S::BasisPasteLabel)}</label>
            <p class="kh-help" id="kh-basis-paste-help">{move || ed.t(S::BasisPasteHelp)}</p>
            <textarea
                id=PASTE_ID
                class="kh-input kh-textarea"
                rows="4"
                aria-describedby="kh-basis-paste-help kh-basis-paste-status"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
            ></textarea>
            <button type="button" class="kh-button kh-button-small kh-tool-button" on:click=parse>
                {move || ed.t(S::BasisParse)}
            </button>
            <div id="kh-basis-paste-status" class="kh-parse-status" role="status" aria-live="polite">
                {move || {
                    outcome
                        .get()
                        .map(|o| {
                            let has_errors = !o.errors.is_empty();
                            view! {
                                <p class="kh-parse-count">
                                    {move || ed.t(S::BasisParsedCount)} " " {o.added}
                                </p>
                                <ul class="kh-msgs">
                                    {o
                                        .errors
                                        .into_iter()
                                        .map(|e| view! { <li class="kh-msg kh-msg-error">{e}</li> })
                                        .collect_view()}
                                </ul>
                                {has_errors
                                    .then(|| view! { <p class="kh-help">{move || ed.t(S::BasisParseKept)}</p> })}
                            }
                        })
                }}
            </div>
        </div>
    }
}

/// The national documents, grouped as in the catalogue.
#[component]
fn CataloguePicker() -> impl IntoView {
    let ed = Editor::get();
    let chosen = RwSignal::new(String::new());
    let added = RwSignal::new(None::<String>);
    let add = move |_| {
        let entry = ed
            .catalogue
            .with_untracked(|cat| cat.by_id(&chosen.get_untracked()).cloned());
        let Some(entry) = entry else {
            focus_later(CATALOGUE_ID.to_string());
            return;
        };
        let mut c = entry.to_citation();
        let label = citation_short(&c);
        ed.edit(|p| {
            c.id = p.fresh_id();
            p.basis.push(c);
        });
        added.set(Some(label));
    };
    let status_label = move |s: &Status| match s {
        Status::Replaced { .. } => Some(S::BasisCatalogueReplaced),
        Status::Ended => Some(S::BasisCatalogueEnded),
        _ => None,
    };
    view! {
        <div class="kh-tool">
            <label class="kh-label" for=CATALOGUE_ID>{move || ed.t(S::BasisCatalogueLabel)}</label>
            <p class="kh-help" id="kh-basis-catalogue-help">
                {move || ed.t(S::BasisCatalogueHelp)}
                " "
                {move || {
                    ed.catalogue
                        .with(|c| if ed.lang.get() == Lang::En { c.updated_en() } else { c.updated_vi() })
                }}
                "."
            </p>
            <select
                id=CATALOGUE_ID
                class="kh-input"
                aria-describedby="kh-basis-catalogue-help"
                on:change=move |ev| chosen.set(event_target_value(&ev))
            >
                <option value="" selected=move || chosen.with(String::is_empty)>
                    {move || ed.t(S::BasisCatalogueNone)}
                </option>
                {move || {
                    let en = ed.lang.get() == Lang::En;
                    ed.catalogue
                        .with(|cat| {
                            Group::ALL
                                .into_iter()
                                .map(|g| {
                                    let title = if en { g.title_en() } else { g.title_vi() };
                                    let options = cat
                                        .entries()
                                        .iter()
                                        .filter(|e| e.group == g)
                                        .map(|e| {
                                            let text = match status_label(&e.status) {
                                                Some(n) => format!("{} ({})", e.label(), ed.t(n)),
                                                None => e.label(),
                                            };
                                            let id = e.id.clone();
                                            let value = e.id.clone();
                                            view! {
                                                <option
                                                    value=value
                                                    selected=move || chosen.with(|c| *c == id)
                                                >
                                                    {text}
                                                </option>
                                            }
                                        })
                                        .collect_view();
                                    view! { <optgroup label=title>{options}</optgroup> }
                                })
                                .collect_view()
                        })
                }}
            </select>
            <button type="button" class="kh-button kh-button-small kh-tool-button" on:click=add>
                {move || ed.t(S::SuggestionAdd)}
            </button>
            <p class="kh-parse-status" role="status" aria-live="polite">
                {move || added.get().map(|l| format!("{} {l}", ed.t(S::BasisCatalogueAdded)))}
            </p>
        </div>
    }
}
