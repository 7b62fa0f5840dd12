//! Each chart drawn to SVG with the same code the canvas uses, checked for structure: the right marks, the
//! labels a reader needs, and clickable regions for every bar that lie inside the chart and apart, at widths from
//! 200 to 1280 px; and with a reader's own data, axes and bar ends that follow it.
#![cfg(not(target_arch = "wasm32"))]

use pko_core::chart::{self, Chart, Style, Target, DARK, LIGHT};
use pko_core::format::{format_count, format_percent};
use pko_core::model::{self, Filters, Scale, Sort};
use pko_core::words::{Texts, CHINESE, ENGLISH, JAPANESE};
use pko_data::{Category, DataFiles, Dataset, EventDate, PaperSection, PolicyEvent, Region, TurningPoint, Vocabulary};
use plotters::prelude::*;
use plotters_backend::{BackendColor, DrawingErrorKind};

mod svg;
use svg::{assert_labels, at_every_width, has_text, joined_texts, rects_of, render, text_position, years, STYLE};
mod bars;

fn data() -> Dataset {
    Dataset::parse(&DataFiles::PAPER).expect("the paper's data files are valid")
}

#[test]
fn personnel_chart_draws_a_stacked_bar_per_mission() {
    let data = data();
    let bars = bars::mission_bars(&data, &Filters::default(), Sort::Total);
    let (svg, drawn) = render(900, chart::personnel::height(bars.len()), |area| {
        chart::personnel::draw(area, &bars, 0, Scale::Linear, false, None, STYLE, &ENGLISH).expect("drawn")
    });
    assert_eq!(drawn.hits.len(), 25);
    for bar in &bars {
        assert!(has_text(&svg, &bar.acronym), "{} is labelled", bar.acronym);
    }
    assert!(has_text(&svg, "no figures"), "MONUSCO is marked");
    assert!(has_text(&svg, "4,059"), "UNMIL's total is written");
    // One troops segment for each of the six PLA troop missions, plus the legend swatch.
    assert_eq!(rects_of(&svg, LIGHT.categories[2]), 6 + 1);
    // Civilians: UNTAG only, plus the swatch.
    assert_eq!(rects_of(&svg, LIGHT.categories[0]), 1 + 1);
    for name in ["Civilians", "Military observers", "Troops", "Civilian police"] {
        assert!(has_text(&svg, name), "legend names {name}");
    }
}

#[test]
fn log_scale_draws_totals_and_gives_the_smallest_bars_a_visible_width() {
    let data = data();
    let bars = bars::mission_bars(&data, &Filters::default(), Sort::Total);
    let (svg, _) = render(800, chart::personnel::height(bars.len()), |area| {
        chart::personnel::draw(area, &bars, 0, Scale::Log, false, None, STYLE, &ENGLISH).expect("drawn")
    });
    // A stack has no reading on a log axis: no bar is split by category, each of the 24 missions with figures is
    // one total (plus the legend swatch), and UNIOSIL's 1 is visible.
    assert!(LIGHT.categories.iter().all(|color| rects_of(&svg, *color) == 0), "no segment of a category");
    let totals = bar_spans(&svg, LIGHT.neutral, 30.0);
    assert_eq!(totals.len(), 24);
    assert!(totals.iter().all(|(left, right)| right - left >= 4.0), "every total is visible: {totals:?}");
    assert!(has_text(&svg, "10,000") && has_text(&svg, "10"), "the log axis ticks powers of ten");
    assert!(svg.contains("(log scale)"));
}

#[test]
fn on_a_linear_axis_every_segment_is_as_long_as_its_count() {
    let data = data();
    let bars = bars::mission_bars(&data, &Filters::default(), Sort::Total);
    let (svg, drawn) = render(900, chart::personnel::height(bars.len()), |area| {
        chart::personnel::draw(area, &bars, 0, Scale::Linear, false, None, STYLE, &ENGLISH).expect("drawn")
    });
    // Each segment found in the SVG, with the mission whose row it lies in.
    let segments: Vec<(&model::MissionBar, Category, f64, f64)> = category_rects(&svg)
        .into_iter()
        .filter_map(|(category, x, y, width)| {
            let hit = drawn.hit_at(x as i32, y as i32 + 1)?;
            let Target::Mission(acronym) = &hit.target else { return None };
            Some((bars.iter().find(|bar| &bar.acronym == acronym)?, category, x, width))
        })
        .collect();
    // The scale from the longest bar, UNMIL's 4,059.
    let unmil = segments.iter().filter(|(bar, ..)| bar.acronym == "UNMIL");
    let (left, right) = unmil.fold((f64::MAX, 0.0f64), |(l, r), (_, _, x, width)| (l.min(*x), r.max(x + width)));
    let per_person = (right - left) / 4059.0;
    assert!(segments.len() > 25, "the segments are found: {}", segments.len());
    for (bar, category, _, width) in segments {
        let count = bar.segments.iter().find(|(c, _)| *c == category).map_or(0, |(_, count)| *count);
        // Each end of a segment is rounded to a pixel.
        let expected = f64::from(count) * per_person;
        assert!((width - expected).abs() <= 1.0, "{}: {category:?} is {width} px for {count}", bar.acronym);
    }
}

