//! The UN's monthly uniformed personnel by country (`data/contributions.csv`), and the tables the charts draw from,
//! derived from it: the world's totals, the permanent members' series, the 20 largest contributors and China's
//! rank, month by month.

use super::cells::{Cells, Reported};
use super::error::{DataError, Expected, Location, Problem};
use super::rows::Row;
use super::types::YearMonth;
use super::{read_rows, sort_stably};
use serde::Deserialize;
use std::collections::BTreeSet;

/// `data/contributions.csv` as this crate was compiled with it: what the build script derives the app's tables
/// from, and what the tests read. Not in [`crate::DataFiles::PAPER`], which the app embeds: the app carries only
/// the derived tables, never these 735 KB.
pub const CONTRIBUTIONS_CSV: &str = include_str!("../../../data/contributions.csv");
/// `data/country_names.csv` as this crate was compiled with it (written by `cargo xtask country-names`).
pub const COUNTRY_NAMES_CSV: &str = include_str!("../../../data/country_names.csv");

const CONTRIBUTIONS_FILE: &str = "data/contributions.csv";
const COUNTRY_NAMES_FILE: &str = "data/country_names.csv";
const CONTRIBUTIONS_HEADER: [&str; 6] = ["month", "country", "iso3", "troops", "police", "experts"];
const COUNTRY_NAMES_HEADER: [&str; 4] = ["iso3", "english", "chinese", "japanese"];
/// How many contributors each month's top list holds, as in the paper's Figure 1.
pub const TOP_COUNT: usize = 20;

/// A country of the UN's monthly reports, by its ISO 3166-1 alpha-3 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 3]);

impl CountryCode {
    pub const CHINA: CountryCode = CountryCode(*b"CHN");
    /// The five permanent members of the Security Council, China first, then in the order of their codes.
    pub const PERMANENT_MEMBERS: [CountryCode; 5] =
        [CountryCode::CHINA, CountryCode(*b"FRA"), CountryCode(*b"GBR"), CountryCode(*b"RUS"), CountryCode(*b"USA")];

    /// Three ASCII capital letters; anything else is not a code.
    pub fn parse(text: &str) -> Option<CountryCode> {
        CountryCode::from_bytes(text.as_bytes().try_into().ok()?)
    }

    /// [`CountryCode::parse`] for constants: the app's tables, written by its build script, are made of these.
    pub const fn from_bytes(bytes: [u8; 3]) -> Option<CountryCode> {
        let [a, b, c] = bytes;
        if a.is_ascii_uppercase() && b.is_ascii_uppercase() && c.is_ascii_uppercase() {
            Some(CountryCode(bytes))
        } else {
            None
        }
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII capitals are ever stored.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }

    /// Whether this is one of [`CountryCode::PERMANENT_MEMBERS`].
    pub fn is_permanent_member(self) -> bool {
        CountryCode::PERMANENT_MEMBERS.contains(&self)
    }
}

/// Uniformed personnel at one month-end, by type. The source's `NA` (none reported) counts as 0 here: these are
/// the figures that are summed and drawn; the rows keep the difference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Uniformed {
    pub troops: u32,
    pub police: u32,
    /// Military experts on mission (military observers, staff officers).
    pub experts: u32,
}

impl Uniformed {
    pub fn total(&self) -> u32 {
        self.troops + self.police + self.experts
    }
}

/// A country's name in each language of the interface, from CLDR (`data/country_names.csv`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryName {
    pub code: CountryCode,
    pub english: String,
    pub chinese: String,
    pub japanese: String,
}

