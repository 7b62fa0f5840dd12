//! Reading the comma-separated files in `data/` and a reader's own copy of `missions.csv` with the `csv` crate,
//! each row into a `#[derive(Deserialize)]` struct of its file's columns.
//!
//! The crate reads RFC 4180 (quoted fields, doubled quotes, line breaks in quotes). Around it, this module takes
//! what the app's own downloads and a spreadsheet's round trip add: a UTF-8 byte-order mark, `#` comment lines
//! before the header (the downloads name their source there), CR line ends, fields separated by semicolons or
//! tabs instead of commas (as spreadsheets in many locales save "CSV"), rows of empty cells, and empty cells after
//! the last column. Every row keeps the line a person sees in an editor, for the messages.

use super::error::{DataError, Location, Problem};
use serde::de::DeserializeOwned;

/// The separators a header may use. Which one a file uses is read from its header, which the schema fixes: only
/// one of them can split the header line into exactly the expected names (none of which holds a separator).
const SEPARATORS: [char; 3] = [',', ';', '\t'];

/// One data row: its cells, and the line of the file it starts on (1-based, counting every line of the file,
/// comments included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row<R> {
    pub line: usize,
    pub cells: R,
}

/// Reads `text` into rows of `R`, whose fields are the columns of `expected_header` in order. The header must be
/// exactly `expected_header`, so that a moved or renamed column is an error rather than data read into the wrong
/// field; a row with too many or too few cells is an error too.
pub fn read<R: DeserializeOwned>(file: &str, text: &str, expected_header: &[&str]) -> Result<Vec<Row<R>>, DataError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // One kind of line end, so that the crate counts lines as an editor shows them (it counts only line feeds).
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let (first_line, text) = skip_comments(&text);
    let header_line = text.split('\n').next().unwrap_or_default();
    let separator = separator_of(header_line, expected_header);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator as u8)
        .has_headers(false)
        // Rows of other lengths are this module's to report, with the line and the counts.
        .flexible(true)
        .from_reader(text.as_bytes());
    // Each record with its line and the byte it starts at. Lines are counted here, from the bytes, because the
    // crate's own count skips the line breaks inside quoted fields.
    let mut records = Vec::new();
    let mut record = csv::StringRecord::new();
    let (mut counted_to, mut line) = (0, first_line);
    loop {
        let start = reader.position().byte() as usize;
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(error) => {
                return Err(DataError::new(
                    Location::line(file, line),
                    Problem::Unreadable { reason: error.to_string() },
                ))
            }
        }
        let start = record.position().map_or(start, |position| position.byte() as usize);
        // The crate skips blank lines before a record but may place the record at the first of them.
        let start = start + text.get(start..).map_or(0, |rest| rest.bytes().take_while(|b| *b == b'\n').count());
        line += text.get(counted_to..start).map_or(0, |skipped| skipped.matches('\n').count());
        counted_to = start;
        let mut fields: Vec<&str> = record.iter().collect();
        let width = fields.len();
        // Spreadsheets write empty cells for columns once touched: empty cells after the last column are no data.
        while fields.len() > expected_header.len() && fields.last().is_some_and(|field| field.trim().is_empty()) {
            fields.pop();
        }
        // A row of empty cells is how a spreadsheet writes an empty row.
        if !fields.iter().all(|field| field.trim().is_empty()) {
            records.push((line, start, csv::StringRecord::from(fields), width));
        }
    }
    // The crate reads an open quote to the end of the file without complaint, so the last row would swallow the
    // rest: it is the last row that ends inside a quote.
    if let Some(&(line, start, _, _)) = records.last() {
        if text.get(start..).is_some_and(|last_row| ends_inside_quotes(last_row, separator)) {
            return Err(DataError::new(Location::line(file, line), Problem::UnclosedQuote));
        }
    }
    let mut records = records.into_iter().map(|(line, _, record, width)| (line, record, width));
    let Some((header_line, header, header_width)) = records.next() else {
        return Err(DataError::new(Location::file(file), Problem::EmptyFile));
    };
    let header_fields: Vec<&str> = header.iter().map(str::trim).collect();
    if header_fields != expected_header {
        let problem = Problem::WrongHeader { expected: expected_header.join(","), found: header_fields.join(",") };
        return Err(DataError::new(Location::line(file, header_line), problem));
    }
    let mut rows = Vec::new();
    for (line, record, width) in records {
        // A spreadsheet pads every row alike, the header too: a row wider than the header was written by hand, and
        // its empty last cells may be what a number such as 3,906, unquoted, pushed out of the columns.
        let found = if width > header_width { width } else { record.len() };
        if found != expected_header.len() {
            let problem = Problem::FieldCount { found, expected: expected_header.len() };
            return Err(DataError::new(Location::line(file, line), problem));
        }
        // Every field is text (the cells are typed by `cells`, which collects every problem of a row rather than
        // serde's first), so with the count checked, deserializing cannot fail; if it did, it is said, not hidden.
        let cells = record.deserialize(None).map_err(|error| {
            DataError::new(Location::line(file, line), Problem::Unreadable { reason: error.to_string() })
        })?;
        rows.push(Row { line, cells });
    }
    Ok(rows)
}

