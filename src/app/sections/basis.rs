//! A5–A6: the căn cứ (documents the plan rests on) and the lead-in sentence.
//!
//! Citations are structured rows, never one free paragraph: the checklist
//! checks each part (số, ký hiệu, ngày, cơ quan, trích yếu) and the exporter
//! writes them in the decree's order. Three ways in: type by hand, paste the
//! superior's "Căn cứ …" sentences and let the parser split them, or pick a
//! national document from the catalogue.

use crate::app::components::date_input::{date_text, DateInput};
use crate::app::components::field::{CheckBox, FieldDescription, TextInput};
use crate::app::components::list::{snippet, IdList, ListRow};
use crate::app::components::rows::{ListHeading, RowHead, RowsBlock};
use crate::app::hooks::focus_later;
use crate::app::state::{use_documents, use_plan, use_translation};
use crate::domain::catalogue::{Group, Status};
use crate::domain::checklist::{CitationPart, FieldRef};
use crate::domain::citation::{parse_citation, split_citations, CitationError};
use crate::domain::nd30::{basis_paragraph, citation_short};
use crate::domain::plan::list::Basis;
use crate::domain::strings::{Lang, S};
use crate::domain::templates::lead_in_for;
use crate::domain::{BasisVerb, Citation, Date, DocType, ItemId};
use leptos::prelude::*;

/// Id of the paste box.
const PASTE_ID: &str = "kh-basis-paste";
/// Id of the catalogue picker.
const CATALOGUE_ID: &str = "kh-basis-catalogue";

fn type_field(id: ItemId) -> FieldRef {
    FieldRef::Citation {
        id,
        part: CitationPart::Type,
    }
}

/// A5–A6 editor.
#[component]
pub fn BasisEditor() -> impl IntoView {
    let plan = use_plan();
    let lang = use_translation();
    let list = IdList::new(Basis, FieldRef::Basis, type_field)
        .named(|c, _| citation_short(c))
        .deletes_in_a_row("kh-citation")
        .when_empty(FieldRef::Basis.dom_id());
    let undo = list.undo;

    let (lead_in, set_lead_in) = plan.text(|p| &p.lead_in, |p, v| p.lead_in = v);
    let fill_lead_in = move |_| {
        let old = plan.with_untracked(|p| p.lead_in.clone());
        plan.edit(|p| p.lead_in = lead_in_for(p));
        if !old.trim().is_empty() && old != lead_in.get_untracked() {
            undo.deleted(snippet(&old), move || {
                let old = old.clone();
                plan.edit(|p| p.lead_in = old);
            });
        }
    };

    view! {
        <div class="kh-list-editor">
            <RowsBlock
                list
                row=|row| view! { <CitationRow row /> }
                add_label=S::BasisAdd
                heading=ListHeading {
                    legend: S::BasisListLabel,
                    help: S::BasisListHelp,
                    help_id: "kh-basis-help",
                }
            />
            <div class="kh-tools">
                <PasteBox />
                <CataloguePicker />
            </div>
        </div>
        <div class="kh-field-with-action">
            <TextInput field=FieldRef::LeadIn label=S::BasisLeadIn help=S::BasisLeadInHint value=lead_in on_input=set_lead_in lines=4 />
            <button type="button" class="kh-button kh-button-secondary kh-button-small" on:click=fill_lead_in>
                {move || lang.t(S::BasisLeadInFill)}
            </button>
        </div>
    }
}

