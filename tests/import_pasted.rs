//! A plan pasted from a school's web page, written for this test (not one
//! the reader was built on): site noise above the header, the header's two
//! columns glued by runs of spaces, and Nơi nhận beside the signer on the
//! same lines. Nothing may be lost: every role, the signer, and the noise
//! kept as "not placed".

#![cfg(not(target_arch = "wasm32"))]

use kehoach_bdg::domain::import::read_text;

const PASTED: &str = "Trang chủ » Tin tức » Văn bản
Đăng lúc: 08:15 - 14/01/2027 | Lượt xem: 231
UBND XÃ ĐÔNG SƠN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG MẦM NON HOA MAI   Độc lập - Tự do - Hạnh phúc
Số:   05 / KH - MNHM        Đông Sơn, ngày 09 tháng 01 năm 2027
KẾ HOẠCH
Thực hiện công tác bình đẳng giới năm 2027
Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2027 của UBND xã Đông Sơn về công tác bình đẳng giới năm 2027;
I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao nhận thức của cán bộ, giáo viên về bình đẳng giới.
II. TỔ CHỨC THỰC HIỆN
1. Hiệu trưởng: chỉ đạo chung.
2. Ban VSTBPN: tham mưu, theo dõi, báo cáo.
Nơi nhận:                                   HIỆU TRƯỞNG
- UBND xã (b/c);
- Lưu: VT.                                   Nguyễn Thị Hoa
";

#[test]
fn a_pasted_page_keeps_every_role_and_the_signer_beside_the_recipients() {
    let r = read_text(PASTED).recognised;
    let p = &r.plan;
    assert_eq!(p.header.issuer, "TRƯỜNG MẦM NON HOA MAI");
    let roles: Vec<&str> = p.assignments.iter().map(|a| a.role.as_str()).collect();
    // "báo cáo" in a duty does not make the role a heading of the reports.
    assert_eq!(roles, ["Hiệu trưởng", "Ban VSTBPN"]);
    assert_eq!(p.recipients, ["UBND xã (b/c)"]);
    assert_eq!(p.archive_units, "");
    assert_eq!(p.signer.title, "HIỆU TRƯỞNG");
    assert_eq!(p.signer.name, "Nguyễn Thị Hoa");
    let unplaced: Vec<&str> = p.unplaced.iter().map(|u| u.text.as_str()).collect();
    assert_eq!(
        unplaced,
        [
            "Trang chủ » Tin tức » Văn bản",
            "Đăng lúc: 08:15 - 14/01/2027 | Lượt xem: 231"
        ]
    );
}
