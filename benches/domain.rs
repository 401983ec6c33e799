//! Benchmarks of the pure domain (being written).
fn main() {}
