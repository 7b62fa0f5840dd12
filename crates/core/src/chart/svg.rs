//! A chart as an SVG document, for the SVG downloads and the first view written into the page at build time.

use super::ChartError;
use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingBackend, IntoDrawingArea, SVGBackend};
use plotters::style::RGBColor;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind};

/// plotters' SVG backend writes every font size divided by this; the canvas, and the glyph table the charts lay
/// text out with (`metrics.rs`), take the size as given.
const SVG_BACKEND_FONT_DIVISOR: f64 = 1.24;

/// Draws with `draw` on an SVG of `width` × `height` CSS pixels and returns the document, with the text at the size
/// the chart laid it out for (the canvas's size), and without the attributes that only repeat SVG's defaults.
pub fn draw_svg(
    (width, height): (u32, u32),
    draw: impl FnOnce(&DrawingArea<SvgText, Shift>) -> Result<(), ChartError>,
) -> Result<String, ChartError> {
    let mut raw = String::new();
    {
        let area = SvgText(SVGBackend::with_string(&mut raw, (width, height))).into_drawing_area();
        draw(&area)?;
        area.present()?;
    }
    Ok(tidy(&raw))
}

/// plotters' SVG backend writing into a `String`, which cannot fail, with an error of its own: the SVG backend's,
/// `std::io::Error`, would bring the words of every I/O error into the app's start-up code, to say what never
/// happens (measured: 324 bytes of the start-up's gzip, all backends' error texts together).
pub struct SvgText<'a>(SVGBackend<'a>);

/// The SVG could not be written.
#[derive(Debug)]
pub struct SvgNotWritten;

impl std::fmt::Display for SvgNotWritten {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the SVG could not be written")
    }
}

impl std::error::Error for SvgNotWritten {}

/// The SVG backend's result with its error replaced; a font's error is kept, being no I/O error.
fn written<T>(result: Result<T, DrawingErrorKind<std::io::Error>>) -> Result<T, DrawingErrorKind<SvgNotWritten>> {
    result.map_err(|error| match error {
        DrawingErrorKind::DrawingError(_) => DrawingErrorKind::DrawingError(SvgNotWritten),
        DrawingErrorKind::FontError(error) => DrawingErrorKind::FontError(error),
    })
}

/// Every drawing call goes to the SVG backend's own, which writes each shape as an SVG element; the trait's
/// defaults would set pixels one by one.
impl DrawingBackend for SvgText<'_> {
    type ErrorType = SvgNotWritten;

    fn get_size(&self) -> (u32, u32) {
        self.0.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<SvgNotWritten>> {
        written(self.0.ensure_prepared())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<SvgNotWritten>> {
        written(self.0.present())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), DrawingErrorKind<SvgNotWritten>> {
        written(self.0.draw_pixel(point, color))
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<SvgNotWritten>> {
        written(self.0.draw_line(from, to, style))
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<SvgNotWritten>> {
        written(self.0.draw_rect(upper_left, bottom_right, style, fill))
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<SvgNotWritten>> {
        written(self.0.draw_path(path, style))
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<SvgNotWritten>> {
        written(self.0.draw_circle(center, radius, style, fill))
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<SvgNotWritten>> {
        written(self.0.fill_polygon(vertices, style))
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        position: BackendCoord,
    ) -> Result<(), DrawingErrorKind<SvgNotWritten>> {
        written(self.0.draw_text(text, style, position))
    }
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