/// The filled rectangles of the personnel categories below the legend, as `(category, x, y, width)`.
fn category_rects(svg: &str) -> Vec<(Category, f64, f64, f64)> {
    let attribute = |tag: &str, name: &str| -> f64 {
        let value = tag.split(&format!(" {name}=\"")).nth(1).and_then(|rest| rest.split('"').next());
        value.and_then(|value| value.parse().ok()).expect("a numeric attribute")
    };
    let category_of = |tag: &str| {
        Category::ALL.iter().copied().find(|category| {
            let RGBColor(r, g, b) = LIGHT.categories[category.index()];
            tag.contains(&format!("fill=\"#{r:02X}{g:02X}{b:02X}\""))
        })
    };
    svg.split("<rect")
        .skip(1)
        .filter_map(|rest| rest.split('>').next())
        .filter_map(|tag| Some((category_of(tag)?, attribute(tag, "x"), attribute(tag, "y"), attribute(tag, "width"))))
        .filter(|(_, _, y, _)| *y > 30.0)
        .collect()
}

#[test]
fn region_chart_writes_each_share_and_marks_the_chosen_region() {
    let data = data();
    let mut filters = Filters::default();
    filters.regions.insert(Region::Africa);
    let bars = model::region_bars(&data, &filters);
    let (svg, drawn) = render(600, chart::regions::height(), |area| {
        chart::regions::draw(area, &bars, None, STYLE, &ENGLISH).expect("drawn")
    });
    for text in ["8,832 (71%)", "1,464 (12%)", "1,146 (9%)", "916 (7%)", "93 (1%)", "14 missions", "1 mission"] {
        assert!(has_text(&svg, text), "{text} is written");
    }
    let targets: Vec<Target> = drawn.hits.iter().map(|hit| hit.target.clone()).collect();
    assert_eq!(targets, Region::ALL_TARGETS.to_vec());
    // Africa is filled; the four unchosen regions are outlines; no region has a colour of its own.
    assert_eq!(rects_of(&svg, LIGHT.neutral), 1);
    assert!(LIGHT.categories.iter().all(|color| rects_of(&svg, *color) == 0));
}

trait AllTargets {
    const ALL_TARGETS: [Target; 5];
}

impl AllTargets for Region {
    const ALL_TARGETS: [Target; 5] = [
        Target::Region(Region::Africa),
        Target::Region(Region::Asia),
        Target::Region(Region::MiddleEast),
        Target::Region(Region::Europe),
        Target::Region(Region::Americas),
    ];
}

#[test]
fn budget_chart_labels_the_papers_figures_and_marks_the_later_series_as_outside_it() {
    let data = data();
    let paper = model::budget_series(&data, false);
    let (svg, drawn) = render(700, chart::budget::height(&paper), |area| {
        chart::budget::draw(area, &paper, None, STYLE, &ENGLISH).expect("drawn")
    });
    for text in ["0.9%", "1.91%", "3.94% · 7th", "China&apos;s share (the paper)"] {
        assert!(has_text(&svg, text), "{text} is written");
    }
    assert!(!svg.contains("not in the paper)"));
    // The years 2004-2009 are empty because the paper gives no figure for them, and the chart says so.
    assert!(joined_texts(&svg).contains("no figures in the paper"));
    assert_eq!(drawn.hits.len(), 3);

    let later = model::budget_series(&data, true);
    let (svg, drawn) = render(1000, chart::budget::height(&later), |area| {
        chart::budget::draw(area, &later, None, STYLE, &ENGLISH).expect("drawn")
    });
    assert!(svg.contains("UN scales 2007–2027 (not in the paper)"));
    assert!(has_text(&svg, "23.78% · 2nd"));
    // The 2022-2024 figure, which only secondary reports give, is told apart in the legend.
    assert!(has_text(&svg, "from secondary reports only"));
    assert_eq!(drawn.hits.len(), 10);
    // On a phone-sized chart (350 CSS pixels at twice the density), the later series' labels that no longer fit
    // are left out.
    let (_, dense) = render(700, chart::budget::height(&later) * 2.0, |area| {
        chart::budget::draw(area, &later, None, Style { theme: &DARK, scale: 2.0 }, &ENGLISH).expect("drawn")
    });
    assert!(
        dense.labels.len() < drawn.labels.len(),
        "{} labels dense, {} wide",
        dense.labels.len(),
        drawn.labels.len()
    );
}

