//! PKO Explorer: China's participation in UN peacekeeping, from Matsuda's paper, as interactive charts.
//!
//! This crate is the top layer, the app: the Leptos interface and the browser glue in [`ui`], over the dataset
//! [`paper`] carries ready-made. What lies below it needs no browser: `pko-data` reads and validates the records,
//! `pko-core` turns them and the view state into charts, words and downloads.

pub mod prebuilt;
pub mod ui;
