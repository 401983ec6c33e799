//! Mục đích and yêu cầu (A7), and mục tiêu chung: why a plan is made and
//! how it is to be carried out, for each kind × level.

use super::audience::*;
use super::{phrase, Phrase};
use crate::domain::plan::PlanKind;

/// Mục tiêu chung of a plan of this kind.
pub fn general_aim(kind: PlanKind) -> &'static str {
    match kind {
        PlanKind::Annual => {
            "Tạo chuyển biến rõ rệt về nhận thức và hành động về bình đẳng giới, góp phần xây \
             dựng môi trường làm việc và học tập an toàn, bình đẳng, không có bạo lực."
        }
        PlanKind::ActionMonth => {
            "Tạo đợt cao điểm truyền thông, huy động mọi thành viên của đơn vị cùng hành động \
             vì bình đẳng giới và phòng ngừa bạo lực trên cơ sở giới."
        }
        PlanKind::MultiYear => {
            "Thu hẹp khoảng cách giới, tạo cơ hội ngang nhau cho nữ và nam trong học tập, làm \
             việc và tham gia quản lý, góp phần thực hiện thành công Chiến lược quốc gia về \
             bình đẳng giới."
        }
        PlanKind::GenderAndChildren => {
            "Bảo đảm trẻ em được sống, học tập trong môi trường an toàn, lành mạnh, thân thiện; \
             thúc đẩy bình đẳng giới trong nhà trường và trong gia đình."
        }
    }
}

/// A purpose naming the Action Month theme of the year, e.g. from
/// `catalogue::action_month_theme(year)`; `None` when the theme is unknown.
pub fn theme_purpose(theme: &str, year: u16) -> Option<String> {
    let theme = theme.trim().trim_matches(['“', '”', '"']).trim();
    (!theme.is_empty()).then(|| {
        format!(
            "Lan tỏa chủ đề của Tháng hành động năm {year} “{theme}” đến mọi thành viên của \
             đơn vị và gia đình người học."
        )
    })
}

/// Mục đích.
#[rustfmt::skip]
pub(super) const PURPOSES: &[Phrase] = &[
    phrase(ANY, ALL,
      "Nâng cao nhận thức, trách nhiệm của cán bộ, viên chức, người lao động về bình đẳng giới và \
       công tác vì sự tiến bộ của phụ nữ; từng bước xóa bỏ định kiến giới trong công việc và trong \
       gia đình."),
    phrase(ANY, ALL,
      "Tăng cường vai trò lãnh đạo, chỉ đạo của người đứng đầu và sự phối hợp giữa các tổ chức \
       đoàn thể trong việc thực hiện các mục tiêu bình đẳng giới."),
    phrase(ANY, ALL,
      "Chủ động phòng ngừa bạo lực trên cơ sở giới; phát hiện sớm và phối hợp xử lý kịp thời các \
       vụ việc bạo lực, xâm hại, quấy rối liên quan đến đơn vị."),
    phrase(NOT_ACTION, ALL,
      "Tạo điều kiện để nữ cán bộ, viên chức, người lao động học tập, nâng cao trình độ và tham \
       gia ngày càng nhiều hơn vào các vị trí quản lý, lãnh đạo."),
    phrase(ANY, GENERAL,
      "Xây dựng môi trường giáo dục an toàn, lành mạnh, thân thiện, trong đó mọi học sinh, không \
       phân biệt giới tính, đều được tôn trọng và có cơ hội phát triển như nhau."),
    phrase(ANY, PRESCHOOL,
      "Xây dựng môi trường nuôi dưỡng, chăm sóc, giáo dục an toàn, thân thiện, để trẻ trai và trẻ \
       gái được đối xử công bằng trong mọi hoạt động của nhà trường."),
    phrase(ANY, VOCATIONAL,
      "Bảo đảm người học nam và nữ được tiếp cận bình đẳng các cơ hội học tập, rèn luyện, hướng \
       nghiệp và việc làm."),
    phrase(ANY, OFFICE,
      "Thống nhất nội dung, cách làm và thời hạn báo cáo để các đơn vị trực thuộc xây dựng kế \
       hoạch của mình phù hợp với điều kiện thực tế."),
    phrase(ANY, OFFICE,
      "Chỉ đạo các cơ sở giáo dục xây dựng môi trường học tập an toàn, thân thiện, bình đẳng và \
       không có bạo lực."),
    phrase(ANY, BAN,
      "Cụ thể hóa nhiệm vụ của Ban thành các hoạt động có người phụ trách, thời gian và sản phẩm \
       rõ ràng."),
    phrase(ACTION, ALL,
      "Tạo đợt truyền thông cao điểm, lan tỏa thông điệp của Tháng hành động vì bình đẳng giới và \
       phòng ngừa, ứng phó với bạo lực trên cơ sở giới đến mọi cán bộ, viên chức, người lao động, \
       người học và gia đình."),
    phrase(MULTI, ALL,
      "Cụ thể hóa các mục tiêu của Chiến lược quốc gia về bình đẳng giới thành chỉ tiêu và lộ \
       trình thực hiện phù hợp với điều kiện của đơn vị trong cả giai đoạn."),
    phrase(CHILDREN, ALL,
      "Bảo đảm quyền của trẻ em được bảo vệ, chăm sóc và giáo dục trong môi trường an toàn; phòng \
       ngừa tai nạn thương tích, đuối nước và mọi hình thức bạo lực, xâm hại trẻ em."),
];

