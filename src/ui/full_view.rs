//! The full explorer: the header with its menus, language and theme, the paper's key facts, the notices, the
//! summary line, the filters, the four charts, and below them the mission details, the monthly charts, Your own
//! data and Sources & notes.

use super::notices::{Notices, PageNotice};
use super::{browser, controls, own_data, panels, reference_sections, share, AppContext};
use leptos::prelude::*;
use pko_core::first_view;
use pko_core::lang::Lang;
use pko_core::model;
use pko_core::state::ThemeChoice;
use pko_data::Vocabulary;

#[component]
pub fn FullView(
    notices: Vec<PageNotice>,
    dark: Memo<bool>,
    below_charts: RwSignal<bool>,
    below_wanted: RwSignal<bool>,
    contributions_wanted: RwSignal<bool>,
) -> impl IntoView {
    let context = expect_context::<AppContext>();
    let AppContext { state, texts, .. } = context;
    let toggle_theme = move |_| {
        state.update(|s| s.theme = Some(if dark.get_untracked() { ThemeChoice::Light } else { ThemeChoice::Dark }))
    };
    let summary = move || context.summary_line();
    let filters_open = RwSignal::new(browser::document::first_view_filters_open());
    let languages = Lang::ALL
        .iter()
        .map(|lang| view! { <option value=lang.slug() selected=*lang == texts.lang>{lang.endonym()}</option> })
        .collect_view();
    let choose_language = move |event| {
        if let Some(lang) = Lang::from_slug(&event_target_value(&event)) {
            state.update(|s| s.lang = Some(lang));
        }
    };

    view! {
        <header class="site-header">
            // Static words, in the first view's markup (one printer for both, so the app takes the page over
            // with the same boxes), set as HTML: Leptos builds no view for them, which keeps 1 KiB out of the
            // start-up code.
            <div inner_html=first_view::title_and_lede(texts)></div>
            <div class="header-tools">
                <share::ShareMenus />
                <select class="language" aria-label=texts.language on:change=choose_language>{languages}</select>
                // On a phone the theme button shows a symbol only; its name says what it does.
                <button type="button" class="theme-toggle" on:click=toggle_theme aria-label=move || if dark.get() { texts.use_light_theme } else { texts.use_dark_theme }>
                    <span class="symbol" aria-hidden="true">"◐"</span>
                    <span class="label">{move || if dark.get() { texts.light_theme } else { texts.dark_theme }}</span>
                </button>
            </div>
        </header>
        <main>
            <Notices notices />
            <KeyFacts />
            <own_data::OwnDataBanner />
            // On a phone the summary line stays in view while the reader scrolls, and the filters fold behind one
            // button that says how many are set (the CSS shows the button and folds the bar under 600 px only).
            <div class="summary-bar">
                <p class="summary" id=super::canvas::SUMMARY_ID aria-live="polite" data-testid="summary">{summary}</p>
                <button
                    type="button"
                    class="filter-fold"
                    aria-expanded=move || if filters_open.get() { "true" } else { "false" }
                    aria-controls="filter-bar"
                    on:click=move |_| filters_open.update(|open| *open = !*open)
                >
                    {move || texts.filters_on(context.filters.with(model::Filters::count))}
                </button>
            </div>
            <div id="filter-bar" class="filter-area" class:open=move || filters_open.get()>
                <controls::FilterBar />
            </div>
            <controls::NoMatch />
            // The paper's argument in order: what China paid, where its personnel went, how their kind changed,
            // and mission by mission. The two rows pair charts of about one height, so neither leaves a hole.
            <div class="charts">
                <panels::BudgetPanel />
                <panels::RegionsPanel />
                <panels::TimelinePanel />
                <panels::PersonnelPanel />
            </div>
            {move || {
                below_charts.get().then(|| view! {
                    <panels::MissionDetails />
                    <reference_sections::ReferenceSections wanted=below_wanted contributions_wanted />
                })
            }}
        </main>
        <footer class="site-footer">
            <p>{texts.footer}</p>
        </footer>
    }
}

/// The paper's findings, at the top of the page, each a figure and a caption that link to the chart that shows it:
/// the story before the tools. Always the paper's, whatever the filters or a reader's own file. In the first view's
/// markup, as HTML, as the title and lede are.
#[component]
fn KeyFacts() -> impl IntoView {
    let AppContext { paper, texts, .. } = expect_context::<AppContext>();
    view! { <ul class="key-facts" aria-label=texts.key_facts inner_html=first_view::key_fact_items(paper, texts)></ul> }
}
