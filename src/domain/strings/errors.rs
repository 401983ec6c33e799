//! The errors' texts ([`ErrorText`], the string table's second part) and
//! how an error enum is declared: as a table of its variants and the keys
//! of their texts ([`error_enum!`]), so that every text a user can meet in
//! an error is in the string table with its English.

use super::Lang;

// The errors' texts are a table of their own, read only through its
// constants (`error_text::ErrDraftEmpty`): a module links the texts of the
// errors it can meet, not every error's in both languages, as it would
// through `S::t`.
strings! {
    /// The text of an error a user can meet (see `error_enum!`; `{…}` are
    /// the error's fields).
    enum ErrorText;
    mod error_text;
    // domain/draft.rs: a stored draft, the draft list, an imported file
    ErrDraftEmpty => "Bản nháp trống: không có dữ liệu nào được lưu.",
        "The draft is empty: no data was saved.";
    ErrDraftInvalidJson => "Bản nháp bị hỏng và không đọc được (lỗi dữ liệu ở dòng {line}, cột {column}); có thể việc lưu đã bị ngắt giữa chừng.",
        "The draft is damaged and cannot be read (data error at line {line}, column {column}); saving may have been interrupted.";
    ErrDraftWrongShape => "Bản nháp không đúng cấu trúc dữ liệu của ứng dụng: {detail}.",
        "The draft does not have the app's data structure: {detail}.";
    ErrDraftTooNew => "Bản nháp được tạo bởi phiên bản mới hơn của ứng dụng (phiên bản dữ liệu {found}); hãy cập nhật trang hoặc mở bằng phiên bản mới.",
        "The draft was made by a newer version of the app (data version {found}); reload the page or open it with the new version.";
    ErrIndexEmpty => "Danh sách bản nháp trống: không có dữ liệu nào được lưu.",
        "The list of drafts is empty: no data was saved.";
    ErrIndexInvalidJson => "Danh sách bản nháp bị hỏng và không đọc được (lỗi dữ liệu ở dòng {line}, cột {column}); các bản nháp đã lưu vẫn còn nguyên.",
        "The list of drafts is damaged and cannot be read (data error at line {line}, column {column}); the saved drafts themselves are intact.";
    ErrIndexWrongShape => "Danh sách bản nháp không đúng cấu trúc dữ liệu của ứng dụng: {detail}.",
        "The list of drafts does not have the app's data structure: {detail}.";
    ErrIndexTooNew => "Danh sách bản nháp được tạo bởi phiên bản mới hơn của ứng dụng (phiên bản dữ liệu {found}); hãy cập nhật trang hoặc mở bằng phiên bản mới.",
        "The list of drafts was made by a newer version of the app (data version {found}); reload the page or open it with the new version.";
    ErrIndexPartlyUnreadable => "Có {skipped} mục trong danh sách bản nháp bị hỏng hoặc trùng lặp nên đã được bỏ qua; các bản nháp còn lại vẫn nguyên vẹn.",
        "{skipped} entries of the list of drafts were damaged or repeated and were skipped; the other drafts are intact.";
    ErrImportTooLarge => "Tệp quá lớn ({size}); tệp bản nháp chỉ được tối đa {max}.",
        "The file is too large ({size}); a draft file may be at most {max}.";
    ErrImportEmpty => "Tệp trống, không có dữ liệu.", "The file is empty: it holds no data.";
    ErrImportDocx => "Đây là tệp Word (.docx) hoặc tệp nén, không phải tệp bản nháp. Hãy chọn tệp bản nháp .json đã tải về từ ứng dụng.",
        "This is a Word file (.docx) or a compressed file, not a draft file. Choose a .json draft file downloaded from the app.";
    ErrImportNotText => "Tệp không phải là tệp văn bản (có vẻ là ảnh, PDF hay tệp nhị phân khác). Hãy chọn tệp bản nháp .json đã tải về từ ứng dụng.",
        "The file is not a text file (it looks like an image, a PDF or another binary file). Choose a .json draft file downloaded from the app.";
    ErrImportInvalidJson => "Tệp không phải JSON hợp lệ (lỗi ở dòng {line}, cột {column}); có thể tệp đã bị sửa tay hoặc chưa tải về hết.",
        "The file is not valid JSON (error at line {line}, column {column}); it may have been edited by hand or not fully downloaded.";
    ErrImportNotOurs => "Tệp JSON này không phải là bản nháp của ứng dụng soạn kế hoạch bình đẳng giới.",
        "This JSON file is not a draft of the gender equality plan builder.";
    ErrImportTooNew => "Tệp được tạo bởi phiên bản mới hơn của ứng dụng (phiên bản dữ liệu {found}); hãy cập nhật trang rồi nhập lại tệp.",
        "The file was made by a newer version of the app (data version {found}); reload the page, then import the file again.";
    ErrImportWrongShape => "Tệp không đúng cấu trúc bản nháp: {detail}. Chưa có bản nháp nào được nhập.",
        "The file does not have the structure of a draft: {detail}. No draft was imported.";
    ErrImportNoDrafts => "Tệp không chứa bản nháp nào.", "The file holds no draft.";
    // domain/citation.rs, date.rs, config.rs, export/docx.rs
    ErrCitationEmpty => "Chưa có nội dung: hãy dán hoặc gõ một văn bản, ví dụ “Kế hoạch số 865/KH-UBND ngày 12/4/2022 của UBND tỉnh Cao Bằng”.",
        "Nothing to read yet: paste or type one document, for example “Kế hoạch số 865/KH-UBND ngày 12/4/2022 của UBND tỉnh Cao Bằng”.";
    ErrCitationTooLong => "Đoạn văn bản quá dài ({len} ký tự) để là một căn cứ; mỗi lần chỉ dán một văn bản (tối đa {max} ký tự).",
        "The text is too long ({len} characters) to be one citation; paste one document at a time (at most {max} characters).";
    ErrCitationNoReference => "Không tìm thấy số, ký hiệu văn bản (ví dụ: 865/KH-UBND) hay tên luật (ví dụ: Luật Bình đẳng giới).",
        "No document number and code (e.g. 865/KH-UBND) and no name of a law (e.g. Luật Bình đẳng giới) was found.";
    ErrCitationUnknownType => "Không nhận ra loại văn bản của “{reference}”; hãy ghi rõ loại ở đầu, ví dụ “Công văn số {reference}”.",
        "The type of the document “{reference}” was not recognised; name the type first, for example “Công văn số {reference}”.";
    ErrCitationBadDate => "Không đọc được ngày ban hành “{text}”; hãy viết theo dạng 12/4/2022 hoặc ngày 12 tháng 4 năm 2022.",
        "The date of issue “{text}” could not be read; write it as 12/4/2022 or “ngày 12 tháng 4 năm 2022”.";
    ErrCitationInvalidDate => "Ngày ban hành “{text}” không có trên lịch; hãy kiểm tra lại ngày và tháng.",
        "The date of issue “{text}” is not on the calendar; check the day and the month.";
    ErrDateInvalid => "Ngày không hợp lệ: {detail}", "Invalid date: {detail}";
    ErrConfigBadValue => "Tùy chọn \"{name}\" có giá trị \"{value}\" không hợp lệ. Các giá trị dùng được: {allowed}.",
        "The option \"{name}\" has an invalid value \"{value}\". Allowed values: {allowed}.";
    ErrConfigTooLong => "Tùy chọn \"{name}\" dài quá {max} ký tự nên đã bị bỏ qua.",
        "The option \"{name}\" is longer than {max} characters and was ignored.";
    ErrConfigUnknown => "Không có tùy chọn \"{name}\". Các tùy chọn: {known}.",
        "There is no option \"{name}\". The options are: {known}.";
    ErrDocxPackage => "Không đóng gói được tệp .docx: {detail}",
        "The .docx file could not be packaged: {detail}";
    ErrDocxInternal => "Lỗi nội bộ khi tạo tệp .docx (không tìm thấy {part}). Xin báo lỗi cho nhóm phát triển.",
        "Internal error while making the .docx file ({part} not found). Please report it to the developers.";
    // domain/import: reading a plan the user already has
    ErrReadEmpty => "Tệp trống: không có chữ nào để đọc.", "The file is empty: there is no text to read.";
    ErrReadTooLarge => "Tệp quá lớn ({size}); chương trình chỉ đọc tệp đến {max}. Một kế hoạch thường chỉ vài chục KB: hãy bỏ ảnh khỏi tệp hoặc dán riêng phần chữ.",
        "The file is too large ({size}); files of up to {max} are read. A plan is usually a few dozen KB: remove pictures from the file or paste only its text.";
    ErrReadOldWord => "Đây là tệp Word đời cũ (.doc hoặc .rtf), chương trình chưa đọc được. Hãy mở tệp bằng Word hoặc LibreOffice, lưu lại dưới dạng .docx rồi mở tệp .docx đó.",
        "This is an old Word file (.doc or .rtf), which cannot be read. Open it in Word or LibreOffice, save it as .docx, then open the .docx file.";
    ErrReadPdf => "Đây là tệp PDF, chương trình không đọc trực tiếp được. Hãy mở tệp PDF, sao chép chữ và dán vào ô nhập văn bản của ứng dụng.",
        "This is a PDF file, which cannot be read directly. Open the PDF, copy its text and paste it into the app's text box.";
    ErrReadImage => "Đây là tệp ảnh ({format}), không có chữ để đọc. Hãy dùng tệp Word (.docx) gốc của kế hoạch, hoặc sao chép phần chữ và dán vào ô nhập văn bản của ứng dụng.",
        "This is an image file ({format}), with no text to read. Use the plan's original Word file (.docx), or copy its text and paste it into the app's text box.";
    ErrReadEncrypted => "Tệp Word này được đặt mật khẩu nên không đọc được. Hãy mở tệp bằng Word, gỡ mật khẩu rồi lưu lại và mở lại tệp.",
        "This Word file is protected by a password and cannot be read. Open it in Word, remove the password, save it and open it again.";
    ErrReadNotDocx => "Tệp nén này không phải tệp Word (.docx): không có phần nội dung văn bản (word/document.xml).",
        "This compressed file is not a Word file (.docx): it has no document part (word/document.xml).";
    ErrReadBrokenDocx => "Tệp Word bị hỏng, không mở được ({detail}). Hãy mở bằng Word hoặc LibreOffice rồi lưu lại dưới dạng .docx.",
        "The Word file is damaged and cannot be opened ({detail}). Open it in Word or LibreOffice and save it again as .docx.";
    ErrReadDocxTooBig => "Phần chữ của tệp Word khi giải nén lớn hơn {max}, quá lớn đối với một kế hoạch; có thể tệp bị hỏng hoặc không phải kế hoạch.",
        "The text part of the Word file unpacks to more than {max}, too large for a plan; the file may be damaged or not a plan.";
    ErrReadNotText => "Không nhận ra loại tệp. Chương trình đọc được tệp Word (.docx), tệp văn bản (.txt, mã UTF-8 hoặc UTF-16) và tệp bản nháp (.json) của ứng dụng.",
        "The kind of file was not recognised. Word files (.docx), text files (.txt, UTF-8 or UTF-16) and the app's draft files (.json) can be read.";
    // browser/storage.rs
    ErrStorageDisabled => "Trình duyệt đang chặn việc lưu dữ liệu của trang này (có thể do chế độ ẩn danh, do cài đặt chặn cookie hoặc do ứng dụng được nhúng vào một trang web khác), nên bản nháp sẽ không được tự động lưu. Hãy tải bản nháp về máy trước khi đóng trang.",
        "The browser blocks this page from saving data (private browsing, settings that block cookies, or the tool embedded in another website), so the draft will not be saved automatically. Download the draft before closing the page.";
    ErrStorageAbsent => "Trình duyệt này không hỗ trợ lưu dữ liệu trên máy, nên bản nháp sẽ không được tự động lưu. Hãy tải bản nháp về máy trước khi đóng trang.",
        "This browser cannot save data on this computer, so the draft will not be saved automatically. Download the draft before closing the page.";
    ErrStorageInvalidNamespace => "Tên vùng lưu bản nháp “{namespace}” không hợp lệ: chỉ được dùng chữ cái không dấu, chữ số, dấu “-” và “_”, tối đa 40 ký tự.",
        "The draft storage name “{namespace}” is not valid: use only unaccented letters, digits, “-” and “_”, at most 40 characters.";
    ErrLoadNotFound => "Không tìm thấy bản nháp này trong bộ nhớ của trình duyệt; có thể bản nháp đã bị xoá ở một thẻ khác.",
        "This draft is not in the browser's storage; it may have been deleted in another tab.";
    ErrLoadIndex => "{error} Danh sách đã được dựng lại từ các bản nháp đang lưu. {kept}",
        "{error} The list was rebuilt from the saved drafts. {kept}";
    ErrLoadKeptBackup => "Dữ liệu gốc đã được sao lưu trong trình duyệt; bạn có thể tải bản sao lưu về máy.",
        "The original data was backed up in the browser; you can download the backup.";
    ErrLoadKeptOriginal => "Dữ liệu gốc vẫn được giữ nguyên, chưa bị ghi đè.",
        "The original data is kept as it was, not overwritten.";
    ErrSaveQuota => "Chưa lưu được vì bộ nhớ của trình duyệt dành cho trang này đã đầy. Hãy xoá bớt bản nháp hoặc bản sao lưu không dùng đến, hoặc tải bản nháp này về máy để giữ lại.",
        "Not saved: the browser's storage for this page is full. Delete drafts or backups you no longer need, or download this draft to keep it.";
    ErrSaveUnavailable => "Chưa lưu được vì trình duyệt không cho phép trang này lưu dữ liệu. Hãy tải bản nháp về máy để giữ lại.",
        "Not saved: the browser does not let this page save data. Download the draft to keep it.";
    ErrSaveInvalidId => "Mã bản nháp “{id}” không hợp lệ.", "The draft id “{id}” is not valid.";
    ErrSaveUnreadableNotBackedUp => "Chưa lưu được: dữ liệu đang có trong trình duyệt không đọc được và chưa sao lưu được (bộ nhớ có thể đã đầy), nên ứng dụng không ghi đè lên. Hãy tải bản nháp về máy rồi giải phóng bớt bộ nhớ.",
        "Not saved: the data already in the browser cannot be read and could not be backed up (the storage may be full), so the app does not write over it. Download the draft, then free some storage.";
    // browser/worker.rs, print.rs, download.rs
    ErrExportBlocked => "Trang web này không cho phép mở bộ xuất văn bản (Web Worker). Quản trị trang cần cho phép “worker-src” và “'wasm-unsafe-eval'” cho thư mục của công cụ trong chính sách bảo mật nội dung (CSP), và đặt các tệp của công cụ cùng tên miền với trang.",
        "This website does not allow the document exporter (Web Worker) to start. The site's administrator must allow “worker-src” and “'wasm-unsafe-eval'” for the tool's folder in the Content Security Policy (CSP), and serve the tool's files from the same domain as the page.";
    ErrExportLoad => "Không tải được bộ xuất văn bản. Hãy kiểm tra kết nối mạng rồi thử lại; nếu vẫn lỗi, có thể chính sách bảo mật của trang (CSP: “worker-src”, “'wasm-unsafe-eval'”) đang chặn nó.",
        "The document exporter could not be loaded. Check the network connection and try again; if it still fails, the page's security policy (CSP: “worker-src”, “'wasm-unsafe-eval'”) may be blocking it.";
    ErrExportTimedOut => "Bộ xuất văn bản không phản hồi. Hãy thử lại; nếu vẫn lỗi, hãy tải lại trang.",
        "The document exporter does not answer. Try again; if it still fails, reload the page.";
    ErrExportCrashed => "Bộ xuất văn bản gặp lỗi và đã dừng. Hãy thử lại; nếu vẫn lỗi, xin báo cho nhóm phát triển.",
        "The document exporter failed and stopped. Try again; if it still fails, please tell the developers.";
    ErrReaderBlocked => "Trang web này không cho phép mở bộ đọc kế hoạch (Web Worker). Quản trị trang cần cho phép “worker-src” và “'wasm-unsafe-eval'” cho thư mục của công cụ trong chính sách bảo mật nội dung (CSP). Bạn vẫn có thể soạn kế hoạch mới.",
        "This website does not allow the plan reader (Web Worker) to start. The site's administrator must allow “worker-src” and “'wasm-unsafe-eval'” for the tool's folder in the Content Security Policy (CSP). You can still write a new plan.";
    ErrReaderLoad => "Chưa tải được bộ đọc kế hoạch. Hãy kiểm tra kết nối mạng rồi bấm “Đọc” lần nữa; tệp hoặc chữ bạn đã dán vẫn còn nguyên.",
        "The plan reader could not be loaded. Check the network connection and press “Read” again; the file or the text you pasted is still here.";
    ErrReaderTimedOut => "Bộ đọc kế hoạch không trả lời kịp. Hãy thử lại; nếu tệp rất lớn, hãy dán riêng phần chữ của kế hoạch.",
        "The plan reader did not answer in time. Try again; if the file is very large, paste only the plan's text.";
    ErrReaderCrashed => "Bộ đọc kế hoạch gặp lỗi và đã dừng. Hãy thử lại; nếu vẫn lỗi, hãy dán phần chữ của kế hoạch thay cho tệp.",
        "The plan reader failed and stopped. Try again; if it still fails, paste the plan's text instead of the file.";
    ErrPrintNoDocument => "Không mở được bản in: trang chưa sẵn sàng. Hãy thử lại.",
        "The print view could not be opened: the page is not ready. Try again.";
    ErrPrintBlocked => "Trình duyệt không cho mở bản in trong trang này. Hãy tải tệp .docx rồi in từ Word hoặc LibreOffice.",
        "The browser does not allow a print view in this page. Download the .docx file and print it from Word or LibreOffice.";
    ErrDownloadNoDocument => "Không tải được tệp về: trang chưa sẵn sàng (không truy cập được tài liệu của trang).",
        "The file could not be downloaded: the page is not ready (its document cannot be reached).";
    ErrDownloadCreateFile => "Trình duyệt không tạo được tệp để tải về (có thể do thiếu bộ nhớ). Hãy đóng bớt thẻ rồi thử lại.",
        "The browser could not create the file to download (it may be short of memory). Close some tabs and try again.";
    ErrDownloadBlocked => "Trình duyệt đã chặn việc tải tệp về. Hãy cho phép trang tải tệp rồi thử lại.",
        "The browser blocked the download. Allow this page to download files and try again.";
    // domain/catalogue/file.rs, browser/catalogue_file.rs: the webmaster's catalogue file
    ErrCatalogueTooLarge => "Không dùng được tệp danh mục văn bản: tệp quá lớn ({size} KB, tối đa {max} KB). Widget vẫn dùng danh mục có sẵn.",
        "The catalogue file cannot be used: it is too large ({size} KB, at most {max} KB). The widget keeps its built-in catalogue.";
    ErrCatalogueNotJson => "Không dùng được tệp danh mục văn bản: tệp không phải JSON hợp lệ (dòng {line}, cột {column}). Widget vẫn dùng danh mục có sẵn.",
        "The catalogue file cannot be used: it is not valid JSON (line {line}, column {column}). The widget keeps its built-in catalogue.";
    ErrCatalogueShape => "Không dùng được tệp danh mục văn bản: tệp không đúng mẫu ({detail}). Widget vẫn dùng danh mục có sẵn.",
        "The catalogue file cannot be used: it does not follow the schema ({detail}). The widget keeps its built-in catalogue.";
    ErrCatalogueVersion => "Không dùng được tệp danh mục văn bản: \"version\" là {found}, widget này đọc phiên bản 1. Widget vẫn dùng danh mục có sẵn.",
        "The catalogue file cannot be used: \"version\" is {found}; this widget reads version 1. The widget keeps its built-in catalogue.";
    ErrCatalogueTooManyEntries => "Không dùng được tệp danh mục văn bản: {count} văn bản, tối đa {max}. Widget vẫn dùng danh mục có sẵn.",
        "The catalogue file cannot be used: {count} entries, at most {max}. The widget keeps its built-in catalogue.";
    ErrCatalogueEntry => "Không dùng được tệp danh mục văn bản: văn bản thứ {index}{id}, trường \"{field}\" {problem}. Widget vẫn dùng danh mục có sẵn.",
        "The catalogue file cannot be used: entry {index}{id}, field \"{field}\" {problem}. The widget keeps its built-in catalogue.";
    ErrCatalogueMissing => "thiếu hoặc để trống", "is missing or empty";
    ErrCatalogueNotOneOf => "phải là một trong: {words}", "must be one of: {words}";
    ErrCatalogueNotADate => "\"{value}\" không phải ngày dạng dd/mm/yyyy", "\"{value}\" is not a date dd/mm/yyyy";
    ErrCatalogueNotANumber => "chỉ gồm chữ số", "must be digits only";
    ErrCatalogueBadPeriod => "phải là [năm bắt đầu, năm kết thúc], năm bắt đầu không sau năm kết thúc",
        "must be [first year, last year], the first not after the last";
    ErrCatalogueNeitherNumberNorName => "cần \"number\" (số) hoặc \"name\" (tên luật)",
        "needs \"number\" or \"name\" (a law cited by name)";
    ErrCatalogueOtherOrigin => "Không dùng tệp danh mục “{url}”: widget chỉ đọc tệp danh mục trên cùng trang web với widget. Widget vẫn dùng danh mục có sẵn.",
        "The catalogue file “{url}” is not used: the widget reads a catalogue only from its own site. The widget keeps its built-in catalogue.";
    ErrCatalogueUnreachable => "Không tải được tệp danh mục “{url}”. Widget vẫn dùng danh mục có sẵn.",
        "The catalogue file “{url}” could not be loaded. The widget keeps its built-in catalogue.";
    ErrCatalogueUnreachableStatus => "Không tải được tệp danh mục “{url}” (mã lỗi {status}). Widget vẫn dùng danh mục có sẵn.",
        "The catalogue file “{url}” could not be loaded (status {status}). The widget keeps its built-in catalogue.";
}

