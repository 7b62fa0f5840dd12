//! Chart 3: China's share of the UN peacekeeping budget, as steps over the years each figure covers. The
//! paper's three figures are a solid line in China's colour. The later UN scales, from other sources, are a
//! neutral dashed line (dotted where only secondary reports give the figure) in a panel of their own under the
//! paper's, on the same years but a scale of their own: on one scale their 24% would squash the paper's rise from
//! 0.9% to 3.94% into the bottom of the chart. Years without a figure stay empty rather than being joined by a
//! guess, and the paper's own gap says that it has no figures there.

use super::axis::{ends_first, Axis};
use super::frame::{initial_period_entry, line_height, wrap, Anchor, Frame, LegendEntry, Swatch, DASHED, DOTTED};
use super::theme::Theme;
use super::{ChartError, Drawn, PixelRect, Style, Target};
use crate::format::{format_decimal, format_share};
use crate::model::{BudgetSeries, BudgetStep};
use crate::words::Texts;
use plotters::prelude::*;

/// The CSS height of the paper's panel with the legend and the year axis.
const PAPER_HEIGHT: f64 = 260.0;
/// The CSS height the panel of the later scales adds.
const LATER_HEIGHT: f64 = 160.0;
/// The CSS height between the two panels, for the later panel's heading.
const PANEL_GAP: f64 = 36.0;

/// The CSS height of the chart, with the panel of the later scales or without.
pub fn height(series: &BudgetSeries) -> f64 {
    if series.later.is_empty() {
        PAPER_HEIGHT
    } else {
        PAPER_HEIGHT + LATER_HEIGHT
    }
}

