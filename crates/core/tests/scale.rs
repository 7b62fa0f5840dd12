//! The largest file the app accepts, 2,000 missions: the long charts show a page of rows and say how many they leave
//! out, a page turns and starts again when the view changes, and no chart's bitmap passes an engine's limits at any
//! width and pixel density.
#![cfg(not(target_arch = "wasm32"))]

use pko_core::chart::bitmap::{fits, Bitmap, MAX_PIXELS, MAX_SIDE};
use pko_core::chart::{self, Chart, ChartData};
use pko_core::model::{self, Filters, Page, Paging, Scale, Sort, PAGE_ROWS};
use pko_core::words::{Texts, CHINESE, ENGLISH, JAPANESE};
use pko_data::{Category, DataFiles, Dataset, Mission, Period, Region, Status, MAX_OWN_ROWS, MISSIONS_HEADER};
use std::cmp::Reverse;

mod svg;
use svg::{render, STYLE};
mod bars;

/// A valid missions file of `rows` missions whose figures, regions and dates vary with the row.
fn generated(rows: usize) -> Dataset {
    let regions = ["Africa", "Asia", "Middle East", "Europe", "Americas"];
    let lines: String = (0..rows)
        .map(|index| {
            let start = 1950 + index % 60;
            let table = if start < 2000 { 1 } else { 2 };
            let end = if index % 3 == 0 { String::new() } else { format!("{}-06", (start + index % 7).min(2010)) };
            let figures = if index % 8 == 0 {
                ",,,".to_string()
            } else {
                format!("{},{},0,{}", index % 30, index % 120, index % 400)
            };
            format!(
                "GEN{},,Mission {index},Host,{},{table},{start}-01,{start}-02,{end},{figures},\n",
                letters(index),
                regions[index % 5]
            )
        })
        .collect();
    let paper = Dataset::parse(&DataFiles::PAPER).expect("the paper's data files are valid");
    paper.with_own_missions("generated.csv", &format!("{}\n{lines}", MISSIONS_HEADER.join(","))).expect("valid")
}

/// The digits of `index` as the letters A to J: capital letters only, as an acronym must be.
fn letters(index: usize) -> String {
    index.to_string().bytes().map(|digit| char::from(digit - b'0' + b'A')).collect()
}

/// The charts of the first page of a view of `data`, as the panels build them.
fn first_pages(data: &Dataset, filters: &Filters, sort: Sort) -> [ChartData; 4] {
    let order = model::mission_order(data, filters, sort);
    let shown = &order[Page::at(0, order.len()).range()];
    let timeline = model::timeline_order(data, filters);
    let timeline_shown = &timeline[Page::at(0, timeline.len()).range()];
    [
        ChartData::Personnel {
            bars: model::mission_bars_of(data, filters, shown),
            largest: model::largest_personnel(data, filters, &order),
            scale: Scale::Linear,
            own_data: true,
        },
        ChartData::Regions(model::region_bars(data, filters)),
        ChartData::Budget(model::budget_series(data, true)),
        ChartData::Timeline {
            bars: model::timeline_bars_of(data, timeline_shown),
            span: model::timeline_span(data, &timeline),
            events: data.events().to_vec(),
            initial: model::initial_period(data),
        },
    ]
}

#[test]
fn a_page_holds_at_most_page_rows_and_says_how_many_are_left_out() {
    let paper = Dataset::parse(&DataFiles::PAPER).expect("the paper's data files are valid").missions().len();
    assert_eq!(Page::at(0, paper).hidden(), 0, "the paper's {paper} missions show whole");
    assert_eq!(Page::at(0, 25), Page { first: 0, shown: 25, total: 25 });
    assert_eq!(Page::at(0, 25).hidden(), 0);
    let first = Page::at(0, MAX_OWN_ROWS);
    assert_eq!((first.range(), first.hidden()), (0..PAGE_ROWS, MAX_OWN_ROWS - PAGE_ROWS));
    assert_eq!((first.previous(), first.next()), (None, Some(PAGE_ROWS)));
    let second = Page::at(first.next().expect("a next page"), MAX_OWN_ROWS);
    assert_eq!(second.range(), PAGE_ROWS..2 * PAGE_ROWS);
    assert_eq!(second.previous(), Some(0));
    // The last page holds what is left, and a row past the end shows the last page.
    let last = Page::at(MAX_OWN_ROWS - 1, MAX_OWN_ROWS);
    assert_eq!(last, Page::at(usize::MAX / 2, MAX_OWN_ROWS));
    assert_eq!((last.range().end, last.next()), (MAX_OWN_ROWS, None));
    let rows = PAGE_ROWS + 5;
    assert_eq!(Page::at(0, rows).next().map(|next| Page::at(next, rows).shown), Some(5));
    // A row in the middle of a page shows that whole page.
    assert_eq!(Page::at(PAGE_ROWS + 3, 100).first, PAGE_ROWS);
    assert_eq!(Page::at(0, 0), Page { first: 0, shown: 0, total: 0 });
}

