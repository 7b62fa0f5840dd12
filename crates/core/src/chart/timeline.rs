//! Chart 4: China's participation in each mission as a bar from its start to its end, coloured by region, with
//! the policy events of the paper's chronology as markers along the top. Ongoing participations run to the month
//! the data runs to (the paper's January 2011, or a reader's file's latest month) and end in an arrowhead.

use super::axis::{ends_first, Axis};
use super::frame::{narrow_extra, spread_targets, Anchor, Frame, LegendEntry, Swatch};
use super::theme::Theme;
use super::{ChartError, Drawn, PixelRect, Style, Target};
use crate::format::format_decimal;
use crate::model::TimelineBar;
use crate::words::Texts;
use pko_data::{PolicyEvent, Region, Vocabulary};
use plotters::prelude::*;

const ROW_HEIGHT: f64 = 18.0;
const CHROME_HEIGHT: f64 = 124.0;

/// The CSS height that gives every row of `rows` bars room for its label.
pub fn height(rows: usize) -> f64 {
    CHROME_HEIGHT + ROW_HEIGHT * rows.max(1) as f64
}

/// The CSS height at `css_width`: on a narrow chart the legend takes more rows.
pub fn height_at(bars: &[TimelineBar], css_width: f64, texts: &Texts) -> f64 {
    height(bars.len()) + narrow_extra(&legend(bars, &super::LIGHT, texts), None, css_width)
}

/// The regions of the bars, and the arrowhead of ongoing participations with the month they run to.
fn legend(bars: &[TimelineBar], theme: &Theme, texts: &Texts) -> Vec<LegendEntry> {
    let regions = Region::ALL.iter().filter(|region| bars.iter().any(|bar| bar.region == **region));
    let mut legend: Vec<LegendEntry> = regions
        .map(|region| LegendEntry::new(texts.region(*region), theme.regions[region.index()], Swatch::Box))
        .collect();
    if let Some(as_of) = bars.iter().find_map(|bar| bar.ongoing) {
        legend.push(LegendEntry::new(texts.ongoing_until(as_of), theme.muted_text, Swatch::Arrow));
    }
    legend
}

/// Draws the bars and the events; `highlight` gets a ring. The years span the bars, the events and `span`: the first
/// start and last end of the view's rows on other pages, so that a bar stands at the same place on every page.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    bars: &[TimelineBar],
    span: Option<(f64, f64)>,
    events: &[PolicyEvent],
    highlight: Option<&Target>,
    style: Style,
    texts: &Texts,
) -> Result<Drawn, ChartError> {
    let mut frame = Frame::new(area, style)?;
    let theme = style.theme;
    let pad = frame.px(8.0);

    let legend_height = frame.legend(pad, &legend(bars, theme, texts))?;

    let label_font = frame.font(11.0, theme.text);
    let tick_font = frame.font(11.0, theme.muted_text);
    let label_width = frame.widest(bars.iter().map(|bar| &bar.acronym), &label_font);
    // The axis covers every mark drawn: the paper's chronology starts in 1971, long before its first mission.
    let times = bars.iter().flat_map(|bar| [bar.start, bar.end]).chain(span.into_iter().flat_map(|(a, b)| [a, b]));
    // `None` without bars or events: then there are no years to show, and the empty axis only places the strip.
    let years_drawn = Axis::years(times.chain(events.iter().map(|event| event.date.as_fractional_year())));
    let x_axis = years_drawn.unwrap_or(Axis::Linear { min: 0.0, max: 1.0 });
    let plot = PixelRect {
        left: pad + label_width + frame.px(8.0),
        top: pad + legend_height + frame.px(30.0),
        right: frame.width() - pad - frame.px(10.0),
        bottom: frame.height() - frame.px(30.0),
    };
    let x_of = |year: f64| x_axis.position(year, plot.left, plot.right);

    let year_ticks = ((plot.right - plot.left) / frame.px(56.0)).clamp(2, 9) as usize;
    let years = years_drawn.map_or(Vec::new(), |axis| ends_first(axis.ticks(year_ticks)));
    for year in years {
        let x = x_of(year);
        frame.line(vec![(x, plot.top), (x, plot.bottom)], theme.grid, 1.0)?;
        frame.label(&format_decimal(year), (x, plot.bottom + frame.px(6.0)), Anchor::CenterTop, &tick_font)?;
    }

    // Events: a marker each on a strip above the bars. Their text is in the tooltip and the table. Markers of
    // events close in time overlap, but their click targets do not (`spread_targets`), so that a click lands on one
    // event and every event can be clicked.
    let strip_middle = plot.top - frame.px(14.0);
    let half = frame.px(5.0);
    let xs: Vec<i32> = events.iter().map(|event| x_of(event.date.as_fractional_year())).collect();
    let spans = spread_targets(&xs, half);
    for (index, x) in xs.iter().copied().enumerate() {
        let diamond = vec![
            (x, strip_middle - half),
            (x + half, strip_middle),
            (x, strip_middle + half),
            (x - half, strip_middle),
        ];
        frame.area.draw(&Polygon::new(diamond, theme.text.filled()))?;
        let target = Target::Event(index);
        let (left, right) = spans[index];
        let rect = PixelRect { left, top: strip_middle - half, right, bottom: strip_middle + half };
        if highlight == Some(&target) {
            frame.ring(PixelRect { left: x - half, right: x + half, ..rect })?;
        }
        frame.hit(rect, target);
    }

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
    for (row, bar) in bars.iter().enumerate() {
        let middle = plot.top + row_height * row as i32 + row_height / 2;
        frame.label(&bar.acronym, (plot.left - frame.px(6.0), middle), Anchor::RightMiddle, &label_font)?;
        let color = theme.regions[bar.region.index()];
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
