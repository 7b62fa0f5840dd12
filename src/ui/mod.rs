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
mod month_control;
mod notices;
mod own_data;
mod panels;
pub mod panic;
mod reference_sections;
mod share;
mod sources_and_notes;
mod tables;

pub use context::AppContext;

/// Starts the app: installs the panic message, then replaces the loading notice in `#app` with the explorer.
pub fn start() {
    panic::install();
    let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"))
        .and_then(|element| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok())
    else {
        return;
    };
    root.set_inner_html("");
    leptos::mount::mount_to(root, app::App).forget();
}
