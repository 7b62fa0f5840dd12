//! The few facts the app asks of the browser, each with a fallback, so that a sandboxed iframe, a missing API
//! or an odd window size degrades to a default instead of failing.

use wasm_bindgen::JsValue;

/// Device pixels per CSS pixel, kept within 1-3: beyond 3 a canvas only grows in memory, not in sharpness.
pub fn device_pixel_ratio() -> f64 {
    web_sys::window().map_or(1.0, |window| window.device_pixel_ratio()).clamp(1.0, 3.0)
}

fn media_list(query: &str) -> Option<web_sys::MediaQueryList> {
    web_sys::window()?.match_media(query).ok().flatten()
}

fn media_matches(query: &str) -> bool {
    media_list(query).is_some_and(|list| list.matches())
}

/// Whether `query` matches (`(prefers-color-scheme: dark)`, `print`), as a signal that follows the media query
/// list's `change` events, and that events saying the same thing another way may also set.
pub fn media_signal(query: &'static str) -> leptos::prelude::RwSignal<bool> {
    use leptos::prelude::Set;
    let matches = leptos::prelude::RwSignal::new(media_matches(query));
    if let Some(list) = media_list(query) {
        gloo::events::EventListener::new(&list, "change", move |_| matches.set(media_matches(query))).forget();
    }
    matches
}

/// Whether the page is being printed: true from `beforeprint` to `afterprint`, and while print media is shown
/// (print preview, or print emulated by developer tools). The app sets it too, just before it opens the print
/// dialog itself (see `below`), as the `beforeprint` of a dialog opened from code comes too late to build anything.
pub fn printing_signal() -> leptos::prelude::RwSignal<bool> {
    use leptos::prelude::Set;
    let printing = media_signal("print");
    let window = gloo::utils::window();
    gloo::events::EventListener::new(&window, "beforeprint", move |_| printing.set(true)).forget();
    gloo::events::EventListener::new(&window, "afterprint", move |_| printing.set(media_matches("print"))).forget();
    printing
}

/// Runs `then` once the browser has painted the next frame: after the frame's animation callbacks, layout and
/// paint (in which the charts draw), in a task of its own.
pub fn after_next_paint(then: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else { return };
    let next_task = Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(Closure::once_into_js(then).unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(next_task.unchecked_ref());
}

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

/// Reports an element's content width in CSS pixels, now and whenever it changes (a window resize, a zoom, a
/// scroll bar appearing), until dropped. Charts read their width from here rather than asking the element during
/// a redraw, which would force the browser to lay the page out again in the middle of every click.
pub struct WidthObserver {
    observer: web_sys::ResizeObserver,
    // Held so that the callback lives exactly as long as the observer.
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
}

impl WidthObserver {
    pub fn new(element: &web_sys::Element, mut on_width: impl FnMut(f64) + 'static) -> Option<WidthObserver> {
        use wasm_bindgen::JsCast;
        let callback =
            wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                let last = entries
                    .iter()
                    .filter_map(|entry| entry.dyn_into::<web_sys::ResizeObserverEntry>().ok())
                    .next_back();
                if let Some(entry) = last {
                    on_width(entry.content_rect().width());
                }
            });
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(element);
        Some(WidthObserver { observer, _callback: callback })
    }
}

impl Drop for WidthObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Calls `on_near` once, when `element` comes within a screen's height below the viewport (or into it), until
/// dropped. Where the browser has no IntersectionObserver, `on_near` is called at once: the content then loads
/// with the page, which is what it did before it was loaded on approach.
pub struct NearObserver {
    observer: Option<web_sys::IntersectionObserver>,
    // Held so that the callback lives exactly as long as the observer.
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
}

