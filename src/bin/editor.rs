//! `kehoach-editor`: the whole editor, its own WebAssembly module.
//!
//! embed.js loads it at once when this browser holds drafts, otherwise when
//! the start module (`src/main.rs`) hands over: the editor then mounts into
//! the same shadow roots and continues from what was typed there.
//!
//! Built by trunk as a second module (`data-type="worker"` only keeps trunk
//! from injecting it into the page; `data-bindgen-target="web"` makes it an
//! ES module embed.js imports).

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    kehoach_bdg::browser::host::mount_all(kehoach_bdg::EditorRoot);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("kehoach-editor is a WebAssembly module: build it with trunk (see README.md).");
    std::process::exit(2);
}
