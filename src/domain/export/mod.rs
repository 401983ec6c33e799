//! Exporters: pure functions from a plan to bytes or text.
//!
//! One layout, three backends. [`layout::layout`] turns a [`Plan`] into a
//! small document model ([`layout::Doc`]) that already holds every word,
//! number, size and alignment of the printed page (Decree 30, see
//! `ND30.md`), as typed values. The backends only translate it:
//!
//! - [`docx::to_docx`]: the .docx the school prints and signs;
//! - [`html::to_html_page`]: a standalone printable HTML page (and the
//!   elements of the print view);
//! - [`txt::to_text`]: plain text for pasting into other systems.
//!
//! [`Format`] names the three for the export worker, the page and the
//! command line: extension, media type, file name, render function.
//!
//! The editor's live A4 preview walks the same `Doc` and builds DOM nodes
//! from it, so the preview, the print and the .docx cannot drift apart.
//!
//! [`Plan`]: crate::domain::plan::Plan

pub mod docx;
pub mod format;
pub mod html;
pub mod layout;
pub mod txt;

pub use docx::{to_docx, ExportError};
pub use format::{file_name, Format};
pub use html::to_html_page;
pub use layout::{layout, Doc};
pub use txt::to_text;
