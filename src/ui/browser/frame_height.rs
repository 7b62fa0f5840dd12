//! Telling a page that embeds the app in an iframe how tall the app is.

/// In an iframe, tells the host page the content's height whenever it changes, as
/// `{"type": "pko-explorer:resize", "height": <px>}`, so a host script can size the frame to fit.
///
/// The height is measured in the frame after any change to the page's content or to the window's size, once per
/// frame. Not by a ResizeObserver on the body: a chart redraws in its own ResizeObserver's callback, and the body's
/// height then changes after the body's notification of that frame, which the browser reports as an error
/// ("ResizeObserver loop completed with undelivered notifications": in most loads of a narrow timeline embed).
///
/// Once per page: the embed view, which calls it, is built again when the language changes.
pub fn post_height_to_parent() {
    use std::cell::Cell;
    use std::rc::Rc;
    use std::sync::atomic::{AtomicBool, Ordering};
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    static STARTED: AtomicBool = AtomicBool::new(false);
    if STARTED.swap(true, Ordering::Relaxed) {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let Some(parent) = window.parent().ok().flatten() else { return };
    let Some(body) = window.document().and_then(|document| document.body()) else { return };
    let last_height = Cell::new(-1.0);
    let pending = Rc::new(Cell::new(false));
    let measure = Closure::<dyn FnMut()>::new({
        let pending = pending.clone();
        let body = body.clone();
        move || {
            pending.set(false);
            // The body's scroll height: its content, and what stands out of it (an open menu, a tooltip), and
            // never less than that content, where the root's is never less than the frame, so that a frame sized
            // to it could grow but not shrink again (a reader who opened and closed the filters). The body has no
            // margin (style/main.css).
            let height = f64::from(body.scroll_height());
            if height == last_height.get() {
                return;
            }
            last_height.set(height);
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &"pko-explorer:resize".into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            // "*": the embedding page may be on any origin, and the message holds nothing but a height.
            let _ = parent.post_message(&message, "*");
        }
    });
    // The closures and the observer live as long as the page.
    let measure: &'static Closure<dyn FnMut()> = Box::leak(Box::new(measure));
    let schedule = move || {
        if !pending.replace(true) {
            if let Some(window) = web_sys::window() {
                let _ = window.request_animation_frame(measure.as_ref().unchecked_ref());
            }
        }
    };
    let on_change = Closure::<dyn FnMut()>::new(schedule.clone());
    let changes = web_sys::MutationObserverInit::new();
    changes.set_subtree(true);
    changes.set_child_list(true);
    changes.set_attributes(true);
    changes.set_character_data(true);
    if let Ok(observer) = web_sys::MutationObserver::new(on_change.as_ref().unchecked_ref()) {
        let _ = observer.observe_with_options(&body, &changes);
        std::mem::forget(observer);
    }
    on_change.forget();
    gloo::events::EventListener::new(&window, "resize", {
        let schedule = schedule.clone();
        move |_| schedule()
    })
    .forget();
    schedule();
}
