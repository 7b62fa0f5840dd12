//! The first view written into the page at build time: the default view's words, charts and tables, in markup a
//! strict Content-Security-Policy allows.

use pko_core::chart::{svg_colour, Chart, ChartData, DARK, LIGHT};
use pko_core::first_view::{self, CHART_WIDTHS};
use pko_core::model::{self, Filters};
use pko_core::state::ViewState;
use pko_core::words::ENGLISH;
use pko_data::{DataFiles, Dataset};

fn paper() -> Dataset {
    Dataset::parse(&DataFiles::PAPER).expect("the paper's data files are valid")
}

fn page() -> String {
    first_view::html(&paper(), &ENGLISH).expect("the first view is drawn")
}

/// The opening tags of the `<svg>` elements of the charts.
fn chart_tags(page: &str) -> Vec<&str> {
    page.match_indices("<svg class=\"first-chart")
        .map(|(start, _)| &page[start..start + page[start..].find('>').expect("a closed tag")])
        .collect()
}

fn attribute<'a>(tag: &'a str, name: &str) -> &'a str {
    let start = tag.find(&format!(" {name}=\"")).unwrap_or_else(|| panic!("{tag} has no {name}")) + name.len() + 3;
    &tag[start..start + tag[start..].find('"').expect("a closed value")]
}

#[test]
fn each_chart_is_drawn_at_both_widths_at_the_apps_height() {
    let (data, page) = (paper(), page());
    let tags = chart_tags(&page);
    let titles = [ENGLISH.budget_title, ENGLISH.regions_title, ENGLISH.timeline_title, ENGLISH.personnel_title];
    assert_eq!(tags.len(), titles.len() * CHART_WIDTHS.len(), "{tags:#?}");
    let personnel_rows = model::mission_order(&data, &Filters::default(), Default::default());
    let timeline_rows = model::timeline_order(&data, &Filters::default());
    let charts = [
        ChartData::Budget(model::budget_series(&data, false)),
        ChartData::Regions(model::region_bars(&data, &Filters::default())),
        ChartData::timeline(&data, &timeline_rows, &timeline_rows),
        ChartData::personnel(&data, &Filters::default(), &personnel_rows, &personnel_rows, Default::default()),
    ];
    for ((chart, title), variants) in charts.iter().zip(titles).zip(tags.chunks(CHART_WIDTHS.len())) {
        for (width, layout) in CHART_WIDTHS {
            let tag = variants
                .iter()
                .find(|tag| attribute(tag, "class") == format!("first-chart {layout}"))
                .unwrap_or_else(|| panic!("{title}: no {layout} chart"));
            assert_eq!(attribute(tag, "aria-label"), title);
            // The height the canvas takes at that width, so that the app takes the page over without a jump.
            let height = chart.height_at(width, &ENGLISH).round();
            assert_eq!(attribute(tag, "height"), height.to_string(), "{title} {layout}");
            assert_eq!(attribute(tag, "viewBox"), format!("0 0 {width} {height}"), "{title} {layout}");
        }
    }
}

#[test]
fn the_charts_are_drawn_in_the_light_palette_and_the_stylesheet_gives_them_the_dark_one() {
    let page = page();
    for (start, _) in page.match_indices("<svg class=\"first-chart") {
        let svg = &page[start..start + page[start..].find("</svg>").expect("a closed svg")];
        assert!(svg.contains(&format!("fill=\"{}\"", svg_colour(LIGHT.background))), "{}", &svg[..120]);
        assert!(!svg.contains(&svg_colour(DARK.background)), "{}", &svg[..120]);
    }
    let dark = first_view::dark_stylesheet().expect("every light colour has one dark one");
    assert!(dark.contains("@media (prefers-color-scheme: dark)"));
    for (light, dark_colour) in
        [(LIGHT.background, DARK.background), (LIGHT.text, DARK.text), (LIGHT.china, DARK.china)]
    {
        let rule = format!(".first-chart [fill=\"{}\"]{{fill:{}}}", svg_colour(light), svg_colour(dark_colour));
        assert!(dark.contains(&rule), "{rule} in {dark}");
    }
    // A colour both themes share needs no rule.
    assert!(!dark.contains(&format!("[fill=\"{}\"]", svg_colour(LIGHT.neutral))));
}

