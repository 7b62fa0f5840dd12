//! PKO Explorer without a browser: everything between the validated dataset and the pixels, as pure Rust that
//! `cargo test` runs natively.
//!
//! Data flows one way: a [`pko_data::Dataset`] and a [`state::ViewState`] give chart series in [`model`], which
//! [`chart`] draws on any plotters backend (a canvas in the app, SVG in tests and downloads), in the [`words`] of
//! a [`lang::Lang`] and the number [`format`]s every language shares; [`export`] writes the downloads and
//! citations. [`lang`] sits below both the view state and the words, so that neither imports the other.

pub mod chart;
pub mod export;
pub mod first_view;
pub mod format;
pub mod lang;
pub mod model;
pub mod state;
pub mod table;
pub mod words;
