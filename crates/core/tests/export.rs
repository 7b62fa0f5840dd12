//! Downloads: CSV that reads back into the same records, charts drawn for download with their title and source,
//! and citations that carry the permalink and the date.
#![cfg(not(target_arch = "wasm32"))]

use pko_core::chart::{self, ChartData, Style, LIGHT};
use pko_core::export::{self, Day};
use pko_core::model::{self, Filters, Scale, Sort};
use pko_core::words::{Texts, CHINESE, ENGLISH, JAPANESE};
use pko_data::{DataFiles, Dataset};
use plotters::prelude::*;
mod bars;

fn data() -> Dataset {
    Dataset::parse(&DataFiles::PAPER).expect("the paper's data files are valid")
}

#[test]
fn downloaded_missions_read_back_into_the_same_records() {
    let data = data();
    let csv = export::missions_csv(data.missions(), &[]);
    let mut sources = DataFiles::PAPER;
    sources.missions = &csv;
    let reread = Dataset::parse(&sources).expect("the download is valid data");
    assert_eq!(reread.missions(), data.missions());
}

#[test]
fn a_filtered_download_names_its_source_and_holds_only_the_filtered_rows() {
    let data = data();
    let mut filters = Filters::default();
    filters.regions.insert(pko_data::Region::Europe);
    let missions = data.missions().iter().filter(|m| filters.matches(m));
    let csv = export::missions_csv(missions, &[export::SOURCE_LINE, "View: 2 missions in Europe"]);
    let lines: Vec<&str> = csv.lines().collect();
    // A comment is `#` and one field, quoted where it holds a comma, which a spreadsheet keeps in one cell.
    assert!(lines[0].starts_with("#,\"Source: Yasuhiro Matsuda, “China"));
    assert_eq!(lines[1], "#,View: 2 missions in Europe");
    assert!(lines[2].starts_with("acronym,predecessor,name"));
    assert_eq!(lines.len(), 5);
    assert!(lines[3].starts_with("UNMIBH,,United Nations Mission in Bosnia and Herzegovina,"));
    assert!(lines[4].starts_with("UNMIK,"));
}

#[test]
fn fields_with_commas_quotes_and_line_breaks_are_quoted() {
    let csv = export::write_csv(&[], &[vec!["a,b".into(), "say \"hi\"".into(), "two\nlines".into(), "plain".into()]]);
    assert_eq!(csv, "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain\n");
}

#[test]
fn region_and_budget_downloads_hold_their_rows() {
    let data = data();
    let regions = export::regions_csv(&model::region_bars(&data, &Filters::default()), &ENGLISH, &[]);
    assert_eq!(regions.lines().nth(1), Some("Africa,14,8832,71%"));
    let budget = export::budget_csv(data.budget_shares().iter().filter(|s| s.in_paper), &[]);
    assert_eq!(
        budget.lines().collect::<Vec<_>>()[1..],
        [
            "1998,2000,0.9,,yes,no,\"Matsuda, section II.2\"",
            "2001,2003,1.91,,yes,no,\"Matsuda, section II.2 (note 37)\"",
            "2010,2010,3.94,7,yes,no,\"Matsuda, section II.2 and Figure 2\""
        ]
    );
}

#[test]
fn a_chart_drawn_for_download_carries_its_title_the_view_it_shows_and_its_source() {
    let data = data();
    let chart = ChartData::Personnel {
        largest: 0,
        bars: bars::mission_bars(&data, &Filters::default(), Sort::Total),
        scale: Scale::Log,
        own_data: false,
    };
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (900, chart::export_height(&chart) as u32)).into_drawing_area();
        let view = "25 missions, 12,451 personnel sent";
        chart::draw_for_export(
            &area,
            &chart,
            "Personnel per mission",
            view,
            ENGLISH.own_source,
            Style { theme: &LIGHT, scale: 1.0 },
            &ENGLISH,
        )
        .expect("drawn");
        area.present().expect("written");
    }
    assert!(svg.contains(">\nPersonnel per mission\n<"), "the title is drawn in");
    assert!(svg.contains(">\n25 missions, 12,451 personnel sent\n<"), "the view is drawn in, under the title");
    assert!(
        svg.contains(">\nSource: your own file · PKO Explorer\n<"),
        "the source given is drawn in, with the explorer's name: {svg}"
    );
    assert!(!svg.contains("Matsuda"), "and no other");
    assert!(svg.contains(">\nUNMIL\n<"), "the chart itself is there");
}

