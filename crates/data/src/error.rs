//! Errors that say where a data file is wrong, in the words a person editing it in a spreadsheet would use.
//!
//! A problem is a typed value (a kind with its parameters), not a sentence, so that each language can print it:
//! the English printer is `Display` here, because the build script (which sees only this module) reports problems
//! in `data/` with it; `i18n::Texts::data_error` prints Chinese and Japanese for a reader's own file.

use super::records::{FactKey, MissionColumn, PaperSection, TurningPoint};
use super::types::{Region, Vocabulary, YearMonth};
use std::fmt;

/// Where in the data a problem is: a file, optionally a line, optionally a column (by its header name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<String>,
}

impl Location {
    pub fn file(file: &str) -> Location {
        Location { file: file.to_string(), line: None, column: None }
    }

    pub fn line(file: &str, line: usize) -> Location {
        Location { file: file.to_string(), line: Some(line), column: None }
    }

    pub fn cell(file: &str, line: usize, column: &str) -> Location {
        Location { file: file.to_string(), line: Some(line), column: Some(column.to_string()) }
    }
}

/// What a cell should hold, for the message about one that does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Acronym,
    Region,
    TableNumber,
    Month,
    MonthOrPresent,
    WholeNumber,
    Year,
    Percent,
    Rank,
    YesNo,
    EventDate,
    Section,
    FactKey,
    ErratumColumn,
    ErratumAction,
    TurningPoint,
}

impl Expected {
    /// The values a cell may hold, as the data writes them, where there is a closed list; every language's
    /// message lists them as they are, since they are what the file must contain.
    pub fn choices(self) -> Vec<&'static str> {
        match self {
            Expected::Region => Region::ALL.iter().map(|region| region.data_name()).collect(),
            Expected::Section => PaperSection::ALL.iter().map(|section| section.number()).collect(),
            Expected::FactKey => FactKey::ALL.iter().map(|key| key.key()).collect(),
            Expected::ErratumColumn => MissionColumn::ALL.iter().map(|column| column.header()).collect(),
            Expected::TurningPoint => TurningPoint::ALL.iter().map(|point| point.slug()).collect(),
            _ => Vec::new(),
        }
    }
}

/// What is wrong. The parameters are what the message names: the text found, the values involved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file holds nothing but comments or blank lines.
    EmptyFile,
    /// The header is not the schema's; both are written with commas.
    WrongHeader {
        expected: String,
        found: String,
    },
    FieldCount {
        found: usize,
        expected: usize,
    },
    /// The CSV reader could not read the text (it reads any UTF-8 text, so this is not expected).
    Unreadable {
        reason: String,
    },
    UnclosedQuote,
    /// A country of the contributions file that the names file does not name.
    NoCountryName {
        code: String,
    },
    /// A month between the first and the last of the contributions file with no rows at all.
    MonthWithoutRows {
        month: YearMonth,
    },
    /// A header but no rows.
    NoRows,
    TooManyRows {
        rows: usize,
        max: usize,
    },
    /// An empty cell that must be filled; `expected` says with what, where the column has a format.
    EmptyCell {
        expected: Option<Expected>,
    },
    NotA {
        text: String,
        expected: Expected,
    },
    Negative {
        text: String,
    },
    ThousandsSeparator {
        text: String,
    },
    /// A count above the stated limit per cell (`data::MAX_COUNT`).
    TooLarge {
        text: String,
        max: u32,
    },
    /// A date of numbers alone whose day and month could be either way round, each giving a different month.
    AmbiguousDate {
        text: String,
        day_first: YearMonth,
        month_first: YearMonth,
    },
    /// A date of numbers alone with a two-digit year, which could be in any position.
    TwoDigitYear {
        text: String,
    },
    /// A value that must be unique, such as an acronym, appears again.
    Duplicate {
        value: String,
    },
    /// Some personnel cells of a row are filled and some empty.
    HalfFilledPersonnel,
    EndsBeforeStart {
        end: YearMonth,
        start: YearMonth,
    },
    WrongTable {
        start: YearMonth,
        table: u8,
    },
    YearsReversed {
        from: u16,
        to: u16,
    },
    MissingFact {
        key: &'static str,
    },
    UnknownMission {
        acronym: String,
    },
    /// Boxed, as the largest problem: every `Result` that may hold a `DataError` stays small.
    ErratumMismatch(Box<ErratumMismatch>),
    CorrectionWithoutNote {
        acronym: String,
    },
}

/// An erratum whose "used" value is not what `data/missions.csv` holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErratumMismatch {
    pub acronym: String,
    pub column: &'static str,
    pub used: String,
    pub value: String,
}

