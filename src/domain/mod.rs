//! Pure domain logic: the plan, its checks, its formats. No browser types here
//! (a CI check enforces it); everything is tested natively.

pub mod admin_map;
pub mod catalogue;
pub mod checklist;
pub mod citation;
pub mod config;
pub mod date;
pub mod draft;
pub mod export;
pub mod handoff;
pub mod import;
pub mod nd30;
pub mod plan;
pub mod section;
pub mod strings;
pub mod templates;
pub mod text;

pub use date::Date;
pub use plan::*;
pub use section::SectionId;
