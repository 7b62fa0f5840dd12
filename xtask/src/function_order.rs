//! Orders a wasm's functions by the size of their bodies, so that gzip compresses them better.
//!
//! gzip (DEFLATE) can only refer back 32 KiB. rustc and wasm-opt leave the functions in the order of the crates and
//! modules they come from, so the many near-copies of one generic function (one per type, one per closure) lie far
//! apart. Sorted by the size of their bodies, then by their type, functions of one shape lie together, within gzip's
//! reach of each other. The start-up wasm of 8cdb5d8 went from 152,578 to 149,594 bytes at gzip -9 as
//! `e2e/size.test.mjs` counts them (2.9 KiB), at the same raw size; docs/decisions.md has the orders tried.
//!
//! wasm-opt moves the functions (`--reorder-functions-by-name`, which sorts them by their names in the module's
//! name section) and renumbers every call, so xtask decodes no instruction: [`name_by_rank`] only writes a name
//! section in which each function's name is its rank. wasm-opt writes no name section without `-g`, so the names
//! are gone from what it writes.

use crate::wasm_format::{write_leb, write_name, Reader, CUSTOM_SECTION, IMPORT_SECTION};

const FUNCTION_SECTION: u8 = 3;
const CODE_SECTION: u8 = 10;
/// The kind of an import that is a function.
const FUNCTION_IMPORT: u8 = 0;
/// The name section's subsection of function names.
const FUNCTION_NAMES: u8 = 1;
/// The magic number and version 1.
const WASM_HEADER: [u8; 8] = [0, b'a', b's', b'm', 1, 0, 0, 0];

/// `wasm` with a name section that names each function it defines by its rank in the order of (body size, type,
/// place), zero-padded so that the names sort as the ranks do. Any name section it had is left out; imported
/// functions are not named, since a module lists its imports first whatever their names.
pub fn name_by_rank(wasm: &[u8]) -> Result<Vec<u8>, String> {
    let mut reader = Reader::new(wasm);
    let mut out = reader.take(8).map_err(|_| "not a wasm module".to_string())?.to_vec();
    if out != WASM_HEADER {
        return Err("not a wasm module (version 1)".to_string());
    }
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

    /// A module that imports a memory, a global and a function (function index 0), declares functions of the types
    /// in `types` and has the bodies in `nops` (each that many `nop`s, a body of that many bytes and two). It has a
    /// name section already, which must go.
    fn module(types: &[u8], nops: &[usize]) -> Vec<u8> {
        let mut wasm = WASM_HEADER.to_vec();
        // Two types: () -> () and (i32) -> ().
        section(&mut wasm, 1, &[2, 0x60, 0, 0, 0x60, 1, 0x7f, 0]);
        let mut imports = vec![3];
        for (name, descriptor) in [("m", &[2, 0, 1][..]), ("g", &[3, 0x7f, 0]), ("f", &[FUNCTION_IMPORT, 0])] {
            write_name(&mut imports, "env");
            write_name(&mut imports, name);
            imports.extend_from_slice(descriptor);
        }
        section(&mut wasm, IMPORT_SECTION, &imports);
        let mut functions = Vec::new();
        write_leb(&mut functions, types.len());
        functions.extend_from_slice(types);
        section(&mut wasm, FUNCTION_SECTION, &functions);
        let mut code = Vec::new();
        write_leb(&mut code, nops.len());
        for &count in nops {
            // No locals, the nops, end.
            write_leb(&mut code, count + 2);
            code.push(0);
            code.extend(std::iter::repeat_n(0x01, count));
            code.push(0x0b);
        }
        section(&mut wasm, CODE_SECTION, &code);
        let mut old_names = Vec::new();
        write_name(&mut old_names, "name");
        old_names.extend([FUNCTION_NAMES, 5, 1, 1, 2, b'o', b'k']);
        section(&mut wasm, CUSTOM_SECTION, &old_names);
        wasm
    }

    /// The function names of each name section of the module, checking that each subsection ends where its size says.
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
                let size = section.leb().unwrap();
                let start = section.position();
                let count = section.leb().unwrap();
                found.push((0..count).map(|_| (section.leb().unwrap(), section.name().unwrap().to_string())).collect());
                assert_eq!(section.position() - start, size, "the subsection's size");
                assert!(section.at_end(), "nothing after the subsection");
            }
        }
        found
    }

    #[test]
    fn names_each_defined_function_by_its_rank_in_size_then_type() {
        let named = name_by_rank(&module(&[1, 0, 0, 1], &[2, 0, 2, 0])).unwrap();
        // Index 0 is the imported function (the memory and the global are not functions). The two short bodies
        // (indices 2 and 4) come first, the one of type 0 before the one of type 1; then the two long ones, index 3
        // (type 0) before index 1 (type 1). Sorted by type first, index 3 would come before index 4.
        let expected = [(1, "3"), (2, "0"), (3, "2"), (4, "1")].map(|(index, name)| (index, name.to_string()));
        assert_eq!(names(&named), vec![expected.to_vec()]);
    }

    #[test]
    fn pads_the_ranks_so_that_the_names_sort_as_the_ranks_do() {
        // Twelve functions, the first the longest: ranks 0 to 11 need two digits, or "11" would sort before "2".
        let nops: Vec<usize> = (0..12).rev().collect();
        let named = name_by_rank(&module(&[0; 12], &nops)).unwrap();
        let names = names(&named).remove(0);
        assert_eq!(names.first(), Some(&(1, "11".to_string())));
        assert_eq!(names.last(), Some(&(12, "00".to_string())));
        let mut by_name = names.clone();
        by_name.sort_by(|a, b| a.1.cmp(&b.1));
        let by_size: Vec<usize> = (1..=12).rev().collect();
        assert_eq!(by_name.iter().map(|(index, _)| *index).collect::<Vec<_>>(), by_size);
    }

    #[test]
    fn keeps_every_other_section_as_it_was() {
        let wasm = module(&[1, 0, 0, 1], &[2, 0, 2, 0]);
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
    fn refuses_what_it_cannot_order() {
        let five_functions_four_bodies = module(&[1, 0, 0, 1, 0], &[2, 0, 2, 0]);
        assert!(name_by_rank(&five_functions_four_bodies)
            .unwrap_err()
            .contains("declares 5 functions but has 4 bodies"));
        let mut version_2 = module(&[0], &[0]);
        version_2[4] = 2;
        assert!(name_by_rank(&version_2).unwrap_err().contains("not a wasm module"));
    }
}