impl NearObserver {
    pub fn new(element: &web_sys::Element, on_near: impl FnOnce() + 'static) -> NearObserver {
        use std::cell::Cell;
        use std::rc::Rc;
        use wasm_bindgen::JsCast;
        type Once = Rc<Cell<Option<Box<dyn FnOnce()>>>>;
        let on_near: Once = Rc::new(Cell::new(Some(Box::new(on_near))));
        let call_once = |on_near: &Once| {
            if let Some(on_near) = on_near.take() {
                on_near();
            }
        };
        let from_observer = on_near.clone();
        let callback =
            wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                let near = entries
                    .iter()
                    .filter_map(|entry| entry.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
                    .any(|entry| entry.is_intersecting());
                if near {
                    call_once(&from_observer);
                }
            });
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin("0px 0px 100% 0px");
        let observer =
            web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok();
        match &observer {
            Some(observer) => observer.observe(element),
            None => call_once(&on_near),
        }
        NearObserver { observer, _callback: callback }
    }
}

impl Drop for NearObserver {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
    }
}

/// The URL's fragment without its `#` ("sources"), or "".
pub fn fragment() -> String {
    let hash = web_sys::window().and_then(|window| window.location().hash().ok()).unwrap_or_default();
    hash.trim_start_matches('#').to_string()
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Sets an attribute of the root `<html>` element (theme, language).
pub fn set_root_attribute(name: &str, value: &str) {
    if let Some(root) =
        web_sys::window().and_then(|window| window.document()).and_then(|document| document.document_element())
    {
        let _ = root.set_attribute(name, value);
    }
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

/// Today's date in the reader's time zone.
pub fn today() -> pko_core::export::Day {
    let now = js_sys::Date::new_0();
    pko_core::export::Day { year: now.get_full_year() as i32, month: now.get_month() + 1, day: now.get_date() }
}

/// Offers `contents` as a file download. Where downloads are blocked (a sandbox without allow-downloads),
/// nothing happens; the page keeps working.
pub fn download_text(file_name: &str, mime: &str, contents: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    download_url(file_name, &url);
    revoke_object_url_later(url);
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

/// The browser's preferred languages (`navigator.languages`), most preferred first.
pub fn preferred_languages() -> Vec<String> {
    web_sys::window()
        .map(|window| window.navigator().languages().iter().filter_map(|tag| tag.as_string()).collect())
        .unwrap_or_default()
}

/// Marks each user input with `performance.mark("pko:input")`, so that redraws can be measured from it. Only the
/// latest input's mark and measures are kept: a long session must not grow the timeline without bound.
pub fn mark_inputs() {
    for event in ["click", "keydown", "change"] {
        let options = gloo::events::EventListenerOptions::run_in_capture_phase();
        gloo::events::EventListener::new_with_options(&gloo::utils::document(), event, options, |_| {
            if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
                performance.clear_marks_with_mark_name("pko:input");
                performance.clear_measures_with_measure_name("pko:redraw");
                let _ = performance.mark("pko:input");
            }
        })
        .forget();
    }
}

thread_local! {
    static CHARTS_DRAWN_ONCE: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Reports a finished chart drawing to the User Timing API, for the benchmark and for anyone profiling: the
/// first time every chart on the page has been drawn is `pko:charts-drawn`; each later drawing is a
/// `pko:redraw` measure from the last input.
pub fn report_drawn(first_drawing: bool) {
    let Some(window) = web_sys::window() else { return };
    let Some(performance) = window.performance() else { return };
    if first_drawing {
        let drawn = CHARTS_DRAWN_ONCE.with(|count| {
            count.set(count.get() + 1);
            count.get()
        });
        let canvases =
            window.document().and_then(|d| d.query_selector_all("canvas").ok()).map_or(0, |list| list.length());
        if drawn == canvases {
            let _ = performance.mark("pko:charts-drawn");
        }
    } else if performance.get_entries_by_name_with_entry_type("pko:input", "mark").length() > 0 {
        let _ = performance.measure_with_start_mark("pko:redraw", "pko:input");
    }
}