/// One cited document.
#[component]
fn CitationRow(
    /// The citation's row.
    row: ListRow<Basis>,
) -> impl IntoView {
    let lang = use_translation();
    let (id, index, c) = (row.id, row.index(), row.item);
    let edit = move |f: Box<dyn FnOnce(&mut Citation)>| row.update(f);
    let text = move |get, set| row.text(get, set);
    let (number, set_number) = text(|c| &c.number, |c, v| c.number = v);
    let (symbol, set_symbol) = text(|c| &c.symbol, |c, v| c.symbol = v);
    let (issuer, set_issuer) = text(|c| &c.issuer, |c, v| c.issuer = v);
    let (subject, set_subject) = text(|c| &c.subject, |c, v| c.subject = v);
    // The date field keeps its own text, as in the header and the reports.
    let date = RwSignal::new(c.with_untracked(|c| date_text(c.date)));
    let set_date = Callback::new(move |d: Option<Date>| edit(Box::new(move |c| c.date = d)));
    let verb = Memo::new(move |_| c.with(|c| c.verb));
    let doc_type = Memo::new(move |_| c.with(|c| c.doc_type));
    let superior = Memo::new(move |_| c.with(|c| c.superior_plan));
    let set_superior = Callback::new(move |on| edit(Box::new(move |c| c.superior_plan = on)));
    let preview = Memo::new(move |_| c.with(basis_paragraph));

    let at = move |part| FieldRef::Citation { id, part };
    let type_dom = type_field(id).dom_id();
    let type_described = FieldDescription::new(at(CitationPart::Type), None);
    let verb_id = format!("kh-citation-{id}-verb");
    let superior_id = format!("kh-citation-{id}-superior");
    let item_label = Signal::derive(move || {
        format!(
            "{} {}: {}",
            lang.t(S::BasisItem),
            index.get() + 1,
            c.with(citation_short)
        )
    });

    view! {
        <li class="kh-row">
            <RowHead
                title=move || format!("{} {}", lang.t(S::BasisItem), index.get() + 1)
                item_label
                controls=row.controls
                actions=row.actions_id()
            />
            <div class="kh-grid">
                <div class="kh-field kh-row-field">
                    <label class="kh-label" for=verb_id.clone()>{move || lang.t(S::BasisVerb)}</label>
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
                    <label class="kh-label" for=type_dom.clone()>{move || lang.t(S::BasisDocType)}</label>
                    <select
                        id=type_dom
                        class="kh-input"
                        aria-describedby=type_described.ids()
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
                    {type_described.messages()}
                </div>
                <TextInput row=true field=at(CitationPart::Number) label=S::BasisNumber value=number on_input=set_number />
                <TextInput row=true field=at(CitationPart::Symbol) label=S::BasisSymbol help=S::BasisSymbolHint value=symbol on_input=set_symbol class="kh-span-2" />
                <DateInput row=true field=at(CitationPart::Date) label=S::BasisDate text=date on_change=set_date />
                <TextInput row=true field=at(CitationPart::Issuer) label=S::BasisIssuer value=issuer on_input=set_issuer class="kh-span-2" />
                <TextInput row=true field=at(CitationPart::Subject) label=S::BasisSubject value=subject on_input=set_subject lines=2 class="kh-span-all" />
            </div>
            <CheckBox id=superior_id checked=superior on_change=set_superior>
                {move || lang.t(S::BasisSuperior)}
            </CheckBox>
            <p class="kh-cite-preview">
                <span class="kh-cite-preview-label">{move || lang.t(S::BasisPreview)}</span>
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
    let plan = use_plan();
    let lang = use_translation();
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
            plan.edit(|p| {
                for c in parsed {
                    p.add_new(Basis, |id| Citation { id, ..c });
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
            <label class="kh-label" for=PASTE_ID>{move || lang.t(S::BasisPasteLabel)}</label>
            <p class="kh-help" id="kh-basis-paste-help">{move || lang.t(S::BasisPasteHelp)}</p>
            <textarea
                id=PASTE_ID
                class="kh-input kh-textarea"
                rows="4"
                aria-describedby="kh-basis-paste-help kh-basis-paste-status"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
            ></textarea>
            <button type="button" class="kh-button kh-button-small kh-tool-button" on:click=parse>
                {move || lang.t(S::BasisParse)}
            </button>
            <div id="kh-basis-paste-status" class="kh-parse-status" role="status" aria-live="polite">
                {move || {
                    outcome
                        .get()
                        .map(|o| {
                            let has_errors = !o.errors.is_empty();
                            view! {
                                <p class="kh-parse-count">
                                    {move || lang.t(S::BasisParsedCount)} " " {o.added}
                                </p>
                                <ul class="kh-msgs">
                                    {o
                                        .errors
                                        .into_iter()
                                        .map(|e| view! { <li class="kh-msg kh-msg-error">{e}</li> })
                                        .collect_view()}
                                </ul>
                                {has_errors
                                    .then(|| view! { <p class="kh-help">{move || lang.t(S::BasisParseKept)}</p> })}
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
    let plan = use_plan();
    let lang = use_translation();
    let documents = use_documents();
    let chosen = RwSignal::new(String::new());
    let added = RwSignal::new(None::<String>);
    let add = move |_| {
        let entry = documents
            .with_untracked(|cat| cat.by_id(&chosen.get_untracked()).cloned());
        let Some(entry) = entry else {
            focus_later(CATALOGUE_ID.to_string());
            return;
        };
        let c = entry.to_citation();
        let label = citation_short(&c);
        plan.edit(|p| p.add_new(Basis, |id| Citation { id, ..c }));
        added.set(Some(label));
    };
    let status_label = move |s: &Status| match s {
        Status::Replaced { .. } => Some(S::BasisCatalogueReplaced),
        Status::Ended => Some(S::BasisCatalogueEnded),
        _ => None,
    };
    view! {
        <div class="kh-tool">
            <label class="kh-label" for=CATALOGUE_ID>{move || lang.t(S::BasisCatalogueLabel)}</label>
            <p class="kh-help" id="kh-basis-catalogue-help">
                {move || lang.t(S::BasisCatalogueHelp)}
                " "
                {move || {
                    documents
                        .with(|c| if lang.get() == Lang::En { c.updated_en() } else { c.updated_vi() })
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
                    {move || lang.t(S::BasisCatalogueNone)}
                </option>
                {move || {
                    let en = lang.get() == Lang::En;
                    documents
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
                                                Some(n) => format!("{} ({})", e.label(), lang.t(n)),
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
                {move || lang.t(S::SuggestionAdd)}
            </button>
            <p class="kh-parse-status" role="status" aria-live="polite">
                {move || added.get().map(|l| format!("{} {l}", lang.t(S::BasisCatalogueAdded)))}
            </p>
        </div>
    }
}
