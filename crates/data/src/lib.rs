//! The dataset: the paper's tables, figures and chronology as typed, validated records.
//!
//! The build script runs this validation over every file in `data/`, so a broken file stops the build with the
//! file, line and column named; the app gets the paper's records ready-made (the app's `src/prebuilt.rs`) and parses only a
//! reader's own missions file. At run time a failure is an ordinary `Err` that the interface shows, never a panic.
//!
//! It uses `std`, serde and csv and nothing of the browser's: the build script (`build.rs`) depends on it to read
//! `data/` at build time, where no browser runs.

mod cells;
pub mod contributions;
pub mod dates;
pub mod error;
pub mod records;
pub mod rows;
pub mod types;

pub use cells::MAX_COUNT;
use cells::{parse_whole_number, Cells, Reported};
pub use contributions::{
    parse_contributions, parse_country_names, ContributionTables, CountryCode, CountryName, MonthlyContribution,
    Uniformed, CONTRIBUTIONS_CSV, COUNTRY_NAMES_CSV, TOP_COUNT,
};
pub use error::{DataError, ErratumMismatch, Expected, Location, Problem};
pub use records::{
    BudgetShare, Erratum, ErratumAction, Fact, FactKey, Mission, MissionColumn, PaperSection, Personnel, PolicyEvent,
    TurningPoint,
};
use rows::Row;
use serde::Deserialize;
pub use types::{Category, EventDate, Period, Region, Status, Vocabulary, YearMonth};

pub const MISSIONS_HEADER: [&str; 14] = [
    "acronym",
    "predecessor",
    "name",
    "host",
    "region",
    "table",
    "un_start",
    "china_start",
    "china_end",
    "civilian",
    "military_observers",
    "troops",
    "civilian_police",
    "note",
];
/// The columns of `budget_shares.csv`, which the budget chart's CSV download writes too.
pub const BUDGET_HEADER: [&str; 7] =
    ["from_year", "to_year", "share_percent", "rank", "in_paper", "low_confidence", "source"];
/// The month the paper's period of active engagement (its Table 2) begins; its Table 1 holds the missions China
/// joined before.
pub const ACTIVE_FROM: YearMonth = match YearMonth::new(2000, 1) {
    Some(month) => month,
    None => unreachable!(),
};

const EVENTS_HEADER: [&str; 5] = ["date", "title", "description", "section", "turning_point"];
const FACTS_HEADER: [&str; 4] = ["key", "value", "statement", "where"];
const ERRATA_HEADER: [&str; 7] = ["acronym", "column", "printed", "used", "action", "reason", "source"];

/// The most missions a missions file (a reader's own or the paper's) may hold: far more than any country's
/// record, few enough to draw.
pub const MAX_OWN_ROWS: usize = 2_000;

// No sum of personnel overflows its `u32`: every count is at most `MAX_COUNT` (checked with the other
// validation), so all four categories of all missions of the largest file add up to at most this.
const _: () = assert!(MAX_OWN_ROWS as u64 * 4 * MAX_COUNT as u64 <= u32::MAX as u64);
/// The largest own file read, checked before reading it.
pub const MAX_OWN_BYTES: f64 = 1_000_000.0;

const MISSIONS_FILE: &str = "data/missions.csv";

/// The month the paper's sources were read ("accessed January 8, 2011"): "to present" means up to here.
pub const DATA_CUT_OFF: YearMonth = match YearMonth::new(2011, 1) {
    Some(month) => month,
    None => unreachable!(),
};

/// The text of each data file, by role: what [`Dataset::parse`] reads.
#[derive(Debug, Clone, Copy)]
pub struct DataFiles<'a> {
    pub missions: &'a str,
    pub budget_shares: &'a str,
    pub events: &'a str,
    pub facts: &'a str,
    pub errata: &'a str,
}

