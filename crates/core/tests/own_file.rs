//! A reader's own missions file (Your own data): every missions file the app gives a reader loads back, as
//! downloaded and after a spreadsheet's round trip; what cannot be read is named, with file, line and column, in
//! the interface's language; and no sum of a file's cells can overflow.
#![cfg(not(target_arch = "wasm32"))]

use pko_core::export;
use pko_core::model::{self, Filters, Sort};
use pko_core::words::{Texts, CHINESE, ENGLISH, JAPANESE};
use pko_data::{Category, DataFiles, Dataset, MAX_COUNT, MAX_OWN_ROWS, MISSIONS_HEADER};
mod bars;

fn paper() -> Dataset {
    Dataset::parse(&DataFiles::PAPER).expect("the paper's data files are valid")
}

/// "Download all missions" under Sources & notes: the call and comment of `ui::sources`.
fn all_missions_download(data: &Dataset) -> String {
    export::missions_csv(data.missions(), &[export::SOURCE_LINE])
}

/// A chart's CSV download (`ui::share::download_buttons`): comments naming the source, the view and its link.
fn chart_download(data: &Dataset, texts: &Texts) -> String {
    let filters = Filters::default();
    let view = texts.summary(&model::summary(data, &filters), &filters);
    let link = "https://example.org/pko/?v=1&region=africa~asia&lang=zh";
    let comments = [export::SOURCE_LINE.to_string(), format!("View: {view}"), format!("Link: {link}")];
    let comments: Vec<&str> = comments.iter().map(String::as_str).collect();
    export::missions_csv(data.missions_at(&model::mission_order(data, &filters, Sort::Total)), &comments)
}

fn load(text: &str) -> Result<Dataset, Vec<String>> {
    paper().with_own_missions("missions.csv", text).map_err(|errors| errors.iter().map(ToString::to_string).collect())
}

fn assert_loads_back(text: &str) {
    let loaded = load(text).unwrap_or_else(|errors| panic!("{errors:#?}\nin:\n{text}"));
    assert_eq!(loaded.missions(), paper().missions());
}

/// A spreadsheet that opens a CSV file and saves it again: it reads every line into cells (comment lines too,
/// split at their commas), turns what it takes for a month into a date written by `date`, pads every row to the
/// widest, and writes the rows back with `separator` (quoting a cell that holds it, a quote or a line break), lines
/// ending in `line_end`, after a byte-order mark if `bom`.
struct Spreadsheet {
    separator: char,
    line_end: &'static str,
    bom: bool,
    date: fn(u16, u8) -> String,
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

impl Spreadsheet {
    fn plain(separator: char, line_end: &'static str, bom: bool) -> Spreadsheet {
        Spreadsheet { separator, line_end, bom, date: |year, month| format!("{year}-{month:02}") }
    }

    fn dates(date: fn(u16, u8) -> String) -> Spreadsheet {
        Spreadsheet { date, ..Spreadsheet::plain(',', "\n", false) }
    }

    fn round_trip(&self, text: &str) -> String {
        let mut rows = read_cells(text);
        let width = rows.iter().map(Vec::len).max().unwrap_or(0);
        let mut out = String::from(if self.bom { "\u{feff}" } else { "" });
        for row in &mut rows {
            row.resize(width, String::new());
            let cells: Vec<String> = row.iter().map(|cell| self.write(cell)).collect();
            out.push_str(&cells.join(&self.separator.to_string()));
            out.push_str(self.line_end);
        }
        out
    }

    fn write(&self, cell: &str) -> String {
        let month = cell.split_once('-').filter(|(year, month)| year.len() == 4 && month.len() == 2);
        let month = month.and_then(|(year, month)| Some((year.parse().ok()?, month.parse().ok()?)));
        let cell = month.map_or(cell.to_string(), |(year, month)| (self.date)(year, month));
        if cell.contains([self.separator, '"', '\n', '\r']) {
            format!("\"{}\"", cell.replace('"', "\"\""))
        } else {
            cell
        }
    }
}

/// Cells as a spreadsheet reads a comma-separated file (RFC 4180), written apart from the app's reader so that
/// the two check each other.
fn read_cells(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let (mut chars, mut quoted) = (text.chars().peekable(), false);
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (false, '"') if cell.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            _ => cell.push(c),
        }
    }
    rows
}

