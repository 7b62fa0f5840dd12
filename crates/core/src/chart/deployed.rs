//! Chart 5: China's uniformed personnel at each month-end, 1990-2014, as an area stacked by type, one step per
//! month. An area rather than bars: 281 months are thinner than a pixel each on a phone, where bars would blur into
//! stripes, and steps keep each month-end's figure flat across its month rather than inventing a slope between two
//! reports. Before 2000 the reports were not split by type, so those months are one neutral total. The paper's
//! first period is shaded; the chronology's events are markers above the plot (one per month); the paper's
//! "2,157 at any one time" stands beside the report's figure for its month; the other permanent members can be
//! drawn as grey lines told apart by their dashes, named in the legend beside their dashes and at their ends; the
//! month chosen for the top-contributors chart is a rule.

use super::axis::{ends_first, Axis};
use super::frame::{line_height, narrow_extra, spread_targets, Anchor, Frame, LegendEntry, Swatch, SOLID};
use super::theme::Theme;
use super::{ChartError, Drawn, PixelRect, Style, Target};
use crate::format::{format_count, format_decimal};
use crate::model::contributions::{DeployedSeries, SPLIT_RELIABLE_FROM};
use crate::words::Texts;
use pko_data::contributions::{CountryCode, Uniformed};
use pko_data::{YearMonth, ACTIVE_FROM};
use plotters::prelude::*;

/// The CSS height of the chart with two rows of legend.
pub fn height() -> f64 {
    380.0
}

/// The CSS height at `css_width`: on a narrow chart the legend takes more rows, and more again with the other
/// permanent members' lines.
pub fn height_at(series: &DeployedSeries, css_width: f64, texts: &Texts) -> f64 {
    height() + narrow_extra(&legend(series, &super::LIGHT, texts), None, css_width)
}

/// The three types, bottom to top in the order of `Uniformed`'s fields, each in the colour of its category in the
/// personnel chart (troops, civilian police, military observers), then the neutral totals before 2000; with the
/// other permanent members shown, each one's name beside its line's dashes, since one grey draws all four.
pub fn legend(series: &DeployedSeries, theme: &Theme, texts: &Texts) -> Vec<LegendEntry> {
    let mut entries: Vec<LegendEntry> = texts
        .monthly()
        .uniformed_types
        .iter()
        .zip(type_colors(theme))
        .map(|(name, color)| LegendEntry::new(*name, color, Swatch::Box))
        .collect();
    entries.push(LegendEntry::new(texts.monthly().total_before_split, theme.neutral, Swatch::Box));
    if series.show_others {
        for (member, pattern) in LINE_DASHES.into_iter().enumerate() {
            let name = other_name(series, member, texts);
            entries.push(LegendEntry::new(name, theme.neutral, Swatch::Dashes(pattern)));
        }
    }
    entries
}

/// The name of the other permanent member `member` (0 to 3, after China), or its ISO code where the names table
/// lacks it.
fn other_name<'a>(series: &'a DeployedSeries, member: usize, texts: &'a Texts) -> &'a str {
    texts.name_or_code(&CountryCode::PERMANENT_MEMBERS[member + 1], series.other_names[member].as_ref())
}

/// Troops, police and military experts in the colours the personnel chart gives troops, civilian police and
/// military observers, so that a colour means one kind of personnel across the app.
fn type_colors(theme: &Theme) -> [RGBColor; 3] {
    [theme.categories[2], theme.categories[3], theme.categories[1]]
}

/// The dashes of the other four permanent members' lines (dash and gap in CSS pixels; a gap of 0 is solid), in
/// the order of [`CountryCode::PERMANENT_MEMBERS`] after China: solid, long dashes, dots, short dashes, each
/// drawn at least twice in its legend swatch (a test in `frame.rs` checks).
pub(super) const LINE_DASHES: [(u8, u8); 4] = [SOLID, (8, 4), (2, 3), (4, 2)];

