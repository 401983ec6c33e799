//! Helpers shared by the native test files (`mod common;`).
//!
//! [`arb_plan`] builds whole plans from hostile text: any Unicode scalar,
//! Vietnamese letters typed decomposed (NFD), stray combining marks, control
//! characters, BOMs and noncharacters, so that properties over plans also
//! cover what `Plan::normalize` has to clean.

// Each test binary uses only some of these helpers.
#![allow(dead_code)]

use kehoach_bdg::domain::date::Date;
use kehoach_bdg::domain::plan::{
    Appendix, Assignment, Authority, BasisVerb, Citation, DocType, Header, IssuerLevel, Period,
    Plan, PlanKind, ReportDeadline, Signer, SubArea, Target, TaskGroup, TaskItem, Title, Unit,
};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;

/// A character a user (or a broken paste) could put into a text field.
pub fn arb_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => any::<char>(),
        4 => select(vec![
            'a', 'A', 'ă', 'â', 'Đ', 'đ', 'ê', 'ô', 'ơ', 'ư', 'ệ', 'ộ', 'ữ', 'ỹ', 'Ư', ' ', ',', '.',
            '/', '-', '&', '(', ')', '0', '7', '"', '\\', '😀',
        ]),
        // Combining diacritics: NFD input composes with the letter before.
        2 => (0x300u32..=0x36F).prop_filter_map("combining mark", char::from_u32),
        1 => select(vec![
            '\n', '\r', '\t', '\u{0}', '\u{7}', '\u{1B}', '\u{7F}', '\u{85}', '\u{FEFF}',
            '\u{FFFE}', '\u{FFFF}', '\u{200B}', '\u{2028}',
        ]),
    ]
}

/// Any text, mostly short.
pub fn arb_text() -> impl Strategy<Value = String> {
    vec(arb_char(), 0..24).prop_map(|cs| cs.into_iter().collect())
}

/// A real calendar date in the range `Date` accepts.
pub fn arb_date() -> impl Strategy<Value = Date> {
    (1000u16..=9999, 1u8..=12, 1u8..=31)
        .prop_filter_map("day exists", |(y, m, d)| Date::new(y, m, d))
}

pub fn arb_period() -> impl Strategy<Value = Period> {
    prop_oneof![
        any::<u16>().prop_map(|year| Period::Year { year }),
        any::<u16>().prop_map(|start| Period::SchoolYear { start }),
        (any::<u16>(), any::<u16>()).prop_map(|(from, to)| Period::Span { from, to }),
    ]
}

pub fn arb_unit() -> impl Strategy<Value = Unit> {
    prop_oneof![
        3 => select(Unit::FIXED.to_vec()),
        1 => arb_text().prop_map(Unit::Other),
    ]
}

pub fn arb_header() -> impl Strategy<Value = Header> {
    (
        arb_text(),
        arb_text(),
        arb_text(),
        arb_text(),
        arb_text(),
        option::of(arb_date()),
    )
        .prop_map(
            |(parent_body, issuer, issuer_abbr, number, place, date)| Header {
                parent_body,
                issuer,
                issuer_abbr,
                number,
                place,
                date,
            },
        )
}

pub fn arb_citation() -> impl Strategy<Value = Citation> {
    (
        any::<u32>(),
        select(vec![BasisVerb::CanCu, BasisVerb::ThucHien]),
        select(DocType::ALL.to_vec()),
        arb_text(),
        arb_text(),
        option::of(arb_date()),
        arb_text(),
        arb_text(),
        any::<bool>(),
    )
        .prop_map(
            |(id, verb, doc_type, number, symbol, date, issuer, subject, superior_plan)| Citation {
                id,
                verb,
                doc_type,
                number,
                symbol,
                date,
                issuer,
                subject,
                superior_plan,
            },
        )
}

pub fn arb_target() -> impl Strategy<Value = Target> {
    (
        any::<u32>(),
        arb_text(),
        arb_text(),
        arb_text(),
        arb_unit(),
        arb_text(),
        arb_text(),
    )
        .prop_map(|(id, what, group, value, unit, by_when, owner)| Target {
            id,
            what,
            group,
            value,
            unit,
            by_when,
            owner,
        })
}

