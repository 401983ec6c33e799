//! One small component per file.

pub mod sidebar;