#[test]
fn the_page_starts_again_when_the_view_changes() {
    let africa = {
        let mut filters = Filters::default();
        filters.regions.insert(Region::Africa);
        filters
    };
    let all = (Filters::default(), Sort::Total);
    let mut paging = Paging::new(all);
    assert_eq!(paging.page(all, 2000).first, 0);
    paging.go(all, 2 * PAGE_ROWS);
    assert_eq!(paging.page(all, 2000).first, 2 * PAGE_ROWS);
    // Fewer rows in the same view: the last page there is.
    assert_eq!(paging.page(all, 50).first, PAGE_ROWS);
    assert_eq!(paging.page((africa, Sort::Total), 2000).first, 0, "another filter");
    assert_eq!(paging.page((Filters::default(), Sort::Name), 2000).first, 0, "another order");
    assert_eq!(paging.page(all, 2000).first, 2 * PAGE_ROWS, "the same view again");
}

#[test]
fn the_largest_file_draws_a_page_of_rows_on_one_axis() {
    let data = generated(MAX_OWN_ROWS);
    let filters = Filters::default();
    let [personnel, _, _, timeline] = first_pages(&data, &filters, Sort::Name);
    for (chart, rows) in [(&personnel, PAGE_ROWS), (&timeline, PAGE_ROWS)] {
        let (_, drawn) = render(900, chart.height(), |area| chart.draw(area, None, STYLE, &ENGLISH).expect("drawn"));
        let missions = drawn.hits.iter().filter(|hit| matches!(hit.target, chart::Target::Mission(_))).count();
        assert_eq!(missions, rows);
    }
    // The axis of every page runs to the largest mission of all pages, which by name is not on the first.
    let ChartData::Personnel { bars, largest, .. } = &personnel else { unreachable!() };
    let all = bars::mission_bars(&data, &filters, Sort::Name);
    assert_eq!(*largest, all.iter().map(model::MissionBar::total).max().unwrap_or(0));
    assert!(bars.iter().all(|bar| bar.total() < *largest));
    // The timeline's years span every mission, not only the page's.
    let ChartData::Timeline { span: Some((first, last)), .. } = timeline else { unreachable!() };
    let bars = bars::timeline_bars(&data, &filters);
    assert_eq!(first, bars.iter().map(|bar| bar.start).fold(f64::INFINITY, f64::min));
    assert_eq!(last, bars.iter().map(|bar| bar.end).fold(0.0, f64::max));
    // The summary still counts every mission.
    assert_eq!(model::summary(&data, &filters).missions, MAX_OWN_ROWS);
}

