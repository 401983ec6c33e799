//! The widget's entry point: a panic hook and the mount. Nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    kehoach_bdg::browser::host::mount_all(kehoach_bdg::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("kehoach-bdg is a WebAssembly widget: build it with trunk (see README.md).");
    eprintln!("The native command-line tool is `kehoach` (cargo run --bin kehoach -- --help).");
    std::process::exit(2);
}
