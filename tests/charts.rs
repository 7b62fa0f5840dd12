//! Each chart drawn to SVG with the same code the canvas uses, checked for structure: the right marks, the
//! labels a reader needs, clickable regions for every bar, and no two labels on top of each other.
#![cfg(not(target_arch = "wasm32"))]

use pko_explorer::chart::{self, Drawn, Style, Target, DARK, LIGHT};
use pko_explorer::data::{Dataset, Region};
use pko_explorer::i18n::ENGLISH;
use pko_explorer::model::{self, Filters, Scale, Sort};
use plotters::prelude::*;
use plotters_backend::{BackendColor, DrawingErrorKind};

const STYLE: Style = Style { theme: &LIGHT, scale: 1.0 };

/// Draws with `draw` on an SVG canvas of the given CSS size and returns the SVG text and what was drawn.
fn render(
    width: u32,
    height: f64,
    draw: impl FnOnce(&DrawingArea<SVGBackend, plotters::coord::Shift>) -> Drawn,
) -> (String, Drawn) {
    let mut text = String::new();
    let drawn = {
        let area = SVGBackend::with_string(&mut text, (width, height.ceil() as u32)).into_drawing_area();
        let drawn = draw(&area);
        area.present().expect("the SVG is written");
        drawn
    };
    (text, drawn)
}

/// The text of every `<text>` element, trimmed.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|rest| Some(rest.split_once('>')?.1.split_once("</text>")?.0.trim().to_string()))
        .collect()
}

fn has_text(svg: &str, wanted: &str) -> bool {
    texts(svg).iter().any(|text| text == wanted)
}

/// How many filled rectangles of a colour the SVG holds.
fn rects_of(svg: &str, color: RGBColor) -> usize {
    let fill = format!("fill=\"#{:02X}{:02X}{:02X}\"", color.0, color.1, color.2);
    svg.match_indices("<rect")
        .filter(|(start, _)| svg[*start..].split('>').next().is_some_and(|tag| tag.contains(&fill)))
        .count()
}

fn assert_labels_apart(drawn: &Drawn) {
    for (i, a) in drawn.labels.iter().enumerate() {
        for b in &drawn.labels[i + 1..] {
            assert!(!a.overlaps(b), "labels overlap: {a:?} and {b:?}");
        }
    }
}

fn data() -> Dataset {
    Dataset::embedded().expect("valid embedded data")
}

