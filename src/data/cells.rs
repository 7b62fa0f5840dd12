//! Reading typed values out of a parsed table's cells, collecting every problem instead of stopping at the
//! first, so that a person fixing a file sees all that is wrong at once.

use super::csv::{Row, Table};
use super::error::DataError;

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
    pub fn report(&mut self, column: &str, message: impl Into<String>) -> Reported {
        let location = self.table.cell(self.row, self.index(column));
        self.errors.push(DataError::new(location, message));
        Reported
    }

    /// A cell that must not be empty.
    pub fn required(&mut self, column: &str) -> Result<String, Reported> {
        match self.text(column) {
            "" => Err(self.report(column, "this cell must not be empty")),
            text => Ok(text.to_string()),
        }
    }

    /// A cell that may be empty.
    pub fn optional(&self, column: &str) -> Option<String> {
        Some(self.text(column)).filter(|text| !text.is_empty()).map(str::to_string)
    }

    /// A required cell read by `parse`; `expected` describes a valid value for the message.
    pub fn parse<T>(&mut self, column: &str, expected: &str, parse: impl Fn(&str) -> Option<T>) -> Result<T, Reported> {
        let text = self.text(column);
        if text.is_empty() {
            return Err(self.report(column, format!("this cell must not be empty: expected {expected}")));
        }
        parse(text).ok_or_else(|| self.report(column, format!("`{text}` is not {expected}")))
    }

    /// An optional cell read by `parse`: empty is `None`.
    pub fn parse_optional<T>(
        &mut self,
        column: &str,
        expected: &str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Result<Option<T>, Reported> {
        if self.text(column).is_empty() {
            return Ok(None);
        }
        self.parse(column, expected, parse).map(Some)
    }

    /// An optional whole number, with a message of its own for negative numbers and thousands separators,
    /// the two mistakes people make when copying figures from a paper.
    pub fn count(&mut self, column: &str) -> Result<Option<u32>, Reported> {
        let text = self.text(column);
        if text.starts_with('-') && text[1..].bytes().all(|b| b.is_ascii_digit()) && text.len() > 1 {
            return Err(self.report(column, format!("`{text}` is negative: a count of people is 0 or more")));
        }
        if text.contains(',') {
            return Err(self.report(column, format!("`{text}`: write whole numbers without thousands separators")));
        }
        self.parse_optional(column, "a whole number", parse_whole_number)
    }
}

/// A whole number of at most nine digits: more would be a typing error, not a count of personnel.
pub fn parse_whole_number(text: &str) -> Option<u32> {
    (text.len() <= 9 && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok()).flatten()
}
