//! Where a finding points: one input of the editor.
//!
//! Every [`FieldRef`] has a stable DOM id ([`FieldRef::dom_id`]) that the
//! editor puts on the matching `<input>`/`<textarea>`, so an inline message,
//! the checklist panel and the error summary can all link to the same place
//! (`aria-describedby`, "jump to field"). The ids are part of the product's
//! contract with the editor and the end-to-end tests: never rename one.
//!
//! | Field | DOM id |
//! |---|---|
//! | plan kind, issuer level, period | `f-kind`, `f-level`, `f-period` |
//! | header | `f-header-parent-body`, `f-header-issuer`, `f-header-abbr`, `f-header-number`, `f-header-place`, `f-header-date` |
//! | trích yếu | `f-subject` |
//! | căn cứ list / one citation | `f-basis`, `f-citation-{id}-{type,number,symbol,date,issuer,subject}` |
//! | lead-in | `f-lead-in` |
//! | chủ đề, mục đích, yêu cầu | `f-theme`, `f-purposes`, `f-requirements` |
//! | mục tiêu | `f-general-aim`, `f-targets`, `f-target-{id}-{what,group,value,unit,by-when,owner,tasks}` |
//! | nhiệm vụ | `f-tasks`, `f-tasks-area-{b1…b12}`, `f-task-group-{id}-title`, `f-task-{id}-{text,timing,lead,participants,targets}` |
//! | tổ chức thực hiện | `f-assignments`, `f-assignment-{id}-{role,duties}` |
//! | kinh phí | `f-funding` |
//! | báo cáo | `f-reports`, `f-report-{id}-{date,content,recipient,channel}` |
//! | closing | `f-closing` |
//! | nơi nhận | `f-recipients`, `f-recipient-{index}` (0-based), `f-archive-units` |
//! | signer | `f-signer-authority`, `f-signer-title`, `f-signer-deputy-title`, `f-signer-name` |
//! | phụ lục | `f-appendices`, `f-appendix-{id}-{title,body}` |

use crate::domain::plan::{ItemId, SubArea};
use crate::domain::section::SectionId;
use serde::{Serialize, Serializer};
use std::fmt::{self, Write as _};

/// Declares a part enum together with each part's suffix in DOM ids, so
/// an id and its part cannot drift apart.
macro_rules! parts {
    ($(#[$doc:meta])* $name:ident { $($(#[$var_doc:meta])* $var:ident => $suffix:literal,)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$var_doc])* $var,)*
        }

        impl $name {
            /// The part's suffix in DOM ids ("by-when" in "f-target-12-by-when").
            pub fn suffix(self) -> &'static str {
                match self {
                    $($name::$var => $suffix,)*
                }
            }
        }
    };
}

parts! {
    /// Part of a cited document.
    CitationPart {
        Type => "type",
        Number => "number",
        Symbol => "symbol",
        Date => "date",
        Issuer => "issuer",
        Subject => "subject",
    }
}

parts! {
    /// Part of a target (chỉ tiêu).
    TargetPart {
        What => "what",
        Group => "group",
        Value => "value",
        Unit => "unit",
        ByWhen => "by-when",
        Owner => "owner",
        /// The tasks linked to the target (the links live on the tasks).
        Tasks => "tasks",
    }
}

parts! {
    /// Part of a task.
    TaskPart {
        Text => "text",
        Timing => "timing",
        Lead => "lead",
        Participants => "participants",
        Targets => "targets",
    }
}

parts! {
    /// Part of an assignment in "Tổ chức thực hiện".
    AssignmentPart {
        Role => "role",
        Duties => "duties",
    }
}

parts! {
    /// Part of a report deadline.
    ReportPart {
        Date => "date",
        Content => "content",
        Recipient => "recipient",
        Channel => "channel",
    }
}

parts! {
    /// Part of an appendix.
    AppendixPart {
        Title => "title",
        Body => "body",
    }
}

/// The exact field a finding points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldRef {
    Kind,
    Level,
    Period,
    HeaderParentBody,
    HeaderIssuer,
    HeaderAbbr,
    HeaderNumber,
    HeaderPlace,
    HeaderDate,
    Subject,
    /// The căn cứ list as a whole.
    Basis,
    Citation {
        id: ItemId,
        part: CitationPart,
    },
    LeadIn,
    /// The Action Month's theme (chủ đề), edited with Mục đích, yêu cầu.
    Theme,
    Purposes,
    Requirements,
    GeneralAim,
    /// The list of targets as a whole.
    Targets,
    Target {
        id: ItemId,
        part: TargetPart,
    },
    /// The task list as a whole.
    Tasks,
    /// A sub-area the task list does not cover yet (the editor's "add a
    /// group for …" control).
    TaskArea(SubArea),
    TaskGroup {
        id: ItemId,
    },
    Task {
        id: ItemId,
        part: TaskPart,
    },
    /// The assignment list as a whole.
    Assignments,
    Assignment {
        id: ItemId,
        part: AssignmentPart,
    },
    Funding,
    /// The report list as a whole.
    Reports,
    Report {
        id: ItemId,
        part: ReportPart,
    },
    Closing,
    /// The recipient list as a whole.
    Recipients,
    /// One recipient line, by its 0-based position (recipients have no ids).
    Recipient {
        index: u32,
    },
    ArchiveUnits,
    SignerAuthority,
    SignerTitle,
    SignerDeputyTitle,
    SignerName,
    /// The appendix list as a whole.
    Appendices,
    Appendix {
        id: ItemId,
        part: AppendixPart,
    },
}

