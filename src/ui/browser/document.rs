//! The root element's attributes (theme, language), which the stylesheet reads, and layers over a canvas.

/// Sets an attribute of the root `<html>` element (theme, language).
pub fn set_root_attribute(name: &str, value: &str) {
    if let Some(root) =
        web_sys::window().and_then(|window| window.document()).and_then(|document| document.document_element())
    {
        let _ = root.set_attribute(name, value);
    }
}

/// A transparent canvas laid over `canvas` (after it, in the same box; the stylesheet's `canvas.overlay` places
/// it), for marks drawn apart from the chart under them; hidden from assistive technology, which the chart's own
/// description serves.
pub fn layer_over(canvas: &web_sys::HtmlCanvasElement) -> Option<web_sys::HtmlCanvasElement> {
    use wasm_bindgen::JsCast;
    let layer: web_sys::HtmlCanvasElement = canvas.owner_document()?.create_element("canvas").ok()?.dyn_into().ok()?;
    layer.set_class_name("overlay");
    layer.set_attribute("aria-hidden", "true").ok()?;
    canvas.after_with_node_1(&layer).ok()?;
    Some(layer)
}
