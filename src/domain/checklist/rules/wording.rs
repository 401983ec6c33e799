//! Texts that fill the rule table's placeholders and depend on the plan's
//! kind or issuer level (PLAN_CHECKLIST §6).

use crate::domain::plan::{Authority, IssuerLevel, PlanKind};

pub(crate) fn parent_body_example(level: IssuerLevel) -> &'static str {
    match level {
        IssuerLevel::So => "Với Sở Giáo dục và Đào tạo, cơ quan chủ quản là Ủy ban nhân dân tỉnh (thành phố).",
        IssuerLevel::Phong => "Với Phòng Giáo dục và Đào tạo, cơ quan chủ quản là Ủy ban nhân dân quận, huyện (thị xã, thành phố thuộc tỉnh).",
        IssuerLevel::CaoDang => "Ghi cơ quan quản lý trực tiếp nhà trường, ví dụ Ủy ban nhân dân tỉnh hoặc bộ, ngành chủ quản.",
        IssuerLevel::BanVstbpn => "Với Ban vì sự tiến bộ của phụ nữ, dòng trên là tên cơ quan, trường có Ban.",
        IssuerLevel::Thpt => "Ghi cơ quan quản lý trực tiếp nhà trường: với trường trung học phổ thông là Sở Giáo dục và Đào tạo.",
        _ => "Ghi cơ quan quản lý trực tiếp nhà trường: từ ngày 01/7/2025 là Ủy ban nhân dân xã, phường hoặc đặc khu (trường trung học phổ thông: Sở Giáo dục và Đào tạo); trước đó là Phòng Giáo dục và Đào tạo.",
    }
}

/// Which superior document a plan usually implements, by issuer level.
pub(crate) fn superior_example(level: IssuerLevel) -> &'static str {
    match level {
        IssuerLevel::So => "thường là kế hoạch của Ủy ban nhân dân tỉnh, thành phố",
        IssuerLevel::Phong => "thường là kế hoạch của Ủy ban nhân dân quận, huyện hoặc hướng dẫn của Sở Giáo dục và Đào tạo",
        IssuerLevel::BanVstbpn => "thường là kế hoạch của cơ quan, trường hoặc của Ban vì sự tiến bộ của phụ nữ cấp trên",
        IssuerLevel::CaoDang => "thường là kế hoạch của Ủy ban nhân dân tỉnh hoặc của cơ quan chủ quản",
        IssuerLevel::Thpt => "thường là kế hoạch hoặc hướng dẫn của Sở Giáo dục và Đào tạo, hoặc kế hoạch của Ủy ban nhân dân tỉnh",
        _ => "thường là kế hoạch của Ủy ban nhân dân xã, phường và hướng dẫn của Sở Giáo dục và Đào tạo (trước ngày 01/7/2025: kế hoạch của Phòng Giáo dục và Đào tạo)",
    }
}

/// Typical roles of "Tổ chức thực hiện", by issuer level (PLAN_CHECKLIST §6).
pub(crate) fn roles_example(level: IssuerLevel) -> &'static str {
    match level {
        IssuerLevel::So => "Ví dụ: Văn phòng Sở, các phòng chuyên môn, các đơn vị trực thuộc, Công đoàn ngành.",
        IssuerLevel::Phong => "Ví dụ: Phòng Giáo dục và Đào tạo, thủ trưởng các cơ sở giáo dục, các cơ sở giáo dục.",
        IssuerLevel::MamNon => "Ví dụ: Hiệu trưởng, Phó Hiệu trưởng, Ban vì sự tiến bộ của phụ nữ, Công đoàn, các tổ chuyên môn, giáo viên, nhân viên.",
        IssuerLevel::Thpt => "Ví dụ: Hiệu trưởng, Ban vì sự tiến bộ của phụ nữ, Công đoàn, Đoàn trường, giáo viên chủ nhiệm.",
        IssuerLevel::CaoDang | IssuerLevel::GdnnGdtx => "Ví dụ: lãnh đạo các phòng, khoa, Phòng Tổ chức - Hành chính, Công đoàn cơ sở, Đoàn Thanh niên.",
        IssuerLevel::BanVstbpn => "Ví dụ: Trưởng ban, Phó Trưởng ban, các thành viên của Ban, Công đoàn.",
        _ => "Ví dụ: Hiệu trưởng, Ban vì sự tiến bộ của phụ nữ, Công đoàn, Tổng phụ trách Đội, giáo viên chủ nhiệm.",
    }
}