/// Where another permanent member's line ends (its last month in the reports), and the height of its name, which
/// is moved off the line's height where names would overlap.
struct LineEnd {
    x: i32,
    y: i32,
    label_y: i32,
    member: usize,
}

/// How far right of the plot, in CSS pixels, the other permanent members' names stand, so that the leader from
/// each line's end to its name slopes visibly where names were pushed apart.
const LEADER: f64 = 10.0;

/// The rows above the plot, in CSS pixels: the axis title, the paper's figure, the chosen month, the events.
const ROW: f64 = 16.0;

/// Where the chart's parts go at one size, computed alike for the chart and for its chosen month's layer.
struct Layout<'a> {
    pad: i32,
    row: i32,
    rows_top: i32,
    plot: PixelRect,
    x_axis: Axis,
    y_axis: Axis,
    first_year: f64,
    end_labels: Vec<&'a str>,
}

impl<'a> Layout<'a> {
    fn new<DB: DrawingBackend>(frame: &Frame<DB>, series: &'a DeployedSeries, texts: &'a Texts) -> Option<Layout<'a>> {
        let theme = frame.style.theme;
        let (first, last) = (series.points.first()?, series.points.last()?);
        let pad = frame.px(8.0);
        let legend_height = frame.legend_height(&legend(series, theme, texts));
        let tick_font = frame.font(11.0, theme.muted_text);
        let row = frame.px(ROW);
        let rows_top = pad + legend_height + frame.px(4.0);

        let max_others = series.points.iter().flat_map(|point| point.others.iter().flatten().copied()).max();
        let max_china = series.points.iter().map(|point| point.china.total()).max().unwrap_or(0);
        let max = if series.show_others { max_china.max(max_others.unwrap_or(0)) } else { max_china };
        let y_axis = Axis::linear_rounded(0.0, f64::from(max), 4);
        let y_label_width = frame.widest(y_axis.ticks(4).iter().map(|tick| format_count(*tick as u32)), &tick_font);

        // Names at the lines' ends where they fit in a fifth of the chart, else the ISO codes (the tooltip names
        // them).
        let other_labels: Vec<&'a str> = (0..4).map(|member| other_name(series, member, texts)).collect();
        let names_fit = frame.widest(&other_labels, &tick_font) <= frame.width() / 5;
        let end_labels: Vec<&'a str> = if names_fit {
            other_labels
        } else {
            CountryCode::PERMANENT_MEMBERS[1..].iter().map(CountryCode::as_str).collect()
        };
        let end_width =
            if series.show_others { frame.widest(&end_labels, &tick_font) + frame.px(LEADER + 6.0) } else { 0 };

        let plot = PixelRect {
            left: pad + y_label_width + frame.px(6.0),
            top: rows_top + 4 * row + frame.px(4.0),
            right: frame.width() - pad - end_width.max(frame.px(4.0)),
            bottom: frame.height() - pad - row - frame.px(22.0),
        };
        let first_year = first.month.as_fractional_year();
        let x_axis = Axis::Linear { min: first_year, max: last.month.as_fractional_year() + 1.0 / 12.0 };
        Some(Layout { pad, row, rows_top, plot, x_axis, y_axis, first_year, end_labels })
    }

    /// The middle of row `index` above the plot.
    fn row_middle(&self, index: i32) -> i32 {
        self.rows_top + self.row * index + self.row / 2
    }

    /// The left edge of month `index`'s column; the number of months gives the plot's right edge.
    fn x_of(&self, index: usize) -> i32 {
        self.x_axis.position(self.first_year + index as f64 / 12.0, self.plot.left, self.plot.right)
    }

    fn center_of(&self, index: usize) -> i32 {
        (self.x_of(index) + self.x_of(index + 1)) / 2
    }

    fn y_of(&self, count: u32) -> i32 {
        self.y_axis.position(f64::from(count), self.plot.bottom, self.plot.top)
    }
}