#[test]
fn personnel_chart_draws_a_stacked_bar_per_mission() {
    let data = data();
    let bars = model::mission_bars(&data, &Filters::default(), Sort::Total);
    let (svg, drawn) = render(900, chart::personnel::height(bars.len()), |area| {
        chart::personnel::draw(area, &bars, Scale::Linear, None, STYLE, &ENGLISH).expect("drawn")
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
    assert_labels_apart(&drawn);
}

#[test]
fn log_scale_gives_the_smallest_bars_a_visible_width() {
    let data = data();
    let bars = model::mission_bars(&data, &Filters::default(), Sort::Total);
    let observer_rects = |scale| {
        let (svg, _) = render(800, chart::personnel::height(bars.len()), |area| {
            chart::personnel::draw(area, &bars, scale, None, STYLE, &ENGLISH).expect("drawn")
        });
        (rects_of(&svg, LIGHT.categories[1]), svg)
    };
    // 18 missions sent military observers; on a linear axis UNSMA's 2 and UNIOSIL's 1 are under a pixel.
    let (linear, _) = observer_rects(Scale::Linear);
    let (log, svg) = observer_rects(Scale::Log);
    assert_eq!(log, 18 + 1, "every observer segment and the legend swatch");
    assert!(linear < log);
    assert!(has_text(&svg, "10,000") && has_text(&svg, "10"), "the log axis ticks powers of ten");
    assert!(svg.contains("(log scale)"));
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
    // Africa is filled; the four unchosen regions are outlines.
    assert_eq!(rects_of(&svg, LIGHT.regions[0]), 1);
    assert_eq!(rects_of(&svg, LIGHT.regions[1]), 0);
    assert_labels_apart(&drawn);
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
    let (svg, drawn) = render(700, chart::budget::height(), |area| {
        chart::budget::draw(area, &paper, None, STYLE, &ENGLISH).expect("drawn")
    });
    for text in ["0.9%", "1.91%", "3.94% · 7th", "China&apos;s share (the paper)"] {
        assert!(has_text(&svg, text), "{text} is written");
    }
    assert!(!svg.contains("not in the paper"));
    assert_eq!(drawn.hits.len(), 3);

    let later = model::budget_series(&data, true);
    let (svg, drawn) = render(1000, chart::budget::height(), |area| {
        chart::budget::draw(area, &later, None, STYLE, &ENGLISH).expect("drawn")
    });
    assert!(svg.contains("UN scales 2007–2027 (not in the paper)"));
    assert!(has_text(&svg, "23.78% · 2nd"));
    assert!(svg.contains("stroke-dasharray") || svg.matches("<polyline").count() > 20, "the later series is dashed");
    assert_eq!(drawn.hits.len(), 10);
    assert_labels_apart(&drawn);
    // On a phone-sized chart (350 CSS pixels at twice the density), labels that no longer fit are left out, never
    // stacked.
    let (_, dense) = render(700, chart::budget::height() * 2.0, |area| {
        chart::budget::draw(area, &later, None, Style { theme: &DARK, scale: 2.0 }, &ENGLISH).expect("drawn")
    });
    assert!(
        dense.labels.len() < drawn.labels.len(),
        "{} labels dense, {} wide",
        dense.labels.len(),
        drawn.labels.len()
    );
    assert_labels_apart(&dense);
}

#[test]
fn timeline_draws_a_span_per_mission_and_a_marker_per_event() {
    let data = data();
    let bars = model::timeline_bars(&data, &Filters::default());
    let (svg, drawn) = render(1000, chart::timeline::height(bars.len()), |area| {
        chart::timeline::draw(area, &bars, data.events(), None, STYLE, &ENGLISH).expect("drawn")
    });
    let missions = drawn.hits.iter().filter(|hit| matches!(hit.target, Target::Mission(_))).count();
    let events = drawn.hits.iter().filter(|hit| matches!(hit.target, Target::Event(_))).count();
    assert_eq!((missions, events), (25, data.events().len()));
    assert!(has_text(&svg, "1990") && has_text(&svg, "2010"));
    // Africa's missions, plus the legend swatch.
    assert_eq!(rects_of(&svg, LIGHT.regions[0]), 14 + 1);
    assert_labels_apart(&drawn);
}

#[test]
fn charts_draw_on_a_phone_sized_canvas_without_overlaps() {
    let data = data();
    let bars = model::mission_bars(&data, &Filters::default(), Sort::Name);
    let (_, drawn) = render(340, chart::personnel::height(bars.len()), |area| {
        chart::personnel::draw(area, &bars, Scale::Log, None, STYLE, &ENGLISH).expect("drawn")
    });
    assert_eq!(drawn.hits.len(), 25);
    assert_labels_apart(&drawn);
    let later = model::budget_series(&data, true);
    let (_, drawn) = render(340, chart::budget::height(), |area| {
        chart::budget::draw(area, &later, None, STYLE, &ENGLISH).expect("drawn")
    });
    assert_labels_apart(&drawn);
}

#[test]
fn an_empty_selection_says_so_instead_of_drawing_nothing() {
    let (svg, drawn) = render(600, chart::personnel::height(0), |area| {
        chart::personnel::draw(area, &[], Scale::Linear, None, STYLE, &ENGLISH).expect("drawn")
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

#[test]
fn charts_speak_the_readers_language() {
    use pko_explorer::i18n::Lang;
    let data = data();
    let bars = model::mission_bars(&data, &Filters::default(), Sort::Total);
    for (lang, words) in [
        (Lang::Chinese, ["文职人员", "军事观察员", "部队", "民事警察", "无数据"]),
        (Lang::Japanese, ["文民", "軍事監視要員", "部隊", "文民警察", "数値なし"]),
    ] {
        let (svg, drawn) = render(900, chart::personnel::height(bars.len()), |area| {
            chart::personnel::draw(area, &bars, Scale::Linear, None, STYLE, lang.texts()).expect("drawn")
        });
        for word in words {
            assert!(has_text(&svg, word), "{lang:?}: {word} is drawn");
        }
        assert!(has_text(&svg, "UNMIL"), "acronyms stay as they are");
        assert_labels_apart(&drawn);
    }
    let later = model::budget_series(&data, true);
    let (svg, _) = render(1000, chart::budget::height(), |area| {
        chart::budget::draw(area, &later, None, STYLE, Lang::Japanese.texts()).expect("drawn")
    });
    assert!(has_text(&svg, "3.94% · 7位"));
    assert!(has_text(&svg, "国連分担率 2007–2027年（論文外）"));
}