/// The head's title by issuer level, upper case (PLAN_CHECKLIST §6, A15).
pub(crate) fn head_title(level: IssuerLevel) -> &'static str {
    match level {
        IssuerLevel::So | IssuerLevel::GdnnGdtx => "GIÁM ĐỐC",
        IssuerLevel::Phong => "TRƯỞNG PHÒNG",
        IssuerLevel::BanVstbpn => "TRƯỞNG BAN",
        _ => "HIỆU TRƯỞNG",
    }
}

/// How to sign, by issuer level, for the title rule.
pub(crate) fn title_hint(level: IssuerLevel) -> String {
    if level == IssuerLevel::BanVstbpn {
        "Kế hoạch của Ban do Trưởng ban ký (“TRƯỞNG BAN”), hoặc Phó Trưởng ban ký thay (“KT. TRƯỞNG BAN”, dòng dưới “PHÓ TRƯỞNG BAN”).".to_string()
    } else {
        let t = head_title(level);
        format!("Người đứng đầu ký “{t}”; cấp phó ký thay ghi “KT. {t}” và dòng dưới “PHÓ {t}”.")
    }
}

/// What the second title line holds under a prefix.
pub(crate) fn deputy_hint(authority: Authority, level: IssuerLevel) -> String {
    let t = head_title(level);
    match authority {
        Authority::Kt => {
            format!("Với “KT.”, dòng dưới là chức vụ của cấp phó ký thay, ví dụ “PHÓ {t}”.")
        }
        Authority::Tm => format!(
            "Với “TM.”, dòng dưới là chức vụ của người đứng đầu ký thay mặt tập thể, ví dụ “{t}”."
        ),
        _ => format!(
            "Với “{}”, dòng dưới là chức vụ của người được giao ký.",
            authority.prefix()
        ),
    }
}

/// The kind as named inside a sentence.
pub(crate) fn kind_name(kind: PlanKind) -> &'static str {
    match kind {
        PlanKind::Annual => "kế hoạch năm",
        PlanKind::ActionMonth => "kế hoạch Tháng hành động",
        PlanKind::MultiYear => "kế hoạch giai đoạn",
        PlanKind::GenderAndChildren => "kế hoạch Bình đẳng giới và Trẻ em",
    }
}

/// What the trích yếu of this kind should name.
pub(crate) fn subject_kind_hint(kind: PlanKind) -> &'static str {
    match kind {
        PlanKind::ActionMonth => "Nên nêu “Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới” trong trích yếu.",
        PlanKind::GenderAndChildren => "Nên nêu cả “bình đẳng giới” và “trẻ em” trong trích yếu.",
        _ => "",
    }
}

/// What period suits this kind.
pub(crate) fn period_kind_hint(kind: PlanKind) -> &'static str {
    match kind {
        PlanKind::MultiYear => "Kế hoạch giai đoạn thường kéo dài nhiều năm, ví dụ 2021-2030; nếu chỉ cho một năm, hãy chọn loại kế hoạch năm.",
        PlanKind::ActionMonth => "Tháng hành động diễn ra từ 15/11 đến 15/12 hằng năm: hãy chọn một năm.",
        _ => "Kế hoạch năm áp dụng cho một năm hoặc một năm học; với nhiều năm, hãy chọn loại kế hoạch giai đoạn.",
    }
}
