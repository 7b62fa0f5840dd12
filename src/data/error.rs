//! Errors that say where a data file is wrong, in the words a person editing it in a spreadsheet would use.

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

/// A problem in a data file. Its `Display` form is the message shown to people: "data/missions.csv line 5,
/// column region: ...".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub location: Location,
    pub message: String,
}

impl DataError {
    pub fn new(location: Location, message: impl Into<String>) -> DataError {
        DataError { location, message: message.into() }
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
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for DataError {}
