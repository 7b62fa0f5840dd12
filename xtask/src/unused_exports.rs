//! Removes JavaScript classes that a dependency exports and the app never uses, from the wasm and its glue.
//!
//! Leptos depends on server_fn, which depends on wasm-streams, whose `IntoUnderlyingSource`, `IntoUnderlyingSink`
//! and `IntoUnderlyingByteSource` are `#[wasm_bindgen]` classes, so wasm-bindgen exports them from the wasm and
//! writes a class for each into the glue. The app calls no server, so nothing uses them; but exports are roots for
//! every optimiser, so their code stayed in the start-up wasm. Removed here, wasm-opt then drops the code.

use crate::wasm_format::{rewrite_section, write_leb, write_name, Reader, EXPORT_SECTION};

/// The classes wasm-streams exports.
pub const WASM_STREAMS_CLASSES: [&str; 3] = ["IntoUnderlyingByteSource", "IntoUnderlyingSink", "IntoUnderlyingSource"];

/// Removes each class in `classes` from the glue's text and its methods from the wasm's exports. A class the glue
/// does not hold in the expected form, or still names after the removal, is an error rather than a broken page:
/// the form is wasm-bindgen's, whose version the project pins.
pub fn drop_classes(wasm: &[u8], glue: &str, classes: &[&str]) -> Result<(Vec<u8>, String), String> {
    let mut glue = glue.to_string();
    for class in classes {
        glue = cut(&glue, &format!("export class {class} {{"), &format!("{class}.prototype.free;\n"))?;
        glue = cut(&glue, &format!("const {class}Finalization = "), ");\n")?;
        let method_prefix = format!("wasm.{}_", class.to_lowercase());
        if glue.contains(&format!("{class}.")) || glue.contains(&method_prefix) {
            return Err(format!("the glue still uses {class} after its class was removed"));
        }
    }
    let exported_by_a_class = |name: &str| {
        let name = name.strip_prefix("__wbg_").unwrap_or(name);
        classes
            .iter()
            .any(|class| name.strip_prefix(&class.to_lowercase()).is_some_and(|method| method.starts_with('_')))
    };
    let mut removed = 0;
    let wasm = rewrite_section(wasm, EXPORT_SECTION, |body| {
        let mut section = Reader::new(body);
        let count = section.leb()?;
        let (mut kept, mut entries) = (0, Vec::new());
        for _ in 0..count {
            let name = section.name()?;
            let kind = section.byte()?;
            let index = section.leb()?;
            if exported_by_a_class(name) {
                removed += 1;
                continue;
            }
            write_name(&mut entries, name);
            entries.push(kind);
            write_leb(&mut entries, index);
            kept += 1;
        }
        let mut out = Vec::new();
        write_leb(&mut out, kept);
        out.extend(entries);
        Ok(out)
    })?;
    if removed == 0 {
        return Err(format!("the wasm exports none of {classes:?}"));
    }
    Ok((wasm, glue))
}

/// `text` without the first span that starts with `start` and ends with the first `end` after it.
fn cut(text: &str, start: &str, end: &str) -> Result<String, String> {
    let from = text.find(start).ok_or(format!("the glue has no `{start}`"))?;
    let to = text[from..].find(end).ok_or(format!("the glue's `{start}` has no end"))? + from + end.len();
    Ok(format!("{}{}", &text[..from], &text[to..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module of nothing but exported functions, each a name and a function index.
    fn module(exports: &[(&str, usize)]) -> Vec<u8> {
        let mut section = Vec::new();
        write_leb(&mut section, exports.len());
        for &(name, index) in exports {
            write_name(&mut section, name);
            section.push(0);
            write_leb(&mut section, index);
        }
        let mut wasm = vec![0, b'a', b's', b'm', 1, 0, 0, 0, EXPORT_SECTION];
        write_leb(&mut wasm, section.len());
        wasm.extend(section);
        wasm
    }

    const GLUE: &str =
        "let wasm;\nexport class Pump {\n    pull() {\n        wasm.pump_pull(this.__wbg_ptr);\n    }\n}\n\
                        if (Symbol.dispose) Pump.prototype[Symbol.dispose] = Pump.prototype.free;\n\
                        export function main() { wasm.main(); }\n\
                        const PumpFinalization = (typeof FinalizationRegistry === 'undefined')\n    ? {}\n    : \
                        new FinalizationRegistry(ptr => wasm.__wbg_pump_free(ptr, 1));\nconst done = 1;\n";

    #[test]
    fn a_class_leaves_the_glue_and_its_methods_the_exports() {
        let wasm = module(&[("pump_pull", 0), ("__wbg_pump_free", 1), ("main", 2), ("pumpkin_grow", 3)]);
        let (wasm, glue) = drop_classes(&wasm, GLUE, &["Pump"]).expect("removed");
        assert_eq!(wasm, module(&[("main", 2), ("pumpkin_grow", 3)]));
        assert_eq!(glue, "let wasm;\nexport function main() { wasm.main(); }\nconst done = 1;\n");
    }

    #[test]
    fn a_class_the_glue_lacks_or_still_uses_is_an_error() {
        let wasm = module(&[("pump_pull", 0), ("__wbg_pump_free", 1)]);
        assert!(drop_classes(&wasm, GLUE, &["Tap"]).is_err());
        let still_used = format!("{GLUE}Pump.wrap(1);\n");
        assert!(drop_classes(&wasm, &still_used, &["Pump"]).is_err());
        assert!(drop_classes(&module(&[("main", 0)]), GLUE, &["Pump"]).is_err());
    }
}
