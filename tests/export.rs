//! Downloads: CSV that reads back into the same records, charts drawn for download with their title and source,
//! and citations that carry the permalink and the date.
#![cfg(not(target_arch = "wasm32"))]

use pko_explorer::chart::{self, ChartData, Style, LIGHT};
use pko_explorer::data::{Dataset, Sources};
use pko_explorer::export::{self, Day, CHART_SOURCE_LINE};
use pko_explorer::i18n::ENGLISH;
use pko_explorer::model::{self, Filters, Scale, Sort};
use plotters::prelude::*;

fn data() -> Dataset {
    Dataset::embedded().expect("valid embedded data")
}

#[test]
fn downloaded_missions_read_back_into_the_same_records() {
    let data = data();
    let csv = export::missions_csv(data.missions(), &[]);
    let mut sources = Sources::EMBEDDED;
    sources.missions = &csv;
    let reread = Dataset::parse(&sources).expect("the download is valid data");
    assert_eq!(reread.missions(), data.missions());
}

#[test]
fn a_filtered_download_names_its_source_and_holds_only_the_filtered_rows() {
    let data = data();
    let mut filters = Filters::default();
    filters.regions.insert(pko_explorer::data::Region::Europe);
    let missions = data.missions().iter().filter(|m| filters.matches(m));
    let csv = export::missions_csv(missions, &[export::SOURCE_LINE, "View: 2 missions in Europe"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("# Source: Yasuhiro Matsuda"));
    assert_eq!(lines[1], "# View: 2 missions in Europe");
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
            "1998,2000,0.9,,yes,\"Matsuda, section II.2\"",
            "2001,2003,1.91,,yes,\"Matsuda, section II.2 (note 37)\"",
            "2010,2010,3.94,7,yes,\"Matsuda, section II.2 and Figure 2\""
        ]
    );
}

#[test]
fn a_chart_drawn_for_download_carries_its_title_and_source() {
    let data = data();
    let chart =
        ChartData::Personnel { bars: model::mission_bars(&data, &Filters::default(), Sort::Total), scale: Scale::Log };
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (900, chart::export_height(&chart) as u32)).into_drawing_area();
        chart::draw_for_export(
            &area,
            &chart,
            "Personnel per mission",
            CHART_SOURCE_LINE,
            Style { theme: &LIGHT, scale: 1.0 },
            &ENGLISH,
        )
        .expect("drawn");
        area.present().expect("written");
    }
    assert!(svg.contains(">\nPersonnel per mission\n<"), "the title is drawn in");
    assert!(svg.contains("Source: Y. Matsuda"), "the source line is drawn in");
    assert!(svg.contains(">\nUNMIL\n<"), "the chart itself is there");
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
