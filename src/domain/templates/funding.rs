//! Kinh phí (A11): where the money for the plan comes from, per kind ×
//! level.

use super::audience::*;
use super::{phrase, Phrase};

/// Kinh phí.
#[rustfmt::skip]
pub(super) const FUNDING: &[Phrase] = &[
    phrase(NOT_ACTION, SCHOOLS,
      "Kinh phí thực hiện được bố trí từ nguồn chi thường xuyên của đơn vị theo quy định, kết hợp \
       huy động các nguồn xã hội hóa hợp pháp."),
    phrase(ANY, SCHOOLS_AND_BAN,
      "Các hoạt động được lồng ghép với hoạt động chuyên môn, đoàn thể để tiết kiệm kinh phí; việc \
       chi tiêu thực hiện theo quy chế chi tiêu nội bộ."),
    phrase(ACTION, SCHOOLS,
      "Kinh phí tổ chức Tháng hành động được bố trí từ nguồn kinh phí hoạt động của đơn vị, bảo \
       đảm tiết kiệm, đúng quy định."),
    phrase(ANY, OFFICE,
      "Kinh phí thực hiện từ nguồn ngân sách nhà nước được giao trong dự toán hằng năm của cơ \
       quan; các cơ sở giáo dục chủ động bố trí kinh phí từ nguồn chi thường xuyên của đơn vị."),
    phrase(ANY, BAN,
      "Kinh phí hoạt động của Ban do thủ trưởng đơn vị bố trí trong dự toán chi thường xuyên theo \
       quy định."),
    phrase(MULTI, ALL,
      "Kinh phí được bố trí hằng năm trong dự toán của đơn vị, lồng ghép với các chương trình, đề \
       án khác và nguồn tài trợ hợp pháp."),
];