/// A problem in a data file. Its `Display` form is the English message: "data/missions.csv line 5, column
/// region: ...".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub location: Location,
    pub problem: Problem,
}

impl DataError {
    pub fn new(location: Location, problem: Problem) -> DataError {
        DataError { location, problem }
    }
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Expected::Acronym => "an acronym of capital letters (e.g. UNMIL)",
            Expected::TableNumber => "1 or 2 (the paper's table)",
            Expected::Month => "a month written YYYY-MM",
            Expected::MonthOrPresent => "a month written YYYY-MM, or empty for 'to present'",
            Expected::WholeNumber => "a whole number",
            Expected::Year => "a year",
            Expected::Percent => "a percentage between 0 and 100",
            Expected::Rank => "a rank of 1 or more",
            Expected::YesNo => "yes or no",
            Expected::EventDate => "a year (YYYY) or a month (YYYY-MM)",
            Expected::ErratumAction => "corrected or flagged",
            Expected::Region | Expected::FactKey | Expected::TurningPoint => {
                return write!(f, "one of {}", self.choices().join(", "))
            }
            Expected::Section => return write!(f, "one of the paper's sections ({})", self.choices().join(", ")),
            Expected::ErratumColumn => return write!(f, "one of {} or empty", self.choices().join(", ")),
        };
        f.write_str(text)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::EmptyFile => write!(f, "the file is empty: a header row is expected"),
            Problem::WrongHeader { expected, found } => {
                write!(f, "the header should be `{expected}`, found `{found}`")
            }
            Problem::FieldCount { found, expected } => write!(f, "{found} fields where the header has {expected}"),
            Problem::Unreadable { reason } => write!(f, "cannot be read: {reason}"),
            Problem::UnclosedQuote => write!(f, "a quoted field is never closed"),
            Problem::NoCountryName { code } => write!(f, "no name for {code}, a country of the contributions file"),
            Problem::MonthWithoutRows { month } => write!(f, "no rows for {month}, a month inside the file's range"),
            Problem::NoRows => write!(f, "no missions: the file has a header but no rows"),
            Problem::TooManyRows { rows, max } => write!(f, "{rows} missions: files of up to {max} missions can be loaded"),
            Problem::EmptyCell { expected: None } => write!(f, "this cell must not be empty"),
            Problem::EmptyCell { expected: Some(expected) } => {
                write!(f, "this cell must not be empty: expected {expected}")
            }
            Problem::NotA { text, expected } => write!(f, "`{text}` is not {expected}"),
            Problem::Negative { text } => write!(f, "`{text}` is negative: a count of people is 0 or more"),
            Problem::ThousandsSeparator { text } => {
                write!(f, "`{text}`: write whole numbers without thousands separators")
            }
            Problem::TooLarge { text, max } => write!(f, "`{text}` is more than {max}, the most a cell may hold"),
            Problem::AmbiguousDate { text, day_first, month_first } => write!(
                f,
                "`{text}` could be {day_first} (day first) or {month_first} (month first): write the month as YYYY-MM"
            ),
            Problem::TwoDigitYear { text } => write!(
                f,
                "`{text}` has a two-digit year, which a date of numbers alone leaves ambiguous: write the month as YYYY-MM"
            ),
            Problem::Duplicate { value } => write!(f, "{value} appears twice"),
            Problem::HalfFilledPersonnel => write!(
                f,
                "empty, while other personnel cells of the row are filled: write 0 for none, or leave all four empty where the paper gives no figures"
            ),
            Problem::EndsBeforeStart { end, start } => {
                write!(f, "China's participation ends ({end}) before it starts ({start})")
            }
            Problem::WrongTable { start, table } => write!(
                f,
                "{start} does not fit table {table}: Table 1 covers starts before 2000, Table 2 from 2000"
            ),
            Problem::YearsReversed { from, to } => write!(f, "the period ends ({to}) before it starts ({from})"),
            Problem::MissingFact { key } => write!(f, "the figure `{key}` is missing"),
            Problem::UnknownMission { acronym } => write!(f, "no mission {acronym} in data/missions.csv"),
            Problem::ErratumMismatch(mismatch) => {
                let ErratumMismatch { acronym, column, used, value } = &**mismatch;
                write!(f, "says {acronym} {column} is `{used}`, but data/missions.csv has `{value}`")
            }
            Problem::CorrectionWithoutNote { acronym } => {
                write!(f, "{acronym} has a corrected value, so its row in data/missions.csv needs a note")
            }
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.location.file)?;
        if let Some(line) = self.location.line {
            write!(f, " line {line}")?;
        }
        if let Some(column) = &self.location.column {
            write!(f, ", column {column}")?;
        }
        write!(f, ": {}", self.problem)
    }
}

impl std::error::Error for DataError {}
