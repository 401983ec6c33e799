use crate::app::components::field::FieldMessages;
use crate::app::Editor;
use crate::domain::strings::S;
use crate::domain::SectionId;
use leptos::prelude::*;

/// A section whose editor is not built yet: it still shows every finding of
/// the checklist for the section, so nothing is hidden from the user.
#[component]
pub fn PendingEditor(
    /// The section.
    section: SectionId,
) -> impl IntoView {
    let ed = Editor::get();
    let findings = Memo::new(move |_| {
        ed.report.with(|r| {
            r.for_section(section)
                .map(|f| (f.severity, f.message.clone(), f.hint.clone()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <p class="kh-help">{move || ed.t(S::ComingSoon)}</p>
        <FieldMessages id=format!("kh-section-{}-msgs", section.code()) findings=findings />
    }
}
