//! One small component per file.

pub mod check_view;
pub mod chrome;
pub mod export_bar;
pub mod field;
pub mod list;
pub mod preview;
pub mod section_view;
pub mod sidebar;
pub mod start;
