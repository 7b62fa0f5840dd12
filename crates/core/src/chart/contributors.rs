//! Chart 6: the 20 largest contributors of uniformed personnel at one month, as horizontal bars, largest first,
//! after the paper's Figure 1. Each bar is a country's total, not a stack by type: the chart's question is who
//! sent how many and where China stands, its colour is spent on saying which bar is China (a colour no other mark
//! uses), and the split by type, unreliable before 2000 anyway, is in the tooltip and the data table. The
//! permanent members of the Security Council carry a dot, named in the legend, so that they are found without
//! colour. China outside the top 20 still gets a row, apart under the others. The value axis is the same for
//! every month, so that stepping through the months shows the totals grow rather than the axis change, and every
//! month draws at most 21 rows, so a month step costs the same whatever the month.

use super::axis::{ends_first, Axis};
use super::frame::{line_height, narrow_extra, wrap, Anchor, Frame, LegendEntry, Swatch};
use super::theme::Theme;
use super::{ChartError, Drawn, PixelRect, Style, Target};
use crate::format::format_count;
use crate::model::contributions::{ContributorBar, TopContributors};
use crate::words::Texts;
use pko_data::contributions::{CountryCode, TOP_COUNT};
use plotters::prelude::*;

/// A row is a target for a pointer or a finger: 24 CSS pixels at least (WCAG 2.5.8, target size).
const ROW_HEIGHT: f64 = 24.0;
const BAR_HEIGHT: f64 = 13.0;
/// Room for the legend (up to two rows), the axis, its title and the gap before China's row apart.
const CHROME_HEIGHT: f64 = 112.0;
/// The 20 bars and the row kept for China outside them: the chart keeps its height from month to month.
const ROWS: usize = TOP_COUNT + 1;

/// The CSS height of the chart: the same for every month.
pub fn height() -> f64 {
    CHROME_HEIGHT + ROW_HEIGHT * ROWS as f64
}

/// The CSS height at `css_width`: on a narrow chart the legend and the axis's title take more lines.
pub fn height_at(top: &TopContributors, css_width: f64, texts: &Texts) -> f64 {
    height() + narrow_extra(&legend(top, &super::LIGHT, texts), Some(texts.monthly().contributors_axis), css_width)
}

/// China, the other countries and the dot of a permanent member.
pub fn legend(top: &TopContributors, theme: &Theme, texts: &Texts) -> Vec<LegendEntry> {
    let china = texts.name_or_code(&CountryCode::CHINA, top.summary.permanent_names[0].as_ref());
    vec![
        LegendEntry::new(china, theme.china, Swatch::Box),
        LegendEntry::new(texts.monthly().other_countries, theme.neutral, Swatch::Box),
        LegendEntry::new(texts.monthly().permanent_member, theme.text, Swatch::Dot),
    ]
}

pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    top: &TopContributors,
    highlight: Option<&Target>,
    style: Style,
    texts: &Texts,
) -> Result<Drawn, ChartError> {
    let mut frame = Frame::new(area, style)?;
    let theme = style.theme;
    let pad = frame.px(8.0);
    let legend_height = frame.legend(pad, &legend(top, theme, texts))?;

    let label_font = frame.font(12.0, theme.text);
    let china_font = frame.font(12.0, theme.china);
    let rank_font = frame.font(11.0, theme.muted_text);
    let value_font = frame.font(11.0, theme.muted_text);
    let rows: Vec<(&ContributorBar, bool)> =
        top.bars.iter().map(|bar| (bar, false)).chain(top.china_apart.iter().map(|bar| (bar, true))).collect();
    let rank_text = |bar: &ContributorBar, apart: bool| {
        let rank = texts.rank(u32::from(bar.rank));
        if apart {
            format!("… {rank}")
        } else {
            rank
        }
    };
    // Names where the widest fits in a third of the chart, else the ISO codes (the tooltip names them). The
    // column is rounded up to 20 px, so that stepping through the months moves the bars' start less often.
    let names: Vec<&str> = rows.iter().map(|(bar, _)| texts.contributor_name(bar)).collect();
    let names_fit = frame.widest(&names, &label_font) <= frame.width() / 3;
    let labels: Vec<&str> = if names_fit { names } else { rows.iter().map(|(bar, _)| bar.code.as_str()).collect() };
    let snap = frame.px(20.0).max(1);
    let name_width = (frame.widest(&labels, &label_font) + snap - 1) / snap * snap;
    let rank_width = frame.widest(rows.iter().map(|(bar, apart)| rank_text(bar, *apart)), &rank_font);
    let value_width = frame.measure(&format_count(top.axis_max), &value_font).0;
    let dot_column = frame.px(12.0);
    let rank_right = pad + rank_width;
    let name_right = rank_right + frame.px(6.0) + name_width;
    let plot_left = name_right + dot_column;
    let plot_right = (frame.width() - pad - value_width - frame.px(6.0)).max(plot_left + 1);

    let title_font = frame.font(12.0, theme.muted_text);
    let title_lines = wrap(texts.monthly().contributors_axis, frame.width() - 2 * pad, &title_font);
    let title_line_height = line_height(&title_font);
    let axis_height = frame.px(44.0) + title_line_height * (title_lines.len() as i32 - 1);
    let gap = frame.px(8.0);
    let top_y = pad + legend_height + frame.px(6.0);
    let row_height = ((frame.height() - top_y - axis_height - gap) / ROWS as i32).max(1);
    let bar_height = frame.px(BAR_HEIGHT).min(row_height - 2).max(1);
    let plot_bottom = top_y + row_height * ROWS as i32 + gap;

    let axis = Axis::linear_rounded(0.0, f64::from(top.axis_max), 5);
    let x_of = |value: u32| axis.position(f64::from(value), plot_left, plot_right);
    let tick_count = ((plot_right - plot_left) / frame.px(70.0)).clamp(2, 6) as usize;
    for tick in ends_first(axis.ticks(tick_count)) {
        let x = axis.position(tick, plot_left, plot_right);
        frame.line(vec![(x, top_y), (x, plot_bottom)], theme.grid, 1.0)?;
        frame.label(&format_count(tick as u32), (x, plot_bottom + frame.px(4.0)), Anchor::CenterTop, &value_font)?;
    }
    let title_middle = frame.center_inside((plot_left + plot_right) / 2, frame.widest(&title_lines, &title_font), pad);
    for (index, line) in title_lines.iter().enumerate() {
        let line_top = plot_bottom + frame.px(24.0) + title_line_height * index as i32;
        frame.label(line, (title_middle, line_top), Anchor::CenterTop, &title_font)?;
    }

    for (row, ((bar, apart), label)) in rows.iter().zip(&labels).enumerate() {
        // China's row apart sits in the last row, under a gap that says it does not follow on.
        let row = if *apart { TOP_COUNT } else { row };
        let middle = top_y + row_height * row as i32 + row_height / 2 + if *apart { gap } else { 0 };
        let (bar_top, bar_bottom) = (middle - bar_height / 2, middle + bar_height / 2);
        frame.label(&rank_text(bar, *apart), (rank_right, middle), Anchor::RightMiddle, &rank_font)?;
        let font = if bar.china { &china_font } else { &label_font };
        frame.label(label, (name_right, middle), Anchor::RightMiddle, font)?;
        if bar.permanent {
            frame.dot((name_right + dot_column / 2, middle), 3.5, theme.text)?;
        }
        let end = x_of(bar.figures.total()).max(plot_left + 1);
        let color = if bar.china { theme.china } else { theme.neutral };
        let rect = PixelRect { left: plot_left, top: bar_top, right: end, bottom: bar_bottom };
        frame.rect(rect, color)?;
        let value = format_count(bar.figures.total());
        frame.label(&value, (end + frame.px(4.0), middle), Anchor::LeftMiddle, &value_font)?;
        let target = Target::Country(bar.code);
        if highlight == Some(&target) {
            frame.ring(rect)?;
        }
        // The whole row is clickable, its labels included: a small bar is hard to hit.
        let value_end = end + frame.px(4.0) + frame.measure(&value, &value_font).0;
        let row_rect = PixelRect {
            left: pad,
            top: middle - row_height / 2,
            right: value_end,
            bottom: middle + row_height / 2 - 1,
        };
        frame.hit(row_rect, target);
    }
    Ok(frame.drawn)
}
