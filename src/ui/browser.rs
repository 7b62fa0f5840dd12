//! The few facts the app asks of the browser, each with a fallback, so that a sandboxed iframe, a missing API
//! or an odd window size degrades to a default instead of failing.

use wasm_bindgen::JsValue;

/// Device pixels per CSS pixel, kept within 1-3: beyond 3 a canvas only grows in memory, not in sharpness.
pub fn device_pixel_ratio() -> f64 {
    web_sys::window().map_or(1.0, |window| window.device_pixel_ratio()).clamp(1.0, 3.0)
}

/// Whether the system asks for a dark theme.
pub fn prefers_dark() -> bool {
    media_query("(prefers-color-scheme: dark)").is_some_and(|query| query.matches())
}

pub fn media_query(query: &str) -> Option<web_sys::MediaQueryList> {
    web_sys::window()?.match_media(query).ok().flatten()
}

/// The query string of the page's URL, or "" where it cannot be read.
pub fn location_query() -> String {
    web_sys::window().and_then(|window| window.location().search().ok()).unwrap_or_default()
}

/// Replaces the URL's query without adding a history entry, so the Back button leaves the app rather than
/// stepping through every click. Where the browser refuses (an opaque-origin sandbox, a file:// page in some
/// browsers), the view simply is not mirrored in the URL.
pub fn replace_query(query: &str) {
    let Some(window) = web_sys::window() else { return };
    let Ok(history) = window.history() else { return };
    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("?{query}")));
}

/// The inner width of the window in CSS pixels, for redrawing on resize.
pub fn viewport_width() -> f64 {
    web_sys::window().and_then(|window| window.inner_width().ok()).and_then(|width| width.as_f64()).unwrap_or(1024.0)
}

/// Sets an attribute of the root `<html>` element (theme, language).
pub fn set_root_attribute(name: &str, value: &str) {
    if let Some(root) =
        web_sys::window().and_then(|window| window.document()).and_then(|document| document.document_element())
    {
        let _ = root.set_attribute(name, value);
    }
}
