//! The full explorer: the header with its menus, language and theme, the notices, the summary line, the filters,
//! the four charts, and below them the mission details, Your own data and Sources & notes.

use super::notices::{Notices, PageNotice};
use super::{controls, own_data, panels, reference_sections, share, AppContext};
use leptos::prelude::*;
use pko_core::lang::Lang;
use pko_core::model::contributions::paper_deployed;
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
    // The paper's count at one time belongs beside its cumulative count, and is true only for the paper's whole
    // data: a filtered view or a reader's file does not show it.
    let at_one_time = move || {
        let figure = context.filters.with(|f| f.is_empty()).then(|| paper_deployed(context.data.get())).flatten();
        figure.map(|figure| view! { <p class="key-figure">{texts.at_one_time(figure)}</p> })
    };
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
            <div>
                <h1>{texts.app_title}</h1>
                <p class="lede">
                    {texts.lede_before_title}
                    <cite>"“China's UN Peacekeeping Operations Policy: Analysis of the Factors behind the Policy Shift toward Active Engagement”"</cite>
                    {texts.lede_after_title}<a href="#sources">{texts.sources_link}</a>{texts.lede_end}
                </p>
            </div>
            <div class="header-tools">
                <share::ShareMenus />
                <select class="language" aria-label=texts.language on:change=choose_language>{languages}</select>
                <button type="button" class="theme-toggle" on:click=toggle_theme aria-label=move || if dark.get() { texts.use_light_theme } else { texts.use_dark_theme }>
                    {move || if dark.get() { texts.light_theme } else { texts.dark_theme }}
                </button>
            </div>
        </header>
        <main>
            <Notices notices />
            <own_data::OwnDataBanner />
            <p class="summary" id=super::canvas::SUMMARY_ID aria-live="polite" data-testid="summary">{summary}</p>
            {at_one_time}
            <controls::FilterBar />
            <div class="charts">
                <panels::PersonnelPanel />
                <panels::RegionsPanel />
                <panels::BudgetPanel />
                <panels::TimelinePanel />
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