impl DataFiles<'static> {
    /// The paper's files in the repository's `data/` folder, as this crate was compiled with them: what the build
    /// script validates, and what the tests read.
    pub const PAPER: DataFiles<'static> = DataFiles {
        missions: include_str!("../../../data/missions.csv"),
        budget_shares: include_str!("../../../data/budget_shares.csv"),
        events: include_str!("../../../data/events.csv"),
        facts: include_str!("../../../data/facts.csv"),
        errata: include_str!("../../../data/errata.csv"),
    };
}

/// Every record of the dataset, validated. Only typed queries reach it.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    missions: Vec<Mission>,
    budget_shares: Vec<BudgetShare>,
    events: Vec<PolicyEvent>,
    facts: Vec<Fact>,
    errata: Vec<Erratum>,
    /// The month up to which the missions are known, where the data states one: the paper's sources were read
    /// in January 2011 ([`DATA_CUT_OFF`]); a reader's own missions file states none.
    missions_known_to: Option<YearMonth>,
    /// Computed from the missions when the dataset is made.
    index: MissionIndex,
}

/// What the dataset computes once from its missions, so that a click with a reader's 2,000 missions filters and
/// reads it rather than sorting and summing every row again.
#[derive(Debug, Clone, PartialEq)]
struct MissionIndex {
    orders: MissionOrders,
    totals: Personnel,
    latest_month_named: Option<YearMonth>,
}

impl MissionIndex {
    fn of(missions: &[Mission]) -> MissionIndex {
        let mut sums = [0; 4];
        for personnel in missions.iter().filter_map(|mission| mission.personnel) {
            for category in Category::ALL {
                sums[category.index()] += personnel.get(*category);
            }
        }
        let months =
            missions.iter().flat_map(|mission| [Some(mission.un_start), Some(mission.china_start), mission.china_end]);
        MissionIndex {
            orders: MissionOrders::of(missions),
            totals: Personnel::new(sums[0], sums[1], sums[2], sums[3]),
            latest_month_named: months.flatten().max(),
        }
    }
}

/// The missions' indices (into [`Dataset::missions`]) in each order a chart lists them in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissionOrders {
    /// Largest total personnel first, missions without figures last ([`largest_first`]), then the file's order.
    pub by_total: Vec<usize>,
    /// By China's start, then the file's order.
    pub by_start: Vec<usize>,
    /// By acronym.
    pub by_acronym: Vec<usize>,
    /// By China's start, then acronym: the timeline's order.
    pub by_start_then_acronym: Vec<usize>,
}

impl MissionOrders {
    fn of(missions: &[Mission]) -> MissionOrders {
        fn order(missions: &[Mission], key: fn(&Mission) -> (u64, &str)) -> Vec<usize> {
            let mut indexed: Vec<(usize, &Mission)> = missions.iter().enumerate().collect();
            sort_stably(&mut indexed, |(_, mission)| key(mission));
            indexed.into_iter().map(|(index, _)| index).collect()
        }
        MissionOrders {
            by_total: order(missions, |mission| (largest_first(mission.personnel.map(Personnel::total)), "")),
            by_start: order(missions, |mission| (u64::from(mission.china_start.ordinal()), "")),
            by_acronym: order(missions, |mission| (0, &mission.acronym)),
            by_start_then_acronym: order(missions, |mission| {
                (u64::from(mission.china_start.ordinal()), &mission.acronym)
            }),
        }
    }
}

/// The sort key that lists missions largest first by a count of their personnel, and those without figures
/// (`None`) after every mission with figures, even one of 0.
pub fn largest_first(personnel: Option<u32>) -> u64 {
    personnel.map_or(1 << 32, |count| u64::from(u32::MAX - count))
}

impl Dataset {
    /// Parses and cross-checks all files, returning every problem found (each with its file, line and column).
    pub fn parse(sources: &DataFiles) -> Result<Dataset, Vec<DataError>> {
        let mut errors = Vec::new();
        let missions = parse_missions(sources.missions, &mut errors);
        let budget_shares = parse_budget_shares(sources.budget_shares, &mut errors);
        let events = parse_events(sources.events, &mut errors);
        let facts = parse_facts(sources.facts, &mut errors);
        let errata = parse_errata(sources.errata, &missions, &mut errors);
        if errors.is_empty() {
            Ok(Dataset::from_validated(missions, budget_shares, events, facts, errata))
        } else {
            Err(errors)
        }
    }