/// Whether `text` ends inside a quoted field, read by the crate's rules: a quote opens a field only at its start,
/// a doubled quote inside stands for one, and a quote elsewhere is text.
fn ends_inside_quotes(text: &str, separator: char) -> bool {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }
    let mut state = State::FieldStart;
    for c in text.chars() {
        let ends_field = c == separator || c == '\n';
        state = match (state, c) {
            (State::Quoted, '"') => State::QuoteInQuoted,
            (State::Quoted, _) => State::Quoted,
            (State::FieldStart | State::QuoteInQuoted, '"') => State::Quoted,
            _ if ends_field => State::FieldStart,
            _ => State::Unquoted,
        };
    }
    state == State::Quoted
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

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Vec<Row<Vec<String>>>, DataError> {
        read("t.csv", text, &["a", "b"])
    }

    fn fields(text: &str) -> Vec<Vec<String>> {
        parse(text).unwrap().into_iter().map(|row| row.cells).collect()
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
        let table = parse("a,b\n\"1\n2\",3\n\n4,5").unwrap();
        let lines: Vec<usize> = table.iter().map(|row| row.line).collect();
        assert_eq!(lines, vec![2, 5]);
    }

    #[test]
    fn rejects_a_wrong_header_a_short_row_and_an_open_quote() {
        let wrong_header = parse("a,c\n1,2").unwrap_err();
        assert_eq!(wrong_header.to_string(), "t.csv line 1: the header should be `a,b`, found `a,c`");
        let short_row = parse("a,b\n1,2\n3").unwrap_err();
        assert_eq!(short_row.to_string(), "t.csv line 3: 1 fields where the header has 2");
        let open_quote = parse("a,b\n1,\"2").unwrap_err();
        assert_eq!(open_quote.to_string(), "t.csv line 2: a quoted field is never closed");
        let empty = parse("").unwrap_err();
        assert_eq!(empty.to_string(), "t.csv: the file is empty: a header row is expected");
    }

    #[test]
    fn skips_a_bom_and_comments_before_the_header_and_counts_their_lines() {
        let text = "\u{feff}# Source: a, b\r\n\"# View: c; d\";;\r\n\r\n;;\r\na;b\r\n1;\"x;y\"\r\n# 2;3\r\n";
        let table = parse(text).unwrap();
        let rows: Vec<(usize, Vec<String>)> = table.into_iter().map(|row| (row.line, row.cells)).collect();
        assert_eq!(
            rows,
            [(6, vec!["1".to_string(), "x;y".to_string()]), (7, vec!["# 2".to_string(), "3".to_string()])],
            "after the header, # is data"
        );
        let only_comments = parse("# nothing\n#else").unwrap_err();
        assert_eq!(only_comments.to_string(), "t.csv: the file is empty: a header row is expected");
        let old_mac = parse("# c\ra,b\r1,2").unwrap();
        assert_eq!(old_mac[0].line, 3);
    }

    #[test]
    fn reads_the_separator_from_the_header_and_drops_empty_cells_after_the_last_column() {
        assert_eq!(fields("a\tb\n1,5\t2\n"), [["1,5", "2"]]);
        assert_eq!(fields("a,b,,\n1,2,,\n3,,\n,,,\n"), [["1", "2"], ["3", ""]]);
        let extra = parse("a,b\n1,2,3\n").unwrap_err();
        assert_eq!(extra.to_string(), "t.csv line 2: 3 fields where the header has 2");
        // Empty cells past a header that has none are no spreadsheet's padding: "1,000" unquoted split a number.
        let pushed_out = parse("a,b\n1,000,\n").unwrap_err();
        assert_eq!(pushed_out.to_string(), "t.csv line 2: 3 fields where the header has 2");
        let wrong = parse("# c\nx;y;z\n").unwrap_err();
        assert_eq!(wrong.to_string(), "t.csv line 2: the header should be `a,b`, found `x,y,z`");
    }

    #[test]
    fn reads_a_stray_quote_as_a_spreadsheet_does_and_finds_an_open_quote_on_any_row() {
        assert_eq!(fields("a,b\n5'7\",x\n"), [["5'7\"", "x"]], "a quote inside an unquoted field is text");
        let swallowing = parse("a,b\n1,\"2\n3,4\n5,6\n").unwrap_err();
        assert_eq!(swallowing.to_string(), "t.csv line 2: a quoted field is never closed");
    }
}
