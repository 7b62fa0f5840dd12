//! Validates `data/*.csv` at build time, so a broken data file stops the build with the file, line and column
//! named, rather than reaching a reader's browser. It runs the app's own parser, included by path.
//!
//! It then writes the paper's budget shares, events, facts and errata as Rust (`$OUT_DIR/paper_records.rs`, read by
//! `src/paper.rs`): the app gets them ready-made and carries no parser for those files. The missions stay CSV,
//! parsed at start-up, because a reader's own missions file needs that parser anyway.

// The build script uses only the validating entry point of the data module.
#[allow(dead_code, unused_imports)]
#[path = "src/data/mod.rs"]
mod data;

use data::EventDate;
use std::fmt::Write;

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=src/data");
    let dataset = match data::Dataset::embedded() {
        Ok(dataset) => dataset,
        Err(errors) => {
            for error in &errors {
                println!("cargo:warning={error}");
            }
            eprintln!("{} problem(s) in data/:", errors.len());
            for error in &errors {
                eprintln!("  {error}");
            }
            std::process::exit(1);
        }
    };
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let path = std::path::Path::new(&out_dir).join("paper_records.rs");
    if let Err(error) = std::fs::write(&path, paper_records(&dataset)) {
        eprintln!("cannot write {}: {error}", path.display());
        std::process::exit(1);
    }
}

/// A Rust string expression for `text`: `Debug` writes a valid Rust string literal.
fn string(text: &str) -> String {
    format!("String::from({text:?})")
}

fn optional_string(text: Option<&str>) -> String {
    text.map_or_else(|| "None".to_string(), |text| format!("Some({})", string(text)))
}

fn event_date(date: EventDate) -> String {
    match date {
        EventDate::Year(year) => format!("EventDate::Year({year})"),
        EventDate::Month(month) => format!("EventDate::Month(month({}, {}))", month.year(), month.month()),
    }
}

/// The source of four functions that return the paper's budget shares, events, facts and errata.
fn paper_records(dataset: &data::Dataset) -> String {
    let mut out = String::from("// Written by build.rs from data/*.csv, which it has validated. Do not edit.\n\n");
    // Writing to a String cannot fail.
    let _ = writeln!(out, "fn budget_shares() -> Vec<BudgetShare> {{\n    vec![");
    for share in dataset.budget_shares() {
        let _ = writeln!(
            out,
            "        BudgetShare {{ from_year: {}, to_year: {}, share_percent: {:?}, rank: {:?}, in_paper: {}, source: {} }},",
            share.from_year,
            share.to_year,
            share.share_percent,
            share.rank,
            share.in_paper,
            string(&share.source)
        );
    }
    let _ = writeln!(out, "    ]\n}}\n\nfn events() -> Vec<PolicyEvent> {{\n    vec![");
    for event in dataset.events() {
        let _ = writeln!(
            out,
            "        PolicyEvent {{ date: {}, title: {}, description: {}, section: PaperSection::{:?} }},",
            event_date(event.date),
            string(&event.title),
            string(&event.description),
            event.section
        );
    }
    let _ = writeln!(out, "    ]\n}}\n\nfn facts() -> Vec<Fact> {{\n    vec![");
    for fact in dataset.facts() {
        let _ = writeln!(
            out,
            "        Fact {{ key: FactKey::{:?}, value: {}, statement: {}, location: {} }},",
            fact.key,
            fact.value,
            string(&fact.statement),
            string(&fact.location)
        );
    }
    let _ = writeln!(out, "    ]\n}}\n\nfn errata() -> Vec<Erratum> {{\n    vec![");
    for erratum in dataset.errata() {
        let column =
            erratum.column.map_or_else(|| "None".to_string(), |column| format!("Some(MissionColumn::{column:?})"));
        let _ = writeln!(
            out,
            "        Erratum {{ acronym: {}, column: {column}, printed: {}, used: {}, action: ErratumAction::{:?}, reason: {}, source: {} }},",
            optional_string(erratum.acronym.as_deref()),
            string(&erratum.printed),
            string(&erratum.used),
            erratum.action,
            string(&erratum.reason),
            string(&erratum.source)
        );
    }
    let _ = writeln!(out, "    ]\n}}");
    out
}
