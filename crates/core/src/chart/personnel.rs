//! Chart 1: personnel per mission, one horizontal bar per mission stacked by category, on a linear or log axis.
//! On a log axis the bars are totals, in the neutral colour: a stack has no reading there, since each segment
//! would show a distance in logarithms rather than its count.

use super::axis::{ends_first, Axis};
use super::frame::{colour_order, line_height, narrow_extra, Anchor, Frame, LegendEntry, Swatch};
use super::theme::Theme;
use super::{ChartError, Drawn, PixelRect, Style, Target};
use crate::format::format_count;
use crate::model::{MissionBar, Scale};
use crate::words::Texts;
use pko_data::Vocabulary;
use plotters::prelude::*;

/// A row is a target for a pointer or a finger: 24 CSS pixels at least (WCAG 2.5.8, target size).
const ROW_HEIGHT: f64 = 24.0;
const BAR_HEIGHT: f64 = 14.0;
/// Room for the legend (up to two rows), the axis and its title.
const CHROME_HEIGHT: f64 = 104.0;

/// The CSS height that gives every row of `rows` bars room for its label.
pub fn height(rows: usize) -> f64 {
    CHROME_HEIGHT + ROW_HEIGHT * rows.max(1) as f64
}

/// The CSS height at `css_width`: on a narrow chart the legend and the axis's title take more lines.
pub fn height_at(bars: &[MissionBar], scale: Scale, own_data: bool, css_width: f64, texts: &Texts) -> f64 {
    let legend = legend(bars, scale, &super::LIGHT, texts);
    let extra = narrow_extra(&legend, Some(axis_title(scale, own_data, texts)), css_width);
    height(bars.len()) + extra
}

/// The categories counted, as the first bar with figures has them; on a log axis, the totals.
pub fn legend(bars: &[MissionBar], scale: Scale, theme: &Theme, texts: &Texts) -> Vec<LegendEntry> {
    if scale == Scale::Log {
        return vec![LegendEntry::new(texts.personnel_total_log, theme.neutral, Swatch::Box)];
    }
    let categories = bars.iter().find(|bar| bar.has_figures).map(|bar| bar.segments.as_slice()).unwrap_or_default();
    categories
        .iter()
        .map(|(category, _)| {
            LegendEntry::new(texts.category(*category), theme.categories[category.index()], Swatch::Box)
        })
        .collect()
}

/// The paper's counts are cumulative to 30 November 2008; a reader's file states no such date.
fn axis_title(scale: Scale, own_data: bool, texts: &Texts) -> &'static str {
    match (scale, own_data) {
        (Scale::Linear, false) => texts.personnel_axis,
        (Scale::Log, false) => texts.personnel_axis_log,
        (Scale::Linear, true) => texts.personnel_axis_own,
        (Scale::Log, true) => texts.personnel_axis_own_log,
    }
}

