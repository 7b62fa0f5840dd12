//! The colours of every chart, read from the charts' own legends, in both themes: each colour means one thing on
//! the whole page, and the colours that share a chart stay apart for readers with each kind of colour-vision
//! deficiency.
#![cfg(not(target_arch = "wasm32"))]

use pko_core::chart::theme::linear;
use pko_core::chart::{Chart, ChartData, LegendEntry, MonthlyChart, Swatch, Theme, DARK, LIGHT};
use pko_core::model::contributions::{deployed_series, paper_deployed, top_contributors, DEFAULT_MONTH};
use pko_core::model::{self, Filters, Scale, Sort};
use pko_core::words::ENGLISH;
use pko_data::contributions::{parse_contributions, parse_country_names, ContributionTables};
use pko_data::contributions::{CONTRIBUTIONS_CSV, COUNTRY_NAMES_CSV};
use pko_data::{DataFiles, Dataset};
use plotters::style::RGBColor;
use std::collections::BTreeMap;
mod bars;

/// The legend of every chart of the page in `theme`, by chart, as the default view draws it, with the options that
/// change a legend.
fn legends(theme: &Theme) -> Vec<(&'static str, Vec<LegendEntry>)> {
    let data = Dataset::parse(&DataFiles::PAPER).expect("the paper's data files are valid");
    let rows = parse_contributions(CONTRIBUTIONS_CSV).expect("valid contributions");
    let names = parse_country_names(COUNTRY_NAMES_CSV).expect("valid names");
    let tables = ContributionTables::derive(&rows, &names).expect("derived tables");
    let filters = Filters::default();
    let bars = bars::mission_bars(&data, &filters, Sort::Total);
    let paper = paper_deployed(&data);
    let personnel = |scale| ChartData::Personnel { bars: bars.clone(), largest: 0, scale, own_data: false };
    let timeline = ChartData::Timeline {
        bars: bars::timeline_bars(&data, &filters),
        span: None,
        events: data.events().to_vec(),
        initial: None,
    };
    let deployed = deployed_series(&tables, data.events(), paper, true, Some(DEFAULT_MONTH));
    let top = top_contributors(&tables, DEFAULT_MONTH, paper);
    vec![
        ("personnel", personnel(Scale::Linear).legend(theme, &ENGLISH)),
        ("personnel on a log axis", personnel(Scale::Log).legend(theme, &ENGLISH)),
        ("regions", ChartData::Regions(model::region_bars(&data, &filters)).legend(theme, &ENGLISH)),
        ("budget with the later scales", ChartData::Budget(model::budget_series(&data, true)).legend(theme, &ENGLISH)),
        ("timeline", timeline.legend(theme, &ENGLISH)),
        ("deployed", MonthlyChart::Deployed(Box::new(deployed)).legend(theme, &ENGLISH)),
        ("top contributors", MonthlyChart::Contributors(Box::new(top)).legend(theme, &ENGLISH)),
    ]
}

/// The names by which two charts call one thing: the UN's monthly reports and the paper name the same kinds of
/// personnel differently, and the budget chart's line is China's.
const SAME_THING: [(&str, &str); 3] =
    [("Police", "Civilian police"), ("Military experts", "Military observers"), ("China", "China's share (the paper)")];

/// The charts that use a colour and what their legends call it.
type Uses = Vec<(&'static str, String)>;

fn meaning(name: &str) -> &str {
    SAME_THING.iter().find(|(other, _)| *other == name).map_or(name, |(_, same)| same)
}

#[test]
fn each_colour_means_one_thing_on_the_whole_page() {
    for theme in [LIGHT, DARK] {
        let mut meanings: BTreeMap<(u8, u8, u8), Uses> = BTreeMap::new();
        for (chart, legend) in legends(&theme) {
            // Grey means nothing in particular: each grey mark is named by its own label or legend entry (the
            // regions, the other countries, the later scales, the totals not split by type).
            for entry in legend.into_iter().filter(|entry| entry.color != theme.neutral) {
                let RGBColor(r, g, b) = entry.color;
                meanings.entry((r, g, b)).or_default().push((chart, entry.name));
            }
        }
        for (color, uses) in &meanings {
            let first = meaning(&uses[0].1);
            assert!(
                uses.iter().all(|(_, name)| meaning(name) == first),
                "in the {} theme, {color:?} means several things: {uses:?}",
                if theme == LIGHT { "light" } else { "dark" }
            );
        }
        // The categories of personnel keep their colours in every chart that shows them.
        assert!(meanings.len() >= 6, "the legends name the categories, China and more: {meanings:?}");
    }
}

#[test]
fn the_colours_that_share_a_chart_stay_apart_for_colour_blind_readers() {
    for (theme, (chart, legend)) in
        [LIGHT, DARK].into_iter().flat_map(|theme| legends(&theme).into_iter().map(move |of| (theme, of)))
    {
        // The arrowhead of an ongoing participation is a shape, drawn in its bar's colour: its swatch's grey
        // stands for no colour of the chart.
        let coloured = legend.iter().filter(|entry| entry.swatch != Swatch::Arrow);
        let mut colours: Vec<RGBColor> = coloured.map(|entry| entry.color).collect();
        colours.dedup();
        for (index, a) in colours.iter().enumerate() {
            for b in colours[index + 1..].iter().filter(|b| *b != a) {
                for (deficiency, matrix) in &DEFICIENCIES {
                    let difference = difference_seen(*a, *b, matrix);
                    assert!(
                        difference >= 15.0,
                        "{chart} ({:?} background): {a:?} and {b:?} differ by {difference:.1} under {deficiency}",
                        theme.background
                    );
                }
            }
        }
    }
}

/// The CIE76 difference between two colours as a reader with a full colour-vision deficiency sees them, by the
/// matrices of Machado, Oliveira and Fernandes (2009, severity 1) applied to linear RGB; 15 is well past "just
/// noticeable".
fn difference_seen(a: RGBColor, b: RGBColor, matrix: &[[f64; 3]; 3]) -> f64 {
    let (a, b) = (seen_as(a, matrix), seen_as(b, matrix));
    a.iter().zip(b).map(|(x, y)| (x - y).powi(2)).sum::<f64>().sqrt()
}

/// The colour as seen through `matrix`, in CIELAB coordinates.
fn seen_as(RGBColor(r, g, b): RGBColor, matrix: &[[f64; 3]; 3]) -> [f64; 3] {
    let rgb = [linear(r), linear(g), linear(b)];
    let seen: Vec<f64> =
        matrix.iter().map(|row| (row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]).clamp(0.0, 1.0)).collect();
    let xyz = [
        0.4124 * seen[0] + 0.3576 * seen[1] + 0.1805 * seen[2],
        0.2126 * seen[0] + 0.7152 * seen[1] + 0.0722 * seen[2],
        0.0193 * seen[0] + 0.1192 * seen[1] + 0.9505 * seen[2],
    ];
    let f = |t: f64| if t > 0.008_856 { t.cbrt() } else { 7.787 * t + 16.0 / 116.0 };
    let (fx, fy, fz) = (f(xyz[0] / 0.9505), f(xyz[1]), f(xyz[2] / 1.089));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

const DEFICIENCIES: [(&str, [[f64; 3]; 3]); 4] = [
    ("normal vision", [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]),
    ("protanopia", [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]),
    ("deuteranopia", [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]]),
    ("tritanopia", [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]]),
];
