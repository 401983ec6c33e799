//! The period a plan covers and its default trích yếu, and the trích yếu as
//! it reads inside a sentence (the lead-in and the closing name the plan
//! with it).

use crate::domain::plan::{IssuerLevel, Period, Plan, PlanKind};

/// The period a plan of this kind covers when made for `year`. A multi-year
/// plan covers the ten-year span of the national strategy that holds `year`
/// (2021–2030, then 2031–2040 …).
pub fn period_for(kind: PlanKind, year: u16) -> Period {
    match kind {
        PlanKind::MultiYear => {
            let (from, to) = span_of(year);
            Period::Span { from, to }
        }
        PlanKind::Annual | PlanKind::ActionMonth | PlanKind::GenderAndChildren => {
            Period::Year { year }
        }
    }
}

/// The first and last year of the national strategy's decade holding `year`.
pub(super) fn span_of(year: u16) -> (u16, u16) {
    let from = (year.saturating_sub(1) / 10) * 10 + 1;
    (from, from + 9)
}

/// The default trích yếu: the activity, the topic and the time scope.
pub fn default_subject(kind: PlanKind, level: IssuerLevel, period: Period) -> String {
    let sector = if matches!(level, IssuerLevel::So | IssuerLevel::Phong) {
        " ngành Giáo dục"
    } else {
        ""
    };
    let scope = scope_words(period);
    match kind {
        PlanKind::Annual if level == IssuerLevel::BanVstbpn => {
            format!("Hoạt động của Ban Vì sự tiến bộ phụ nữ {scope}")
        }
        PlanKind::Annual | PlanKind::MultiYear => {
            format!("Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ{sector} {scope}")
        }
        PlanKind::ActionMonth => format!(
            "Tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực \
             trên cơ sở giới{sector} {scope}"
        ),
        PlanKind::GenderAndChildren => {
            format!("Thực hiện công tác bình đẳng giới và trẻ em{sector} {scope}")
        }
    }
}

fn scope_words(period: Period) -> String {
    match period {
        Period::Year { year } => format!("năm {year}"),
        Period::SchoolYear { start } => format!("năm học {start}-{}", start + 1),
        Period::Span { from, to } => format!("giai đoạn {from}-{to}"),
    }
}

/// The trích yếu as it reads after "Kế hoạch" inside a sentence: without a
/// final period, and with its first letter lowered unless it opens with a
/// proper name ("Tháng hành động …") or an abbreviation.
pub(super) fn subject_in_sentence(plan: &Plan) -> String {
    let subject = plan.title.subject.trim().trim_end_matches('.').trim();
    let subject = if subject.is_empty() {
        default_subject(plan.kind, plan.level, plan.period)
    } else {
        subject.to_string()
    };
    lower_first(&subject)
}

fn lower_first(text: &str) -> String {
    const PROPER: [&str; 5] = ["Tháng ", "Ngày ", "Chương trình ", "Đề án ", "Chiến lược "];
    if PROPER.iter().any(|name| text.starts_with(name)) {
        return text.to_string();
    }
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    // "BĐG …", "VSTBPN …": an abbreviation keeps its capitals.
    if chars.next().is_some_and(char::is_uppercase) {
        return text.to_string();
    }
    first.to_lowercase().chain(text.chars().skip(1)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_follow_the_national_decades() {
        for (year, span) in [
            (2021, (2021, 2030)),
            (2025, (2021, 2030)),
            (2030, (2021, 2030)),
            (2031, (2031, 2040)),
        ] {
            assert_eq!(span_of(year), span, "{year}");
        }
    }

    #[test]
    fn lower_first_keeps_proper_names_and_abbreviations() {
        for (text, in_sentence) in [
            ("Thực hiện công tác", "thực hiện công tác"),
            ("Tháng hành động", "Tháng hành động"),
            ("BĐG năm 2025", "BĐG năm 2025"),
            ("", ""),
        ] {
            assert_eq!(lower_first(text), in_sentence);
        }
    }
}
