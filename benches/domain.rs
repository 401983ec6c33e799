//! Benchmarks of the pure domain on a large plan (300 list items: 20
//! citations, 30 targets, 200 tasks, 30 assignments, 10 reports, 10
//! recipients): the checklist runs on every keystroke and the draft is
//! saved as JSON after every change.
//!
//! Also reading a ~15-page .docx with the importer (src/domain/import).
//!
//! Budgets (native, release): `evaluate` < 1 ms, JSON round trip < 5 ms.
//! Run: `cargo bench --bench domain -- --warm-up-time 1 --measurement-time 3`.
//!
//! The body lives in `native/domain.rs`: criterion is a native-only
//! dependency, and CI also lints every target for wasm32.

#[cfg(not(target_arch = "wasm32"))]
include!("native/domain.rs");

#[cfg(target_arch = "wasm32")]
fn main() {}
