//! The two charts of China against every contributor (issue #17): the model against the UN's figures as the data
//! file holds them, both charts drawn to SVG at phone and desktop widths (their marks, the labels a reader needs,
//! click targets inside the chart and apart), the takeaway titles in every language, and the downloads read back.
#![cfg(not(target_arch = "wasm32"))]

use pko_core::chart::{self, Chart, Drawn, MonthlyChart, Swatch, Target, DARK, LIGHT};
use pko_core::export;
use pko_core::format::format_count;
use pko_core::lang::Lang;
use pko_core::model::contributions::{
    clamp_month, deployed_series, month_summary, paper_deployed, step_month, top_contributors, DeployedSeries,
    PaperFigure, TopContributors, DEFAULT_MONTH,
};
use pko_core::words::{Texts, CHINESE, ENGLISH, JAPANESE};
use pko_data::contributions::{
    parse_contributions, parse_country_names, ContributionTables, CountryCode, CONTRIBUTIONS_CSV, COUNTRY_NAMES_CSV,
};
use pko_data::{DataFiles, Dataset, YearMonth};

mod svg;
use svg::{assert_hits_sound, assert_labels, has_text, keep_svg, rects_of, render, texts, years, STYLE};

fn tables() -> ContributionTables {
    let rows = parse_contributions(CONTRIBUTIONS_CSV).unwrap_or_else(|errors| panic!("{errors:#?}"));
    let names = parse_country_names(COUNTRY_NAMES_CSV).unwrap_or_else(|errors| panic!("{errors:#?}"));
    ContributionTables::derive(&rows, &names).unwrap_or_else(|errors| panic!("{errors:#?}"))
}

fn data() -> Dataset {
    Dataset::parse(&DataFiles::PAPER).expect("the paper's data files are valid")
}

fn month(text: &str) -> YearMonth {
    YearMonth::parse(text).expect("a month")
}

fn paper() -> Option<PaperFigure> {
    paper_deployed(&data())
}

fn top(tables: &ContributionTables, at: &str) -> TopContributors {
    top_contributors(tables, month(at), paper())
}

fn series(tables: &ContributionTables, others: bool) -> DeployedSeries {
    deployed_series(tables, data().events(), paper(), others, Some(DEFAULT_MONTH))
}

/// The widths the brief asks of these charts: a phone and a wide screen.
const WIDTHS: [u32; 2] = [320, 1280];

/// Draws `chart` at `width` CSS pixels in `texts`, keeps the SVG where asked (`PKO_CHART_SVG`), and checks its
/// click targets and that no label overlaps another.
fn draw_at(name: &str, chart: &impl Chart, width: u32, texts: &Texts) -> (String, Drawn) {
    let height = chart.height_at(f64::from(width), texts);
    let (svg, drawn) = render(width, height, |area| chart.draw(area, None, STYLE, texts).expect("drawn"));
    keep_svg(name, width, &svg);
    assert_hits_sound(&drawn, name, width, height);
    for (index, label) in drawn.labels.iter().enumerate() {
        for other in &drawn.labels[index + 1..] {
            assert!(!label.overlaps(other), "{name} at {width} px: labels {label:?} and {other:?} overlap");
        }
    }
    (svg, drawn)
}

#[test]
fn the_model_gives_the_uns_figures_for_the_papers_months() {
    let tables = tables();
    let november_2010 = month_summary(&tables, month("2010-11"), paper());
    let china = november_2010.china.expect("China is listed");
    assert_eq!((china.troops, china.police, china.experts, china.total()), (1893, 92, 55, 2040));
    assert_eq!((november_2010.china_rank, november_2010.listed), (Some(15), 118));
    assert!(november_2010.china_largest_permanent(), "the paper's claim holds in November 2010");
    assert_eq!(november_2010.largest_permanent, Some(CountryCode::CHINA));
    assert!(november_2010.split_reliable && november_2010.paper.is_none());
    // 30 November 2008: the report's 2,159 beside the paper's 2,157, and France larger than China.
    let november_2008 = month_summary(&tables, month("2008-11"), paper());
    assert_eq!(november_2008.china.map(|china| china.total()), Some(2159));
    assert_eq!(november_2008.paper, Some(2157));
    let france = november_2008.permanent[1].expect("France is listed").total();
    assert!(france > 2159, "France had {france}");
    assert!(!november_2008.china_largest_permanent());
    assert_eq!(november_2008.largest_permanent, CountryCode::parse("FRA"));
    // December 2010: the UN's figure as Our World in Data gives it.
    assert_eq!(month_summary(&tables, month("2010-12"), None).world.total(), 98_638);
    // 1990: the early reports were not split by type.
    assert!(!month_summary(&tables, month("1990-11"), None).split_reliable);
    assert_eq!(
        month_summary(&tables, month("2014-04"), None).month,
        month("2014-03"),
        "after the tables: the last month"
    );
}

