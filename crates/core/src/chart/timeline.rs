//! Chart 4: China's participation in each mission as a bar from its start to its end, coloured by the category of
//! personnel China sent most of (the paper's shift from observers to police and troops can be seen), with
//! the policy events of the paper's chronology as markers along the top. Ongoing participations run to the month
//! the data runs to (the paper's January 2011, or a reader's file's latest month) and end in an arrowhead.

use super::axis::{ends_first, Axis};
use super::frame::{
    initial_period_entry, line_height, narrow_extra, spread_targets, stack_rows, Anchor, Flag, Frame, LegendEntry,
    Swatch,
};
use super::metrics::text_size;
use super::theme::Theme;
use super::{ChartError, Drawn, PixelRect, Style, Target};
use crate::format::format_decimal;
use crate::model::{event_markers, EventMarker, TimelineBar};
use crate::words::Texts;
use pko_data::{Category, PolicyEvent, TurningPoint, Vocabulary};
use plotters::prelude::*;

/// A row is a target for a pointer or a finger: 24 CSS pixels at least (WCAG 2.5.8, target size).
const ROW_HEIGHT: f64 = 24.0;
/// Room for the legend (two rows), the events' rows and labels, the year axis and the caption on the colour.
const CHROME_HEIGHT: f64 = 205.0;
/// The rows of event markers: markers close in time go on the next row up rather than over each other.
const EVENT_ROWS: usize = 3;
/// The CSS height of a row of event markers.
const EVENT_ROW: f64 = 12.0;
/// The lines of turning points' labels above the markers: three on a chart wide for its labels; on a narrower one,
/// one for each turning point, since there each label covers the way up of the next one's line and has to stand
/// above it. Wide is half as wide again as the labels side by side: measured in steps of 20 px, the English labels
/// (485 px together) need a line each up to 660 px, the Chinese and Japanese ones (about 340) up to 500.
fn label_lines(css_width: f64, texts: &Texts) -> i32 {
    let labels: i32 = TurningPoint::ALL.iter().map(|point| text_size(texts.turning_point(*point), LABEL_SIZE).0).sum();
    if css_width < 1.5 * f64::from(labels) {
        TurningPoint::ALL.len() as i32
    } else {
        3
    }
}
/// The CSS size of the turning points' labels.
const LABEL_SIZE: f64 = 11.0;
/// The CSS height of a line of those labels.
const LABEL_LINE: f64 = 15.0;
/// The CSS height between the lowest row of markers and the plot.
const EVENT_GAP: f64 = 14.0;

/// The CSS height that gives every row of `rows` bars room for its label.
pub fn height(rows: usize) -> f64 {
    CHROME_HEIGHT + ROW_HEIGHT * rows.max(1) as f64
}

/// The CSS height at `css_width`: on a narrow chart the legend and the caption take more lines.
pub fn height_at(bars: &[TimelineBar], initial: bool, css_width: f64, texts: &Texts) -> f64 {
    let extra_labels = f64::from(label_lines(css_width, texts) - label_lines(f64::MAX, texts)) * LABEL_LINE;
    height(bars.len())
        + narrow_extra(&legend(bars, initial, &super::LIGHT, texts), Some(texts.timeline_colour), css_width)
        + extra_labels
}

/// The categories that colour the bars (and the neutral bar of a mission without figures), the arrowhead of
/// ongoing participations with the month they run to, and the shading of the paper's first period (`initial`).
pub fn legend(bars: &[TimelineBar], initial: bool, theme: &Theme, texts: &Texts) -> Vec<LegendEntry> {
    let categories =
        Category::ALL.iter().filter(|category| bars.iter().any(|bar| bar.main_category == Some(**category)));
    let mut legend: Vec<LegendEntry> = categories
        .map(|category| LegendEntry::new(texts.category(*category), theme.categories[category.index()], Swatch::Box))
        .collect();
    if bars.iter().any(|bar| bar.main_category.is_none()) {
        legend.push(LegendEntry::new(texts.no_figures, theme.neutral, Swatch::Box));
    }
    if let Some(as_of) = bars.iter().find_map(|bar| bar.ongoing) {
        legend.push(LegendEntry::new(texts.ongoing_until(as_of), theme.muted_text, Swatch::Arrow));
    }
    if initial {
        legend.push(initial_period_entry(theme, texts));
    }
    legend
}

