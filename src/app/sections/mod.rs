//! One editor per section of the plan.

mod appendices;
mod basis;
mod closing;
mod funding;
mod header;
mod organisation;
mod purposes;
mod recipients;
mod reporting;
mod signature;
mod targets;
mod tasks;
mod title;

use crate::domain::SectionId;
use leptos::prelude::*;

/// The editor of a section.
pub fn editor(section: SectionId) -> AnyView {
    match section {
        SectionId::Header => view! { <header::HeaderEditor /> }.into_any(),
        SectionId::Title => view! { <title::TitleEditor /> }.into_any(),
        SectionId::Basis => view! { <basis::BasisEditor /> }.into_any(),
        SectionId::Targets => view! { <targets::TargetsEditor /> }.into_any(),
        SectionId::Tasks => view! { <tasks::TasksEditor /> }.into_any(),
        SectionId::Purposes => view! { <purposes::PurposesEditor /> }.into_any(),
        SectionId::Organisation => view! { <organisation::OrganisationEditor /> }.into_any(),
        SectionId::Funding => view! { <funding::FundingEditor /> }.into_any(),
        SectionId::Reporting => view! { <reporting::ReportingEditor /> }.into_any(),
        SectionId::Closing => view! { <closing::ClosingEditor /> }.into_any(),
        SectionId::Signature => view! { <signature::SignatureEditor /> }.into_any(),
        SectionId::Recipients => view! { <recipients::RecipientsEditor /> }.into_any(),
        SectionId::Appendices => view! { <appendices::AppendicesEditor /> }.into_any(),
    }
}