#[test]
fn the_orders_a_click_filters_are_those_of_sorting_the_matching_missions() {
    // The dataset sorts its missions once; a click filters those orders. Each must equal a sort of the missions
    // that pass the filters, ties in the file's order (the generated file has many equal totals and starts).
    let data = generated(MAX_OWN_ROWS);
    let mut africa = Filters::default();
    africa.regions.toggle(Region::Africa);
    // Police and observers: the generated file sends some of each (and no troops), with many equal counts.
    let mut police_and_observers = Filters::default();
    police_and_observers.categories.toggle(Category::CivilianPolice);
    police_and_observers.categories.toggle(Category::MilitaryObservers);
    let ongoing_active = Filters { period: Some(Period::Active), status: Some(Status::Ongoing), ..Filters::default() };
    for filters in [Filters::default(), africa, police_and_observers, ongoing_active] {
        let matching = || data.missions().iter().enumerate().filter(|(_, mission)| filters.matches(mission));
        let indices = |mut rows: Vec<(usize, &Mission)>| rows.drain(..).map(|(index, _)| index).collect::<Vec<_>>();
        let mut by_total: Vec<_> = matching().collect();
        by_total.sort_by_key(|(_, mission)| (mission.personnel.is_none(), Reverse(filters.personnel_of(mission))));
        let mut by_start: Vec<_> = matching().collect();
        by_start.sort_by_key(|(_, mission)| mission.china_start);
        let mut by_name: Vec<_> = matching().collect();
        by_name.sort_by_key(|(_, mission)| mission.acronym.clone());
        let mut timeline: Vec<_> = matching().collect();
        timeline.sort_by_key(|(_, mission)| (mission.china_start, mission.acronym.clone()));
        assert_eq!(model::mission_order(&data, &filters, Sort::Total), indices(by_total), "{filters:?}");
        assert_eq!(model::mission_order(&data, &filters, Sort::Start), indices(by_start), "{filters:?}");
        assert_eq!(model::mission_order(&data, &filters, Sort::Name), indices(by_name), "{filters:?}");
        assert_eq!(model::timeline_order(&data, &filters), indices(timeline), "{filters:?}");
    }
}

#[test]
fn the_rows_left_out_are_said_in_every_language() {
    let page = Page::at(PAGE_ROWS, MAX_OWN_ROWS);
    let said = |texts: &Texts| texts.rows_shown(page);
    assert_eq!(said(&ENGLISH), "Missions 26–50 of 2,000; 1,975 not shown.");
    assert_eq!(said(&CHINESE), "共2,000项任务，显示第26–50项；另有1,975项未显示。");
    assert_eq!(said(&JAPANESE), "2,000件のミッションのうち26～50件目を表示（1,975件は表示されていません）。");
}

#[test]
fn no_bitmap_passes_the_limits_at_any_width_or_density() {
    for (width, height) in
        [(200.0, 300.0), (1280.0, 2000.0), (2400.0, 1400.0), (2400.0, 44_104.0), (40_000.0, 40_000.0)]
    {
        for ratio in [1.0, 1.5, 2.0, 3.0] {
            let bitmap = Bitmap::fitting(width, height, ratio);
            assert!(fits(bitmap.width, bitmap.height), "{width} × {height} at {ratio}: {bitmap:?}");
            assert!(bitmap.scale <= ratio);
        }
    }
    // Within the limits, the screen's density as it is.
    assert_eq!(Bitmap::fitting(1280.0, 900.0, 2.0), Bitmap { width: 2560, height: 1800, scale: 2.0 });
    // Past them, the scale falls only as far as needed: the bitmap is nearly as large as allowed.
    let limited = Bitmap::fitting(2400.0, 1400.0, 3.0);
    assert!(limited.scale < 3.0);
    assert!(u64::from(limited.width) * u64::from(limited.height) > MAX_PIXELS * 99 / 100, "{limited:?}");
    let tall = Bitmap::fitting(300.0, 20_000.0, 2.0);
    assert_eq!(tall.height, MAX_SIDE);
    assert!(!fits(4097, 4096) && !fits(MAX_SIDE + 1, 1) && fits(4096, 4096));
}

#[test]
fn every_chart_of_the_largest_file_fits_at_every_width_and_density() {
    let data = generated(MAX_OWN_ROWS);
    for sort in [Sort::Total, Sort::Start, Sort::Name] {
        for chart in first_pages(&data, &Filters::default(), sort) {
            for width in [200.0, 375.0, 1280.0, 2400.0] {
                let height = chart.height_at(width, &ENGLISH);
                // A page is a screen or two, whatever the file: the page never becomes thousands of pixels long.
                assert!(height <= 1400.0, "{width}: {height}");
                let bitmap = Bitmap::fitting(width, height, 3.0);
                assert!(fits(bitmap.width, bitmap.height));
            }
        }
    }
}