    /// Records that have passed [`Dataset::parse`]'s checks: its own, and the paper's, which `build.rs` validated
    /// and wrote as Rust tables (the app's `src/prebuilt.rs`).
    pub fn from_validated(
        missions: Vec<Mission>,
        budget_shares: Vec<BudgetShare>,
        events: Vec<PolicyEvent>,
        facts: Vec<Fact>,
        errata: Vec<Erratum>,
    ) -> Dataset {
        let index = MissionIndex::of(&missions);
        Dataset { missions, budget_shares, events, facts, errata, missions_known_to: Some(DATA_CUT_OFF), index }
    }

    /// A reader's own missions file (in the schema of `data/missions.csv`) with this dataset's budget shares and
    /// facts, checked by the same code as the paper's missions; errors name `file_name`. The errata and the
    /// chronology are the paper's, about its missions, so they do not come along: the timeline then draws the
    /// reader's missions on an axis of their own years, not under China's policy events of 1971-2010.
    pub fn with_own_missions(&self, file_name: &str, text: &str) -> Result<Dataset, Vec<DataError>> {
        let mut errors = Vec::new();
        let missions = parse_missions(text, &mut errors);
        if errors.is_empty() {
            let (budget_shares, facts) = (self.budget_shares.clone(), self.facts.clone());
            Ok(Dataset {
                index: MissionIndex::of(&missions),
                missions,
                budget_shares,
                events: Vec::new(),
                facts,
                errata: Vec::new(),
                missions_known_to: None,
            })
        } else {
            for error in &mut errors {
                error.location.file = file_name.to_string();
            }
            Err(errors)
        }
    }

    /// The month up to which the missions are known, if the data states it (see [`Dataset::with_own_missions`]).
    pub fn missions_known_to(&self) -> Option<YearMonth> {
        self.missions_known_to
    }

    /// All missions, in the paper's order (Table 1, then Table 2).
    pub fn missions(&self) -> &[Mission] {
        &self.missions
    }

    pub fn mission(&self, acronym: &str) -> Option<&Mission> {
        self.missions.iter().find(|mission| mission.acronym.eq_ignore_ascii_case(acronym))
    }

    /// The missions at `indices` of [`Dataset::missions`], in that order: a chart's rows, which the model keeps as
    /// indices so that a click filters and orders numbers rather than copies of missions.
    pub fn missions_at<'a>(&'a self, indices: &'a [usize]) -> impl Iterator<Item = &'a Mission> + Clone + 'a {
        indices.iter().map(|index| &self.missions[*index])
    }

    pub fn budget_shares(&self) -> &[BudgetShare] {
        &self.budget_shares
    }

    /// The policy chronology, in date order.
    pub fn events(&self) -> &[PolicyEvent] {
        &self.events
    }

    pub fn facts(&self) -> &[Fact] {
        &self.facts
    }

    /// The figure the paper's text states for `key`. Validation guarantees every key is present.
    pub fn fact(&self, key: FactKey) -> Option<&Fact> {
        self.facts.iter().find(|fact| fact.key == key)
    }

    pub fn errata(&self) -> &[Erratum] {
        &self.errata
    }

    /// The errata about one mission's row.
    pub fn errata_for<'a>(&'a self, acronym: &'a str) -> impl Iterator<Item = &'a Erratum> + 'a {
        self.errata.iter().filter(move |erratum| erratum.acronym.as_deref() == Some(acronym))
    }

    /// The sum of each category over all missions with figures: the arithmetic check of the tables.
    pub fn totals(&self) -> Personnel {
        self.index.totals
    }

    /// The missions in each order a chart lists them in.
    pub fn orders(&self) -> &MissionOrders {
        &self.index.orders
    }

    /// The latest month any mission names (its UN start, China's start or China's end); `None` without missions.
    pub fn latest_month_named(&self) -> Option<YearMonth> {
        self.index.latest_month_named
    }
}

