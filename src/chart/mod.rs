//! Drawing the charts. One function per chart, each generic over plotters' `DrawingBackend`: the browser draws
//! on a canvas, tests and exports draw the same pixels as SVG.
//!
//! Sizes here are in CSS pixels multiplied by [`Style::scale`], so a chart stays crisp on high-density screens
//! (plotters' canvas backend draws in device pixels and knows nothing of `devicePixelRatio`). Every chart
//! returns where it drew its clickable marks ([`Hit`]) and its labels, so the interface can map a pointer to a
//! mission or region, and tests can check that no two labels overlap.

mod axis;
pub mod budget;
mod frame;
pub mod personnel;
pub mod regions;
pub mod theme;
pub mod timeline;

use crate::data::Region;
use plotters::drawing::DrawingAreaErrorKind;
pub use theme::{Theme, DARK, LIGHT};

/// How to draw: the colours and the number of device pixels per CSS pixel.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub theme: &'static Theme,
    pub scale: f64,
}

impl Style {
    /// A length in device pixels.
    pub fn px(&self, css_pixels: f64) -> i32 {
        (css_pixels * self.scale).round() as i32
    }
}

/// What a mark on a chart stands for, for clicks, hovers and keyboard focus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Mission(String),
    Region(Region),
    /// A step of the budget chart: its series (the paper's or the later one) and its index in that series.
    BudgetStep {
        later: bool,
        index: usize,
    },
    /// A policy event on the timeline, by its index in the dataset's events.
    Event(usize),
}

/// A rectangle in device pixels: left, top, right, bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PixelRect {
    pub left: i32,
    pub top: i32,
    pub right: i32,
    pub bottom: i32,
}

impl PixelRect {
    pub fn contains(&self, x: i32, y: i32) -> bool {
        (self.left..=self.right).contains(&x) && (self.top..=self.bottom).contains(&y)
    }

    pub fn overlaps(&self, other: &PixelRect) -> bool {
        self.left < other.right && other.left < self.right && self.top < other.bottom && other.top < self.bottom
    }
}

/// A clickable mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub rect: PixelRect,
    pub target: Target,
}

/// What a chart drew that the caller needs: its clickable marks and the boxes of its text labels.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Drawn {
    pub hits: Vec<Hit>,
    pub labels: Vec<PixelRect>,
}

impl Drawn {
    /// The topmost mark under a point, if any (later marks are drawn over earlier ones).
    pub fn hit_at(&self, x: i32, y: i32) -> Option<&Hit> {
        self.hits.iter().rev().find(|hit| hit.rect.contains(x, y))
    }

    /// The rectangle of a target's mark, to draw a focus ring or place a tooltip.
    pub fn rect_of(&self, target: &Target) -> Option<PixelRect> {
        self.hits.iter().find(|hit| &hit.target == target).map(|hit| hit.rect)
    }
}

/// Drawing failed in the backend (a canvas that vanished, a full buffer). The message is for a bug report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartError(pub String);

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for ChartError {
    fn from(error: DrawingAreaErrorKind<E>) -> ChartError {
        ChartError(error.to_string())
    }
}

impl std::fmt::Display for ChartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the chart could not be drawn: {}", self.0)
    }
}