/// Draws the chart with its chosen month: the canvas draws the two apart ([`draw_base`] and [`draw_month`]), so
/// that a step of the month redraws only the month's layer.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    series: &DeployedSeries,
    highlight: Option<&Target>,
    style: Style,
    texts: &Texts,
) -> Result<Drawn, ChartError> {
    let drawn = draw_base(area, series, highlight, style, texts)?;
    draw_month(area, series, series.selected, style, texts)?;
    Ok(drawn)
}

/// The chosen month's rule and its figure, on a layer over the chart: the only marks a step of the month changes.
pub fn draw_month<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    series: &DeployedSeries,
    month: Option<YearMonth>,
    style: Style,
    texts: &Texts,
) -> Result<(), ChartError> {
    let mut frame = Frame::over(area, style);
    let (Some(layout), Some(index)) =
        (Layout::new(&frame, series, texts), month.and_then(|month| series.index_of(month)))
    else {
        return Ok(());
    };
    let note_font = frame.font(11.0, style.theme.text);
    let x = layout.center_of(index);
    frame.line(vec![(x, layout.plot.top), (x, layout.plot.bottom)], style.theme.text, 1.5)?;
    let point = series.points[index];
    let text = texts.month_count(point.month, point.china.total());
    let middle = frame.center_inside(x, frame.measure(&text, &note_font).0, layout.pad);
    let row = layout.row_middle(2);
    let places =
        [((middle, row), Anchor::CenterMiddle), ((x, row), Anchor::RightMiddle), ((x, row), Anchor::LeftMiddle)];
    frame.label_at_first(&text, &places, &note_font)?;
    Ok(())
}

