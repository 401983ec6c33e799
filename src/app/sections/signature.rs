//! A15 Signature block: quyền hạn prefix, the head's (or collective's)
//! title, the signer's own title under a prefix, the name, and a small live
//! picture of the block as it will print.

use crate::app::components::field::{FieldDescription, TextInput};
use crate::app::state::{use_plan, use_translation};
use crate::domain::checklist::FieldRef;
use crate::domain::export::layout::{layout, Block, Kind};
use crate::domain::strings::S;
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
    let plan = use_plan();
    let lang = use_translation();
    let authority = plan.slice(|p| p.signer.authority);
    let (title, set_title) = plan.text(|p| &p.signer.title, |p, v| p.signer.title = v);
    let (deputy, set_deputy) =
        plan.text(|p| &p.signer.deputy_title, |p, v| p.signer.deputy_title = v);
    let (name, set_name) = plan.text(|p| &p.signer.name, |p, v| p.signer.name = v);
    let signer = plan.slice(|p| p.signer.clone());
    let lines = Memo::new(move |_| signer.with(printed_lines));

    let select_id = FieldRef::SignerAuthority.dom_id();
    let help_id = format!("{select_id}-help");
    let d = FieldDescription::new(FieldRef::SignerAuthority, Some(help_id.clone()));
    let on_authority = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev)
            .parse::<usize>()
            .ok()
            .and_then(|i| Authority::ALL.get(i).copied());
        if let Some(a) = chosen {
            plan.edit(|p| p.signer.authority = a);
        }
    };

    view! {
        <div class="kh-field">
            <label class="kh-label" for=select_id.clone()>{move || lang.t(S::SignerAuthorityLabel)}</label>
            <p class="kh-help" id=help_id>{move || lang.t(S::SignerAuthorityHelp)}</p>
            <select
                id=select_id
                class="kh-input kh-select"
                on:change=on_authority
                aria-invalid=d.invalid()
                aria-describedby=d.ids()
            >
                {Authority::ALL
                    .into_iter()
                    .enumerate()
                    .map(|(i, a)| {
                        view! {
                            <option value=i.to_string() prop:selected=move || authority.get() == a>
                                {move || lang.t(authority_label(a))}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            {d.messages()}
        </div>
        <TextInput field=FieldRef::SignerTitle label=S::SignerTitleLabel help=S::SignerTitleHelp value=title on_input=set_title />
        <Show when=move || authority.get().needs_second_title()>
            <TextInput field=FieldRef::SignerDeputyTitle label=S::SignerDeputyLabel help=S::SignerDeputyHelp value=deputy on_input=set_deputy />
        </Show>
        <TextInput field=FieldRef::SignerName label=S::FieldSignerName help=S::SignerNameHelp value=name on_input=set_name />
        <section class="kh-mini-preview" aria-labelledby="kh-signer-preview-title">
            <h3 class="kh-mini-preview-title" id="kh-signer-preview-title">
                {move || lang.t(S::SignerPreview)}
            </h3>
            <div class="kh-mini-paper kh-signer-block">
                {move || {
                    lines
                        .get()
                        .into_iter()
                        .map(|l| match l {
                            Line::Title(t) => view! { <p class="kh-mini-strong">{t}</p> }.into_any(),
                            Line::Space => view! {
                                <p class="kh-mini-space">{move || lang.t(S::SignerPreviewSpace)}</p>
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
