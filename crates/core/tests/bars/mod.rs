//! Every matching mission as a bar, in one list. The app never builds them all: it orders the rows
//! (`model::mission_order`, `model::timeline_order`) and makes bars of the page a chart shows
//! (`model::mission_bars_of`, `model::timeline_bars_of`); the tests take the same two steps over every row.
// Each test file that includes this module uses part of it; what one leaves unused is not dead.
#![allow(dead_code)]

use pko_core::model::{self, Filters, MissionBar, Sort, TimelineBar};
use pko_data::Dataset;

/// The bars of every mission that passes the filters, in the chosen order.
pub fn mission_bars(data: &Dataset, filters: &Filters, sort: Sort) -> Vec<MissionBar> {
    model::mission_bars_of(data, filters, &model::mission_order(data, filters, sort))
}

/// The spans of every mission that passes the filters, by China's start.
pub fn timeline_bars(data: &Dataset, filters: &Filters) -> Vec<TimelineBar> {
    model::timeline_bars_of(data, &model::timeline_order(data, filters))
}
