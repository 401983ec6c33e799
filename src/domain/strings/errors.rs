//! How an error enum is declared: as a table of its variants and the keys
//! of their texts ([`error_enum!`]), so that every text a user can meet in
//! an error is in the string table ([`super::ErrorText`]) with its English.

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
    use super::super::{ErrorText, Lang};

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