#[test]
fn the_words_are_the_default_views() {
    let (data, page) = (paper(), page());
    let filters = Filters::default();
    let summary = ENGLISH.summary(&model::summary(&data, &filters), &filters);
    assert!(page.contains(&format!("<p class=\"summary\" id=\"summary\">{summary}</p>")), "{summary}");
    let personnel_rows = model::mission_order(&data, &filters, Default::default());
    let timeline_rows = model::timeline_order(&data, &filters);
    let takeaways = [
        ENGLISH.budget_takeaway(&model::budget_series(&data, false)),
        ENGLISH.regions_takeaway(&model::region_bars(&data, &filters)),
        ENGLISH.timeline_takeaway(model::shift_in_kind(&data, &timeline_rows)),
        ENGLISH.personnel_takeaway(model::largest_mission(&data, &filters, &personnel_rows)),
    ];
    for takeaway in takeaways {
        assert!(page.contains(&format!("<p class=\"takeaway\">{}</p>", first_view::escape(&takeaway))), "{takeaway}");
    }
    for fact in model::key_facts(&data) {
        let (figure, _) = ENGLISH.key_fact(&fact);
        assert!(page.contains(&format!("<a href=\"{}\"><strong>{figure}</strong>", fact.link())), "{figure}");
    }
}

#[test]
fn each_chart_has_its_table_of_every_row_for_a_page_without_scripts() {
    let (data, page) = (paper(), page());
    let tables: Vec<&str> = page.split("<div class=\"table-wrap first-view-table\">").skip(1).collect();
    assert_eq!(tables.len(), 4);
    let rows = |table: &str| table.split("</section>").next().unwrap_or_default().matches("<th scope=\"row\">").count();
    // Budget: the paper's three shares; regions: five; timeline: every mission and every event; personnel: every mission.
    assert_eq!(rows(tables[0]), model::budget_series(&data, false).paper.len());
    assert_eq!(rows(tables[1]), 5);
    assert_eq!(rows(tables[2]), data.missions().len() + data.events().len());
    assert_eq!(rows(tables[3]), data.missions().len());
    assert!(tables[3].contains("<th scope=\"row\">UNMIL</th>"));
}

#[test]
fn the_markup_runs_under_a_strict_content_security_policy() {
    let page = page();
    assert!(!page.contains(" style="), "a style attribute");
    assert!(!page.contains("<style"), "a style element");
    assert!(!page.contains("<script"), "a script");
    let handler = page.match_indices(" on").find(|(start, _)| {
        let name: String = page[start + 1..].chars().take_while(char::is_ascii_alphabetic).collect();
        page[start + 1 + name.len()..].starts_with('=')
    });
    assert!(handler.is_none(), "an event handler attribute: {:?}", handler.map(|(start, _)| &page[start..start + 30]));
}

#[test]
fn text_is_escaped() {
    assert_eq!(first_view::escape(r#"Tom & "Jerry" <b>"#), "Tom &amp; &quot;Jerry&quot; &lt;b&gt;");
}

/// Each control that changes the view, by its text, with the query of the view it asks for (`data-view`).
fn views_asked_for(page: &str) -> Vec<(String, String)> {
    page.match_indices(" data-view=\"")
        .map(|(start, found)| {
            let value_start = start + found.len();
            let value = &page[value_start..value_start + page[value_start..].find('"').expect("a closed value")];
            let text_start = value_start + page[value_start..].find('>').expect("a closed tag") + 1;
            let text = &page[text_start..text_start + page[text_start..].find('<').expect("the control's text ends")];
            (text.to_string(), value.replace("&amp;", "&"))
        })
        .collect()
}

#[test]
fn each_control_that_changes_the_view_names_the_address_of_the_view_it_asks_for() {
    let (page, data) = (page(), paper());
    let views = views_asked_for(&page);
    // Two periods, five regions, four categories, two statuses, the PLA box, the budget's later scales, the two
    // orders and the log scale not shown, and the two other languages.
    assert_eq!(views.len(), 20, "{views:?}");
    for (text, query) in &views {
        let (view, notices) = ViewState::from_query(query, &data);
        assert_eq!(notices, [], "{text}: {query}");
        assert_ne!(view, ViewState::default(), "{text} asks for the view already shown");
        assert_eq!(&view.to_query(), query, "{text}: the app writes its view's address otherwise");
    }
    let asked = |text: &str| views.iter().find(|(control, _)| control == text).map(|(_, query)| query.as_str());
    for (text, query) in [
        ("Africa", "v=1&region=africa"),
        ("Active engagement, 2000–", "v=1&period=active"),
        ("Civilian police", "v=1&category=police"),
        ("Ended", "v=1&status=ended"),
        ("PLA troop missions only", "v=1&pla=1"),
        ("By name", "v=1&sort=name"),
        ("Log scale", "v=1&scale=log"),
        ("日本語", "v=1&lang=ja"),
    ] {
        assert_eq!(asked(text), Some(query), "{text}");
    }
    for shown in ["By total", "Linear", "English"] {
        assert_eq!(asked(shown), None, "{shown} is the view shown");
    }
}

#[test]
fn the_pages_title_before_the_app_runs_is_the_english_one_the_app_gives() {
    let page = include_str!("../../../index.html");
    let title = page.split_once("<title>").and_then(|(_, rest)| rest.split_once("</title>")).map(|(title, _)| title);
    assert_eq!(title, Some(ENGLISH.page_title().as_str()));
}
