//! Validates `data/*.csv` at build time, so a broken data file stops the build with the file, line and column
//! named, rather than reaching a reader's browser. It runs the app's own parser, included by path.
//!
//! It then writes the paper's records as Rust tables (`$OUT_DIR/paper_records.rs`, read by `src/paper.rs`): the app
//! gets them ready-made and validated, and its start-up code carries no parser. The parser that checks a reader's own
//! missions file is loaded only when a reader gives one (see `src/ui/lazy.rs`).

// The build script uses only the validating entry point of the data module.
#[allow(dead_code, unused_imports)]
#[path = "src/data/mod.rs"]
mod data;

use data::{Category, EventDate, Vocabulary, YearMonth};
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

/// An optional string as a Rust expression (`Debug` writes a valid Rust string literal).
fn optional_string(text: Option<&str>) -> String {
    text.map_or_else(|| "None".to_string(), |text| format!("Some({text:?})"))
}

fn month(month: YearMonth) -> String {
    format!("month({}, {})", month.year(), month.month())
}

fn optional_month(date: Option<YearMonth>) -> String {
    date.map_or_else(|| "None".to_string(), |date| format!("Some({})", month(date)))
}

fn event_date(date: EventDate) -> String {
    match date {
        EventDate::Year(year) => format!("EventDate::Year({year})"),
        EventDate::Month(date) => format!("EventDate::Month({})", month(date)),
    }
}

/// The source of five constant tables of the paper's missions, budget shares, events, facts and errata, one tuple
/// per record in the order of the record's fields (a mission's personnel as its four counts); `src/paper.rs` turns them into records. Tables rather than code
/// that builds each record: the wasm then holds data, not thousands of instructions.
fn paper_records(dataset: &data::Dataset) -> String {
    let mut out = String::from("// Written by build.rs from data/*.csv, which it has validated. Do not edit.\n\n");
    // Writing to a String cannot fail.
    // Each tuple type is its record's field list, which clippy would have named.
    let _ = writeln!(
        out,
        "#[allow(clippy::type_complexity)]\nconst MISSIONS: &[(&str, Option<&str>, &str, &str, Region, Period, YearMonth, YearMonth, Option<YearMonth>, Option<[u32; 4]>, Option<&str>)] = &["
    );
    for mission in dataset.missions() {
        let personnel = mission.personnel.map_or_else(
            || "None".to_string(),
            |personnel| format!("Some({:?})", Category::ALL.iter().map(|c| personnel.get(*c)).collect::<Vec<_>>()),
        );
        let _ = writeln!(
            out,
            "    ({:?}, {}, {:?}, {:?}, Region::{:?}, Period::{:?}, {}, {}, {}, {personnel}, {}),",
            mission.acronym,
            optional_string(mission.predecessor.as_deref()),
            mission.name,
            mission.host,
            mission.region,
            mission.period,
            month(mission.un_start),
            month(mission.china_start),
            optional_month(mission.china_end),
            optional_string(mission.note.as_deref())
        );
    }
    let _ = writeln!(
        out,
        "];\n\n#[allow(clippy::type_complexity)]\nconst BUDGET_SHARES: &[(u16, u16, f64, Option<u32>, bool, &str)] = &["
    );
    for share in dataset.budget_shares() {
        let _ = writeln!(
            out,
            "    ({}, {}, {:?}, {:?}, {}, {:?}),",
            share.from_year, share.to_year, share.share_percent, share.rank, share.in_paper, share.source
        );
    }
    let _ = writeln!(
        out,
        "];\n\n#[allow(clippy::type_complexity)]\nconst EVENTS: &[(EventDate, &str, &str, PaperSection)] = &["
    );
    for event in dataset.events() {
        let _ = writeln!(
            out,
            "    ({}, {:?}, {:?}, PaperSection::{:?}),",
            event_date(event.date),
            event.title,
            event.description,
            event.section
        );
    }
    let _ = writeln!(out, "];\n\n#[allow(clippy::type_complexity)]\nconst FACTS: &[(FactKey, u32, &str, &str)] = &[");
    for fact in dataset.facts() {
        let _ =
            writeln!(out, "    (FactKey::{:?}, {}, {:?}, {:?}),", fact.key, fact.value, fact.statement, fact.location);
    }
    let _ = writeln!(
        out,
        "];\n\n#[allow(clippy::type_complexity)]\nconst ERRATA: &[(Option<&str>, Option<MissionColumn>, &str, &str, ErratumAction, &str, &str)] = &["
    );
    for erratum in dataset.errata() {
        let column =
            erratum.column.map_or_else(|| "None".to_string(), |column| format!("Some(MissionColumn::{column:?})"));
        let _ = writeln!(
            out,
            "    ({}, {column}, {:?}, {:?}, ErratumAction::{:?}, {:?}, {:?}),",
            optional_string(erratum.acronym.as_deref()),
            erratum.printed,
            erratum.used,
            erratum.action,
            erratum.reason,
            erratum.source
        );
    }
    let _ = writeln!(out, "];");
    out
}
