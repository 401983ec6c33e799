//! The only code that touches web APIs. One adapter per file; each is thin
//! and returns typed errors instead of panicking.

pub mod catalogue_file;
pub mod clock;
pub mod css;
pub mod dom;
pub mod download;
pub mod file;
pub mod focus;
pub mod host;
pub mod print;
pub mod storage;
pub mod timer;
pub mod today;
pub mod viewport;
pub mod worker;
