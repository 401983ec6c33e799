//! The lead-in (A6) and the closing (A13): the generated sentences that name
//! the issuer and the plan, and the library's alternatives for them.
//!
//! Both follow the plan while they are still the generated text
//! ([`edit_following`](super::edit_following)).

use super::audience::*;
use super::issuers::{generic_issuer, generic_issuer_after_cua};
use super::title::subject_in_sentence;
use super::{phrase, texts_for, Phrase, SuggestionKind};
use crate::domain::admin_map::AdminMap;
use crate::domain::plan::{IssuerLevel, Plan};

/// The lead-in (A6) for the plan as it stands: its issuer (or the generic
/// name of its level while the issuer is not given) and its trích yếu.
pub fn lead_in_for(plan: &Plan) -> String {
    let issuer = issuer_or(plan, generic_issuer);
    format!(
        "{issuer} xây dựng Kế hoạch {} như sau:",
        subject_in_sentence(plan)
    )
}

/// The closing paragraph (A13) naming the plan and its year as the trích yếu
/// does (check X7), followed by the usual instruction for the level. The
/// "./." is added on export.
pub fn closing_for(plan: &Plan) -> String {
    let issuer = issuer_or(plan, generic_issuer_after_cua);
    let map = AdminMap::of_plan_alone(plan)
        .unwrap_or_else(|| super::new_plan_map(plan.kind, plan.period.first_year()));
    let follow = texts_for(SuggestionKind::Closing, plan.kind, plan.level, map)
        .first()
        .copied()
        .unwrap_or_default();
    format!(
        "Trên đây là Kế hoạch {} của {issuer}. {follow}",
        subject_in_sentence(plan)
    )
    .trim_end()
    .to_string()
}

/// The plan's issuer as the user wrote it, or the generic name of its level
/// while it is empty.
fn issuer_or(plan: &Plan, generic: fn(IssuerLevel) -> &'static str) -> &str {
    let issuer = plan.header.issuer.trim();
    if issuer.is_empty() {
        generic(plan.level)
    } else {
        issuer
    }
}

/// Lời dẫn.
#[rustfmt::skip]
pub(super) const LEAD_INS: &[Phrase] = &[
    phrase(ANY, SCHOOLS,
      "Căn cứ điều kiện thực tế của đơn vị, nhà trường xây dựng Kế hoạch với những nội dung sau \
       đây:"),
    phrase(ANY, SCHOOLS,
      "Để triển khai có hiệu quả nhiệm vụ được giao, nhà trường xây dựng Kế hoạch như sau:"),
    phrase(ANY, PHONG,
      "Để thống nhất triển khai trong các cơ sở giáo dục, Phòng Giáo dục và Đào tạo xây dựng Kế \
       hoạch như sau:"),
    phrase(ANY, SO,
      "Để thống nhất triển khai trong toàn ngành, Sở Giáo dục và Đào tạo xây dựng Kế hoạch như \
       sau:"),
    phrase(ANY, BAN,
      "Căn cứ nhiệm vụ được giao, Ban Vì sự tiến bộ phụ nữ xây dựng Kế hoạch hoạt động như sau:"),
];

/// The sentence after "Trên đây là Kế hoạch …".
#[rustfmt::skip]
pub(super) const CLOSINGS: &[Phrase] = &[
    phrase(ANY, SCHOOLS,
      "Các bộ phận, cá nhân căn cứ nhiệm vụ được phân công để tổ chức thực hiện; trong quá trình \
       thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo lãnh đạo nhà trường để được hướng \
       dẫn, điều chỉnh."),
    phrase(ANY, PHONG,
      "Thủ trưởng các đơn vị có trách nhiệm tổ chức triển khai Kế hoạch này; những khó khăn, vướng \
       mắc phát sinh cần được phản ánh kịp thời về Phòng Giáo dục và Đào tạo để hướng dẫn, giải \
       quyết."),
    phrase(ANY, SO,
      "Thủ trưởng các đơn vị có trách nhiệm tổ chức triển khai Kế hoạch này; những khó khăn, vướng \
       mắc phát sinh cần được phản ánh kịp thời về Sở Giáo dục và Đào tạo (qua Văn phòng Sở) để \
       hướng dẫn, giải quyết."),
    phrase(ANY, BAN,
      "Các thành viên Ban và các bộ phận liên quan căn cứ Kế hoạch này để triển khai thực hiện; \
       kịp thời phản ánh khó khăn, vướng mắc về Trưởng ban để xem xét, điều chỉnh."),
    phrase(ANY, ALL,
      "Kế hoạch này được công khai để mọi cán bộ, viên chức, người lao động biết, thực hiện và \
       giám sát việc thực hiện."),
];