#[test]
fn timeline_draws_a_span_per_mission_and_a_marker_per_event() {
    let data = data();
    let bars = bars::timeline_bars(&data, &Filters::default());
    let (svg, drawn) = render(1000, chart::timeline::height(bars.len()), |area| {
        chart::timeline::draw(area, &bars, None, data.events(), model::initial_period(&data), None, STYLE, &ENGLISH)
            .expect("drawn")
    });
    let missions = drawn.hits.iter().filter(|hit| matches!(hit.target, Target::Mission(_))).count();
    let events = drawn.hits.iter().filter(|hit| matches!(hit.target, Target::Event(_))).count();
    // A marker per month with events; no two of the paper's events share a month.
    assert_eq!((missions, events), (25, data.events().len()));
    assert!(has_text(&svg, "1990") && has_text(&svg, "2010"));
    // Each mission in the colour of the category China sent most of: troops in the six missions the paper says
    // the PLA's troops went to (Section III.1), plus the legend swatch; MONUSCO, without figures, is neutral.
    assert_eq!(rects_of(&svg, LIGHT.categories[Category::Troops.index()]), 6 + 1);
    assert_eq!(rects_of(&svg, LIGHT.neutral), 1 + 1);
    assert!(joined_texts(&svg).contains(ENGLISH.timeline_colour));
}

#[test]
fn the_personnel_chart_keeps_every_mission_its_total_and_its_axis_at_every_width() {
    let data = data();
    let bars = bars::mission_bars(&data, &Filters::default(), Sort::Total);
    let categories: Vec<&str> = Category::ALL.iter().map(|category| ENGLISH.category(*category)).collect();
    for (scale, ends, title, legend) in [
        (Scale::Linear, ["0", "5,000"], ENGLISH.personnel_axis, categories),
        (Scale::Log, ["1", "10,000"], ENGLISH.personnel_axis_log, vec![ENGLISH.personnel_total_log]),
    ] {
        let mut wanted: Vec<String> = bars
            .iter()
            .flat_map(|bar| {
                let value = if bar.has_figures { format_count(bar.total()) } else { ENGLISH.no_figures.to_string() };
                [bar.acronym.clone(), value]
            })
            .collect();
        wanted.extend(legend.into_iter().chain(ends).chain([title]).map(String::from));
        let chart = chart::ChartData::Personnel { largest: 0, bars: bars.clone(), scale, own_data: false };
        at_every_width("personnel", &chart, |width, svg, drawn| {
            assert_labels(svg, "personnel", width, &wanted);
            assert_eq!(drawn.hits.len(), 25, "at {width} px");
        });
    }
}

#[test]
fn the_region_chart_keeps_each_regions_name_count_and_value_at_every_width() {
    let data = data();
    let bars = model::region_bars(&data, &Filters::default());
    let wanted: Vec<String> = bars
        .iter()
        .flat_map(|bar| {
            let value = format!("{} ({})", format_count(bar.personnel), format_percent(bar.share));
            [ENGLISH.region(bar.region).to_string(), ENGLISH.missions(bar.missions), value]
        })
        .collect();
    assert!(wanted.contains(&"8,832 (71%)".to_string()) && wanted.contains(&"93 (1%)".to_string()));
    at_every_width("regions", &chart::ChartData::Regions(bars), |width, svg, drawn| {
        assert_labels(svg, "regions", width, &wanted);
        let targets: Vec<Target> = drawn.hits.iter().map(|hit| hit.target.clone()).collect();
        assert_eq!(targets, Region::ALL_TARGETS.to_vec(), "at {width} px");
        // The bars stay long enough to compare: Africa's, the longest, spans at least a third of the chart.
        let (left, right) = bar_spans(svg, LIGHT.neutral, 0.0)[0];
        assert!(right - left >= f64::from(width) / 3.0, "at {width} px Africa's bar is {} px long", right - left);
    });
}

#[test]
fn the_budget_chart_keeps_the_papers_figures_and_its_axes_at_every_width() {
    let data = data();
    for (later, top, legend) in
        [(false, "6%", vec![ENGLISH.paper_series]), (true, "30%", vec![ENGLISH.paper_series, ENGLISH.later_series])]
    {
        let mut wanted: Vec<String> = ["0.9%", "1.91%", "3.94% · 7th", "0%", top].map(String::from).to_vec();
        // The SVG escapes the apostrophe of "China's".
        wanted.extend(legend.iter().map(|name| name.replace('\'', "&apos;")));
        let chart = chart::ChartData::Budget(model::budget_series(&data, later));
        at_every_width("budget", &chart, |width, svg, drawn| {
            assert_labels(svg, "budget", width, &wanted);
            let years = years(svg);
            let (first, last) = (years.iter().min().copied(), years.iter().max().copied());
            let last_wanted = if later { 2020 } else { 2010 };
            assert!(
                years.len() >= 2 && first <= Some(2000) && last >= Some(last_wanted),
                "budget at {width} px: the year axis's ends are labelled: {years:?}"
            );
            assert_eq!(drawn.hits.len(), if later { 10 } else { 3 }, "at {width} px");
        });
    }
}

