//! Reading typed values out of a row's cells, collecting every problem instead of stopping at the first (as a
//! typed serde field would), so that a person fixing a file sees all that is wrong at once.

use super::dates::{read_month, DateProblem};
use super::error::{DataError, Expected, Location, Problem};
use super::types::YearMonth;

/// The most people one cell may count. Stated so that no sum can overflow: a file holds at most
/// `MAX_OWN_ROWS` missions of four cells each, and their sum must fit the `u32` totals (checked at compile time in
/// `data`). Far above any country's contribution to one mission, even counted over decades.
pub const MAX_COUNT: u32 = 500_000;

/// A cell could not be read; its error is already in the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reported;

/// Where the cells of one row are (file and line), with the list that problems go to. Each reading names its
/// column, for the message, and takes the cell's text from the row's struct.
pub struct Cells<'a> {
    file: &'a str,
    line: usize,
    errors: &'a mut Vec<DataError>,
}

impl<'a> Cells<'a> {
    pub fn new(file: &'a str, line: usize, errors: &'a mut Vec<DataError>) -> Cells<'a> {
        Cells { file, line, errors }
    }

    /// Records a problem with a cell.
    pub fn report(&mut self, column: &str, problem: Problem) -> Reported {
        self.errors.push(DataError::new(Location::cell(self.file, self.line, column), problem));
        Reported
    }

    /// A cell that must not be empty.
    pub fn required(&mut self, column: &str, text: &str) -> Result<String, Reported> {
        match text.trim() {
            "" => Err(self.report(column, Problem::EmptyCell { expected: None })),
            text => Ok(text.to_string()),
        }
    }

    /// A cell that may be empty.
    pub fn optional(text: &str) -> Option<String> {
        Some(text.trim()).filter(|text| !text.is_empty()).map(str::to_string)
    }

    /// A required cell read by `parse`; `expected` describes a valid value for the message.
    pub fn parse<T>(
        &mut self,
        column: &str,
        text: &str,
        expected: Expected,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Result<T, Reported> {
        let text = text.trim();
        if text.is_empty() {
            return Err(self.report(column, Problem::EmptyCell { expected: Some(expected) }));
        }
        parse(text).ok_or_else(|| self.report(column, Problem::NotA { text: text.to_string(), expected }))
    }

    /// An optional cell read by `parse`: empty is `None`.
    pub fn parse_optional<T>(
        &mut self,
        column: &str,
        text: &str,
        expected: Expected,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Result<Option<T>, Reported> {
        if text.trim().is_empty() {
            return Ok(None);
        }
        self.parse(column, text, expected, parse).map(Some)
    }

    /// A month in any form a spreadsheet may have re-saved it as (see `dates`).
    pub fn month(&mut self, column: &str, text: &str) -> Result<YearMonth, Reported> {
        self.month_or_empty(column, text, Expected::Month)?.ok_or(Reported)
    }

    /// A month as [`Cells::month`] reads it, or `None` for an empty cell ("to present").
    pub fn optional_month(&mut self, column: &str, text: &str) -> Result<Option<YearMonth>, Reported> {
        self.month_or_empty(column, text, Expected::MonthOrPresent)
    }

    /// A form that could be two months, or has a year that could be anywhere, is reported as such.
    fn month_or_empty(&mut self, column: &str, text: &str, expected: Expected) -> Result<Option<YearMonth>, Reported> {
        let text = text.trim();
        let problem = match read_month(text) {
            Ok(month) => return Ok(Some(month)),
            Err(_) if text.is_empty() && expected == Expected::MonthOrPresent => return Ok(None),
            Err(_) if text.is_empty() => Problem::EmptyCell { expected: Some(expected) },
            Err(DateProblem::Unreadable) => Problem::NotA { text: text.to_string(), expected },
            Err(DateProblem::Ambiguous { day_first, month_first }) => {
                Problem::AmbiguousDate { text: text.to_string(), day_first, month_first }
            }
            Err(DateProblem::TwoDigitYear) => Problem::TwoDigitYear { text: text.to_string() },
        };
        Err(self.report(column, problem))
    }

    /// An optional count of people, at most [`MAX_COUNT`], with a message of its own for negative numbers and
    /// thousands separators, the two mistakes people make when copying figures from a paper.
    pub fn count(&mut self, column: &str, text: &str) -> Result<Option<u32>, Reported> {
        let text = text.trim();
        let digits = |text: &str| !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
        // "3,906" is grouped in thousands; "3906,00" is a decimal comma, which says only that it is no whole number.
        let grouped = |text: &str| {
            let mut groups = text.split(',');
            groups.next().is_some_and(|first| digits(first) && first.len() <= 3)
                && groups.all(|group| digits(group) && group.len() == 3)
        };
        let problem = if text.is_empty() {
            return Ok(None);
        } else if text.strip_prefix('-').is_some_and(digits) {
            Problem::Negative { text: text.to_string() }
        } else if text.contains(',') && grouped(text) {
            Problem::ThousandsSeparator { text: text.to_string() }
        } else if !digits(text) {
            Problem::NotA { text: text.to_string(), expected: Expected::WholeNumber }
        } else {
            // Any number of digits is a number; only its size is wrong, and the message says the limit.
            match text.parse::<u32>() {
                Ok(count) if count <= MAX_COUNT => return Ok(Some(count)),
                _ => Problem::TooLarge { text: text.to_string(), max: MAX_COUNT },
            }
        };
        Err(self.report(column, problem))
    }
}

/// A whole number of at most nine digits: more would be a typing error, not a count of personnel.
pub fn parse_whole_number(text: &str) -> Option<u32> {
    (text.len() <= 9 && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok()).flatten()
}
