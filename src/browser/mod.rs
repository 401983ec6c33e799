//! The only code that touches web APIs. One adapter per file; each is thin
//! and returns typed errors instead of panicking.

pub mod host;
