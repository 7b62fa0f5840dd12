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
    /// Where lines are drawn that labels must not cross ([`Frame::keep_clear`]).
    kept_clear: Vec<PixelRect>,
}

/// Which point of a label its position names.
#[derive(Debug, Clone, Copy)]
pub enum Anchor {
    LeftMiddle,
    RightMiddle,
    CenterMiddle,
    CenterTop,
    LeftTop,
    RightTop,
}

impl<'a, DB: DrawingBackend> Frame<'a, DB> {
    pub fn new(area: &'a DrawingArea<DB, plotters::coord::Shift>, style: Style) -> Result<Frame<'a, DB>, ChartError> {
        area.fill(&style.theme.background)?;
        Ok(Frame::over(area, style))
    }

    /// A frame that draws over what the area already shows, for a layer of marks over a chart.
    pub fn over(area: &'a DrawingArea<DB, plotters::coord::Shift>, style: Style) -> Frame<'a, DB> {
        Frame { area, style, drawn: Drawn::default(), kept_clear: Vec::new() }
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
        measure(text, font)
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
        let rect = self.label_rect(text, (x, y), anchor, font);
        if !self.fits(&rect) {
            return Ok(false);
        }
        let font = font.pos(Pos::new(HPos::Left, VPos::Top));
        self.area.draw(&Text::new(text.to_string(), (rect.left, rect.top), font))?;
        self.drawn.labels.push(rect);
        Ok(true)
    }

    /// Where [`Frame::label`] would draw `text`.
    fn label_rect(&self, text: &str, (x, y): (i32, i32), anchor: Anchor, font: &TextStyle) -> PixelRect {
        let (width, height) = self.measure(text, font);
        let left = match anchor {
            Anchor::LeftMiddle | Anchor::LeftTop => x,
            Anchor::RightMiddle | Anchor::RightTop => x - width,
            Anchor::CenterMiddle | Anchor::CenterTop => x - width / 2,
        };
        let top = match anchor {
            Anchor::CenterTop | Anchor::LeftTop | Anchor::RightTop => y,
            _ => y - height / 2,
        };
        PixelRect { left, top, right: left + width, bottom: top + height }
    }

    /// Whether a label at `rect` stays inside the chart, off every label drawn and every line kept clear.
    fn fits(&self, rect: &PixelRect) -> bool {
        let inside = rect.left >= 0 && rect.top >= 0 && rect.right <= self.width() && rect.bottom <= self.height();
        inside && !self.drawn.labels.iter().chain(&self.kept_clear).any(|other| other.overlaps(rect))
    }

    /// Draws `text` at the first of `positions` where [`Frame::label`] can; returns where it drew, if it did. A
    /// label a reader needs gets places to fall back on when a narrow chart has no room at the first.
    pub fn label_at_first(
        &mut self,
        text: &str,
        positions: &[((i32, i32), Anchor)],
        font: &TextStyle,
    ) -> Result<Option<PixelRect>, ChartError> {
        for (point, anchor) in positions {
            if self.label(text, *point, *anchor, font)? {
                return Ok(self.drawn.labels.last().copied());
            }
        }
        Ok(None)
    }

    /// Draws each flag's label on one of the lines whose middles are `lines` (the first preferred), centred over
    /// its mark or starting or ending beside it, with a thin line of `line_color` down to the mark. No label
    /// overlaps another and no line crosses a label, so that every label is read with its own mark. Placed one
    /// by one, an early label could cover the way up of a later mark and leave it without a label; so the places
    /// are searched, going back when a flag is left without one, for an arrangement that labels every mark. Where
    /// none is found within [`FLAG_SEARCH_STEPS`], each flag takes the first place left to it, and a flag without
    /// room is left to the tooltip and the data table, as any label.
    pub fn flags(
        &mut self,
        flags: &[Flag],
        lines: &[i32],
        font: &TextStyle,
        line_color: RGBColor,
    ) -> Result<(), ChartError> {
        // Labels stand this far apart, and lines this far from a label that is not theirs.
        let apart = self.px(2.0);
        let gap = self.px(3.0);
        let places: Vec<Vec<FlagPlace>> = flags
            .iter()
            .map(|flag| {
                let beside = [
                    (flag.x, Anchor::CenterMiddle),
                    (flag.x + gap, Anchor::LeftMiddle),
                    (flag.x - gap, Anchor::RightMiddle),
                ];
                lines
                    .iter()
                    .flat_map(|y| beside.map(|(x, anchor)| (x, *y, anchor)))
                    .map(|(x, y, anchor)| {
                        let label = self.label_rect(flag.text, (x, y), anchor, font);
                        // A centred label stands on its line; one beside the line hangs from its top, like a flag.
                        let top = if matches!(anchor, Anchor::CenterMiddle) { label.bottom + 1 } else { label.top };
                        let line = PixelRect { left: flag.x, top, right: flag.x, bottom: flag.bottom };
                        FlagPlace { label, line, anchor }
                    })
                    .filter(|place| self.fits(&place.label) && !self.crosses_label(&widened(&place.line, apart)))
                    .collect()
            })
            .collect();
        let mut chosen = Vec::with_capacity(flags.len());
        let mut steps = FLAG_SEARCH_STEPS;
        if !arrange(&places, apart, &mut chosen, Some(&mut steps)) {
            chosen.clear();
            arrange(&places, apart, &mut chosen, None);
        }
        for ((flag, place), choice) in flags.iter().zip(&places).zip(chosen) {
            let Some(FlagPlace { label, anchor, line }) = choice.map(|choice| place[choice]) else { continue };
            // Drawn from the point that stands at the mark, so that a label ends there even where the browser's
            // font is narrower than the measure.
            let (x, from) = match anchor {
                Anchor::LeftMiddle => (label.left, HPos::Left),
                Anchor::RightMiddle => (label.right, HPos::Right),
                _ => ((label.left + label.right) / 2, HPos::Center),
            };
            let font = font.pos(Pos::new(from, VPos::Top));
            self.area.draw(&Text::new(flag.text.to_string(), (x, label.top), font))?;
            self.drawn.labels.push(label);
            self.line(vec![(line.left, line.top), (line.left, line.bottom)], line_color, 1.0)?;
            self.keep_clear(line);
        }
        Ok(())
    }

    /// Whether `line`, a vertical line's rectangle widened for its stroke, would cross a label.
    fn crosses_label(&self, line: &PixelRect) -> bool {
        self.drawn.labels.iter().any(|label| label.overlaps(line))
    }

    /// `text` broken into the lines of a caption across the chart (an axis's title).
    pub fn caption_lines(&self, text: &str, font: &TextStyle) -> Vec<String> {
        wrap(text, self.width() - 2 * self.px(8.0), font)
    }

    /// Draws a caption's `lines` centred on `middle` (moved inwards where that is near an edge) from `top` down,
    /// whole or not at all: a caption that lost a line to another label would say something else.
    pub fn caption(&mut self, lines: &[String], middle: i32, top: i32, font: &TextStyle) -> Result<(), ChartError> {
        let middle = self.center_inside(middle, self.widest(lines, font), self.px(8.0));
        let at = |index: usize| (middle, top + line_height(font) * index as i32);
        if lines
            .iter()
            .enumerate()
            .all(|(index, line)| self.fits(&self.label_rect(line, at(index), Anchor::CenterTop, font)))
        {
            for (index, line) in lines.iter().enumerate() {
                self.label(line, at(index), Anchor::CenterTop, font)?;
            }
        }
        Ok(())
    }

    /// The centre nearest `x` for a label `width` wide that keeps it `pad` inside the chart's edges, so that a
    /// label over a mark near an edge moves inwards rather than being left out.
    pub fn center_inside(&self, x: i32, width: i32, pad: i32) -> i32 {
        let (first, last) = (pad + width / 2, self.width() - pad - width / 2);
        x.clamp(first, last.max(first))
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

    /// A line in a pattern of [`Swatch::Dashes`]: solid where the gap is 0, else dashed.
    pub fn pattern(
        &self,
        points: Vec<(i32, i32)>,
        color: RGBColor,
        css_width: f64,
        (dash, gap): (u8, u8),
    ) -> Result<(), ChartError> {
        if gap == 0 {
            self.line(points, color, css_width)
        } else {
            self.dashes(points, color, css_width, (f64::from(dash), f64::from(gap)))
        }
    }

    /// A line of dashes `dash` CSS pixels long with gaps of `gap`: lines that colour cannot tell apart are told
    /// apart by their dashes.
    pub fn dashes(
        &self,
        points: Vec<(i32, i32)>,
        color: RGBColor,
        css_width: f64,
        (dash, gap): (f64, f64),
    ) -> Result<(), ChartError> {
        let style = color.stroke_width(self.px(css_width).max(1) as u32);
        let (dash, gap) = (self.px(dash).max(1), self.px(gap).max(1));
        self.area.draw(&plotters::element::DashedPathElement::new(points, dash, gap, style))?;
        Ok(())
    }

    /// A filled dot of `css_radius` centred on a point: the mark of a permanent member of the Security Council.
    pub fn dot(&self, center: (i32, i32), css_radius: f64, color: RGBColor) -> Result<(), ChartError> {
        self.area.draw(&Circle::new(center, self.px(css_radius).max(1), color.filled()))?;
        Ok(())
    }

    /// Keeps labels off `rect`, where a line is drawn: [`Frame::label`] then places none across it.
    pub fn keep_clear(&mut self, rect: PixelRect) {
        self.kept_clear.push(rect);
    }

    pub fn hit(&mut self, rect: PixelRect, target: super::Target) {
        self.drawn.hits.push(super::Hit { rect, target });
    }

    /// The height [`Frame::legend`] takes for `entries`, without drawing them.
    pub fn legend_height(&self, entries: &[LegendEntry]) -> i32 {
        legend_layout(entries, self.width(), self.style).height
    }

    /// Draws a legend of swatches and names from `top`, wrapping to the chart's width, and wrapping a name that
    /// is wider than the chart onto more lines; returns its height.
    pub fn legend(&mut self, top: i32, entries: &[LegendEntry]) -> Result<i32, ChartError> {
        let font = legend_font(self.style);
        let layout = legend_layout(entries, self.width(), self.style);
        let (swatch_size, row_height) = (self.px(SWATCH_SIZE), self.px(LEGEND_ROW_HEIGHT));
        let line_height = line_height(&font);
        for (entry, item) in entries.iter().zip(&layout.items) {
            let (x, middle) = (item.left, top + item.top + row_height / 2);
            let swatch_width = self.px(entry.swatch.width());
            let rect = PixelRect {
                left: x,
                top: middle - swatch_size / 2,
                right: x + swatch_width,
                bottom: middle + swatch_size / 2,
            };
            match entry.swatch {
                Swatch::Box => self.rect(rect, entry.color)?,
                Swatch::Line => self.line(vec![(rect.left, middle), (rect.right, middle)], entry.color, 3.0)?,
                Swatch::Dashes(pattern) => {
                    self.pattern(vec![(rect.left, middle), (rect.right, middle)], entry.color, 2.5, pattern)?
                }
                Swatch::Dot => self.dot((rect.left + swatch_size / 2, middle), SWATCH_SIZE / 3.0, entry.color)?,
                Swatch::Arrow => {
                    let arrow = vec![(rect.left, rect.top), (rect.right, middle), (rect.left, rect.bottom)];
                    self.area.draw(&Polygon::new(arrow, entry.color.filled()))?;
                }
            }
            let text_left = x + swatch_width + self.px(SWATCH_GAP);
            for (index, line) in item.lines.iter().enumerate() {
                self.label(line, (text_left, middle + line_height * index as i32), Anchor::LeftMiddle, &font)?;
            }
        }
        Ok(layout.height)
    }
}

/// The pattern of a solid line (any dash, no gap).
pub const SOLID: (u8, u8) = (1, 0);
/// The dash and gap, in CSS pixels, of a dashed line.
pub const DASHED: (u8, u8) = (6, 4);
/// The dash and gap, in CSS pixels, of a dotted line.
pub const DOTTED: (u8, u8) = (2, 4);

const SWATCH_SIZE: f64 = 12.0;
/// The width of a swatch of dashes: two periods of the longest pattern (12 px) and the start of a third, so that no
/// pattern looks solid and each looks like the line it names.
const DASHES_SWATCH_WIDTH: f64 = 28.0;
const SWATCH_GAP: f64 = 6.0;
const LEGEND_ROW_HEIGHT: f64 = 20.0;

fn legend_font(style: Style) -> TextStyle<'static> {
    FontDesc::new(FontFamily::SansSerif, 12.0 * style.scale, FontStyle::Normal).color(&style.theme.text)
}

/// Where a legend puts an entry, relative to the legend's top left, and the lines of its name.
struct LegendItem {
    left: i32,
    top: i32,
    lines: Vec<String>,
}

struct LegendLayout {
    items: Vec<LegendItem>,
    height: i32,
}

/// A legend's entries in rows across a chart `width` device pixels wide: the one layout that both draws a legend
/// and tells a chart how tall its legend will be at a width.
fn legend_layout(entries: &[LegendEntry], width: i32, style: Style) -> LegendLayout {
    let font = legend_font(style);
    let (pad, gap, row_height) = (style.px(8.0), style.px(16.0), style.px(LEGEND_ROW_HEIGHT));
    let line_height = line_height(&font);
    let (mut x, mut y, mut row_bottom) = (pad, 0, row_height);
    let mut items = Vec::new();
    for entry in entries {
        let text_left = style.px(entry.swatch.width()) + style.px(SWATCH_GAP);
        let lines = wrap(&entry.name, width - 2 * pad - text_left, &font);
        let item_width = text_left + lines.iter().map(|line| measure(line, &font).0).max().unwrap_or(0);
        let item_height = row_height + line_height * (lines.len() as i32 - 1);
        if x > pad && x + item_width > width - pad {
            x = pad;
            y = row_bottom;
        }
        row_bottom = row_bottom.max(y + item_height);
        items.push(LegendItem { left: x, top: y, lines });
        x += item_width + gap;
    }
    LegendLayout { items, height: row_bottom }
}

/// How much taller than `LEGEND_ROWS` rows of legend and one line of title a chart `css_width` wide needs for its
/// `legend` and its `title` (set in 12 px), in CSS pixels: what a narrow chart adds to its height so that its rows
/// keep their room.
pub fn narrow_extra(legend: &[LegendEntry], title: Option<&str>, css_width: f64) -> f64 {
    let style = Style { theme: &super::LIGHT, scale: 1.0 };
    let width = css_width.round() as i32;
    let legend_extra = legend_layout(legend, width, style).height - LEGEND_ROWS * style.px(LEGEND_ROW_HEIGHT);
    let font = legend_font(style);
    let title_lines = title.map_or(1, |title| wrap(title, width - 2 * style.px(8.0), &font).len() as i32);
    f64::from(legend_extra.max(0) + (title_lines - 1) * line_height(&font))
}

/// How many rows of legend a chart's fixed height has room for.
const LEGEND_ROWS: i32 = 2;

fn measure(text: &str, font: &TextStyle) -> (i32, i32) {
    super::metrics::text_size(text, font.font.get_size())
}

/// A label for the mark at `x`, drawn by [`Frame::flags`] with a line that ends at `bottom`, just above the mark.
pub struct Flag<'t> {
    pub text: &'t str,
    pub x: i32,
    pub bottom: i32,
}

/// `rect` widened by `margin` on the left and the right: a line with room for its stroke, or a label with room
/// beside it.
fn widened(rect: &PixelRect, margin: i32) -> PixelRect {
    PixelRect { left: rect.left - margin, right: rect.right + margin, ..*rect }
}

/// Where [`Frame::flags`] may put a flag: its label, the point of it that stands at the mark, and its line down
/// to the mark.
#[derive(Clone, Copy)]
struct FlagPlace {
    label: PixelRect,
    anchor: Anchor,
    line: PixelRect,
}

/// The places [`Frame::flags`] tries before it gives up on labelling every mark: far more than the arrangements
/// of a chart's few turning points need, and few enough to cost nothing noticeable on a redraw.
const FLAG_SEARCH_STEPS: usize = 20_000;

/// Extends `chosen` (a place for each flag before it, or none) with a place for every flag after it, depth first
/// in the order of preference, so that no two labels come within `apart` of each other and no line crosses another
/// flag's label; says whether it did. With `steps` it labels every flag or fails, and fails too once it has tried
/// that many places; without, a flag with no place left is passed over, which always succeeds, at the first try.
fn arrange(
    places: &[Vec<FlagPlace>],
    apart: i32,
    chosen: &mut Vec<Option<usize>>,
    mut steps: Option<&mut usize>,
) -> bool {
    let Some(candidates) = places.get(chosen.len()) else {
        return true;
    };
    let clear_of = |place: &FlagPlace, other: &FlagPlace| {
        let (line, other_line) = (widened(&place.line, apart), widened(&other.line, apart));
        !place.label.overlaps(&widened(&other.label, 2 * apart))
            && !line.overlaps(&other.label)
            && !other_line.overlaps(&place.label)
    };
    for (index, place) in candidates.iter().enumerate() {
        if let Some(left) = steps.as_deref_mut() {
            if *left == 0 {
                return false;
            }
            *left -= 1;
        }
        let clear = chosen
            .iter()
            .zip(places)
            .all(|(choice, others)| choice.is_none_or(|other| clear_of(place, &others[other])));
        if clear {
            chosen.push(Some(index));
            if arrange(places, apart, chosen, steps.as_deref_mut()) {
                return true;
            }
            chosen.pop();
        }
    }
    // Passed over: in a search for every flag only a flag with no place at all, so that the others can still be
    // labelled.
    if steps.is_some() && !candidates.is_empty() {
        return false;
    }
    chosen.push(None);
    if arrange(places, apart, chosen, steps) {
        return true;
    }
    chosen.pop();
    false
}

/// The height of a line of text in `font`: the distance between the lines of a wrapped label.
pub fn line_height(font: &TextStyle) -> i32 {
    measure("", font).1
}

/// `text` broken into lines no wider than `max_width`: after spaces, beside CJK characters (which have no spaces
/// between words), and inside a word only where the word alone is too wide. A narrow chart wraps a legend entry or
/// an axis title rather than losing it (a label that does not fit is not drawn).
pub fn wrap(text: &str, max_width: i32, font: &TextStyle) -> Vec<String> {
    let fits = |line: &str| measure(line.trim_end(), font).0 <= max_width;
    let mut pieces: Vec<String> = Vec::new();
    for piece in break_pieces(text) {
        if fits(piece) {
            pieces.push(piece.to_string());
        } else {
            pieces.extend(piece.chars().map(String::from));
        }
    }
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for piece in pieces {
        if line.is_empty() || fits(&format!("{line}{piece}")) {
            line.push_str(&piece);
        } else {
            lines.push(line.trim_end().to_string());
            line = piece;
        }
    }
    lines.push(line.trim_end().to_string());
    lines
}

/// How a legend entry shows what it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swatch {
    Box,
    Line,
    /// A line of dashes and gaps of these lengths in CSS pixels, solid where the gap is 0: lines of one colour told
    /// apart by their dashes (`DASHED`, `DOTTED`: a figure weaker than the dashed line's, since only secondary
    /// reports give it).
    Dashes((u8, u8)),
    Arrow,
    Dot,
}

