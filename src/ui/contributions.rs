//! The charts of the UN's monthly figures, the paper's argument in data: "Deployed at one time" (China's uniformed
//! personnel at each month-end, and the other permanent members) and "Top contributors at a month" (the paper's
//! Figure 1 for any month), with one month control that both follow.
//!
//! Their tables (281 months) and their code are a part of their own (`contributions`), loaded when a reader comes
//! near them, follows a link to them (`#contributions`), prints, or opens one in the embed mode. The section itself
//! is in the part of what lies below the charts (`super::reference_sections`), so that the start-up code holds
//! nothing of it.

use super::canvas::ChartCanvas;
use super::lazy::{on_first_use, when_loaded, Loader, NotLoaded};
use super::month_control::MonthControl;
use super::panels::Panel;
use super::reactive::{derived, effect, memo, raise, ElementRef};
use super::share::{download_buttons, CsvSource, DownloadsFor};
use super::{browser, AppContext};
use leptos::prelude::*;
use pko_core::chart::{MonthlyChart, Target};
use pko_core::export::{self, CONTRIBUTIONS_SOURCE_LINE};
use pko_core::format::format_count;
use pko_core::model::contributions;
use pko_core::state::{ChartKind, ViewState};
use pko_core::words::Texts;
use pko_data::contributions::{ContributionTables, Uniformed};
use pko_data::YearMonth;

/// The fragment that names the section.
const FRAGMENT: &str = "contributions";

/// The fragments that name the section or one of its charts.
pub const FRAGMENTS: [&str; 3] = [FRAGMENT, "chart-deployed", "chart-contributors"];

/// Whether the URL's fragment names the section or one of its charts: a page opened on such a link loads them at
/// once, and lands there once they are drawn.
pub fn linked() -> bool {
    FRAGMENTS.contains(&browser::address::fragment().as_str())
}

/// The section of the full explorer, with the charts once `wanted`; until then its heading asks for them when it
/// comes near.
#[component]
pub fn ContributionsSection(wanted: RwSignal<bool>) -> impl IntoView {
    let AppContext { texts, printing, .. } = expect_context::<AppContext>();
    let placeholder = ElementRef::new();
    // A printed page shows these charts too.
    effect(move || {
        if printing.get() {
            raise(wanted);
        }
    });
    let near_observer = StoredValue::new_local(None::<browser::observers::NearObserver>);
    effect(move || {
        if let Some(element) = placeholder.get() {
            near_observer.set_value(Some(browser::observers::NearObserver::watch(
                &element,
                browser::observers::APPROACH,
                wanted,
                true,
                None,
            )));
        }
    });
    view! {
        <section id=FRAGMENT class="contributions" aria-labelledby="contributions-title" node_ref=placeholder>
            <h2 id="contributions-title">{texts.monthly().contributions_heading}</h2>
            {move || wanted.get().then(|| when_loaded(charts_then_to_link))}
        </section>
    }
}

/// The charts; a link to one of them lands there once they are on the page, which they were not when the browser
/// looked for its fragment.
async fn charts_then_to_link() -> Result<AnyView, NotLoaded> {
    let charts = contribution_charts(None).await;
    browser::address::land_on_fragment_after_paint(linked);
    charts
}

on_first_use! { contributions:
    /// The two charts with their month control, and the tables they draw from; `only` shows one of them (the
    /// embed mode).
    pub fn contribution_charts(only: Option<ChartKind>) -> AnyView {
        view! { <MonthlyCharts tables=tables() only /> }.into_any()
    }
}

/// The tables, built once from the build script's constants and kept for the page's life: the interface is built
/// again when the language changes, the data is not.
fn tables() -> &'static ContributionTables {
    thread_local! {
        static TABLES: &'static ContributionTables = Box::leak(Box::new(crate::prebuilt::contribution_tables()));
    }
    TABLES.with(|tables| *tables)
}

thread_local! {
    /// A link's month outside the reports and the month shown instead, while the notice says so: `None` until the
    /// charts are first built ([`find_month_outside`]).
    static MONTH_OUTSIDE: std::cell::Cell<Option<Option<(YearMonth, YearMonth)>>> = const { std::cell::Cell::new(None) };
}

/// Finds whether the link's month is outside the reports, once for the page's life: the charts then show the nearer
/// end, and the address is corrected. Kept rather than found again at each build, since the interface is built
/// again when the language changes, and by then the address holds the month shown.
fn find_month_outside(tables: &ContributionTables, state: RwSignal<ViewState>) {
    MONTH_OUTSIDE.with(|outside| {
        if outside.get().is_some() {
            return;
        }
        let asked = state.with_untracked(|s| s.month);
        let found = asked
            .map(|asked| (asked, contributions::clamp_month(tables, asked)))
            .filter(|(asked, shown)| asked != shown);
        if let Some((_, shown)) = found {
            state.update(|s| s.month = Some(shown));
        }
        outside.set(Some(found));
    });
}

