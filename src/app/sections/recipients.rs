//! A14 Nơi nhận: the recipients one per line, the units after "Lưu: VT,",
//! and the list as Decree 30 prints it ("- …;" lines, "- Lưu: VT, …").

use crate::app::components::field::TextInput;
use crate::app::components::string_list::{StringList, RECIPIENTS};
use crate::app::state::{use_plan, use_translation};
use crate::domain::checklist::FieldRef;
use crate::domain::nd30::recipients_lines;
use crate::domain::strings::S;
use leptos::prelude::*;

/// The recipients and the archive line.
#[component]
pub fn RecipientsEditor() -> impl IntoView {
    let plan = use_plan();
    let lang = use_translation();
    let (archive, set_archive) = plan.text(|p| &p.archive_units, |p, v| p.archive_units = v);
    let lines = plan.slice(|p| recipients_lines(&p.recipients, &p.archive_units));
    view! {
        <StringList lines=RECIPIENTS />
        <TextInput field=FieldRef::ArchiveUnits label=S::ArchiveLabel help=S::ArchiveHelp value=archive on_input=set_archive />
        <section class="kh-mini-preview" aria-labelledby="kh-recipients-preview-title">
            <h3 class="kh-mini-preview-title" id="kh-recipients-preview-title">
                {move || lang.t(S::RecipientsPreview)}
            </h3>
            <div class="kh-mini-paper kh-recipients-block" lang="vi">
                <p class="kh-mini-label">"Nơi nhận:"</p>
                <ul class="kh-mini-lines">
                    {move || lines.get().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                </ul>
            </div>
        </section>
    }
}
