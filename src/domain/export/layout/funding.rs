//! Kinh phí: the funding text, under its own heading when written.

use super::body::Body;
use super::kind::Kind;
use super::text::lines;
use crate::domain::plan::Plan;
use crate::domain::section::SectionId;

/// "KINH PHÍ" and its paragraphs.
pub(super) fn layout(plan: &Plan, body: &mut Body) {
    if lines(&plan.funding).is_empty() {
        return;
    }
    body.section("KINH PHÍ", SectionId::Funding);
    body.text(Kind::Text, &plan.funding, SectionId::Funding);
}
