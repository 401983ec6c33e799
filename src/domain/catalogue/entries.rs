//! The built-in documents, one row per line as in REFERENCES.md (easier to
//! check against it).

use super::{CatalogueEntry, Confidence, Group, Origin, Status};
use crate::domain::date::Date;
use crate::domain::plan::DocType;
use Confidence::{High, Low, Medium};
use DocType::*;
use Group::{Education, Law, Party, Programme, Yearly};
use RowStatus::*;

/// [`Status`] as a constant.
#[derive(Clone, Copy)]
enum RowStatus {
    InForce,
    Running,
    Ended,
    Replaced(&'static str),
    NotVerified,
}

/// One line of the table.
struct Row {
    id: &'static str,
    group: Group,
    doc_type: DocType,
    number: &'static str,
    symbol: &'static str,
    date: Option<(u16, u8, u8)>,
    issuer: &'static str,
    subject: &'static str,
    period: Option<(u16, u16)>,
    status: RowStatus,
    confidence: Confidence,
    name: Option<&'static str>,
}

#[allow(clippy::too_many_arguments)]
const fn e(
    id: &'static str,
    group: Group,
    doc_type: DocType,
    number: &'static str,
    symbol: &'static str,
    date: Option<(u16, u8, u8)>,
    issuer: &'static str,
    subject: &'static str,
    period: Option<(u16, u16)>,
    status: RowStatus,
    confidence: Confidence,
    name: Option<&'static str>,
) -> Row {
    Row {
        id,
        group,
        doc_type,
        number,
        symbol,
        date,
        issuer,
        subject,
        period,
        status,
        confidence,
        name,
    }
}

/// The table as entries, in the picker's group order.
pub(super) fn built_in() -> Vec<CatalogueEntry> {
    let mut out: Vec<CatalogueEntry> = ROWS
        .iter()
        .map(|row| CatalogueEntry {
            id: row.id.to_string(),
            group: row.group,
            doc_type: row.doc_type,
            number: row.number.to_string(),
            symbol: row.symbol.to_string(),
            date: row.date.and_then(|(y, m, d)| Date::new(y, m, d)),
            issuer: row.issuer.to_string(),
            subject: row.subject.to_string(),
            period: row.period,
            status: match row.status {
                InForce => Status::InForce,
                Running => Status::Running,
                Ended => Status::Ended,
                Replaced(by) => Status::Replaced { by: by.to_string() },
                NotVerified => Status::NotVerified,
            },
            confidence: row.confidence,
            name: row.name.map(str::to_string),
            origin: Origin::BuiltIn,
        })
        .collect();
    // Stable: rows keep their order inside a group.
    out.sort_by_key(|e| Group::ALL.iter().position(|g| *g == e.group));
    out
}

const QH: &str = "Quốc hội";
const CP: &str = "Chính phủ";
const TTG: &str = "Thủ tướng Chính phủ";
const BGD: &str = "Bộ Giáo dục và Đào tạo";
const BNV: &str = "Bộ Nội vụ";

// One row per line, as in REFERENCES.md: easier to check against it.
#[rustfmt::skip]
static ROWS: &[Row] = &[
    // §1 Laws, decrees, circulars.
    e("luat-73-2006", Law, Luat, "73", "2006/QH11", Some((2006, 11, 29)), QH,
      "Bình đẳng giới", None, InForce, High, Some("Bình đẳng giới")),
    e("nd-70-2008", Law, NghiDinh, "70", "2008/NĐ-CP", Some((2008, 6, 4)), CP,
      "quy định chi tiết thi hành một số điều của Luật Bình đẳng giới", None,
      NotVerified, Medium, None),
    e("boluat-45-2019", Law, BoLuat, "45", "2019/QH14", Some((2019, 11, 20)), QH,
      "Lao động", None, InForce, High, Some("Lao động")),
    e("luat-02-2007", Law, Luat, "02", "2007/QH12", Some((2007, 11, 21)), QH,
      "Phòng, chống bạo lực gia đình", None,
      Replaced("Luật Phòng, chống bạo lực gia đình số 13/2022/QH15"),
      High, Some("Phòng, chống bạo lực gia đình")),
    e("luat-13-2022", Law, Luat, "13", "2022/QH15", Some((2022, 11, 14)), QH,
      "Phòng, chống bạo lực gia đình", None, InForce, High,
      Some("Phòng, chống bạo lực gia đình")),
    e("luat-102-2016", Law, Luat, "102", "2016/QH13", Some((2016, 4, 5)), QH,
      "Trẻ em", None, InForce, High, Some("Trẻ em")),
    e("nd-56-2017", Law, NghiDinh, "56", "2017/NĐ-CP", Some((2017, 5, 9)), CP,
      "quy định chi tiết một số điều của Luật Trẻ em", None, InForce, High, None),
    e("nd-80-2017", Law, NghiDinh, "80", "2017/NĐ-CP", Some((2017, 7, 17)), CP,
      "quy định về môi trường giáo dục an toàn, lành mạnh, thân thiện, phòng, chống bạo lực học đường",
      None, NotVerified, Medium, None),
    e("tt-13-2021", Law, ThongTu, "13", "2021/TT-BLĐTBXH", Some((2021, 9, 30)),
      "Bộ trưởng Bộ Lao động - Thương binh và Xã hội",
      "Bộ chỉ tiêu thống kê về tình hình trẻ em và tình hình xâm hại trẻ em", None,
      NotVerified, Medium, None),
    e("nd-30-2020", Law, NghiDinh, "30", "2020/NĐ-CP", Some((2020, 3, 5)), CP,
      "công tác văn thư", None, InForce, High, None),
    e("nd-48-2009", Law, NghiDinh, "48", "2009/NĐ-CP", Some((2009, 5, 19)), CP,
      "quy định về các biện pháp bảo đảm bình đẳng giới", None, NotVerified, Medium, None),
    // The day is not verified: no date (the user types it from the original).
    e("nd-125-2021", Law, NghiDinh, "125", "2021/NĐ-CP", None, CP,
      "quy định xử phạt vi phạm hành chính về bình đẳng giới", None, NotVerified, Medium, None),
    // §2 Strategies, national programmes, national days.
    e("nq-28-2021", Programme, NghiQuyet, "28", "NQ-CP", Some((2021, 3, 3)), CP,
      "ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
      Some((2021, 2030)), Running, High, None),
    e("qd-2351-2010", Programme, QuyetDinh, "2351", "QĐ-TTg", Some((2010, 12, 24)), TTG,
      "phê duyệt Chiến lược quốc gia về bình đẳng giới giai đoạn 2011-2020",
      Some((2011, 2020)), Ended, Medium, None),
    e("qd-1696-2015", Programme, QuyetDinh, "1696", "QĐ-TTg", Some((2015, 10, 2)), TTG,
      "phê duyệt Chương trình hành động quốc gia về bình đẳng giới giai đoạn 2016-2020",
      Some((2016, 2020)), Ended, High, None),
    e("qd-1790-2021", Programme, QuyetDinh, "1790", "QĐ-TTg", Some((2021, 10, 23)), TTG,
      "phê duyệt Chương trình truyền thông về bình đẳng giới đến năm 2030",
      Some((2021, 2030)), Running, High, None),
    e("qd-2282-2020", Programme, QuyetDinh, "2282", "QĐ-TTg", Some((2020, 12, 31)), TTG,
      "phê duyệt Chương trình “Tăng cường tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách giai đoạn 2021-2030”",
      Some((2021, 2030)), Running, Medium, None),
    e("qd-2232-2020", Programme, QuyetDinh, "2232", "QĐ-TTg", Some((2020, 12, 28)), TTG,
      "phê duyệt Chương trình “Phòng ngừa và ứng phó với bạo lực trên cơ sở giới giai đoạn 2021-2025”",
      Some((2021, 2025)), Ended, Medium, None),
    e("qd-1464-2016", Programme, QuyetDinh, "1464", "QĐ-TTg", Some((2016, 7, 22)), TTG,
      "phê duyệt Đề án “Phòng ngừa và ứng phó với bạo lực trên cơ sở giới giai đoạn 2016-2020 và tầm nhìn đến năm 2030”",
      Some((2016, 2020)), Ended, Medium, None),
    // The day of the decision is not confirmed (June 2017): no date.
    e("qd-938-2017", Programme, QuyetDinh, "938", "QĐ-TTg", None, TTG,
      "phê duyệt Đề án “Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết một số vấn đề xã hội liên quan đến phụ nữ giai đoạn 2017-2027”",
      Some((2017, 2027)), Running, Medium, None),
    e("qd-363-2016", Programme, QuyetDinh, "363", "QĐ-TTg", Some((2016, 3, 8)), TTG,
      "lấy tháng 6 hằng năm là Tháng hành động quốc gia về phòng, chống bạo lực gia đình",
      None, NotVerified, High, None),
    e("qd-72-2001", Programme, QuyetDinh, "72", "2001/QĐ-TTg", Some((2001, 5, 4)), TTG,
      "Ngày Gia đình Việt Nam", None, InForce, High, None),
    // §3 Education sector.
    e("qd-383-2022", Education, QuyetDinh, "383", "QĐ-BGDĐT", Some((2022, 1, 26)), BGD,
      // Its own trích yếu (REFERENCES §9 correction, High).
      "ban hành Kế hoạch hành động vì sự tiến bộ phụ nữ và bình đẳng giới giai đoạn 2021 - 2030 của Bộ Giáo dục và Đào tạo",
      Some((2021, 2030)), Running, High, None),
    e("qd-4996-2016", Education, QuyetDinh, "4996", "QĐ-BGDĐT", Some((2016, 10, 28)), BGD,
      "ban hành Kế hoạch hành động về bình đẳng giới của ngành Giáo dục giai đoạn 2016-2020",
      Some((2016, 2020)), Ended, Medium, None),
    e("qd-5886-2017", Education, QuyetDinh, "5886", "QĐ-BGDĐT", Some((2017, 12, 28)), BGD,
      "ban hành Chương trình hành động phòng, chống bạo lực học đường trong cơ sở giáo dục mầm non, phổ thông, giáo dục thường xuyên giai đoạn 2017-2021",
      Some((2017, 2021)), Ended, Medium, None),
    e("qd-2940-2022", Education, QuyetDinh, "2940", "QĐ-BGDĐT", Some((2022, 10, 10)), BGD,
      "phê duyệt tài liệu hướng dẫn “Xây dựng Trường học An toàn, Thân thiện, Bình đẳng, phòng chống Bạo lực học đường trên cơ sở giới”",
      None, NotVerified, Medium, None),
    // The day comes from one low-quality copy (Low): not used to flag users.
    e("qd-1299-2018", Education, QuyetDinh, "1299", "QĐ-TTg", Some((2018, 10, 3)), TTG,
      "phê duyệt Đề án “Xây dựng văn hóa ứng xử trong trường học giai đoạn 2018-2025”",
      Some((2018, 2025)), Ended, Low, None),
    e("kh-1506-2019", Education, KeHoach, "1506", "KH-BGDĐT", Some((2019, 5, 31)), BGD,
      "triển khai Đề án “Xây dựng văn hóa ứng xử trong trường học giai đoạn 2018-2025”",
      None, NotVerified, Low, None),
    e("kh-103-2019", Education, KeHoach, "103", "KH-CDN", Some((2019, 4, 2)),
      "Công đoàn Giáo dục Việt Nam",
      "năng lực ứng xử sư phạm, đạo đức nhà giáo, quy tắc ứng xử trong nhà trường",
      None, NotVerified, Low, None),
    e("qd-1373-2021", Education, QuyetDinh, "1373", "QĐ-TTg", Some((2021, 7, 30)), TTG,
      "phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”",
      Some((2021, 2030)), Running, Medium, None),
    e("qd-732-2016", Education, QuyetDinh, "732", "QĐ-TTg", Some((2016, 4, 29)), TTG,
      "phê duyệt Đề án đào tạo, bồi dưỡng nhà giáo và cán bộ quản lý cơ sở giáo dục giai đoạn 2016-2020, định hướng đến năm 2025",
      Some((2016, 2025)), Ended, Medium, None),
    e("nd-71-2020", Education, NghiDinh, "71", "2020/NĐ-CP", Some((2020, 6, 30)), CP,
      "quy định lộ trình nâng trình độ chuẩn được đào tạo của giáo viên mầm non, tiểu học, trung học cơ sở",
      None, NotVerified, Medium, None),
    // REFERENCES §9: 43/2019/QH14, amended by 123/2025/QH15 (in force
    // 01/01/2026), both Medium.
    e("luat-43-2019", Education, Luat, "43", "2019/QH14", Some((2019, 6, 14)), QH,
      "Giáo dục", None, InForce, Medium, Some("Giáo dục")),
    e("luat-123-2025", Education, Luat, "123", "2025/QH15", Some((2025, 12, 10)), QH,
      "sửa đổi, bổ sung một số điều của Luật Giáo dục", None, InForce, Medium,
      Some("sửa đổi, bổ sung một số điều của Luật Giáo dục")),
    // §9 The yearly letters of 2025 and the school year 2025-2026. Those of
    // 2026 are not known: the picker asks the user for them, never a number
    // of ours.
    e("cv-739-2025", Yearly, CongVan, "739", "BNV-CTTN&BĐG", Some((2025, 3, 28)), BNV,
      "hướng dẫn thực hiện công tác bình đẳng giới năm 2025",
      Some((2025, 2025)), Running, High, None),
    // Number High, date Medium.
    e("cv-8935-2025", Yearly, CongVan, "8935", "BNV-CTTN&BĐG", Some((2025, 10, 3)), BNV,
      "hướng dẫn tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2025",
      Some((2025, 2025)), Running, Medium, None),
    e("qd-2358-2025", Yearly, QuyetDinh, "2358", "QĐ-BGDĐT", Some((2025, 8, 20)), BGD,
      "ban hành nhiệm vụ, giải pháp trọng tâm năm học 2025-2026",
      Some((2025, 2026)), Running, High, None),
    e("cv-4555-2025", Yearly, CongVan, "4555", "BGDĐT-GDPT", Some((2025, 8, 5)), BGD,
      "hướng dẫn thực hiện nhiệm vụ giáo dục phổ thông năm học 2025-2026",
      Some((2025, 2026)), Running, High, None),
    // §4 Party documents ("số-loại/cơ quan").
    e("ct-21-2018", Party, ChiThi, "21", "CT/TW", Some((2018, 1, 20)), "Ban Bí thư",
      "tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới",
      None, NotVerified, Medium, None),
    e("ct-37-1994", Party, ChiThi, "37", "CT/TW", Some((1994, 5, 16)), "Ban Bí thư",
      "một số vấn đề công tác cán bộ nữ trong tình hình mới",
      None, NotVerified, Medium, None),
    e("nq-11-2007", Party, NghiQuyet, "11", "NQ/TW", Some((2007, 4, 27)), "Bộ Chính trị",
      "công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước",
      None, NotVerified, Medium, None),
    e("ct-05-2016", Party, ChiThi, "05", "CT/TW", Some((2016, 5, 15)), "Bộ Chính trị",
      "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
      None, NotVerified, High, None),
];