pub fn arb_task_item() -> impl Strategy<Value = TaskItem> {
    (
        any::<u32>(),
        arb_text(),
        arb_text(),
        arb_text(),
        arb_text(),
        vec(any::<u32>(), 0..3),
    )
        .prop_map(|(id, text, timing, lead, participants, targets)| TaskItem {
            id,
            text,
            timing,
            lead,
            participants,
            targets,
        })
}

pub fn arb_task_group() -> impl Strategy<Value = TaskGroup> {
    (
        any::<u32>(),
        option::of(select(SubArea::ALL.to_vec())),
        arb_text(),
        vec(arb_task_item(), 0..3),
    )
        .prop_map(|(id, area, title, items)| TaskGroup {
            id,
            area,
            title,
            items,
        })
}

pub fn arb_assignment() -> impl Strategy<Value = Assignment> {
    (any::<u32>(), arb_text(), vec(arb_text(), 0..3)).prop_map(|(id, role, duties)| Assignment {
        id,
        role,
        duties,
    })
}

pub fn arb_report() -> impl Strategy<Value = ReportDeadline> {
    (
        any::<u32>(),
        option::of(arb_date()),
        arb_text(),
        arb_text(),
        arb_text(),
    )
        .prop_map(|(id, date, content, recipient, channel)| ReportDeadline {
            id,
            date,
            content,
            recipient,
            channel,
        })
}

pub fn arb_signer() -> impl Strategy<Value = Signer> {
    (
        select(Authority::ALL.to_vec()),
        arb_text(),
        arb_text(),
        arb_text(),
    )
        .prop_map(|(authority, title, deputy_title, name)| Signer {
            authority,
            title,
            deputy_title,
            name,
        })
}

pub fn arb_appendix() -> impl Strategy<Value = Appendix> {
    (any::<u32>(), arb_text(), arb_text()).prop_map(|(id, title, body)| Appendix {
        id,
        title,
        body,
    })
}

/// A whole plan with every field arbitrary (not necessarily a sensible
/// plan: ids may repeat, years may be 0). Text is not normalised.
pub fn arb_plan() -> impl Strategy<Value = Plan> {
    let head = (
        select(PlanKind::ALL.to_vec()),
        select(IssuerLevel::ALL.to_vec()),
        arb_period(),
        arb_header(),
        arb_text(),
        vec(arb_citation(), 0..3),
        arb_text(),
        arb_text(),
    );
    let body = (
        vec(arb_text(), 0..3),
        vec(arb_text(), 0..3),
        arb_text(),
        vec(arb_target(), 0..3),
        vec(arb_task_group(), 0..3),
        vec(arb_assignment(), 0..3),
        arb_text(),
        vec(arb_report(), 0..3),
    );
    let tail = (
        arb_text(),
        vec(arb_text(), 0..4),
        arb_text(),
        arb_signer(),
        vec(arb_appendix(), 0..2),
        any::<u32>(),
    );
    (head, body, tail).prop_map(
        |(
            (kind, level, period, header, subject, basis, lead_in, theme),
            (
                purposes,
                requirements,
                general_aim,
                targets,
                task_groups,
                assignments,
                funding,
                reports,
            ),
            (closing, recipients, archive_units, signer, appendices, next_id),
        )| Plan {
            kind,
            level,
            period,
            header,
            title: Title { subject },
            basis,
            lead_in,
            theme,
            purposes,
            requirements,
            general_aim,
            targets,
            task_groups,
            assignments,
            funding,
            reports,
            closing,
            recipients,
            archive_units,
            signer,
            appendices,
            // Only imported plans carry unplaced paragraphs.
            unplaced: Vec::new(),
            next_id,
            proposed: Vec::new(),
        },
    )
}

/// `plan` after `Plan::normalize`, the form every decoded draft has.
pub fn normalized(plan: &Plan) -> Plan {
    let mut p = plan.clone();
    p.normalize();
    p
}
