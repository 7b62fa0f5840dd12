//! The root element's attributes (theme, language), which the stylesheet reads.

/// Sets an attribute of the root `<html>` element (theme, language).
pub fn set_root_attribute(name: &str, value: &str) {
    if let Some(root) =
        web_sys::window().and_then(|window| window.document()).and_then(|document| document.document_element())
    {
        let _ = root.set_attribute(name, value);
    }
}
