//! A small reader for the comma-separated files in `data/`.
//!
//! It handles what a spreadsheet writes (RFC 4180: quoted fields, doubled quotes, CRLF or LF line ends) and
//! nothing more. A hand-written reader keeps the wasm small and, unlike a general crate, reports every problem
//! with the line a person sees in an editor.

use super::error::{DataError, Location};

/// One data row: its fields by column, and the line of the file it starts on (1-based, the header is line 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub line: usize,
    pub fields: Vec<String>,
}

/// A parsed file: the header's column names and the rows under it, each with exactly as many fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub file: String,
    pub header: Vec<String>,
    pub rows: Vec<Row>,
}

impl Table {
    /// Parses `text` and checks that the header is exactly `expected_header`, in order, so that a moved or
    /// renamed column is an error rather than data read into the wrong field.
    pub fn parse(file: &str, text: &str, expected_header: &[&str]) -> Result<Table, DataError> {
        let records = split_records(file, text)?;
        let mut records = records.into_iter();
        let Some(header) = records.next() else {
            return Err(DataError::new(Location::file(file), "the file is empty: a header row is expected"));
        };
        let header_fields: Vec<&str> = header.fields.iter().map(|field| field.trim()).collect();
        if header_fields != expected_header {
            return Err(DataError::new(
                Location::line(file, 1),
                format!("the header should be `{}`, found `{}`", expected_header.join(","), header.fields.join(",")),
            ));
        }
        let mut rows = Vec::new();
        for record in records {
            if record.fields.len() != expected_header.len() {
                return Err(DataError::new(
                    Location::line(file, record.line),
                    format!("{} fields where the header has {}", record.fields.len(), expected_header.len()),
                ));
            }
            rows.push(record);
        }
        Ok(Table {
            file: file.to_string(),
            header: expected_header.iter().map(|name| name.to_string()).collect(),
            rows,
        })
    }

    /// The place of a cell, for error messages.
    pub fn cell(&self, row: &Row, column: usize) -> Location {
        Location::cell(&self.file, row.line, &self.header[column])
    }
}

/// Splits the text into records, skipping blank lines. Quoted fields may hold commas, quotes (doubled) and line
/// breaks; a record's line is where it starts.
fn split_records(file: &str, text: &str) -> Result<Vec<Row>, DataError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut line = 1;
    let mut record_line = 1;
    let mut in_quotes = false;
    let mut field_was_quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    field.push(c);
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() && !field_was_quoted => {
                in_quotes = true;
                field_was_quoted = true;
            }
            '"' => {
                return Err(DataError::new(
                    Location::line(file, line),
                    "a quote inside an unquoted field (quote the whole field and double the quote)",
                ))
            }
            ',' => {
                fields.push(std::mem::take(&mut field));
                field_was_quoted = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                fields.push(std::mem::take(&mut field));
                field_was_quoted = false;
                push_record(&mut records, record_line, std::mem::take(&mut fields));
                line += 1;
                record_line = line;
            }
            _ if field_was_quoted => {
                return Err(DataError::new(
                    Location::line(file, line),
                    "text after the closing quote of a field (a field is either quoted whole or not at all)",
                ))
            }
            _ => field.push(c),
        }
    }
    if in_quotes {
        return Err(DataError::new(Location::line(file, record_line), "a quoted field is never closed"));
    }
    fields.push(field);
    push_record(&mut records, record_line, fields);
    Ok(records)
}

fn push_record(records: &mut Vec<Row>, line: usize, fields: Vec<String>) {
    let blank = fields.len() == 1 && fields[0].trim().is_empty();
    if !blank {
        records.push(Row { line, fields });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str) -> Vec<Vec<String>> {
        Table::parse("t.csv", text, &["a", "b"]).unwrap().rows.into_iter().map(|row| row.fields).collect()
    }

    #[test]
    fn reads_quoted_fields_with_commas_quotes_and_line_breaks() {
        let rows = fields("a,b\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",\n");
        assert_eq!(
            rows,
            vec![vec!["x, y".to_string(), "say \"hi\"".to_string()], vec!["two\nlines".to_string(), String::new()]]
        );
    }

    #[test]
    fn counts_lines_across_quoted_line_breaks_and_blank_lines() {
        let table = Table::parse("t.csv", "a,b\n\"1\n2\",3\n\n4,5", &["a", "b"]).unwrap();
        let lines: Vec<usize> = table.rows.iter().map(|row| row.line).collect();
        assert_eq!(lines, vec![2, 5]);
    }

    #[test]
    fn rejects_a_wrong_header_a_short_row_and_an_open_quote() {
        let wrong_header = Table::parse("t.csv", "a,c\n1,2", &["a", "b"]).unwrap_err();
        assert_eq!(wrong_header.to_string(), "t.csv line 1: the header should be `a,b`, found `a,c`");
        let short_row = Table::parse("t.csv", "a,b\n1,2\n3", &["a", "b"]).unwrap_err();
        assert_eq!(short_row.to_string(), "t.csv line 3: 1 fields where the header has 2");
        let open_quote = Table::parse("t.csv", "a,b\n1,\"2", &["a", "b"]).unwrap_err();
        assert_eq!(open_quote.to_string(), "t.csv line 2: a quoted field is never closed");
        let empty = Table::parse("t.csv", "", &["a", "b"]).unwrap_err();
        assert_eq!(empty.to_string(), "t.csv: the file is empty: a header row is expected");
    }
}