/// Draws the bars; `highlight` gets a ring (the focused or selected mission). The axis runs to the largest bar, or
/// to `largest` where that is more: the largest of the view's rows on other pages, so that every page has one scale.
#[allow(clippy::too_many_arguments)]
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    bars: &[MissionBar],
    largest: u32,
    scale: Scale,
    own_data: bool,
    highlight: Option<&Target>,
    style: Style,
    texts: &Texts,
) -> Result<Drawn, ChartError> {
    let mut frame = Frame::new(area, style)?;
    let theme = style.theme;
    let pad = frame.px(8.0);

    let legend_height = frame.legend(pad, &legend(bars, scale, theme, texts))?;

    if bars.is_empty() {
        let font = frame.font(14.0, theme.muted_text);
        frame.label(texts.no_missions, (frame.width() / 2, frame.height() / 2), Anchor::CenterMiddle, &font)?;
        return Ok(frame.drawn);
    }

    let label_font = frame.font(12.0, theme.text);
    let value_font = frame.font(11.0, theme.muted_text);
    let label_width = frame.widest(bars.iter().map(|bar| &bar.acronym), &label_font);
    let max_total = bars.iter().map(MissionBar::total).max().unwrap_or(0).max(largest);
    let value_width = frame.measure(&format_count(max_total), &value_font).0;
    let plot_left = pad + label_width + frame.px(8.0);
    let plot_right = (frame.width() - pad - value_width - frame.px(6.0)).max(plot_left + 1);
    let top = pad + legend_height + frame.px(6.0);
    let title_font = frame.font(12.0, theme.muted_text);
    // On a narrow chart the axis's title takes two lines (and `height_at` the room for them).
    let title_lines = frame.caption_lines(axis_title(scale, own_data, texts), &title_font);
    let axis_height = frame.px(44.0) + line_height(&title_font) * (title_lines.len() as i32 - 1);
    let row_height = ((frame.height() - top - axis_height) / bars.len() as i32).max(1);
    let bar_height = frame.px(BAR_HEIGHT).min(row_height - 2).max(1);

    let axis = match scale {
        Scale::Linear => Axis::linear_rounded(0.0, f64::from(max_total), 5),
        Scale::Log => Axis::log(f64::from(max_total)),
    };
    let x_of = |value: f64| axis.position(value, plot_left, plot_right);
    let plot_bottom = top + row_height * bars.len() as i32;

    // Grid lines and tick labels first, so bars draw over them.
    let tick_count = ((plot_right - plot_left) / frame.px(70.0)).clamp(2, 6) as usize;
    for tick in ends_first(axis.ticks(tick_count)) {
        let x = x_of(tick);
        frame.line(vec![(x, top), (x, plot_bottom)], theme.grid, 1.0)?;
        frame.label(&format_count(tick as u32), (x, plot_bottom + frame.px(4.0)), Anchor::CenterTop, &value_font)?;
    }
    frame.caption(&title_lines, (plot_left + plot_right) / 2, plot_bottom + frame.px(24.0), &title_font)?;

    // The bars first, a colour at a time, then each column of labels: the canvas then sets a colour and a font
    // once a colour or a column rather than for every segment and twice a row, and setting a font costs as much as
    // drawing a label.
    let mut ends = Vec::with_capacity(bars.len());
    let mut segments: Vec<(RGBColor, PixelRect)> = Vec::with_capacity(bars.len() * 4);
    let mut ring = None;
    for (row, bar) in bars.iter().enumerate() {
        let middle = top + row_height * row as i32 + row_height / 2;
        let (bar_top, bar_bottom) = (middle - bar_height / 2, middle + bar_height / 2);
        let mut end = plot_left;
        if bar.has_figures && scale == Scale::Log {
            end = x_of(f64::from(bar.total()));
            segments.push((theme.neutral, PixelRect { left: plot_left, top: bar_top, right: end, bottom: bar_bottom }));
        } else if bar.has_figures {
            let mut cumulative = 0;
            for (category, count) in &bar.segments {
                let from = x_of(f64::from(cumulative));
                cumulative += count;
                let to = x_of(f64::from(cumulative));
                if to > from {
                    let color = theme.categories[category.index()];
                    segments.push((color, PixelRect { left: from, top: bar_top, right: to, bottom: bar_bottom }));
                }
                end = end.max(to);
            }
        } else {
            end = plot_left + frame.px(70.0);
        }
        ends.push((middle, end));
        let target = Target::Mission(bar.acronym.clone());
        // The whole row is clickable, label included: small bars (UNSMA's 2) are hard to hit.
        let row_rect = PixelRect {
            left: pad,
            top: middle - row_height / 2,
            right: end.max(plot_left + frame.px(24.0)),
            bottom: middle + row_height / 2 - 1,
        };
        if highlight == Some(&target) {
            ring = Some(PixelRect {
                left: plot_left,
                top: bar_top,
                right: end.max(plot_left + frame.px(4.0)),
                bottom: bar_bottom,
            });
        }
        frame.hit(row_rect, target);
    }
    let colours: Vec<RGBColor> = segments.iter().map(|(color, _)| *color).collect();
    for index in colour_order(&colours) {
        let (color, rect) = segments[index];
        frame.rect(rect, color)?;
    }
    if let Some(ring) = ring {
        frame.ring(ring)?;
    }
    for (bar, &(middle, _)) in bars.iter().zip(&ends) {
        frame.label(&bar.acronym, (plot_left - frame.px(8.0), middle), Anchor::RightMiddle, &label_font)?;
    }
    for (bar, &(middle, end)) in bars.iter().zip(&ends) {
        if bar.has_figures {
            frame.label(&format_count(bar.total()), (end + frame.px(4.0), middle), Anchor::LeftMiddle, &value_font)?;
        } else {
            frame.label(texts.no_figures, (plot_left + frame.px(4.0), middle), Anchor::LeftMiddle, &value_font)?;
        }
    }
    Ok(frame.drawn)
}