impl FieldRef {
    /// The section of the editor that holds the field.
    pub fn section(self) -> SectionId {
        use FieldRef::*;
        match self {
            Kind | Level | HeaderParentBody | HeaderIssuer | HeaderAbbr | HeaderNumber
            | HeaderPlace | HeaderDate => SectionId::Header,
            Period | Subject => SectionId::Title,
            Basis | Citation { .. } | LeadIn => SectionId::Basis,
            Theme | Purposes | Requirements => SectionId::Purposes,
            GeneralAim | Targets | Target { .. } => SectionId::Targets,
            Tasks | TaskArea(_) | TaskGroup { .. } | Task { .. } => SectionId::Tasks,
            Assignments | Assignment { .. } => SectionId::Organisation,
            Funding => SectionId::Funding,
            Reports | Report { .. } => SectionId::Reporting,
            Closing => SectionId::Closing,
            Recipients | Recipient { .. } | ArchiveUnits => SectionId::Recipients,
            SignerAuthority | SignerTitle | SignerDeputyTitle | SignerName => SectionId::Signature,
            Appendices | Appendix { .. } => SectionId::Appendices,
        }
    }

    /// The DOM id of the editor input, e.g. "f-header-number",
    /// "f-target-12-value" (see the module table).
    pub fn dom_id(self) -> String {
        self.to_string()
    }

    /// Does this field have the given DOM id? Compares without allocating,
    /// so the editor can ask it for every input on every keystroke.
    pub fn has_dom_id(self, dom_id: &str) -> bool {
        let mut m = Matcher {
            rest: dom_id,
            ok: true,
        };
        // `Matcher` only fails by returning Err, which stops the write early.
        let written = write!(m, "{self}").is_ok();
        written && m.ok && m.rest.is_empty()
    }
}

/// A `fmt::Write` that checks the text written into it against a target.
struct Matcher<'a> {
    rest: &'a str,
    ok: bool,
}

impl fmt::Write for Matcher<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        match self.rest.strip_prefix(s) {
            Some(r) => {
                self.rest = r;
                Ok(())
            }
            None => {
                self.ok = false;
                Err(fmt::Error)
            }
        }
    }
}

impl fmt::Display for FieldRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use FieldRef::*;
        match *self {
            Kind => f.write_str("f-kind"),
            Level => f.write_str("f-level"),
            Period => f.write_str("f-period"),
            HeaderParentBody => f.write_str("f-header-parent-body"),
            HeaderIssuer => f.write_str("f-header-issuer"),
            HeaderAbbr => f.write_str("f-header-abbr"),
            HeaderNumber => f.write_str("f-header-number"),
            HeaderPlace => f.write_str("f-header-place"),
            HeaderDate => f.write_str("f-header-date"),
            Subject => f.write_str("f-subject"),
            Basis => f.write_str("f-basis"),
            Citation { id, part } => write!(f, "f-citation-{id}-{}", part.suffix()),
            LeadIn => f.write_str("f-lead-in"),
            Theme => f.write_str("f-theme"),
            Purposes => f.write_str("f-purposes"),
            Requirements => f.write_str("f-requirements"),
            GeneralAim => f.write_str("f-general-aim"),
            Targets => f.write_str("f-targets"),
            Target { id, part } => write!(f, "f-target-{id}-{}", part.suffix()),
            Tasks => f.write_str("f-tasks"),
            TaskArea(a) => {
                f.write_str("f-tasks-area-")?;
                // "B3" → "b3": ids are lower case throughout.
                for c in a.code().chars() {
                    f.write_char(c.to_ascii_lowercase())?;
                }
                Ok(())
            }
            TaskGroup { id } => write!(f, "f-task-group-{id}-title"),
            Task { id, part } => write!(f, "f-task-{id}-{}", part.suffix()),
            Assignments => f.write_str("f-assignments"),
            Assignment { id, part } => write!(f, "f-assignment-{id}-{}", part.suffix()),
            Funding => f.write_str("f-funding"),
            Reports => f.write_str("f-reports"),
            Report { id, part } => write!(f, "f-report-{id}-{}", part.suffix()),
            Closing => f.write_str("f-closing"),
            Recipients => f.write_str("f-recipients"),
            Recipient { index } => write!(f, "f-recipient-{index}"),
            ArchiveUnits => f.write_str("f-archive-units"),
            SignerAuthority => f.write_str("f-signer-authority"),
            SignerTitle => f.write_str("f-signer-title"),
            SignerDeputyTitle => f.write_str("f-signer-deputy-title"),
            SignerName => f.write_str("f-signer-name"),
            Appendices => f.write_str("f-appendices"),
            Appendix { id, part } => write!(f, "f-appendix-{id}-{}", part.suffix()),
        }
    }
}

/// Serialised as its DOM id, the form the editor and the tests use.
impl Serialize for FieldRef {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dom_ids_are_stable() {
        assert_eq!(FieldRef::HeaderNumber.dom_id(), "f-header-number");
        assert_eq!(FieldRef::Theme.dom_id(), "f-theme");
        assert_eq!(FieldRef::Theme.section(), SectionId::Purposes);
        assert_eq!(
            FieldRef::Target {
                id: 12,
                part: TargetPart::Value
            }
            .dom_id(),
            "f-target-12-value"
        );
        assert_eq!(
            FieldRef::TaskArea(SubArea::Coordination).dom_id(),
            "f-tasks-area-b12"
        );
        assert_eq!(FieldRef::Recipient { index: 3 }.dom_id(), "f-recipient-3");
    }

    #[test]
    fn has_dom_id_matches_exactly() {
        let f = FieldRef::Task {
            id: 5,
            part: TaskPart::Lead,
        };
        assert!(f.has_dom_id("f-task-5-lead"));
        assert!(!f.has_dom_id("f-task-5-lea"));
        assert!(!f.has_dom_id("f-task-5-leads"));
        assert!(!f.has_dom_id("f-task-50-lead"));
        assert!(!f.has_dom_id(""));
    }
}
