//! The plotters backend that draws on a browser canvas.
//!
//! It replaces the plotters-canvas crate for two measured reasons. That crate writes every colour and font as
//! text with Rust's float formatter (`rgba(r,g,b,1)`, `15px`), which brought the whole float formatter into the
//! start-up wasm; this backend writes colours as `#rrggbb` and sizes by integer arithmetic. And it sets the
//! context's fill, stroke, font, alignment and baseline before every mark, although a chart uses a handful of
//! values; every such call crosses into JavaScript, and setting `font` makes the browser parse it. This backend
//! remembers what it last set and sets only what changes, which shortens each redraw.

use plotters::prelude::DrawingBackend;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontTransform};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// The browser refused a drawing call (a canvas that is gone, say). Plotters' error types need a `std::error::Error`.
#[derive(Debug)]
pub struct CanvasRefused;

impl std::fmt::Display for CanvasRefused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the browser refused to draw on the canvas")
    }
}

impl std::error::Error for CanvasRefused {}

/// A canvas and its 2D context, with the context state this backend last set.
pub struct CanvasBackend {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    set: ContextState,
}

/// What the backend last set on the context; `None` until it first sets it.
#[derive(Default)]
struct ContextState {
    fill: Option<String>,
    stroke: Option<String>,
    line_width: Option<u32>,
    font: Option<String>,
    align: Option<&'static str>,
    baseline: Option<&'static str>,
}

/// What a drawing says when [`CanvasBackend::new`] finds no 2D context: a browser's own failure, which the reader
/// can only report, so it is named as the browser names such things, in English.
pub const NO_2D_CANVAS: &str = "this browser gave no 2D canvas";

/// What an image for download says when the browser gives an empty one for its canvas (Chromium's "data:,", for a
/// canvas too large for its memory), in the same way.
pub const EMPTY_IMAGE: &str = "this browser gave an empty image for the canvas";

impl CanvasBackend {
    /// The backend for a canvas, or `None` if the browser gives it no 2D context.
    pub fn new(canvas: HtmlCanvasElement) -> Option<CanvasBackend> {
        let context = canvas.get_context("2d").ok()??.dyn_into::<CanvasRenderingContext2d>().ok()?;
        Some(CanvasBackend { canvas, context, set: ContextState::default() })
    }

    /// Clears the whole bitmap to transparent, for a layer drawn afresh over a chart.
    pub fn clear(&self) {
        self.context.clear_rect(0.0, 0.0, f64::from(self.canvas.width()), f64::from(self.canvas.height()));
    }

    fn fill_with(&mut self, color: BackendColor) {
        let context = &self.context;
        set_if_changed(&mut self.set.fill, css_color(color), |css| context.set_fill_style_str(css));
    }

    fn stroke_with(&mut self, style: &impl BackendStyle) {
        let context = &self.context;
        set_if_changed(&mut self.set.stroke, css_color(style.color()), |css| context.set_stroke_style_str(css));
        set_if_changed(&mut self.set.line_width, style.stroke_width(), |&width| {
            context.set_line_width(f64::from(width))
        });
    }

    fn trace(&self, points: impl IntoIterator<Item = BackendCoord>) {
        self.context.begin_path();
        for (i, (x, y)) in points.into_iter().enumerate() {
            if i == 0 {
                self.context.move_to(f64::from(x), f64::from(y));
            } else {
                self.context.line_to(f64::from(x), f64::from(y));
            }
        }
    }
}

type DrawResult = Result<(), DrawingErrorKind<CanvasRefused>>;

impl DrawingBackend for CanvasBackend {
    type ErrorType = CanvasRefused;

    fn get_size(&self) -> (u32, u32) {
        (self.canvas.width(), self.canvas.height())
    }

    fn ensure_prepared(&mut self) -> DrawResult {
        Ok(())
    }