#[test]
fn the_timeline_keeps_every_mission_its_legend_and_its_axis_at_every_width() {
    let data = data();
    let bars = bars::timeline_bars(&data, &Filters::default());
    let mut wanted: Vec<String> = bars.iter().map(|bar| bar.acronym.clone()).collect();
    wanted.extend(Category::ALL.iter().map(|category| ENGLISH.category(*category).to_string()));
    wanted.extend([ENGLISH.no_figures, "ongoing (to Jan 2011)", ENGLISH.timeline_colour].map(String::from));
    let chart = chart::ChartData::Timeline { bars, span: None, events: data.events().to_vec(), initial: None };
    at_every_width("timeline", &chart, |width, svg, drawn| {
        assert_labels(svg, "timeline", width, &wanted);
        let years = years(svg);
        let (first, last) = (years.iter().min().copied(), years.iter().max().copied());
        assert!(
            years.len() >= 2 && first <= Some(1980) && last >= Some(2000),
            "timeline at {width} px: the year axis's ends are labelled: {years:?}"
        );
        assert_eq!(drawn.hits.len(), 25 + data.events().len(), "at {width} px");
        // Every event can be pointed at: its marker's target is wide enough for a pointer, whose position comes
        // in whole CSS pixels (a target one device pixel wide can fall between two), and its middle finds it.
        for (index, _) in data.events().iter().enumerate() {
            let hit = drawn.hits.iter().find(|hit| hit.target == Target::Event(index));
            let hit = hit.unwrap_or_else(|| panic!("at {width} px event {index} has a target"));
            let target_width = hit.rect.right - hit.rect.left;
            assert!(target_width >= 3, "at {width} px event {index}'s target is {target_width} px wide");
            let middle = ((hit.rect.left + hit.rect.right) / 2, (hit.rect.top + hit.rect.bottom) / 2);
            let found = drawn.hit_at(middle.0, middle.1).map(|found| &found.target);
            assert_eq!(found, Some(&Target::Event(index)), "at {width} px event {index} is reachable");
        }
        // The turning points the paper names are labelled on a phone's width and wider, each joined to its own
        // marker by a line that crosses no other label.
        if width >= 320 {
            for point in TurningPoint::ALL {
                let label = ENGLISH.turning_point(*point);
                assert!(has_text(svg, label), "at {width} px the timeline labels {label}");
                assert_joined_to_its_marker((svg, drawn), data.events(), *point, &ENGLISH, width);
            }
        }
    });
    // Between a phone and a wide screen (a column of two at 1280 px is about 600 wide) the labels stand closest to
    // the marks of their neighbours, and how close depends on the language's words.
    for texts in [&ENGLISH, &CHINESE, &JAPANESE] {
        for width in (340..=1400).step_by(20) {
            let (svg, drawn) = render(width, chart.height_at(f64::from(width), texts), |area| {
                chart.draw(area, None, STYLE, texts).expect("drawn")
            });
            for point in TurningPoint::ALL {
                assert_joined_to_its_marker((&svg, &drawn), data.events(), *point, texts, width);
            }
        }
    }
}

/// Asserts that the label of the timeline's turning `point` has a line from its edge or its foot down to the top of
/// the diamond of the event that is that turning point, crossing no other label and no other diamond.
fn assert_joined_to_its_marker(
    (svg, drawn): (&str, &chart::Drawn),
    events: &[PolicyEvent],
    point: TurningPoint,
    texts: &Texts,
    width: u32,
) {
    let label = texts.turning_point(point);
    let event = events.iter().position(|event| event.turning_point == Some(point)).expect("an event");
    let marker = drawn.rect_of(&Target::Event(event)).expect("the event's marker");
    let numbers = |text: &str| -> Vec<i32> {
        text.split([',', ' '])
            .filter(|number| !number.is_empty())
            .map(|number| number.parse().expect("a number"))
            .collect()
    };
    let attribute = |tag: &str, name: &str| -> Option<String> {
        // After the split, a tag's first attribute has no space before it.
        let tag = format!(" {tag}");
        Some(tag.split_once(&format!(" {name}=\""))?.1.split_once('"')?.0.to_string())
    };
    let tags = |name: &str| -> Vec<&str> {
        let opening = format!("<{name} ");
        svg.split(opening.as_str()).skip(1).map(|rest| rest.split_once('>').expect("a tag").0).collect()
    };
    let text_tag = svg
        .split("<text ")
        .skip(1)
        .find(|rest| rest.split_once('>').is_some_and(|(_, body)| body.trim().starts_with(label)));
    let text_tag = text_tag.unwrap_or_else(|| panic!("at {width} px {label} is a text"));
    let at = |name| attribute(text_tag, name).and_then(|value| value.parse::<i32>().ok()).expect("a position");
    // A label is drawn from its left edge, its middle or its right edge, whichever stands at its mark.
    let own = drawn
        .labels
        .iter()
        .find(|rect| rect.top == at("y") && [rect.left, (rect.left + rect.right) / 2, rect.right].contains(&at("x")));
    let own = own.unwrap_or_else(|| panic!("at {width} px {label} is a drawn label"));
    // The events' diamonds: top, right, bottom and left corners.
    let diamonds: Vec<chart::PixelRect> = tags("polygon")
        .into_iter()
        .filter_map(|tag| Some(numbers(&attribute(tag, "points")?)))
        .filter(|points| points.len() == 8)
        .map(|points| chart::PixelRect { left: points[6], top: points[1], right: points[2], bottom: points[5] })
        .collect();
    let joined =
        tags("polyline").into_iter().filter_map(|tag| Some(numbers(&attribute(tag, "points")?))).any(|points| {
            let [x, top, bottom_x, bottom] = points[..] else { return false };
            let line = chart::PixelRect { left: x, top, right: x, bottom };
            let from_the_label = (top == own.top && (x == own.left - 3 || x == own.right + 3))
                || (top == own.bottom + 1 && (own.left..=own.right).contains(&x));
            // The marker's target is its diamond's height, and as wide as the room between its neighbours.
            let is_its_diamond =
                |diamond: &chart::PixelRect| diamond.top == bottom + 1 && diamond.left + diamond.right == 2 * x;
            let to_its_marker = x == bottom_x
                && diamonds.iter().any(is_its_diamond)
                && bottom + 1 == marker.top
                && (marker.left..=marker.right).contains(&x);
            let crosses = drawn.labels.iter().any(|other| other != own && other.overlaps(&line))
                || diamonds.iter().any(|diamond| !is_its_diamond(diamond) && diamond.overlaps(&line));
            from_the_label && to_its_marker && !crosses
        });
    assert!(joined, "at {width} px {label:?} has a line to its marker that crosses no other label or marker");
}

