//! A small reader for the comma-separated files in `data/` and a reader's own copy of `missions.csv`.
//!
//! It handles what a spreadsheet writes (RFC 4180: quoted fields, doubled quotes, CRLF or LF line ends) and what
//! the app's own downloads and a spreadsheet's round trip add: a UTF-8 byte-order mark, `#` comment lines before
//! the header (the downloads name their source there), fields separated by semicolons or tabs instead of commas
//! (as spreadsheets in many locales save "CSV"), rows of empty cells, and empty cells after the last column. A
//! hand-written reader keeps the wasm small and, unlike a general crate, reports every problem with the line a
//! person sees in an editor.

use super::error::{DataError, Location, Problem};

/// The separators a header may use. Which one a file uses is read from its header, which the schema fixes: only
/// one of them can split the header line into exactly the expected names (none of which holds a separator).
const SEPARATORS: [char; 3] = [',', ';', '\t'];

/// One data row: its fields by column, and the line of the file it starts on (1-based, counting every line of
/// the file, comments included).
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
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let (first_line, text) = skip_comments(text);
        let header_line = text.split(['\n', '\r']).next().unwrap_or_default();
        let separator = separator_of(header_line, expected_header);
        let records = split_records(file, text, first_line, separator)?;
        let mut records = records.into_iter();
        let Some(header) = records.next() else {
            return Err(DataError::new(Location::file(file), Problem::EmptyFile));
        };
        let mut header_fields: Vec<&str> = header.fields.iter().map(|field| field.trim()).collect();
        while header_fields.len() > expected_header.len() && header_fields.last() == Some(&"") {
            header_fields.pop();
        }
        if header_fields != expected_header {
            let problem = Problem::WrongHeader { expected: expected_header.join(","), found: header_fields.join(",") };
            return Err(DataError::new(Location::line(file, header.line), problem));
        }
        let mut rows = Vec::new();
        for mut record in records {
            // Spreadsheets write empty cells for columns once touched: empty cells after the last column are no
            // data, so only a row with a filled cell too many, or too few cells, is an error.
            while record.fields.len() > expected_header.len()
                && record.fields.last().is_some_and(|f| f.trim().is_empty())
            {
                record.fields.pop();
            }
            if record.fields.len() != expected_header.len() {
                let problem = Problem::FieldCount { found: record.fields.len(), expected: expected_header.len() };
                return Err(DataError::new(Location::line(file, record.line), problem));
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

/// Skips the blank lines and `#` comment lines before the header, returning the header's line number and the
/// text from it on. A spreadsheet that opened a file with comments splits them into cells and writes them back
/// with separators and perhaps quotes (`"# Source: …";…`), so a comment is a whole line starting with `#` or
/// `"#`; after the header, `#` is data like any other text.
fn skip_comments(text: &str) -> (usize, &str) {
    let is_preamble = |line: &str| {
        let start = line.trim_start();
        start.starts_with('#')
            || start.starts_with("\"#")
            || line.trim_matches(|c: char| c.is_whitespace() || SEPARATORS.contains(&c)).is_empty()
    };
    let (mut line, mut rest) = (1, text);
    loop {
        let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        if !is_preamble(&rest[..end]) {
            return (line, rest);
        }
        if end == rest.len() {
            return (line, "");
        }
        let break_length = if rest[end..].starts_with("\r\n") { 2 } else { 1 };
        rest = &rest[end + break_length..];
        line += 1;
    }
}

/// The separator that splits `header_line` into `expected` (see [`SEPARATORS`]); if none does, the one the line
/// holds most of, so that the wrong header is shown split as its file meant it.
fn separator_of(header_line: &str, expected: &[&str]) -> char {
    let splits_into_expected = |separator: char| {
        let names: Vec<&str> = header_line.split(separator).map(|name| name.trim().trim_matches('"')).collect();
        let names = names.iter().rev().skip_while(|name| name.is_empty()).collect::<Vec<_>>();
        names.into_iter().rev().copied().eq(expected.iter().copied())
    };
    SEPARATORS.into_iter().find(|separator| splits_into_expected(*separator)).unwrap_or_else(|| {
        let count = |separator: &char| header_line.matches(*separator).count();
        SEPARATORS.into_iter().max_by_key(count).filter(|separator| count(separator) > 0).unwrap_or(',')
    })
}

/// Splits the text into records, skipping blank lines and rows of empty cells. Quoted fields may hold separators, quotes (doubled) and line breaks; a record's line
/// is where it starts, counted from `first_line`.
fn split_records(file: &str, text: &str, first_line: usize, separator: char) -> Result<Vec<Row>, DataError> {
    let mut records = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut line = first_line;
    let mut record_line = first_line;
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
            '"' => return Err(DataError::new(Location::line(file, line), Problem::QuoteInUnquotedField)),
            _ if c == separator => {
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
                return Err(DataError::new(Location::line(file, line), Problem::TextAfterClosingQuote))
            }
            _ => field.push(c),
        }
    }
    if in_quotes {
        return Err(DataError::new(Location::line(file, record_line), Problem::UnclosedQuote));
    }
    fields.push(field);
    push_record(&mut records, record_line, fields);
    Ok(records)
}

/// Keeps a record unless all its cells are empty (a spreadsheet writes such rows as lines of separators).
fn push_record(records: &mut Vec<Row>, line: usize, fields: Vec<String>) {
    if !fields.iter().all(|field| field.trim().is_empty()) {
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

    #[test]
    fn skips_a_bom_and_comments_before_the_header_and_counts_their_lines() {
        let text = "\u{feff}# Source: a, b\r\n\"# View: c; d\";;\r\n\r\n;;\r\na;b\r\n1;\"x;y\"\r\n# 2;3\r\n";
        let table = Table::parse("t.csv", text, &["a", "b"]).unwrap();
        let rows: Vec<(usize, Vec<String>)> = table.rows.into_iter().map(|row| (row.line, row.fields)).collect();
        assert_eq!(
            rows,
            [(6, vec!["1".to_string(), "x;y".to_string()]), (7, vec!["# 2".to_string(), "3".to_string()])],
            "after the header, # is data"
        );
        let only_comments = Table::parse("t.csv", "# nothing\n#else", &["a", "b"]).unwrap_err();
        assert_eq!(only_comments.to_string(), "t.csv: the file is empty: a header row is expected");
        let old_mac = Table::parse("t.csv", "# c\ra,b\r1,2", &["a", "b"]).unwrap();
        assert_eq!(old_mac.rows[0].line, 3);
    }

    #[test]
    fn reads_the_separator_from_the_header_and_drops_empty_cells_after_the_last_column() {
        assert_eq!(fields("a\tb\n1,5\t2\n"), [["1,5", "2"]]);
        assert_eq!(fields("a,b,,\n1,2,,\n3,,\n,,,\n"), [["1", "2"], ["3", ""]]);
        let extra = Table::parse("t.csv", "a,b\n1,2,3\n", &["a", "b"]).unwrap_err();
        assert_eq!(extra.to_string(), "t.csv line 2: 3 fields where the header has 2");
        let wrong = Table::parse("t.csv", "# c\nx;y;z\n", &["a", "b"]).unwrap_err();
        assert_eq!(wrong.to_string(), "t.csv line 2: the header should be `a,b`, found `x,y,z`");
    }
}
