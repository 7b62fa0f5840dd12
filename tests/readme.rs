//! README.md and the app offer a host page the same code: a teacher may copy it from either.
#![cfg(not(target_arch = "wasm32"))]

#[test]
fn the_readme_shows_the_script_the_embed_menu_offers() {
    let readme = include_str!("../README.md");
    assert!(
        readme.contains(pko_core::export::EMBED_RESIZE_SCRIPT),
        "README.md's resize script differs from export::EMBED_RESIZE_SCRIPT, which the Embed menu shows"
    );
}
