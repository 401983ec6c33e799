//! Chế độ báo cáo: each report deadline as one sentence.

use super::body::Body;
use super::text::{clean_line, strip_end_punct};
use crate::domain::plan::{Plan, ReportDeadline};
use crate::domain::section::SectionId;

/// "CHẾ ĐỘ BÁO CÁO" and one item per report that says something.
pub(super) fn layout(plan: &Plan, body: &mut Body) {
    let sentences: Vec<String> = plan.reports.iter().filter_map(report_sentence).collect();
    if sentences.is_empty() {
        return;
    }
    let section = SectionId::Reporting;
    body.section("CHẾ ĐỘ BÁO CÁO", section);
    for sentence in &sentences {
        body.item("-", sentence, "", section);
    }
}

/// "Báo cáo sơ kết học kỳ I gửi Phòng GD&ĐT qua thư điện tử trước ngày
/// 10/01/2025", with the short numeric date used inside sentences.
fn report_sentence(report: &ReportDeadline) -> Option<String> {
    let content = clean_line(&report.content);
    let recipient = clean_line(&report.recipient);
    let channel = clean_line(&report.channel);
    if content.is_empty() && recipient.is_empty() && report.date.is_none() {
        return None;
    }
    let mut sentence = if content.is_empty() {
        "Gửi báo cáo".to_string()
    } else {
        strip_end_punct(&content).to_string()
    };
    // "gửi" once: the user's content or recipient may already say it.
    let has_verb = sentence.to_lowercase().contains(" gửi") || recipient.starts_with("gửi ");
    let to = if recipient.is_empty() || has_verb {
        recipient
    } else {
        format!("gửi {recipient}")
    };
    let by = report
        .date
        .map(|date| format!("trước ngày {}", date.short_vi()));
    for part in [Some(to), Some(channel), by].into_iter().flatten() {
        if !part.is_empty() {
            sentence.push(' ');
            sentence.push_str(&part);
        }
    }
    Some(sentence)
}
