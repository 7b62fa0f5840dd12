//! Validates `data/*.csv` at build time, so a broken data file stops the build with the file, line and column
//! named, rather than reaching a reader's browser. It runs the app's own parser, the `pko-data` crate.
//!
//! It then writes the paper's records as Rust tables (`$OUT_DIR/paper_records.rs`, read by `src/prebuilt.rs`): the app
//! gets them ready-made and validated, and its start-up code carries no parser. The parser that checks a reader's own
//! missions file is loaded only when a reader gives one (see `src/ui/lazy.rs`).
//!
//! The UN's monthly contributions (`data/contributions.csv`, 735 KB) never reach the app: this script derives the
//! tables the charts draw from (`pko_data::ContributionTables`) and writes those (`$OUT_DIR/contribution_tables.rs`).

use pko_data::{
    parse_contributions, parse_country_names, Category, ContributionTables, CountryCode, DataError, DataFiles, Dataset,
    EventDate, Uniformed, Vocabulary, YearMonth, CONTRIBUTIONS_CSV, COUNTRY_NAMES_CSV,
};
use std::fmt::Write;

fn main() {
    // The whole folder: a change to any file in it, contributions.csv and country_names.csv included, reruns this.
    println!("cargo:rerun-if-changed=data");
    let dataset = Dataset::parse(&DataFiles::PAPER).unwrap_or_else(|errors| stop(&errors));
    let tables = contribution_tables().unwrap_or_else(|errors| stop(&errors));
    write_out("paper_records.rs", &paper_records(&dataset));
    match contribution_tables_source(&tables) {
        Ok(source) => write_out("contribution_tables.rs", &source),
        Err(message) => {
            eprintln!("{message}");
            std::process::exit(1);
        }
    }
}

/// Stops the build, listing every problem with its file, line and column.
fn stop(errors: &[DataError]) -> ! {
    for error in errors {
        println!("cargo:warning={error}");
    }
    eprintln!("{} problem(s) in data/:", errors.len());
    for error in errors {
        eprintln!("  {error}");
    }
    std::process::exit(1);
}

/// Writes `$OUT_DIR/<file>`, or stops the build saying why it could not.
fn write_out(file: &str, text: &str) {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let path = std::path::Path::new(&out_dir).join(file);
    if let Err(error) = std::fs::write(&path, text) {
        eprintln!("cannot write {}: {error}", path.display());
        std::process::exit(1);
    }
}

/// The tables of the contributions and the country names, with every problem of both files.
fn contribution_tables() -> Result<ContributionTables, Vec<DataError>> {
    match (parse_contributions(CONTRIBUTIONS_CSV), parse_country_names(COUNTRY_NAMES_CSV)) {
        (Ok(rows), Ok(names)) => ContributionTables::derive(&rows, &names),
        (rows, names) => Err(rows.err().into_iter().chain(names.err()).flatten().collect()),
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
            "({}, {}, {:?}, {:?}, {}, {}, {:?})",
            share.from_year,
            share.to_year,
            share.share_percent,
            share.rank,
            share.in_paper,
            share.low_confidence,
            share.source
        )
    });
    table(&mut out, "BUDGET_SHARES", "(u16, u16, f64, Option<u32>, bool, bool, &str)", shares);
    let events = dataset.events().iter().map(|event| {
        format!(
            "({}, {:?}, {:?}, PaperSection::{:?}, {})",
            event_date(event.date),
            event.title,
            event.description,
            event.section,
            optional(event.turning_point, |point| format!("TurningPoint::{point:?}"))
        )
    });
    table(&mut out, "EVENTS", "(EventDate, &str, &str, PaperSection, Option<TurningPoint>)", events);
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

/// One country's figures as `[troops, police, experts]` in 16 bits each, which halves the largest tables; no
/// country has come near 65,535 of one type (the most is 10,214 troops), and one that did would stop the build here.
fn country_figures(figures: Uniformed, month: YearMonth, code: &str) -> Result<String, String> {
    let small = |count: u32| {
        u16::try_from(count).map_err(|_| format!("{code} in {month}: {count} does not fit the tables' 16 bits"))
    };
    Ok(format!("[{}, {}, {}]", small(figures.troops)?, small(figures.police)?, small(figures.experts)?))
}

/// A country code as the constant expression `src/prebuilt.rs` reads.
fn code(country: CountryCode) -> String {
    format!("code(*b{:?})", country.as_str())
}

/// The source of three constant tables that `src/prebuilt.rs` turns into `ContributionTables`: the countries'
/// names; per month, the world's totals, the number of countries listed, China's rank and the permanent members'
/// figures; per month, the 20 largest contributors with their figures. Data, not code per row, as above.
fn contribution_tables_source(tables: &ContributionTables) -> Result<String, String> {
    let mut out = String::from(
        "// Written by build.rs from data/contributions.csv and data/country_names.csv, which it has validated.\n\
         // Do not edit.\n",
    );
    let _ = writeln!(out, "\nconst CONTRIBUTIONS_FIRST_MONTH: YearMonth = {};", month(tables.first_month));
    let names = tables
        .names
        .iter()
        .map(|name| format!("({}, {:?}, {:?}, {:?})", code(name.code), name.english, name.chinese, name.japanese));
    table(&mut out, "CONTRIBUTION_NAMES", "(CountryCode, &str, &str, &str)", names);
    let reported = tables.reported_names.iter().map(|(country, name)| format!("({}, {name:?})", code(*country)));
    table(&mut out, "CONTRIBUTION_REPORTED_NAMES", "(CountryCode, &str)", reported);
    let mut months = Vec::with_capacity(tables.months());
    let mut top = Vec::with_capacity(tables.months());
    for index in 0..tables.months() {
        let at = tables.month_at(index);
        let mut permanent = Vec::new();
        for (series, member) in tables.permanent.iter().zip(CountryCode::PERMANENT_MEMBERS) {
            permanent.push(match series[index] {
                Some(figures) => format!("Some({})", country_figures(figures, at, member.as_str())?),
                None => "None".to_string(),
            });
        }
        let Uniformed { troops, police, experts } = tables.world[index];
        months.push(format!(
            "([{troops}, {police}, {experts}], {}, {:?}, [{}])",
            tables.listed[index],
            tables.china_rank[index],
            permanent.join(", ")
        ));
        let mut largest = Vec::new();
        for (country, figures) in &tables.top[index] {
            largest.push(format!("({}, {})", code(*country), country_figures(*figures, at, country.as_str())?));
        }
        top.push(format!("&[{}]", largest.join(", ")));
    }
    let month_type = "([u32; 3], u16, Option<u16>, [Option<[u16; 3]>; 5])";
    table(&mut out, "CONTRIBUTION_MONTHS", month_type, months.into_iter());
    table(&mut out, "CONTRIBUTION_TOP", "&[(CountryCode, [u16; 3])]", top.into_iter());
    Ok(out)
}