/// The paper's line, and the later scales' lines where they are shown.
pub fn legend(series: &BudgetSeries, theme: &Theme, texts: &Texts) -> Vec<LegendEntry> {
    let mut legend = vec![LegendEntry::new(texts.paper_series, theme.china, Swatch::Line)];
    if !series.later.is_empty() {
        legend.push(LegendEntry::new(texts.later_series, theme.neutral, Swatch::Dashes(DASHED)));
    }
    if series.later.iter().any(|step| step.low_confidence) {
        legend.push(LegendEntry::new(texts.low_confidence, theme.neutral, Swatch::Dashes(DOTTED)));
    }
    if series.initial.is_some() {
        legend.push(initial_period_entry(theme, texts));
    }
    legend
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
    let legend_height = frame.legend(pad, &legend(series, theme, texts))?;

    let tick_font = frame.font(11.0, theme.muted_text);
    let left = pad + frame.measure("100%", &tick_font).0 + frame.px(6.0);
    let right = frame.width() - pad - frame.px(8.0);
    let top = pad + legend_height + frame.px(12.0);
    let bottom = frame.height() - frame.px(28.0);
    // The panels: the paper's above, the later scales' below it where they are shown, with a gap for the labels
    // of the later steps.
    let later_top = if series.later.is_empty() { bottom } else { bottom - frame.px(LATER_HEIGHT - PANEL_GAP) };
    let paper_bottom = if series.later.is_empty() { bottom } else { later_top - frame.px(PANEL_GAP) };
    let paper_panel = PixelRect { left, top, right, bottom: paper_bottom };
    let later_panel = PixelRect { left, top: later_top, right, bottom };

    // The years come from the figures drawn: a year of margin either side of the first and last.
    let x_axis = Axis::years(series.paper.iter().chain(&series.later).flat_map(|step| [step.from, step.to]));
    let panels = [(false, &series.paper, paper_panel), (true, &series.later, later_panel)];
    let panels = panels.into_iter().filter(|(later, steps, _)| !*later || !steps.is_empty());
    let y_axes: Vec<(bool, &Vec<BudgetStep>, PixelRect, Axis)> = panels
        .map(|(later, steps, panel)| {
            let max_share = steps.iter().map(|step| step.share_percent).fold(1.0, f64::max);
            (later, steps, panel, Axis::linear_rounded(0.0, max_share * 1.15, 4))
        })
        .collect();
    // The paper's first period, shaded behind each panel.
    if let (Some((from, to)), Some(x_axis)) = (series.initial, &x_axis) {
        for (_, _, panel, _) in &y_axes {
            let (from, to) = (x_axis.position(from, left, right), x_axis.position(to, left, right));
            frame.rect(PixelRect { left: from, right: to, ..*panel }, theme.band)?;
        }
    }
    for (_, _, panel, y_axis) in &y_axes {
        let tick_count = if (panel.bottom - panel.top) < frame.px(90.0) { 2 } else { 4 };
        for tick in ends_first(y_axis.ticks(tick_count)) {
            let y = y_axis.position(tick, panel.bottom, panel.top);
            frame.line(vec![(panel.left, y), (panel.right, y)], theme.grid, 1.0)?;
            frame.label(&format_share(tick), (panel.left - frame.px(6.0), y), Anchor::RightMiddle, &tick_font)?;
        }
    }
    // Without figures there are no years to show.
    let Some(x_axis) = x_axis else { return Ok(frame.drawn) };
    let x_of = |year: f64| x_axis.position(year, left, right);
    let year_ticks = ((right - left) / frame.px(60.0)).clamp(2, 8) as usize;
    for year in ends_first(x_axis.ticks(year_ticks)) {
        let x = x_of(year);
        frame.line(vec![(x, bottom), (x, bottom + frame.px(4.0))], theme.muted_text, 1.0)?;
        frame.label(&format_decimal(year), (x, bottom + frame.px(6.0)), Anchor::CenterTop, &tick_font)?;
    }

    if !series.later.is_empty() {
        let heading_font = frame.font(12.0, theme.muted_text);
        frame.label(texts.later_axis, (pad, later_top - frame.px(20.0)), Anchor::LeftMiddle, &heading_font)?;
    }

    // Every line first, each kept clear of labels, so that no label is placed across a line.
    for (later, steps, panel, y_axis) in &y_axes {
        let y_of = |share: f64| y_axis.position(share, panel.bottom, panel.top);
        for (index, step) in steps.iter().enumerate() {
            let (from, to, y) = (x_of(step.from), x_of(step.to), y_of(step.share_percent));
            let mut points = vec![(from, y), (to, y)];
            let half_width = frame.px(2.0);
            frame.keep_clear(PixelRect { left: from, top: y - half_width, right: to, bottom: y + half_width });
            // A step joins the next with a riser only where the two periods meet.
            if let Some(next) = steps.get(index + 1).filter(|next| next.from == step.to) {
                let next_y = y_of(next.share_percent);
                points.push((to, next_y));
                let (top, bottom) = (y.min(next_y), y.max(next_y));
                frame.keep_clear(PixelRect { left: to - half_width, top, right: to + half_width, bottom });
            }
            match (later, step.low_confidence) {
                (false, _) => frame.line(points, theme.china, 3.0)?,
                (true, false) => frame.pattern(points, theme.neutral, 2.5, DASHED)?,
                (true, true) => frame.pattern(points, theme.neutral, 2.5, DOTTED)?,
            }
        }
    }

    // The paper's labels go first, then its gaps', so that where space is short they win over the later series'.
    for (later, steps, panel, y_axis) in &y_axes {
        let y_of = |share: f64| y_axis.position(share, panel.bottom, panel.top);
        let label_font = frame.font(12.0, if *later { theme.muted_text } else { theme.text });
        let line_height = line_height(&label_font);
        for (index, step) in steps.iter().enumerate() {
            let (from, to, y) = (x_of(step.from), x_of(step.to), y_of(step.share_percent));
            // Above the step's middle, kept inside the chart; where that place is taken (on a narrow chart), above
            // the step starting or ending a little inside it, clear of the risers at its ends, which a label wider
            // than the step would cross. The paper's figures are what the chart is for: where the later scales'
            // axis squeezes their steps under 300 px, they may go a line or two higher rather than be left out. A
            // later figure that does not fit just above its step is left to the tooltip and the table,
            // since higher up it would read as the figure of a step above it.
            let text = step_label(step, texts);
            let middle = frame.center_inside((from + to) / 2, frame.measure(&text, &label_font).0, pad);
            let inside = frame.px(4.0);
            let mut places = Vec::new();
            for tier in 0..if *later { 1 } else { 3 } {
                let above = y - frame.px(12.0) - line_height * tier;
                places.extend([
                    ((middle, above), Anchor::CenterMiddle),
                    ((from + inside, above), Anchor::LeftMiddle),
                    ((to - inside, above), Anchor::RightMiddle),
                    ((from, above), Anchor::LeftMiddle),
                    ((to, above), Anchor::RightMiddle),
                ]);
            }
            frame.label_at_first(&text, &places, &label_font)?;
            let target = Target::BudgetStep { later: *later, index };
            let rect = PixelRect {
                left: from,
                top: y - frame.px(10.0),
                right: to.max(from + frame.px(8.0)),
                bottom: y + frame.px(10.0),
            };
            if highlight == Some(&target) {
                frame.ring(rect)?;
            }
            frame.hit(rect, target);
        }
        if !later {
            draw_gaps(&mut frame, steps, *panel, &x_of, texts)?;
        }
    }
    Ok(frame.drawn)
}

/// Says over each gap between the paper's steps, near the axis, that the paper has no figures for those years:
/// an empty stretch would otherwise read as a glitch or a drop. The words wrap to the gap's width, a word at most
/// to a line.
fn draw_gaps<DB: DrawingBackend>(
    frame: &mut Frame<DB>,
    steps: &[BudgetStep],
    panel: PixelRect,
    x_of: &impl Fn(f64) -> i32,
    texts: &Texts,
) -> Result<(), ChartError> {
    let font = frame.font(11.0, frame.style.theme.muted_text);
    for pair in steps.windows(2).filter(|pair| pair[1].from > pair[0].to) {
        let (from, to) = (x_of(pair[0].to), x_of(pair[1].from));
        let widest_word = frame.widest(texts.budget_gap.split(' '), &font);
        let lines = wrap(texts.budget_gap, (to - from).max(widest_word), &font);
        let top = panel.bottom - frame.px(6.0) - line_height(&font) * lines.len() as i32;
        frame.caption(&lines, (from + to) / 2, top, &font)?;
    }
    Ok(())
}

/// "0.9%", or "3.94% · 7th" where the source gives a rank.
pub fn step_label(step: &BudgetStep, texts: &Texts) -> String {
    match step.rank {
        Some(rank) => format!("{} · {}", format_share(step.share_percent), texts.rank(rank)),
        None => format_share(step.share_percent),
    }
}
