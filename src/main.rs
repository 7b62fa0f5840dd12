//! The entry point: mounts the app. Everything else lives in the library, where native tests reach it.
//!
//! On the web the app starts from wasm-bindgen's start function rather than from `main`: Rust's `main` brings the
//! standard library's runtime around it (the standard output flushed at exit, with the texts of its I/O errors),
//! which a page that never exits nor prints has no use for.
#![cfg_attr(target_arch = "wasm32", no_main)]

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
fn start() {
    pko_explorer::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    pko_explorer::ui::start();
}
