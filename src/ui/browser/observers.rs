//! Watching the page without forcing layout: an element's width, an element coming near, the next paint.

use leptos::prelude::{GetUntracked, RwSignal, Set};

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

/// Watches whether an element is near the viewport, until dropped.
pub struct NearObserver {
    observer: Option<web_sys::IntersectionObserver>,
    // Held so that the callback lives exactly as long as the observer.
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
}

/// The margin within which content loaded on approach is loaded: half a screen's height below the viewport. The
/// charts of the paper, which pair their panels in rows, end within two screens of the top of a tall window, and
/// what lies below them is not for the first look.
pub const APPROACH: &str = "0px 0px 50% 0px";

impl NearObserver {
    /// Sets `near` to whether `element` is within `margin` (a CSS `rootMargin`) of the viewport: when the browser
    /// has first looked, then whenever that changes. With `latch`, `near` stays true once it is, for content that
    /// loads once. Where the browser has no IntersectionObserver, `near` is set true at once: what it governs then
    /// behaves as it would without the observer. `reported`, if given, is raised at the browser's first look, for
    /// what must not go on before it (`Handover::finish_when_built`).
    pub fn watch(
        element: &web_sys::Element,
        margin: &str,
        near: RwSignal<bool>,
        latch: bool,
        reported: Option<RwSignal<bool>>,
    ) -> NearObserver {
        use wasm_bindgen::JsCast;
        let callback =
            wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                // The last entry is the element's latest state: several come at once after a fast scroll.
                let last = entries
                    .iter()
                    .filter_map(|entry| entry.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
                    .next_back();
                let was = near.get_untracked();
                if let Some(now) = last.map(|entry| entry.is_intersecting()) {
                    if now != was && !(latch && was) {
                        near.set(now);
                    }
                }
                if let Some(reported) = reported {
                    crate::ui::reactive::raise(reported);
                }
            });
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin(margin);
        let observer =
            web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok();
        match &observer {
            Some(observer) => observer.observe(element),
            None => {
                near.set(true);
                if let Some(reported) = reported {
                    crate::ui::reactive::raise(reported);
                }
            }
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
