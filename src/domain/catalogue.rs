//! The national documents plans cite, as static data, and the check of a
//! citation against them.
//!
//! Source: REFERENCES.md sections 1–4 (documents), 7 (key dates of the
//! year) and 8 (Action Month themes). Status and confidence are as recorded
//! there; entries marked [`Status::NotVerified`] or [`Confidence::Low`] must
//! be re-checked on vbpl.vn before a release. Not included: the "Dự án hỗ
//! trợ thực hiện các mục tiêu quốc gia về bình đẳng giới" (no number, no
//! document type of ours) and the local documents of §6 (examples, not
//! national).
//!
//! Published plans do cite wrong numbers and dates (one seed gives two years
//! for the same decision), which is why [`check_citation`] exists: it only
//! compares against what is known, and says nothing about documents it does
//! not know.

use crate::domain::date::Date;
use crate::domain::nd30::{citation_full, citation_reference};
use crate::domain::plan::{BasisVerb, Citation, DocType, SubArea};

/// Is the document still to be applied?
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// In force, no replacement known.
    InForce,
    /// A programme whose period is not over.
    Running,
    /// A programme whose period is over.
    Ended,
    /// Replaced by the document named (as it is cited).
    Replaced { by: &'static str },
    /// No source checked for its status.
    NotVerified,
}

/// How sure REFERENCES.md is of the number and date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confidence {
    High,
    Medium,
    /// One weak source: the date is not used to flag a user's citation.
    Low,
}

/// Which table of REFERENCES.md the entry comes from (the picker's groups).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// §1 Laws, decrees, circulars.
    Law,
    /// §2 Strategies, national programmes, national days.
    Programme,
    /// §3 Education-sector documents.
    Education,
    /// §4 Party documents.
    Party,
}

impl Group {
    /// Heading of the group in the picker.
    pub fn title_vi(self) -> &'static str {
        match self {
            Group::Law => "Luật, nghị định, thông tư",
            Group::Programme => "Chiến lược, chương trình quốc gia",
            Group::Education => "Văn bản của ngành Giáo dục",
            Group::Party => "Văn bản của Đảng",
        }
    }
}

/// One national document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CatalogueEntry {
    /// Stable key for the picker and for tests: "luat-73-2006".
    pub id: &'static str,
    pub group: Group,
    pub doc_type: DocType,
    /// "73"; empty when the sources give no number.
    pub number: &'static str,
    /// "2006/QH11", "QĐ-TTg", "CT/TW".
    pub symbol: &'static str,
    /// (year, month, day); `None` when the day is not confirmed.
    pub date: Option<(u16, u8, u8)>,
    pub issuer: &'static str,
    /// Trích yếu, written to follow the issuer in a citation: a topic (read
    /// after "về") or a verb ("phê duyệt …").
    pub subject: &'static str,
    /// First and last year of a programme.
    pub period: Option<(u16, u16)>,
    pub status: Status,
    pub confidence: Confidence,
    /// For laws cited by name: the name after the type word ("Bình đẳng
    /// giới" in "Luật Bình đẳng giới").
    pub name: Option<&'static str>,
}

impl CatalogueEntry {
    /// The issue date as a [`Date`].
    pub fn date(&self) -> Option<Date> {
        self.date.and_then(|(y, m, d)| Date::new(y, m, d))
    }

    /// The entry as a citation the user can add to the căn cứ.
    pub fn to_citation(&self) -> Citation {
        Citation {
            id: 0,
            verb: BasisVerb::CanCu,
            doc_type: self.doc_type,
            number: self.number.to_string(),
            symbol: self.symbol.to_string(),
            date: self.date(),
            issuer: self.issuer.to_string(),
            subject: self.name.unwrap_or(self.subject).to_string(),
            superior_plan: false,
        }
    }

    /// How the picker shows the entry: the citation at its first mention.
    pub fn label(&self) -> String {
        citation_full(&self.to_citation())
    }
}

