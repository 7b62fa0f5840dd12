//! A chart as an SVG document, for the SVG downloads and the first view written into the page at build time.

use super::ChartError;
use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, IntoDrawingArea, SVGBackend};
use plotters::style::RGBColor;

/// plotters' SVG backend writes every font size divided by this; the canvas, and the glyph table the charts lay
/// text out with (`metrics.rs`), take the size as given.
const SVG_BACKEND_FONT_DIVISOR: f64 = 1.24;

/// Draws with `draw` on an SVG of `width` × `height` CSS pixels and returns the document, with the text at the size
/// the chart laid it out for (the canvas's size), and without the attributes that only repeat SVG's defaults.
pub fn draw_svg(
    (width, height): (u32, u32),
    draw: impl FnOnce(&DrawingArea<SVGBackend, Shift>) -> Result<(), ChartError>,
) -> Result<String, ChartError> {
    let mut raw = String::new();
    {
        let area = SVGBackend::with_string(&mut raw, (width, height)).into_drawing_area();
        draw(&area)?;
        area.present()?;
    }
    Ok(tidy(&raw))
}

/// A colour as plotters' SVG backend writes it (`#RRGGBB`), to find or recolour the marks of that colour.
pub fn svg_colour(RGBColor(red, green, blue): RGBColor) -> String {
    format!("#{red:02X}{green:02X}{blue:02X}")
}

fn tidy(raw: &str) -> String {
    let mut svg = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(start) = rest.find("font-size=\"") {
        let (before, after) = rest.split_at(start + "font-size=\"".len());
        svg.push_str(before);
        let end = after.find('"').unwrap_or(after.len());
        match after[..end].parse::<f64>() {
            // A tenth of a pixel, as the canvas backend writes its fonts.
            Ok(size) => svg.push_str(&format!("{}", (size * SVG_BACKEND_FONT_DIVISOR * 10.0).round() / 10.0)),
            Err(_) => svg.push_str(&after[..end]),
        }
        rest = &after[end..];
    }
    svg.push_str(rest);
    // Full opacity, no stroke on a filled shape and text anchored at its start are SVG's defaults; the text's line
    // breaks are whitespace that SVG drops.
    svg.replace(" opacity=\"1\"", "")
        .replace(" stroke=\"none\"", "")
        .replace(" text-anchor=\"start\"", "")
        .replace(">\n", ">")
        .replace("\n</text>", "</text>")
}

#[cfg(test)]
mod tests {
    use super::tidy;

    #[test]
    fn font_sizes_are_the_charts_and_defaults_go() {
        let raw =
            "<svg>\n<text x=\"1\" text-anchor=\"start\" font-size=\"9.67741935483871\" opacity=\"1\" fill=\"#000000\">\nAfrica\n</text>\n\
                   <rect x=\"0\" opacity=\"1\" fill=\"#FFFFFF\" stroke=\"none\"/>\n</svg>\n";
        assert_eq!(
            tidy(raw),
            "<svg><text x=\"1\" font-size=\"12\" fill=\"#000000\">Africa</text><rect x=\"0\" fill=\"#FFFFFF\"/></svg>"
        );
    }
}
