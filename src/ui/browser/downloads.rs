//! Files the reader downloads, and the date they are stamped with.

use wasm_bindgen::JsValue;

/// Today's date in the reader's time zone.
pub fn today() -> pko_core::export::Day {
    let now = js_sys::Date::new_0();
    pko_core::export::Day { year: now.get_full_year() as i32, month: now.get_month() + 1, day: now.get_date() }
}

/// Whether another page frames this one. Its sandbox may then block downloads (a sandbox without
/// allow-downloads), which no browser tells the page, and only the console tells the reader.
pub fn in_a_frame() -> bool {
    let Some(window) = web_sys::window() else { return false };
    // A cross-origin parent still lets a frame compare its own window with the top one.
    window
        .top()
        .ok()
        .flatten()
        .is_some_and(|top| wasm_bindgen::JsValue::from(top) != wasm_bindgen::JsValue::from(window))
}

/// Offers `contents` as a file download. Where downloads are blocked (a sandbox without allow-downloads),
/// nothing happens; the page keeps working, and the Download menu of a framed page says what to do.
pub fn download_text(file_name: &str, mime: &str, contents: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    download_url(file_name, &url);
    revoke_object_url_later(url);
}

/// Offers `contents` as a CSV file, after a byte-order mark: Excel reads a CSV file without one in the system's
/// own encoding, where "Iraq–Kuwait" becomes "Iraqâ€“Kuwait" and is saved so. The app's loader of a reader's own
/// file, and other spreadsheets, skip the mark.
pub fn download_csv(file_name: &str, contents: &str) {
    download_text(file_name, "text/csv;charset=utf-8", &["\u{feff}", contents].concat());
}

/// Frees an object URL once its download has surely started. Revoked at once, after the click that starts it,
/// the download is cancelled in some versions of Safari and Firefox, which read the URL asynchronously; a minute
/// is far longer than any of them waits, and the blob is only held that long.
pub fn revoke_object_url_later(url: String) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else { return };
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
}

/// Clicks a temporary link that downloads `url` as `file_name`.
pub fn download_url(file_name: &str, url: &str) {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|window| window.document()) else { return };
    let Some(link) =
        document.create_element("a").ok().and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    link.set_href(url);
    link.set_download(file_name);
    link.click();
}
