//! The data tables of the four charts, built while a reader shows one or prints the page. They are loaded on first
//! use with Your own data and Sources & notes, in one part (`below`, see `super::reference_sections`), so that a held-back
//! Ctrl+P waits for one part and prints the tables and the sources. What each table holds is `pko_core::table`'s, which
//! the first view written at build time prints too; this file makes it elements.

use super::lazy::on_first_use;
use super::panels::Rows;
use super::AppContext;
use leptos::prelude::*;
use pko_core::model::{Page, RegionBar};
use pko_core::table::{self, RowHead, Table};

/// A table's elements. A mission heading a row is a button that opens its details, so missions can be chosen
/// without a pointer.
fn table_view(table: Table) -> impl IntoView {
    let AppContext { state, .. } = expect_context::<AppContext>();
    let number_class = |numeric: bool| numeric.then_some("number");
    let columns = table.columns.clone();
    let headings = table
        .columns
        .iter()
        .map(|column| view! { <th scope="col" class=number_class(column.numeric)>{column.name}</th> })
        .collect_view();
    let rows = table
        .rows
        .into_iter()
        .map(|row| {
            let head = match row.head {
                RowHead::Text(text) => text.into_any(),
                RowHead::Mission(acronym) => {
                    let label = acronym.clone();
                    view! {
                        <button type="button" class="link" on:click=move |_| state.update(|s| s.mission = Some(acronym.clone()))>{label}</button>
                    }
                    .into_any()
                }
            };
            let cells = row
                .cells
                .into_iter()
                .zip(columns.iter().skip(1))
                .map(|(cell, column)| view! { <td class=number_class(column.numeric)>{cell}</td> })
                .collect_view();
            view! { <tr><th scope="row">{head}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <table>
            <caption>{table.caption}</caption>
            <thead><tr>{headings}</tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

on_first_use! { below:
    /// The personnel chart's table: a row per mission shown (`rows`, the chart's page, as indices into the
    /// dataset's missions), with each category and the total.
    pub fn personnel_table(rows: Memo<Vec<usize>>) -> AnyView {
        let AppContext { data, texts, .. } = expect_context::<AppContext>();
        (move || rows.with(|rows| table_view(table::personnel(data.get(), rows, texts)))).into_any()
    }
}
on_first_use! { below:
    /// Which rows of a long chart are shown, how many are not, and the buttons to the pages before and after.
    pub fn pager(rows: Rows) -> AnyView {
        let texts = expect_context::<AppContext>().texts;
        let words = texts.parts();
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
            <div class="pager" role="group" aria-label=words.row_pages>
                <p aria-live="polite" data-testid="rows-shown">{move || texts.rows_shown(rows.page())}</p>
                <span class="group">
                    {button(words.previous_rows, Page::previous)}
                    {button(words.next_rows, Page::next)}
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
        (move || bars.with(|bars| table_view(table::regions(bars, texts)))).into_any()
    }
}
on_first_use! { below:
    /// The budget chart's table: each share with its years, rank, series and source.
    pub fn budget_table() -> AnyView {
        let AppContext { data, state, texts, .. } = expect_context::<AppContext>();
        (move || table_view(table::budget(data.get(), state.with(|s| s.later), texts))).into_any()
    }
}
on_first_use! { below:
    /// The timeline's tables: the missions shown (`rows`, the chart's page), and the policy events.
    pub fn timeline_table(rows: Memo<Vec<usize>>) -> AnyView {
        let AppContext { data, texts, .. } = expect_context::<AppContext>();
        (move || rows.with(|rows| table::timeline(data.get(), rows, texts).map(table_view))).into_any()
    }
}
