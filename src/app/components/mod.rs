//! The editor's building blocks, one small component (or family) per file.

pub mod check_view;
pub mod chrome;
pub mod date_input;
pub mod export_bar;
pub mod field;
pub mod list;
pub mod preview;
pub mod rows;
pub mod section_view;
pub mod sidebar;
pub mod start;
pub mod string_list;
pub mod suggestions;
