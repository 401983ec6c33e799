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

/// Who the report goes to, worded after `sentence`: "gửi X" once, "về X"
/// after a sentence that ends on (or starts with) "gửi", nothing when the
/// sentence already names X.
fn recipient_phrase(sentence: &str, recipient: &str) -> String {
    let lower = sentence.to_lowercase();
    let to = recipient.to_lowercase();
    if recipient.is_empty() || lower.contains(&to) {
        String::new()
    } else if to.starts_with("gửi ") || to.starts_with("về ") || lower.ends_with(" về") {
        recipient.to_string()
    } else if lower.ends_with(" gửi") || lower.starts_with("gửi ") {
        format!("về {recipient}")
    } else {
        format!("gửi {recipient}")
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
    let to = recipient_phrase(&sentence, &recipient);
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

#[cfg(test)]
mod tests {
    use super::recipient_phrase;

    #[test]
    fn the_recipient_is_named_once_with_its_verb() {
        let p = "Phòng GD&ĐT";
        assert_eq!(recipient_phrase("Báo cáo sơ kết", p), "gửi Phòng GD&ĐT");
        assert_eq!(recipient_phrase("Gửi báo cáo", p), "về Phòng GD&ĐT");
        assert_eq!(recipient_phrase("Báo cáo kết quả gửi", p), "về Phòng GD&ĐT");
        assert_eq!(recipient_phrase("Báo cáo kết quả gửi về", p), "Phòng GD&ĐT");
        // A "gửi" inside the content does not take the recipient's verb.
        assert_eq!(
            recipient_phrase("Báo cáo số liệu (gửi kèm biểu mẫu) năm 2027", p),
            "gửi Phòng GD&ĐT"
        );
        assert_eq!(recipient_phrase("Báo cáo gửi Phòng GD&ĐT", p), "");
        assert_eq!(recipient_phrase("Báo cáo", "gửi Sở GD&ĐT"), "gửi Sở GD&ĐT");
        assert_eq!(recipient_phrase("Báo cáo", ""), "");
    }
}
