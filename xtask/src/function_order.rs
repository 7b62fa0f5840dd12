//! Orders a wasm's functions by the size of their bodies, so that gzip compresses them better.
//!
//! gzip (DEFLATE) can only refer back 32 KiB. rustc and wasm-opt leave the functions in the order of the crates and
//! modules they come from, so the many near-copies of one generic function (one per type, one per closure) lie far
//! apart. Sorted by the size of their bodies, then by their type, functions of one shape lie together, and gzip finds
//! each one in the ones before it. On the start-up wasm of 8cdb5d8 this took gzip -9 from 151,831 to 148,380 bytes
//! (3.4 KiB, 2.3%) at the same raw size; sorting by type first saved 1.8 KiB, by size alone 3.2 KiB.
//!
//! wasm-opt moves the functions (`--reorder-functions-by-name`, which sorts them by their names in the module's
//! name section) and renumbers every call, so xtask decodes no instruction: [`name_by_rank`] only writes a name
//! section in which each function's name is its rank, and wasm-opt strips it again (`--strip-debug`).

use crate::wasm_format::{write_leb, write_name, Reader, CUSTOM_SECTION, IMPORT_SECTION};

const FUNCTION_SECTION: u8 = 3;
const CODE_SECTION: u8 = 10;
/// The kind of an import that is a function.
const FUNCTION_IMPORT: u8 = 0;
/// The name section's subsection of function names.
const FUNCTION_NAMES: u8 = 1;

