//! The embed mode (`?embed=1`) for an iframe in a course page.

use super::lazy::when_loaded;
use super::notices::{Notices, PageNotice};
use super::{contributions, controls, panels, share, AppContext};
use leptos::prelude::*;
use pko_core::export;
use pko_core::model;
use pko_core::state::ChartKind;

/// The embed mode: one chart with its filters (or month control), a source credit and a link to the full
/// explorer, and nothing else, for an iframe in a course page.
#[component]
pub fn EmbedView(notices: Vec<PageNotice>) -> impl IntoView {
    let context = expect_context::<AppContext>();
    let AppContext { state, texts, .. } = context;
    let full_link = move || state.with(share::full_view_link);
    // A sandbox without `allow-popups` opens no tab and says so only on the console: the link then gives way to
    // the address, to open by hand.
    let tab_blocked = RwSignal::new(false);
    // Every click opens the tab in front, a Ctrl- or Shift-click too: the link's own ways (a tab behind, a window)
    // would need the event's modifier keys from the browser, which the start-up pays for, and the embed is a frame
    // in a course page, where one tab is what a reader wants. Without `noopener`, which makes `open` return nothing,
    // blocked or not: the tab is the explorer itself, which never uses its opener.
    let open_full = move |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        if !matches!(gloo::utils::window().open_with_url_and_target(&full_link(), "_blank"), Ok(Some(_))) {
            tab_blocked.set(true);
        }
    };
    let active_filters = move || context.filters.with(model::Filters::count);
    let summary = move || context.summary_line();
    // Here rather than at start, so that its code comes with the embed mode's part.
    super::browser::frame_height::post_height_to_parent();
    let chart = state.with_untracked(|s| s.chart);
    // The charts of the monthly figures take no filters, say their month in their own words and credit their own
    // source; the paper's filters, summary line and credit belong to the other four.
    let paper_chart = !matches!(chart, ChartKind::Deployed | ChartKind::Contributors);
    let panel = match chart {
        ChartKind::Personnel => view! { <panels::PersonnelPanel /> }.into_any(),
        ChartKind::Regions => view! { <panels::RegionsPanel /> }.into_any(),
        ChartKind::Budget => view! { <panels::BudgetPanel /> }.into_any(),
        ChartKind::Timeline => view! { <panels::TimelinePanel /> }.into_any(),
        kind @ (ChartKind::Deployed | ChartKind::Contributors) => {
            when_loaded(move || contributions::contribution_charts(Some(kind)))
        }
    };
    view! {
        <main class="embed">
            <h1 class="visually-hidden">{texts.app_title}</h1>
            <Notices notices />
            {paper_chart.then(|| view! {
                <details class="embed-filters">
                    <summary>{move || texts.filters_on(active_filters())}</summary>
                    <controls::FilterBar />
                </details>
                <p class="summary" id=super::canvas::SUMMARY_ID aria-live="polite">{summary}</p>
            })}
            {panel}
            <p class="credit">
                {export::credit(if paper_chart { texts.paper_chart_source } else { texts.monthly().monthly_source })}" · "
                <a href=full_link target="_blank" rel="noopener" on:click=open_full>{texts.parts().open_full}</a>
            </p>
            {move || tab_blocked.get().then(|| share::address_to_open(texts.parts().tab_blocked))}
        </main>
        <panels::MissionDetails />
    }
}