#[test]
fn events_of_one_month_share_a_marker_that_holds_them_all() {
    let event = |date: &str, title: &str| PolicyEvent {
        date: EventDate::parse(date).expect("a date"),
        title: title.to_string(),
        description: String::new(),
        section: PaperSection::I1,
        turning_point: None,
    };
    let events = [event("1981-11", "a"), event("1981-12", "b"), event("1981-12", "c"), event("1982", "d")];
    let markers = model::event_markers(&events, |_| true);
    let held: Vec<Vec<usize>> = markers.iter().map(|marker| marker.events.clone()).collect();
    assert_eq!(held, [vec![0], vec![1, 2], vec![3]]);
    assert_eq!(model::marker_of(&markers, 2).map(|marker| marker.month.to_string()).as_deref(), Some("1981-12"));
    // A year-only event sits mid-year.
    assert_eq!(markers[2].month.to_string(), "1982-07");
}

#[test]
fn a_chart_of_few_rows_keeps_their_labels_when_its_legend_wraps() {
    // Europe's two missions: on a narrow chart the legend takes more rows, and the chart grows rather than
    // squeezing two rows under their labels' height.
    let data = data();
    let mut europe = Filters::default();
    europe.regions.insert(Region::Europe);
    let bars = bars::mission_bars(&data, &europe, Sort::Total);
    let mut wanted: Vec<String> =
        bars.iter().flat_map(|bar| [bar.acronym.clone(), format_count(bar.total())]).collect();
    wanted.extend(Category::ALL.iter().map(|category| ENGLISH.category(*category).to_string()));
    assert_eq!(bars.len(), 2);
    at_every_width(
        "personnel-europe",
        &chart::ChartData::Personnel { largest: 0, bars, scale: Scale::Linear, own_data: false },
        |width, svg, _| {
            assert_labels(svg, "personnel", width, &wanted);
        },
    );
    let bars = bars::timeline_bars(&data, &europe);
    let legend = chart::timeline::legend(&bars, false, &LIGHT, &ENGLISH).into_iter().map(|entry| entry.name);
    let wanted: Vec<String> = bars.iter().map(|bar| bar.acronym.clone()).chain(legend).collect();
    assert!(wanted.len() > bars.len() + 1, "the legend names the colours");
    let timeline = chart::ChartData::Timeline { bars, span: None, events: data.events().to_vec(), initial: None };
    at_every_width("timeline-europe", &timeline, |width, svg, _| assert_labels(svg, "timeline", width, &wanted));
}

#[test]
fn an_empty_selection_says_so_instead_of_drawing_nothing() {
    let (svg, drawn) = render(600, chart::personnel::height(0), |area| {
        chart::personnel::draw(area, &[], 0, Scale::Linear, false, None, STYLE, &ENGLISH).expect("drawn")
    });
    assert!(svg.contains("No mission matches these filters."));
    assert!(drawn.hits.is_empty());
}

/// A backend whose every drawing call fails, like a canvas whose context was lost.
struct BrokenBackend;

#[derive(Debug)]
struct Broken;

impl std::fmt::Display for Broken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the canvas is gone")
    }
}

impl std::error::Error for Broken {}

impl DrawingBackend for BrokenBackend {
    type ErrorType = Broken;