#[test]
fn the_top_list_is_largest_first_with_ranks_china_and_the_permanent_members_marked() {
    let tables = tables();
    let top = top(&tables, "2010-11");
    assert_eq!(top.bars.len(), 20);
    let totals: Vec<u32> = top.bars.iter().map(|bar| bar.figures.total()).collect();
    assert!(totals.windows(2).all(|pair| pair[0] >= pair[1]), "largest first: {totals:?}");
    assert_eq!(top.bars[0].rank, 1);
    let china = top.bars.iter().find(|bar| bar.china).expect("China is in the top 20 of November 2010");
    assert_eq!((china.rank, china.figures.total(), china.permanent), (15, 2040, true));
    assert_eq!(top.bars.iter().filter(|bar| bar.china).count(), 1);
    assert!(top.bars.iter().all(|bar| bar.permanent == bar.code.is_permanent_member()));
    assert_eq!(top.china_apart, None);
    assert!(top.axis_max >= totals[0], "the axis holds every month's largest");
    // A month where China is outside the top 20: its row apart, with its rank.
    let early = self::top(&tables, "1990-11");
    let apart = early.china_apart.as_ref().expect("China is apart in November 1990");
    assert!(apart.rank > 20 && apart.china && !early.bars.iter().any(|bar| bar.china));
    assert_eq!(Some(apart.rank), early.summary.china_rank);
    assert_eq!(early.axis_max, top.axis_max, "the axis is the same for every month");
}

/// The downloads name each country as its rows in the data file do; the tables keep one spelling per country, so
/// each country the charts show must have one.
#[test]
fn every_country_the_charts_show_has_one_spelling_in_the_data_file() {
    let tables = tables();
    let rows = parse_contributions(CONTRIBUTIONS_CSV).expect("valid");
    for (code, name) in &tables.reported_names {
        let spellings: std::collections::BTreeSet<&str> =
            rows.iter().filter(|row| row.code == *code).map(|row| row.country.as_str()).collect();
        assert_eq!(spellings.into_iter().collect::<Vec<_>>(), [name.as_str()], "{}", code.as_str());
    }
    assert_eq!(tables.reported_names.len(), tables.names.len(), "a spelling for every country named");
}

#[test]
fn the_month_steps_stop_at_the_tables_ends() {
    let tables = tables();
    assert_eq!(step_month(&tables, month("2010-11"), 1), month("2010-12"));
    assert_eq!(step_month(&tables, month("2010-01"), -1), month("2009-12"));
    assert_eq!(step_month(&tables, month("1990-11"), -1), month("1990-11"));
    assert_eq!(step_month(&tables, month("2014-03"), 1), month("2014-03"));
    assert_eq!(step_month(&tables, month("2020-01"), -1), month("2014-02"), "a month after the tables");
}

