//! Chart 3: China's share of the UN peacekeeping budget, as steps over the years each figure covers. The
//! paper's three figures are a solid line; the later UN scales, from other sources, are dashed and labelled as
//! outside the paper. Years without a figure stay empty rather than being joined by a guess.

use super::axis::{ends_first, Axis};
use super::frame::{line_height, Anchor, Frame, LegendEntry, Swatch};
use super::{ChartError, Drawn, PixelRect, Style, Target};
use crate::format::{format_decimal, format_share};
use crate::model::{BudgetSeries, BudgetStep};
use crate::words::Texts;
use plotters::prelude::*;

/// The CSS height of the chart.
pub fn height() -> f64 {
    260.0
}

pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    series: &BudgetSeries,
    highlight: Option<&Target>,
    style: Style,
    texts: &Texts,
) -> Result<Drawn, ChartError> {
    let mut frame = Frame::new(area, style)?;
    let theme = style.theme;
    let pad = frame.px(8.0);

    let mut legend = vec![LegendEntry::new(texts.paper_series, theme.paper_series, Swatch::Line)];
    if !series.later.is_empty() {
        legend.push(LegendEntry::new(texts.later_series, theme.later_series, Swatch::DashedLine));
    }
    let legend_height = frame.legend(pad, &legend)?;

    let all_steps = series.paper.iter().chain(&series.later);
    // The years come from the figures drawn: a year of margin either side of the first and last.
    let x_axis = Axis::years(all_steps.clone().flat_map(|step| [step.from, step.to]));
    let max_share = all_steps.map(|step| step.share_percent).fold(1.0, f64::max);
    let y_axis = Axis::linear_rounded(0.0, max_share * 1.15, 4);

    let tick_font = frame.font(11.0, theme.muted_text);
    let y_label_width = frame.measure("100%", &tick_font).0;
    let plot = PixelRect {
        left: pad + y_label_width + frame.px(6.0),
        top: pad + legend_height + frame.px(12.0),
        right: frame.width() - pad - frame.px(8.0),
        bottom: frame.height() - frame.px(28.0),
    };
    let y_of = |share: f64| y_axis.position(share, plot.bottom, plot.top);

    for tick in ends_first(y_axis.ticks(4)) {
        let y = y_of(tick);
        frame.line(vec![(plot.left, y), (plot.right, y)], theme.grid, 1.0)?;
        frame.label(&format_share(tick), (plot.left - frame.px(6.0), y), Anchor::RightMiddle, &tick_font)?;
    }
    // Without figures there are no years to show.
    let Some(x_axis) = x_axis else { return Ok(frame.drawn) };
    let x_of = |year: f64| x_axis.position(year, plot.left, plot.right);
    let year_ticks = ((plot.right - plot.left) / frame.px(60.0)).clamp(2, 8) as usize;
    for year in ends_first(x_axis.ticks(year_ticks)) {
        let x = x_of(year);
        frame.line(vec![(x, plot.bottom), (x, plot.bottom + frame.px(4.0))], theme.muted_text, 1.0)?;
        frame.label(&format_decimal(year), (x, plot.bottom + frame.px(6.0)), Anchor::CenterTop, &tick_font)?;
    }

    // The paper's labels go first, so that where space is short they win over the later series'.
    for (later, steps) in [(false, &series.paper), (true, &series.later)] {
        let color = if later { theme.later_series } else { theme.paper_series };
        let label_font = frame.font(12.0, if later { theme.muted_text } else { theme.text });
        let line_height = line_height(&label_font);
        for (index, step) in steps.iter().enumerate() {
            let (left, right, y) = (x_of(step.from), x_of(step.to), y_of(step.share_percent));
            let mut points = vec![(left, y), (right, y)];
            // A step joins the next with a riser only where the two periods meet.
            if let Some(next) = steps.get(index + 1).filter(|next| next.from == step.to) {
                points.push((right, y_of(next.share_percent)));
            }
            if later {
                frame.dashed_line(points, color, 2.5)?;
            } else {
                frame.line(points, color, 3.0)?;
            }
            // Above the step's middle, kept inside the chart. The paper's figures are what the chart is for: on a
            // narrow chart, where that place is taken, they go above their step's start or end, or a line or two
            // higher. A later figure that does not fit is left to the tooltip and the table.
            let text = step_label(step, texts);
            let middle = frame.center_inside((left + right) / 2, frame.measure(&text, &label_font).0, pad);
            let mut places = Vec::new();
            for tier in 0..if later { 1 } else { 3 } {
                let above = y - frame.px(12.0) - line_height * tier;
                places.push(((middle, above), Anchor::CenterMiddle));
                if !later {
                    places.extend([((left, above), Anchor::LeftMiddle), ((right, above), Anchor::RightMiddle)]);
                }
            }
            frame.label_at_first(&text, &places, &label_font)?;
            let target = Target::BudgetStep { later, index };
            let mut rect = PixelRect {
                left,
                top: y - frame.px(10.0),
                right: right.max(left + frame.px(8.0)),
                bottom: y + frame.px(10.0),
            };
            // The later series repeats some of the paper's years (3.939% over 2010-12 beside the paper's 3.94% of
            // 2010): its click target gives way to the marks before it, so that a click lands on one mark.
            let earlier: Vec<PixelRect> =
                if later { frame.drawn.hits.iter().map(|hit| hit.rect).collect() } else { Vec::new() };
            for other in earlier {
                if !other.overlaps(&rect) {
                    continue;
                }
                if other.left <= rect.left {
                    rect.left = other.right + 1;
                } else {
                    rect.right = other.left - 1;
                }
            }
            if highlight == Some(&target) {
                frame.ring(rect)?;
            }
            // A mark covered whole by earlier ones has nothing left to click (none does in the data).
            if rect.right >= rect.left {
                frame.hit(rect, target);
            }
        }
    }
    Ok(frame.drawn)
}

/// "0.9%", or "3.94% · 7th" where the source gives a rank.
pub fn step_label(step: &BudgetStep, texts: &Texts) -> String {
    match step.rank {
        Some(rank) => format!("{} · {}", format_share(step.share_percent), texts.rank(rank)),
        None => format_share(step.share_percent),
    }
}
