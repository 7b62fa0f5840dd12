//! Removes JavaScript classes that a dependency exports and the app never uses, from the wasm and its glue.
//!
//! Leptos depends on server_fn, which depends on wasm-streams, whose `IntoUnderlyingSource`, `IntoUnderlyingSink`
//! and `IntoUnderlyingByteSource` are `#[wasm_bindgen]` classes, so wasm-bindgen exports them from the wasm and
//! writes a class for each into the glue. The app calls no server, so nothing uses them; but exports are roots for
//! every optimiser, so their code stayed in the start-up wasm. Removed here, wasm-opt then drops the code.
//!
//! The closures those classes' methods made stay in the function table, which is exported (the parts loaded on
//! first use share it), so every optimiser keeps them too: [`empty_table_slots`] empties their slots (25 today),
//! and wasm-opt drops their code (2.8 KiB gzip of the start-up transfer).

use crate::wasm_format::{
    rewrite_section, write_leb, write_name, Reader, CUSTOM_SECTION, ELEMENT_SECTION, EXPORT_SECTION,
};
use std::collections::HashSet;

/// The modules of wasm-streams' classes, whose functions nothing can call once the classes are gone, as they appear
/// in a function's demangled name (without the crates' hashes). Their modules, not their crate: at opt-level z,
/// rustc compiles some generic functions that other crates share (`Rc::new` of a task) in the crate that first
/// needs them, and a mangled name would then carry wasm-streams' name for code that the app calls.
pub const WASM_STREAMS_MODULES: [&str; 3] = [
    "wasm_streams::readable::into_underlying_byte_source::",
    "wasm_streams::readable::into_underlying_source::",
    "wasm_streams::writable::into_underlying_sink::",
];

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

/// Empties each slot, in a segment of function indices, that holds a function whose demangled name (in the wasm's
/// name section, as wasm-bindgen writes it; wasm-opt strips it later) names one of `modules`: the segment is cut
/// around it, so that no segment fills it, and calling it then traps, where it would have run code that nothing
/// can reach. Returns the wasm and the number of slots emptied. A mangled name never matches (it spells a path
/// otherwise), and a wasm without names or with no such slot is an error: the rewrite would do nothing.
pub fn empty_table_slots(wasm: &[u8], modules: &[&str]) -> Result<(Vec<u8>, usize), String> {
    let unreachable: HashSet<usize> = function_names(wasm)?
        .into_iter()
        .filter(|(_, name)| {
            let path = without_hashes(name);
            modules.iter().any(|module| path.contains(module))
        })
        .map(|(index, _)| index)
        .collect();
    let mut emptied = 0;
    let wasm = rewrite_section(wasm, ELEMENT_SECTION, |body| {
        let mut section = Reader::new(body);
        let mut segments: Vec<Vec<u8>> = Vec::new();
        // The runs after a segment's first go after every segment, so that each segment keeps its index, by which
        // `table.init` and `elem.drop` name it.
        let mut appended: Vec<Vec<u8>> = Vec::new();
        for _ in 0..section.leb()? {
            let start = section.position();
            let flags = section.leb()?;
            // Segments of function indices (0: table 0; 2: a table of its own) are rewritten if they hold such a
            // function; the other kinds are copied as they are.
            if flags != 0 && flags != 2 {
                skip_segment(&mut section, flags)?;
                segments.push(section.since(start).to_vec());
                continue;
            }
            let table = if flags == 2 { Some(section.leb()?) } else { None };
            let offset = section.constant_expression()?;
            if table.is_some() && section.byte()? != 0 {
                return Err("an element segment of an unknown element kind".to_string());
            }
            let functions = (0..section.leb()?).map(|_| section.leb()).collect::<Result<Vec<usize>, String>>()?;
            if !functions.iter().any(|function| unreachable.contains(function)) {
                segments.push(section.since(start).to_vec());
                continue;
            }
            // The slots that stay, each run of them a segment of its own at its place: a slot that no segment fills
            // is empty, which takes fewer bytes than the same segment written as expressions with `ref.null`.
            let offset = i32_constant(offset).ok_or("an element segment whose offset is not a constant")?;
            let mut runs: Vec<(usize, &[usize])> = Vec::new();
            let mut run_start = 0;
            for (index, function) in functions.iter().enumerate() {
                if unreachable.contains(function) {
                    emptied += 1;
                    runs.push((run_start, &functions[run_start..index]));
                    run_start = index + 1;
                }
            }
            runs.push((run_start, &functions[run_start..]));
            runs.retain(|(_, run)| !run.is_empty());
            // A segment left with no run stays, empty, in its place.
            let mut runs = runs.into_iter();
            let (first_start, first) = runs.next().unwrap_or((0, &[]));
            let at = |start: usize| {
                i32::try_from(offset + start as i64).map_err(|_| "an element segment past the table's addresses")
            };
            segments.push(segment(table, at(first_start)?, first));
            for (start, run) in runs {
                appended.push(segment(table, at(start)?, run));
            }
        }
        segments.extend(appended);
        let mut out = Vec::new();
        write_leb(&mut out, segments.len());
        out.extend(segments.concat());
        Ok(out)
    })?;
    if emptied == 0 {
        return Err(format!("no slot of the function table holds a function of {modules:?}"));
    }
    Ok((wasm, emptied))
}