#[test]
fn the_deployed_series_has_every_month_the_events_in_range_merged_by_month_and_the_papers_figure() {
    let tables = tables();
    let data = data();
    let series = series(&tables, false);
    assert_eq!(series.points.len(), 281);
    assert_eq!(series.points[series.index_of(month("2010-11")).expect("a month")].china.total(), 2040);
    let paper = series.paper.expect("the paper's figure is in range");
    assert_eq!((paper.month, paper.paper, paper.report), (month("2008-11"), 2157, 2159));
    // Every event from the first month on, and none before (the chronology starts in 1971).
    let in_range = data.events().iter().filter(|event| event.date.ordinal() >= month("1990-11").ordinal()).count();
    assert_eq!(series.markers.iter().map(|marker| marker.events.len()).sum::<usize>(), in_range);
    let months: Vec<YearMonth> = series.markers.iter().map(|marker| marker.month).collect();
    assert!(months.windows(2).all(|pair| pair[0] < pair[1]), "one marker per month, in order: {months:?}");
    // The other members' totals are in every series; the toggle only decides whether they are drawn.
    let november_2008 = &series.points[series.index_of(month("2008-11")).expect("a month")];
    assert_eq!(november_2008.others[0], Some(2106 + 123 + 25), "France");
}

#[test]
fn the_contributors_chart_draws_twenty_bars_china_in_its_colour_for_any_month() {
    let tables = tables();
    for (at, apart) in [("1990-11", true), ("2010-11", false), ("2014-03", false)] {
        let top = top(&tables, at);
        let chart = MonthlyChart::Contributors(Box::new(top.clone()));
        for width in WIDTHS {
            let (svg, drawn) = draw_at(&format!("contributors-{at}"), &chart, width, &ENGLISH);
            let rows = 20 + usize::from(apart);
            // One rect per bar, and a legend swatch each for China and the other countries.
            assert_eq!(rects_of(&svg, LIGHT.china), 1 + 1, "{at} at {width} px: China's bar");
            let others = top.bars.iter().filter(|bar| !bar.china).count();
            assert_eq!(rects_of(&svg, LIGHT.neutral), others + 1, "{at} at {width} px: the others' bars");
            assert_eq!(drawn.hits.len(), rows, "{at} at {width} px");
            // Each row is a target at least 24 pixels high (WCAG 2.5.8).
            for hit in &drawn.hits {
                assert!(hit.rect.bottom - hit.rect.top + 1 >= 24, "{at} at {width} px: {:?} is too low", hit.target);
            }
            let targets: Vec<Target> = drawn.hits.iter().map(|hit| hit.target.clone()).collect();
            assert!(targets.contains(&Target::Country(CountryCode::CHINA)));
            // Every row's rank, country and value; the legend; the axis's title and ends.
            let mut wanted: Vec<String> = top
                .bars
                .iter()
                .chain(&top.china_apart)
                .flat_map(|bar| {
                    let name = ENGLISH.contributor_name(bar);
                    let name = if svg.contains(name) { name } else { bar.code.as_str() };
                    [name.to_string(), format_count(bar.figures.total())]
                })
                .collect();
            wanted.extend(top.bars.iter().map(|bar| ENGLISH.rank(u32::from(bar.rank))));
            wanted.extend(
                [
                    "China",
                    ENGLISH.monthly().other_countries,
                    ENGLISH.monthly().permanent_member,
                    ENGLISH.monthly().contributors_axis,
                    "0",
                ]
                .map(String::from),
            );
            assert_labels(&svg, "contributors", width, &wanted);
            if apart {
                let rank = top.china_apart.as_ref().map(|bar| format!("… {}", ENGLISH.rank(u32::from(bar.rank))));
                assert!(has_text(&svg, &rank.expect("apart")), "{at} at {width} px: China's rank apart");
            }
            // The permanent members' dots, and the legend's.
            let members = top.bars.iter().chain(&top.china_apart).filter(|bar| bar.permanent).count();
            assert_eq!(svg.matches("<circle").count(), members + 1, "{at} at {width} px");
        }
    }
}

