//! Short names for the functions a wasm imports from its JavaScript glue.
//!
//! wasm-bindgen names each import after the JavaScript it calls plus a 16-digit hash
//! (`__wbg_clearMarks_c9ebba684ff8cbdf`), and each name is written twice: in the wasm's import section and as a key
//! in the glue. Compression cannot shrink the hashes; renaming the imports `a`, `b`, … `ba`, … in both files saved
//! 5.9 KB gzip for this app.

use crate::wasm_format::{rewrite_section, write_leb, write_name, Reader, IMPORT_SECTION};

/// Renames every import of `wasm` from the module `module` (the glue), in the wasm and in the glue's text, and
/// returns both. An import name the glue does not hold as a whole word is an error, not a silent mismatch.
pub fn shorten(wasm: &[u8], glue: &str, module: &str) -> Result<(Vec<u8>, String), String> {
    let mut renamed: Vec<(String, String)> = Vec::new();
    let wasm = rewrite_section(wasm, IMPORT_SECTION, |body| {
        let mut section = Reader::new(body);
        let count = section.leb()?;
        let mut imports = Vec::new();
        write_leb(&mut imports, count);
        for _ in 0..count {
            let from = section.name()?;
            let mut name = section.name()?.to_string();
            let descriptor = section.import_descriptor()?;
            if from == module {
                let short = short_name(renamed.len());
                renamed.push((std::mem::replace(&mut name, short.clone()), short));
            }
            write_name(&mut imports, from);
            write_name(&mut imports, &name);
            imports.extend_from_slice(descriptor);
        }
        Ok(imports)
    })?;
    let mut glue = glue.to_string();
    for (long, short) in &renamed {
        glue = replace_word(&glue, long, short).ok_or(format!("the glue has no `{long}`, which the wasm imports"))?;
    }
    Ok((wasm, glue))
}

/// `a` … `z`, then `ba`, `bb`, …: letters only, so every name is an identifier and none is `__proto__`.
fn short_name(mut index: usize) -> String {
    let mut letters = vec![b'a' + (index % 26) as u8];
    index /= 26;
    while index > 0 {
        letters.push(b'a' + (index % 26) as u8);
        index /= 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// `text` with every whole-word `word` (not inside a longer identifier) replaced, or `None` if there is none.
fn replace_word(text: &str, word: &str, with: &str) -> Option<String> {
    let is_identifier = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let mut out = String::with_capacity(text.len());
    let (mut rest, mut found) = (text, false);
    while let Some(at) = rest.find(word) {
        let before = if at > 0 { rest[..at].chars().last() } else { out.chars().last() };
        let after = rest[at + word.len()..].chars().next();
        out.push_str(&rest[..at]);
        if before.is_some_and(is_identifier) || after.is_some_and(is_identifier) {
            out.push_str(word);
        } else {
            out.push_str(with);
            found = true;
        }
        rest = &rest[at + word.len()..];
    }
    out.push_str(rest);
    found.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module with one function type and three imports: two functions from the glue, one memory from elsewhere.
    fn module(names: [&str; 2]) -> Vec<u8> {
        let mut types = vec![1, 0x60, 0, 0];
        let mut imports = Vec::new();
        write_leb(&mut imports, 3);
        for name in names {
            write_name(&mut imports, "./app_bg.js");
            write_name(&mut imports, name);
            imports.extend([0, 0]);
        }
        write_name(&mut imports, "env");
        write_name(&mut imports, "memory");
        imports.extend([2, 1, 1, 2]);
        let mut wasm = vec![0, b'a', b's', b'm', 1, 0, 0, 0, 1];
        write_leb(&mut wasm, types.len());
        wasm.append(&mut types);
        wasm.push(2);
        write_leb(&mut wasm, imports.len());
        wasm.extend(imports);
        wasm
    }

    #[test]
    fn imports_from_the_glue_get_short_names_in_both_files() {
        let wasm = module(["__wbg_log_0123456789abcdef", "__wbg_now_fedcba9876543210"]);
        let glue = "({__wbg_log_0123456789abcdef:function(e){console.log(e)},__wbg_now_fedcba9876543210:()=>Date.now(),x__wbg_now_fedcba9876543210:1})";
        let (short_wasm, short_glue) = shorten(&wasm, glue, "./app_bg.js").expect("renamed");
        assert_eq!(short_wasm, module(["a", "b"]));
        assert_eq!(short_glue, "({a:function(e){console.log(e)},b:()=>Date.now(),x__wbg_now_fedcba9876543210:1})");
    }

    #[test]
    fn an_import_the_glue_lacks_is_an_error() {
        let wasm = module(["__wbg_log_0123456789abcdef", "__wbg_now_fedcba9876543210"]);
        assert!(shorten(&wasm, "({__wbg_log_0123456789abcdef:1})", "./app_bg.js").is_err());
        assert!(shorten(b"not wasm", "", "./app_bg.js").is_err());
    }

    #[test]
    fn short_names_are_distinct_identifiers() {
        let names: Vec<String> = (0..800).map(short_name).collect();
        assert_eq!((names[0].as_str(), names[25].as_str(), names[26].as_str()), ("a", "z", "ba"));
        let distinct: std::collections::HashSet<&String> = names.iter().collect();
        assert_eq!(distinct.len(), names.len());
    }
}