/// A row of `missions.csv`, in the order of [`MISSIONS_HEADER`]. Cells are text here: [`Cells`] types them, so
/// that every problem of a row is reported, not only serde's first.
#[derive(Deserialize)]
struct MissionRow {
    acronym: String,
    predecessor: String,
    name: String,
    host: String,
    region: String,
    table: String,
    un_start: String,
    china_start: String,
    china_end: String,
    civilian: String,
    military_observers: String,
    troops: String,
    civilian_police: String,
    note: String,
}

impl MissionRow {
    /// The cell of one category's count.
    fn count(&self, category: Category) -> &str {
        match category {
            Category::Civilian => &self.civilian,
            Category::MilitaryObservers => &self.military_observers,
            Category::Troops => &self.troops,
            Category::CivilianPolice => &self.civilian_police,
        }
    }
}

fn parse_missions(text: &str, errors: &mut Vec<DataError>) -> Vec<Mission> {
    let file = MISSIONS_FILE;
    let Some(rows) = read_rows::<MissionRow>(file, text, &MISSIONS_HEADER, errors) else {
        return Vec::new();
    };
    if rows.len() > MAX_OWN_ROWS {
        let problem = Problem::TooManyRows { rows: rows.len(), max: MAX_OWN_ROWS };
        errors.push(DataError::new(Location::file(file), problem));
        return Vec::new();
    }
    let mut missions: Vec<Mission> = Vec::new();
    // The acronyms so far, in a set: searching the missions read for each row grows with the square of their number,
    // two million comparisons for the 2,000 rows a reader may load.
    let mut acronyms = std::collections::BTreeSet::new();
    for Row { line, cells: row } in &rows {
        let mut cells = Cells::new(file, *line, errors);
        if let Ok(mission) = parse_mission(row, &mut cells) {
            if acronyms.insert(mission.acronym.clone()) {
                missions.push(mission);
            } else {
                cells.report("acronym", Problem::Duplicate { value: mission.acronym.clone() });
            }
        }
    }
    if missions.is_empty() && errors.is_empty() {
        errors.push(DataError::new(Location::file(file), Problem::NoRows));
    }
    missions
}

fn parse_mission(row: &MissionRow, cells: &mut Cells) -> Result<Mission, Reported> {
    let acronym = cells.parse("acronym", &row.acronym, Expected::Acronym, parse_acronym);
    let predecessor = cells.parse_optional("predecessor", &row.predecessor, Expected::Acronym, parse_acronym);
    let name = cells.required("name", &row.name);
    let host = cells.required("host", &row.host);
    let region = cells.parse("region", &row.region, Expected::Region, Region::from_data_name);
    let period = cells.parse("table", &row.table, Expected::TableNumber, Period::from_table_number);
    let un_start = cells.month("un_start", &row.un_start);
    let china_start = cells.month("china_start", &row.china_start);
    let china_end = cells.optional_month("china_end", &row.china_end);
    let counts: Vec<Result<Option<u32>, Reported>> =
        Category::ALL.iter().map(|category| cells.count(category.column(), row.count(*category))).collect();
    let note = Cells::optional(&row.note);

    let (
        Ok(acronym),
        Ok(predecessor),
        Ok(name),
        Ok(host),
        Ok(region),
        Ok(period),
        Ok(un_start),
        Ok(china_start),
        Ok(china_end),
    ) = (acronym, predecessor, name, host, region, period, un_start, china_start, china_end)
    else {
        return Err(Reported);
    };
    let counts: Vec<Option<u32>> = counts.into_iter().collect::<Result<_, _>>()?;
    let personnel = match counts.as_slice() {
        [Some(civilian), Some(observers), Some(troops), Some(police)] => {
            Some(Personnel::new(*civilian, *observers, *troops, *police))
        }
        [None, None, None, None] => None,
        _ => {
            let column = Category::ALL
                .iter()
                .zip(&counts)
                .find(|(_, count)| count.is_none())
                .map_or("civilian", |(c, _)| c.column());
            return Err(cells.report(column, Problem::HalfFilledPersonnel));
        }
    };
    if let Some(end) = china_end {
        if end < china_start {
            return Err(cells.report("china_end", Problem::EndsBeforeStart { end, start: china_start }));
        }
    }
    // The paper splits its two tables at 2000: a start on the wrong side of it is a typing error (as the
    // paper's own "August 2008" for UNAMSIL, in Table 1, shows).
    if (period == Period::Initial) != (china_start < ACTIVE_FROM) {
        let problem = Problem::WrongTable { start: china_start, table: period.table_number() };
        return Err(cells.report("china_start", problem));
    }
    Ok(Mission { acronym, predecessor, name, host, region, period, un_start, china_start, china_end, personnel, note })
}