#[test]
fn a_credit_is_its_source_without_a_full_stop_then_the_explorer() {
    assert_eq!(export::credit("Source: your own file."), "Source: your own file · PKO Explorer");
    assert_eq!(export::credit("出典：国連の月次派遣報告。"), "出典：国連の月次派遣報告 · PKO Explorer");
    assert_eq!(export::credit("Source: Matsuda"), "Source: Matsuda · PKO Explorer");
}

#[test]
fn citations_carry_the_view_the_link_and_the_date() {
    let day = Day { year: 2026, month: 11, day: 28 };
    let url = "https://example.org/pko/?v=1&region=africa";
    let cited = export::citations("Personnel by region: 14 missions in Africa", url, day);
    assert!(cited.apa.starts_with("PKO Explorer. (2026). China in UN peacekeeping: Personnel by region: 14 missions in Africa [Interactive chart]."));
    assert!(cited.apa.ends_with(&format!("Retrieved November 28, 2026, from {url}")));
    assert!(cited.chicago.contains("Accessed November 28, 2026. https://example.org/pko/?v=1&region=africa."));
    assert!(cited.bibtex.starts_with("@misc{pkoexplorer2026,"));
    assert!(cited.bibtex.contains("howpublished = {\\url{https://example.org/pko/?v=1&region=africa}}"));
    assert!(cited.bibtex.contains("Accessed 2026-11-28"));
    assert_eq!(cited.bibtex.matches('{').count(), cited.bibtex.matches('}').count(), "braces balance");
}

/// The summary line the Cite menu puts in a citation (`ui::AppContext::summary_line`), for missions in Africa.
fn view_of_africa(texts: &Texts) -> String {
    let mut filters = Filters::default();
    filters.regions.insert(pko_data::Region::Africa);
    texts.summary(&model::summary(&data(), &filters), &filters)
}

#[test]
fn apa_and_chicago_are_punctuated_right_in_every_language() {
    let day = Day { year: 2026, month: 11, day: 28 };
    let url = "https://example.org/pko/?v=1&region=africa";
    let paper = "China's UN Peacekeeping Operations Policy: Analysis of the Factors behind the Policy Shift toward Active Engagement";
    let views = [
        (&ENGLISH, "14 missions in Africa, 8,832 personnel sent (71% of all)"),
        (&CHINESE, "非洲的14项任务，派遣8,832人次（占总数71%）"),
        (&JAPANESE, "アフリカの14ミッション、延べ8,832人（全体の71%）"),
    ];
    for (texts, view) in views {
        assert_eq!(view_of_africa(texts), view, "the summary line the citations hold");
        let cited = export::citations(view, url, day);
        assert_eq!(
            cited.apa,
            format!("PKO Explorer. (2026). China in UN peacekeeping: {view} [Interactive chart]. Data from Y. Matsuda, “{paper}.” Retrieved November 28, 2026, from {url}")
        );
        assert_eq!(
            cited.chicago,
            format!("PKO Explorer. “China in UN Peacekeeping: {view}.” Interactive chart. Data from Yasuhiro Matsuda, “{paper}.” Accessed November 28, 2026. {url}.")
        );
    }
    // A view with quotation marks of its own, inside the title's, takes single ones; its full stop is the
    // style's, not doubled.
    let cited = export::citations("Missions named “UNMIL”.", url, day);
    assert!(
        cited.apa.contains("China in UN peacekeeping: Missions named ‘UNMIL’ [Interactive chart]."),
        "{}",
        cited.apa
    );
    assert!(
        cited.chicago.contains("“China in UN Peacekeeping: Missions named ‘UNMIL’.” Interactive"),
        "{}",
        cited.chicago
    );
    let cited = export::citations("非洲的任务。", url, day);
    assert!(cited.chicago.contains("Peacekeeping: 非洲的任务.” Interactive"), "{}", cited.chicago);
}

/// A BibTeX entry: its type, key and fields (name, value) in order.
struct Entry {
    kind: String,
    key: String,
    fields: Vec<(String, String)>,
}

/// The one BibTeX entry in `text`, read as BibTeX reads it: text outside the entry is ignored, a field's value is
/// braced, and every brace counts, escaped or not.
fn bibtex_entry(text: &str) -> Result<Entry, String> {
    let start = text.find('@').ok_or("no entry")?;
    let rest = &text[start + 1..];
    let (kind, rest) = rest.split_once('{').ok_or("no opening brace")?;
    let (key, mut rest) = rest.split_once(',').ok_or("no key")?;
    let mut fields = Vec::new();
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix('}') {
            if after.contains(['{', '}', '=']) {
                return Err(format!("text after the entry: {after:?}"));
            }
            return Ok(Entry { kind: kind.to_string(), key: key.to_string(), fields });
        }
        let (name, value_start) = rest.split_once('=').ok_or_else(|| format!("no `=` in {rest:?}"))?;
        let value_start = value_start.trim_start().strip_prefix('{').ok_or("a value that is not braced")?;
        let mut depth = 1;
        let end = value_start
            .char_indices()
            .find(|(_, c)| {
                depth += match c {
                    '{' => 1,
                    '}' => -1,
                    _ => 0,
                };
                depth == 0
            })
            .map(|(index, _)| index)
            .ok_or("unbalanced braces: the value never ends")?;
        fields.push((name.trim().to_string(), value_start[..end].to_string()));
        rest = value_start[end + 1..].trim_start();
        rest = rest.strip_prefix(',').unwrap_or(rest);
    }
}

