//! Chart 2: personnel and mission count per region, with each region's share written beside its bar.
//! Clicking a region toggles the region filter, so this chart shows every region and marks the chosen ones.

use super::frame::{Anchor, Frame};
use super::{ChartError, Drawn, PixelRect, Style, Target};
use crate::format::{format_count, format_percent};
use crate::model::RegionBar;
use crate::words::Texts;
use pko_data::Vocabulary;
use plotters::prelude::*;

const ROW_HEIGHT: f64 = 44.0;

/// The CSS height of the chart.
pub fn height() -> f64 {
    16.0 + ROW_HEIGHT * pko_data::Region::ALL.len() as f64
}

pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    bars: &[RegionBar],
    highlight: Option<&Target>,
    style: Style,
    texts: &Texts,
) -> Result<Drawn, ChartError> {
    let mut frame = Frame::new(area, style)?;
    let theme = style.theme;
    let pad = frame.px(8.0);
    let name_font = frame.font(13.0, theme.text);
    let detail_font = frame.font(11.0, theme.muted_text);
    let value_font = frame.font(12.0, theme.text);

    let label_width = frame
        .widest(bars.iter().map(|bar| texts.region(bar.region)), &name_font)
        .max(frame.widest(bars.iter().map(|bar| texts.missions(bar.missions)), &detail_font));
    let value_width = frame.widest(bars.iter().map(value_text), &value_font);
    let value_gap = frame.px(6.0);
    let row_height = ((frame.height() - 2 * pad) / bars.len().max(1) as i32).max(1);
    let line_gap = frame.px(8.0);
    // Names left of the bars where that leaves the bars room; on a narrow chart, each row's name and mission
    // count on one line and its bar, full width, below.
    let beside = pad + label_width + frame.px(10.0);
    let narrow = frame.width() - pad - value_width - value_gap - beside < frame.px(96.0);
    let (plot_left, bar_offset) = if narrow { (pad, line_gap + frame.px(2.0)) } else { (beside, 0) };
    let plot_right = (frame.width() - pad - value_width - value_gap).max(plot_left + 1);
    let bar_height = frame.px(if narrow { 12.0 } else { 18.0 }).min(row_height - 2).max(1);
    let max = bars.iter().map(|bar| bar.personnel).max().unwrap_or(0).max(1);
    let any_selected = bars.iter().any(|bar| bar.selected);

    for (row, bar) in bars.iter().enumerate() {
        let middle = pad + row_height * row as i32 + row_height / 2;
        frame.label(texts.region(bar.region), (pad, middle - line_gap), Anchor::LeftMiddle, &name_font)?;
        let missions = texts.missions(bar.missions);
        if narrow {
            let end = (frame.width() - pad, middle - line_gap);
            frame.label(&missions, end, Anchor::RightMiddle, &detail_font)?;
        } else {
            frame.label(&missions, (pad, middle + line_gap), Anchor::LeftMiddle, &detail_font)?;
        }
        let width = ((plot_right - plot_left) as f64 * f64::from(bar.personnel) / f64::from(max)).round() as i32;
        let bar_middle = middle + bar_offset;
        let bar_rect = PixelRect {
            left: plot_left,
            top: bar_middle - bar_height / 2,
            right: plot_left + width,
            bottom: bar_middle + bar_height / 2,
        };
        // Regions are told apart by their labels, not by colour (a colour means one thing on the page, and the
        // timeline's colours are the categories'). When some regions are chosen, the others are outlines.
        let color = theme.neutral;
        if any_selected && !bar.selected {
            frame.area.draw(&Rectangle::new(
                [(bar_rect.left, bar_rect.top), (bar_rect.right, bar_rect.bottom)],
                color.stroke_width(frame.px(1.5).max(1) as u32),
            ))?;
        } else {
            frame.rect(bar_rect, color)?;
        }
        frame.label(&value_text(bar), (bar_rect.right + value_gap, bar_middle), Anchor::LeftMiddle, &value_font)?;
        let target = Target::Region(bar.region);
        if highlight == Some(&target) || bar.selected {
            frame.ring(PixelRect { right: bar_rect.right.max(bar_rect.left + frame.px(4.0)), ..bar_rect })?;
        }
        let row_rect = PixelRect {
            left: pad,
            top: middle - row_height / 2,
            right: plot_right + value_width,
            bottom: middle + row_height / 2 - 1,
        };
        frame.hit(row_rect, target);
    }
    Ok(frame.drawn)
}

/// "8,832 (71%)".
fn value_text(bar: &RegionBar) -> String {
    format!("{} ({})", format_count(bar.personnel), format_percent(bar.share))
}
