//! One editor per section of the plan, in a file named after the section
//! (its rules are in `checklist::check`, its layout in `export::layout`).

use crate::domain::SectionId;
use leptos::prelude::*;

/// Declares the section modules and `editor`, which mounts a section's
/// editor: one line per section.
macro_rules! section_editors {
    ($($section:ident => $module:ident::$editor:ident,)*) => {
        $(mod $module;)*

        /// The editor of a section.
        pub fn editor(section: SectionId) -> AnyView {
            match section {
                $(SectionId::$section => view! { <$module::$editor /> }.into_any(),)*
            }
        }
    };
}

section_editors! {
    Header => header::HeaderEditor,
    Title => title::TitleEditor,
    Basis => basis::BasisEditor,
    Purposes => purposes::PurposesEditor,
    Targets => targets::TargetsEditor,
    Tasks => tasks::TasksEditor,
    Organisation => organisation::OrganisationEditor,
    Funding => funding::FundingEditor,
    Reporting => reporting::ReportingEditor,
    Closing => closing::ClosingEditor,
    Signature => signature::SignatureEditor,
    Recipients => recipients::RecipientsEditor,
    Appendices => appendices::AppendicesEditor,
}