impl Swatch {
    /// Its width in CSS pixels; every swatch is `SWATCH_SIZE` high.
    fn width(self) -> f64 {
        match self {
            Swatch::Dashes(_) => DASHES_SWATCH_WIDTH,
            _ => SWATCH_SIZE,
        }
    }
}

/// The legend entry of the shading behind a time axis: the paper's period of initial participation.
pub fn initial_period_entry(theme: &super::Theme, texts: &crate::words::Texts) -> LegendEntry {
    LegendEntry::new(texts.period(pko_data::Period::Initial), theme.band, Swatch::Box)
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

/// The order in which to draw marks of these colours: all the marks of one colour together, the colours in the
/// order they first appear, so that a canvas sets its fill once a colour rather than once a mark (a long chart's
/// bars alternate their colours row by row, and each change crosses into JavaScript and parses a colour). The marks
/// of one colour keep their order; marks of different colours must not overlap, since which is drawn over which
/// changes.
pub fn colour_order(colours: &[RGBColor]) -> Vec<usize> {
    let mut order: Vec<usize> = Vec::with_capacity(colours.len());
    for (first, colour) in colours.iter().enumerate() {
        if !colours[..first].contains(colour) {
            order.extend((first..colours.len()).filter(|index| colours[*index] == *colour));
        }
    }
    order
}

/// The row, from 0 up to `rows - 1`, of each marker centred at `xs` (in time order), so that markers at least
/// `width` apart share a row: each goes on the lowest row whose last marker is far enough to its left, or, where
/// none is, on the row whose last marker is furthest left. A marker `on_top` (one with a label above the rows) goes
/// on the top row, and the others keep `width` from it there, so that the line up to its label crosses no marker;
/// unless that brings two markers of a row closer than half of `width` and than they would be otherwise, where
/// markers crowd (a narrow chart), since a marker needs room for its click target.
pub fn stack_rows(xs: &[i32], width: i32, rows: usize, on_top: &[bool]) -> Vec<usize> {
    let plain = place_in_rows(xs, width, rows, None);
    let labelled_clear = place_in_rows(xs, width, rows, Some(on_top));
    if closest_in_a_row(xs, &labelled_clear) >= closest_in_a_row(xs, &plain).min(width / 2) {
        labelled_clear
    } else {
        plain
    }
}

/// The rows of [`stack_rows`], with the top row kept for the markers `on_top` where that is given.
fn place_in_rows(xs: &[i32], width: i32, rows: usize, on_top: Option<&[bool]>) -> Vec<usize> {
    let top = rows.max(1) - 1;
    let mut last = vec![i32::MIN; top + 1];
    let is_on_top = |index: usize| on_top.is_some_and(|on_top| on_top[index]);
    let labelled: Vec<i32> = (0..xs.len()).filter(|index| is_on_top(*index)).map(|index| xs[index]).collect();
    (0..xs.len())
        .map(|index| {
            let x = xs[index];
            let free = |row: &usize| last[*row].saturating_add(width) <= x;
            let clear = |row: &usize| *row < top || labelled.iter().all(|other| (other - x).abs() >= width);
            // Two labelled markers closer than `width` cannot both stand on the top row.
            let row = if is_on_top(index) && free(&top) {
                top
            } else {
                (0..=top)
                    .find(|row| free(row) && clear(row))
                    .unwrap_or_else(|| (0..=top).filter(clear).min_by_key(|row| last[*row]).unwrap_or(0))
            };
            last[row] = x;
            row
        })
        .collect()
}

/// The least distance between two markers of one row.
fn closest_in_a_row(xs: &[i32], rows: &[usize]) -> i32 {
    let mut last: Vec<Option<i32>> = Vec::new();
    let mut closest = i32::MAX;
    for (x, row) in xs.iter().zip(rows) {
        if last.len() <= *row {
            last.resize(row + 1, None);
        }
        if let Some(before) = last[*row] {
            closest = closest.min(x - before);
        }
        last[*row] = Some(*x);
    }
    closest
}

/// The click targets of markers centred at `xs` (in any order) on one row, `half` wide either side: from left to
/// right, each reaches halfway to the next and starts after the one before, at least a pixel wide, so that markers
/// close together, which overlap when drawn, still each get a target of their own that no other covers. Returns
/// each marker's `(left, right)`, in the order of `xs`.
pub fn spread_targets(xs: &[i32], half: i32) -> Vec<(i32, i32)> {
    let mut order: Vec<usize> = (0..xs.len()).collect();
    pko_data::sort_stably(&mut order, |index| (xs[*index].max(0) as u64, ""));
    let mut spans = vec![(0, 0); xs.len()];
    let mut taken = i32::MIN;
    for (rank, index) in order.iter().copied().enumerate() {
        let x = xs[index];
        let reach = order.get(rank + 1).map_or(x + half, |next| (x + half).min(x + (xs[*next] - x) / 2));
        let left = (x - half).max(taken.saturating_add(1));
        spans[index] = (left, reach.max(left));
        taken = reach.max(left);
    }
    spans
}

/// `text` cut where a line may break: after each run of spaces, and on either side of a CJK character.
fn break_pieces(text: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut after_space = false;
    for (index, c) in text.char_indices() {
        let square = super::metrics::is_square(c);
        if index > start && ((after_space && c != ' ') || square) {
            pieces.push(&text[start..index]);
            start = index;
        }
        after_space = c == ' ';
        if square {
            pieces.push(&text[start..index + c.len_utf8()]);
            start = index + c.len_utf8();
        }
    }
    if start < text.len() {
        pieces.push(&text[start..]);
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::{break_pieces, colour_order, narrow_extra, LegendEntry, Swatch};
    use plotters::style::{BLACK, BLUE, RED};

    #[test]
    fn marks_are_drawn_a_colour_at_a_time_each_colour_in_its_order() {
        assert_eq!(colour_order(&[RED, BLUE, RED, BLACK, BLUE, RED]), [0, 2, 5, 1, 4, 3]);
        assert_eq!(colour_order(&[]), Vec::<usize>::new());
    }

    #[test]
    fn lines_break_after_spaces_and_beside_cjk_characters() {
        assert_eq!(break_pieces("UN scales  2007–2027"), ["UN ", "scales  ", "2007–2027"]);
        assert_eq!(break_pieces("継続中（2011年"), ["継", "続", "中", "（", "2011", "年"]);
        assert_eq!(break_pieces(""), Vec::<&str>::new());
    }

    #[test]
    fn a_narrow_chart_makes_room_for_a_legend_and_title_that_wrap() {
        let legend: Vec<LegendEntry> = ["Civilians", "Military observers", "Troops", "Civilian police"]
            .into_iter()
            .map(|name| LegendEntry::new(name, BLACK, Swatch::Box))
            .collect();
        let title = Some("Personnel sent, cumulative to 30 Nov 2008");
        assert_eq!(narrow_extra(&legend, title, 1280.0), 0.0, "one row of legend, one line of title");
        // Three rows of legend (one more than the fixed height holds) and a title on two lines.
        assert_eq!(narrow_extra(&legend, title, 200.0), 20.0 + 15.0);
    }

    /// The lines of a swatch of `pattern` in a legend drawn as SVG: each dash is a line of its own.
    fn swatch_lines(pattern: (u8, u8)) -> usize {
        use plotters::prelude::{IntoDrawingArea, SVGBackend};
        let mut svg = String::new();
        {
            let area = SVGBackend::with_string(&mut svg, (300, 40)).into_drawing_area();
            let mut frame =
                super::Frame::new(&area, crate::chart::Style { theme: &crate::chart::LIGHT, scale: 1.0 }).unwrap();
            frame.legend(0, &[LegendEntry::new("A line", BLACK, Swatch::Dashes(pattern))]).unwrap();
        }
        svg.matches("<polyline").count() + svg.matches("<line").count() + svg.matches("<path").count()
    }

    #[test]
    fn a_legend_shows_each_pattern_of_dashes_at_least_twice() {
        assert_eq!(swatch_lines(super::SOLID), 1);
        let patterns = [super::DASHED, super::DOTTED].into_iter().chain(crate::chart::deployed::LINE_DASHES);
        for pattern in patterns.filter(|&(_, gap)| gap > 0) {
            assert!(swatch_lines(pattern) >= 3, "{pattern:?} shows two dashes and the start of a third, or more");
        }
    }
}
