//! Exporters: pure functions from a plan to bytes or text.