#[test]
fn the_deployed_chart_keeps_its_labels_events_and_months_apart_at_320_and_1280_px() {
    let tables = tables();
    let data = data();
    for others in [false, true] {
        let series = series(&tables, others);
        let chart = MonthlyChart::Deployed(Box::new(series.clone()));
        for width in WIDTHS {
            let name = format!("deployed{}", if others { "-p5" } else { "" });
            let (svg, drawn) = draw_at(&name, &chart, width, &ENGLISH);
            let mut wanted: Vec<String> = ENGLISH
                .monthly()
                .uniformed_types
                .iter()
                .chain(&ENGLISH.monthly().period_names)
                .map(|word| word.to_string())
                .collect();
            wanted.extend(
                [
                    ENGLISH.monthly().total_before_split,
                    ENGLISH.monthly().deployed_axis,
                    "2,157 (paper) / 2,159 (UN report)",
                    "Nov 2010: 2,040",
                ]
                .map(String::from),
            );
            wanted.push("0".to_string());
            assert_labels(&svg, "deployed", width, &wanted);
            let years = years(&svg);
            let (first, last) = (years.iter().min().copied(), years.iter().max().copied());
            assert!(
                first == Some(1990) && last == Some(2014) && years.len() >= 3,
                "deployed at {width} px: the year axis's ends: {years:?}"
            );
            // The other permanent members, only when drawn: each named twice, in the legend (in full, beside its
            // own dashes, since one grey draws the four lines) and at its line's end (in full where the names fit,
            // else by its code).
            let members: Vec<(&CountryCode, String)> = CountryCode::PERMANENT_MEMBERS[1..]
                .iter()
                .zip(&series.other_names)
                .map(|(code, name)| (code, ENGLISH.name_or_code(code, name.as_ref()).to_string()))
                .collect();
            let shown = texts(&svg);
            for (code, name) in &members {
                let times = shown.iter().filter(|text| *text == name || *text == code.as_str()).count();
                let wanted = if others { 2 } else { 0 };
                assert_eq!(times, wanted, "deployed at {width} px: {name} is named {times} times: {shown:?}");
            }
            let patterns: Vec<(String, Swatch)> = chart
                .legend(&LIGHT, &ENGLISH)
                .into_iter()
                .filter(|entry| matches!(entry.swatch, Swatch::Dashes(..)))
                .map(|entry| (entry.name, entry.swatch))
                .collect();
            let legend_names: Vec<&String> = patterns.iter().map(|(name, _)| name).collect();
            let wanted: Vec<&String> = if others { members.iter().map(|(_, name)| name).collect() } else { vec![] };
            assert_eq!(legend_names, wanted, "deployed: the legend names the lines drawn");
            for (index, (_, swatch)) in patterns.iter().enumerate() {
                let shared = patterns[index + 1..].iter().any(|(_, other)| other == swatch);
                assert!(!shared, "deployed: each line has dashes of its own: {patterns:?}");
            }
            // A marker and a target per month with events, each of the marker's first event.
            let events: Vec<&Target> =
                drawn.hits.iter().map(|hit| &hit.target).filter(|target| matches!(target, Target::Event(_))).collect();
            assert_eq!(events.len(), series.markers.len(), "at {width} px");
            for marker in &series.markers {
                assert!(events.contains(&&Target::Event(marker.events[0])));
                assert!(marker.events.iter().all(|event| data.events().get(*event).is_some()));
            }
            // Month targets: every month at 1280 px. On a phone, where there are fewer pixels than months, every
            // pixel of the plot still points at a month: the targets follow each other without a gap.
            let months: Vec<_> =
                drawn.hits.iter().filter(|hit| matches!(hit.target, Target::Month(_))).map(|hit| hit.rect).collect();
            if width == 1280 {
                assert_eq!(months.len(), 281);
            }
            assert!(months.windows(2).all(|pair| pair[1].left == pair[0].right + 1), "deployed at {width} px: gaps");
            assert!(drawn.rect_of(&Target::Month(DEFAULT_MONTH)).is_some(), "the chosen month can be pointed at");
        }
    }
}

