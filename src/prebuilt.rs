//! The paper's dataset as the app carries it: Rust tables written by `build.rs` from `data/*.csv` after validating
//! every file, so that start-up parses nothing and the parser stays out of the code loaded first. A native test
//! checks that this dataset equals the one parsed from all the CSV files.

use pko_data::{
    BudgetShare, Dataset, Erratum, ErratumAction, EventDate, Fact, FactKey, Mission, MissionColumn, PaperSection,
    Period, Personnel, PolicyEvent, Region, YearMonth,
};

include!(concat!(env!("OUT_DIR"), "/paper_records.rs"));

/// A month the build script has validated.
const fn month(year: u16, month: u8) -> YearMonth {
    match YearMonth::new(year, month) {
        Some(month) => month,
        None => panic!("build.rs wrote a month that is not valid"),
    }
}

/// The paper's dataset.
pub fn paper_dataset() -> Dataset {
    let missions = MISSIONS.iter().map(
        |&(acronym, predecessor, name, host, region, period, un_start, china_start, china_end, personnel, note)| {
            Mission {
                acronym: acronym.to_string(),
                predecessor: predecessor.map(str::to_string),
                name: name.to_string(),
                host: host.to_string(),
                region,
                period,
                un_start,
                china_start,
                china_end,
                personnel: personnel
                    .map(|[civilian, observers, troops, police]| Personnel::new(civilian, observers, troops, police)),
                note: note.map(str::to_string),
            }
        },
    );
    let budget_shares = BUDGET_SHARES.iter().map(|&(from_year, to_year, share_percent, rank, in_paper, source)| {
        BudgetShare { from_year, to_year, share_percent, rank, in_paper, source: source.to_string() }
    });
    let events = EVENTS.iter().map(|&(date, title, description, section)| PolicyEvent {
        date,
        title: title.to_string(),
        description: description.to_string(),
        section,
    });
    let facts = FACTS.iter().map(|&(key, value, statement, location)| Fact {
        key,
        value,
        statement: statement.to_string(),
        location: location.to_string(),
    });
    let errata = ERRATA.iter().map(|&(acronym, column, printed, used, action, reason, source)| Erratum {
        acronym: acronym.map(str::to_string),
        column,
        printed: printed.to_string(),
        used: used.to_string(),
        action,
        reason: reason.to_string(),
        source: source.to_string(),
    });
    Dataset::from_validated(
        missions.collect(),
        budget_shares.collect(),
        events.collect(),
        facts.collect(),
        errata.collect(),
    )
}