/// A demangled name without the crates' hashes: `wasm_streams[400b18b37f17b46]::readable` is
/// `wasm_streams::readable`.
fn without_hashes(name: &str) -> String {
    let mut path = String::with_capacity(name.len());
    let mut rest = name;
    while let Some(open) = rest.find('[') {
        let close = rest[open..].find(']').map(|close| open + close);
        let is_hash = |text: &str| !text.is_empty() && text.bytes().all(|byte| byte.is_ascii_hexdigit());
        let hash = close.filter(|close| is_hash(&rest[open + 1..*close]));
        match hash {
            Some(close) => {
                path.push_str(&rest[..open]);
                rest = &rest[close + 1..];
            }
            None => {
                path.push_str(&rest[..=open]);
                rest = &rest[open + 1..];
            }
        }
    }
    path.push_str(rest);
    path
}

const I32_CONST: u8 = 0x41;
const END: u8 = 0x0b;

/// An active segment of function indices (flags 0 for table 0, or 2 with its table) at `offset`.
fn segment(table: Option<usize>, offset: i32, functions: &[usize]) -> Vec<u8> {
    let mut out = Vec::new();
    match table {
        None => out.push(0),
        Some(table) => {
            out.push(2);
            write_leb(&mut out, table);
        }
    }
    out.push(I32_CONST);
    write_signed_leb(&mut out, i64::from(offset));
    out.push(END);
    if table.is_some() {
        out.push(0);
    }
    write_leb(&mut out, functions.len());
    for &function in functions {
        write_leb(&mut out, function);
    }
    out
}

/// The value of a constant expression that is an `i32.const` alone.
fn i32_constant(expression: &[u8]) -> Option<i64> {
    let (&opcode, rest) = expression.split_first()?;
    let (&end, number) = rest.split_last()?;
    if opcode != I32_CONST || end != END {
        return None;
    }
    let (mut value, mut shift) = (0i64, 0);
    for (index, &byte) in number.iter().enumerate() {
        value |= i64::from(byte & 0x7f) << shift;
        shift += 7;
        if byte & 0x80 == 0 {
            if index + 1 != number.len() || shift > 35 {
                return None;
            }
            // Sign-extend from the bits read.
            if byte & 0x40 != 0 {
                value |= -1i64 << shift;
            }
            return Some(value);
        }
    }
    None
}

/// A signed LEB128 number.
fn write_signed_leb(out: &mut Vec<u8>, mut value: i64) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        let done = (value == 0 && byte & 0x40 == 0) || (value == -1 && byte & 0x40 != 0);
        out.push(if done { byte } else { byte | 0x80 });
        if done {
            return;
        }
    }
}