/// A citation that disagrees with the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogueMismatch {
    /// Same ký hiệu family and date but another number, or same number and
    /// ký hiệu but another date. `expected` is the catalogue's reference and
    /// date ("73/2006/QH11 ngày 29/11/2006").
    NumberMismatch { expected: String },
    /// A programme whose period ended before the plan's year.
    Expired { period_end: u16 },
    /// A document replaced by another (as cited).
    Replaced { by: String },
}

impl CatalogueMismatch {
    /// What the checklist tells the user.
    pub fn message_vi(&self) -> String {
        match self {
            CatalogueMismatch::NumberMismatch { expected } => format!(
                "Số, ký hiệu hoặc ngày của văn bản này khác với danh mục văn bản đã biết ({expected}); hãy đối chiếu với bản gốc."
            ),
            CatalogueMismatch::Expired { period_end } => format!(
                "Văn bản này áp dụng đến năm {period_end}, trước năm của kế hoạch; hãy xem đã có văn bản nào cho giai đoạn mới chưa."
            ),
            CatalogueMismatch::Replaced { by } => {
                format!("Văn bản này đã được thay thế bởi {by}; hãy căn cứ văn bản mới.")
            }
        }
    }
}

use Confidence::{High, Low, Medium};
use DocType::*;
use Group::{Education, Law, Party, Programme};

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
    status: Status,
    confidence: Confidence,
    name: Option<&'static str>,
) -> CatalogueEntry {
    CatalogueEntry {
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

const QH: &str = "Quốc hội";
const CP: &str = "Chính phủ";
const TTG: &str = "Thủ tướng Chính phủ";
const BGD: &str = "Bộ Giáo dục và Đào tạo";

// One row per line, as in REFERENCES.md: easier to check against it.
#[rustfmt::skip]
static ENTRIES: [CatalogueEntry; 35] = [
    // §1 Laws, decrees, circulars.
    e("luat-73-2006", Law, Luat, "73", "2006/QH11", Some((2006, 11, 29)), QH,
      "Bình đẳng giới", None, Status::InForce, High, Some("Bình đẳng giới")),
    e("nd-70-2008", Law, NghiDinh, "70", "2008/NĐ-CP", Some((2008, 6, 4)), CP,
      "quy định chi tiết thi hành một số điều của Luật Bình đẳng giới", None,
      Status::NotVerified, Medium, None),
    e("boluat-45-2019", Law, BoLuat, "45", "2019/QH14", Some((2019, 11, 20)), QH,
      "Lao động", None, Status::InForce, High, Some("Lao động")),
    e("luat-02-2007", Law, Luat, "02", "2007/QH12", Some((2007, 11, 21)), QH,
      "Phòng, chống bạo lực gia đình", None,
      Status::Replaced { by: "Luật Phòng, chống bạo lực gia đình số 13/2022/QH15" },
      High, Some("Phòng, chống bạo lực gia đình")),
    e("luat-13-2022", Law, Luat, "13", "2022/QH15", Some((2022, 11, 14)), QH,
      "Phòng, chống bạo lực gia đình", None, Status::InForce, High,
      Some("Phòng, chống bạo lực gia đình")),
    e("luat-102-2016", Law, Luat, "102", "2016/QH13", Some((2016, 4, 5)), QH,
      "Trẻ em", None, Status::InForce, High, Some("Trẻ em")),
    e("nd-56-2017", Law, NghiDinh, "56", "2017/NĐ-CP", Some((2017, 5, 9)), CP,
      "quy định chi tiết một số điều của Luật Trẻ em", None, Status::InForce, High, None),
    e("nd-80-2017", Law, NghiDinh, "80", "2017/NĐ-CP", Some((2017, 7, 17)), CP,
      "quy định về môi trường giáo dục an toàn, lành mạnh, thân thiện, phòng, chống bạo lực học đường",
      None, Status::NotVerified, Medium, None),
    e("tt-13-2021", Law, ThongTu, "13", "2021/TT-BLĐTBXH", Some((2021, 9, 30)),
      "Bộ trưởng Bộ Lao động - Thương binh và Xã hội",
      "Bộ chỉ tiêu thống kê về tình hình trẻ em và tình hình xâm hại trẻ em", None,
      Status::NotVerified, Medium, None),
    e("nd-30-2020", Law, NghiDinh, "30", "2020/NĐ-CP", Some((2020, 3, 5)), CP,
      "công tác văn thư", None, Status::InForce, High, None),
    // §2 Strategies, national programmes, national days.
    e("nq-28-2021", Programme, NghiQuyet, "28", "NQ-CP", Some((2021, 3, 3)), CP,
      "ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
      Some((2021, 2030)), Status::Running, High, None),
    e("qd-2351-2010", Programme, QuyetDinh, "2351", "QĐ-TTg", Some((2010, 12, 24)), TTG,
      "phê duyệt Chiến lược quốc gia về bình đẳng giới giai đoạn 2011-2020",
      Some((2011, 2020)), Status::Ended, Medium, None),
    e("qd-1696-2015", Programme, QuyetDinh, "1696", "QĐ-TTg", Some((2015, 10, 2)), TTG,
      "phê duyệt Chương trình hành động quốc gia về bình đẳng giới giai đoạn 2016-2020",
      Some((2016, 2020)), Status::Ended, High, None),
    e("qd-1790-2021", Programme, QuyetDinh, "1790", "QĐ-TTg", Some((2021, 10, 23)), TTG,
      "phê duyệt Chương trình truyền thông về bình đẳng giới đến năm 2030",
      Some((2021, 2030)), Status::Running, High, None),
    e("qd-2282-2020", Programme, QuyetDinh, "2282", "QĐ-TTg", Some((2020, 12, 31)), TTG,
      "phê duyệt Chương trình “Tăng cường tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách giai đoạn 2021-2030”",
      Some((2021, 2030)), Status::Running, Medium, None),
    e("qd-2232-2020", Programme, QuyetDinh, "2232", "QĐ-TTg", Some((2020, 12, 28)), TTG,
      "phê duyệt Chương trình “Phòng ngừa và ứng phó với bạo lực trên cơ sở giới giai đoạn 2021-2025”",
      Some((2021, 2025)), Status::Ended, Medium, None),
    e("qd-1464-2016", Programme, QuyetDinh, "1464", "QĐ-TTg", Some((2016, 7, 22)), TTG,
      "phê duyệt Đề án “Phòng ngừa và ứng phó với bạo lực trên cơ sở giới giai đoạn 2016-2020 và tầm nhìn đến năm 2030”",
      Some((2016, 2020)), Status::Ended, Medium, None),
    // The day of the decision is not confirmed (June 2017): no date.
    e("qd-938-2017", Programme, QuyetDinh, "938", "QĐ-TTg", None, TTG,
      "phê duyệt Đề án “Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết một số vấn đề xã hội liên quan đến phụ nữ giai đoạn 2017-2027”",
      Some((2017, 2027)), Status::Running, Medium, None),
    e("qd-363-2016", Programme, QuyetDinh, "363", "QĐ-TTg", Some((2016, 3, 8)), TTG,
      "lấy tháng 6 hằng năm là Tháng hành động quốc gia về phòng, chống bạo lực gia đình",
      None, Status::NotVerified, High, None),
    e("qd-72-2001", Programme, QuyetDinh, "72", "2001/QĐ-TTg", Some((2001, 5, 4)), TTG,
      "Ngày Gia đình Việt Nam", None, Status::InForce, High, None),
    // §3 Education sector.
    e("qd-383-2022", Education, QuyetDinh, "383", "QĐ-BGDĐT", Some((2022, 1, 26)), BGD,
      "ban hành Kế hoạch hành động vì sự tiến bộ của phụ nữ và bình đẳng giới giai đoạn 2021-2030 của ngành Giáo dục",
      Some((2021, 2030)), Status::Running, High, None),
    e("qd-4996-2016", Education, QuyetDinh, "4996", "QĐ-BGDĐT", Some((2016, 10, 28)), BGD,
      "ban hành Kế hoạch hành động về bình đẳng giới của ngành Giáo dục giai đoạn 2016-2020",
      Some((2016, 2020)), Status::Ended, Medium, None),
    e("qd-5886-2017", Education, QuyetDinh, "5886", "QĐ-BGDĐT", Some((2017, 12, 28)), BGD,
      "ban hành Chương trình hành động phòng, chống bạo lực học đường trong cơ sở giáo dục mầm non, phổ thông, giáo dục thường xuyên giai đoạn 2017-2021",
      Some((2017, 2021)), Status::Ended, Medium, None),
    e("qd-2940-2022", Education, QuyetDinh, "2940", "QĐ-BGDĐT", Some((2022, 10, 10)), BGD,
      "phê duyệt tài liệu hướng dẫn “Xây dựng Trường học An toàn, Thân thiện, Bình đẳng, phòng chống Bạo lực học đường trên cơ sở giới”",
      None, Status::NotVerified, Medium, None),
    // The day comes from one low-quality copy (Low): not used to flag users.
    e("qd-1299-2018", Education, QuyetDinh, "1299", "QĐ-TTg", Some((2018, 10, 3)), TTG,
      "phê duyệt Đề án “Xây dựng văn hóa ứng xử trong trường học giai đoạn 2018-2025”",
      Some((2018, 2025)), Status::Ended, Low, None),
    e("kh-1506-2019", Education, KeHoach, "1506", "KH-BGDĐT", Some((2019, 5, 31)), BGD,
      "triển khai Đề án “Xây dựng văn hóa ứng xử trong trường học giai đoạn 2018-2025”",
      None, Status::NotVerified, Low, None),
    e("kh-103-2019", Education, KeHoach, "103", "KH-CDN", Some((2019, 4, 2)),
      "Công đoàn Giáo dục Việt Nam",
      "năng lực ứng xử sư phạm, đạo đức nhà giáo, quy tắc ứng xử trong nhà trường",
      None, Status::NotVerified, Low, None),
    e("qd-1373-2021", Education, QuyetDinh, "1373", "QĐ-TTg", Some((2021, 7, 30)), TTG,
      "phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”",
      Some((2021, 2030)), Status::Running, Medium, None),
    e("qd-732-2016", Education, QuyetDinh, "732", "QĐ-TTg", Some((2016, 4, 29)), TTG,
      "phê duyệt Đề án đào tạo, bồi dưỡng nhà giáo và cán bộ quản lý cơ sở giáo dục giai đoạn 2016-2020, định hướng đến năm 2025",
      Some((2016, 2025)), Status::Ended, Medium, None),
    e("nd-71-2020", Education, NghiDinh, "71", "2020/NĐ-CP", Some((2020, 6, 30)), CP,
      "quy định lộ trình nâng trình độ chuẩn được đào tạo của giáo viên mầm non, tiểu học, trung học cơ sở",
      None, Status::NotVerified, Medium, None),
    // Number not in the sources: cited by name only.
    e("luat-giao-duc-2019", Education, Luat, "", "", None, QH,
      "Giáo dục", None, Status::NotVerified, Medium, Some("Giáo dục")),
    // §4 Party documents ("số-loại/cơ quan").
    e("ct-21-2018", Party, ChiThi, "21", "CT/TW", Some((2018, 1, 20)), "Ban Bí thư",
      "tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới",
      None, Status::NotVerified, Medium, None),
    e("ct-37-1994", Party, ChiThi, "37", "CT/TW", Some((1994, 5, 16)), "Ban Bí thư",
      "một số vấn đề công tác cán bộ nữ trong tình hình mới",
      None, Status::NotVerified, Medium, None),
    e("nq-11-2007", Party, NghiQuyet, "11", "NQ/TW", Some((2007, 4, 27)), "Bộ Chính trị",
      "công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước",
      None, Status::NotVerified, Medium, None),
    e("ct-05-2016", Party, ChiThi, "05", "CT/TW", Some((2016, 5, 15)), "Bộ Chính trị",
      "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
      None, Status::NotVerified, High, None),
];

/// Every catalogued document, grouped as in REFERENCES.md.
pub fn entries() -> &'static [CatalogueEntry] {
    &ENTRIES
}

/// The entry with this [`CatalogueEntry::id`].
pub fn by_id(id: &str) -> Option<&'static CatalogueEntry> {
    ENTRIES.iter().find(|e| e.id == id)
}

