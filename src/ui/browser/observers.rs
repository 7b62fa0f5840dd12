//! Watching the page without forcing layout: an element's width, an element coming near, the next paint.

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

/// Calls `on_near` once, when `element` comes within half a screen's height below the viewport (or into it), until
/// dropped. Half a screen: the charts of the paper, which pair their panels in rows, end within two screens of the
/// top of a tall window, and what lies below them is not for the first look. Where the browser has no IntersectionObserver, `on_near` is called at once: the content then loads
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
        options.set_root_margin("0px 0px 50% 0px");
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
