//! Validates `data/*.csv` at build time, so a broken data file stops the build with the file, line and column
//! named, rather than reaching a reader's browser. It runs the app's own parser, the `pko-data` crate.
//!
//! It then writes the paper's records as Rust tables (`$OUT_DIR/paper_records.rs`, read by `src/prebuilt.rs`): the app
//! gets them ready-made and validated, and its start-up code carries no parser. The parser that checks a reader's own
//! missions file is loaded only when a reader gives one (see `src/ui/lazy.rs`).

use pko_data::{Category, DataFiles, Dataset, EventDate, Vocabulary, YearMonth};
use std::fmt::Write;

fn main() {
    println!("cargo:rerun-if-changed=data");
    let dataset = match Dataset::parse(&DataFiles::PAPER) {
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

/// An optional value as a Rust expression: `None`, or `Some(…)` around what `expression` writes for the value.
fn optional<T>(value: Option<T>, expression: impl FnOnce(T) -> String) -> String {
    value.map_or_else(|| "None".to_string(), |value| format!("Some({})", expression(value)))
}

/// A string as a Rust expression (`Debug` writes a valid Rust string literal).
fn string(text: &str) -> String {
    format!("{text:?}")
}

fn month(month: YearMonth) -> String {
    format!("month({}, {})", month.year(), month.month())
}

fn event_date(date: EventDate) -> String {
    match date {
        EventDate::Year(year) => format!("EventDate::Year({year})"),
        EventDate::Month(date) => format!("EventDate::Month({})", month(date)),
    }
}

/// Writes a blank line and `const name: &[row_type] = &[…];`, one row (a tuple expression) per line. The row types are their
/// records' field lists, which clippy would have named.
fn table(out: &mut String, name: &str, row_type: &str, rows: impl Iterator<Item = String>) {
    // Writing to a String cannot fail.
    let _ = writeln!(out, "\n#[allow(clippy::type_complexity)]\nconst {name}: &[{row_type}] = &[");
    for row in rows {
        let _ = writeln!(out, "    {row},");
    }
    let _ = writeln!(out, "];");
}

/// The source of five constant tables of the paper's missions, budget shares, events, facts and errata, one tuple
/// per record in the order of the record's fields (a mission's personnel as its four counts); `src/prebuilt.rs` turns
/// them into records. Tables rather than code that builds each record: the wasm then holds data, not thousands of
/// instructions.
fn paper_records(dataset: &Dataset) -> String {
    let mut out = String::from("// Written by build.rs from data/*.csv, which it has validated. Do not edit.\n");
    let missions = dataset.missions().iter().map(|mission| {
        format!(
            "({:?}, {}, {:?}, {:?}, Region::{:?}, Period::{:?}, {}, {}, {}, {}, {})",
            mission.acronym,
            optional(mission.predecessor.as_deref(), string),
            mission.name,
            mission.host,
            mission.region,
            mission.period,
            month(mission.un_start),
            month(mission.china_start),
            optional(mission.china_end, month),
            optional(mission.personnel, |personnel| {
                format!("{:?}", Category::ALL.iter().map(|c| personnel.get(*c)).collect::<Vec<_>>())
            }),
            optional(mission.note.as_deref(), string)
        )
    });
    let mission_type = "(&str, Option<&str>, &str, &str, Region, Period, YearMonth, YearMonth, Option<YearMonth>, Option<[u32; 4]>, Option<&str>)";
    table(&mut out, "MISSIONS", mission_type, missions);
    let shares = dataset.budget_shares().iter().map(|share| {
        format!(
            "({}, {}, {:?}, {:?}, {}, {:?})",
            share.from_year, share.to_year, share.share_percent, share.rank, share.in_paper, share.source
        )
    });
    table(&mut out, "BUDGET_SHARES", "(u16, u16, f64, Option<u32>, bool, &str)", shares);
    let events = dataset.events().iter().map(|event| {
        format!(
            "({}, {:?}, {:?}, PaperSection::{:?})",
            event_date(event.date),
            event.title,
            event.description,
            event.section
        )
    });
    table(&mut out, "EVENTS", "(EventDate, &str, &str, PaperSection)", events);
    let facts = dataset
        .facts()
        .iter()
        .map(|fact| format!("(FactKey::{:?}, {}, {:?}, {:?})", fact.key, fact.value, fact.statement, fact.location));
    table(&mut out, "FACTS", "(FactKey, u32, &str, &str)", facts);
    let errata = dataset.errata().iter().map(|erratum| {
        format!(
            "({}, {}, {:?}, {:?}, ErratumAction::{:?}, {:?}, {:?})",
            optional(erratum.acronym.as_deref(), string),
            optional(erratum.column, |column| format!("MissionColumn::{column:?}")),
            erratum.printed,
            erratum.used,
            erratum.action,
            erratum.reason,
            erratum.source
        )
    });
    let errata_type = "(Option<&str>, Option<MissionColumn>, &str, &str, ErratumAction, &str, &str)";
    table(&mut out, "ERRATA", errata_type, errata);
    out
}
