//! Validates `data/*.csv` at build time, so a broken data file stops the build with the file, line and column
//! named, rather than reaching a reader's browser. It runs the app's own parser, included by path.

// The build script uses only the validating entry point of the data module.
#[allow(dead_code, unused_imports)]
#[path = "src/data/mod.rs"]
mod data;

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=src/data");
    if let Err(errors) = data::Dataset::embedded() {
        for error in &errors {
            println!("cargo:warning={error}");
        }
        eprintln!("{} problem(s) in data/:", errors.len());
        for error in &errors {
            eprintln!("  {error}");
        }
        std::process::exit(1);
    }
}
