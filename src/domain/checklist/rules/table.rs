//! The rule table: one row per rule, in the order of the checklist
//! (PLAN_CHECKLIST elements A1–A16, B1–B12, X1–X11 where they are checked).
//!
//! A row: variant, stable code, element, home section, severity, kind, then
//! the Vietnamese message, the Vietnamese hint and the English message.

use super::{RuleDef, RuleKind, Severity, SeverityRule};
use crate::domain::section::SectionId;

const E: SeverityRule = SeverityRule::Fixed(Severity::Error);
const W: SeverityRule = SeverityRule::Fixed(Severity::Warning);
const H: SeverityRule = SeverityRule::Fixed(Severity::Hint);
const SW: Severity = Severity::Warning;
const SH: Severity = Severity::Hint;

/// The hint of every "citation lacks a part" rule: what a first citation
/// of a document must give.
const CITE_IN_FULL: &str = "Lần đầu nhắc đến một văn bản cần ghi đủ: loại văn bản, số và ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu (Nghị định 30, Phụ lục I, mục II.6).";

rules! {
    // ----- A1–A3: header -------------------------------------------------
    IssuerMissing: "A1.issuer-missing", "A1", Header, E, Missing,
        "Chưa có tên đơn vị ban hành kế hoạch.",
        "Ghi tên đầy đủ của đơn vị, ví dụ “Trường Tiểu học Kim Đồng”. Khi xuất văn bản, tên được in hoa ở góc trên bên trái.",
        "The issuing body is missing.";
    ParentBodyMissing: "A1.parent-body-missing", "A1", Header, W, Missing,
        "Chưa có tên cơ quan chủ quản (dòng phía trên tên đơn vị).",
        "{example} Nếu đơn vị thật sự không có cơ quan quản lý trực tiếp, có thể bỏ qua nhắc nhở này.",
        "The parent body (the line above the issuer) is missing.";
    AbbrMissing: "A2.abbr-missing", "A2", Header, E, Missing,
        "Chưa có chữ viết tắt tên đơn vị để ghi ký hiệu văn bản (phần sau “/KH-”).",
        "Nhập chữ viết tắt do thủ trưởng đơn vị quy định, ví dụ “THKĐ” để có số “…/KH-THKĐ”.",
        "The issuer abbreviation for the document symbol (after “/KH-”) is missing.";
    AbbrSpaces: "A2.abbr-spaces", "A2", Header, W, Problem,
        "Chữ viết tắt “{value}” có dấu cách.",
        "Ký hiệu văn bản không có dấu cách; khi xuất văn bản sẽ in thành “{fixed}”. Hãy sửa cho đúng chữ viết tắt của đơn vị.",
        "The issuer abbreviation “{value}” contains spaces.";
    AbbrLowercase: "A2.abbr-lowercase", "A2", Header, W, Problem,
        "Chữ viết tắt “{value}” có chữ thường.",
        "Ký hiệu văn bản viết bằng chữ in hoa; khi xuất văn bản sẽ in thành “{fixed}”.",
        "The issuer abbreviation “{value}” contains lower-case letters.";
    AbbrInvalid: "A2.abbr-invalid", "A2", Header, E, Problem,
        "Chữ viết tắt “{value}” không hợp lệ.",
        "Chỉ dùng chữ in hoa không dấu (riêng chữ Đ được phép), chữ số, dấu “&” và dấu “-” giữa các nhóm, bắt đầu bằng một chữ cái, ví dụ “PGDĐT” hoặc “THKĐ”.",
        "The issuer abbreviation “{value}” is not valid.";
    AbbrBanSeries: "A2.ban-own-series", "A2", Header, H, Problem,
        "Kế hoạch do Ban vì sự tiến bộ của phụ nữ ban hành nên dùng số và ký hiệu riêng của Ban.",
        "Ký hiệu thường có dạng “…/KH-BVSTBPN” (Nghị định 30, Phụ lục I, mục II.3.a).",
        "A plan issued by the Ban VSTBPN should use the Ban's own number series (…/KH-BVSTBPN).";
    NumberBlank: "A2.number-blank", "A2", Header, H, Missing,
        "Số văn bản đang để trống.",
        "Bản dự thảo có thể để trống số: văn thư ghi số sau khi lãnh đạo ký (Nghị định 30, Điều 15). Nhớ điền số trước khi phát hành.",
        "The document number is blank (normal in a draft).";
    NumberLetterSuffix: "A2.number-letter-suffix", "A2", Header, W, Problem,
        "Số văn bản “{value}” có chữ cái đi kèm.",
        "Theo Nghị định 30, số văn bản chỉ gồm chữ số. Hãy dùng đúng số do văn thư cấp, không thêm “a”, “b”.",
        "The document number “{value}” has a letter suffix.";
    NumberInvalid: "A2.number-invalid", "A2", Header, E, Problem,
        "Số văn bản “{value}” không hợp lệ.",
        "Chỉ nhập chữ số lớn hơn 0, không có dấu cách, ví dụ 5 hoặc 29; số 0 ở đầu và phần “/KH-…” được thêm tự động.",
        "The document number “{value}” is not valid.";
    PlaceMissing: "A3.place-missing", "A3", Header, E, Missing,
        "Chưa có địa danh ở dòng ngày tháng.",
        "Ghi tên đơn vị hành chính nơi đơn vị đóng trụ sở (xã, phường hoặc tỉnh, thành phố), ví dụ “Kim Đồng, ngày … tháng … năm …”.",
        "The place name of the date line is missing.";
    PlaceLowercase: "A3.place-lowercase", "A3", Header, W, Problem,
        "Địa danh “{value}” chưa viết hoa chữ cái đầu.",
        "Địa danh là tên riêng, phải viết hoa chữ cái đầu, ví dụ “Kim Đồng”, “Thành phố Hồ Chí Minh”.",
        "The place name “{value}” does not start with a capital letter.";
    DateBlank: "A3.date-blank", "A3", Header, H, Missing,
        "Ngày ban hành đang để trống.",
        "Bản dự thảo có thể để trống ngày: ngày được ghi khi lãnh đạo ký. Nếu đã biết ngày, hãy nhập để chương trình đối chiếu với căn cứ và hạn báo cáo.",
        "The date is blank (normal in a draft).";

    // ----- A4: title and period ------------------------------------------
    SubjectMissing: "A4.subject-missing", "A4", Title, E, Missing,
        "Chưa có trích yếu (dòng tóm tắt nội dung dưới chữ “KẾ HOẠCH”).",
        "Viết một cụm từ ngắn nêu việc cần làm và thời gian, ví dụ “Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ {scope}”.",
        "The subject line (under “KẾ HOẠCH”) is missing.";
    PeriodMissing: "A4.period-missing", "A4", Title, W, Missing,
        "Chưa chọn thời gian thực hiện kế hoạch.",
        "Chọn năm, năm học hoặc giai đoạn (ví dụ 2021-2030). Thời gian này dùng để đối chiếu trích yếu, căn cứ và hạn báo cáo.",
        "The period of the plan is not set.";
    SubjectNoScope: "A4.subject-no-period", "A4", Title, W, Problem,
        "Trích yếu chưa nêu thời gian thực hiện.",
        "Thêm “{scope}” vào cuối trích yếu để người đọc biết kế hoạch áp dụng cho thời gian nào.",
        "The subject line does not state the period.";
    SubjectScopeMismatch: "A4.subject-period-mismatch", "A4", Title, W, Problem,
        "Trích yếu ghi “{found}” nhưng thời gian thực hiện đã chọn là “{expected}”.",
        "Sửa trích yếu hoặc thời gian thực hiện cho khớp nhau.",
        "The subject line says “{found}” but the period is “{expected}”.";
    SubjectNoTopic: "A4.subject-no-topic", "A4", Title, H, Problem,
        "Trích yếu chưa nêu rõ chủ đề bình đẳng giới hoặc vì sự tiến bộ của phụ nữ.",
        "Nên có cụm từ như “bình đẳng giới”, “vì sự tiến bộ của phụ nữ” hoặc “bạo lực trên cơ sở giới”.",
        "The subject line does not name the topic (gender equality, advancement of women).";
    SubjectKindCue: "A4.subject-kind", "A4", Title, H, Problem,
        "Trích yếu chưa cho biết đây là {kind_name}.",
        "{kind_hint}",
        "The subject line does not say this is a {kind_name}.";
    SubjectFinalPeriod: "A4.subject-final-period", "A4", Title, H, Problem,
        "Trích yếu kết thúc bằng dấu chấm.",
        "Trích yếu là một cụm từ đặt dưới tên loại, không cần dấu chấm ở cuối.",
        "The subject line ends with a full stop.";
    PeriodKindMismatch: "A4.period-kind", "A4", Title, H, Problem,
        "Thời gian “{expected}” chưa hợp với {kind_name}.",
        "{kind_hint}",
        "The period “{expected}” does not fit a {kind_name}.";
    X1DateYear: "X1.date-year-mismatch", "X1", Title, W, Problem,
        "Trích yếu ghi “{scope}” nhưng ngày ban hành là {date}.",
        "Kế hoạch năm thường được ban hành trong chính năm đó (kế hoạch năm học: trong hoặc ngay trước năm học). Kiểm tra lại năm trong trích yếu hoặc ngày ban hành.",
        "The subject line says “{scope}” but the plan is dated {date}.";

    // ----- A5–A6: basis and lead-in --------------------------------------
    BasisMissing: "A5.basis-missing", "A5", Basis, W, Missing,
        "Chưa có căn cứ nào.",
        "Thêm văn bản của cấp trên mà kế hoạch này triển khai ({superior}), ghi đủ số, ngày và cơ quan ban hành.",
        "No basis (căn cứ) is cited.";
    CitationNumberMissing: "A5.citation-number-missing", "A5", Basis, W, Missing,
        "Căn cứ thứ {n} ({doc}) chưa có số văn bản.",
        CITE_IN_FULL,
        "Citation {n} ({doc}) has no number.";
    CitationSymbolMissing: "A5.citation-symbol-missing", "A5", Basis, W, Missing,
        "Căn cứ thứ {n} ({doc}) chưa có ký hiệu văn bản (phần sau số, ví dụ “KH-UBND”).",
        CITE_IN_FULL,
        "Citation {n} ({doc}) has no symbol.";
    CitationDateMissing: "A5.citation-date-missing", "A5", Basis, W, Missing,
        "Căn cứ thứ {n} ({doc}) chưa có ngày ban hành.",
        CITE_IN_FULL,
        "Citation {n} ({doc}) has no date.";
    CitationIssuerMissing: "A5.citation-issuer-missing", "A5", Basis, W, Missing,
        "Căn cứ thứ {n} ({doc}) chưa ghi cơ quan ban hành.",
        CITE_IN_FULL,
        "Citation {n} ({doc}) has no issuing body.";
    CitationSubjectMissing: "A5.citation-subject-missing", "A5", Basis, W, Missing,
        "Căn cứ thứ {n} ({doc}) chưa có trích yếu (văn bản đó về việc gì).",
        CITE_IN_FULL,
        "Citation {n} ({doc}) has no subject.";
    LawNameMissing: "A5.law-name-missing", "A5", Basis, W, Missing,
        "Căn cứ thứ {n} là {type} nhưng chưa có tên.",
        "Luật được trích dẫn bằng tên, ví dụ “Luật Bình đẳng giới”: nhập tên vào ô trích yếu.",
        "Citation {n} is a {type} without a name.";
    LawWithNumber: "A5.law-with-number", "A5", Basis, H, Problem,
        "Căn cứ thứ {n} ({doc}) là luật nhưng có ghi số, ký hiệu.",
        "Trong phần căn cứ của kế hoạch, luật chỉ cần ghi tên (Nghị định 30, Phụ lục I, mục II.6.a); có thể xóa số và ký hiệu.",
        "Citation {n} ({doc}) is a law cited with its number; laws are cited by name.";
    CatalogueMismatch: "A5.catalogue-mismatch", "A5", Basis, W, Problem,
        "Căn cứ thứ {n} ({doc}): {detail}",
        "Đối chiếu với bản gốc của văn bản. Nếu bản gốc đúng như đã ghi, có thể bỏ qua nhắc nhở này.",
        "Citation {n} ({doc}) differs from the catalogue of national documents: {detail}";
    X2CitationAfterPlan: "X2.citation-after-plan", "X2", Basis, W, Problem,
        "Căn cứ thứ {n} ({doc}) có ngày {date}, sau ngày ban hành kế hoạch ({plan_date}).",
        "Văn bản làm căn cứ phải có trước hoặc cùng ngày với kế hoạch. Kiểm tra lại ngày của căn cứ hoặc ngày ban hành.",
        "Citation {n} ({doc}) is dated {date}, after the plan ({plan_date}).";
    X3NoCurrentBasis: "X3.no-current-basis", "X3", Basis, W, Problem,
        "Chưa có căn cứ nào ban hành trong {scope} hoặc áp dụng cho {scope}.",
        "Kế hoạch thường triển khai văn bản của cấp trên ban hành cùng năm, hoặc kế hoạch giai đoạn có bao gồm năm đó. Kiểm tra xem đã trích dẫn văn bản mới nhất của cấp trên chưa.",
        "No cited document is of, or covers, {scope}.";
    X5SameNumberTwoDates: "X5.same-number-two-dates", "X5", Basis, W, Problem,
        "Văn bản số {doc} được ghi với hai ngày khác nhau: {other} và {date}.",
        "Mỗi số, ký hiệu chỉ ứng với một văn bản và một ngày ban hành. Đối chiếu bản gốc rồi sửa cho thống nhất.",
        "Document {doc} is cited with two different dates: {other} and {date}.";
    LeadInMissing: "A6.lead-in-missing", "A6", Basis, H, Missing,
        "Chưa có câu dẫn vào nội dung kế hoạch.",
        "Nên có một câu ngay sau phần căn cứ, dạng “{issuer} xây dựng Kế hoạch … như sau:”.",
        "The lead-in sentence (“… như sau:”) is missing.";

    // ----- A7: purposes and requirements ----------------------------------
    PurposesMissing: "A7.purposes-missing", "A7", Purposes, SeverityRule::ByKind([SW, SW, SH, SW]), Missing,
        "Chưa có mục đích của kế hoạch.",
        "Nêu ngắn gọn kế hoạch nhằm đạt điều gì, ví dụ nâng cao nhận thức và trách nhiệm của cán bộ, giáo viên, học sinh về bình đẳng giới.",
        "The purposes of the plan are missing.";
    RequirementsMissing: "A7.requirements-missing", "A7", Purposes, H, Missing,
        "Chưa có yêu cầu khi thực hiện kế hoạch.",
        "Nêu điều kiện để làm tốt kế hoạch, ví dụ bám sát chỉ đạo của cấp trên, phân công rõ người, rõ việc, phù hợp với điều kiện của đơn vị.",
        "The requirements for carrying out the plan are missing.";

    // ----- A8: targets -----------------------------------------------------
    TargetsMissing: "A8.targets-missing", "A8", Targets, SeverityRule::ByKind([SH, SH, SW, SW]), Missing,
        "Chưa có chỉ tiêu cụ thể, đo được.",
        "Thêm ít nhất một chỉ tiêu có con số và đối tượng, ví dụ “100% cán bộ, giáo viên được tập huấn về bình đẳng giới”.",
        "No measurable target yet.";
    GeneralAimMissing: "A8.general-aim-missing", "A8", Targets, H, Missing,
        "Chưa có mục tiêu chung của kế hoạch giai đoạn.",
        "Kế hoạch giai đoạn thường nêu một mục tiêu tổng quát trước các chỉ tiêu cụ thể cho từng mốc, ví dụ năm 2025 và năm 2030.",
        "The general aim of the multi-year plan is missing.";
    TargetWhatMissing: "A8.target-what-missing", "A8", Targets, W, Missing,
        "Chỉ tiêu thứ {n} chưa nêu nội dung cần đạt.",
        "Ghi rõ điều cần đạt, ví dụ “được tập huấn về bình đẳng giới”.",
        "Target {n} does not say what is to be achieved.";
    TargetGroupMissing: "A8.target-group-missing", "A8", Targets, W, Missing,
        "Chỉ tiêu thứ {n} chưa nêu đối tượng.",
        "Ghi rõ chỉ tiêu dành cho ai: cán bộ, giáo viên, nhân viên, học sinh, cha mẹ học sinh, thành viên Ban vì sự tiến bộ của phụ nữ…",
        "Target {n} does not name its group.";
    TargetValueMissing: "A8.target-value-missing", "A8", Targets, W, Missing,
        "Chỉ tiêu thứ {n} chưa có con số.",
        "Nhập con số cần đạt, ví dụ 100 (%) hoặc 40 (lượt), để cuối năm có thể đo và báo cáo.",
        "Target {n} has no value.";
    TargetValueInvalid: "A8.target-value-invalid", "A8", Targets, E, Problem,
        "Chỉ tiêu thứ {n}: “{value}” không phải là một con số.",
        "Chỉ nhập số, ví dụ 100 hoặc 2,5; đơn vị (%, lượt, người…) chọn ở ô bên cạnh.",
        "Target {n}: “{value}” is not a number.";
    TargetPercentOver: "A8.target-percent-over-100", "A8", Targets, E, Problem,
        "Chỉ tiêu thứ {n}: {value}% lớn hơn 100%.",
        "Tỷ lệ phần trăm không thể vượt quá 100. Nếu muốn ghi số lượng, hãy đổi đơn vị thành lượt, người…",
        "Target {n}: {value}% is more than 100%.";
    TargetUnitMissing: "A8.target-unit-missing", "A8", Targets, W, Missing,
        "Chỉ tiêu thứ {n} chưa có đơn vị.",
        "Chọn đơn vị như %, lượt, người, buổi, hoặc ghi đơn vị khác.",
        "Target {n} has no unit.";
    TargetNoTask: "A8.target-no-task", "A8", Targets, SeverityRule::ByKind([SH, SH, SW, SW]), Missing,
        "Chỉ tiêu thứ {n} chưa gắn với nhiệm vụ nào.",
        "Ở phần Nội dung, nhiệm vụ, chọn những nhiệm vụ giúp đạt chỉ tiêu này, hoặc thêm nhiệm vụ mới.",
        "Target {n} is not linked to any task.";

    // ----- A9: tasks -------------------------------------------------------
    TasksMissing: "A9.tasks-missing", "A9", Tasks, W, Missing,
        "Chưa có nhiệm vụ nào.",
        "Thêm các nhiệm vụ, giải pháp theo từng nhóm, ví dụ tuyên truyền, tập huấn, phòng, chống bạo lực, Tháng hành động.",
        "No task yet.";
    TasksTooFew: "A9.tasks-too-few", "A9", Tasks, W, Missing,
        "Mới có {count} nhiệm vụ; một kế hoạch thường có ít nhất 3.",
        "Bổ sung nhiệm vụ cho các nhóm việc chính trong năm.",
        "Only {count} task(s); a plan usually has at least 3.";
    GroupTitleMissing: "A9.group-title-missing", "A9", Tasks, W, Missing,
        "Nhóm nhiệm vụ thứ {n} chưa có tên.",
        "Đặt tên ngắn cho nhóm, ví dụ “Tuyên truyền, phổ biến pháp luật”.",
        "Task group {n} has no title.";
    GroupEmpty: "A9.group-empty", "A9", Tasks, W, Problem,
        "Nhóm nhiệm vụ thứ {n} chưa có nhiệm vụ nào; tên nhóm sẽ in ra thành một đề mục trống.",
        "Thêm nhiệm vụ vào nhóm, hoặc xóa nhóm nếu không dùng đến.",
        "Task group {n} has no tasks; its title would print as an empty heading.";
    TaskTextMissing: "A9.task-text-missing", "A9", Tasks, W, Missing,
        "Nhiệm vụ {n} chưa có nội dung.",
        "Ghi rõ việc cần làm; nếu không cần nhiệm vụ này, hãy xóa dòng.",
        "Task {n} is empty.";

    // ----- B1–B12: sub-areas of the tasks (PLAN_CHECKLIST §2) -------------
    B1Missing: "B1.missing", "B1", Tasks, H, Missing,
        "Chưa có nhiệm vụ về lãnh đạo, chỉ đạo và kiện toàn Ban vì sự tiến bộ của phụ nữ.",
        "Có thể thêm việc kiện toàn (hoặc thành lập) Ban vì sự tiến bộ của phụ nữ và giao nhiệm vụ thường xuyên cho Ban.",
        "No task on leadership and the Ban VSTBPN (setting it up or renewing it).";
    B2Missing: "B2.missing", "B2", Tasks, W, Missing,
        "Chưa có nhiệm vụ tuyên truyền, phổ biến pháp luật về bình đẳng giới.",
        "Thêm nhiệm vụ tuyên truyền có nêu tên luật hoặc chính sách, ví dụ Luật Bình đẳng giới, qua buổi chào cờ, bảng tin, trang thông tin điện tử.",
        "No task on communicating the law and policies on gender equality.";
    B3Missing: "B3.missing", "B3", Tasks, SeverityRule::ByIssuer { school: SW, office: SH }, Missing,
        "Chưa có nhiệm vụ lồng ghép bình đẳng giới vào dạy học và hoạt động giáo dục.",
        "Thêm nhiệm vụ lồng ghép nội dung bình đẳng giới vào bài giảng, tiết học, hoạt động trải nghiệm hoặc hoạt động chuyên môn.",
        "No task on mainstreaming gender equality in teaching and education.";
    B4Missing: "B4.missing", "B4", Tasks, W, Missing,
        "Chưa có nhiệm vụ tập huấn, bồi dưỡng về giới và bình đẳng giới.",
        "Thêm nhiệm vụ tập huấn hoặc bồi dưỡng cho cán bộ quản lý, giáo viên, thành viên Ban vì sự tiến bộ của phụ nữ.",
        "No training task.";
    B5Missing: "B5.missing", "B5", Tasks, W, Missing,
        "Chưa có nhiệm vụ hưởng ứng Tháng hành động vì bình đẳng giới (15/11 – 15/12).",
        "Thêm nhiệm vụ tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới, ghi rõ thời gian từ 15/11 đến 15/12.",
        "No task for the Action Month (15/11–15/12) with its dates.";
    B6Missing: "B6.missing", "B6", Tasks, H, Missing,
        "Các nhiệm vụ mới nhắc đến {count} ngày, tháng kỷ niệm; nên gắn hoạt động với ít nhất 2 dịp.",
        "Có thể gắn hoạt động với các dịp như 8/3, 20/10, ngày Gia đình Việt Nam 28/6, Tháng hành động vì trẻ em (tháng 6) hoặc 25/11.",
        "Tasks mention {count} key date(s); at least 2 are recommended.";
    B7Missing: "B7.missing", "B7", Tasks, W, Missing,
        "Chưa có nhiệm vụ phòng, chống bạo lực, xâm hại.",
        "Thêm nhiệm vụ phòng ngừa bạo lực học đường, bạo lực trên cơ sở giới, xâm hại trẻ em và cách hỗ trợ khi có vụ việc (Tổng đài 111).",
        "No task on preventing violence and abuse.";
    B8Missing: "B8.missing", "B8", Tasks, SeverityRule::ByKind([SH, SH, SW, SH]), Missing,
        "Chưa có nhiệm vụ về công tác cán bộ nữ.",
        "Có thể thêm việc quy hoạch, bồi dưỡng cán bộ nữ, tạo điều kiện cho nữ viên chức tham gia quản lý.",
        "No task on women staff and leaders.";
    B9Missing: "B9.missing", "B9", Tasks, H, Missing,
        "Chưa có nhiệm vụ thi đua, khen thưởng.",
        "Có thể thêm việc biểu dương, khen thưởng tập thể, cá nhân làm tốt công tác bình đẳng giới.",
        "No task on emulation and commendation.";
    B10Missing: "B10.missing", "B10", Tasks, SeverityRule::ByKind([SH, SH, SH, SW]), Missing,
        "Chưa có nhiệm vụ kiểm tra, giám sát, sơ kết, tổng kết.",
        "Thêm việc kiểm tra, giám sát trong năm và sơ kết, tổng kết việc thực hiện kế hoạch.",
        "No task on inspection, monitoring and reviews.";
    B11Missing: "B11.missing", "B11", Tasks, H, Missing,
        "Chưa có nhiệm vụ thu thập số liệu tách biệt giới.",
        "Có thể thêm việc thống kê số liệu theo giới (nam, nữ) của cán bộ, giáo viên, học sinh để phục vụ báo cáo.",
        "No task on sex-disaggregated statistics.";
    B12Missing: "B12.missing", "B12", Tasks, H, Missing,
        "Chưa có nhiệm vụ phối hợp với gia đình, cộng đồng.",
        "Có thể thêm việc phối hợp với cha mẹ học sinh, Công đoàn, Đoàn, Đội và chính quyền địa phương.",
        "No task on working with families and the community.";

    // ----- A10: organisation -------------------------------------------------
    AssignmentsTooFew: "A10.assignments-too-few", "A10", Organisation, W, Missing,
        "Phần Tổ chức thực hiện mới có {count} bộ phận được giao việc cụ thể; cần ít nhất 2.",
        "{roles}",
        "Only {count} role(s) with duties in the implementation section; at least 2 are expected.";
    RoleMissing: "A10.role-missing", "A10", Organisation, W, Missing,
        "Mục phân công thứ {n} chưa ghi bộ phận hoặc người thực hiện.",
        "Ghi chức danh hoặc bộ phận, ví dụ “Tổng phụ trách Đội”.",
        "Assignment {n} has no role.";
    DutiesMissing: "A10.duties-missing", "A10", Organisation, W, Missing,
        "“{role}” chưa được giao nhiệm vụ cụ thể.",
        "Ghi ít nhất một việc mà “{role}” phải làm.",
        "“{role}” has no duties.";
    LeadNotAssigned: "A10.lead-not-assigned", "A10", Tasks, W, Problem,
        "Nhiệm vụ {n} giao cho “{lead}” nhưng phần Tổ chức thực hiện chưa có “{lead}”.",
        "Thêm “{lead}” vào phần Tổ chức thực hiện kèm nhiệm vụ cụ thể, hoặc sửa tên cho trùng với một bộ phận đã có.",
        "Task {n} is led by “{lead}”, who has no assignment in the implementation section.";

    // ----- A11: funding ------------------------------------------------------
    FundingMissing: "A11.funding-missing", "A11", Funding, W, Missing,
        "Kế hoạch có hoạt động cần kinh phí (như “{cue}”) nhưng chưa nêu nguồn kinh phí.",
        "Thêm một câu về nguồn kinh phí, ví dụ “Kinh phí thực hiện từ nguồn chi thường xuyên của đơn vị và các nguồn hợp pháp khác theo quy định.”",
        "The plan has activities that cost money (such as “{cue}”) but states no source of funds.";
    FundingRecommended: "A11.funding-recommended", "A11", Funding, H, Missing,
        "Chưa nêu nguồn kinh phí.",
        "Có thể thêm một câu về nguồn kinh phí, ví dụ “Kinh phí thực hiện từ nguồn chi thường xuyên của đơn vị và các nguồn hợp pháp khác theo quy định.”",
        "No source of funds is stated.";

    // ----- A12: reporting ------------------------------------------------------
    ReportsMissing: "A12.reports-missing", "A12", Reporting, W, Missing,
        "Chưa có hạn báo cáo nào (ngày, nội dung và nơi nhận báo cáo).",
        "Thêm các mốc báo cáo theo yêu cầu của cấp trên, thường là báo cáo sơ kết giữa năm và tổng kết cuối năm.",
        "No report deadline (date, content and recipient).";
    ReportDateMissing: "A12.report-date-missing", "A12", Reporting, W, Missing,
        "Báo cáo thứ {n} chưa có hạn nộp.",
        "Chọn ngày phải gửi báo cáo.",
        "Report {n} has no deadline.";
    ReportContentMissing: "A12.report-content-missing", "A12", Reporting, W, Missing,
        "Báo cáo thứ {n} chưa nêu nội dung.",
        "Ví dụ “Báo cáo sơ kết 6 tháng” hoặc “Báo cáo tổng kết năm”.",
        "Report {n} has no content.";
    ReportRecipientMissing: "A12.report-recipient-missing", "A12", Reporting, W, Missing,
        "Báo cáo thứ {n} chưa ghi nơi nhận.",
        "Ghi nơi nhận báo cáo, ví dụ Phòng Giáo dục và Đào tạo hoặc Hiệu trưởng.",
        "Report {n} has no recipient.";
    X4ReportBeforePlan: "X4.report-before-plan", "X4", Reporting, W, Problem,
        "Báo cáo thứ {n} có hạn {date}, sớm hơn hoặc trùng ngày ban hành kế hoạch ({plan_date}).",
        "Hạn báo cáo phải sau ngày ban hành. Kiểm tra lại hạn báo cáo hoặc ngày ban hành.",
        "Report {n} is due {date}, not after the plan date ({plan_date}).";
    X4ReportOutsidePeriod: "X4.report-outside-period", "X4", Reporting, W, Problem,
        "Báo cáo thứ {n} có hạn {date}, nằm ngoài thời gian thực hiện ({scope}).",
        "Đặt hạn báo cáo trong thời gian của kế hoạch; với Tháng hành động, trong năm của kế hoạch.",
        "Report {n} is due {date}, outside the plan period ({scope}).";

    // ----- A13: closing --------------------------------------------------------
    ClosingMissing: "A13.closing-missing", "A13", Closing, H, Missing,
        "Chưa có đoạn kết.",
        "Có thể kết thúc bằng một câu nhắc lại tên kế hoạch và thời gian ({scope}), kèm đề nghị các bộ phận nghiêm túc thực hiện. Dấu “./.” được thêm tự động.",
        "The closing paragraph is missing.";
    X7ClosingNoYear: "X7.closing-no-year", "X7", Closing, H, Problem,
        "Đoạn kết chưa nêu thời gian của kế hoạch ({scope}).",
        "Nhắc lại đúng tên kế hoạch và thời gian như trong trích yếu.",
        "The closing paragraph does not name the period ({scope}).";

    // ----- A14: recipients -------------------------------------------------------
    RecipientsMissing: "A14.recipients-missing", "A14", Recipients, E, Missing,
        "Chưa có nơi nhận.",
        "Thêm các nơi nhận: cấp trên (để báo cáo), các bộ phận, đơn vị thực hiện. Dòng “Lưu: VT” được thêm tự động.",
        "No recipient yet.";
    NhuTren: "A14.nhu-tren", "A14", Recipients, E, Problem,
        "Nơi nhận ghi “Như trên” nhưng kế hoạch không có phần “Kính gửi”.",
        "Thay “Như trên” bằng tên cụ thể của các đơn vị, bộ phận nhận kế hoạch (Nghị định 30, Phụ lục I, mục II.9).",
        "“Như trên” has no referent in a plan, which has no “Kính gửi”.";
    X11KinhGui: "X11.kinh-gui", "X11", Recipients, E, Problem,
        "Kế hoạch không có phần “Kính gửi” (phần này chỉ có trong công văn, tờ trình).",
        "Xóa “Kính gửi” và ghi các đơn vị nhận kế hoạch ở phần Nơi nhận.",
        "A plan has no “Kính gửi” part.";
    ArchiveInList: "A14.archive-line-in-list", "A14", Recipients, H, Problem,
        "Dòng “{value}” trùng với dòng lưu văn thư được thêm tự động.",
        "Có thể xóa dòng này; ghi đơn vị lưu (ví dụ “VP”) vào ô Lưu.",
        "The line “{value}” repeats the archive line, which is added automatically.";

    // ----- A15: signature ----------------------------------------------------------
    SignerTitleMissing: "A15.title-missing", "A15", Signature, E, Missing,
        "Chưa có chức vụ của người ký.",
        "Ghi chức vụ in hoa, ví dụ “{expected}”.",
        "The signer's title is missing.";
    SignerNameMissing: "A15.name-missing", "A15", Signature, E, Missing,
        "Chưa có họ và tên người ký.",
        "Ghi đầy đủ họ, tên đệm và tên, ví dụ “Nguyễn Thị Hoa”.",
        "The signer's name is missing.";
    DeputyTitleMissing: "A15.deputy-title-missing", "A15", Signature, E, Missing,
        "Ký “{prefix}” cần ghi thêm chức vụ của người ký ở dòng dưới.",
        "{deputy_hint}",
        "Signing “{prefix}” needs the signer's own title on the next line.";
    KtNotPho: "A15.kt-deputy-not-pho", "A15", Signature, E, Problem,
        "Ký “KT.” nhưng chức vụ người ký “{value}” không bắt đầu bằng “PHÓ”.",
        "“KT.” (ký thay) dành cho cấp phó ký thay người đứng đầu: dòng dưới phải là chức vụ cấp phó, ví dụ “PHÓ {expected}”. Nếu người đứng đầu tự ký, hãy bỏ “KT.”.",
        "Signing “KT.” but the signer's title “{value}” does not start with “PHÓ”.";
    PrefixInTitle: "A15.prefix-in-title", "A15", Signature, W, Problem,
        "Chức vụ “{value}” đang ghi cả quyền hạn ký.",
        "Chọn quyền hạn (TM., KT., Q., TL., TUQ.) ở ô riêng và chỉ ghi chức vụ ở ô này, để văn bản không bị lặp.",
        "The title “{value}” includes the signing authority prefix.";
    TitleLevel: "A15.title-level", "A15", Signature, W, Problem,
        "Chức vụ “{value}” chưa khớp với đơn vị ban hành; thường là “{expected}”.",
        "{title_hint}",
        "The title “{value}” does not match the issuer; usually “{expected}”.";
    TmNotCollective: "A15.tm-not-collective", "A15", Signature, W, Problem,
        "“TM.” chỉ dùng khi ký thay mặt một tập thể lãnh đạo.",
        "Nhà trường, Sở, Phòng làm việc theo chế độ thủ trưởng: người đứng đầu ký trực tiếp, hoặc cấp phó ký “KT.” (Nghị định 30, Phụ lục I, mục II.7).",
        "“TM.” is only for signing on behalf of a collective body.";
    NameAcademic: "A15.name-academic-title", "A15", Signature, W, Problem,
        "Tên người ký có học hàm, học vị “{value}” ở phía trước.",
        "Nghị định 30 không ghi học hàm, học vị trước họ tên người ký (trừ khi cơ quan quản lý ngành cho phép). Hãy chỉ ghi họ và tên.",
        "The signer's name starts with an academic title “{value}”.";
    NameAllUpper: "A15.name-all-upper", "A15", Signature, W, Problem,
        "Họ tên người ký đang viết toàn chữ in hoa.",
        "Họ tên người ký viết hoa chữ cái đầu mỗi âm tiết, ví dụ “Nguyễn Thị Hoa”.",
        "The signer's name is all in capitals.";

    // ----- A16: appendices -----------------------------------------------------------
    AppendixMissing: "A16.appendix-missing", "A16", Appendices, E, Missing,
        "Nội dung kế hoạch có nhắc đến phụ lục nhưng chưa có phụ lục nào.",
        "Thêm phụ lục được nhắc tới, hoặc bỏ câu nhắc đến phụ lục trong nội dung (Nghị định 30, Điều 8.3).",
        "The text refers to an appendix but there is none.";
    AppendixEmpty: "A16.appendix-empty", "A16", Appendices, W, Missing,
        "Phụ lục thứ {n} chưa có nội dung.",
        "Nhập nội dung phụ lục hoặc xóa phụ lục trống.",
        "Appendix {n} is empty.";
    AppendixNotReferenced: "A16.appendix-not-referenced", "A16", Appendices, W, Problem,
        "Kế hoạch có phụ lục nhưng nội dung chưa nhắc đến phụ lục.",
        "Thêm câu dẫn trong nội dung, ví dụ “(chi tiết tại Phụ lục kèm theo)” (Nghị định 30, Phụ lục I, mục III.1).",
        "There is an appendix but the text never refers to it.";

    // ----- X8: the Action Month's theme and dates -----------------------------------
    X8ThemeMissing: "X8.theme-missing", "X8", Purposes, H, Missing,
        "Chưa ghi chủ đề của Tháng hành động năm {year}.",
        "Chủ đề toàn quốc năm {year} là “{theme}”. Có thể ghi chủ đề này vào ô Chủ đề, hoặc ghi chủ đề theo hướng dẫn của cấp trên.",
        "The theme of the {year} Action Month is not given.";
    X8ThemeDiffers: "X8.theme-differs", "X8", Purposes, H, Problem,
        "Chủ đề đã ghi khác với chủ đề toàn quốc của Tháng hành động năm {year}.",
        "Chủ đề toàn quốc năm {year} là “{theme}”. Nếu cấp trên hoặc địa phương hướng dẫn một chủ đề khác, có thể giữ nguyên chủ đề đã ghi.",
        "The theme differs from the national theme of the {year} Action Month.";
    X8MonthDates: "X8.month-dates", "X8", Tasks, H, Problem,
        "Tháng hành động vì bình đẳng giới được ghi từ {from} đến {to}.",
        "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới diễn ra từ ngày 15/11 đến ngày 15/12 hằng năm. Hãy kiểm tra lại ngày đã ghi.",
        "The Action Month is given as {from} to {to}; it runs from 15/11 to 15/12 every year.";

    // ----- X12: the two-level local government (since 1/7/2025) ----------
    X12AbolishedBody: "X12.abolished-body", "X12", Header, W, Problem,
        "{place} ghi “{text}”: {body} không còn từ ngày 01/7/2025.",
        "Từ ngày 01/7/2025 không còn cấp huyện và Phòng Giáo dục và Đào tạo. Trường mầm non, tiểu học, trung học cơ sở do Ủy ban nhân dân xã, phường, đặc khu quản lý (tham mưu là Phòng Văn hóa - Xã hội); trường trung học phổ thông do Sở Giáo dục và Đào tạo quản lý. Hãy ghi cơ quan hiện nay. Nếu đây là kế hoạch ban hành trước ngày 01/7/2025, hãy ghi đúng ngày ban hành.",
        "{place_en} reads “{text}”: {body_en} no longer exists since 1 July 2025.";
    X12PhongLevel: "X12.phong-level", "X12", Header, W, Problem,
        "Kế hoạch được lập với cấp ban hành “Phòng Giáo dục và Đào tạo”, nhưng Phòng Giáo dục và Đào tạo không còn từ ngày 01/7/2025.",
        "Việc của Phòng Giáo dục và Đào tạo đã chuyển cho Sở Giáo dục và Đào tạo và Ủy ban nhân dân xã, phường (Phòng Văn hóa - Xã hội). Nếu đây là kế hoạch cũ, hãy ghi đúng ngày ban hành (trước 01/7/2025); nếu là kế hoạch mới, hãy chọn cấp ban hành hiện nay.",
        "The plan is issued as a district education office (Phòng GD&ĐT), which no longer exists since 1 July 2025.";

    // ----- X9: abbreviations ---------------------------------------------------------
    X9BdgSpelling: "X9.bdg-spelling", "X9", Tasks, H, Problem,
        "Chữ viết tắt “BDG” thiếu chữ “Đ”.",
        "Viết tắt đúng của “bình đẳng giới” là “BĐG”; nên dùng thống nhất một cách viết.",
        "The abbreviation “BDG” lacks the “Đ” (BĐG).";
    X9AbbrUndefined: "X9.abbr-undefined", "X9", Tasks, H, Problem,
        "Chữ viết tắt {abbrs} chưa được viết đầy đủ ở lần dùng đầu tiên.",
        "Ở lần đầu xuất hiện, hãy viết đầy đủ rồi ghi chữ viết tắt trong ngoặc đơn, ví dụ “bình đẳng giới (BĐG)”; từ đó trở đi mới dùng chữ viết tắt. Những chữ viết tắt quen dùng trong văn bản hành chính như UBND, THCS, GD&ĐT không cần giải thích.",
        "The abbreviation(s) {abbrs} are not spelled out at first use.";

    // ----- Only an original text can fail these (src/domain/import) --------
    MottoFormat: "A1.motto-format", "A1", Header, W, Problem,
        "Tiêu ngữ được ghi “{value}”.",
        "Tiêu ngữ viết chữ thường, hoa chữ cái đầu mỗi cụm từ, giữa các cụm là dấu gạch nối “-” có một dấu cách mỗi bên: “Độc lập - Tự do - Hạnh phúc” (Nghị định 30, Phụ lục I, mục II.1).",
        "The motto reads “{value}”; it is written “Độc lập - Tự do - Hạnh phúc”.";
    SoSpaces: "A2.so-spaces", "A2", Header, W, Problem,
        "Dòng số, ký hiệu “{value}” có dấu cách sai chỗ.",
        "Sau “Số” là dấu hai chấm rồi một dấu cách; số và ký hiệu viết liền, không có dấu cách: “{fixed}” (Nghị định 30, Phụ lục I, mục II.3).",
        "The number line “{value}” has spaces in the wrong places; write “{fixed}”.";
    TypeCode: "A2.type-code", "A2", Header, E, Problem,
        "Ký hiệu “{value}” không bắt đầu bằng chữ viết tắt tên loại “KH” của kế hoạch.",
        "Ký hiệu của kế hoạch gồm “KH”, dấu gạch nối và chữ viết tắt tên đơn vị, ví dụ “…/KH-THKĐ” (Nghị định 30, Phụ lục I, mục II.3 và Phụ lục III).",
        "The document code “{value}” does not start with “KH”, the code of a plan.";
    DatePadding: "A3.date-padding", "A3", Header, W, Problem,
        "Dòng ngày tháng “{value}” ghi số 0 ở đầu chưa đúng.",
        "Chỉ thêm số 0 vào trước ngày nhỏ hơn 10 và tháng 1, tháng 2; từ tháng 3 trở đi không thêm: “{fixed}” (Nghị định 30, Phụ lục I, mục II.4).",
        "The date line “{value}” pads the day or month wrongly; write “{fixed}”.";
    DateIncomplete: "A3.date-incomplete", "A3", Header, H, Missing,
        "Dòng ngày tháng “{value}” chưa ghi đủ ngày, tháng, năm.",
        "Bản dự thảo có thể để trống ngày: ngày được ghi khi lãnh đạo ký. Trước khi phát hành, hãy ghi đủ “ngày … tháng … năm …”.",
        "The date line “{value}” lacks the day, the month or the year (normal in an unsigned copy).";
    SubjectAllCaps: "A4.subject-all-caps", "A4", Title, W, Problem,
        "Trích yếu được viết toàn bằng chữ in hoa.",
        "Chỉ tên loại “KẾ HOẠCH” viết in hoa; trích yếu bên dưới viết chữ thường, in đậm, hoa chữ cái đầu và tên riêng (Nghị định 30, Phụ lục I, mục II.5).",
        "The subject line is written in capitals only.";
    HeadingCase: "X6.heading-case", "X6", Tasks, W, Problem,
        "Đề mục “{value}” chưa viết bằng chữ in hoa.",
        "Tên mục đánh số La Mã (I, II, III…) viết bằng chữ in hoa, in đậm: “{fixed}”.",
        "The heading “{value}” is not in capitals; write “{fixed}”.";
}