/// Everything but the chosen month.
pub fn draw_base<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    series: &DeployedSeries,
    highlight: Option<&Target>,
    style: Style,
    texts: &Texts,
) -> Result<Drawn, ChartError> {
    let mut frame = Frame::new(area, style)?;
    let theme = style.theme;
    let Some(layout) = Layout::new(&frame, series, texts) else {
        frame.legend(frame.px(8.0), &legend(series, theme, texts))?;
        return Ok(frame.drawn);
    };
    frame.legend(layout.pad, &legend(series, theme, texts))?;
    let Layout { pad, plot, x_axis, y_axis, .. } = layout;
    let (first, last) = (series.points[0], series.points[series.points.len() - 1]);
    let tick_font = frame.font(11.0, theme.muted_text);
    let note_font = frame.font(11.0, theme.text);
    let row = layout.row;
    let row_middle = |index: i32| layout.row_middle(index);
    let others_on = series.show_others;
    let y_ticks = y_axis.ticks(4);
    let months = series.points.len();
    let x_of = |index: usize| layout.x_of(index);
    let y_of = |count: u32| layout.y_of(count);
    let center_of = |index: usize| layout.center_of(index);
    // The index of the first month from `month` on: 0 if the series starts after it, every month if it ends before.
    let index_from = |month: YearMonth| series.index_of(month).unwrap_or(if first.month >= month { 0 } else { months });
    let split = index_from(SPLIT_RELIABLE_FROM);
    let active_from = index_from(ACTIVE_FROM);
    let end_labels = &layout.end_labels;

    // The paper's first period, shaded behind everything; its name and the second's under the year axis.
    if active_from > 0 {
        let band = PixelRect { left: x_of(0), top: plot.top, right: x_of(active_from), bottom: plot.bottom };
        frame.rect(band, theme.band)?;
    }
    for tick in ends_first(y_ticks) {
        let y = y_axis.position(tick, plot.bottom, plot.top);
        frame.line(vec![(plot.left, y), (plot.right, y)], theme.grid, 1.0)?;
        frame.label(&format_count(tick as u32), (plot.left - frame.px(6.0), y), Anchor::RightMiddle, &tick_font)?;
    }
    // The years of the first and last months at the axis's ends, first, so that the span is read at any width;
    // then round years between them where they fit.
    let year_top = plot.bottom + frame.px(6.0);
    frame.label(&first.month.year().to_string(), (plot.left, year_top), Anchor::LeftTop, &tick_font)?;
    frame.label(&last.month.year().to_string(), (plot.right, year_top), Anchor::RightTop, &tick_font)?;
    let year_ticks = ((plot.right - plot.left) / frame.px(48.0)).clamp(2, 12) as usize;
    for year in x_axis.ticks(year_ticks) {
        let x = x_axis.position(year, plot.left, plot.right);
        frame.line(vec![(x, plot.bottom), (x, plot.bottom + frame.px(4.0))], theme.muted_text, 1.0)?;
        frame.label(&format_decimal(year), (x, year_top), Anchor::CenterTop, &tick_font)?;
    }
    let periods_middle = plot.bottom + frame.px(22.0) + row / 2;
    let period_starts = [(x_of(0), active_from > 0), (x_of(active_from), active_from < months)];
    for (name, (x, shown)) in texts.monthly().period_names.iter().zip(period_starts) {
        if shown {
            let places = [
                ((x + frame.px(2.0), periods_middle), Anchor::LeftMiddle),
                ((plot.right, periods_middle), Anchor::RightMiddle),
            ];
            frame.label_at_first(name, &places, &tick_font)?;
        }
    }

    // The stack: before the split one neutral total, from it the three types, each a step per month.
    let layer = |from: usize, to: usize, lower: &dyn Fn(usize) -> u32, upper: &dyn Fn(usize) -> u32| {
        let mut points = Vec::with_capacity(4 * (to - from));
        for index in from..to {
            points.extend([(x_of(index), y_of(upper(index))), (x_of(index + 1), y_of(upper(index)))]);
        }
        for index in (from..to).rev() {
            points.extend([(x_of(index + 1), y_of(lower(index))), (x_of(index), y_of(lower(index)))]);
        }
        points
    };
    let china = |index: usize| series.points[index].china;
    if split > 0 {
        let points = layer(0, split, &|_| 0, &|index| china(index).total());
        frame.area.draw(&Polygon::new(points, theme.neutral.filled()))?;
    }
    if split < months {
        let cumulative: [fn(Uniformed) -> u32; 3] =
            [|figures| figures.troops, |figures| figures.troops + figures.police, |figures| figures.total()];
        for (kind, color) in type_colors(theme).into_iter().enumerate() {
            let lower = |index: usize| if kind == 0 { 0 } else { cumulative[kind - 1](china(index)) };
            let points = layer(split, months, &lower, &|index| cumulative[kind](china(index)));
            frame.area.draw(&Polygon::new(points, color.filled()))?;
        }
    }

    // The other permanent members: a grey line each, in its own dashes, broken where a member is not in a month's
    // report. Grey, as the other countries are in the top contributors' chart: colour stays China's. Each line lies
    // on a halo of the background's colour, since grey on China's areas has too little contrast to be seen.
    if others_on {
        let mut ends: Vec<LineEnd> = Vec::new();
        for (member, pattern) in LINE_DASHES.into_iter().enumerate() {
            let mut runs: Vec<Vec<(i32, i32)>> = vec![Vec::new()];
            for (index, point) in series.points.iter().enumerate() {
                match point.others[member] {
                    Some(count) => {
                        let run = runs.last_mut().expect("a run");
                        run.extend([(x_of(index), y_of(count)), (x_of(index + 1), y_of(count))]);
                    }
                    None => runs.push(Vec::new()),
                }
            }
            for run in runs.into_iter().filter(|run| !run.is_empty()) {
                frame.line(run.clone(), theme.background, 4.0)?;
                frame.pattern(run, theme.neutral, 1.5, pattern)?;
            }
            let last =
                series.points.iter().enumerate().rev().find_map(|(index, point)| Some((index, point.others[member]?)));
            if let Some((index, count)) = last {
                let y = y_of(count);
                ends.push(LineEnd { x: x_of(index + 1), y, label_y: y, member });
            }
        }
        // Named at the right of the plot, at the height where each line last is, in the same order from top to
        // bottom; where lines end close together (four small totals at the foot of the axis), their names are
        // pushed apart by a line's height, the whole column moved up if it would pass the plot's foot, and a
        // leader runs from each line's end to its name.
        pko_data::sort_stably(&mut ends, |end| (end.y as u64, ""));
        let step = line_height(&tick_font);
        for index in 1..ends.len() {
            ends[index].label_y = ends[index].label_y.max(ends[index - 1].label_y + step);
        }
        let lowest = plot.bottom - step / 2;
        for index in (0..ends.len()).rev() {
            let below = ends.get(index + 1).map_or(lowest, |end| end.label_y - step);
            ends[index].label_y = ends[index].label_y.min(below);
        }
        let label_left = plot.right + frame.px(LEADER + 4.0);
        for LineEnd { x, y, label_y, member } in ends {
            frame.line(vec![(x, y), (label_left - frame.px(2.0), label_y)], theme.neutral, 1.0)?;
            frame.label(end_labels[member], (label_left, label_y), Anchor::LeftMiddle, &tick_font)?;
        }
    }

    // Above the plot: the axis's title and the paper's figure beside the report's (the chosen month is
    // `draw_month`'s).
    frame.label(texts.monthly().deployed_axis, (pad, row_middle(0)), Anchor::LeftMiddle, &tick_font)?;
    if let Some(mark) = series.paper.and_then(|mark| Some((mark, series.index_of(mark.month)?))) {
        let (mark, index) = mark;
        let x = center_of(index);
        let text = texts.paper_and_report(&mark);
        let middle = frame.center_inside(x, frame.measure(&text, &note_font).0, pad);
        frame.label(&text, (middle, row_middle(1)), Anchor::CenterMiddle, &note_font)?;
        let radius = frame.px(3.5);
        let ring = theme.text.stroke_width(frame.px(1.5).max(1) as u32);
        frame.area.draw(&Circle::new((x, y_of(mark.paper)), radius, ring))?;
        frame.dashes(vec![(x, plot.top), (x, y_of(mark.paper) - radius)], theme.muted_text, 1.0, (2.0, 2.0))?;
    }
    // A click target per month: the pixels of its column, full height. On a chart narrower than its months, a
    // month whose column rounds to no pixel of its own has none; the month controls and the arrow keys reach it.
    for (index, point) in series.points.iter().enumerate() {
        let (left, right) = (x_of(index), x_of(index + 1) - 1);
        if right < left {
            continue;
        }
        let target = Target::Month(point.month);
        let rect = PixelRect { left, top: plot.top, right, bottom: plot.bottom };
        if highlight == Some(&target) {
            frame.ring(rect)?;
        }
        frame.hit(rect, target);
    }

    // The events, one marker per month on the row above the plot, with targets apart (`spread_targets`).
    let strip_middle = row_middle(3);
    let half = frame.px(5.0);
    let xs: Vec<i32> =
        series.markers.iter().map(|marker| series.index_of(marker.month).map_or(plot.left, center_of)).collect();
    for ((marker, x), (left, right)) in series.markers.iter().zip(&xs).zip(spread_targets(&xs, half)) {
        let x = *x;
        let diamond = vec![
            (x, strip_middle - half),
            (x + half, strip_middle),
            (x, strip_middle + half),
            (x - half, strip_middle),
        ];
        frame.area.draw(&Polygon::new(diamond, theme.text.filled()))?;
        let rect = PixelRect { left, top: strip_middle - half, right, bottom: strip_middle + half };
        let focused = matches!(highlight, Some(Target::Event(event)) if marker.events.contains(event));
        if focused {
            frame.ring(PixelRect { left: x - half, right: x + half, ..rect })?;
        }
        frame.hit(rect, Target::Event(marker.events[0]));
    }
    Ok(frame.drawn)
}
