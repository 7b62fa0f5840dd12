//! The data tables of the four charts, built while a reader shows one or prints the page. They are loaded on first
//! use with Your own data and Sources & notes, in one part (`below`, see `super::reference_sections`), so that a held-back
//! Ctrl+P waits for one part and prints the tables and the sources.

use super::lazy::on_first_use;
use super::panels::Rows;
use super::AppContext;
use leptos::prelude::*;
use pko_core::format::{format_count, format_percent, format_rank, format_share};
use pko_core::model::{Page, RegionBar};
use pko_data::{Category, Vocabulary};

/// A button in a table that opens a mission's details, so missions can be chosen without a pointer.
fn mission_button(acronym: String) -> impl IntoView {
    let AppContext { state, .. } = expect_context::<AppContext>();
    let label = acronym.clone();
    view! {
        <button type="button" class="link" on:click=move |_| state.update(|s| s.mission = Some(acronym.clone()))>{label}</button>
    }
}

on_first_use! { below:
    /// The personnel chart's table: a row per mission shown (`rows`, the chart's page, as indices into the
    /// dataset's missions), with each category and the total.
    pub fn personnel_table(rows: Memo<Vec<usize>>) -> AnyView {
        let AppContext { data, texts, .. } = expect_context::<AppContext>();
        (move || {
            let rows = rows.get();
            let rows = data
                .get()
                .missions_at(&rows)
                .map(|mission| {
                    let cells = Category::ALL
                        .iter()
                        .map(|category| {
                            let count = mission
                                .personnel
                                .map(|personnel| format_count(personnel.get(*category)))
                                .unwrap_or_default();
                            view! { <td class="number">{count}</td> }
                        })
                        .collect_view();
                    let total =
                        mission.personnel.map_or(texts.no_figures.to_string(), |personnel| format_count(personnel.total()));
                    view! {
                        <tr>
                            <th scope="row">{mission_button(mission.acronym.clone())}</th>
                            <td>{texts.region(mission.region)}</td>
                            <td>{texts.participation(mission)}</td>
                            {cells}
                            <td class="number">{total}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table>
                    <caption>{if data.get().missions_known_to().is_some() { texts.personnel_caption } else { texts.personnel_caption_own }}</caption>
                    <thead><tr>
                        <th scope="col">{texts.col_mission}</th><th scope="col">{texts.col_region}</th><th scope="col">{texts.col_participation}</th>
                        {Category::ALL.iter().map(|c| view! { <th scope="col" class="number">{texts.category(*c)}</th> }).collect_view()}
                        <th scope="col" class="number">{texts.col_total}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
        .into_any()
    }
}
on_first_use! { below:
    /// Which rows of a long chart are shown, how many are not, and the buttons to the pages before and after.
    pub fn pager(rows: Rows) -> AnyView {
        let texts = expect_context::<AppContext>().texts;
        // `aria-disabled` rather than `disabled`: a disabled button loses the focus, and a keyboard reader who
        // pressed Next onto the last page would be left on the page's body.
        let button = move |label: &'static str, first: fn(&Page) -> Option<usize>| {
            view! {
                <button type="button" aria-disabled=move || if first(&rows.page()).is_none() { "true" } else { "false" } on:click=move |_| {
                    if let Some(first) = first(&untrack(|| rows.page())) {
                        rows.go(first);
                    }
                }>{label}</button>
            }
        };
        view! {
            <div class="pager" role="group" aria-label=texts.row_pages>
                <p aria-live="polite" data-testid="rows-shown">{move || texts.rows_shown(rows.page())}</p>
                <span class="group">
                    {button(texts.previous_rows, Page::previous)}
                    {button(texts.next_rows, Page::next)}
                </span>
            </div>
        }
        .into_any()
    }
}
on_first_use! { below:
    /// The regional chart's table: missions, personnel and share per region.
    pub fn regions_table(bars: Memo<Vec<RegionBar>>) -> AnyView {
        let AppContext { texts, .. } = expect_context::<AppContext>();
        (move || {
            let rows = bars
                .get()
                .into_iter()
                .map(|bar| {
                    view! {
                        <tr>
                            <th scope="row">{texts.region(bar.region)}</th>
                            <td class="number">{bar.missions}</td>
                            <td class="number">{format_count(bar.personnel)}</td>
                            <td class="number">{format_percent(bar.share)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table>
                    <caption>{texts.regions_caption}</caption>
                    <thead><tr><th scope="col">{texts.col_region}</th><th scope="col" class="number">{texts.col_missions}</th><th scope="col" class="number">{texts.col_personnel}</th><th scope="col" class="number">{texts.col_share}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
        .into_any()
    }
}
on_first_use! { below:
    /// The budget chart's table: each share with its years, rank, series and source.
    pub fn budget_table() -> AnyView {
        let AppContext { data, state, texts, .. } = expect_context::<AppContext>();
        (move || {
            let rows = data
                .get()
                .budget_shares()
                .iter()
                .filter(|share| share.in_paper || state.with(|s| s.later))
                .map(|share| {
                    let years = if share.from_year == share.to_year {
                        share.from_year.to_string()
                    } else {
                        format!("{}–{}", share.from_year, share.to_year)
                    };
                    view! {
                        <tr>
                            <th scope="row">{years}</th>
                            <td class="number">{format_share(share.share_percent)}</td>
                            <td class="number">{share.rank.map(format_rank).unwrap_or_default()}</td>
                            <td>{if share.in_paper { texts.series_paper } else { texts.series_later }}</td>
                            <td>{share.source.clone()}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table>
                    <caption>{texts.budget_title}</caption>
                    <thead><tr><th scope="col">{texts.col_years}</th><th scope="col" class="number">{texts.col_share}</th><th scope="col" class="number">{texts.col_rank}</th><th scope="col">{texts.col_series}</th><th scope="col">{texts.col_source}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
        .into_any()
    }
}
on_first_use! { below:
    /// The timeline's tables: the missions shown (`rows`, the chart's page), and the policy events.
    pub fn timeline_table(rows: Memo<Vec<usize>>) -> AnyView {
        let AppContext { data, texts, .. } = expect_context::<AppContext>();
        (move || {
            let rows = rows.get();
            let missions = data
                .get()
                .missions_at(&rows)
                .map(|mission| {
                    view! {
                        <tr>
                            <th scope="row">{mission_button(mission.acronym.clone())}</th>
                            <td>{texts.region(mission.region)}</td>
                            <td>{texts.participation(mission)}</td>
                        </tr>
                    }
                })
                .collect_view();
            let events = data
                .get()
                .events()
                .iter()
                .map(|event| {
                    view! {
                        <tr>
                            <th scope="row">{texts.event_date(event.date)}</th>
                            <td>{event.title.clone()}</td>
                            <td>{event.description.clone()}</td>
                            <td>{event.section.number()}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table>
                    <caption>{texts.timeline_title}</caption>
                    <thead><tr><th scope="col">{texts.col_mission}</th><th scope="col">{texts.col_region}</th><th scope="col">{texts.col_participation}</th></tr></thead>
                    <tbody>{missions}</tbody>
                </table>
                <table>
                    <caption>{texts.events_caption}</caption>
                    <thead><tr><th scope="col">{texts.col_date}</th><th scope="col">{texts.col_event}</th><th scope="col">{texts.col_what}</th><th scope="col">{texts.col_section}</th></tr></thead>
                    <tbody>{events}</tbody>
                </table>
            }
        })
        .into_any()
    }
}