fn parse_acronym(text: &str) -> Option<String> {
    (text.len() <= 12 && text.bytes().all(|b| b.is_ascii_uppercase())).then(|| text.to_string())
}

/// A row of `budget_shares.csv`, in the order of [`BUDGET_HEADER`].
#[derive(Deserialize)]
struct BudgetShareRow {
    from_year: String,
    to_year: String,
    share_percent: String,
    rank: String,
    in_paper: String,
    low_confidence: String,
    source: String,
}

fn parse_budget_shares(text: &str, errors: &mut Vec<DataError>) -> Vec<BudgetShare> {
    let file = "data/budget_shares.csv";
    let Some(rows) = read_rows::<BudgetShareRow>(file, text, &BUDGET_HEADER, errors) else {
        return Vec::new();
    };
    let mut shares = Vec::new();
    for Row { line, cells: row } in &rows {
        let mut cells = Cells::new(file, *line, errors);
        let from_year = cells.parse("from_year", &row.from_year, Expected::Year, parse_year);
        let to_year = cells.parse("to_year", &row.to_year, Expected::Year, parse_year);
        let share = cells.parse("share_percent", &row.share_percent, Expected::Percent, parse_percent);
        let positive = |text: &str| parse_whole_number(text).filter(|rank| *rank > 0);
        let rank = cells.parse_optional("rank", &row.rank, Expected::Rank, positive);
        let in_paper = cells.parse("in_paper", &row.in_paper, Expected::YesNo, parse_yes_no);
        let low_confidence = cells.parse("low_confidence", &row.low_confidence, Expected::YesNo, parse_yes_no);
        let source = cells.required("source", &row.source);
        let (Ok(from_year), Ok(to_year), Ok(share_percent), Ok(rank), Ok(in_paper), Ok(low_confidence), Ok(source)) =
            (from_year, to_year, share, rank, in_paper, low_confidence, source)
        else {
            continue;
        };
        if to_year < from_year {
            cells.report("to_year", Problem::YearsReversed { from: from_year, to: to_year });
            continue;
        }
        shares.push(BudgetShare { from_year, to_year, share_percent, rank, in_paper, low_confidence, source });
    }
    shares
}

/// A row of `events.csv`, in the order of [`EVENTS_HEADER`].
#[derive(Deserialize)]
struct EventRow {
    date: String,
    title: String,
    description: String,
    section: String,
    turning_point: String,
}

fn parse_events(text: &str, errors: &mut Vec<DataError>) -> Vec<PolicyEvent> {
    let file = "data/events.csv";
    let Some(rows) = read_rows::<EventRow>(file, text, &EVENTS_HEADER, errors) else {
        return Vec::new();
    };
    let mut events = Vec::new();
    for Row { line, cells: row } in &rows {
        let mut cells = Cells::new(file, *line, errors);
        let date = cells.parse("date", &row.date, Expected::EventDate, EventDate::parse);
        let title = cells.required("title", &row.title);
        let description = cells.required("description", &row.description);
        let section = cells.parse("section", &row.section, Expected::Section, PaperSection::parse);
        let turning_point =
            cells.parse_optional("turning_point", &row.turning_point, Expected::TurningPoint, TurningPoint::from_slug);
        if let (Ok(date), Ok(title), Ok(description), Ok(section), Ok(turning_point)) =
            (date, title, description, section, turning_point)
        {
            // An event is found by its date, and so are the translations of its text (pko_core::words::PaperText).
            if events.iter().any(|event: &PolicyEvent| event.date == date) {
                cells.report("date", Problem::Duplicate { value: row.date.clone() });
                continue;
            }
            events.push(PolicyEvent { date, title, description, section, turning_point });
        }
    }
    sort_stably(&mut events, |event| (u64::from(event.date.ordinal()), ""));
    events
}

