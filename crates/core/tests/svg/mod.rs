//! Drawing a chart to SVG and reading it back, shared by the chart tests (`charts.rs`, `contributions.rs`): the
//! texts and marks an SVG holds, the labels a reader needs at every width, and click targets that lie inside the
//! chart, apart, each found where it is drawn.
// Each test file that includes this module uses part of it; what one leaves unused is not dead.
#![allow(dead_code)]

use pko_core::chart::{self, Drawn, Style, LIGHT};
use pko_core::words::ENGLISH;
use plotters::prelude::*;

pub const STYLE: Style = Style { theme: &LIGHT, scale: 1.0 };

/// Draws with `draw` on an SVG canvas of the given CSS size and returns the SVG text and what was drawn.
pub fn render(
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
pub fn texts(svg: &str) -> Vec<String> {
    text_elements(svg).map(|(_, text)| text.to_string()).collect()
}

/// Each `<text>` element's attributes and its text, trimmed.
fn text_elements(svg: &str) -> impl Iterator<Item = (&str, &str)> {
    svg.split("<text").skip(1).filter_map(|rest| {
        let (attributes, rest) = rest.split_once('>')?;
        Some((attributes, rest.split_once("</text>")?.0.trim()))
    })
}

/// Where the SVG writes the text `wanted` (a label's first line): its `x` and `y` attributes, rounded.
pub fn text_position(svg: &str, wanted: &str) -> Option<(i32, i32)> {
    let (attributes, _) = text_elements(svg).find(|(_, text)| *text == wanted)?;
    let attribute = |name: &str| -> Option<i32> {
        let value = attributes.split(&format!(" {name}=\"")).nth(1)?.split('"').next()?;
        value.parse::<f64>().ok().map(|number| number.round() as i32)
    };
    Some((attribute("x")?, attribute("y")?))
}

pub fn has_text(svg: &str, wanted: &str) -> bool {
    texts(svg).iter().any(|text| text == wanted)
}

/// How many filled rectangles of a colour the SVG holds.
pub fn rects_of(svg: &str, color: RGBColor) -> usize {
    let fill = format!("fill=\"{}\"", chart::svg_colour(color));
    svg.match_indices("<rect")
        .filter(|(start, _)| svg[*start..].split('>').next().is_some_and(|tag| tag.contains(&fill)))
        .count()
}

/// Every text of the SVG joined by spaces, to find a label that a narrow chart wrapped onto several lines.
pub fn joined_texts(svg: &str) -> String {
    texts(svg).join(" ")
}

/// The widths the checks below draw at: the narrowest a chart is drawn at (`ui/canvas.rs`), two phone widths, and
/// a wide screen.
pub const WIDTHS: [u32; 4] = [200, 240, 320, 1280];

/// Asserts that every label in `wanted` is drawn whole (a wrapped one may span lines), naming the chart and width.
pub fn assert_labels(svg: &str, chart: &str, width: u32, wanted: &[String]) {
    let all = joined_texts(svg);
    for label in wanted {
        assert!(has_text(svg, label) || all.contains(label.as_str()), "{chart} at {width} px lacks {label:?}");
    }
}

/// The year labels of an axis (four-digit numbers), in drawing order.
pub fn years(svg: &str) -> Vec<u32> {
    texts(svg).iter().filter(|text| text.len() == 4).filter_map(|text| text.parse().ok()).collect()
}

/// Asserts that clicks land where the chart says: every click target lies inside the drawing, no two overlap, and
/// the middle of each is found as that target.
pub fn assert_hits_sound(drawn: &Drawn, chart: &str, width: u32, height: f64) {
    let (width_px, height_px) = (width as i32, height.ceil() as i32);
    for (i, hit) in drawn.hits.iter().enumerate() {
        let rect = hit.rect;
        assert!(
            rect.left >= 0 && rect.right <= width_px && rect.top >= 0 && rect.bottom <= height_px,
            "{chart} at {width} px: {:?} lies outside the drawing: {rect:?}",
            hit.target
        );
        assert!(rect.left <= rect.right && rect.top <= rect.bottom, "{chart} at {width} px: {rect:?} is empty");
        for other in &drawn.hits[i + 1..] {
            assert!(
                !rect.overlaps(&other.rect),
                "{chart} at {width} px: the targets of {:?} and {:?} overlap: {rect:?}, {:?}",
                hit.target,
                other.target,
                other.rect
            );
        }
        let middle = ((rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2);
        let found = drawn.hit_at(middle.0, middle.1).map(|found| &found.target);
        assert_eq!(found, Some(&hit.target), "{chart} at {width} px: a click at {middle:?}");
    }
}

/// Where `PKO_CHART_SVG` names a folder, the checks at every width write their SVGs there, to be looked at
/// (`PKO_CHART_SVG=target/charts cargo test --test charts`).
pub fn keep_svg(name: &str, width: u32, svg: &str) {
    if let Some(folder) = std::env::var_os("PKO_CHART_SVG") {
        let folder = std::path::PathBuf::from(folder);
        std::fs::create_dir_all(&folder).expect("the SVG folder can be made");
        std::fs::write(folder.join(format!("{name}-{width}.svg")), svg).expect("the SVG is written");
    }
}

/// Draws `chart` at each of [`WIDTHS`] and hands each SVG and its marks to `check`, after checking its click targets.
pub fn at_every_width(name: &str, chart: &impl chart::Chart, mut check: impl FnMut(u32, &str, &Drawn)) {
    for width in WIDTHS {
        let height = chart.height_at(f64::from(width), &ENGLISH);
        let (svg, drawn) = render(width, height, |area| chart.draw(area, None, STYLE, &ENGLISH).expect("drawn"));
        keep_svg(name, width, &svg);
        assert_hits_sound(&drawn, name, width, height);
        check(width, &svg, &drawn);
    }
}