/// What the charts of contributions draw from, derived from `data/contributions.csv` (at build time, by
/// [`ContributionTables::derive`]). Every per-month list has one entry per month from `first_month`, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct ContributionTables {
    pub first_month: YearMonth,
    /// The sum over every country listed, per month.
    pub world: Vec<Uniformed>,
    /// How many countries each month's report lists.
    pub listed: Vec<u16>,
    /// The permanent members' figures (in the order of [`CountryCode::PERMANENT_MEMBERS`], China first), per
    /// month; `None` where the member is not in that month's report.
    pub permanent: [Vec<Option<Uniformed>>; 5],
    /// The 20 largest contributors by total, largest first (equal totals in the order of their codes), per month.
    pub top: Vec<Vec<(CountryCode, Uniformed)>>,
    /// China's rank among the countries listed (1 is the largest; a country ranks after every country with a
    /// larger total), per month; `None` where China is not listed.
    pub china_rank: Vec<Option<u16>>,
    /// The names of every country in `top` and of the permanent members, in the order of their codes.
    pub names: Vec<CountryName>,
    /// The same countries' names as the UN's reports spell them (the `country` column of `contributions.csv`),
    /// in the same order: a download of the charts' rows uses them, so that it can be diffed against the data file.
    pub reported_names: Vec<(CountryCode, String)>,
}

/// One row of `data/contributions.csv`: a country's uniformed personnel at one month-end, as the UN reported it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthlyContribution {
    pub month: YearMonth,
    /// The source's (IPI's) English name, kept so that the file can be diffed against the source.
    pub country: String,
    pub code: CountryCode,
    /// `None` where the source has `NA`: none reported, which is not a reported 0.
    pub troops: Option<u32>,
    pub police: Option<u32>,
    pub experts: Option<u32>,
}

impl MonthlyContribution {
    /// The figures as they are summed and drawn, `NA` counting as none.
    pub fn uniformed(&self) -> Uniformed {
        let count = |count: Option<u32>| count.unwrap_or(0);
        Uniformed { troops: count(self.troops), police: count(self.police), experts: count(self.experts) }
    }
}

/// A row of `contributions.csv`, in the order of its header. Cells are text here: [`Cells`] types them, so that
/// every problem of a row is reported, not only serde's first.
#[derive(Deserialize)]
struct ContributionRow {
    month: String,
    country: String,
    iso3: String,
    troops: String,
    police: String,
    experts: String,
}

/// Parses `data/contributions.csv`, returning every problem found, each with its line and column. A country
/// appears at most once a month.
pub fn parse_contributions(text: &str) -> Result<Vec<MonthlyContribution>, Vec<DataError>> {
    let file = CONTRIBUTIONS_FILE;
    let mut errors = Vec::new();
    let Some(rows) = read_rows::<ContributionRow>(file, text, &CONTRIBUTIONS_HEADER, &mut errors) else {
        return Err(errors);
    };
    let mut seen = BTreeSet::new();
    let mut contributions = Vec::with_capacity(rows.len());
    for Row { line, cells: row } in &rows {
        let mut cells = Cells::new(file, *line, &mut errors);
        let Ok(contribution) = parse_contribution(row, &mut cells) else {
            continue;
        };
        if !seen.insert((contribution.month, contribution.code)) {
            let value = format!("{} in {}", contribution.code.as_str(), contribution.month);
            cells.report("iso3", Problem::Duplicate { value });
            continue;
        }
        contributions.push(contribution);
    }
    if contributions.is_empty() && errors.is_empty() {
        errors.push(DataError::new(Location::file(file), Problem::NoRows));
    }
    without_errors(contributions, errors)
}

fn parse_contribution(row: &ContributionRow, cells: &mut Cells) -> Result<MonthlyContribution, Reported> {
    let month = cells.month("month", &row.month);
    let country = cells.required("country", &row.country);
    let code = cells.parse("iso3", &row.iso3, Expected::Acronym, CountryCode::parse);
    let troops = cells.count("troops", &row.troops);
    let police = cells.count("police", &row.police);
    let experts = cells.count("experts", &row.experts);
    Ok(MonthlyContribution {
        month: month?,
        country: country?,
        code: code?,
        troops: troops?,
        police: police?,
        experts: experts?,
    })
}

