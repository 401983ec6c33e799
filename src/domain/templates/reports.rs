//! Chế độ báo cáo (A12): which reports a plan of each kind asks for, when,
//! and to whom.

use super::audience::*;
use super::issuers::{generic_issuer, superior_for};
use super::title::span_of;
use super::{phrase, Phrase};
use crate::domain::admin_map::AdminMap;
use crate::domain::date::Date;
use crate::domain::plan::{IssuerLevel, PlanKind, ReportDeadline};

/// Report deadlines: mid-year and year-end for a year's plan, one report
/// after the Month for an Action Month plan, yearly and milestone reports for
/// a multi-year plan. Ids are 0.
pub fn suggested_reports(
    kind: PlanKind,
    level: IssuerLevel,
    year: u16,
    map: AdminMap,
) -> Vec<ReportDeadline> {
    let office = matches!(level, IssuerLevel::So | IssuerLevel::Phong);
    // An office's plan sets the dates its units report to it, a little
    // before its own reports are due upward.
    let (who, recipient) = if office {
        ("Các đơn vị gửi ", generic_issuer(level))
    } else {
        ("", superior_for(level, map))
    };
    let report = |content: String, date: Option<Date>| {
        let mut content = format!("{who}{content}");
        if office {
            // "Các đơn vị gửi Báo cáo …" reads "Các đơn vị gửi báo cáo …".
            content = content.replacen("gửi Báo cáo", "gửi báo cáo", 1);
        }
        ReportDeadline {
            id: 0,
            date,
            content,
            recipient: recipient.to_string(),
            channel: "bằng văn bản và qua thư điện tử".to_string(),
        }
    };
    match kind {
        PlanKind::Annual | PlanKind::GenderAndChildren => {
            let (mid, end) = if office {
                (Date::new(year, 6, 5), Date::new(year, 11, 20))
            } else {
                (Date::new(year, 6, 10), Date::new(year, 11, 30))
            };
            let topic = if kind == PlanKind::GenderAndChildren {
                "công tác bình đẳng giới và trẻ em"
            } else {
                "công tác bình đẳng giới và vì sự tiến bộ của phụ nữ"
            };
            vec![
                report(
                    format!("Báo cáo sơ kết 6 tháng đầu năm {year} thực hiện {topic}"),
                    mid,
                ),
                report(
                    format!("Báo cáo tổng kết năm {year} thực hiện {topic}"),
                    end,
                ),
            ]
        }
        PlanKind::ActionMonth => {
            let date = if office {
                Date::new(year, 12, 18)
            } else {
                Date::new(year, 12, 20)
            };
            vec![report(
                format!(
                    "Báo cáo kết quả tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, \
                     ứng phó với bạo lực trên cơ sở giới năm {year}"
                ),
                date,
            )]
        }
        PlanKind::MultiYear => {
            let (from, to) = span_of(year);
            let mid = from + 4;
            let mut reports = Vec::new();
            if year != mid && year != to {
                reports.push(report(
                    format!("Báo cáo kết quả thực hiện Kế hoạch năm {year}"),
                    Date::new(year, 11, 30),
                ));
            }
            if mid >= year {
                reports.push(report(
                    format!("Báo cáo sơ kết giai đoạn {from}-{mid}"),
                    Date::new(mid, 11, 30),
                ));
            }
            reports.push(report(
                format!("Báo cáo tổng kết giai đoạn {from}-{to}"),
                Date::new(to, 11, 30),
            ));
            reports
        }
    }
}

/// What a report is about, offered when the user adds one.
#[rustfmt::skip]
pub(super) const REPORTS: &[Phrase] = &[
    phrase(YEARLY, ALL, "Báo cáo sơ kết 6 tháng đầu năm"),
    phrase(YEARLY, ALL, "Báo cáo tổng kết năm"),
    phrase(ACTION, ALL,
      "Báo cáo kết quả tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo \
       lực trên cơ sở giới"),
    phrase(MULTI, ALL, "Báo cáo kết quả thực hiện hằng năm"),
    phrase(MULTI, ALL, "Báo cáo sơ kết giữa giai đoạn"),
    phrase(MULTI, ALL, "Báo cáo tổng kết giai đoạn"),
    phrase(ANY, ALL,
      "Báo cáo nhanh vụ việc bạo lực, xâm hại ngay khi phát hiện, bảo đảm bí mật thông tin"),
];
