//! Reading a file the user chose in an `<input type="file">`.

use wasm_bindgen::JsCast;

/// The file chosen in the input that fired `change`, if any. The input is
/// cleared, so that choosing the same file again fires `change` again.
pub fn take_chosen_file(target: Option<web_sys::EventTarget>) -> Option<web_sys::File> {
    let input = target?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files().and_then(|list| list.get(0))?;
    input.set_value("");
    Some(file)
}

/// The whole content of a file as a JavaScript buffer (`File.arrayBuffer()`),
/// to hand to a worker without a copy; `None` if the browser could not read it.
pub async fn read_buffer(file: web_sys::File) -> Option<js_sys::ArrayBuffer> {
    wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?
        .dyn_into::<js_sys::ArrayBuffer>()
        .ok()
}

/// The whole content of a file; `None` if the browser could not read it.
pub async fn read_bytes(file: web_sys::File) -> Option<Vec<u8>> {
    let buffer = read_buffer(file).await?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
