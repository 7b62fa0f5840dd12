//! Reading typed values out of a parsed table's cells, collecting every problem instead of stopping at the
//! first, so that a person fixing a file sees all that is wrong at once.

use super::csv::{Row, Table};
use super::dates::{read_month, DateProblem};
use super::error::{DataError, Expected, Problem};
use super::types::YearMonth;

/// The most people one cell may count. Stated so that no sum can overflow: a file holds at most
/// `MAX_OWN_ROWS` missions of four cells each, and their sum must fit the `u32` totals (checked at compile time in
/// `data`). Far above any country's contribution to one mission, even counted over decades.
pub const MAX_COUNT: u32 = 500_000;

/// A cell could not be read; its error is already in the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reported;

/// The cells of one row, with the list that problems go to.
pub struct Cells<'a> {
    table: &'a Table,
    row: &'a Row,
    errors: &'a mut Vec<DataError>,
}

impl<'a> Cells<'a> {
    pub fn new(table: &'a Table, row: &'a Row, errors: &'a mut Vec<DataError>) -> Cells<'a> {
        Cells { table, row, errors }
    }

    fn index(&self, column: &str) -> usize {
        // Column names come from the code's own header lists, so a miss is a programming error that every
        // test run would show; falling back to the first column keeps even that from panicking at run time.
        self.table.header.iter().position(|name| name == column).unwrap_or(0)
    }

    /// The trimmed text of a cell, possibly empty.
    pub fn text(&self, column: &str) -> &'a str {
        self.row.fields[self.index(column)].trim()
    }

    /// Records a problem with a cell.
    pub fn report(&mut self, column: &str, problem: Problem) -> Reported {
        let location = self.table.cell(self.row, self.index(column));
        self.errors.push(DataError::new(location, problem));
        Reported
    }

    /// A cell that must not be empty.
    pub fn required(&mut self, column: &str) -> Result<String, Reported> {
        match self.text(column) {
            "" => Err(self.report(column, Problem::EmptyCell { expected: None })),
            text => Ok(text.to_string()),
        }
    }

    /// A cell that may be empty.
    pub fn optional(&self, column: &str) -> Option<String> {
        Some(self.text(column)).filter(|text| !text.is_empty()).map(str::to_string)
    }

    /// A required cell read by `parse`; `expected` describes a valid value for the message.
    pub fn parse<T>(
        &mut self,
        column: &str,
        expected: Expected,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Result<T, Reported> {
        let text = self.text(column);
        if text.is_empty() {
            return Err(self.report(column, Problem::EmptyCell { expected: Some(expected) }));
        }
        parse(text).ok_or_else(|| self.report(column, Problem::NotA { text: text.to_string(), expected }))
    }

    /// An optional cell read by `parse`: empty is `None`.
    pub fn parse_optional<T>(
        &mut self,
        column: &str,
        expected: Expected,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Result<Option<T>, Reported> {
        if self.text(column).is_empty() {
            return Ok(None);
        }
        self.parse(column, expected, parse).map(Some)
    }

    /// A month in any form a spreadsheet may have re-saved it as (see `dates`).
    pub fn month(&mut self, column: &str) -> Result<YearMonth, Reported> {
        self.month_or_empty(column, Expected::Month)?.ok_or(Reported)
    }

    /// A month as [`Cells::month`] reads it, or `None` for an empty cell ("to present").
    pub fn optional_month(&mut self, column: &str) -> Result<Option<YearMonth>, Reported> {
        self.month_or_empty(column, Expected::MonthOrPresent)
    }

    /// A form that could be two months, or has a year that could be anywhere, is reported as such.
    fn month_or_empty(&mut self, column: &str, expected: Expected) -> Result<Option<YearMonth>, Reported> {
        let text = self.text(column);
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
    pub fn count(&mut self, column: &str) -> Result<Option<u32>, Reported> {
        let text = self.text(column);
        let digits = |text: &str| !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
        let problem = if text.is_empty() {
            return Ok(None);
        } else if text.strip_prefix('-').is_some_and(digits) {
            Problem::Negative { text: text.to_string() }
        } else if text.contains(',') {
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
