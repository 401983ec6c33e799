//! What the first screen hands to the editor.
//!
//! A first visit loads only the small start module (the start form, the
//! section list, the language switch); the editor module is loaded when the
//! teacher needs it. Whatever the start module holds (the facts typed so far,
//! the language, what the teacher asked for) travels as name/value pairs in
//! one attribute of the mount element, so nothing typed is lost and the
//! editor opens exactly where the teacher was going.

use crate::domain::config::EmbedConfig;
use crate::domain::date::Date;
use crate::domain::strings::Lang;
use crate::domain::templates::proposal::propose;
use crate::domain::templates::{closing_for, lead_in_for, starter};
use crate::domain::text::clean;
use crate::domain::{IssuerLevel, Plan, PlanKind, SectionId};

/// The start form's values, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartChoice {
    pub kind: PlanKind,
    pub level: IssuerLevel,
    /// As typed: a year that does not parse falls back to [`year_for`].
    pub year: String,
    pub issuer: String,
    pub parent_body: String,
    pub issuer_abbr: String,
    pub place: String,
    pub signer_name: String,
}

impl StartChoice {
    /// The form as a first visit shows it on `today`: the webmaster's
    /// options, the year such a plan started today is for.
    pub fn from_config(c: &EmbedConfig, today: Date) -> StartChoice {
        let kind = c.kind.unwrap_or(PlanKind::Annual);
        StartChoice {
            kind,
            level: c.level.unwrap_or(IssuerLevel::TieuHoc),
            year: year_for(kind, today).to_string(),
            issuer: c.issuer.clone(),
            parent_body: c.parent_body.clone(),
            issuer_abbr: c.issuer_abbr.clone(),
            place: c.place.clone(),
            signer_name: c.signer_name.clone(),
        }
    }

    /// The starter plan of the chosen kind × level with the issuer facts.
    pub fn plan(&self, today: Date) -> Plan {
        let year = self
            .year
            .trim()
            .parse::<u16>()
            .ok()
            .filter(|y| (2000..=2100).contains(y))
            .unwrap_or_else(|| year_for(self.kind, today));
        let mut plan = starter(self.kind, self.level, year);
        plan.header.issuer = clean(self.issuer.trim());
        plan.header.parent_body = clean(self.parent_body.trim());
        plan.header.issuer_abbr = clean(self.issuer_abbr.trim());
        plan.header.place = clean(self.place.trim());
        plan.signer.name = clean(self.signer_name.trim());
        plan.lead_in = lead_in_for(&plan);
        plan.closing = closing_for(&plan);
        // Everything but what the teacher typed on the start form is ours.
        let typed_signer = !plan.signer.name.is_empty();
        propose(
            &mut plan,
            SectionId::ALL.into_iter().filter(|&s| {
                s != SectionId::Header && !(s == SectionId::Signature && typed_signer)
            }),
        );
        plan
    }
}

/// The year a plan of `kind` begun on `today` is for. Plans are written as
/// their period begins: from October a year's plan (and a multi-year plan's
/// first year) is next year's; the Action Month's (15/11–15/12) is this
/// year's until the Month ends.
pub fn year_for(kind: PlanKind, today: Date) -> u16 {
    let next = today.year().saturating_add(1);
    match kind {
        PlanKind::ActionMonth if (today.month(), today.day()) > (12, 15) => next,
        PlanKind::ActionMonth => today.year(),
        PlanKind::Annual | PlanKind::MultiYear | PlanKind::GenderAndChildren
            if today.month() >= 10 =>
        {
            next
        }
        PlanKind::Annual | PlanKind::MultiYear | PlanKind::GenderAndChildren => today.year(),
    }
}

/// What the teacher asked for when the editor was needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    /// Nothing yet (another widget on the page asked): show the start form
    /// as it was.
    Resume,
    /// "Bắt đầu soạn": the starter plan of the choice.
    Start,
    /// A section of the task list.
    Open(SectionId),
    /// "Kiểm tra toàn bộ".
    Check,
    /// A draft file was chosen; the editor imports it.
    Import,
    /// "Bản nháp": the drafts dialog.
    Drafts,
    /// "Mở kế hoạch có sẵn": the start screen's reader of existing plans.
    OpenExisting,
}

