//! The widget's entry point, the start module: a panic hook and the mount of
//! the first screen. The editor is its own module (`src/bin/editor.rs`),
//! loaded when the teacher needs it (see `app::start_root`).

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    kehoach_bdg::browser::host::mount_start(kehoach_bdg::StartRoot);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("kehoach-bdg is a WebAssembly widget: build it with trunk (see README.md).");
    eprintln!("The native command-line tool is `kehoach` (cargo run --bin kehoach -- --help).");
    std::process::exit(2);
}
