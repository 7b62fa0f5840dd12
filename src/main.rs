//! The entry point: mounts the app. Everything else lives in the library, where native tests reach it.

fn main() {
    pko_explorer::ui::start();
}
