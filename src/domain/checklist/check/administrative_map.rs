//! X12: a plan of the two-level map (dated on or after 1/7/2025) that still
//! names the bodies that ended that day: a Phòng Giáo dục và Đào tạo, a UBND
//! quận/huyện/thị xã, or the Phòng GD&ĐT as its own issuer level. A plan
//! dated before is history and is never flagged (REFERENCES.md §9).
//!
//! Without a date, the plan's period decides (a plan for 2026 or later is
//! written after the reform); with neither, nothing is said.

use super::{Args, Ctx};
use crate::domain::admin_map::{abolished_body, AdminMap};
use crate::domain::checklist::field::{CitationPart, FieldRef, ReportPart};
use crate::domain::checklist::rules::RuleId;
use crate::domain::plan::IssuerLevel;

/// How long a quoted text may be in a message.
const QUOTE_CHARS: usize = 80;

fn quote(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= QUOTE_CHARS {
        return text.to_string();
    }
    let mut short: String = text.chars().take(QUOTE_CHARS).collect();
    short.push('…');
    short
}

pub(super) fn administrative_map(ctx: &mut Ctx) {
    let plan = ctx.plan;
    if AdminMap::of_plan_alone(plan) != Some(AdminMap::TwoLevel) {
        return;
    }
    // Only failures count: a field that names no abolished body earns no
    // credit (an empty plan would otherwise gain completeness for nothing).
    if plan.level == IssuerLevel::Phong {
        ctx.fail(RuleId::X12PhongLevel, FieldRef::Level, &[]);
    }

    // Where a body is named, and how the message names the place.
    let mut places: Vec<(FieldRef, &'static str, &'static str, &str)> = vec![
        (
            FieldRef::HeaderParentBody,
            "Cơ quan chủ quản",
            "The parent body",
            &plan.header.parent_body,
        ),
        (
            FieldRef::HeaderIssuer,
            "Tên cơ quan ban hành",
            "The issuer",
            &plan.header.issuer,
        ),
    ];
    // A căn cứ issued by a Phòng before the reform is history and may be
    // cited; the superior's plan of the year, or anything dated after the
    // reform, cannot come from a body that no longer exists.
    let reform = crate::domain::admin_map::two_level_since();
    for c in &plan.basis {
        if c.superior_plan || c.date.is_some_and(|d| d >= reform) {
            places.push((
                FieldRef::Citation {
                    id: c.id,
                    part: CitationPart::Issuer,
                },
                "Cơ quan ban hành của căn cứ",
                "A cited document's issuer",
                &c.issuer,
            ));
        }
    }
    for r in &plan.reports {
        places.push((
            FieldRef::Report {
                id: r.id,
                part: ReportPart::Recipient,
            },
            "Nơi gửi báo cáo",
            "A report's recipient",
            &r.recipient,
        ));
    }
    for (index, line) in plan.recipients.iter().enumerate() {
        places.push((
            FieldRef::Recipient {
                index: index as u32,
            },
            "Nơi nhận",
            "A recipient",
            line,
        ));
    }
    for (field, place, place_en, text) in places {
        let Some(body) = abolished_body(text) else {
            continue;
        };
        let quoted = quote(text);
        let args: Args = &[
            ("place", place),
            ("place_en", place_en),
            ("text", &quoted),
            ("body", body.name_vi()),
            ("body_en", body.name_en()),
        ];
        ctx.fail(RuleId::X12AbolishedBody, field, args);
    }
}