/// Declares an error enum as a table, like `thiserror`'s `#[error("…")]`
/// but with the text in the string table: each row is a variant, its
/// fields, and `(Key, field, name = value …)`: the key of its text, whose
/// `{placeholders}` are the fields named and the `name = value` pairs. A
/// row whose text is made of other texts gives an expression in braces
/// instead. A tuple variant names its field for the placeholder:
/// `Invalid(detail: String)`.
///
/// The enum derives `Debug`, `Clone`, `PartialEq`, `Eq` and
/// `thiserror::Error`; `message(lang)` gives its text in either language
/// and `Display` the Vietnamese, what users have always read. The texts
/// are read through their constants (`error_text::Key`), so a module links
/// only the texts of the errors it can meet.
macro_rules! error_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident : message($lang:ident) {
            $(
                $(#[$variant_meta:meta])*
                $variant:ident
                $(( $($tuple_field:ident : $tuple_type:ty),* ))?
                $({ $($(#[$field_meta:meta])* $field:ident : $field_type:ty),* $(,)? })?
                => $text:tt
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
        #[error("{}", self.message_in::<false>())]
        $vis enum $name {
            $(
                $(#[$variant_meta])*
                $variant
                $(( $($tuple_type),* ))?
                $({ $($(#[$field_meta])* $field: $field_type),* })?,
            )*
        }

        impl $name {
            /// What the user reads, in `lang` (`Display` gives the Vietnamese).
            pub fn message(&self, lang: $crate::domain::strings::Lang) -> String {
                match lang {
                    $crate::domain::strings::Lang::Vi => self.message_in::<false>(),
                    $crate::domain::strings::Lang::En => self.message_in::<true>(),
                }
            }

            /// The text in one language fixed at compile time, so that a
            /// module that only displays the error links only its
            /// Vietnamese.
            #[allow(unused_variables)]
            fn message_in<const ENGLISH: bool>(&self) -> String {
                let $lang = if ENGLISH {
                    $crate::domain::strings::Lang::En
                } else {
                    $crate::domain::strings::Lang::Vi
                };
                match self {
                    $(
                        $name::$variant
                        $(( $($tuple_field),* ))?
                        $({ $($field),* })?
                        => $crate::domain::strings::error_enum!(@text $lang $text),
                    )*
                }
            }
        }
    };
    (@text $lang:ident { $($custom:tt)* }) => {{ $($custom)* }};
    (@text $lang:ident ($key:ident $(, $name:ident $(= $value:expr)?)* $(,)?)) => {{
        let args: &[(&str, &dyn ::std::fmt::Display)] = &[$((
            stringify!($name),
            &$crate::domain::strings::error_enum!(@value $name $($value)?)
                as &dyn ::std::fmt::Display,
        )),*];
        let text = $crate::domain::strings::error_text::$key;
        $crate::domain::strings::fill($crate::domain::strings::pick(text, $lang), args)
    }};
    (@value $name:ident) => { $name };
    (@value $name:ident $value:expr) => { $value };
}
pub(crate) use error_enum;

#[cfg(test)]
mod tests {
    use super::{ErrorText, Lang};

    error_enum! {
        /// Every kind of row `error_enum!` reads.
        enum Sample: message(lang) {
            Plain => (ErrDraftEmpty),
            Named { line: usize, column: usize } => (ErrDraftInvalidJson, line, column),
            Tuple(detail: String) => (ErrDateInvalid, detail),
            Computed { size: usize } => (ErrImportTooLarge, size = size + 1, max = "5 MB"),
            Custom(text: String) => { format!("{text} ({})", lang.code()) },
        }
    }

    #[test]
    fn error_enum_fills_its_text_and_displays_the_vietnamese() {
        let named = Sample::Named {
            line: 2,
            column: 11,
        };
        assert!(
            named.to_string().contains("(lỗi dữ liệu ở dòng 2, cột 11)"),
            "{named}"
        );
        assert!(named.message(Lang::En).contains("line 2, column 11"));
        assert_eq!(
            Sample::Plain.to_string(),
            ErrorText::ErrDraftEmpty.t(Lang::Vi)
        );
        assert_eq!(
            Sample::Plain.message(Lang::En),
            ErrorText::ErrDraftEmpty.t(Lang::En)
        );
        assert_eq!(
            Sample::Tuple("31/2".into()).to_string(),
            "Ngày không hợp lệ: 31/2"
        );
        assert_eq!(
            Sample::Computed { size: 6 }.message(Lang::En),
            "The file is too large (7); a draft file may be at most 5 MB."
        );
        assert_eq!(Sample::Custom("x".into()).to_string(), "x (vi)");
    }
}
