//! Drawing helpers shared by the charts: text that refuses to overlap other text, legends, and the conversion
//! from CSS sizes to device pixels.

use super::{ChartError, Drawn, PixelRect, Style};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{FontDesc, FontFamily, FontStyle};

/// The canvas of one chart with the bookkeeping every chart needs.
pub struct Frame<'a, DB: DrawingBackend> {
    pub area: &'a DrawingArea<DB, plotters::coord::Shift>,
    pub style: Style,
    pub drawn: Drawn,
}

/// Which point of a label its position names.
#[derive(Debug, Clone, Copy)]
pub enum Anchor {
    LeftMiddle,
    RightMiddle,
    CenterMiddle,
    CenterTop,
}

impl<'a, DB: DrawingBackend> Frame<'a, DB> {
    pub fn new(area: &'a DrawingArea<DB, plotters::coord::Shift>, style: Style) -> Result<Frame<'a, DB>, ChartError> {
        area.fill(&style.theme.background)?;
        Ok(Frame { area, style, drawn: Drawn::default() })
    }

    pub fn width(&self) -> i32 {
        self.area.dim_in_pixel().0 as i32
    }

    pub fn height(&self) -> i32 {
        self.area.dim_in_pixel().1 as i32
    }

    pub fn px(&self, css_pixels: f64) -> i32 {
        self.style.px(css_pixels)
    }

    pub fn font(&self, css_size: f64, color: RGBColor) -> TextStyle<'static> {
        FontDesc::new(FontFamily::SansSerif, css_size * self.style.scale, FontStyle::Normal).color(&color)
    }

    /// The size of `text` in device pixels, from the glyph table in [`super::metrics`], so that every backend
    /// lays out the same way without asking the browser to measure.
    pub fn measure(&self, text: &str, font: &TextStyle) -> (i32, i32) {
        super::metrics::text_size(text, font.font.get_size())
    }

    /// The width of the widest of `texts`, to size a column of labels.
    pub fn widest<S: AsRef<str>>(&self, texts: impl IntoIterator<Item = S>, font: &TextStyle) -> i32 {
        texts.into_iter().map(|text| self.measure(text.as_ref(), font).0).max().unwrap_or(0)
    }

    /// Draws a label unless it would overlap a label already drawn or leave the chart; says whether it drew.
    /// This is what keeps labels from ever overlapping: a label that does not fit is left to the tooltip and
    /// the data table.
    pub fn label(
        &mut self,
        text: &str,
        (x, y): (i32, i32),
        anchor: Anchor,
        font: &TextStyle,
    ) -> Result<bool, ChartError> {
        let (width, height) = self.measure(text, font);
        let left = match anchor {
            Anchor::LeftMiddle => x,
            Anchor::RightMiddle => x - width,
            Anchor::CenterMiddle | Anchor::CenterTop => x - width / 2,
        };
        let top = match anchor {
            Anchor::CenterTop => y,
            _ => y - height / 2,
        };
        let rect = PixelRect { left, top, right: left + width, bottom: top + height };
        let inside = rect.left >= 0 && rect.top >= 0 && rect.right <= self.width() && rect.bottom <= self.height();
        if !inside || self.drawn.labels.iter().any(|other| other.overlaps(&rect)) {
            return Ok(false);
        }
        let font = font.pos(Pos::new(HPos::Left, VPos::Top));
        self.area.draw(&Text::new(text.to_string(), (rect.left, rect.top), font))?;
        self.drawn.labels.push(rect);
        Ok(true)
    }

    pub fn rect(&self, rect: PixelRect, color: RGBColor) -> Result<(), ChartError> {
        self.area.draw(&Rectangle::new([(rect.left, rect.top), (rect.right, rect.bottom)], color.filled()))?;
        Ok(())
    }

    /// A ring around a mark, for the focused or selected one.
    pub fn ring(&self, rect: PixelRect) -> Result<(), ChartError> {
        let gap = self.px(2.0);
        let outline = [(rect.left - gap, rect.top - gap), (rect.right + gap, rect.bottom + gap)];
        let stroke = self.style.theme.focus.stroke_width(self.px(2.0).max(1) as u32);
        self.area.draw(&Rectangle::new(outline, stroke))?;
        Ok(())
    }

    pub fn line(&self, points: Vec<(i32, i32)>, color: RGBColor, css_width: f64) -> Result<(), ChartError> {
        self.area.draw(&PathElement::new(points, color.stroke_width(self.px(css_width).max(1) as u32)))?;
        Ok(())
    }

    pub fn dashed_line(&self, points: Vec<(i32, i32)>, color: RGBColor, css_width: f64) -> Result<(), ChartError> {
        let style = color.stroke_width(self.px(css_width).max(1) as u32);
        self.area.draw(&plotters::element::DashedPathElement::new(points, self.px(6.0), self.px(4.0), style))?;
        Ok(())
    }

    pub fn hit(&mut self, rect: PixelRect, target: super::Target) {
        self.drawn.hits.push(super::Hit { rect, target });
    }

    /// Draws a legend of swatches and names from `top`, wrapping to the chart's width; returns its height.
    pub fn legend(&mut self, top: i32, entries: &[LegendEntry]) -> Result<i32, ChartError> {
        let font = self.font(12.0, self.style.theme.text);
        let (pad, swatch_size, gap, row_height) = (self.px(8.0), self.px(12.0), self.px(16.0), self.px(20.0));
        let (mut x, mut y) = (pad, top);
        for entry in entries {
            let (text_width, _) = self.measure(&entry.name, &font);
            let item_width = swatch_size + self.px(6.0) + text_width;
            if x > pad && x + item_width > self.width() - pad {
                x = pad;
                y += row_height;
            }
            let middle = y + row_height / 2;
            let rect = PixelRect {
                left: x,
                top: middle - swatch_size / 2,
                right: x + swatch_size,
                bottom: middle + swatch_size / 2,
            };
            match entry.swatch {
                Swatch::Box => self.rect(rect, entry.color)?,
                Swatch::Line => self.line(vec![(rect.left, middle), (rect.right, middle)], entry.color, 3.0)?,
                Swatch::DashedLine => {
                    self.dashed_line(vec![(rect.left, middle), (rect.right, middle)], entry.color, 2.5)?
                }
                Swatch::Arrow => {
                    let arrow = vec![(rect.left, rect.top), (rect.right, middle), (rect.left, rect.bottom)];
                    self.area.draw(&Polygon::new(arrow, entry.color.filled()))?;
                }
            }
            self.label(&entry.name, (x + swatch_size + self.px(6.0), middle), Anchor::LeftMiddle, &font)?;
            x += item_width + gap;
        }
        Ok(y + row_height - top)
    }
}

/// How a legend entry shows what it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swatch {
    Box,
    Line,
    DashedLine,
    Arrow,
}

pub struct LegendEntry {
    pub name: String,
    pub color: RGBColor,
    pub swatch: Swatch,
}

impl LegendEntry {
    pub fn new(name: impl Into<String>, color: RGBColor, swatch: Swatch) -> LegendEntry {
        LegendEntry { name: name.into(), color, swatch }
    }
}
