//! The state every component reads: the data shown, the view, the words, and whether the page is printed.

use leptos::prelude::*;
use pko_core::model::Filters;
use pko_core::state::ViewState;
use pko_core::words::Texts;
use pko_data::Dataset;

/// The app's shared state: the data the charts show, the paper's data, the view and the words.
#[derive(Clone, Copy)]
pub struct AppContext {
    /// The paper's data, or a reader's own file. Datasets live for the page's life (see `own_data`).
    pub data: RwSignal<&'static Dataset>,
    /// The paper's data, from the tables the build script wrote (`prebuilt::paper_dataset`).
    pub paper: &'static Dataset,
    pub state: RwSignal<ViewState>,
    /// The filters of `state`, apart: what reads only them is not run again when another part of the view changes
    /// (a step of the month redraws the monthly charts, not the four charts of the paper).
    pub filters: Memo<Filters>,
    pub texts: &'static Texts,
    /// Whether the page is being printed (or shown as print media, or about to be): the data tables are then built.
    pub printing: RwSignal<bool>,
}

impl AppContext {
    /// The summary line of the current view ("14 missions in Africa, …"), tracked by the calling effect.
    pub fn summary_line(&self) -> String {
        self.summary_line_of(self.data.get())
    }

    /// The summary line of the current view of `data`, tracked by the calling effect.
    pub fn summary_line_of(&self, data: &Dataset) -> String {
        self.filters.with(|filters| self.texts.summary(&pko_core::model::summary(data, filters), filters))
    }

    /// Whether the charts show a reader's own file rather than the paper's data.
    pub fn showing_own_data(&self) -> bool {
        !std::ptr::eq(self.data.get(), self.paper)
    }
}