    fn get_size(&self) -> (u32, u32) {
        (600, 400)
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Broken>> {
        Err(DrawingErrorKind::DrawingError(Broken))
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Broken>> {
        Err(DrawingErrorKind::DrawingError(Broken))
    }

    fn draw_pixel(&mut self, _: (i32, i32), _: BackendColor) -> Result<(), DrawingErrorKind<Broken>> {
        Err(DrawingErrorKind::DrawingError(Broken))
    }
}

#[test]
fn a_failing_backend_gives_an_error_not_a_panic() {
    let data = data();
    let chart = chart::ChartData::Regions(model::region_bars(&data, &Filters::default()));
    let area = BrokenBackend.into_drawing_area();
    let error = chart.draw(&area, None, STYLE, &ENGLISH).expect_err("drawing fails");
    assert!(error.to_string().contains("the canvas is gone"), "{error}");
}

/// The app fetches the long charts' drawing code when one of them first comes near the screen, and draws the other
/// two with the code it starts with: each kind's code draws its own charts, each as its module draws it, and gives an
/// error, not another chart's drawing, for the other kind's.
#[test]
fn the_long_charts_and_the_others_each_have_their_own_drawing_code() {
    use chart::ChartData;
    let data = data();
    let filters = Filters::default();
    let order = model::mission_order(&data, &filters, Sort::Total);
    let timeline_order = model::timeline_order(&data, &filters);
    let charts = [
        ChartData::personnel(&data, &filters, &order, &order, Scale::Linear),
        ChartData::Regions(model::region_bars(&data, &filters)),
        ChartData::Budget(model::budget_series(&data, false)),
        ChartData::timeline(&data, &timeline_order, &timeline_order),
    ];
    let long: Vec<bool> = charts.iter().map(ChartData::is_long).collect();
    assert_eq!(long, [true, false, false, true], "the personnel chart and the timeline are the long ones");
    for chart in &charts {
        let (by_module, _) = render(900, chart.height(), |area| {
            match chart {
                ChartData::Personnel { bars, largest, scale, own_data } => {
                    chart::personnel::draw(area, bars, *largest, *scale, *own_data, None, STYLE, &ENGLISH)
                }
                ChartData::Regions(bars) => chart::regions::draw(area, bars, None, STYLE, &ENGLISH),
                ChartData::Budget(series) => chart::budget::draw(area, series, None, STYLE, &ENGLISH),
                ChartData::Timeline { bars, span, events, initial } => {
                    chart::timeline::draw(area, bars, *span, events, *initial, None, STYLE, &ENGLISH)
                }
            }
            .expect("drawn")
        });
        let (by_kind, _) = render(900, chart.height(), |area| {
            let (own, other) = if chart.is_long() {
                (chart.draw_long(area, None, STYLE, &ENGLISH), chart.draw_short(area, None, STYLE, &ENGLISH))
            } else {
                (chart.draw_short(area, None, STYLE, &ENGLISH), chart.draw_long(area, None, STYLE, &ENGLISH))
            };
            assert!(other.is_err(), "the other kind's code refuses the chart");
            own.expect("drawn by its own kind's code")
        });
        assert_eq!(by_kind, by_module, "its kind's code draws it as its module does");
    }
}

#[test]
fn charts_speak_the_readers_language() {
    use pko_core::lang::Lang;
    let data = data();
    let bars = bars::mission_bars(&data, &Filters::default(), Sort::Total);
    for (lang, words) in [
        (Lang::Chinese, ["文职人员", "军事观察员", "部队", "民事警察", "无数据"]),
        (Lang::Japanese, ["文民", "軍事監視要員", "部隊", "文民警察", "数値なし"]),
    ] {
        let (svg, _) = render(900, chart::personnel::height(bars.len()), |area| {
            chart::personnel::draw(area, &bars, 0, Scale::Linear, false, None, STYLE, Texts::of(lang)).expect("drawn")
        });
        for word in words {
            assert!(has_text(&svg, word), "{lang:?}: {word} is drawn");
        }
        assert!(has_text(&svg, "UNMIL"), "acronyms stay as they are");
    }
    let later = model::budget_series(&data, true);
    let (svg, _) = render(1000, chart::budget::height(&later), |area| {
        chart::budget::draw(area, &later, None, STYLE, Texts::of(Lang::Japanese)).expect("drawn")
    });
    assert!(has_text(&svg, "3.94% · 7位"));
    assert!(has_text(&svg, "国連分担率 2007–2027年（論文外）"));
}

/// A made-up dataset whose missions, budget shares and events all lie in 2015-2024, long after the paper, its
/// missions loaded as a reader's own file, which states no month it runs to.
fn made_up() -> Dataset {
    let missions = "acronym,predecessor,name,host,region,table,un_start,china_start,china_end,civilian,military_observers,troops,civilian_police,note
ALPHA,,Alpha Mission,Alphaland,Africa,2,2014-11,2015-01,2016-12,0,10,100,0,
BRAVO,,Bravo Mission,Bravoland,Asia,2,2016-01,2016-03,2019-12,0,5,0,20,
CHARLIE,,Charlie Mission,Charlieland,Middle East,2,2018-01,2018-06,2024-06,0,0,300,0,
DELTA,,Delta Mission,Deltaland,Europe,2,2019-09,2020-01,,0,8,0,0,
ECHO,,Echo Mission,Echoland,Americas,2,2021-01,2021-09,,2,0,0,40,
";
    let budget_shares = "from_year,to_year,share_percent,rank,in_paper,low_confidence,source
2016,2018,7.5,3,yes,no,Made up
2022,2024,12.25,2,yes,no,Made up
";
    let events = "date,title,description,section,turning_point
2015,First,The first event,II.2,
2023-04,Last,The last event,III.2,
";
    let errata = "acronym,column,printed,used,action,reason,source\n";
    let sources = DataFiles { missions, budget_shares, events, facts: DataFiles::PAPER.facts, errata };
    // Loaded as a reader loads their file: the missions come with no month they are known to.
    Dataset::parse(&sources).expect("a valid made-up dataset").with_own_missions("own.csv", missions).expect("valid")
}

/// The left and right edges of the bars filled in `color` below the legend (whose swatch is at the top).
fn bar_spans(svg: &str, color: RGBColor, below: f64) -> Vec<(f64, f64)> {
    let fill = format!("fill=\"{}\"", chart::svg_colour(color));
    let attribute = |tag: &str, name: &str| -> f64 {
        let value = tag.split(&format!(" {name}=\"")).nth(1).and_then(|rest| rest.split('"').next());
        value.and_then(|value| value.parse().ok()).expect("a numeric attribute")
    };
    svg.split("<rect")
        .skip(1)
        .filter_map(|rest| rest.split('>').next())
        .filter(|tag| tag.contains(&fill) && attribute(tag, "y") > below)
        .map(|tag| (attribute(tag, "x"), attribute(tag, "x") + attribute(tag, "width")))
        .collect()
}

#[test]
fn own_data_from_2015_to_2024_gets_axes_and_bar_ends_of_its_own() {
    let data = made_up();
    let bars = bars::timeline_bars(&data, &Filters::default());
    let timeline = chart::ChartData::Timeline { bars, span: None, events: data.events().to_vec(), initial: None };
    at_every_width("own-timeline", &timeline, |width, svg, _| {
        let years = years(svg);
        assert!(years.len() >= 2, "timeline at {width} px: {years:?}");
        // The axis runs from 2014 to 2025, a year either side of the data: not the paper's 1970-2012.
        assert!(years.iter().all(|year| (2014..=2025).contains(year)), "timeline at {width} px: {years:?}");
        assert!(years.iter().any(|year| *year <= 2016) && years.iter().any(|year| *year >= 2022), "{years:?}");
        let mut wanted = ["ALPHA", "BRAVO", "CHARLIE", "DELTA", "ECHO"].map(String::from).to_vec();
        wanted.push("ongoing (to Jun 2024, the latest month in the data)".to_string());
        assert_labels(svg, "timeline", width, &wanted);
        // Each mission in the colour of its largest category: ALPHA (troops) runs Jan 2015 to Dec 2016, BRAVO
        // (police) Mar 2016 to Dec 2019, CHARLIE (troops) to Jun 2024, and DELTA (observers), ongoing, to Jun 2024.
        let spans = |category: Category| bar_spans(svg, LIGHT.categories[category.index()], 60.0);
        let (troops, police, observers) =
            (spans(Category::Troops), spans(Category::CivilianPolice), spans(Category::MilitaryObservers));
        let (alpha, bravo, charlie, delta) = (troops[0], police[0], troops[1], observers[0]);
        // The scale from ALPHA's start (2015) to DELTA's (2020); each edge is rounded to a pixel.
        let per_year = (delta.0 - alpha.0) / 5.0;
        assert!(per_year > 5.0, "timeline at {width} px: a year is {per_year} px wide");
        let x_of = |year: f64| alpha.0 + (year - 2015.0) * per_year;
        let near = |x: f64, year: f64| (x - x_of(year)).abs() <= 2.5;
        assert!(
            near(alpha.1, 2017.0) && near(bravo.0, 2016.0 + 2.0 / 12.0),
            "at {width} px: ALPHA's end, BRAVO's start"
        );
        assert!((bravo.1 - delta.0).abs() <= 1.0, "at {width} px: BRAVO ends with 2019, where DELTA starts");
        assert!(near(charlie.1, 2024.5), "at {width} px: CHARLIE ends with June 2024");
        assert!((delta.1 - charlie.1).abs() <= 1.0, "at {width} px: DELTA, ongoing, ends with the data in June 2024");
    });
    let budget = chart::ChartData::Budget(model::budget_series(&data, false));
    at_every_width("own-budget", &budget, |width, svg, _| {
        let years = years(svg);
        assert!(years.len() >= 2, "budget at {width} px: {years:?}");
        assert!(years.iter().all(|year| (2015..=2026).contains(year)), "budget at {width} px: {years:?}");
        assert_labels(svg, "budget", width, &["7.5% · 3rd".to_string(), "12.25% · 2nd".to_string()]);
    });
}

#[test]
fn own_data_personnel_axis_claims_no_date_of_the_paper() {
    let data = made_up();
    let bars = bars::mission_bars(&data, &Filters::default(), Sort::Total);
    for (own_data, wanted, unwanted) in [
        (true, "as your file counts them", "30 Nov 2008"),
        (false, "cumulative to 30 Nov 2008", "as your file counts them"),
    ] {
        let chart = chart::ChartData::Personnel { largest: 0, bars: bars.clone(), scale: Scale::Linear, own_data };
        at_every_width("personnel-own", &chart, |width, svg, _| {
            // The axis title wraps onto several lines at narrow widths: read the chart's text as one.
            let all = joined_texts(svg);
            assert!(all.contains(wanted), "personnel at {width} px (own data: {own_data}) lacks “{wanted}”");
            assert!(!all.contains(unwanted), "personnel at {width} px (own data: {own_data}) says “{unwanted}”");
        });
    }
}

#[test]
fn every_row_of_the_row_charts_is_a_target_at_least_24_pixels_high() {
    // WCAG 2.5.8 (target size): a row is what a pointer or a finger aims at.
    let data = data();
    let all = Filters::default();
    let order = model::timeline_order(&data, &all);
    let charts = [
        chart::ChartData::Personnel {
            bars: bars::mission_bars(&data, &all, Sort::Total),
            largest: model::largest_personnel(&data, &all, &model::mission_order(&data, &all, Sort::Total)),
            scale: Scale::Linear,
            own_data: false,
        },
        chart::ChartData::Regions(model::region_bars(&data, &all)),
        chart::ChartData::Timeline {
            bars: model::timeline_bars_of(&data, &order),
            span: model::timeline_span(&data, &order),
            events: data.events().to_vec(),
            initial: model::initial_period(&data),
        },
    ];
    for chart in &charts {
        for width in [200, 320, 1280] {
            let (_, drawn) = render(width, chart.height_at(f64::from(width), &ENGLISH), |area| {
                chart.draw(area, None, STYLE, &ENGLISH).expect("drawn")
            });
            let rows: Vec<_> =
                drawn.hits.iter().filter(|hit| matches!(hit.target, Target::Mission(_) | Target::Region(_))).collect();
            assert!(rows.len() >= 5, "{width} px: the rows are targets");
            for hit in rows {
                let height = hit.rect.bottom - hit.rect.top + 1;
                assert!(height >= 24, "{:?} at {width} px is {height} px high", hit.target);
            }
        }
    }
}

#[test]
fn the_budget_charts_figures_stand_just_above_their_steps() {
    // A label pushed a line or two up by its step's riser read as the figure of the step above it (a reader's
    // review: "1.91%" beside the 4% gridline, "3.147%" beside the 10% one). The paper's three figures stand just
    // above their own steps down to the narrowest chart, and with the later scales, whose axis squeezes the paper's
    // steps, down to 300 px; a later figure is drawn there or not at all.
    let data = data();
    let languages = [&ENGLISH, &CHINESE, &JAPANESE];
    for ((later, narrowest), texts) in
        [(false, 200), (true, 300)].into_iter().flat_map(|mode| languages.map(|texts| (mode, texts)))
    {
        let lang = texts.lang;
        let series = model::budget_series(&data, later);
        let chart = chart::ChartData::Budget(series.clone());
        for width in (narrowest..=1400).step_by(10) {
            let height = chart.height_at(f64::from(width), texts);
            let (svg, drawn) = render(width, height, |area| chart.draw(area, None, STYLE, texts).expect("drawn"));
            let steps =
                series.paper.iter().map(|step| (false, step)).chain(series.later.iter().map(|step| (true, step)));
            let mut labelled = Vec::new();
            for (index, (is_later, step)) in steps.enumerate() {
                let index = if is_later { index - series.paper.len() } else { index };
                let label = chart::budget::step_label(step, texts);
                let Some((x, y)) = text_position(&svg, &label) else {
                    assert!(is_later, "{label} drawn at {width} px ({lang:?})");
                    continue;
                };
                labelled.push(label.clone());
                let mark = drawn.rect_of(&chart::Target::BudgetStep { later: is_later, index }).expect("a step");
                let step_y = (mark.top + mark.bottom) / 2;
                let rect = drawn
                    .labels
                    .iter()
                    .find(|rect| (rect.left - x).abs() <= 1 && (rect.top..=rect.bottom).contains(&y))
                    .unwrap_or_else(|| panic!("{label}'s box at {width} px"));
                let context =
                    format!("{label} at {width} px ({lang:?}, later scales {later}): {rect:?}, its step {mark:?}");
                assert!(rect.bottom < step_y && step_y - rect.bottom <= 12, "just above its step: {context}");
                assert!(rect.left <= mark.right && rect.right >= mark.left, "over its step: {context}");
            }
            // China's rise to the second largest share (2016-2018) is the later scales' finding: it is labelled.
            let second = series
                .later
                .iter()
                .find(|step| step.rank == Some(2))
                .map(|step| chart::budget::step_label(step, texts));
            assert!(
                second.is_none_or(|second| labelled.contains(&second)),
                "China's rise to second at {width} px ({lang:?}): {labelled:?}"
            );
        }
    }
}