/// Everything the editor needs to continue where the start module was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handoff {
    pub lang: Lang,
    pub intent: Intent,
    pub choice: StartChoice,
}

impl Intent {
    fn code(self) -> &'static str {
        match self {
            Intent::Resume => "resume",
            Intent::Start => "start",
            Intent::Open(s) => s.code(),
            Intent::Check => "check",
            Intent::Import => "import",
            Intent::Drafts => "drafts",
            Intent::OpenExisting => "open-existing",
        }
    }

    fn from_code(code: &str) -> Option<Intent> {
        Some(match code {
            "resume" => Intent::Resume,
            "start" => Intent::Start,
            "check" => Intent::Check,
            "import" => Intent::Import,
            "drafts" => Intent::Drafts,
            "open-existing" => Intent::OpenExisting,
            other => Intent::Open(SectionId::ALL.into_iter().find(|s| s.code() == other)?),
        })
    }
}

impl Handoff {
    /// The names [`Handoff::to_pairs`] writes.
    pub const NAMES: [&'static str; 10] = [
        "intent", "lang", "kind", "level", "year", "issuer", "parent", "abbr", "place", "signer",
    ];

    /// Name/value pairs (the browser edge encodes them as a query string).
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let c = &self.choice;
        vec![
            ("intent", self.intent.code().to_string()),
            ("lang", self.lang.code().to_string()),
            ("kind", c.kind.code().to_string()),
            ("level", c.level.code().to_string()),
            ("year", c.year.clone()),
            ("issuer", c.issuer.clone()),
            ("parent", c.parent_body.clone()),
            ("abbr", c.issuer_abbr.clone()),
            ("place", c.place.clone()),
            ("signer", c.signer_name.clone()),
        ]
    }

    /// Reads pairs written by [`Handoff::to_pairs`]. The attribute is ours,
    /// but a page could have changed it: anything unreadable gives `None`
    /// (the editor then simply starts as on a first visit).
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Option<Handoff> {
        let (mut intent, mut lang, mut kind, mut level) = (None, None, None, None);
        let text = |v: &str| clean(v);
        let mut choice = StartChoice {
            kind: PlanKind::Annual,
            level: IssuerLevel::TieuHoc,
            year: String::new(),
            issuer: String::new(),
            parent_body: String::new(),
            issuer_abbr: String::new(),
            place: String::new(),
            signer_name: String::new(),
        };
        for (name, value) in pairs {
            match name {
                "intent" => intent = Some(Intent::from_code(value)?),
                "lang" => lang = Some(Lang::from_code(value)?),
                "kind" => kind = Some(PlanKind::from_code(value)?),
                "level" => level = Some(IssuerLevel::from_code(value)?),
                "year" => choice.year = text(value),
                "issuer" => choice.issuer = text(value),
                "parent" => choice.parent_body = text(value),
                "abbr" => choice.issuer_abbr = text(value),
                "place" => choice.place = text(value),
                "signer" => choice.signer_name = text(value),
                _ => return None,
            }
        }
        choice.kind = kind?;
        choice.level = level?;
        Some(Handoff {
            lang: lang?,
            intent: intent?,
            choice,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(intent: Intent) -> Handoff {
        Handoff {
            lang: Lang::En,
            intent,
            choice: StartChoice {
                kind: PlanKind::ActionMonth,
                level: IssuerLevel::Thcs,
                year: "2026".into(),
                issuer: "Trường THCS Hòa Bình & \"Lê Lợi\"".into(),
                parent_body: "UBND phường Hòa Bình".into(),
                issuer_abbr: "THCSHB".into(),
                place: "Hòa Bình".into(),
                signer_name: "Nguyễn Thị Lan 🌸".into(),
            },
        }
    }

    #[test]
    fn every_intent_round_trips() {
        let mut intents = vec![
            Intent::Resume,
            Intent::Start,
            Intent::Check,
            Intent::Import,
            Intent::Drafts,
            Intent::OpenExisting,
        ];
        intents.extend(SectionId::ALL.map(Intent::Open));
        for intent in intents {
            let h = sample(intent);
            let pairs = h.to_pairs();
            let back = Handoff::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
            assert_eq!(back, Some(h));
        }
    }

    #[test]
    fn damaged_pairs_give_none() {
        let h = sample(Intent::Start);
        let mut pairs = h.to_pairs();
        pairs[0].1 = "fly".into();
        assert_eq!(
            Handoff::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str()))),
            None
        );
        let pairs = &h.to_pairs()[1..];
        assert_eq!(
            Handoff::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str()))),
            None
        );
        assert_eq!(
            Handoff::from_pairs([("intent", "start"), ("colour", "red")]),
            None
        );
    }

    #[test]
    fn the_plan_carries_the_facts_in_nfc() {
        let mut c = sample(Intent::Start).choice;
        c.place = "Ho\u{300}a Bi\u{300}nh ".into();
        let plan = c.plan(Date::new(2025, 3, 1).unwrap());
        assert_eq!(plan.kind, PlanKind::ActionMonth);
        assert_eq!(plan.level, IssuerLevel::Thcs);
        assert_eq!(plan.header.place, "Hòa Bình");
        assert_eq!(plan.header.issuer_abbr, "THCSHB");
        assert_eq!(plan.signer.name, "Nguyễn Thị Lan 🌸");
        assert!(plan.closing.contains("Kế hoạch"), "{}", plan.closing);
    }

    #[test]
    fn a_year_that_does_not_parse_is_the_plans_year_of_today() {
        let mut c = sample(Intent::Start).choice;
        c.kind = PlanKind::Annual;
        let today = Date::new(2026, 12, 4).unwrap();
        for typed in ["", "20x6", "1800", "99999"] {
            c.year = typed.into();
            let a = c.plan(today);
            c.year = "2027".into();
            assert_eq!(a, c.plan(today), "{typed}");
        }
    }

    #[test]
    fn plans_begun_today_are_for_the_year_their_period_begins() {
        let on = |y, m, d| Date::new(y, m, d).unwrap();
        // December 2026: the year's plan is 2027's, the Month still 2026's.
        assert_eq!(year_for(PlanKind::Annual, on(2026, 12, 4)), 2027);
        assert_eq!(year_for(PlanKind::GenderAndChildren, on(2026, 10, 1)), 2027);
        assert_eq!(year_for(PlanKind::ActionMonth, on(2026, 12, 4)), 2026);
        assert_eq!(year_for(PlanKind::ActionMonth, on(2026, 12, 16)), 2027);
        // Early in the year a year's plan is this year's.
        assert_eq!(year_for(PlanKind::Annual, on(2027, 2, 10)), 2027);
        assert_eq!(year_for(PlanKind::Annual, on(2027, 9, 30)), 2027);
        assert_eq!(year_for(PlanKind::ActionMonth, on(2027, 10, 20)), 2027);
        assert_eq!(year_for(PlanKind::MultiYear, on(2030, 11, 2)), 2031);
    }

    #[test]
    fn right_after_starting_our_text_is_not_the_teachers_work() {
        use crate::domain::checklist::{evaluate, SectionStatus};
        let today = Date::new(2026, 12, 4).unwrap();
        for kind in PlanKind::ALL {
            for level in IssuerLevel::ALL {
                let mut c = sample(Intent::Start).choice;
                (c.kind, c.level, c.year) = (kind, level, String::new());
                let plan = c.plan(today);
                let report = evaluate(&plan);
                assert!(
                    report.completeness < 30,
                    "{kind:?} {level:?}: {}",
                    report.completeness
                );
                for s in &report.sections {
                    let ours = plan.proposed.iter().any(|p| p.section == s.section);
                    assert!(
                        !ours || s.status != SectionStatus::Complete,
                        "{kind:?} {level:?} {:?}",
                        s.section
                    );
                }
                // The teacher's own facts are theirs.
                assert!(plan.proposed.iter().all(|p| p.section != SectionId::Header));
                assert!(plan
                    .proposed
                    .iter()
                    .all(|p| p.section != SectionId::Signature));
            }
        }
    }
}