/// The order (indices into `keys`) that sorts `keys` from the smallest, equal keys in their order: a radix sort, a
/// byte at a time over the bytes the largest key uses. It orders what a click must sort anew (a category filter's
/// totals of up to 2,000 missions): the standard sort, compiled for size, took milliseconds for that at 4x CPU
/// throttling, comparing each pair through calls, where this takes a few passes over the keys.
pub fn order_by_number(keys: &[u64]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    let mut sorted = vec![0; keys.len()];
    let largest = keys.iter().copied().max().unwrap_or(0);
    let bytes = (u64::BITS - largest.leading_zeros()).div_ceil(8);
    for shift in (0..bytes * 8).step_by(8) {
        let digit = |index: usize| (keys[index] >> shift) as u8 as usize;
        // Where each digit's run starts in `sorted`, then where its next index goes.
        let mut starts = [0usize; 257];
        for &index in &order {
            starts[digit(index) + 1] += 1;
        }
        for digit in 0..256 {
            starts[digit + 1] += starts[digit];
        }
        for &index in &order {
            let slot = &mut starts[digit(index)];
            sorted[*slot] = index;
            *slot += 1;
        }
        std::mem::swap(&mut order, &mut sorted);
    }
    order
}

/// Sorts `items` stably by a number, then a text. Every ordering in the app goes through here, so the standard
/// library's sort is compiled into the app once, for one key type, instead of once per ordering (each copy is
/// about 3 KB of wasm).
pub fn sort_stably<T>(items: &mut Vec<T>, key: impl Fn(&T) -> (u64, &str)) {
    let mut keys: Vec<(u64, &str, usize)> = items
        .iter()
        .enumerate()
        .map(|(index, item)| {
            let (number, text) = key(item);
            (number, text, index)
        })
        .collect();
    // The index is the last part of each key, so an unstable sort keeps equal items in their order.
    keys.sort_unstable();
    let order: Vec<usize> = keys.into_iter().map(|(_, _, index)| index).collect();
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.into_iter().filter_map(|index| slots[index].take()));
}

/// A row of `facts.csv`, in the order of [`FACTS_HEADER`].
#[derive(Deserialize)]
struct FactRow {
    key: String,
    value: String,
    statement: String,
    #[serde(rename = "where")]
    location: String,
}

fn parse_facts(text: &str, errors: &mut Vec<DataError>) -> Vec<Fact> {
    let file = "data/facts.csv";
    let Some(rows) = read_rows::<FactRow>(file, text, &FACTS_HEADER, errors) else {
        return Vec::new();
    };
    let mut facts: Vec<Fact> = Vec::new();
    for Row { line, cells: row } in &rows {
        let mut cells = Cells::new(file, *line, errors);
        let key = cells.parse("key", &row.key, Expected::FactKey, FactKey::parse);
        let value = cells.parse("value", &row.value, Expected::WholeNumber, parse_whole_number);
        let statement = cells.required("statement", &row.statement);
        let location = cells.required("where", &row.location);
        let (Ok(key), Ok(value), Ok(statement), Ok(location)) = (key, value, statement, location) else {
            continue;
        };
        if facts.iter().any(|fact| fact.key == key) {
            cells.report("key", Problem::Duplicate { value: key.key().to_string() });
            continue;
        }
        facts.push(Fact { key, value, statement, location });
    }
    let parsed_without_errors = errors.iter().all(|error| error.location.file != file);
    for key in FactKey::ALL {
        if parsed_without_errors && !facts.iter().any(|fact| fact.key == key) {
            errors.push(DataError::new(Location::file(file), Problem::MissingFact { key: key.key() }));
        }
    }
    facts
}

