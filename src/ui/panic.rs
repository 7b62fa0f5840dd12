//! A panic shows a message in the page instead of leaving it blank or frozen, in an element that `index.html`
//! already holds. In a development build this hook writes the panic's message there, then the module aborts.
//! The release build aborts at the panic itself, without running the hook and without the code that formats
//! panic messages (`release_build_env` in xtask): there `public/crash.js` shows the notice with the trap's stack.

use std::panic::PanicHookInfo;

pub fn install() {
    std::panic::set_hook(Box::new(show));
}

fn show(info: &PanicHookInfo) {
    let details = info.to_string();
    web_sys::console::error_1(&details.clone().into());
    let Some(document) = web_sys::window().and_then(|window| window.document()) else { return };
    let Some(panel) = document.get_element_by_id("fatal") else { return };
    if let Some(slot) = document.get_element_by_id("fatal-details") {
        slot.set_text_content(Some(&details));
    }
    let _ = panel.remove_attribute("hidden");
}

/// Panics on purpose, so a reader (or a test) can see what a crash looks like and check that the message appears:
/// `pkoExplorer.exports.panicForDiagnostics()` in the browser console.
#[wasm_bindgen::prelude::wasm_bindgen(js_name = panicForDiagnostics)]
pub fn panic_for_diagnostics() {
    panic!("a panic asked for with panicForDiagnostics()");
}
