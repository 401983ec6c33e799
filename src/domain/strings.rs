//! Every user-facing string of the interface, in Vietnamese (first) and
//! English, in one table.
//!
//! Keys are typed (`S::AppName`), so a missing string is a compile error. The
//! end-to-end tests read the same table (exported as JSON by the native CLI)
//! instead of hard-coding copy.
//!
//! A second table, [`ErrorText`], holds the text of every error the user
//! can meet: an error enum declared with `error_enum!` (in `errors.rs`)
//! names its variants' keys, gets `message(lang)` and displays as the
//! Vietnamese. This module also gives the checklist's [`Finding::message`]
//! and [`Severity::label`]. Texts may hold `{placeholders}`, filled by
//! [`fill`].

use crate::domain::checklist::{Finding, Severity};
use crate::domain::plan::{IssuerLevel, PlanKind};
use crate::domain::section::SectionId;
use serde::{Deserialize, Serialize};
use std::fmt::{self, Write as _};

/// Interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

macro_rules! strings {
    (
        $(#[$doc:meta])*
        enum $table:ident;
        mod $texts:ident;
        $($key:ident => $vi:expr, $en:expr;)*
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $table { $($key),* }

        impl $table {
            /// Every string, for export to the tests.
            pub const ALL: &'static [$table] = &[$($table::$key),*];

            /// The key's name, as the tests see it.
            pub fn key(self) -> &'static str {
                match self { $($table::$key => stringify!($key)),* }
            }

            /// The text in a language.
            pub fn t(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $(($table::$key, Lang::Vi) => $vi, ($table::$key, Lang::En) => $en,)*
                }
            }
        }

        /// Each text as a constant (Vietnamese, English) named as its key,
        /// so that code naming one text links that text only.
        #[allow(non_upper_case_globals, dead_code)]
        pub(crate) mod $texts {
            $(pub(crate) const $key: (&str, &str) = ($vi, $en);)*
        }
    };
}

// After `strings!`, which it uses for the error texts' table.
mod errors;
pub use errors::ErrorText;
pub(crate) use errors::{error_enum, error_text};

/// A text constant (of [`text`] or [`error_text`]) in a language.
pub(crate) fn pick(text: (&'static str, &'static str), lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => text.0,
        Lang::En => text.1,
    }
}

