//! Telling a page that embeds the app in an iframe how tall the app is.

/// In an iframe, tells the host page the content's height whenever it changes, as
/// `{"type": "pko-explorer:resize", "height": <px>}`, so a host script can size the frame to fit.
pub fn post_height_to_parent() {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else { return };
    let Some(parent) = window.parent().ok().flatten() else { return };
    let Some(body) = window.document().and_then(|document| document.body()) else { return };
    let last_height = std::cell::Cell::new(-1.0);
    let report = move || {
        let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else {
            return;
        };
        let height = f64::from(root.scroll_height());
        if height == last_height.get() {
            return;
        }
        last_height.set(height);
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"pko-explorer:resize".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        // "*": the embedding page may be on any origin, and the message holds nothing but a height.
        let _ = parent.post_message(&message, "*");
    };
    let callback = Closure::<dyn FnMut()>::new(report);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
        // The observer lives as long as the page.
        std::mem::forget(observer);
    }
    callback.forget();
}