/// A row of `country_names.csv`, in the order of its header.
#[derive(Deserialize)]
struct CountryNameRow {
    iso3: String,
    english: String,
    chinese: String,
    japanese: String,
}

/// Parses `data/country_names.csv`, returning every problem found, each with its line and column. A code has one
/// row; [`ContributionTables::derive`] checks that every country of the contributions has one.
pub fn parse_country_names(text: &str) -> Result<Vec<CountryName>, Vec<DataError>> {
    let file = COUNTRY_NAMES_FILE;
    let mut errors = Vec::new();
    let Some(rows) = read_rows::<CountryNameRow>(file, text, &COUNTRY_NAMES_HEADER, &mut errors) else {
        return Err(errors);
    };
    let mut names: Vec<CountryName> = Vec::with_capacity(rows.len());
    for Row { line, cells: row } in &rows {
        let mut cells = Cells::new(file, *line, &mut errors);
        let code = cells.parse("iso3", &row.iso3, Expected::Acronym, CountryCode::parse);
        let english = cells.required("english", &row.english);
        let chinese = cells.required("chinese", &row.chinese);
        let japanese = cells.required("japanese", &row.japanese);
        let (Ok(code), Ok(english), Ok(chinese), Ok(japanese)) = (code, english, chinese, japanese) else {
            continue;
        };
        if names.iter().any(|name| name.code == code) {
            cells.report("iso3", Problem::Duplicate { value: code.as_str().to_string() });
            continue;
        }
        names.push(CountryName { code, english, chinese, japanese });
    }
    without_errors(names, errors)
}