/// The text LaTeX typesets for a field value: the escapes the app writes undone, grouping braces dropped; a
/// character LaTeX would take for a command (a `%` comment, a `$` math shift, `&`, `#`, `_`, `^`, `~`) is an
/// error.
fn latex_text(value: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let mut name = String::new();
                while let Some(letter) = chars.peek().copied().filter(char::is_ascii_alphabetic) {
                    name.push(letter);
                    chars.next();
                }
                if name.is_empty() {
                    let escaped = chars.next().ok_or("a backslash at the end")?;
                    if !"%&#_${}".contains(escaped) {
                        return Err(format!("unknown escape \\{escaped}"));
                    }
                    out.push(escaped);
                    continue;
                }
                if chars.peek() == Some(&'{') {
                    chars.next();
                    if chars.next() != Some('}') {
                        return Err(format!("\\{name} takes no argument here"));
                    }
                }
                out.push(match name.as_str() {
                    "textbraceleft" => '{',
                    "textbraceright" => '}',
                    "textasciitilde" => '~',
                    "textasciicircum" => '^',
                    "textbackslash" => '\\',
                    _ => return Err(format!("unexpected command \\{name}")),
                });
            }
            '{' | '}' => {}
            '%' | '$' | '&' | '#' | '_' | '^' | '~' => return Err(format!("unescaped {c} in {value:?}")),
            _ => out.push(c),
        }
    }
    Ok(out)
}

const AWKWARD_VIEW: &str = "50% of “Côte d’Ivoire” & #1 {A}_b $5 ~x^2 \\ end (71% of all)";

#[test]
fn a_bibtex_entry_with_latex_specials_and_non_ascii_text_parses_into_its_fields() {
    let day = Day { year: 2026, month: 11, day: 28 };
    let url = "https://example.org/my course/pko/?v=1&region=africa~asia";
    for view in [AWKWARD_VIEW.to_string(), format!("{AWKWARD_VIEW} 非洲的14项任务")] {
        let bibtex = export::citations(&view, url, day).bibtex;
        let Entry { kind, key, fields } = bibtex_entry(&bibtex).unwrap_or_else(|error| panic!("{error}:\n{bibtex}"));
        assert_eq!((kind.as_str(), key.as_str()), ("misc", "pkoexplorer2026"));
        let names: Vec<&str> = fields.iter().map(|(name, _)| name.as_str()).collect();
        // A link with a `%` goes in the `url` field, which biblatex reads as it is (see the test below).
        assert_eq!(names, ["author", "title", "year", "url", "note"]);
        let field = |name: &str| fields.iter().find(|(field, _)| field == name).map(|(_, value)| value.as_str());
        assert_eq!(latex_text(field("title").unwrap_or_default()), Ok(format!("China in UN Peacekeeping: {view}")));
        assert_eq!(field("author"), Some("{PKO Explorer}"));
        assert_eq!(field("year"), Some("2026"));
        // Only what would end the field early, or a space, is encoded.
        assert_eq!(field("url"), Some("https://example.org/my%20course/pko/?v=1&region=africa~asia"));
        let note = latex_text(&field("note").unwrap_or_default().replace("``", "“").replace("''", "”"));
        assert_eq!(note.as_deref().map(|note| note.ends_with("Accessed 2026-11-28")), Ok(true), "{note:?}");
        assert_eq!(bibtex.contains('非'), bibtex.starts_with("% UTF-8 with Chinese or Japanese text"), "{bibtex}");
    }
}

