//! Sources & notes: the paper, how its figures add up, the errata with printed and corrected values, and the
//! sources of the later budget series. Every figure here is computed from, or read out of, the dataset.

use super::AppContext;
use crate::data::{Category, ErratumAction, FactKey, Vocabulary};
use crate::i18n::format_count;
use leptos::prelude::*;

#[component]
pub fn Sources() -> impl IntoView {
    // Sources & notes are about the paper, whatever data the charts show.
    let AppContext { paper: data, texts, .. } = expect_context::<AppContext>();
    let totals = data.totals();
    let stated = |key| data.fact(key).map_or(0, |fact| fact.value);
    let uniformed_gap = i64::from(stated(FactKey::CumulativeUniformed)) - i64::from(totals.uniformed());
    let with_uniformed = data.missions().iter().filter(|m| m.personnel.is_some_and(|p| p.uniformed() > 0)).count();

    let category_rows = Category::ALL.iter().map(|category| view! {
        <tr><th scope="row">{texts.category(*category)}</th><td class="number">{format_count(totals.get(*category))}</td></tr>
    }).collect_view();
    let facts = data
        .facts()
        .iter()
        .map(|fact| {
            view! {
                <li>{fact.statement.clone()}" ("{fact.location.clone()}")"</li>
            }
        })
        .collect_view();
    let errata = data
        .errata()
        .iter()
        .map(|erratum| {
            view! {
                <tr>
                    <th scope="row">{erratum.acronym.clone().unwrap_or_else(|| "Notes".to_string())}</th>
                    <td>{erratum.column.map(|column| column.header()).unwrap_or("")}</td>
                    <td>{erratum.printed.clone()}</td>
                    <td>{erratum.used.clone()}</td>
                    <td>{if erratum.action == ErratumAction::Corrected { "corrected" } else { "flagged" }}</td>
                    <td>{erratum.reason.clone()}" "<span class="source">{erratum.source.clone()}</span></td>
                </tr>
            }
        })
        .collect_view();
    let later_sources = data
        .budget_shares()
        .iter()
        .filter(|share| !share.in_paper)
        .map(|share| {
            view! {
                <li>{format!("{}–{}: {}% — {}", share.from_year, share.to_year, share.share_percent, share.source)}</li>
            }
        })
        .collect_view();

    view! {
        <section id="sources" class="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">"Sources & notes"</h2>
            <p>
                "Yasuhiro Matsuda, “China's UN Peacekeeping Operations Policy: Analysis of the Factors behind the Policy Shift toward Active Engagement”, "
                "English version of a chapter first published in Japanese in 添谷芳秀編『現代の中国外交の六十年』(Keio University Press), pp. 283–305. "
                "Tables 1 and 2 give the missions; the text gives the budget shares, the key figures and the chronology. "
                "The paper's own sources: China's National Defense in 2008 (white paper) and the UN peacekeeping pages, read in January 2011."
            </p>
            <p>
                <button type="button" on:click=move |_| {
                    let csv = crate::export::missions_csv(data.missions(), &[crate::export::SOURCE_LINE]);
                    super::browser::download_text("pko-explorer-missions.csv", "text/csv", &csv);
                }>"Download all missions (CSV)"</button>
                " in the schema of the app's data/missions.csv, with the corrections noted."
            </p>
            <h3>"How the figures add up"</h3>
            <table>
                <caption>"Personnel in Tables 1–2, summed over all missions"</caption>
                <thead><tr><th scope="col">"Category"</th><th scope="col" class="number">"Sum"</th></tr></thead>
                <tbody>
                    {category_rows}
                    <tr><th scope="row">"All personnel"</th><td class="number">{format_count(totals.total())}</td></tr>
                    <tr><th scope="row">"Uniformed (all but civilians)"</th><td class="number">{format_count(totals.uniformed())}</td></tr>
                </tbody>
            </table>
            <p class="check" data-testid="arithmetic-check">
                {format!(
                    "The text says {} troops and civilian police; the tables add up to {} uniformed personnel, a gap of {}. The text's {} missions are the {} table rows with uniformed personnel (of {} rows: UNTAG sent only civilians, and MONUSCO has no figures).",
                    format_count(stated(FactKey::CumulativeUniformed)),
                    format_count(totals.uniformed()),
                    uniformed_gap,
                    stated(FactKey::Missions),
                    with_uniformed,
                    data.missions().len(),
                )}
            </p>
            <h3>"Key figures in the text"</h3>
            <ul>{facts}</ul>
            <h3>"Errata"</h3>
            <p>"Where the paper's print is impossible or wrong, the data uses the corrected value and says so here; doubtful values that could not be checked are flagged and kept."</p>
            <div class="table-wrap">
                <table class="errata-table">
                    <caption>"Errata in Tables 1–2 and their notes"</caption>
                    <thead><tr><th scope="col">"Row"</th><th scope="col">"Column"</th><th scope="col">"Printed"</th><th scope="col">"Used"</th><th scope="col">"Action"</th><th scope="col">"Why, and source"</th></tr></thead>
                    <tbody>{errata}</tbody>
                </table>
            </div>
            <h3>"Later budget shares (not in the paper)"</h3>
            <p>"The budget chart can add the UN scales of assessment after the paper. They come from these sources, not from the paper:"</p>
            <ul>{later_sources}</ul>
        </section>
    }
}