#[test]
fn the_all_missions_download_loads_back_byte_for_byte() {
    let download = all_missions_download(&paper());
    assert!(download.starts_with("#,\"Source: Yasuhiro Matsuda"), "the download names its source first");
    assert_loads_back(&download);
}

#[test]
fn a_chart_download_with_its_view_and_link_loads_back_in_every_language() {
    for texts in [&ENGLISH, &CHINESE, &JAPANESE] {
        let download = chart_download(&paper(), texts);
        assert_eq!(download.lines().filter(|line| line.starts_with("#,")).count(), 3);
        let loaded = load(&download).unwrap_or_else(|errors| panic!("{errors:#?}"));
        assert_eq!(loaded.missions().len(), paper().missions().len());
        for mission in paper().missions() {
            assert_eq!(loaded.mission(&mission.acronym), Some(mission));
        }
    }
}

#[test]
fn the_download_loads_back_after_crlf_and_a_byte_order_mark() {
    let saved = Spreadsheet::plain(',', "\r\n", true).round_trip(&all_missions_download(&paper()));
    assert!(saved.starts_with("\u{feff}#,\"Source: Yasuhiro Matsuda,"));
    assert!(saved.contains(",,,,,\r\nacronym,"), "the comment is padded to the header's width");
    assert_loads_back(&saved);
}

#[test]
fn the_download_loads_back_after_semicolons_and_tabs() {
    let download = all_missions_download(&paper());
    let semicolons = Spreadsheet::plain(';', "\r\n", true).round_trip(&download);
    assert!(semicolons.contains("\r\nacronym;predecessor;name;"), "{semicolons}");
    // The source line, one cell, holds a semicolon of its own, so it comes back quoted and padded.
    assert!(semicolons.contains(" Tables 1–2 (figures cumulative to 30 November 2008); corrections"));
    assert!(semicolons.starts_with("\u{feff}#;\"Source: Yasuhiro Matsuda,"), "{semicolons}");
    assert_loads_back(&semicolons);
    assert_loads_back(&Spreadsheet::plain('\t', "\n", false).round_trip(&download));
}

#[test]
fn the_download_loads_back_after_dates_rewritten_by_a_spreadsheet() {
    let download = all_missions_download(&paper());
    let excel = Spreadsheet::dates(|year, month| format!("{}-{:02}", MONTHS[usize::from(month - 1)], year % 100));
    let saved = excel.round_trip(&download);
    assert!(saved.contains(",Jun-48,Apr-90,"), "UNTSO's dates as Excel writes them: {saved}");
    assert_loads_back(&saved);
    let slashes = Spreadsheet::dates(|year, month| format!("{year}/{month:02}/01"));
    let saved = slashes.round_trip(&download);
    assert!(saved.contains(",1998/08/01,"));
    assert_loads_back(&Spreadsheet { separator: ';', line_end: "\r\n", bom: true, ..slashes }.round_trip(&download));
    for date in [
        (|year, month| format!("{month}/1/{year}")) as fn(u16, u8) -> String,
        |year, month| format!("01/{month:02}/{year}"),
        |year, month| format!("{month}/{year}"),
        |year, month| format!("{year}年{month}月"),
    ] {
        assert_loads_back(&Spreadsheet::dates(date).round_trip(&download));
    }
}

#[test]
fn an_ambiguous_date_is_named_with_its_place_in_every_language() {
    let download = all_missions_download(&paper());
    // UNTAG (line 3) starts in November 1989, UNTSO (line 4) in April 1990.
    let edited = download.replacen(",1989-11,", ",05/11/1989,", 1).replacen(",1990-04,", ",04/01/90,", 1);
    let errors = paper().with_own_missions("missions.csv", &edited).expect_err("two dates cannot be read");
    let printed = |texts: &Texts| errors.iter().map(|error| texts.data_error(error)).collect::<Vec<_>>();
    assert_eq!(
        printed(&ENGLISH),
        [
            "missions.csv line 3, column china_start: `05/11/1989` could be 1989-11 (day first) or 1989-05 (month first): write the month as YYYY-MM",
            "missions.csv line 4, column china_start: `04/01/90` has a two-digit year, which a date of numbers alone leaves ambiguous: write the month as YYYY-MM",
        ]
    );
    assert_eq!(
        printed(&CHINESE),
        [
            "missions.csv 第3行，china_start 列：“05/11/1989”可能是 1989-11（日在前）也可能是 1989-05（月在前）：请把年月写成 YYYY-MM",
            "missions.csv 第4行，china_start 列：“04/01/90”的年份只有两位，纯数字的日期无法确定哪一部分是年份：请把年月写成 YYYY-MM",
        ]
    );
    assert_eq!(
        printed(&JAPANESE),
        [
            "missions.csv 3行目、列 china_start：「05/11/1989」は 1989-11（日が先）とも 1989-05（月が先）とも読めます。年月は YYYY-MM で書いてください",
            "missions.csv 4行目、列 china_start：「04/01/90」は年が 2 桁で、数字だけの日付ではどこが年か決まりません。年月は YYYY-MM で書いてください",
        ]
    );
}

