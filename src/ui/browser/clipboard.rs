//! Copying text, and selecting it where the clipboard is out of reach.

use wasm_bindgen::JsValue;

/// Copies text to the clipboard; `done` learns whether it worked (it does not in insecure or sandboxed pages).
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    use wasm_bindgen::JsCast;
    // `navigator.clipboard` is undefined on a page that is not a secure context (a course page on plain http):
    // read it as a property that may be missing, since web-sys's getter assumes it is there.
    let clipboard = web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("clipboard")).ok())
        .filter(|clipboard| !clipboard.is_undefined() && !clipboard.is_null())
        .map(JsCast::unchecked_into::<web_sys::Clipboard>);
    let Some(clipboard) = clipboard else {
        done(false);
        return;
    };
    let promise = clipboard.write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Focuses and selects the text of the first text field inside `container`.
pub fn select_field_in(container: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    let Some(field) = container.query_selector("input, textarea").ok().flatten() else { return };
    if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
        input.select();
    } else if let Some(area) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.select();
    }
}