impl ContributionTables {
    /// The tables of `rows`, with the `names` of the countries they show. An error names each country of `rows`
    /// without a name, and each month between the first and the last that has no rows at all.
    pub fn derive(rows: &[MonthlyContribution], names: &[CountryName]) -> Result<ContributionTables, Vec<DataError>> {
        let mut errors = Vec::new();
        let named: BTreeSet<CountryCode> = names.iter().map(|name| name.code).collect();
        let codes: BTreeSet<CountryCode> = rows.iter().map(|row| row.code).collect();
        for code in codes.difference(&named) {
            let problem = Problem::NoCountryName { code: code.as_str().to_string() };
            errors.push(DataError::new(Location::file(COUNTRY_NAMES_FILE), problem));
        }
        let (Some(first), Some(last)) =
            (rows.iter().map(|row| row.month).min(), rows.iter().map(|row| row.month).max())
        else {
            errors.push(DataError::new(Location::file(CONTRIBUTIONS_FILE), Problem::NoRows));
            return Err(errors);
        };
        let months = (month_number(last) - month_number(first) + 1) as usize;
        let mut by_month: Vec<Vec<&MonthlyContribution>> = vec![Vec::new(); months];
        for row in rows {
            by_month[(month_number(row.month) - month_number(first)) as usize].push(row);
        }
        for (index, month_rows) in by_month.iter().enumerate() {
            if month_rows.is_empty() {
                let month = month_from_number(month_number(first) + index as u32).unwrap_or(first);
                errors.push(DataError::new(Location::file(CONTRIBUTIONS_FILE), Problem::MonthWithoutRows { month }));
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }

        let mut tables = ContributionTables {
            first_month: first,
            world: Vec::with_capacity(months),
            listed: Vec::with_capacity(months),
            permanent: Default::default(),
            top: Vec::with_capacity(months),
            china_rank: Vec::with_capacity(months),
            names: Vec::new(),
            reported_names: Vec::new(),
        };
        for month_rows in by_month {
            let mut figures: Vec<(CountryCode, Uniformed)> =
                month_rows.iter().map(|row| (row.code, row.uniformed())).collect();
            let world = figures.iter().fold(Uniformed::default(), |sum, (_, figures)| Uniformed {
                troops: sum.troops + figures.troops,
                police: sum.police + figures.police,
                experts: sum.experts + figures.experts,
            });
            tables.world.push(world);
            tables.listed.push(figures.len() as u16);
            for (series, member) in tables.permanent.iter_mut().zip(CountryCode::PERMANENT_MEMBERS) {
                series.push(figures.iter().find(|(code, _)| *code == member).map(|(_, figures)| *figures));
            }
            let china = figures.iter().find(|(code, _)| *code == CountryCode::CHINA).map(|(_, china)| china.total());
            let rank = china.map(|china| 1 + figures.iter().filter(|(_, figures)| figures.total() > china).count());
            tables.china_rank.push(rank.map(|rank| rank as u16));
            // Largest first: the key orders by what the total falls short of the largest possible, then by code.
            sort_stably(&mut figures, |(code, figures)| (u64::from(u32::MAX - figures.total()), code.as_str()));
            figures.truncate(TOP_COUNT);
            tables.top.push(figures);
        }
        let shown: BTreeSet<CountryCode> =
            tables.top.iter().flatten().map(|(code, _)| *code).chain(CountryCode::PERMANENT_MEMBERS).collect();
        tables.names = names.iter().filter(|name| shown.contains(&name.code)).cloned().collect();
        sort_stably(&mut tables.names, |name| (0, name.code.as_str()));
        // A country's latest spelling: the source renamed one country once (MKD), never one the charts show.
        for row in rows.iter().filter(|row| shown.contains(&row.code)) {
            match tables.reported_names.iter_mut().find(|(code, _)| *code == row.code) {
                Some((_, name)) => name.clone_from(&row.country),
                None => tables.reported_names.push((row.code, row.country.clone())),
            }
        }
        sort_stably(&mut tables.reported_names, |(code, _)| (0, code.as_str()));
        Ok(tables)
    }

    /// How many months the tables hold.
    pub fn months(&self) -> usize {
        self.world.len()
    }

    /// The month at `index` (0 is [`ContributionTables::first_month`]); an index past the tables is their last
    /// month.
    pub fn month_at(&self, index: usize) -> YearMonth {
        let index = index.min(self.months().saturating_sub(1)) as u32;
        // Every month of the tables is a valid month, so the fallback is never taken.
        month_from_number(month_number(self.first_month) + index).unwrap_or(self.first_month)
    }

    /// The index of `month` in the per-month lists, if the tables hold it.
    pub fn index_of(&self, month: YearMonth) -> Option<usize> {
        let index = month_number(month).checked_sub(month_number(self.first_month))? as usize;
        (index < self.months()).then_some(index)
    }

    pub fn last_month(&self) -> YearMonth {
        self.month_at(self.months().saturating_sub(1))
    }

    /// The name of a country in `top` or of a permanent member.
    pub fn name(&self, code: CountryCode) -> Option<&CountryName> {
        self.names.iter().find(|name| name.code == code)
    }

    /// The name the UN's reports give a country in `top` or a permanent member (see
    /// [`ContributionTables::reported_names`]).
    pub fn reported_name(&self, code: CountryCode) -> Option<&str> {
        self.reported_names.iter().find(|(reported, _)| *reported == code).map(|(_, name)| name.as_str())
    }
}

/// What was read, if nothing was wrong.
fn without_errors<T>(read: T, errors: Vec<DataError>) -> Result<T, Vec<DataError>> {
    if errors.is_empty() {
        Ok(read)
    } else {
        Err(errors)
    }
}

/// The months since the start of year 0, so that months can be counted and stepped through.
fn month_number(month: YearMonth) -> u32 {
    u32::from(month.year()) * 12 + u32::from(month.month()) - 1
}

fn month_from_number(number: u32) -> Option<YearMonth> {
    YearMonth::new(u16::try_from(number / 12).ok()?, (number % 12 + 1) as u8)
}