/// The canvas redraws only the deployed chart's overlay on a step of the month (`Chart::LAYERED`): the month must
/// be in the overlay and nowhere in the chart under it, or every step would redraw all 281 months.
#[test]
fn a_month_step_changes_only_the_deployed_charts_overlay() {
    let tables = tables();
    let events = data().events().to_vec();
    let at = |chosen: &str| {
        MonthlyChart::Deployed(Box::new(deployed_series(&tables, &events, paper(), false, Some(month(chosen)))))
    };
    let (november, december) = (at("2010-11"), at("2010-12"));
    assert!(november.has_overlay(), "the deployed chart has a layer");
    let top = MonthlyChart::Contributors(Box::new(top_contributors(&tables, month("2010-11"), paper())));
    assert!(!top.has_overlay(), "the top contributors chart redraws whole, with no layer");
    assert_eq!(november.base(), december.base(), "the chart under the overlay does not depend on the month");
    assert_eq!((november.overlay(), december.overlay()), (Some(month("2010-11")), Some(month("2010-12"))));
    let height = november.height_at(1280.0, &ENGLISH);
    let (base, _) = render(1280, height, |area| november.base().draw(area, None, STYLE, &ENGLISH).expect("drawn"));
    assert!(!has_text(&base, "Nov 2010: 2,040"), "the base draws no month");
    let (layer, _) = render(1280, height, |area| {
        november.draw_overlay(area, &november.overlay(), STYLE, &ENGLISH).expect("drawn");
        Drawn::default()
    });
    assert!(has_text(&layer, "Nov 2010: 2,040"), "the overlay draws the month's figure: {:?}", texts(&layer));
    assert!(!layer.contains("<rect"), "the overlay fills nothing, so the chart shows through it");
}

#[test]
fn the_deployed_chart_draws_totals_before_2000_and_the_types_after() {
    let tables = tables();
    let chart = MonthlyChart::Deployed(Box::new(series(&tables, false)));
    let (svg, _) = draw_at("deployed-dark", &chart, 800, &ENGLISH);
    let polygons_of = |color: plotters::style::RGBColor| {
        let fill = format!("fill=\"{}\"", chart::svg_colour(color));
        svg.match_indices("<polygon")
            .filter(|(start, _)| svg[*start..].split('>').next().is_some_and(|tag| tag.contains(&fill)))
            .count()
    };
    assert_eq!(polygons_of(LIGHT.neutral), 1, "one neutral total before 2000");
    for color in [LIGHT.categories[2], LIGHT.categories[3], LIGHT.categories[1]] {
        assert_eq!(polygons_of(color), 1, "one area per type from 2000");
    }
    // The dark theme draws the same marks in its own colours.
    let (dark, _) = render(800, chart.height(), |area| {
        chart.draw(area, None, pko_core::chart::Style { theme: &DARK, scale: 1.0 }, &ENGLISH).expect("drawn")
    });
    assert!(dark.contains("2,157 (paper) / 2,159 (UN report)"));
}

#[test]
fn the_takeaway_titles_say_what_the_charts_show_in_every_language() {
    let tables = tables();
    let top = top(&tables, "2010-11");
    let titles: Vec<String> = [&ENGLISH, &CHINESE, &JAPANESE].map(|texts| texts.contributors_title(&top)).to_vec();
    assert_eq!(
        titles,
        [
            "China was 15th of 118 contributors in Nov 2010, the largest of the permanent members",
            "2010年11月，中国在118个出兵国中居第15位，为常任理事国中最多",
            "2010年11月、中国は118か国中15位で、常任理事国で最多",
        ]
    );
    let france_larger = self::top(&tables, "2008-11");
    assert!(ENGLISH.contributors_title(&france_larger).ends_with("; France was the largest of the permanent members"));
    let with_others = series(&tables, true);
    let summary = month_summary(&tables, DEFAULT_MONTH, paper());
    let first = format_count(with_others.points[0].china.total());
    assert_eq!(
        ENGLISH.deployed_title(&with_others, &summary),
        format!("China went from {first} uniformed personnel in Nov 1990 to 2,040 in Nov 2010, the largest of the permanent members")
    );
    assert!(!ENGLISH.deployed_title(&series(&tables, false), &summary).contains("permanent"));
    for &lang in <Lang as pko_data::Vocabulary>::ALL {
        let texts = Texts::of(lang);
        let sentences = [
            texts.deployed_tooltip(&with_others, &summary),
            texts.month_sentence(&summary),
            texts.contributor_tooltip(&top.bars[14], top.summary.month),
        ];
        for sentence in sentences {
            assert!(sentence.contains("2,040"), "{lang:?}: {sentence}");
        }
    }
    // The world's total, summed here from the data file's rows rather than taken from the tables.
    let world: u32 = CONTRIBUTIONS_CSV
        .lines()
        .filter(|line| line.starts_with("2010-11,"))
        .flat_map(|line| line.rsplitn(4, ',').take(3).map(|cell| cell.parse::<u32>().unwrap_or(0)).collect::<Vec<_>>())
        .sum();
    assert_eq!(
        ENGLISH.month_sentence(&summary),
        format!("Nov 2010: China had 2,040 (1,893 troops, 92 police, 55 military experts) deployed, 15th of 118 contributors and 2% of the {} uniformed personnel of all.", format_count(world))
    );
}