/// Upper case without spaces: "qđ - TTg" and "QĐ-TTg" are one ký hiệu.
fn symbol_key(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect()
}

/// "05" and "5" are one number.
fn number_key(s: &str) -> &str {
    let t = s.trim();
    let stripped = t.trim_start_matches('0');
    if stripped.is_empty() {
        t
    } else {
        stripped
    }
}

/// Can a citation of this type refer to this entry? Equal types, or a plan,
/// programme or project cited by the number of the decision that approved
/// it ("Đề án 938/QĐ-TTg" is Quyết định 938/QĐ-TTg).
fn types_match(cited: DocType, entry: &CatalogueEntry) -> bool {
    cited == entry.doc_type
        || (entry.doc_type == QuyetDinh
            && matches!(cited, DeAn | ChuongTrinh | KeHoach)
            && symbol_key(entry.symbol).starts_with("QĐ"))
}

/// The catalogue's reference and date, for messages: "73/2006/QH11 ngày
/// 29/11/2006".
fn expected_text(entry: &CatalogueEntry) -> String {
    let c = entry.to_citation();
    let reference = citation_reference(&c);
    match c.date {
        Some(d) => format!(
            "{} số {reference} ngày {}",
            entry.doc_type.name_vi(),
            d.short_vi()
        ),
        None => format!("{} số {reference}", entry.doc_type.name_vi()),
    }
}

