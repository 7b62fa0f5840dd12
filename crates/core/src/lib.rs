//! PKO Explorer without a browser: everything between the validated dataset and the pixels, as pure Rust that
//! `cargo test` runs natively.
//!
//! Data flows one way: a [`pko_data::Dataset`] and a [`state::ViewState`] give chart series in [`model`], which
//! [`chart`] draws on any plotters backend (a canvas in the app, SVG in tests and downloads), in the words of
//! [`i18n`]; [`export`] writes the downloads and citations.

pub mod chart;
pub mod export;
pub mod i18n;
pub mod model;
pub mod state;