#[test]
fn before_2000_the_sentences_give_totals_and_never_the_reports_split_by_type() {
    // The UN's report of November 1990 lists China's 5 military observers as troops (data/contributions.csv).
    let tables = tables();
    let first = month_summary(&tables, month("1990-11"), paper());
    assert_eq!(first.china.map(|china| china.troops), Some(5), "the data file as the report gives it");
    let top = top(&tables, "1990-11");
    let china = top.bars.iter().chain(&top.china_apart).find(|bar| bar.china).expect("China is listed");
    for &lang in <Lang as pko_data::Vocabulary>::ALL {
        let texts = Texts::of(lang);
        let troops = texts.monthly().uniformed_types[0];
        let sentences = [
            texts.month_sentence(&first),
            texts.deployed_tooltip(&series(&tables, false), &first),
            texts.contributor_tooltip(china, top.summary.month),
        ];
        for sentence in sentences {
            assert!(
                sentence.contains('5') && !sentence.to_lowercase().contains(&troops.to_lowercase()),
                "{lang:?}: {sentence}"
            );
        }
    }
    assert!(ENGLISH.month_sentence(&first).starts_with("Nov 1990: China had 5 deployed, "));
    // Each note after the figures is a sentence of its own, as a reader may copy the tooltip into notes.
    let tooltip = ENGLISH.deployed_tooltip(&series(&tables, false), &first);
    assert!(tooltip.contains(". Not split by type before 2000"), "{tooltip}");
    // From 2000 the split is given (the November 2010 sentence is checked above).
    let later = month_summary(&tables, month("2000-01"), paper());
    assert!(ENGLISH.month_sentence(&later).contains(" police"), "{}", ENGLISH.month_sentence(&later));
}