#[test]
fn problems_of_the_file_itself_are_named_in_every_language() {
    let errors = paper().with_own_missions("x.csv", "# notes\nname;count\nA;1\n").expect_err("not the schema");
    let printed: Vec<String> =
        [&ENGLISH, &CHINESE, &JAPANESE].iter().map(|texts| texts.data_error(&errors[0])).collect();
    let expected = MISSIONS_HEADER.join(",");
    assert_eq!(
        printed,
        [
            format!("x.csv line 2: the header should be `{expected}`, found `name,count`"),
            format!("x.csv 第2行：标题行应为“{expected}”，实为“name,count”"),
            format!("x.csv 2行目：見出し行は「{expected}」のはずですが、「name,count」でした"),
        ]
    );
    let region = paper()
        .with_own_missions("y.csv", &all_missions_download(&paper()).replacen("Namibia,Africa", "Namibia,Afrika", 1))
        .expect_err("no such region");
    assert_eq!(
        CHINESE.data_error(&region[0]),
        "y.csv 第3行，region 列：“Afrika”无效：应为以下之一：Africa、Asia、Middle East、Europe、Americas"
    );
    assert_eq!(
        JAPANESE.data_error(&region[0]),
        "y.csv 3行目、列 region：「Afrika」は使えません。次のいずれか（Africa、Asia、Middle East、Europe、Americas）が必要です"
    );
}

/// An acronym of capital letters for mission `index`: A, B, …, Z, BA, BB, …
fn acronym(mut index: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(char::from(b'A' + (index % 26) as u8));
        index /= 26;
        if index == 0 {
            break;
        }
    }
    letters.iter().rev().collect()
}

#[test]
fn counts_above_the_stated_limit_are_rejected_so_no_sum_overflows() {
    let row = |acronym: &str, count: &str| {
        format!("{acronym},,Mission,Host,Asia,2,2004-01,2004-01,,{count},{count},{count},{count},\n")
    };
    let header = MISSIONS_HEADER.join(",");
    for too_large in ["4294967295", "4294967296", "99999999999999999999", &(MAX_COUNT + 1).to_string()] {
        let errors = load(&format!("{header}\n{}", row("BIG", too_large))).expect_err("above the limit");
        assert_eq!(errors.len(), 4, "every cell is named: {errors:#?}");
        assert_eq!(
            errors[2],
            format!("missions.csv line 2, column troops: `{too_large}` is more than 500000, the most a cell may hold")
        );
    }
    // The largest file the app loads, every cell at the limit: its sums are the largest there can be, and fit.
    let rows: String = (0..MAX_OWN_ROWS).map(|index| row(&acronym(index), &MAX_COUNT.to_string())).collect();
    let data = load(&format!("{header}\n{rows}")).unwrap_or_else(|errors| panic!("{errors:?}"));
    let largest = u64::from(MAX_COUNT) * 4 * MAX_OWN_ROWS as u64;
    assert_eq!(u64::from(data.totals().total()), largest);
    assert_eq!(u64::from(data.totals().get(Category::Troops)), largest / 4);
    let filters = Filters::default();
    assert_eq!(u64::from(model::summary(&data, &filters).personnel), largest);
    let regions = model::region_bars(&data, &filters);
    assert_eq!(regions.iter().map(|bar| u64::from(bar.personnel)).sum::<u64>(), largest);
    assert_eq!(bars::mission_bars(&data, &filters, Sort::Total).len(), MAX_OWN_ROWS);
    assert_eq!(bars::timeline_bars(&data, &filters).len(), MAX_OWN_ROWS);
}
