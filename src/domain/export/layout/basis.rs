//! Căn cứ (ND30 §6, default Choice): one upright body paragraph per cited
//! document, each ending ";", then the lead-in ending ":".

use super::blocks::{para, Block};
use super::body::Body;
use super::kind::Kind;
use super::text::{clean_citation, lines, strip_end_punct};
use crate::domain::nd30;
use crate::domain::plan::Plan;
use crate::domain::section::SectionId;

/// Căn cứ paragraphs then the lead-in.
pub(super) fn layout(plan: &Plan, body: &mut Body) {
    let section = SectionId::Basis;
    let mut seen: Vec<String> = Vec::new();
    for citation in &plan.basis {
        let citation = clean_citation(citation);
        let key = nd30::citation_short(&citation);
        let numbered = !nd30::citation_reference(&citation).is_empty();
        let paragraph = if numbered && seen.contains(&key) {
            // ND30 PL I II.6.b: a document already cited is named short.
            format!("{} {};", citation.verb.word(), key)
        } else {
            nd30::basis_paragraph(&citation)
        };
        seen.push(key);
        body.push(para(Kind::Basis, Some(section), paragraph));
    }
    let lead = lines(&plan.lead_in);
    if lead.is_empty() {
        // Without a lead-in the căn cứ list ends the sentence.
        if let Some(Block::Para(p)) = body.blocks.last_mut() {
            if let Some(run) = p.runs.last_mut() {
                run.text = format!("{}.", strip_end_punct(&run.text));
            }
        }
        return;
    }
    let last = lead.len() - 1;
    for (i, line) in lead.into_iter().enumerate() {
        let line = if i == last {
            format!("{}:", strip_end_punct(line.trim_end_matches(':')))
        } else {
            line
        };
        body.push(para(Kind::LeadIn, Some(section), line));
    }
}