/// The fields of a CSV line, with RFC 4180 quotes.
fn fields(line: &str) -> Vec<String> {
    let (mut fields, mut field, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    fields.push(field);
    fields
}

/// A download's comment line: `#` and the comment as one field.
fn is_comment(line: &str) -> bool {
    line.starts_with("#,")
}

#[test]
fn the_downloads_read_back_as_the_data_files_rows_and_the_charts_bars() {
    let tables = tables();
    let csv = export::deployed_csv(&tables, false, paper(), &ENGLISH, &[export::CONTRIBUTIONS_SOURCE_LINE]);
    // A comment is `#` and one field, quoted where it holds a comma, which a spreadsheet keeps in one cell.
    assert!(csv.starts_with("#,\"Source: UN Department of Peacekeeping Operations"));
    assert!(csv.contains("\n#,\"Nov 2008: 2,157 (paper) / 2,159 (UN report)\"\n"));
    // China's rows are the data file's, line for line.
    let rows: Vec<&str> = csv.lines().filter(|line| !is_comment(line)).collect();
    assert_eq!(rows[0], "month,country,iso3,troops,police,experts");
    let china: Vec<&str> = CONTRIBUTIONS_CSV.lines().filter(|line| line.contains(",CHN,")).collect();
    assert_eq!(rows[1..], china[..]);
    // With the other permanent members too, every row is a line of the data file, names spelt as the UN's
    // reports spell them ("United States of America", "Russian Federation"), whatever the interface's language.
    let data_lines: std::collections::BTreeSet<&str> = CONTRIBUTIONS_CSV.lines().collect();
    let with_others = export::deployed_csv(&tables, true, paper(), &JAPANESE, &[]);
    let rows: Vec<&str> = with_others.lines().filter(|line| !is_comment(line)).skip(1).collect();
    assert!(
        rows.iter().all(|row| data_lines.contains(row)),
        "{:?}",
        rows.iter().find(|row| !data_lines.contains(*row))
    );
    assert!(rows.contains(&"2008-11,France,FRA,2106,123,25"));
    assert!(rows.iter().any(|row| row.starts_with("2008-11,United States of America,USA,")));

    let top = top(&tables, "1990-11");
    let csv = export::contributors_csv(&tables, &top, &JAPANESE, &[export::CONTRIBUTIONS_SOURCE_LINE]);
    let rows: Vec<Vec<String>> = csv.lines().filter(|line| !is_comment(line)).map(fields).collect();
    assert_eq!(
        rows[0],
        ["month", "rank", "country", "iso3", "troops", "police", "experts", "total", "permanent_member"]
    );
    let bars: Vec<_> = top.bars.iter().chain(&top.china_apart).collect();
    assert_eq!(rows.len(), bars.len() + 1);
    for (row, bar) in rows[1..].iter().zip(bars) {
        let count = |cell: &str| if cell.is_empty() { 0 } else { cell.parse::<u32>().expect("a count") };
        assert_eq!(row[0], "1990-11");
        assert_eq!(row[1].parse::<u16>().ok(), Some(bar.rank));
        let data_row = format!("{},{},{},{},{},{}", row[0], row[2], row[3], row[4], row[5], row[6]);
        assert!(data_lines.contains(data_row.as_str()), "{data_row} is a line of the data file");
        assert_eq!(CountryCode::parse(&row[3]), Some(bar.code));
        assert_eq!(
            [count(&row[4]), count(&row[5]), count(&row[6])],
            [bar.figures.troops, bar.figures.police, bar.figures.experts]
        );
        assert_eq!(count(&row[7]), bar.figures.total());
        assert_eq!(row[8], if bar.permanent { "yes" } else { "no" });
    }
    assert!(
        csv.lines().any(|line| line.trim_start_matches("#,").trim_start_matches('"').starts_with("1990年11月：")),
        "the month's sentence in the language"
    );
}

#[test]
fn a_month_outside_the_reports_is_told_with_the_reports_ends_and_the_month_shown_in_every_language() {
    let tables = tables();
    let reported = (tables.first_month, tables.last_month());
    assert_eq!((reported.0.to_string(), reported.1.to_string()), ("1990-11".to_string(), "2014-03".to_string()));
    for (asked, end) in [(month("1980-01"), reported.0), (month("2020-01"), reported.1)] {
        let shown = clamp_month(&tables, asked);
        assert_eq!(shown, end, "{asked} shows the nearer end");
        for texts in [&ENGLISH, &CHINESE, &JAPANESE] {
            let sentence = texts.month_outside(asked, reported, shown);
            for named in [asked, reported.0, reported.1] {
                assert!(sentence.contains(&texts.month(named)), "{:?}: {sentence}", texts.lang);
            }
        }
    }
}

#[test]
fn both_charts_speak_chinese_and_japanese_at_phone_width() {
    let tables = tables();
    let charts = [
        ("deployed", MonthlyChart::Deployed(Box::new(series(&tables, true)))),
        ("contributors", MonthlyChart::Contributors(Box::new(top(&tables, "2010-11")))),
    ];
    for texts in [&CHINESE, &JAPANESE] {
        for (name, chart) in &charts {
            let (svg, _) = draw_at(&format!("{name}-{:?}", texts.lang), chart, 320, texts);
            let wanted: Vec<String> = match name {
                &"deployed" => texts
                    .monthly()
                    .uniformed_types
                    .iter()
                    .chain(&texts.monthly().period_names)
                    .map(|word| word.to_string())
                    .collect(),
                _ => [texts.monthly().other_countries, texts.monthly().permanent_member, texts.rank(15).as_str()]
                    .map(String::from)
                    .to_vec(),
            };
            assert_labels(&svg, name, 320, &wanted);
        }
    }
}
