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

/// Once the browser has painted, scrolls to the element the URL's fragment names if `linked` says it is one of
/// those just built: the browser looked for the fragment when the page loaded, before they were on it.
pub fn land_on_fragment_after_paint(linked: fn() -> bool) {
    after_next_paint(move || {
        if linked() {
            scroll_to_fragment();
        }
    });
}

/// The query string of the page's URL, or "" where it cannot be read.
pub fn location_query() -> String {
    web_sys::window().and_then(|window| window.location().search().ok()).unwrap_or_default()
}

/// What a change of the view does to the browser's history.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The view changed within its entry (a filter, an order, the month): the entry is rewritten, so that Back
    /// leaves the app rather than stepping through every click, as Our World in Data's charts do.
    Within,
    /// A mission's details opened: they get an entry of their own, so that Back, a phone's back gesture above all,
    /// closes them rather than leaving the page with them open. Not in the embed mode, whose frame shares the
    /// history of the course page around it: there Back is the course page's.
    Opened,
    /// The details closed: where the app gave them an entry, the browser goes back to the one before it.
    Closed,
}

impl Step {
    /// The step that several changes within one frame make together: an opening and a closing cancel out.
    fn then(self, next: Step) -> Step {
        match (self, next) {
            (Step::Within, next) => next,
            (step, Step::Within) => step,
            (Step::Opened, Step::Closed) | (Step::Closed, Step::Opened) => Step::Within,
            (step, _) => step,
        }
    }
}

/// The `history.state` of the entry this page adds for a mission's details, which tells it apart from the entries
/// it did not make: a link opened with `mission=` in it, a fragment the reader followed, and the entry of an earlier
/// load of the page, whose state a reload keeps (going back from it would load the page again, as it was then).
/// Hence the time the page was loaded in it.
fn details_entry() -> JsValue {
    let loaded =
        web_sys::window().and_then(|window| window.performance()).map_or(0, |timing| timing.time_origin() as u64);
    JsValue::from_str(&format!("pko-details {loaded}"))
}

thread_local! {
    /// The step of the writing that waits for the next paint, if one waits.
    static PENDING: std::cell::Cell<Option<Step>> = const { std::cell::Cell::new(None) };
    /// Whether this page has added an entry for the details.
    static ADDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the browser has gone back from the entry this page added for the details, with nothing of the page's
/// own waiting to be written: a Back that the details' handler of `popstate` missed, not loaded yet.
pub fn left_details_entry() -> bool {
    let on_it =
        web_sys::window().and_then(|window| window.history().ok()).is_some_and(|history| on_details_entry(&history));
    ADDED.with(|added| added.get()) && PENDING.with(|pending| pending.get().is_none()) && !on_it
}

/// Whether the browser is on the entry this page added for the details.
fn on_details_entry(history: &web_sys::History) -> bool {
    history.state().is_ok_and(|state| state == details_entry())
}

/// Writes the view into the URL's query once the browser has painted: a click's redraw does not wait for
/// `replaceState` (a few milliseconds on a slow laptop), and however many changes come within a frame, the URL is
/// written once, from `query` as it is then. Where the browser refuses (an opaque-origin sandbox, a file:// page in
/// some browsers), the view simply is not mirrored in the URL, and an opening adds no entry.
pub fn write_query_after_paint(query: impl Fn() -> String + 'static, step: Step) {
    let waiting = PENDING.with(|pending| pending.get());
    PENDING.with(|pending| pending.set(Some(waiting.map_or(step, |earlier| earlier.then(step)))));
    if waiting.is_some() {
        return;
    }
    after_next_paint(move || {
        let step = PENDING.with(|pending| pending.take()).unwrap_or(Step::Within);
        let Some(window) = web_sys::window() else { return };
        let Ok(history) = window.history() else { return };
        let ours = on_details_entry(&history);
        // The fragment (`#sources`) is kept: it is where the reader is, not part of the view.
        let url = format!("?{}{}", query(), window.location().hash().unwrap_or_default());
        let stepped = match step {
            Step::Opened if !ours => {
                let added = history.push_state_with_url(&details_entry(), "", Some(&url)).is_ok();
                ADDED.with(|flag| flag.set(flag.get() || added));
                added
            }
            // The entry before is the view as it was when the details opened; the details' handler of `popstate`
            // then writes the view as it is now into it (`follow_history` in `ui/panels.rs`).
            Step::Closed if ours => history.back().is_ok(),
            _ => false,
        };
        if stepped {
            return;
        }
        let state = if ours && step != Step::Closed { details_entry() } else { JsValue::NULL };
        let _ = history.replace_state_with_url(&state, "", Some(&url));
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

#[cfg(test)]
mod tests {
    use super::Step::{Closed, Opened, Within};

    #[test]
    fn changes_within_one_frame_make_one_step_and_an_opening_and_a_closing_cancel_out() {
        assert!(Within.then(Opened) == Opened && Opened.then(Within) == Opened);
        assert!(Within.then(Closed) == Closed && Closed.then(Within) == Closed);
        assert!(Opened.then(Closed) == Within && Closed.then(Opened) == Within);
        assert!(Within.then(Within) == Within && Opened.then(Opened) == Opened);
    }
}
