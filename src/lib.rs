//! PKO Explorer: China's participation in UN peacekeeping, from Matsuda's paper, as interactive charts.
//!
//! Data flows one way: `data/*.csv` -> [`data::Dataset`] -> ([`data::Dataset`], view state) -> chart series in
//! [`model`] -> drawing in [`chart`] on any plotters backend -> a canvas in the browser ([`ui`]) or SVG in tests.

pub mod chart;
pub mod data;
pub mod export;
pub mod i18n;
pub mod model;
pub mod paper;
pub mod state;
pub mod ui;