/// Reads past an element segment of a kind [`empty_table_slots`] copies as it is, after its `flags`.
fn skip_segment(section: &mut Reader, flags: usize) -> Result<(), String> {
    if flags > 7 {
        return Err(format!("an element segment with flags {flags}"));
    }
    let expressions = flags & 4 != 0;
    if flags & 1 == 0 {
        if flags & 2 != 0 {
            section.leb()?;
        }
        section.constant_expression()?;
    }
    // Segment 0 and 4 have no element kind or type; every other has one byte of it.
    if flags & 3 != 0 {
        section.byte()?;
    }
    for _ in 0..section.leb()? {
        if expressions {
            section.constant_expression()?;
        } else {
            section.leb()?;
        }
    }
    Ok(())
}

/// The function names of the wasm's name section, by function index.
fn function_names(wasm: &[u8]) -> Result<Vec<(usize, &str)>, String> {
    let mut module = Reader::new(wasm.get(8..).ok_or("not a wasm module")?);
    while !module.at_end() {
        let id = module.byte()?;
        let size = module.leb()?;
        let mut section = Reader::new(module.take(size)?);
        if id != CUSTOM_SECTION || section.name()? != "name" {
            continue;
        }
        while !section.at_end() {
            let subsection = section.byte()?;
            let size = section.leb()?;
            let mut names = Reader::new(section.take(size)?);
            if subsection != 1 {
                continue;
            }
            return (0..names.leb()?).map(|_| Ok((names.leb()?, names.name()?))).collect();
        }
    }
    Err("the wasm has no function names".to_string())
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

    /// A module of one element section (`elements`, already encoded) and a name section naming `names`, if any.
    fn table_module(elements: &[u8], names: &[(usize, &str)]) -> Vec<u8> {
        let mut wasm = vec![0, b'a', b's', b'm', 1, 0, 0, 0, ELEMENT_SECTION];
        write_leb(&mut wasm, elements.len());
        wasm.extend(elements);
        if names.is_empty() {
            return wasm;
        }
        let mut function_names = Vec::new();
        write_leb(&mut function_names, names.len());
        for &(index, name) in names {
            write_leb(&mut function_names, index);
            write_name(&mut function_names, name);
        }
        let mut section = Vec::new();
        write_name(&mut section, "name");
        section.push(1);
        write_leb(&mut section, function_names.len());
        section.extend(function_names);
        wasm.push(CUSTOM_SECTION);
        write_leb(&mut wasm, section.len());
        wasm.extend(section);
        wasm
    }

    /// Function 1 is a closure of a dropped class; function 3 a generic that rustc compiled in wasm-streams and the
    /// app calls, whose demangled name does not name the class's module.
    const NAMES: [(usize, &str); 4] = [
        (0, "app::draw"),
        (1, "js_sys[1a2b]::futures::future_to_promise::<<wasm_streams[3c4d]::writable::into_underlying_sink::IntoUnderlyingSink>::write::{closure#0}>"),
        (2, "app::click"),
        (3, "<alloc[5e6f]::rc::Rc<js_sys[1a2b]::futures::task::Task>>::new"),
    ];

    fn empty(wasm: &[u8]) -> Result<(Vec<u8>, usize), String> {
        empty_table_slots(wasm, &WASM_STREAMS_MODULES)
    }

    #[test]
    fn a_table_slot_of_a_dropped_class_is_emptied_and_the_others_kept() {
        // Three segments: table 0 at offset 1 holding functions 0, 1 and 3; a passive segment of function 1, copied
        // as it is, as is every segment that is not of function indices in a table; table 0 named (flags 2) at
        // offset 63, holding functions 1 and 2.
        let offset = |at: &[u8]| [&[I32_CONST][..], at, &[END]].concat();
        let mut elements = vec![3, 0];
        elements.extend(offset(&[1]));
        elements.extend([3, 0, 1, 3]);
        elements.extend([1, 0, 1, 1]);
        elements.extend([2, 0]);
        elements.extend(offset(&[63]));
        elements.extend([0, 2, 1, 2]);
        let (rewritten, emptied) = empty(&table_module(&elements, &NAMES)).expect("emptied");
        // Cut around function 1: function 0 at 1 in the first segment's place; the passive segment in its place;
        // function 2 at 64 (whose signed number takes two bytes) in the third's; then function 3 at 3, appended, so
        // that every segment keeps its index.
        let mut expected = vec![4, 0];
        expected.extend(offset(&[1]));
        expected.extend([1, 0]);
        expected.extend([1, 0, 1, 1]);
        expected.extend([2, 0]);
        expected.extend(offset(&[0xc0, 0]));
        expected.extend([0, 1, 2]);
        expected.push(0);
        expected.extend(offset(&[3]));
        expected.extend([1, 3]);
        assert_eq!(rewritten, table_module(&expected, &NAMES));
        assert_eq!(emptied, 2);
    }

    #[test]
    fn no_such_slot_missing_names_or_an_unknown_segment_is_an_error() {
        let mut elements = vec![1, 0, 0x41, 1, END, 2, 0, 2];
        let error = empty(&table_module(&elements, &NAMES)).expect_err("no such slot");
        assert!(error.starts_with("no slot of the function table holds a function of"), "{error}");
        elements[5..].copy_from_slice(&[2, 0, 1]);
        let error = empty(&table_module(&elements, &[])).expect_err("no names");
        assert_eq!(error, "the wasm has no function names");
        let mangled = [(1, "_RNvNtNtCs3c4d_12wasm_streams8writable20into_underlying_sink5write")];
        let error = empty(&table_module(&elements, &mangled)).expect_err("a mangled name matches nothing");
        assert!(error.starts_with("no slot of the function table holds a function of"), "{error}");
        let at_a_global = [1, 0, 0x23, 0, END, 1, 1];
        let error = empty(&table_module(&at_a_global, &NAMES)).expect_err("not a constant");
        assert_eq!(error, "an element segment whose offset is not a constant");
        let unknown = [1, 8, 0];
        assert_eq!(empty(&table_module(&unknown, &NAMES)).expect_err("flags 8"), "an element segment with flags 8");
    }

    #[test]
    fn a_segment_of_emptied_slots_only_stays_empty_in_its_place() {
        let elements = [1, 0, I32_CONST, 5, END, 1, 1];
        let (rewritten, emptied) = empty(&table_module(&elements, &NAMES)).expect("emptied");
        assert_eq!(rewritten, table_module(&[1, 0, I32_CONST, 5, END, 0], &NAMES));
        assert_eq!(emptied, 1);
    }

    #[test]
    fn signed_numbers_are_written_and_read_back_within_i32() {
        for value in [0, 1, 63, 64, -1, -64, -65, 1_000_000, i64::from(i32::MIN), i64::from(i32::MAX)] {
            let mut expression = vec![I32_CONST];
            write_signed_leb(&mut expression, value);
            expression.push(END);
            assert_eq!(i32_constant(&expression), Some(value), "{expression:?}");
        }
        assert_eq!(i32_constant(&[I32_CONST, 0x80, 0x80, 0x80, 0x80, 0x80, 0, END]), None, "six bytes");
        assert_eq!(i32_constant(&[I32_CONST, 0x80, END]), None, "unfinished");
        assert_eq!(i32_constant(&[0x23, 0, END]), None, "a global");
    }

    #[test]
    fn hashes_leave_a_demangled_name_and_other_brackets_stay() {
        assert_eq!(without_hashes("<wasm_streams[400b18b37f17b46]::readable::X>"), "<wasm_streams::readable::X>");
        assert_eq!(without_hashes("f::<[u8; 4], [&str]>"), "f::<[u8; 4], [&str]>");
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
