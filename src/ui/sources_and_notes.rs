//! Sources & notes: the paper, how its figures add up, the errata with printed and corrected values, the
//! sources of the later budget series, and those of the UN's monthly figures (with the figure of the paper that no
//! primary source could supply). Every figure here is computed from, or read out of, the dataset.

use super::AppContext;
use leptos::prelude::*;
use pko_core::format::{format_count, format_share};
use pko_data::{Category, FactKey, Vocabulary};

#[component]
pub fn SourcesAndNotes() -> impl IntoView {
    // Sources & notes are about the paper, whatever data the charts show.
    let AppContext { paper: data, texts, .. } = expect_context::<AppContext>();
    let words = texts.parts();
    let totals = data.totals();
    let stated = |key| data.fact(key).map_or(0, |fact| fact.value);
    let with_uniformed = data.missions().iter().filter(|m| m.personnel.is_some_and(|p| p.uniformed() > 0)).count();

    let category_rows = Category::ALL.iter().map(|category| view! {
        <tr><th scope="row">{texts.category(*category)}</th><td class="number">{format_count(totals.get(*category))}</td></tr>
    }).collect_view();
    let facts = data.facts().iter().map(|fact| view! { <li>{texts.fact_line(fact)}</li> }).collect_view();
    let errata = data
        .errata()
        .iter()
        .map(|erratum| {
            view! {
                <tr>
                    <th scope="row">{erratum.acronym.clone().unwrap_or_else(|| words.notes_row.to_string())}</th>
                    <td>{erratum.column.map(|column| column.header()).unwrap_or("")}</td>
                    <td>{erratum.printed.clone()}</td>
                    <td>{erratum.used.clone()}</td>
                    <td>{texts.erratum_action(erratum)}</td>
                    <td>{texts.erratum_reason(erratum).to_string()}" "<span class="source">{erratum.source.clone()}</span></td>
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
                <li>{format!("{}–{}: {} — {}", share.from_year, share.to_year, format_share(share.share_percent), share.source)}</li>
            }
        })
        .collect_view();

    view! {
        <section id="sources" class="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">{texts.sources_title}</h2>
            <p>
                "Yasuhiro Matsuda, “China's UN Peacekeeping Operations Policy: Analysis of the Factors behind the Policy Shift toward Active Engagement”, "
                {words.paper_intro}
            </p>
            // In a language the paper was not written in, whose translation of its text this is.
            {texts.paper_text.map(|text| view! { <p data-testid="translation-note">{text.note}</p> })}
            <p>
                <button type="button" on:click=move |_| {
                    let csv = pko_core::export::missions_csv(data.missions(), &[pko_core::export::SOURCE_LINE]);
                    super::browser::downloads::download_csv("pko-explorer-missions.csv", &csv);
                }>{words.download_all}</button>
                {words.download_all_note}
            </p>
            <h3>{words.how_add_up}</h3>
            <table>
                <caption>{words.sum_caption}</caption>
                <thead><tr><th scope="col">{words.col_category}</th><th scope="col" class="number">{words.col_sum}</th></tr></thead>
                <tbody>
                    {category_rows}
                    <tr><th scope="row">{words.all_personnel}</th><td class="number">{format_count(totals.total())}</td></tr>
                    <tr><th scope="row">{words.uniformed}</th><td class="number">{format_count(totals.uniformed())}</td></tr>
                </tbody>
            </table>
            <p class="check" data-testid="arithmetic-check">
                {texts.arithmetic(
                    stated(FactKey::CumulativeUniformed),
                    totals.uniformed(),
                    stated(FactKey::Missions),
                    with_uniformed,
                    data.missions().len(),
                )}
            </p>
            <h3>{words.key_figures}</h3>
            <ul>{facts}</ul>
            <h3>{words.errata_title}</h3>
            <p>{words.errata_intro}</p>
            <div class="table-wrap">
                <table class="errata-table">
                    <caption>{words.errata_caption}</caption>
                    <thead><tr><th scope="col">{words.col_row}</th><th scope="col">{words.col_column}</th><th scope="col">{words.col_printed}</th><th scope="col">{words.col_used}</th><th scope="col">{words.col_action}</th><th scope="col">{words.col_why}</th></tr></thead>
                    <tbody>{errata}</tbody>
                </table>
            </div>
            <h3>{words.later_title}</h3>
            <p>{words.later_intro}</p>
            <ul>{later_sources}</ul>
            <h3>{texts.monthly().contributions_heading}</h3>
            <p>{texts.monthly().contributions_source}</p>
            <p>{texts.monthly().split_unreliable_note}</p>
            <p>{texts.monthly().figure2_missing}</p>
        </section>
    }
}