/// A row of `errata.csv`, in the order of [`ERRATA_HEADER`].
#[derive(Deserialize)]
struct ErratumRow {
    acronym: String,
    column: String,
    printed: String,
    used: String,
    action: String,
    reason: String,
    source: String,
}

/// Parses the errata and checks each against the missions: the mission exists, the data holds the value the
/// erratum says it uses, and a corrected row explains itself in its note.
fn parse_errata(text: &str, missions: &[Mission], errors: &mut Vec<DataError>) -> Vec<Erratum> {
    let file = "data/errata.csv";
    let Some(rows) = read_rows::<ErratumRow>(file, text, &ERRATA_HEADER, errors) else {
        return Vec::new();
    };
    let mut errata = Vec::new();
    for Row { line, cells: row } in &rows {
        let mut cells = Cells::new(file, *line, errors);
        let acronym = Cells::optional(&row.acronym);
        let column = cells.parse_optional("column", &row.column, Expected::ErratumColumn, MissionColumn::from_header);
        let action = cells.parse("action", &row.action, Expected::ErratumAction, ErratumAction::parse);
        let reason = cells.required("reason", &row.reason);
        let source = cells.required("source", &row.source);
        let (printed, used) = (row.printed.trim().to_string(), row.used.trim().to_string());
        let (Ok(column), Ok(action), Ok(reason), Ok(source)) = (column, action, reason, source) else {
            continue;
        };
        if let Some(acronym) = &acronym {
            // Missions that failed to parse are already reported; checking against them would only add noise.
            if missions.is_empty() {
                continue;
            }
            let Some(mission) = missions.iter().find(|mission| &mission.acronym == acronym) else {
                cells.report("acronym", Problem::UnknownMission { acronym: acronym.clone() });
                continue;
            };
            if let Some(column) = column {
                let value = mission.column_text(column);
                if value != used {
                    let (acronym, column) = (acronym.clone(), column.header());
                    let mismatch = ErratumMismatch { acronym, column, used, value };
                    cells.report("used", Problem::ErratumMismatch(Box::new(mismatch)));
                    continue;
                }
            }
            if action == ErratumAction::Corrected && mission.note.is_none() {
                cells.report("acronym", Problem::CorrectionWithoutNote { acronym: acronym.clone() });
                continue;
            }
        }
        errata.push(Erratum { acronym, column, printed, used, action, reason, source });
    }
    errata
}

/// The rows of one file, or `None` with the error in the list.
fn read_rows<R: serde::de::DeserializeOwned>(
    file: &str,
    text: &str,
    header: &[&str],
    errors: &mut Vec<DataError>,
) -> Option<Vec<Row<R>>> {
    rows::read(file, text, header).map_err(|error| errors.push(error)).ok()
}

fn parse_year(text: &str) -> Option<u16> {
    YearMonth::parse(&format!("{text}-01")).map(YearMonth::year)
}

/// A percentage written as plain decimal digits ("3.94"). Parsed by hand rather than with `str::parse::<f64>`,
/// whose correctly rounding parser brings a 17 KB table into the app: a quotient of two exact integers is
/// already the correctly rounded value of the decimal.
fn parse_percent(text: &str) -> Option<f64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || whole.len() > 3 || fraction.len() > 6 || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    let digits: u64 = format!("{whole}{fraction}").parse().ok()?;
    let share = digits as f64 / 10u64.pow(fraction.len() as u32) as f64;
    (share <= 100.0).then_some(share)
}

fn parse_yes_no(text: &str) -> Option<bool> {
    match text {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// A flag as the data files write it, which [`parse_yes_no`] reads back.
pub fn yes_no(flag: bool) -> &'static str {
    if flag {
        "yes"
    } else {
        "no"
    }
}
