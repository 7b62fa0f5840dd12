//! The paper's dataset as the app carries it: Rust tables written by `build.rs` from `data/*.csv` after validating
//! every file, so that start-up parses nothing and the parser stays out of the code loaded first. The same goes for
//! the tables derived from the UN's monthly contributions. Native tests check that both equal what is parsed and
//! derived from the CSV files.

use pko_data::{
    BudgetShare, ContributionTables, CountryCode, CountryName, Dataset, Erratum, ErratumAction, EventDate, Fact,
    FactKey, Mission, MissionColumn, PaperSection, Period, Personnel, PolicyEvent, Region, TurningPoint, Uniformed,
    YearMonth,
};

include!(concat!(env!("OUT_DIR"), "/paper_records.rs"));
include!(concat!(env!("OUT_DIR"), "/contribution_tables.rs"));

/// A month the build script has validated.
const fn month(year: u16, month: u8) -> YearMonth {
    match YearMonth::new(year, month) {
        Some(month) => month,
        None => panic!("build.rs wrote a month that is not valid"),
    }
}

/// A country code the build script has validated.
const fn code(bytes: [u8; 3]) -> CountryCode {
    match CountryCode::from_bytes(bytes) {
        Some(code) => code,
        None => panic!("build.rs wrote a country code that is not valid"),
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
    let budget_shares =
        BUDGET_SHARES.iter().map(|&(from_year, to_year, share_percent, rank, in_paper, low_confidence, source)| {
            BudgetShare {
                from_year,
                to_year,
                share_percent,
                rank,
                in_paper,
                low_confidence,
                source: source.to_string(),
            }
        });
    let events = EVENTS.iter().map(|&(date, title, description, section, turning_point)| PolicyEvent {
        date,
        title: title.to_string(),
        description: description.to_string(),
        section,
        turning_point,
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

/// The tables of the UN's monthly contributions, as [`ContributionTables::derive`] makes them from
/// `data/contributions.csv` and `data/country_names.csv`.
pub fn contribution_tables() -> ContributionTables {
    let country = |[troops, police, experts]: [u16; 3]| Uniformed {
        troops: troops.into(),
        police: police.into(),
        experts: experts.into(),
    };
    let months = CONTRIBUTION_MONTHS.iter();
    ContributionTables {
        first_month: CONTRIBUTIONS_FIRST_MONTH,
        world: months.clone().map(|&([troops, police, experts], ..)| Uniformed { troops, police, experts }).collect(),
        listed: months.clone().map(|&(_, listed, ..)| listed).collect(),
        permanent: std::array::from_fn(|member| {
            months.clone().map(|(.., permanent)| permanent[member].map(country)).collect()
        }),
        top: CONTRIBUTION_TOP
            .iter()
            .map(|largest| largest.iter().map(|&(code, figures)| (code, country(figures))).collect())
            .collect(),
        china_rank: months.map(|&(_, _, rank, _)| rank).collect(),
        names: CONTRIBUTION_NAMES
            .iter()
            .map(|&(code, english, chinese, japanese)| CountryName {
                code,
                english: english.to_string(),
                chinese: chinese.to_string(),
                japanese: japanese.to_string(),
            })
            .collect(),
        reported_names: CONTRIBUTION_REPORTED_NAMES.iter().map(|&(code, name)| (code, name.to_string())).collect(),
    }
}
