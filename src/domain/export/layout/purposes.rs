//! Mục đích, yêu cầu, opened by the theme when there is one.
//!
//! Where the theme goes: NĐ 30 fixes the elements above the content (Điều
//! 8.2, PL I: tên loại and trích yếu in box 5a), and the trích yếu names
//! the plan itself, so a theme line under it would add an element the
//! decree does not have. The theme belongs to the content (box 6), once, at
//! the start of the part that says why the plan exists: a reader of an
//! Action Month plan finds "Chủ đề: “…”." right under "I. MỤC ĐÍCH, YÊU
//! CẦU", before the purposes that spread it.

use super::blocks::para;
use super::body::Body;
use super::kind::Kind;
use super::text::{any_text, clean_line, strip_end_punct};
use crate::domain::plan::Plan;
use crate::domain::section::SectionId;

/// The purposes and requirements, under one heading named after what is
/// written; numbered sub-headings only when both are.
pub(super) fn layout(plan: &Plan, body: &mut Body) {
    let section = SectionId::Purposes;
    let theme = theme_text(&plan.theme);
    let has_purposes = any_text(&plan.purposes);
    let has_requirements = any_text(&plan.requirements);
    let title = match (has_purposes, has_requirements) {
        (true, true) => "MỤC ĐÍCH, YÊU CẦU",
        (true, false) => "MỤC ĐÍCH",
        (false, true) => "YÊU CẦU",
        (false, false) => {
            // A theme without purposes still gets printed, under its own
            // heading (which makes the "Chủ đề:" label redundant).
            if let Some(theme) = theme {
                body.section("CHỦ ĐỀ", section);
                body.push(para(Kind::Text, Some(section), format!("“{theme}”.")));
            }
            return;
        }
    };
    body.section(title, section);
    if let Some(theme) = theme {
        let text = format!("Chủ đề: “{theme}”.");
        body.push(para(Kind::Text, Some(section), text));
    }
    let both = has_purposes && has_requirements;
    let mut number = 0;
    for (items, heading) in [
        (&plan.purposes, "Mục đích"),
        (&plan.requirements, "Yêu cầu"),
    ] {
        if !any_text(items) {
            continue;
        }
        if both {
            number += 1;
            body.heading2(number, heading, section);
        }
        for item in items {
            body.item("-", item, "", section);
        }
    }
}

/// The theme on one line, without the quotation marks and the final stop
/// the user may have typed (the layout adds its own); `None` when blank.
fn theme_text(theme: &str) -> Option<String> {
    const QUOTES: [char; 5] = ['"', '“', '”', '«', '»'];
    let line = clean_line(theme);
    // “…”. and “….” alike: punctuation, then quotes, then punctuation.
    let unquoted = strip_end_punct(&line).trim_matches(QUOTES).trim();
    let bare = strip_end_punct(unquoted);
    (!bare.is_empty()).then(|| bare.to_string())
}