/// The link's month outside the reports and the month shown instead, until the reader chooses another month.
fn month_outside(month: Option<YearMonth>) -> Option<(YearMonth, YearMonth)> {
    MONTH_OUTSIDE.with(|outside| {
        let found = outside.get().flatten()?;
        if month != Some(found.1) {
            outside.set(Some(None));
            return None;
        }
        Some(found)
    })
}

#[component]
fn MonthlyCharts(tables: &'static ContributionTables, only: Option<ChartKind>) -> impl IntoView {
    let AppContext { state, .. } = expect_context::<AppContext>();
    find_month_outside(tables, state);
    // The month shown: the link's, brought within the data, or the paper's Figure 1 month.
    let month = memo(move || {
        contributions::clamp_month(tables, state.with(|s| s.month).unwrap_or(contributions::DEFAULT_MONTH))
    });
    // A month within the data always has its index.
    let index = memo(move || tables.index_of(month.get()).unwrap_or(0));
    let AppContext { paper, texts, .. } = expect_context::<AppContext>();
    let summary = memo(move || contributions::month_summary(tables, month.get(), contributions::paper_deployed(paper)));
    let show = move |kind: ChartKind| only.is_none_or(|only| only == kind);
    view! {
        // The embed of one of these charts has no filters to speak of.
        {only.is_none().then(|| view! { <p class="hint">{texts.monthly().filters_do_not_apply}</p> })}
        {move || {
            let (asked, shown) = month_outside(state.with(|s| s.month))?;
            let reported = (tables.first_month, tables.last_month());
            Some(view! { <p class="notice" role="status">{texts.month_outside(asked, reported, shown)}</p> })
        }}
        <MonthControl tables index />
        // The month in words, as the summary line says the paper's filters: what the two charts show, read out
        // when it changes.
        <p class="summary month-summary" aria-live="polite">{move || summary.with(|summary| texts.month_sentence(summary))}</p>
        {show(ChartKind::Deployed).then(|| view! { <DeployedPanel tables month summary /> })}
        {show(ChartKind::Contributors).then(|| view! { <ContributorsPanel tables month /> })}
        // The full source, as a note: the embed's sticky credit line names it briefly.
        <p class="hint">{expect_context::<AppContext>().texts.monthly().contributions_source}</p>
    }
}

/// The figures of one month by type, then the total, as table cells.
fn figure_cells(figures: Option<Uniformed>) -> impl IntoView {
    let count =
        move |value: fn(&Uniformed) -> u32| figures.map(|figures| format_count(value(&figures))).unwrap_or_default();
    view! {
        <td class="number">{count(|f| f.troops)}</td>
        <td class="number">{count(|f| f.police)}</td>
        <td class="number">{count(|f| f.experts)}</td>
        <td class="number">{count(Uniformed::total)}</td>
    }
}

/// The header cells of [`figure_cells`].
fn figure_headers(texts: &'static Texts) -> impl IntoView {
    let [troops, police, experts] = texts.monthly().uniformed_types;
    view! {
        <th scope="col" class="number">{troops}</th>
        <th scope="col" class="number">{police}</th>
        <th scope="col" class="number">{experts}</th>
        <th scope="col" class="number">{texts.parts().col_total}</th>
    }
}

