//! The Leptos components: thin glue between the view state, the pure model and charts, and the DOM. Only this
//! module knows about signals, canvases and the browser. `app` is the root; `full_view` and `embed_view` the two
//! pages it builds; the other files are their parts, one component or concern each.

mod app;
mod browser;
mod canvas;
pub mod canvas_backend;
mod context;
mod contributions;
mod controls;
mod embed_view;
mod full_view;
mod lazy;
mod long_charts;
mod month_control;
mod notices;
mod own_data;
mod panels;
pub mod panic;
mod reactive;
mod reference_sections;
mod share;
mod sources_and_notes;
mod tables;

pub use context::AppContext;

/// Starts the app: installs the panic message, then builds the explorer in `#app`, in place of what the page shows
/// until then. A release page shows the first view drawn at build time (`pko_core::first_view`): the explorer is
/// built in a hidden box over it, and takes its place once it has painted its charts, so that the reader sees no
/// empty frame between the two. Other pages (development, a page without the first view) show a loading line, which
/// the explorer replaces at once.
pub fn start() {
    panic::install();
    let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"))
        .and_then(|element| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok())
    else {
        return;
    };
    match browser::document::first_view(&root) {
        Some(handover) => {
            let explorer = handover.explorer.clone();
            // Asked for before the explorer asks for its own steps after the next paint (it builds the sections
            // below its charts then), so that the first view is gone before any of them runs wherever the charts
            // have settled by then; where one has not (`.unsettled`), a frame or a part's fetch later.
            browser::observers::after_next_paint(move || handover.finish_when_built());
            leptos::mount::mount_to(explorer, app::App).forget();
        }
        None => {
            root.set_inner_html("");
            leptos::mount::mount_to(root, app::App).forget();
        }
    }
}
