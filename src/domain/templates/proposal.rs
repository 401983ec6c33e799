//! Proposed text: what this tool wrote into a plan is a proposal until the
//! teacher has read it. A starter's sections are recorded with a
//! fingerprint of their content ([`propose`]); a section whose content
//! still has that fingerprint is "Gợi ý sẵn — hãy đọc và sửa" in the
//! checklist and counts for nothing in the completeness. Editing the
//! section changes its content, and [`keep`] ("Giữ nội dung này") takes the
//! text as it is: either way it is the teacher's from then on.
//!
//! The lead-in and the closing follow other edits while they are still
//! generated (`edit_following`); a generated one counts as proposed text,
//! whatever it now says, so that a new issuer name does not turn an unread
//! closing into the teacher's.

use super::{closing_for, lead_in_for};
use crate::domain::plan::{Plan, Proposal};
use crate::domain::section::SectionId;
use serde::Serialize;

/// Records `sections` of `plan` as proposed, as they are now (those that
/// hold anything).
pub fn propose(plan: &mut Plan, sections: impl IntoIterator<Item = SectionId>) {
    for section in sections {
        if !plan.has_content(section) {
            continue;
        }
        let fingerprint = fingerprint(plan, section);
        plan.proposed.retain(|p| p.section != section);
        plan.proposed.push(Proposal {
            section,
            fingerprint,
        });
    }
}

/// Does `section` still hold exactly the text proposed for it?
pub fn is_proposed(plan: &Plan, section: SectionId) -> bool {
    plan.proposed
        .iter()
        .any(|p| p.section == section && p.fingerprint == fingerprint(plan, section))
}

/// "Giữ nội dung này": the section's text is the teacher's now.
pub fn keep(plan: &mut Plan, section: SectionId) {
    plan.proposed.retain(|p| p.section != section);
}

/// FNV-1a (32 bits) of the section's content as JSON: stable across
/// builds, since drafts store it.
fn fingerprint(plan: &Plan, section: SectionId) -> u32 {
    let mut sink = Fnv(0x811c_9dc5);
    let _ = match section {
        SectionId::Header => serde_json::to_writer(&mut sink, &plan.header),
        SectionId::Title => serde_json::to_writer(&mut sink, &(&plan.title, plan.period)),
        SectionId::Basis => {
            let lead_in = following(&plan.lead_in, &lead_in_for(plan));
            serde_json::to_writer(&mut sink, &(&plan.basis, lead_in))
        }
        SectionId::Purposes => serde_json::to_writer(
            &mut sink,
            &(&plan.theme, &plan.purposes, &plan.requirements),
        ),
        SectionId::Targets => serde_json::to_writer(&mut sink, &(&plan.general_aim, &plan.targets)),
        SectionId::Tasks => serde_json::to_writer(&mut sink, &plan.task_groups),
        SectionId::Organisation => serde_json::to_writer(&mut sink, &plan.assignments),
        SectionId::Funding => serde_json::to_writer(&mut sink, &plan.funding),
        SectionId::Reporting => serde_json::to_writer(&mut sink, &plan.reports),
        SectionId::Closing => {
            serde_json::to_writer(&mut sink, &following(&plan.closing, &closing_for(plan)))
        }
        SectionId::Recipients => {
            serde_json::to_writer(&mut sink, &(&plan.recipients, &plan.archive_units))
        }
        SectionId::Signature => serde_json::to_writer(&mut sink, &plan.signer),
        SectionId::Appendices => serde_json::to_writer(&mut sink, &plan.appendices),
    };
    sink.0
}

/// A text that follows other edits while generated: the same mark
/// whatever it says while it is the generated text.
fn following<'a>(text: &'a str, generated: &str) -> Following<'a> {
    if text == generated {
        Following::Generated
    } else {
        Following::Written(text)
    }
}

#[derive(Serialize)]
enum Following<'a> {
    Generated,
    Written(&'a str),
}

/// The FNV-1a hash of the bytes written to it.
struct Fnv(u32);

impl std::io::Write for Fnv {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        for &b in bytes {
            self.0 = (self.0 ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::{IssuerLevel, PlanKind};
    use crate::domain::templates::{edit_following, starter};

    fn proposed_starter() -> Plan {
        let mut plan = starter(PlanKind::Annual, IssuerLevel::TieuHoc, 2027);
        propose(&mut plan, SectionId::ALL);
        plan
    }

    #[test]
    fn a_starter_is_proposed_until_edited_or_kept() {
        let mut plan = proposed_starter();
        for s in SectionId::ALL {
            assert_eq!(is_proposed(&plan, s), plan.has_content(s), "{s:?}");
        }
        assert!(is_proposed(&plan, SectionId::Funding));
        edit_following(&mut plan, |p| p.funding.push_str(" Có sửa."));
        assert!(!is_proposed(&plan, SectionId::Funding));
        assert!(is_proposed(&plan, SectionId::Purposes));
        keep(&mut plan, SectionId::Purposes);
        assert!(!is_proposed(&plan, SectionId::Purposes));
        assert!(is_proposed(&plan, SectionId::Tasks));
    }

    #[test]
    fn a_generated_closing_stays_proposed_when_it_follows_other_edits() {
        let mut plan = proposed_starter();
        let before = plan.closing.clone();
        edit_following(&mut plan, |p| {
            p.header.issuer = "Trường Tiểu học Kim Đồng".into()
        });
        assert_ne!(plan.closing, before, "the closing follows the issuer");
        assert!(is_proposed(&plan, SectionId::Closing));
        assert!(is_proposed(&plan, SectionId::Basis));
        // Written by the teacher: theirs, even if it follows nothing.
        edit_following(&mut plan, |p| {
            p.closing = "Trên đây là Kế hoạch của trường./.".into()
        });
        assert!(!is_proposed(&plan, SectionId::Closing));
    }

    #[test]
    fn proposals_survive_a_draft_round_trip_and_old_drafts_have_none() {
        let plan = proposed_starter();
        let json = serde_json::to_string(&plan).unwrap();
        let back: Plan = serde_json::from_str(&json).unwrap();
        assert!(is_proposed(&back, SectionId::Tasks));
        let mut old = serde_json::to_value(&plan).unwrap();
        old.as_object_mut().unwrap().remove("proposed");
        let old: Plan = serde_json::from_value(old).unwrap();
        assert!(SectionId::ALL.iter().all(|&s| !is_proposed(&old, s)));
    }
}