#[component]
fn DeployedPanel(
    tables: &'static ContributionTables,
    month: Memo<YearMonth>,
    summary: Memo<contributions::MonthSummary>,
) -> impl IntoView {
    let AppContext { paper, state, texts, .. } = expect_context::<AppContext>();
    // The chronology and the paper's figure are the paper's, whatever data the other charts show.
    let paper_figure = contributions::paper_deployed(paper);
    let others = memo(move || state.with(|s| s.permanent_members));
    let series = memo(move || {
        contributions::deployed_series(tables, paper.events(), paper_figure, others.get(), Some(month.get()))
    });
    let chart = memo(move || MonthlyChart::Deployed(Box::new(series.get())));
    let title = derived(move || summary.with(|summary| series.with(|series| texts.deployed_title(series, summary))));
    let downloads = monthly_downloads(chart, title, move |s, comments| {
        export::deployed_csv(tables, s.permanent_members, paper_figure, texts, comments)
    });
    let describe = Callback::new(move |target: Target| match target {
        Target::Month(month) => {
            let summary = contributions::month_summary(tables, month, paper_figure);
            series.with_untracked(|series| texts.deployed_tooltip(series, &summary))
        }
        Target::Event(event) => series
            .with_untracked(|series| series.marker_of(event).map(|marker| texts.events_tooltip(paper.events(), marker)))
            .unwrap_or_default(),
        _ => String::new(),
    });
    // Choosing a month here sets it in the top contributors too; an event marker chooses its month.
    let on_activate = Callback::new(move |target: Target| {
        let chosen = match target {
            Target::Month(month) => Some(month),
            Target::Event(event) => series.with_untracked(|series| series.marker_of(event).map(|marker| marker.month)),
            _ => None,
        };
        if let Some(month) = chosen {
            state.update(|s| s.month = Some(month));
        }
    });
    let description = derived(move || summary.with(|summary| texts.month_sentence(summary)));
    let table = Loader::new(move || async move {
        let rows = (0..tables.months())
            .map(|index| {
                let china = tables.permanent[0][index];
                let rank = tables.china_rank[index].map(|rank| texts.rank_of(rank, tables.listed[index])).unwrap_or_default();
                view! { <tr><th scope="row">{texts.month(tables.month_at(index))}</th>{figure_cells(china)}<td>{rank}</td></tr> }
            })
            .collect_view();
        Ok(view! {
            <table>
                <caption>{texts.monthly().deployed_subtitle}</caption>
                <thead><tr><th scope="col">{texts.monthly().col_month}</th>{figure_headers(texts)}<th scope="col">{texts.parts().col_rank}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any())
    });
    view! {
        <Panel title=texts.monthly().chart_deployed takeaway=title subtitle=texts.monthly().deployed_subtitle source=texts.monthly().monthly_source slug="deployed" downloads table>
            <div class="toolbar">
                <label class="check">
                    <input type="checkbox" prop:checked=move || others.get() on:change=move |_| state.update(|s| s.permanent_members = !s.permanent_members) />
                    {texts.monthly().show_permanent_members}
                </label>
            </div>
            // The chosen month is the chart's overlay, a rule, rather than a ring: a step then redraws only the rule.
            <ChartCanvas label=texts.monthly().chart_deployed description slug="deployed" data=chart describe on_activate selected=derived(|| None) />
        </Panel>
    }
}

#[component]
fn ContributorsPanel(tables: &'static ContributionTables, month: Memo<YearMonth>) -> impl IntoView {
    let AppContext { paper, texts, .. } = expect_context::<AppContext>();
    let paper_figure = contributions::paper_deployed(paper);
    let top = memo(move || contributions::top_contributors(tables, month.get(), paper_figure));
    let chart = memo(move || MonthlyChart::Contributors(Box::new(top.get())));
    let title = derived(move || top.with(|top| texts.contributors_title(top)));
    let downloads = monthly_downloads(chart, title, move |_, comments| {
        top.with_untracked(|top| export::contributors_csv(tables, top, texts, comments))
    });
    let describe = Callback::new(move |target: Target| match target {
        Target::Country(code) => top
            .with_untracked(|top| {
                let bar = top.bars.iter().chain(&top.china_apart).find(|bar| bar.code == code)?;
                Some(texts.contributor_tooltip(bar, top.summary.month))
            })
            .unwrap_or_default(),
        _ => String::new(),
    });
    let description = derived(move || {
        top.with(|top| {
            let bars = top.bars.iter().chain(&top.china_apart);
            bars.map(|bar| texts.contributor_tooltip(bar, top.summary.month)).collect::<Vec<_>>().join("; ")
        })
    });
    let table = Loader::new(move || async move {
        let rows = move || {
            top.with(|top| {
                top.bars
                    .iter()
                    .chain(&top.china_apart)
                    .map(|bar| {
                        let row_class = if bar.china { "china" } else { "" };
                        view! {
                            <tr class=row_class>
                                <td class="number">{format_count(u32::from(bar.rank))}</td>
                                <th scope="row">{texts.contributor_name(bar).to_string()}</th>
                                {figure_cells(Some(bar.figures))}
                            </tr>
                        }
                    })
                    .collect_view()
            })
        };
        Ok(view! {
            <table>
                <caption>{move || texts.month(month.get())}</caption>
                <thead><tr><th scope="col" class="number">{texts.parts().col_rank}</th><th scope="col">{texts.monthly().col_country}</th>{figure_headers(texts)}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any())
    });
    view! {
        <Panel title=texts.monthly().chart_contributors takeaway=title subtitle=texts.monthly().contributors_subtitle source=texts.monthly().monthly_source slug="contributors" downloads table>
            <ChartCanvas label=texts.monthly().chart_contributors description slug="contributors" data=chart describe on_activate=Callback::new(|_| ()) selected=derived(|| None) />
        </Panel>
    }
}

/// A monthly chart's Download menu: its drawing code for export and its CSV rows are in this part already. The
/// view it says is the chart's finding for the month (`finding`), which names the month.
fn monthly_downloads(
    chart: Memo<MonthlyChart>,
    finding: Signal<String>,
    rows: impl Fn(&ViewState, &[&str]) -> String + Clone + Send + Sync + 'static,
) -> DownloadsFor {
    Box::new(move |slug, title| {
        Loader::new(move || {
            let image_source = Signal::stored(expect_context::<AppContext>().texts.monthly().monthly_source);
            let buttons = download_buttons(
                slug,
                title,
                chart,
                finding,
                image_source,
                Signal::stored(CsvSource { line: CONTRIBUTIONS_SOURCE_LINE, linked: true }),
                rows.clone(),
            );
            async move { Ok(buttons) }
        })
    })
}