/// Fills `{key}` placeholders from `args`; unknown keys are left as written.
pub fn fill<V: fmt::Display>(template: &str, args: &[(&str, V)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    // `split_once` rather than slicing at found indices: no char-boundary
    // panic path, which would pull the panic formatting into every module
    // that shows an error.
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let value = after
            .split_once('}')
            .and_then(|(key, tail)| args.iter().find(|(k, _)| *k == key).map(|(_, v)| (v, tail)));
        match value {
            Some((v, tail)) => {
                // Writing into a String cannot fail.
                let _ = write!(out, "{v}");
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

strings! {
    /// A user-facing string of the interface.
    enum S;
    mod text;
    AppName => "Soạn Kế hoạch bình đẳng giới", "Gender equality plan builder";
    AppTagline => "Đúng thể thức Nghị định 30/2020/NĐ-CP, soạn ngay trên trình duyệt, không gửi dữ liệu đi đâu.",
        "Laid out to Decree 30/2020, written in your browser; nothing leaves it.";
    SectionsNav => "Các phần của kế hoạch", "Sections of the plan";
    MainRegion => "Nội dung soạn thảo", "Editor";
    SecHeader => "Thông tin văn bản", "Document details";
    SecTitle => "Tên loại và trích yếu", "Title and subject";
    SecBasis => "Căn cứ", "Legal basis";
    SecPurposes => "Mục đích, yêu cầu", "Purposes and requirements";
    SecTargets => "Mục tiêu, chỉ tiêu", "Objectives and targets";
    SecTasks => "Nội dung, nhiệm vụ, giải pháp", "Tasks and measures";
    SecOrganisation => "Tổ chức thực hiện", "Implementation";
    SecFunding => "Kinh phí", "Funding";
    SecReporting => "Chế độ báo cáo", "Reporting";
    SecClosing => "Kết thúc văn bản", "Closing";
    SecRecipients => "Nơi nhận", "Recipients";
    SecSignature => "Chữ ký", "Signature";
    SecAppendices => "Phụ lục", "Appendices";
    // Start screen
    StartTitle => "Bạn muốn soạn kế hoạch nào?", "Which plan do you want to write?";
    StartIntro => "Chọn loại kế hoạch và đơn vị ban hành, điền thông tin đơn vị một lần. Ứng dụng mở sẵn khung kế hoạch phù hợp để bạn soạn tiếp.",
        "Choose the kind of plan and the issuer, and fill in your unit's details once. A matching starter plan opens for you to complete.";
    FieldKind => "Loại kế hoạch", "Kind of plan";
    FieldLevel => "Đơn vị ban hành", "Issuer level";
    FieldYear => "Năm của kế hoạch", "Year of the plan";
    FieldIssuer => "Tên cơ quan, đơn vị ban hành", "Issuing body";
    FieldIssuerHint => "Ví dụ: Trường Tiểu học Hòa Bình. Viết thường, khi xuất văn bản sẽ tự in hoa.", "E.g. Trường Tiểu học Hòa Bình; capitals are applied on export.";
    FieldParent => "Cơ quan chủ quản trực tiếp", "Parent body";
    FieldParentHint => "Ví dụ: UBND phường Hòa Bình hoặc Sở Giáo dục và Đào tạo …", "E.g. the commune People's Committee or the provincial education department.";
    FieldAbbr => "Chữ viết tắt của đơn vị (trong ký hiệu)", "Issuer abbreviation (in the reference)";
    FieldAbbrHint => "Ví dụ: THHB, tạo thành ký hiệu 05/KH-THHB.", "E.g. THHB, giving the reference 05/KH-THHB.";
    FieldNumber => "Số văn bản", "Document number";
    FieldNumberHint => "Để trống nếu văn thư cấp số sau khi ký.", "Leave empty if the records office assigns it after signing.";
    FieldPlace => "Địa danh", "Place name";
    FieldPlaceHint => "Tên đơn vị hành chính nơi đơn vị đóng trụ sở, ví dụ: Hòa Bình.", "The administrative unit where the issuer sits.";
    FieldDate => "Ngày ban hành", "Date of issue";
    FieldDateHint => "Ngày/tháng/năm, ví dụ 03/11/2026; có thể để trống đến khi ký.", "Day/month/year, e.g. 03/11/2026; may stay empty until signing.";
    DatePlaceholder => "dd/mm/yyyy", "dd/mm/yyyy";
    DateUnreadable => "Chưa đọc được ngày “{text}”. Hãy gõ ngày/tháng/năm, ví dụ 03/11/2026 hoặc “ngày 3 tháng 11 năm 2026”.",
        "The date “{text}” could not be read. Type day/month/year, e.g. 03/11/2026 or “ngày 3 tháng 11 năm 2026”.";
    FieldSignerName => "Họ và tên người ký", "Signer's full name";
    FieldSubject => "Trích yếu nội dung", "Subject line";
    FieldSubjectHint => "Một câu ngắn nêu nội dung và thời gian, ví dụ: … năm 2025.", "One short line with the topic and the period.";
    FieldPeriodType => "Thời gian thực hiện", "Period covered";
    PeriodYear => "Năm", "Calendar year";
    PeriodSchoolYear => "Năm học", "School year";
    PeriodSpan => "Giai đoạn nhiều năm", "Several years";
    FieldPeriodFrom => "Từ năm", "From year";
    FieldPeriodTo => "Đến năm", "To year";
    StartButton => "Bắt đầu soạn", "Start writing";
    KindAnnual => "Kế hoạch năm về bình đẳng giới và vì sự tiến bộ của phụ nữ", "Annual gender equality and advancement of women plan";
    KindActionMonth => "Kế hoạch Tháng hành động vì bình đẳng giới (15/11–15/12)", "Action Month plan (15/11–15/12)";
    KindMultiYear => "Kế hoạch giai đoạn nhiều năm (ví dụ 2021–2030)", "Multi-year plan (e.g. 2021–2030)";
    KindGenderChildren => "Kế hoạch Bình đẳng giới và Trẻ em", "Gender equality and children plan";
    LevelSo => "Sở Giáo dục và Đào tạo", "Provincial education department";
    LevelPhong => "Phòng Giáo dục và Đào tạo", "District education office";
    LevelMamNon => "Trường mầm non", "Preschool";
    LevelTieuHoc => "Trường tiểu học", "Primary school";
    LevelThcs => "Trường trung học cơ sở", "Lower secondary school";
    LevelThpt => "Trường trung học phổ thông", "Upper secondary school";
    LevelLienCap => "Trường liên cấp", "Multi-level school";
    LevelGdnnGdtx => "Trung tâm GDNN-GDTX", "Vocational and continuing education centre";
    LevelCaoDang => "Trường cao đẳng, đại học", "College or university";
    LevelBan => "Ban vì sự tiến bộ phụ nữ của đơn vị", "The unit's board for the advancement of women";
    // Editor chrome
    Completeness => "Mức hoàn thành", "Completeness";
    StatusNotStarted => "Chưa bắt đầu", "Not started";
    StatusInProgress => "Đang soạn", "In progress";
    StatusComplete => "Hoàn thành", "Complete";
    StatusHasProblems => "Cần sửa", "Needs fixing";
    StatusProposed => "Gợi ý sẵn", "Proposed";
    ProposedNotice => "Phần này đang là nội dung gợi ý sẵn của công cụ nên chưa được tính vào mức hoàn thành. Hãy đọc và sửa cho đúng với đơn vị mình; nếu đã phù hợp, bấm “Giữ nội dung này”.",
        "This section still holds the text this tool proposed, so it does not count toward completeness. Read it and adapt it to your unit; if it fits, press “Keep this content”.";
    ProposedKeep => "Giữ nội dung này", "Keep this content";
    ProposedKept => "Đã giữ nội dung phần này: từ nay phần này được tính là nội dung của đơn vị.",
        "This section's content is kept: it now counts as your unit's own.";
    Next => "Tiếp", "Next";
    Back => "Quay lại", "Back";
    ErrorSummaryTitle => "Phần này còn điều cần sửa", "This section has problems";
    SeverityError => "Lỗi", "Error";
    SeverityWarning => "Cần xem lại", "Warning";
    SeverityHint => "Gợi ý", "Hint";
    LanguageSwitch => "English", "Tiếng Việt";
    LanguageSwitchLabel => "Đổi ngôn ngữ giao diện sang tiếng Anh", "Switch the interface to Vietnamese";
    // Shared list controls (components/list.rs)
    ListMoveUp => "Lên", "Up";
    ListMoveDown => "Xuống", "Down";
    ListDelete => "Xóa", "Delete";
    ListMoveUpLabel => "Chuyển lên", "Move up";
    ListMoveDownLabel => "Chuyển xuống", "Move down";
    ListDeleteLabel => "Xóa", "Delete";
    ListItem => "Dòng", "Line";
    ListAdd => "Thêm dòng", "Add a line";
    ListEmpty => "Chưa có dòng nào. Bấm “Thêm dòng” hoặc chọn một gợi ý.", "No lines yet. Press “Add a line” or pick a suggestion.";
    UndoDeleted => "Đã xóa", "Deleted";
    UndoButton => "Hoàn tác", "Undo";
    SuggestionsTitle => "Gợi ý", "Suggestions";
    SuggestionAdd => "Thêm", "Add";
    SuggestionAdded => "Đã thêm", "Added";
    // Sections A7, A10–A16 and the preview
    PurposesLabel => "Mục đích", "Purposes";
    PurposesHelp => "Mỗi mục đích một dòng: kế hoạch nhằm đạt điều gì ở đơn vị.", "One purpose per line: what the plan sets out to achieve.";
    RequirementsLabel => "Yêu cầu", "Requirements";
    RequirementsHelp => "Mỗi yêu cầu một dòng: việc triển khai phải bảo đảm những gì.", "One requirement per line: what carrying out the plan must ensure.";
    AssignIntro => "Mỗi bộ phận hoặc cá nhân một mục, kèm các nhiệm vụ được giao. Người chủ trì ở phần nhiệm vụ cần có tên ở đây.", "One entry per role or unit with its duties. Every lead named in the tasks should appear here.";
    AssignRoleLabel => "Bộ phận, cá nhân", "Role or unit";
    AssignDutiesLabel => "Nhiệm vụ được giao", "Duties";
    AssignDutiesHelp => "Mỗi nhiệm vụ một dòng; khi xuất, mỗi dòng thành một gạch đầu dòng.", "One duty per line; each line becomes a bullet on export.";
    AssignItem => "bộ phận", "role";
    AssignAdd => "Thêm bộ phận", "Add a role";
    AssignEmpty => "Chưa có bộ phận nào. Thêm một bộ phận hoặc chọn trong danh sách gợi ý.", "No roles yet. Add one or pick a suggestion.";
    AssignSuggestions => "Bộ phận gợi ý, kèm nhiệm vụ", "Suggested roles with duties";
    FundingLabel => "Nguồn kinh phí", "Source of funds";
    FundingHelp => "Nêu nguồn kinh phí thực hiện kế hoạch; có thể viết nhiều dòng, mỗi dòng một đoạn.", "Say where the money comes from; each line becomes a paragraph.";
    FundingSuggestions => "Câu gợi ý về kinh phí", "Suggested wording";
    ReportIntro => "Các mốc gửi báo cáo: nội dung, nơi nhận, hình thức gửi và hạn gửi.", "When and where reports are due.";
    ReportDateLabel => "Hạn gửi", "Due date";
    ReportContentLabel => "Nội dung báo cáo", "Report";
    ReportRecipientLabel => "Gửi đến", "Sent to";
    ReportChannelLabel => "Hình thức gửi", "How it is sent";
    ReportItem => "hạn báo cáo", "report deadline";
    ReportAdd => "Thêm hạn báo cáo", "Add a report deadline";
    ReportEmpty => "Chưa có hạn báo cáo nào. Thêm một hạn hoặc chọn trong danh sách gợi ý.", "No report deadlines yet. Add one or pick a suggestion.";
    ReportSuggestions => "Hạn báo cáo gợi ý", "Suggested report deadlines";
    ReportKeyDates => "Chọn nhanh ngày mốc", "Quick pick a key date";
    ReportKeyDateEnd => "kết thúc", "end of";
    ClosingLabel => "Đoạn kết thúc", "Closing paragraph";
    ClosingHelp => "Thường mở đầu bằng “Trên đây là Kế hoạch …”, nêu đúng tên kế hoạch và năm như ở trích yếu.", "Usually starts “Trên đây là Kế hoạch …” and names the plan and year as the subject line does.";
    ClosingMarkNote => "Không cần gõ dấu “./.”: dấu này tự động được thêm vào cuối đoạn cuối cùng khi xuất văn bản.", "Do not type “./.”: it is added at the end of the last paragraph on export.";
    ClosingFill => "Điền đoạn kết theo kế hoạch này", "Fill in from this plan";
    RecipientsLabel => "Nơi nhận", "Recipients";
    RecipientsHelp => "Mỗi nơi nhận một dòng, không cần gõ dấu “-” ở đầu và dấu “;” ở cuối.", "One recipient per line, without the leading “-” or the final “;”.";
    ArchiveLabel => "Bộ phận lưu (sau “Lưu: VT,”)", "Archiving unit (after “Lưu: VT,”)";
    ArchiveHelp => "Ví dụ: VP hoặc chữ viết tắt của bộ phận soạn thảo. Để trống nếu chỉ lưu ở văn thư.", "E.g. the office or drafting unit's abbreviation; leave empty if only the records office keeps a copy.";
    RecipientsPreview => "Phần nơi nhận sẽ in như sau", "The recipients will print as";
    SignerAuthorityLabel => "Thẩm quyền ký", "Signing authority";
    SignerAuthorityHelp => "Người đứng đầu ký thì chọn “Không”; cấp phó ký thay người đứng đầu chọn KT.; ký thay mặt tập thể chọn TM.", "Choose “None” when the head signs, KT. when a deputy signs for the head, TM. for a collective.";
    AuthorityNone => "Không (người đứng đầu ký)", "None (the head signs)";
    AuthorityTm => "TM. (thay mặt tập thể)", "TM. (on behalf of a collective)";
    AuthorityKt => "KT. (ký thay người đứng đầu)", "KT. (signing for the head)";
    AuthorityQ => "Q. (quyền người đứng đầu)", "Q. (acting head)";
    AuthorityTl => "TL. (thừa lệnh)", "TL. (by order)";
    AuthorityTuq => "TUQ. (thừa ủy quyền)", "TUQ. (by delegation)";
    SignerTitleLabel => "Chức vụ người đứng đầu hoặc tên tập thể", "Title of the head, or the collective";
    SignerTitleHelp => "Ví dụ: Hiệu trưởng; với TM. ghi tên tập thể, ví dụ: Ban vì sự tiến bộ phụ nữ. Khi xuất sẽ tự in hoa.", "E.g. Hiệu trưởng; with TM. the collective's name. Capitals are applied on export.";
    SignerDeputyLabel => "Chức vụ của người ký", "Signer's own title";
    SignerDeputyHelp => "Ví dụ: Phó Hiệu trưởng. In ở dòng thứ hai, dưới dòng thẩm quyền.", "E.g. Phó Hiệu trưởng; printed on a second line.";
    SignerNameHelp => "Không ghi học hàm, học vị (ThS., TS.) trước họ tên.", "No academic titles before the name.";
    SignerPreview => "Khối chữ ký sẽ in như sau", "The signature block will print as";
    SignerPreviewSpace => "(chữ ký, dấu)", "(signature, seal)";
    AppendixIntro => "Phụ lục không bắt buộc: chỉ thêm khi cần kèm bảng, danh sách hoặc mẫu biểu. Mỗi phụ lục in từ trang mới, có dòng “(Kèm theo Kế hoạch số …)” tự động.", "Appendices are optional. Each starts on a new page with the “(Kèm theo Kế hoạch số …)” line added for you.";
    AppendixTitleLabel => "Tên phụ lục", "Appendix title";
    AppendixBodyLabel => "Nội dung phụ lục", "Appendix text";
    AppendixBodyHelp => "Mỗi đoạn một dòng.", "One paragraph per line.";
    AppendixItem => "phụ lục", "appendix";
    AppendixAdd => "Thêm phụ lục", "Add an appendix";
    AppendixEmpty => "Kế hoạch chưa có phụ lục.", "The plan has no appendix.";
    PreviewRegion => "Xem trước văn bản", "Document preview";
    PreviewShow => "Xem trước", "Preview";
    PreviewHide => "Ẩn bản xem trước", "Hide preview";
    PreviewNote => "Khổ A4, cập nhật khi bạn gõ. Bấm vào một đoạn để mở phần soạn của đoạn đó.", "A4, updated as you type. Click a paragraph to open its section.";
    // Căn cứ (sections/basis.rs)
    BasisListLabel => "Các văn bản làm căn cứ", "Documents cited as the basis";
    BasisListHelp => "Thường theo thứ tự: luật, nghị định, văn bản của Trung ương, rồi văn bản của cấp trên trực tiếp. Mỗi văn bản cần đủ số, ký hiệu, ngày, cơ quan ban hành và trích yếu.",
        "Usually: laws, decrees, central documents, then the direct superior's documents. Each needs its number, code, date, issuer and subject.";
    BasisItem => "Văn bản", "Document";
    BasisVerb => "Mở đầu bằng", "Opens with";
    BasisDocType => "Loại văn bản", "Document type";
    BasisNumber => "Số", "Number";
    BasisSymbol => "Ký hiệu", "Reference code";
    BasisSymbolHint => "Phần sau số, ví dụ KH-UBND hoặc 2006/QH11.", "The part after the number, e.g. KH-UBND or 2006/QH11.";
    BasisDate => "Ngày ban hành", "Date of issue";
    BasisIssuer => "Cơ quan ban hành", "Issuing body";
    BasisSubject => "Trích yếu (hoặc tên luật)", "Subject (or name of the law)";
    BasisSuperior => "Đây là văn bản của cấp trên mà kế hoạch này triển khai", "This is the superior's document this plan implements";
    BasisPreview => "Sẽ in thành:", "Will read:";
    BasisAdd => "Thêm văn bản (nhập tay)", "Add a document by hand";
    BasisPasteLabel => "Dán trích dẫn văn bản", "Paste a citation";
    BasisPasteHelp => "Dán một hay nhiều câu “Căn cứ …” hoặc “Thực hiện …”; mỗi văn bản ngăn cách bằng dấu chấm phẩy hoặc xuống dòng. Ứng dụng tách thành từng dòng để bạn kiểm tra.",
        "Paste one or more “Căn cứ …” sentences, separated by semicolons or line breaks. Each becomes a row for you to check.";
    BasisParse => "Phân tích", "Read it";
    BasisParsedCount => "Số văn bản đã thêm vào danh sách:", "Documents added to the list:";
    BasisParseKept => "Phần chưa đọc được vẫn nằm trong ô dán để bạn sửa rồi bấm “Phân tích” lần nữa.", "What could not be read stays in the box: fix it and press “Read it” again.";
    BasisCatalogueLabel => "Chọn từ danh mục văn bản quốc gia", "Pick from the national documents";
    BasisCatalogueHelp => "Số, ngày và trích yếu lấy từ danh mục; hãy đối chiếu lại với văn bản gốc.", "Number, date and subject come from the catalogue; check them against the original.";
    BasisCatalogueNone => "— Chọn một văn bản —", "— Choose a document —";
    BasisCatalogueAdded => "Đã thêm vào căn cứ:", "Added to the basis:";
    BasisCatalogueReplaced => "đã được thay thế", "replaced";
    BasisCatalogueEnded => "đã hết thời gian thực hiện", "period over";
    BasisLeadIn => "Câu dẫn vào nội dung kế hoạch", "Lead-in sentence";
    BasisLeadInHint => "Câu ngay sau phần căn cứ, kết thúc bằng “như sau:”.", "The sentence after the basis, ending with “như sau:”.";
    BasisLeadInFill => "Điền câu dẫn theo mẫu", "Fill in the standard lead-in";
    // Mục tiêu, chỉ tiêu (sections/targets.rs)
    TargetAim => "Mục tiêu chung", "General objective";
    TargetAimHint => "Một đoạn ngắn nêu điều kế hoạch hướng tới trong cả thời gian thực hiện.", "A short paragraph on what the plan aims at over its period.";
    TargetListLabel => "Chỉ tiêu cụ thể", "Specific targets";
    TargetListHelp => "Mỗi chỉ tiêu đo được: nội dung, đối tượng, con số, thời hạn và người chịu trách nhiệm.", "Each target is measurable: what, for whom, a number, a deadline and who is responsible.";
    TargetItem => "Chỉ tiêu", "Target";
    TargetWhat => "Nội dung cần đạt", "What is measured";
    TargetGroup => "Đối tượng", "For whom";
    TargetValue => "Con số", "Value";
    TargetUnit => "Đơn vị tính", "Unit";
    TargetUnitOther => "khác (tự ghi)", "other (type it)";
    TargetUnitOtherLabel => "Đơn vị tính khác", "Other unit";
    TargetByWhen => "Thời hạn", "By when";
    TargetOwner => "Người, bộ phận phụ trách", "Responsible";
    TargetTasks => "Nhiệm vụ thực hiện chỉ tiêu này:", "Tasks serving this target:";
    TargetTasksNone => "chưa có (gắn ở phần Nội dung, nhiệm vụ, giải pháp)", "none yet (link them in Tasks and measures)";
    TargetGoTasks => "Đến phần nhiệm vụ", "Go to tasks";
    TargetAdd => "Thêm chỉ tiêu", "Add a target";
    TargetEmpty => "Chưa có chỉ tiêu nào. Bấm “Thêm chỉ tiêu” hoặc chọn một gợi ý.", "No targets yet. Press “Add a target” or pick a suggestion.";
    TargetSuggestions => "Chỉ tiêu gợi ý", "Suggested targets";
    // Nội dung, nhiệm vụ, giải pháp (sections/tasks.rs)
    TaskListHelp => "Chia nhiệm vụ thành từng nhóm theo lĩnh vực; mỗi nhiệm vụ nêu rõ thời gian và người chủ trì.", "Group the tasks by area; each task names its timing and its lead.";
    TaskGroupItem => "Nhóm", "Group";
    TaskGroupTitle => "Tên nhóm", "Group heading";
    TaskGroupArea => "Thuộc lĩnh vực", "Area";
    TaskGroupAreaNone => "Không gắn lĩnh vực", "No area";
    TaskItem => "Nhiệm vụ", "Task";
    TaskText => "Nội dung nhiệm vụ", "Task";
    TaskTiming => "Thời gian", "When";
    TaskLead => "Chủ trì", "Lead";
    TaskParticipants => "Phối hợp", "With";
    TaskTargets => "Thực hiện chỉ tiêu", "Serves targets";
    TaskTargetsNone => "Chưa có chỉ tiêu nào để gắn (thêm ở phần Mục tiêu, chỉ tiêu).", "No targets to link yet (add them under Objectives and targets).";
    TaskAdd => "Thêm nhiệm vụ", "Add a task";
    TaskGroupAdd => "Thêm nhóm trống", "Add an empty group";
    TaskAreaAdd => "Thêm nhóm", "Add a group";
    TaskAreasMissing => "Lĩnh vực chưa có nhóm nhiệm vụ", "Areas without a task group";
    TaskAreasMissingHelp => "Mỗi nút tạo một nhóm cho lĩnh vực đó, kèm nhiệm vụ gợi ý để bạn chọn.", "Each button creates a group for that area, with suggested tasks to pick from.";
    TaskEmpty => "Nhóm này chưa có nhiệm vụ.", "This group has no tasks yet.";
    TaskSuggestions => "Nhiệm vụ gợi ý cho nhóm này", "Suggested tasks for this group";
    ConfigProblemsTitle => "Một số tùy chọn nhúng của trang này không dùng được (công cụ vẫn hoạt động bình thường):",
        "Some embedding options on this page could not be used (the tool works as usual):";
    // Kiểm tra toàn bộ (components/check_view.rs)
    CheckNav => "Kiểm tra toàn bộ", "Check the whole plan";
    CheckTitle => "Kiểm tra toàn bộ kế hoạch", "Check the whole plan";
    CheckIntro => "Mọi điều danh sách kiểm tra tìm thấy, theo từng phần. Bấm “Sửa” để mở phần đó và đến đúng ô cần sửa.",
        "Everything the checklist found, section by section. Press “Fix” to open the section at the right field.";
    CheckDone => "Kế hoạch đã đủ các phần bắt buộc", "The plan has every required part";
    CheckProposedCount => "Phần gợi ý sẵn chưa đọc", "Proposed sections not yet read";
    CheckNotDoneProposed => "Kế hoạch chưa hoàn thành: không còn lỗi, nhưng còn phần là nội dung gợi ý sẵn chưa được đọc. Hãy mở từng phần dưới đây, sửa hoặc bấm “Giữ nội dung này”.",
        "The plan is not finished: there are no errors, but some sections still hold proposed text nobody has read. Open each section below, then edit it or press “Keep this content”.";
    CheckProposedItem => "Phần này còn là nội dung gợi ý sẵn, chưa được đọc và giữ.", "This section still holds proposed text that has not been read and kept.";
    CheckOpenSection => "Mở để đọc", "Open to read";
    CheckDoneBody => "Không còn lỗi hay điều cần xem lại. Các gợi ý còn lại (nếu có) không bắt buộc.",
        "No errors or warnings are left. Any remaining hints are optional.";
    CheckNotDone => "Kế hoạch chưa đủ các phần bắt buộc: hãy sửa các lỗi và điều cần xem lại dưới đây.",
        "The plan is not complete yet: fix the errors and warnings below.";
    CheckNothing => "Không có gì cần sửa hay gợi ý thêm.", "Nothing to fix or suggest.";
    CheckFix => "Sửa", "Fix";
    CheckHintsTitle => "Gợi ý không bắt buộc", "Optional hints";
    ExportRegion => "Xuất kế hoạch", "Export the plan";
    ExportDocx => "Tải .docx", "Download .docx";
    ExportPrint => "In / Lưu PDF", "Print / Save as PDF";
    ExportTxt => "Tải bản văn bản (.txt)", "Download plain text (.txt)";
    ExportLoading => "Đang tải bộ xuất văn bản…", "Loading the document exporter…";
    ExportWorking => "Đang tạo tệp…", "Creating the file…";
    ExportDone => "Đã tải xuống {file}", "Downloaded {file}";
    ExportPrintOpened => "Đã mở hộp thoại in. Muốn có tệp PDF, hãy chọn “Lưu dưới dạng PDF” ở mục Đích.",
        "The print dialog is open. Choose “Save as PDF” as the destination to get a PDF file.";
    ExportPrintFrame => "Bản in kế hoạch", "Printable plan";
    DraftsButton => "Bản nháp", "Drafts";
    DraftsTitle => "Bản nháp đã lưu trên máy này", "Drafts saved on this computer";
    DraftsIntro => "Bản nháp được tự động lưu trong trình duyệt của máy này và không được gửi đi đâu. Trên máy dùng chung, hãy tải bản nháp về (.json) rồi xóa khi xong việc.",
        "Drafts are saved automatically in this browser and are sent nowhere. On a shared computer, download your draft (.json) and delete it when you are done.";
    DraftsClose => "Đóng", "Close";
    DraftsEmpty => "Chưa có bản nháp nào được lưu trên máy này.", "No drafts are saved on this computer yet.";
    DraftNew => "Soạn kế hoạch mới", "Start a new plan";
    DraftManage => "Quản lý bản nháp", "Manage drafts";
    DraftOpen => "Mở", "Open";
    DraftOpenNow => "(đang mở)", "(open now)";
    DraftLastSaved => "Lưu lần cuối", "Last saved";
    DraftComplete => "Hoàn thành", "Complete";
    DraftRename => "Đổi tên", "Rename";
    DraftRenameLabel => "Tên mới", "New name";
    DraftRenameSave => "Lưu tên", "Save the name";
    DraftCancel => "Hủy", "Cancel";
    DraftDuplicate => "Nhân bản", "Duplicate";
    DraftDuplicated => "Đã tạo bản sao", "Copy created";
    DraftDelete => "Xóa", "Delete";
    DraftDeleteConfirm => "Xóa bản nháp này khỏi máy? Ngay sau khi xóa, bạn vẫn có thể bấm “Hoàn tác”.",
        "Delete this draft from this computer? Right after, you can still press “Undo”.";
    DraftDeleteYes => "Xóa bản nháp", "Delete the draft";
    DraftExport => "Tải về (.json)", "Download (.json)";
    DraftExportAll => "Tải tất cả bản nháp (.json)", "Download all drafts (.json)";
    DraftKeptTitle => "Dữ liệu hỏng được giữ lại", "Damaged data kept";
    DraftKeptIntro => "Khi một bản nháp hoặc danh sách bản nháp không đọc được, dữ liệu gốc của nó được giữ lại ở đây trước khi có gì ghi đè lên. Hãy tải về để giữ hoặc nhờ người hỗ trợ khôi phục; xóa khi không cần nữa để trình duyệt có thêm chỗ lưu.",
        "When a draft or the list of drafts cannot be read, its original data is kept here before anything can overwrite it. Download it to keep it or to have it repaired; delete it when you no longer need it, to give the browser more room.";
    DraftKeptOfDraft => "Bản nháp", "Draft";
    DraftKeptOfIndex => "Danh sách bản nháp", "The list of drafts";
    DraftKeptAt => "Giữ lại lúc", "Kept at";
    DraftKeptDeleteConfirm => "Xóa hẳn dữ liệu gốc này khỏi máy? Việc này không hoàn tác được.",
        "Delete this original data from this computer for good? This cannot be undone.";
    DraftKeptDeleteYes => "Xóa hẳn", "Delete for good";
    DraftKeptDeleted => "Đã xóa dữ liệu gốc", "Original data deleted";
    DraftExportSkipped => "Có bản nháp bị hỏng nên không có trong tệp vừa tải về; dữ liệu gốc của chúng vẫn được giữ trong trình duyệt.",
        "Some damaged drafts are not in the downloaded file; their original data is still kept in the browser.";
    DraftImport => "Nhập tệp bản nháp (.json)", "Import a draft file (.json)";
    DraftImportHelp => "Chọn tệp .json đã tải về từ ứng dụng này. Mỗi bản nháp trong tệp trở thành một bản nháp mới; không bản nào bị ghi đè.",
        "Choose a .json file downloaded from this tool. Each draft in it becomes a new draft; nothing is overwritten.";
    DraftImported => "Đã nhập bản nháp:", "Imported:";
    DraftImportReadFailed => "Không đọc được tệp đã chọn. Hãy chọn lại tệp.", "The chosen file could not be read. Please choose it again.";
    DraftSaved => "Đã lưu", "Saved";
    DraftSavedAt => "Đã lưu lúc", "Saved at";
    DraftNotSaved => "Chưa lưu được", "Not saved";
    DraftPaused => "Tạm dừng tự động lưu", "Autosave paused";
    DraftMemoryOnly => "Không lưu được trên máy này", "Not saved on this computer";
    DraftDownloadCurrent => "Tải bản nháp (.json)", "Download the draft (.json)";
    DraftRetry => "Thử lưu lại", "Try saving again";
    DraftDownloadRaw => "Tải dữ liệu gốc (.json)", "Download the original data (.json)";
    DraftDismiss => "Đóng thông báo", "Dismiss";
    DraftConflict => "Bản nháp này vừa được sửa ở một thẻ/cửa sổ khác.", "This draft was just changed in another tab or window.";
    DraftConflictDeleted => "Bản nháp này vừa bị xóa ở một thẻ/cửa sổ khác.", "This draft was just deleted in another tab or window.";
    DraftConflictHelp => "Tự động lưu bản nháp này đang tạm dừng cho đến khi bạn chọn một trong hai cách dưới đây.",
        "Autosave of this draft is paused until you choose one of the two options below.";
    DraftTakeTheirs => "Tải phiên bản kia", "Load the other version";
    DraftKeepMine => "Giữ bản của tôi thành bản sao", "Keep mine as a copy";
    EditorLoading => "Đang mở phần soạn thảo…", "Opening the editor…";
    EditorLoadFailed => "Chưa tải được phần soạn thảo. Những gì bạn đã nhập vẫn còn: hãy kiểm tra kết nối mạng rồi bấm lại.",
        "The editor could not be loaded. What you typed is kept: check the connection and try again.";
    ThemeLabel => "Chủ đề", "Theme";
    ThemeHelp => "Chủ đề của Tháng hành động vì bình đẳng giới trong năm (điền sẵn chủ đề toàn quốc khi đã biết; có thể sửa theo hướng dẫn của cấp trên). Khi ô còn trống, hãy chép đúng chủ đề trong công văn hướng dẫn Tháng hành động của năm đó, không dùng lại chủ đề năm trước. Với các loại kế hoạch khác, có thể để trống.",
        "The theme of the year's Action Month for gender equality (pre-filled with the national theme when known; change it if your superior's guidance sets another). Other kinds of plan may leave it empty.";
    // -- end of table (add new strings above this line) --
}

strings! {
    /// The texts of "Mở kế hoạch có sẵn" (reading a plan the teacher
    /// already has), read through their constants (`open_text::OpenTitle`)
    /// so that only the module that shows one links it: the start module
    /// has its button's text only.
    enum OpenText;
    mod open_text;
    OpenButton => "Mở kế hoạch có sẵn (.docx, .txt)…", "Open a plan you already have (.docx, .txt)…";
    OpenTitle => "Mở kế hoạch có sẵn", "Open a plan you already have";
    OpenIntro => "Dùng lại kế hoạch năm trước hay một kế hoạch đã soạn bằng Word: công cụ đọc nó ngay trên máy của bạn (không gửi đi đâu) và cho bạn xem đã nhận ra những gì. Chưa có gì được lưu cho đến khi bạn bấm “Mở để sửa”.",
        "Reuse last year's plan or one written in Word: the tool reads it on your computer (nothing is sent anywhere) and shows you what it recognised. Nothing is saved until you press “Open to edit”.";
    OpenFile => "Chọn tệp kế hoạch (.docx hoặc .txt)", "Choose the plan's file (.docx or .txt)";
    OpenFileHelp => "Tệp .doc cũ: mở bằng Word hoặc LibreOffice rồi lưu thành .docx. Tệp PDF: sao chép phần chữ rồi dán vào ô bên dưới.",
        "An old .doc file: open it in Word or LibreOffice and save it as .docx. A PDF: copy its text and paste it into the box below.";
    OpenPaste => "Hoặc dán nội dung kế hoạch", "Or paste the plan's text";
    OpenPasteHelp => "Chữ sao chép từ trang web, từ tệp PDF hay từ văn bản khác; dán xong bấm “Đọc”.",
        "Text copied from a web page, a PDF or another document; then press “Read”.";
    OpenRead => "Đọc", "Read";
    OpenPasteEmpty => "Ô nội dung đang trống: hãy dán chữ của kế hoạch vào ô rồi bấm “Đọc”.",
        "The text box is empty: paste the plan's text into it, then press “Read”.";
    OpenLoading => "Đang tải bộ đọc kế hoạch…", "Loading the plan reader…";
    OpenReading => "Đang đọc {name}…", "Reading {name}…";
    OpenPasted => "nội dung đã dán", "the pasted text";
    OpenReviewTitle => "Đã đọc: {name}", "Read: {name}";
    OpenKindPlan => "Đây là một kế hoạch. Hãy xem lại những gì đã nhận ra trước khi mở để sửa.",
        "This is a plan. Look over what was recognised before you open it to edit.";
    OpenKindLetter => "Đây là một công văn (có “Kính gửi”, không có tên loại “KẾ HOẠCH”), không phải kế hoạch, nên không được chấm điểm như một kế hoạch. Bạn vẫn có thể mở để lấy lại nội dung.",
        "This is an official letter (công văn: it has “Kính gửi” and no “KẾ HOẠCH” title), not a plan, so it is not scored as a plan. You can still open it to reuse its text.";
    OpenKindUnknown => "Chưa nhận ra đây là kế hoạch: không thấy tên loại “KẾ HOẠCH” hay các mục quen thuộc. Mọi đoạn chữ đọc được vẫn được giữ lại bên dưới.",
        "This was not recognised as a plan: no “KẾ HOẠCH” title and no familiar sections were found. Every paragraph read is still kept below.";
    OpenHeader => "Phần đầu văn bản", "Document header";
    OpenNoHeader => "Không tìm thấy cơ quan ban hành, số hay ngày tháng.", "No issuer, number or date was found.";
    OpenReference => "Số, ký hiệu", "Number and code";
    OpenDateLine => "Địa danh, ngày tháng", "Place and date";
    OpenDocTitle => "Tên loại", "Document type";
    OpenSections => "Các phần đã nhận ra", "Sections recognised";
    OpenNoSections => "Chưa nhận ra phần nào của kế hoạch.", "No section of a plan was recognised.";
    OpenItems => "{n} mục", "{n} entries";
    OpenFirst => "Đầu tiên", "First";
    OpenUnplacedTitle => "Đoạn chưa xếp được vào phần nào ({n})", "Paragraphs not placed in any section ({n})";
    OpenUnplacedHelp => "Các đoạn này được giữ nguyên trong bản nháp để bạn chép vào đúng chỗ; không đoạn nào bị bỏ.",
        "These paragraphs are kept as they are in the draft, for you to move where they belong; none is dropped.";
    OpenUnplacedNone => "Mọi đoạn đều đã được xếp vào một phần.", "Every paragraph was placed in a section.";
    OpenUnplacedAbove => "Trước phần đầu văn bản", "Above the header";
    OpenFindings => "Kiểm tra: {errors} lỗi, {warnings} cần xem lại, {hints} gợi ý. Xem từng mục ở “Kiểm tra toàn bộ” sau khi mở.",
        "Checks: {errors} errors, {warnings} to review, {hints} hints. See each one in “Check the whole plan” once opened.";
    OpenCompleteness => "Mức hoàn thành: {n} %", "Completeness: {n} %";
    OpenManyPlans => "Tệp có {n} bản nháp: tất cả được thêm thành bản nháp mới, bản đầu tiên được mở.",
        "The file holds {n} drafts: all are added as new drafts and the first one is opened.";
    OpenEdit => "Mở để sửa", "Open to edit";
    OpenEditHelp => "Tạo một bản nháp mới từ nội dung này; các bản nháp đang có không bị thay đổi.",
        "Makes a new draft of this content; the drafts you have are not changed.";
    OpenCancel => "Hủy", "Cancel";
}

impl PlanKind {
    /// The kind's name in the start screen.
    pub fn label(self) -> S {
        match self {
            PlanKind::Annual => S::KindAnnual,
            PlanKind::ActionMonth => S::KindActionMonth,
            PlanKind::MultiYear => S::KindMultiYear,
            PlanKind::GenderAndChildren => S::KindGenderChildren,
        }
    }
}

impl IssuerLevel {
    /// The level's name in the start screen.
    pub fn label(self) -> S {
        match self {
            IssuerLevel::So => S::LevelSo,
            IssuerLevel::Phong => S::LevelPhong,
            IssuerLevel::MamNon => S::LevelMamNon,
            IssuerLevel::TieuHoc => S::LevelTieuHoc,
            IssuerLevel::Thcs => S::LevelThcs,
            IssuerLevel::Thpt => S::LevelThpt,
            IssuerLevel::LienCap => S::LevelLienCap,
            IssuerLevel::GdnnGdtx => S::LevelGdnnGdtx,
            IssuerLevel::CaoDang => S::LevelCaoDang,
            IssuerLevel::BanVstbpn => S::LevelBan,
        }
    }
}

impl SectionId {
    /// The section's heading in the editor.
    pub fn label(self) -> S {
        match self {
            SectionId::Header => S::SecHeader,
            SectionId::Title => S::SecTitle,
            SectionId::Basis => S::SecBasis,
            SectionId::Purposes => S::SecPurposes,
            SectionId::Targets => S::SecTargets,
            SectionId::Tasks => S::SecTasks,
            SectionId::Organisation => S::SecOrganisation,
            SectionId::Funding => S::SecFunding,
            SectionId::Reporting => S::SecReporting,
            SectionId::Closing => S::SecClosing,
            SectionId::Recipients => S::SecRecipients,
            SectionId::Signature => S::SecSignature,
            SectionId::Appendices => S::SecAppendices,
        }
    }
}

impl Severity {
    /// The severity's name as the editor shows it ("Lỗi", "Cần xem lại", "Gợi ý").
    pub fn label(self, lang: Lang) -> &'static str {
        let key = match self {
            Severity::Error => S::SeverityError,
            Severity::Warning => S::SeverityWarning,
            Severity::Hint => S::SeverityHint,
        };
        key.t(lang)
    }
}

impl Finding {
    /// The message in `lang`: the English courtesy translation when English
    /// is asked for and the rule has one, else the Vietnamese.
    pub fn message(&self, lang: Lang) -> &str {
        match self.message_lang(lang) {
            Lang::En => &self.message_en,
            Lang::Vi => &self.message,
        }
    }

    /// The language [`Finding::message`] answers in for `lang` (for the
    /// `lang` attribute of the text).
    pub fn message_lang(&self, lang: Lang) -> Lang {
        if lang == Lang::En && !self.message_en.is_empty() {
            Lang::En
        } else {
            Lang::Vi
        }
    }
}

/// The whole table as JSON `{ "vi": {key: text}, "en": {…} }`, for the e2e tests.
pub fn table_json() -> String {
    let mut out = serde_json::Map::new();
    for lang in [Lang::Vi, Lang::En] {
        let interface = S::ALL.iter().map(|s| (s.key(), s.t(lang)));
        let errors = ErrorText::ALL.iter().map(|e| (e.key(), e.t(lang)));
        let open = OpenText::ALL.iter().map(|e| (e.key(), e.t(lang)));
        let m: serde_json::Map<String, serde_json::Value> = interface
            .chain(errors)
            .chain(open)
            .map(|(key, text)| (key.to_string(), text.into()))
            .collect();
        out.insert(lang.code().into(), m.into());
    }
    serde_json::Value::Object(out).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_known_keys_only() {
        assert_eq!(
            fill("Căn cứ thứ {n} ({doc}) {x}", &[("n", "2"), ("doc", "A")]),
            "Căn cứ thứ 2 (A) {x}"
        );
        assert_eq!(fill("không có", &[("n", "2")]), "không có");
        assert_eq!(fill("{", &[("n", "2")]), "{");
        assert_eq!(
            fill("dòng {line}, cột {column}", &[("line", 2), ("column", 11)]),
            "dòng 2, cột 11"
        );
    }

    /// The `{placeholders}` of a text, in order.
    fn placeholders(text: &str) -> Vec<&str> {
        text.split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}').map(|(key, _)| key))
            .collect()
    }

    /// Every text of both tables: (key, Vietnamese, English).
    fn every_text() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
        let interface = S::ALL
            .iter()
            .map(|s| (s.key(), s.t(Lang::Vi), s.t(Lang::En)));
        let errors = ErrorText::ALL
            .iter()
            .map(|e| (e.key(), e.t(Lang::Vi), e.t(Lang::En)));
        let open = OpenText::ALL
            .iter()
            .map(|e| (e.key(), e.t(Lang::Vi), e.t(Lang::En)));
        interface.chain(errors).chain(open)
    }

    #[test]
    fn both_languages_have_the_same_placeholders() {
        for (key, vi, en) in every_text() {
            let mut vi = placeholders(vi);
            let mut en = placeholders(en);
            vi.sort_unstable();
            en.sort_unstable();
            assert_eq!(vi, en, "{key}");
        }
    }

    #[test]
    fn every_string_has_both_languages() {
        for (key, vi, en) in every_text() {
            assert!(!vi.trim().is_empty(), "{key} vi");
            assert!(!en.trim().is_empty(), "{key} en");
        }
    }

    #[test]
    fn keys_are_unique_across_both_tables() {
        let mut keys: Vec<_> = every_text().map(|(key, ..)| key).collect();
        let count = keys.len();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), count);
    }
}
