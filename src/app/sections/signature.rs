//! A15 Signature block: quyền hạn prefix, the head's (or collective's)
//! title, the signer's own title under a prefix, the name, and a small live
//! picture of the block as it will print.

use crate::app::components::field::{findings_memo, FieldMessages, TextField};
use crate::app::Editor;
use crate::domain::checklist::{FieldRef, Severity};
use crate::domain::export::layout::{layout, Block, Kind};
use crate::domain::strings::S;
use crate::domain::text::clean;
use crate::domain::{Authority, Plan, Signer};
use leptos::prelude::*;

fn authority_label(a: Authority) -> S {
    match a {
        Authority::None => S::AuthorityNone,
        Authority::Tm => S::AuthorityTm,
        Authority::Kt => S::AuthorityKt,
        Authority::Q => S::AuthorityQ,
        Authority::Tl => S::AuthorityTl,
        Authority::Tuq => S::AuthorityTuq,
    }
}

/// A line of the printed block.
#[derive(Clone, PartialEq)]
enum Line {
    Title(String),
    Space,
    Name(String),
}

/// The right-hand column of the signature block, exactly as the layout
/// prints it (capitals, prefix, second title). Only the signer matters, so
/// a plan holding nothing else is laid out: cheap on every keystroke.
fn printed_lines(signer: &Signer) -> Vec<Line> {
    let plan = Plan {
        signer: signer.clone(),
        ..Plan::default()
    };
    let doc = layout(&plan);
    let cell = doc.blocks.iter().find_map(|b| match b {
        Block::Columns(c) if c.kind == Kind::Signature => c.rows.first().map(|r| &r[1]),
        _ => None,
    });
    cell.into_iter()
        .flatten()
        .filter_map(|b| match b {
            Block::Para(p) if p.kind == Kind::SignerName => Some(Line::Name(p.text())),
            Block::Para(p) => Some(Line::Title(p.text())),
            Block::Space(_) => Some(Line::Space),
            _ => None,
        })
        .collect()
}

/// The signer.
#[component]
pub fn SignatureEditor() -> impl IntoView {
    let ed = Editor::get();
    let authority = ed.slice(|p| p.signer.authority);
    let text = move |get: fn(&Signer) -> &String, set: fn(&mut Signer, String)| {
        (
            Signal::<String>::from(ed.slice(move |p| get(&p.signer).clone())),
            Callback::new(move |v: String| ed.edit(|p| set(&mut p.signer, clean(&v)))),
        )
    };
    let (title, set_title) = text(|s| &s.title, |s, v| s.title = v);
    let (deputy, set_deputy) = text(|s| &s.deputy_title, |s, v| s.deputy_title = v);
    let (name, set_name) = text(|s| &s.name, |s, v| s.name = v);
    let signer = ed.slice(|p| p.signer.clone());
    let lines = Memo::new(move |_| signer.with(printed_lines));

    let select_id = FieldRef::SignerAuthority.dom_id();
    let findings = findings_memo(&select_id);
    let msg_id = format!("{select_id}-msg");
    let help_id = format!("{select_id}-help");
    let described = {
        let (help_id, msg_id) = (help_id.clone(), msg_id.clone());
        move || {
            if findings.with(Vec::is_empty) {
                help_id.clone()
            } else {
                format!("{help_id} {msg_id}")
            }
        }
    };
    let invalid = move || {
        findings
            .with(|f| f.iter().any(|(s, _, _)| *s != Severity::Hint))
            .then_some("true")
    };
    let on_authority = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev)
            .parse::<usize>()
            .ok()
            .and_then(|i| Authority::ALL.get(i).copied());
        if let Some(a) = chosen {
            ed.edit(|p| p.signer.authority = a);
        }
    };

    view! {
        <div class="kh-field">
            <label class="kh-label" for=select_id.clone()>{move || ed.t(S::SignerAuthorityLabel)}</label>
            <p class="kh-help" id=help_id>{move || ed.t(S::SignerAuthorityHelp)}</p>
            <select
                id=select_id
                class="kh-input kh-select"
                on:change=on_authority
                aria-invalid=invalid
                aria-describedby=described
            >
                {Authority::ALL
                    .into_iter()
                    .enumerate()
                    .map(|(i, a)| {
                        view! {
                            <option value=i.to_string() prop:selected=move || authority.get() == a>
                                {move || ed.t(authority_label(a))}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <FieldMessages id=msg_id findings=findings />
        </div>
        <TextField
            id=FieldRef::SignerTitle.dom_id()
            label=S::SignerTitleLabel
            help=S::SignerTitleHelp
            value=title
            on_input=set_title
        />
        <Show when=move || authority.get().needs_second_title()>
            <TextField
                id=FieldRef::SignerDeputyTitle.dom_id()
                label=S::SignerDeputyLabel
                help=S::SignerDeputyHelp
                value=deputy
                on_input=set_deputy
            />
        </Show>
        <TextField
            id=FieldRef::SignerName.dom_id()
            label=S::FieldSignerName
            help=S::SignerNameHelp
            value=name
            on_input=set_name
        />
        <section class="kh-mini-preview" aria-labelledby="kh-signer-preview-title">
            <h3 class="kh-mini-preview-title" id="kh-signer-preview-title">
                {move || ed.t(S::SignerPreview)}
            </h3>
            <div class="kh-mini-paper kh-signer-block">
                {move || {
                    lines
                        .get()
                        .into_iter()
                        .map(|l| match l {
                            Line::Title(t) => view! { <p class="kh-mini-strong">{t}</p> }.into_any(),
                            Line::Space => view! {
                                <p class="kh-mini-space">{move || ed.t(S::SignerPreviewSpace)}</p>
                            }
                            .into_any(),
                            Line::Name(n) => view! { <p class="kh-mini-strong">{n}</p> }.into_any(),
                        })
                        .collect_view()
                }}
            </div>
        </section>
    }
}
