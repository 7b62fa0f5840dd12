//! The root element's attributes (theme, language), which the stylesheet reads, and layers over a canvas.

/// Sets an attribute of the root `<html>` element (theme, language).
pub fn set_root_attribute(name: &str, value: &str) {
    if let Some(root) =
        web_sys::window().and_then(|window| window.document()).and_then(|document| document.document_element())
    {
        let _ = root.set_attribute(name, value);
    }
}

/// The page's title, in the browser's tab, its history and a bookmark.
pub fn set_title(title: &str) {
    gloo::utils::document().set_title(title);
}

/// A transparent canvas laid over `canvas` (after it, in the same box; the stylesheet's `canvas.overlay` places
/// it), for marks drawn apart from the chart under them; hidden from assistive technology, which the chart's own
/// description serves.
pub fn layer_over(canvas: &web_sys::Element) -> Option<web_sys::HtmlCanvasElement> {
    use wasm_bindgen::JsCast;
    let layer: web_sys::HtmlCanvasElement = canvas.owner_document()?.create_element("canvas").ok()?.dyn_into().ok()?;
    layer.set_class_name("overlay");
    layer.set_attribute("aria-hidden", "true").ok()?;
    canvas.after_with_node_1(&layer).ok()?;
    Some(layer)
}

/// The page's first view (drawn at build time, `pko_core::first_view`) and the box the explorer is built in until
/// it takes the first view's place.
pub struct Handover {
    first_view: web_sys::Element,
    pub explorer: web_sys::HtmlElement,
}

/// Prepares the hand-over from the first view in `root`, if the page has one: the box the explorer is built in,
/// hidden over the first view at its width (the stylesheet's `.taking-over`). The first view's ids go, so that
/// the explorer's own (`#summary`, `#chart-budget`, …) are the only ones in the page.
pub fn first_view(root: &web_sys::HtmlElement) -> Option<Handover> {
    use wasm_bindgen::JsCast;
    let first_view = root.query_selector(".first-view").ok()??;
    if let Ok(with_ids) = first_view.query_selector_all("[id]") {
        for index in 0..with_ids.length() {
            if let Some(element) = with_ids.item(index).and_then(|node| node.dyn_into::<web_sys::Element>().ok()) {
                element.remove_attribute("id").ok()?;
            }
        }
    }
    let explorer: web_sys::HtmlElement = root.owner_document()?.create_element("div").ok()?.dyn_into().ok()?;
    explorer.set_class_name("taking-over");
    root.append_child(&explorer).ok()?;
    Some(Handover { first_view, explorer })
}

impl Handover {
    /// The explorer takes the first view's place, in one frame, once it has been built and painted and no chart in
    /// it is `.unsettled` (a long chart not yet drawn nor found away from the screen, `ui::canvas`: one that the
    /// reader has scrolled the first view to is drawn, not an empty box while its code comes): checked after each
    /// paint, since a language loaded on first use builds it later, and the page is never without one of the two.
    pub fn finish_when_built(self) {
        let unsettled = self.explorer.query_selector(".unsettled").ok().flatten().is_some();
        if self.explorer.child_element_count() == 0 || unsettled {
            super::observers::after_next_paint(move || self.finish_when_built());
            return;
        }
        self.first_view.remove();
        self.explorer.remove_attribute("class").ok();
    }
}

/// Whether the first view's filters were unfolded (on a phone, by the page's script before the app started), so
/// that the explorer keeps them so rather than folding them back under the reader's finger.
pub fn first_view_filters_open() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.query_selector(".first-view .filter-area.open").ok().flatten())
        .is_some()
}