/// Draws the bars and the events; `highlight` gets a ring. The years span the bars, the events and `span`: the first
/// start and last end of the view's rows on other pages, so that a bar stands at the same place on every page.
/// `initial`, the paper's first period, is shaded behind them.
#[allow(clippy::too_many_arguments)]
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    bars: &[TimelineBar],
    span: Option<(f64, f64)>,
    events: &[PolicyEvent],
    initial: Option<(f64, f64)>,
    highlight: Option<&Target>,
    style: Style,
    texts: &Texts,
) -> Result<Drawn, ChartError> {
    let mut frame = Frame::new(area, style)?;
    let theme = style.theme;
    let pad = frame.px(8.0);

    let legend_height = frame.legend(pad, &legend(bars, initial.is_some(), theme, texts))?;

    let label_font = frame.font(11.0, theme.text);
    let tick_font = frame.font(11.0, theme.muted_text);
    let caption_font = frame.font(12.0, theme.muted_text);
    let caption_lines = frame.caption_lines(texts.timeline_colour, &caption_font);
    let caption_height = line_height(&caption_font) * caption_lines.len() as i32;
    let label_width = frame.widest(bars.iter().map(|bar| &bar.acronym), &label_font);
    let css_width = f64::from(frame.width()) / style.scale;
    // The axis covers every mark drawn: the paper's chronology starts in 1971, long before its first mission.
    let times = bars.iter().flat_map(|bar| [bar.start, bar.end]).chain(span.into_iter().flat_map(|(a, b)| [a, b]));
    // `None` without bars or events: then there are no years to show, and the empty axis only places the strip.
    let years_drawn = Axis::years(times.chain(events.iter().map(|event| event.date.as_fractional_year())));
    let x_axis = years_drawn.unwrap_or(Axis::Linear { min: 0.0, max: 1.0 });
    let plot = PixelRect {
        left: pad + label_width + frame.px(8.0),
        top: pad
            + legend_height
            + frame.px(f64::from(label_lines(css_width, texts) + 1) * LABEL_LINE
                + EVENT_ROW * EVENT_ROWS as f64
                + EVENT_GAP),
        right: frame.width() - pad - frame.px(10.0),
        bottom: frame.height() - frame.px(30.0) - caption_height,
    };
    let x_of = |year: f64| x_axis.position(year, plot.left, plot.right);
    // The paper's first period, shaded behind everything.
    if let (Some((from, to)), Some(_)) = (initial, years_drawn) {
        frame.rect(PixelRect { left: x_of(from), right: x_of(to), ..plot }, theme.band)?;
    }

    let year_ticks = ((plot.right - plot.left) / frame.px(56.0)).clamp(2, 9) as usize;
    let years = years_drawn.map_or(Vec::new(), |axis| ends_first(axis.ticks(year_ticks)));
    for year in years {
        let x = x_of(year);
        frame.line(vec![(x, plot.top), (x, plot.bottom)], theme.grid, 1.0)?;
        frame.label(&format_decimal(year), (x, plot.bottom + frame.px(6.0)), Anchor::CenterTop, &tick_font)?;
    }
    frame.caption(&caption_lines, (plot.left + plot.right) / 2, plot.bottom + frame.px(26.0), &caption_font)?;

    draw_events(&mut frame, events, plot.top, label_lines(css_width, texts), &x_of, highlight, texts)?;

    if bars.is_empty() {
        let font = frame.font(14.0, theme.muted_text);
        frame.label(
            texts.no_missions,
            ((plot.left + plot.right) / 2, (plot.top + plot.bottom) / 2),
            Anchor::CenterMiddle,
            &font,
        )?;
        return Ok(frame.drawn);
    }
    let row_height = ((plot.bottom - plot.top) / bars.len() as i32).max(1);
    let bar_height = frame.px(12.0).min(row_height - 2).max(1);
    let middle_of = |row: usize| plot.top + row_height * row as i32 + row_height / 2;
    // The labels in a column of their own, before the bars: the canvas then sets their colour once rather than
    // once a row.
    for (row, bar) in bars.iter().enumerate() {
        frame.label(&bar.acronym, (plot.left - frame.px(6.0), middle_of(row)), Anchor::RightMiddle, &label_font)?;
    }
    for (row, bar) in bars.iter().enumerate() {
        let middle = middle_of(row);
        let color = bar.main_category.map_or(theme.neutral, |category| theme.categories[category.index()]);
        let rect = PixelRect {
            left: x_of(bar.start),
            top: middle - bar_height / 2,
            right: x_of(bar.end).max(x_of(bar.start) + frame.px(3.0)),
            bottom: middle + bar_height / 2,
        };
        frame.rect(rect, color)?;
        if bar.ongoing.is_some() {
            let tip = frame.px(7.0);
            let arrow = vec![
                (rect.right, rect.top - frame.px(2.0)),
                (rect.right + tip, middle),
                (rect.right, rect.bottom + frame.px(2.0)),
            ];
            frame.area.draw(&Polygon::new(arrow, color.filled()))?;
        }
        let target = Target::Mission(bar.acronym.clone());
        if highlight == Some(&target) {
            frame.ring(rect)?;
        }
        frame.hit(
            PixelRect {
                left: pad,
                top: middle - row_height / 2,
                right: rect.right + frame.px(8.0),
                bottom: middle + row_height / 2 - 1,
            },
            target,
        );
    }
    Ok(frame.drawn)
}