/// `wasm` with a name section that names each function it defines by its rank in the order of (body size, type,
/// place), zero-padded so that the names sort as the ranks do. Any name section it had is left out; imported
/// functions are not named, since a module lists its imports first whatever their names.
pub fn name_by_rank(wasm: &[u8]) -> Result<Vec<u8>, String> {
    let mut reader = Reader::new(wasm);
    let mut out = reader.take(8)?.to_vec();
    let (mut imported, mut types, mut sizes) = (0, Vec::new(), Vec::new());
    while !reader.at_end() {
        let start = reader.position();
        let id = reader.byte()?;
        let size = reader.leb()?;
        let mut section = Reader::new(reader.take(size)?);
        match id {
            IMPORT_SECTION => {
                for _ in 0..section.leb()? {
                    section.name()?;
                    section.name()?;
                    if section.import_descriptor()?.first() == Some(&FUNCTION_IMPORT) {
                        imported += 1;
                    }
                }
            }
            FUNCTION_SECTION => {
                for _ in 0..section.leb()? {
                    types.push(section.leb()?);
                }
            }
            CODE_SECTION => {
                for _ in 0..section.leb()? {
                    let body = section.leb()?;
                    section.take(body)?;
                    sizes.push(body);
                }
            }
            CUSTOM_SECTION if section.name()? == "name" => continue,
            _ => {}
        }
        out.extend_from_slice(reader.since(start));
    }
    if types.len() != sizes.len() {
        return Err(format!("the wasm declares {} functions but has {} bodies", types.len(), sizes.len()));
    }
    let mut order: Vec<usize> = (0..sizes.len()).collect();
    order.sort_by_key(|&function| (sizes[function], types[function], function));
    let mut ranks = vec![0; order.len()];
    for (rank, &function) in order.iter().enumerate() {
        ranks[function] = rank;
    }
    let digits = order.len().to_string().len();
    let mut names = Vec::new();
    write_leb(&mut names, ranks.len());
    for (function, rank) in ranks.into_iter().enumerate() {
        write_leb(&mut names, imported + function);
        write_name(&mut names, &format!("{rank:0digits$}"));
    }
    let mut section = Vec::new();
    write_name(&mut section, "name");
    section.push(FUNCTION_NAMES);
    write_leb(&mut section, names.len());
    section.extend(names);
    out.push(CUSTOM_SECTION);
    write_leb(&mut out, section.len());
    out.extend(section);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(out: &mut Vec<u8>, id: u8, body: &[u8]) {
        out.push(id);
        write_leb(out, body.len());
        out.extend_from_slice(body);
    }

    /// A module that imports one function and defines `types.len()` (of those types), with bodies of 4, 2, 4 and 2
    /// bytes. It has a name section already, which must go.
    fn module(types: &[u8]) -> Vec<u8> {
        let mut wasm = vec![0, b'a', b's', b'm', 1, 0, 0, 0];
        // Two types: () -> () and (i32) -> ().
        section(&mut wasm, 1, &[2, 0x60, 0, 0, 0x60, 1, 0x7f, 0]);
        section(&mut wasm, IMPORT_SECTION, &[1, 1, b'm', 1, b'f', FUNCTION_IMPORT, 0]);
        let mut functions = vec![u8::try_from(types.len()).unwrap()];
        functions.extend_from_slice(types);
        section(&mut wasm, FUNCTION_SECTION, &functions);
        // No locals, then nop, nop, end; or no locals, then end.
        let (four, two) = ([4, 0, 0x01, 0x01, 0x0b], [2, 0, 0x0b]);
        let mut code = vec![4];
        for body in [&four[..], &two, &four, &two] {
            code.extend_from_slice(body);
        }
        section(&mut wasm, CODE_SECTION, &code);
        let mut old_names = Vec::new();
        write_name(&mut old_names, "name");
        old_names.extend([FUNCTION_NAMES, 4, 1, 1, 2, b'o', b'k']);
        section(&mut wasm, CUSTOM_SECTION, &old_names);
        wasm
    }

    /// The names the module's name section gives to function indices.
    fn names(wasm: &[u8]) -> Vec<Vec<(usize, String)>> {
        let mut reader = Reader::new(wasm);
        reader.take(8).unwrap();
        let mut found = Vec::new();
        while !reader.at_end() {
            let id = reader.byte().unwrap();
            let size = reader.leb().unwrap();
            let mut section = Reader::new(reader.take(size).unwrap());
            if id == CUSTOM_SECTION && section.name().unwrap() == "name" {
                assert_eq!(section.byte().unwrap(), FUNCTION_NAMES);
                section.leb().unwrap();
                let count = section.leb().unwrap();
                found.push((0..count).map(|_| (section.leb().unwrap(), section.name().unwrap().to_string())).collect());
            }
        }
        found
    }

    #[test]
    fn names_each_defined_function_by_its_rank_in_size_then_type() {
        let named = name_by_rank(&module(&[1, 0, 0, 0])).unwrap();
        // Index 0 is the import. The two 2-byte bodies (indices 2 and 4, both of type 0) come first, in their
        // order; of the two 4-byte bodies, index 3 (type 0) before index 1 (type 1).
        let expected = [(1, "3"), (2, "0"), (3, "2"), (4, "1")].map(|(index, name)| (index, name.to_string()));
        assert_eq!(names(&named), vec![expected.to_vec()]);
    }

    #[test]
    fn keeps_every_other_section_as_it_was() {
        let wasm = module(&[1, 0, 0, 0]);
        let named = name_by_rank(&wasm).unwrap();
        let without_names = |wasm: &[u8]| {
            let mut reader = Reader::new(wasm);
            reader.take(8).unwrap();
            let mut sections = Vec::new();
            while !reader.at_end() {
                let start = reader.position();
                let id = reader.byte().unwrap();
                let size = reader.leb().unwrap();
                let body = reader.take(size).unwrap();
                if !(id == CUSTOM_SECTION && Reader::new(body).name().unwrap() == "name") {
                    sections.push(reader.since(start).to_vec());
                }
            }
            sections
        };
        assert_eq!(without_names(&named), without_names(&wasm));
        assert_eq!(named[..8], wasm[..8]);
    }

    #[test]
    fn refuses_a_module_whose_bodies_do_not_match_its_functions() {
        let wasm = module(&[1, 0, 0, 0, 0]);
        assert!(name_by_rank(&wasm).unwrap_err().contains("declares 5 functions but has 4 bodies"));
    }
}
