//! The page's address: the view in its query, the section in its fragment, and the base that links to views
//! start from.

use super::observers::after_next_paint;
use wasm_bindgen::JsValue;

/// Scrolls to the element the URL's fragment names (`#sources`), for sections built after the page loaded.
pub fn scroll_to_fragment() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else { return };
    let fragment = document.location().and_then(|location| location.hash().ok()).unwrap_or_default();
    if let Some(element) = fragment.strip_prefix('#').and_then(|id| document.get_element_by_id(id)) {
        element.scroll_into_view();
    }
}

/// The query string of the page's URL, or "" where it cannot be read.
pub fn location_query() -> String {
    web_sys::window().and_then(|window| window.location().search().ok()).unwrap_or_default()
}

thread_local! {
    static QUERY_PENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Writes the view into the URL's query, without adding a history entry, once the browser has painted: a click's
/// redraw does not wait for `replaceState` (a few milliseconds on a slow laptop), and however many changes come
/// within a frame, the URL is written once, from `query` as it is then. The Back button leaves the app rather
/// than stepping through every click. Where the browser refuses (an opaque-origin sandbox, a file:// page in some
/// browsers), the view simply is not mirrored in the URL.
pub fn replace_query_after_paint(query: impl Fn() -> String + 'static) {
    if QUERY_PENDING.with(|pending| pending.replace(true)) {
        return;
    }
    after_next_paint(move || {
        QUERY_PENDING.with(|pending| pending.set(false));
        let Some(window) = web_sys::window() else { return };
        let Ok(history) = window.history() else { return };
        // The fragment (`#sources`) is kept: it is where the reader is, not part of the view.
        let fragment = window.location().hash().unwrap_or_default();
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("?{}{fragment}", query())));
    });
}

/// The URL's fragment without its `#` ("sources"), or "".
pub fn fragment() -> String {
    let hash = web_sys::window().and_then(|window| window.location().hash().ok()).unwrap_or_default();
    hash.trim_start_matches('#').to_string()
}

/// The page's address without its query, to build links to views ("https://host/path/").
pub fn page_base() -> String {
    let Some(location) = web_sys::window().map(|window| window.location()) else { return String::new() };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    // A sandboxed iframe has the opaque origin "null"; a file:// page has no host. Use the whole href then.
    if origin == "null" || origin.is_empty() || origin == "file://" {
        let href = location.href().unwrap_or_default();
        return href.split(['?', '#']).next().unwrap_or_default().to_string();
    }
    format!("{origin}{path}")
}