/// Draws a marker for each month with events over the plot whose top is `plot_top`, on up to [`EVENT_ROWS`] rows so
/// that markers close in time stand apart and can each be pointed at; events of one month share a marker (its
/// tooltip says them all). Each marker's click target is its own (`spread_targets`, within its row), and the
/// turning points the paper names are labelled above, where there is room. Their full text is in the tooltip and
/// the table.
fn draw_events<DB: DrawingBackend>(
    frame: &mut Frame<DB>,
    events: &[PolicyEvent],
    plot_top: i32,
    lines: i32,
    x_of: &impl Fn(f64) -> i32,
    highlight: Option<&Target>,
    texts: &Texts,
) -> Result<(), ChartError> {
    let theme = frame.style.theme;
    let markers = event_markers(events, |_| true);
    let half = frame.px(5.0);
    let xs: Vec<i32> = markers.iter().map(|marker| x_of(marker.month.as_fractional_year())).collect();
    let turning_points = |marker: &EventMarker| {
        marker.events.iter().filter_map(|event| events.get(*event)?.turning_point).collect::<Vec<_>>()
    };
    let labelled: Vec<bool> = markers.iter().map(|marker| !turning_points(marker).is_empty()).collect();
    let rows = stack_rows(&xs, 2 * half + frame.px(2.0), EVENT_ROWS, &labelled);
    let bottom_middle = plot_top - frame.px(EVENT_GAP);
    let row_height = frame.px(EVENT_ROW);
    let middle_of = |row: usize| bottom_middle - row_height * row as i32;
    let mut spans = vec![(0, 0); xs.len()];
    for row in 0..EVENT_ROWS {
        let in_row: Vec<usize> = (0..xs.len()).filter(|index| rows[*index] == row).collect();
        let row_xs: Vec<i32> = in_row.iter().map(|index| xs[*index]).collect();
        for (index, span) in in_row.iter().zip(spread_targets(&row_xs, half)) {
            spans[*index] = span;
        }
    }
    for (index, marker) in markers.iter().enumerate() {
        let (x, middle) = (xs[index], middle_of(rows[index]));
        let diamond = vec![(x, middle - half), (x + half, middle), (x, middle + half), (x - half, middle)];
        frame.area.draw(&Polygon::new(diamond, theme.text.filled()))?;
        let target = Target::Event(marker.events[0]);
        let (left, right) = spans[index];
        let rect = PixelRect { left, top: middle - half, right, bottom: middle + half };
        if highlight == Some(&target) {
            frame.ring(PixelRect { left: x - half, right: x + half, ..rect })?;
        }
        frame.hit(rect, target);
    }
    // The turning points' labels, over the top row, on one of `lines` lines, each joined to its marker.
    let font = frame.font(LABEL_SIZE, theme.text);
    let label_bottom = middle_of(EVENT_ROWS - 1) - frame.px(10.0);
    let line = frame.px(LABEL_LINE);
    let flags: Vec<Flag> = markers
        .iter()
        .enumerate()
        .flat_map(|(index, marker)| {
            let (x, bottom) = (xs[index], middle_of(rows[index]) - half - 1);
            turning_points(marker).into_iter().map(move |point| Flag { text: texts.turning_point(point), x, bottom })
        })
        .collect();
    let middles: Vec<i32> = (0..lines).map(|tier| label_bottom - line / 2 - line * tier).collect();
    frame.flags(&flags, &middles, &font, theme.muted_text)?;
    Ok(())
}