/// Yêu cầu.
#[rustfmt::skip]
pub(super) const REQUIREMENTS: &[Phrase] = &[
    phrase(ANY, ALL,
      "Phân công rõ người chủ trì, người phối hợp và thời gian hoàn thành cho từng nhiệm vụ; có \
       sản phẩm, kết quả cụ thể để theo dõi, đánh giá."),
    phrase(ANY, ALL,
      "Lồng ghép các hoạt động bình đẳng giới vào hoạt động chuyên môn và phong trào thi đua sẵn \
       có, tránh hình thức, lãng phí."),
    phrase(ANY, ALL,
      "Bảo đảm an toàn và giữ bí mật thông tin cá nhân của người bị bạo lực, xâm hại và của người \
       cung cấp thông tin trong quá trình xử lý vụ việc."),
    phrase(YEARLY, ALL,
      "Bám sát chỉ đạo của cấp trên, gắn với nhiệm vụ trọng tâm của năm; nội dung thiết thực, khả \
       thi, phù hợp với điều kiện thực tế của đơn vị."),
    phrase(MULTI, ALL,
      "Bám sát chỉ đạo của cấp trên và mục tiêu của chiến lược quốc gia; chỉ tiêu có lộ trình từng \
       năm, có thể đo lường và kiểm tra được."),
    phrase(NOT_ACTION, ALL,
      "Sơ kết, tổng kết, báo cáo kết quả đúng thời hạn; kịp thời rút kinh nghiệm và điều chỉnh khi \
       có phát sinh."),
    phrase(ACTION, ALL,
      "Các hoạt động được tổ chức tập trung trong thời gian từ ngày 15/11 đến ngày 15/12, đúng chủ \
       đề của năm, có sức lan tỏa và tiết kiệm."),
    phrase(ANY, OFFICE,
      "Các đơn vị trực thuộc xây dựng kế hoạch riêng, cụ thể hóa chỉ tiêu phù hợp với đặc điểm của \
       cấp học và địa bàn."),
    phrase(ANY, GENERAL_AND_VOCATIONAL,
      "Hình thức tuyên truyền, giáo dục phù hợp với lứa tuổi và đặc điểm tâm lý của người học."),
    phrase(ANY, PRESCHOOL,
      "Nội dung giáo dục phù hợp với lứa tuổi mầm non, được lồng ghép nhẹ nhàng qua vui chơi và \
       sinh hoạt hằng ngày của trẻ."),
];