    fn present(&mut self) -> DrawResult {
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> DrawResult {
        if color.alpha > 0.0 {
            self.fill_with(color);
            self.context.fill_rect(f64::from(x), f64::from(y), 1.0, 1.0);
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> DrawResult {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.stroke_with(style);
        // A one-pixel line on whole coordinates straddles two pixel rows and comes out blurred; half a pixel over,
        // a horizontal or vertical line is sharp.
        let shift = |same: bool| if same { -0.5 } else { 0.0 };
        let (dx, dy) = (shift(from.0 == to.0), shift(from.1 == to.1));
        self.context.begin_path();
        self.context.move_to(f64::from(from.0) + dx, f64::from(from.1) + dy);
        self.context.line_to(f64::from(to.0) + dx, f64::from(to.1) + dy);
        self.context.stroke();
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
        fill: bool,
    ) -> DrawResult {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let (x, y) = (f64::from(from.0), f64::from(from.1));
        let (width, height) = (f64::from(to.0 - from.0), f64::from(to.1 - from.1));
        if fill {
            self.fill_with(style.color());
            self.context.fill_rect(x, y, width, height);
        } else {
            self.stroke_with(style);
            self.context.stroke_rect(x, y, width, height);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> DrawResult {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.stroke_with(style);
        self.trace(path);
        self.context.stroke();
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> DrawResult {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.fill_with(style.color());
        self.trace(path);
        self.context.close_path();
        self.context.fill();
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(&mut self, (x, y): BackendCoord, radius: u32, style: &S, fill: bool) -> DrawResult {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.context.begin_path();
        self.context
            .arc(f64::from(x), f64::from(y), f64::from(radius), 0.0, std::f64::consts::TAU)
            .map_err(|_| DrawingErrorKind::DrawingError(CanvasRefused))?;
        if fill {
            self.fill_with(style.color());
            self.context.fill();
        } else {
            self.stroke_with(style);
            self.context.stroke();
        }
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, (x, y): BackendCoord) -> DrawResult {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        // The charts draw their labels upright; a turned label is drawn by turning the context about its point.
        let quarter_turns = match style.transform() {
            FontTransform::None => 0,
            FontTransform::Rotate90 => 1,
            FontTransform::Rotate180 => 2,
            FontTransform::Rotate270 => 3,
        };
        let anchor = style.anchor();
        let align = match anchor.h_pos {
            HPos::Left => "start",
            HPos::Center => "center",
            HPos::Right => "end",
        };
        let baseline = match anchor.v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        let font = css_font(style.style().as_str(), style.size(), style.family().as_str());
        let context = &self.context;
        set_if_changed(&mut self.set.align, align, |align| context.set_text_align(align));
        set_if_changed(&mut self.set.baseline, baseline, |baseline| context.set_text_baseline(baseline));
        set_if_changed(&mut self.set.font, font, |font| context.set_font(font));
        self.fill_with(color);
        let refused = |_| DrawingErrorKind::DrawingError(CanvasRefused);
        if quarter_turns == 0 {
            return self.context.fill_text(text, f64::from(x), f64::from(y)).map_err(refused);
        }
        self.context.save();
        let drawn = self
            .context
            .translate(f64::from(x), f64::from(y))
            .and_then(|()| self.context.rotate(f64::from(quarter_turns) * std::f64::consts::FRAC_PI_2))
            .and_then(|()| self.context.fill_text(text, 0.0, 0.0));
        self.context.restore();
        drawn.map_err(refused)
    }
}

/// Applies `value` to the context unless `last` says the context already holds it, and remembers it.
fn set_if_changed<T: PartialEq>(last: &mut Option<T>, value: T, apply: impl FnOnce(&T)) {
    if last.as_ref() != Some(&value) {
        apply(&value);
        *last = Some(value);
    }
}

/// A colour as CSS: `#rrggbb` when opaque, else `rgba(r,g,b,0.xxx)` with the opacity to a thousandth.
fn css_color(color: BackendColor) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let (r, g, b) = color.rgb;
    if color.alpha >= 1.0 {
        let mut css = String::with_capacity(7);
        css.push('#');
        for channel in [r, g, b] {
            css.push(char::from(HEX[usize::from(channel >> 4)]));
            css.push(char::from(HEX[usize::from(channel & 15)]));
        }
        return css;
    }
    let thousandths = (color.alpha.max(0.0) * 1000.0).round() as u32;
    format!("rgba({r},{g},{b},0.{thousandths:03})")
}

/// A CSS font: `normal 15px sans-serif`, the size to a tenth of a pixel.
fn css_font(style: &str, size: f64, family: &str) -> String {
    let tenths = (size.max(0.0) * 10.0).round() as u32;
    match tenths % 10 {
        0 => format!("{style} {}px {family}", tenths / 10),
        tenth => format!("{style} {}.{tenth}px {family}", tenths / 10),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opaque_colours_are_hex_and_translucent_ones_rgba_to_a_thousandth() {
        let color = |rgb, alpha| BackendColor { rgb, alpha };
        assert_eq!(css_color(color((0, 15, 255), 1.0)), "#000fff");
        assert_eq!(css_color(color((200, 16, 46), 1.0)), "#c8102e");
        assert_eq!(css_color(color((1, 2, 3), 0.5)), "rgba(1,2,3,0.500)");
        assert_eq!(css_color(color((1, 2, 3), 0.0125)), "rgba(1,2,3,0.013)");
    }

    #[test]
    fn font_sizes_keep_a_tenth_of_a_pixel() {
        assert_eq!(css_font("normal", 15.0, "sans-serif"), "normal 15px sans-serif");
        assert_eq!(css_font("normal", 31.5, "sans-serif"), "normal 31.5px sans-serif");
        assert_eq!(css_font("bold", 13.125, "serif"), "bold 13.1px serif");
    }
}
