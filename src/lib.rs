//! kehoach-bdg: build a school's gender-equality plan (Kế hoạch BĐG) in the
//! browser, laid out to Decree 30/2020/NĐ-CP.
//!
//! `domain` is pure Rust and compiles everywhere; `browser` and `app` exist
//! only in the wasm build.

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod browser;

#[cfg(target_arch = "wasm32")]
mod app;

#[cfg(target_arch = "wasm32")]
pub use app::{EditorRoot, StartRoot};