/// The words of a PDF written uncompressed (`\pdfcompresslevel=0`): the strings of its `TJ` arrays, with a space
/// where the array moves by a word space.
fn pdf_words(pdf: &[u8]) -> String {
    let text = String::from_utf8_lossy(pdf);
    let mut out = String::new();
    for array in text.split('[').skip(1).filter_map(|part| part.split_once("]TJ").map(|(array, _)| array)) {
        let mut chars = array.chars().peekable();
        let mut number = String::new();
        while let Some(c) = chars.next() {
            match c {
                '(' => {
                    if number.parse::<f64>().is_ok_and(|shift| shift < -150.0) {
                        out.push(' ');
                    }
                    number.clear();
                    while let Some(c) = chars.next() {
                        match c {
                            ')' => break,
                            '\\' => {
                                let mut code = String::new();
                                while code.len() < 3 && chars.peek().is_some_and(char::is_ascii_digit) {
                                    code.extend(chars.next());
                                }
                                match u8::from_str_radix(&code, 8) {
                                    Ok(byte) => out.push(char::from(byte)),
                                    Err(_) => out.extend(chars.next()),
                                }
                            }
                            _ => out.push(c),
                        }
                    }
                }
                _ => number.push(c),
            }
        }
        out.push(' ');
    }
    out
}

/// Runs `program` in `dir`, returning whether it succeeded, or `None` if it is not installed.
fn run(dir: &std::path::Path, program: &str, args: &[&str]) -> Option<bool> {
    let output = std::process::Command::new(program).args(args).current_dir(dir).output().ok()?;
    Some(output.status.success())
}

/// A LaTeX document that cites everything in `cite.bib`, with plain BibTeX or with biblatex and biber.
fn cite_document(biblatex: bool) -> String {
    let (preamble, bibliography) = if biblatex {
        ("\\usepackage[backend=biber]{biblatex}\n\\addbibresource{cite.bib}", "\\printbibliography")
    } else {
        ("\\usepackage{url}", "\\bibliographystyle{plain}\n\\bibliography{cite}")
    };
    format!("\\pdfcompresslevel=0\n\\documentclass{{article}}\n{preamble}\n\\begin{{document}}\n\\nocite{{*}}\n{bibliography}\n\\end{{document}}\n")
}

#[test]
fn a_bibtex_entry_with_latex_specials_compiles_with_bibtex_and_with_biber() {
    let dir = std::env::temp_dir().join(format!("pko-bibtex-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    if run(&dir, "pdflatex", &["-version"]).is_none() || run(&dir, "bibtex", &["-version"]).is_none() {
        eprintln!("skipped: pdflatex and bibtex are not installed (Debian: apt-get install texlive-latex-base)");
        return;
    }
    let with_biber = run(&dir, "biber", &["--version"]).is_some();
    if !with_biber {
        eprintln!("biblatex left out: biber is not installed (Debian: apt-get install biber texlive-bibtex-extra)");
    }
    let day = Day { year: 2026, month: 11, day: 28 };
    // A link as a host gives it, and one with a space in a folder's name, which a link writes as `%20`.
    // Each link with a word of it that the typeset entry shows.
    let links = [
        ("https://example.org/pko/?v=1&region=africa~asia", "example"),
        ("file:///home/Jane Doe/pko-explorer.html?v=1", "Jane"),
    ];
    for ((link, shown), biblatex) in links.iter().flat_map(|link| [(link, false), (link, true)]) {
        if biblatex && !with_biber {
            continue;
        }
        let bibtex = export::citations(AWKWARD_VIEW, link, day).bibtex;
        std::fs::write(dir.join("cite.bib"), &bibtex).expect("written");
        std::fs::write(dir.join("doc.tex"), cite_document(biblatex)).expect("written");
        let latex = ["-interaction=nonstopmode", "-halt-on-error", "doc.tex"];
        let tool = if biblatex { "biber" } else { "bibtex" };
        assert_eq!(run(&dir, "pdflatex", &latex), Some(true), "first pdflatex run");
        assert_eq!(run(&dir, tool, &["doc"]), Some(true), "{tool} on:\n{bibtex}");
        assert_eq!(run(&dir, "pdflatex", &latex), Some(true), "pdflatex with the bibliography of {tool} on:\n{bibtex}");
        let log = std::fs::read_to_string(dir.join("doc.log")).expect("a log");
        assert!(!log.lines().any(|line| line.starts_with('!')), "LaTeX errors with {tool}:\n{log}");
        let words = pdf_words(&std::fs::read(dir.join("doc.pdf")).expect("a PDF"));
        // The title's text after each `%` is typeset, and so is the rest of the entry.
        for expected in ["50% of", "& #1", "end (71% of all)", "Accessed 2026-11-28"] {
            assert!(words.contains(expected), "{expected:?} is missing from {tool}'s typeset entry: {words}");
        }
        // A link with a `%` is in the url field, which plain BibTeX's styles do not print (README).
        let printed = biblatex || !bibtex.contains("url = {");
        assert_eq!(words.contains(shown), printed, "{link} in {tool}'s typeset entry: {words}");
        for file in ["doc.aux", "doc.bbl", "doc.bcf", "doc.run.xml"] {
            let _ = std::fs::remove_file(dir.join(file));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}