/// Compares a citation with the catalogue, for a plan of `plan_year` (0 when
/// unknown: no period check). An empty result means nothing known is wrong,
/// including for documents the catalogue does not hold.
pub fn check_citation(c: &Citation, plan_year: u16) -> Vec<CatalogueMismatch> {
    let mut out = Vec::new();
    let number = number_key(&c.number);
    let symbol = symbol_key(&c.symbol);

    if number.is_empty() {
        // Cited by name. Two laws may share a name (the 2007 and 2022 laws
        // on domestic violence); citing the name means the one in force.
        let name = c.subject.trim().to_lowercase();
        let named: Vec<&CatalogueEntry> = ENTRIES
            .iter()
            .filter(|e| e.doc_type == c.doc_type)
            .filter(|e| e.name.is_some_and(|n| n.to_lowercase() == name))
            .collect();
        if let Some(replaced) = named
            .iter()
            .find(|e| matches!(e.status, Status::Replaced { .. }))
        {
            if named
                .iter()
                .all(|e| matches!(e.status, Status::Replaced { .. }))
            {
                if let Status::Replaced { by } = replaced.status {
                    out.push(CatalogueMismatch::Replaced { by: by.to_string() });
                }
            }
        }
        return out;
    }

    let family: Vec<&CatalogueEntry> = ENTRIES
        .iter()
        .filter(|e| !e.number.is_empty())
        .filter(|e| types_match(c.doc_type, e) && symbol_key(e.symbol) == symbol)
        .collect();

    if let Some(entry) = family.iter().find(|e| number_key(e.number) == number) {
        let dates_differ = matches!((entry.date(), c.date), (Some(a), Some(b)) if a != b);
        if dates_differ && entry.confidence != Low {
            out.push(CatalogueMismatch::NumberMismatch {
                expected: expected_text(entry),
            });
        }
        if let Some((_, end)) = entry.period {
            if plan_year != 0 && end < plan_year {
                out.push(CatalogueMismatch::Expired { period_end: end });
            }
        }
        if let Status::Replaced { by } = entry.status {
            out.push(CatalogueMismatch::Replaced { by: by.to_string() });
        }
    } else if let Some(date) = c.date {
        if let Some(entry) = family
            .iter()
            .find(|e| e.confidence != Low && e.date() == Some(date))
        {
            out.push(CatalogueMismatch::NumberMismatch {
                expected: expected_text(entry),
            });
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Action Month themes (REFERENCES.md §8)
// ---------------------------------------------------------------------------

const THEME_2021_2024: &str = "Đảm bảo an sinh xã hội, tăng quyền năng và tạo cơ hội cho phụ nữ và trẻ em gái nhằm thực hiện bình đẳng giới và xóa bỏ bạo lực trên cơ sở giới";

/// The national theme of the Tháng hành động vì bình đẳng giới và phòng
/// ngừa, ứng phó với bạo lực trên cơ sở giới of a year, when known. A
/// pre-fill only: the user can edit it. `None` before 2016 (the Month began
/// then) and for years not yet announced.
pub fn action_month_theme(year: u16) -> Option<&'static str> {
    match year {
        2016 => Some("Chung tay xóa bỏ bạo lực đối với phụ nữ và trẻ em gái"),
        2017 => Some("Chung tay chấm dứt bạo lực đối với phụ nữ và trẻ em gái"),
        2018 => Some("Chủ động phòng, chống bạo lực, xâm hại phụ nữ và trẻ em"),
        // 2020: the ministry's account; local documents used other themes.
        2019 | 2020 => Some("Chấm dứt bạo lực đối với phụ nữ và trẻ em"),
        2021..=2024 => Some(THEME_2021_2024),
        2025 => Some("Bình đẳng giới và an toàn cho phụ nữ và trẻ em gái trong kỷ nguyên số"),
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// Key dates of the year (REFERENCES.md §7)
// ---------------------------------------------------------------------------

/// A day (or span of days) of the year that plans mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyDate {
    pub day: u8,
    pub month: u8,
    /// Last day of a span ("15/11–15/12"), as (day, month).
    pub until: Option<(u8, u8)>,
    /// Counted in the lunar calendar (tết Trung thu, 15/8 âm lịch).
    pub lunar: bool,
    /// Name as written mid-sentence (NĐ 30 PL II V.5 capitalisation).
    pub name_vi: &'static str,
    /// The sub-area whose tasks mark it.
    pub area: SubArea,
    /// The document that sets it, as cited; empty for international days.
    pub basis: &'static str,
}

const fn kd(
    day: u8,
    month: u8,
    until: Option<(u8, u8)>,
    lunar: bool,
    name_vi: &'static str,
    area: SubArea,
    basis: &'static str,
) -> KeyDate {
    KeyDate {
        day,
        month,
        until,
        lunar,
        name_vi,
        area,
        basis,
    }
}

#[rustfmt::skip]
static KEY_DATES: [KeyDate; 10] = [
    kd(8, 3, None, false, "ngày Quốc tế Phụ nữ", SubArea::Observances, ""),
    kd(20, 3, None, false, "ngày Quốc tế Hạnh phúc", SubArea::Observances, ""),
    kd(1, 6, Some((30, 6)), false, "Tháng hành động vì trẻ em", SubArea::ViolencePrevention, ""),
    kd(1, 6, Some((30, 6)), false,
       "Tháng hành động quốc gia về phòng, chống bạo lực gia đình",
       SubArea::ViolencePrevention, "Quyết định số 363/QĐ-TTg"),
    kd(28, 6, None, false, "ngày Gia đình Việt Nam", SubArea::Observances,
       "Quyết định số 72/2001/QĐ-TTg"),
    kd(15, 8, None, true, "tết Trung thu", SubArea::Observances, ""),
    kd(11, 10, None, false, "ngày Quốc tế trẻ em gái", SubArea::Observances, ""),
    kd(20, 10, None, false, "ngày Phụ nữ Việt Nam", SubArea::Observances, ""),
    kd(15, 11, Some((15, 12)), false,
       "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
       SubArea::ActionMonth, "Quyết định số 1696/QĐ-TTg"),
    kd(25, 11, None, false, "ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ",
       SubArea::ActionMonth, ""),
];

/// The key dates of the year, in calendar order (lunar dates by their
/// lunar day and month).
pub fn key_dates() -> &'static [KeyDate] {
    &KEY_DATES
}
