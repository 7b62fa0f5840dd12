//! What the display and the reader's settings say: device pixels, media queries (dark colours, print), the
//! preferred languages; and the print dialog.

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
/// dialog itself (see `ui::reference_sections`), as the `beforeprint` of a dialog opened from code comes too late to build anything.
pub fn printing_signal() -> leptos::prelude::RwSignal<bool> {
    use leptos::prelude::Set;
    let printing = media_signal("print");
    let window = gloo::utils::window();
    gloo::events::EventListener::new(&window, "beforeprint", move |_| printing.set(true)).forget();
    gloo::events::EventListener::new(&window, "afterprint", move |_| printing.set(media_matches("print"))).forget();
    printing
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The browser's preferred languages (`navigator.languages`), most preferred first.
pub fn preferred_languages() -> Vec<String> {
    web_sys::window()
        .map(|window| window.navigator().languages().iter().filter_map(|tag| tag.as_string()).collect())
        .unwrap_or_default()
}
