//! The data tables of the four charts, as values: their captions, columns and cells, in a language's words. The app
//! builds its tables from them (`ui::tables`), and the first view written at build time (`first_view`) prints them as
//! HTML, so that both show the same columns and figures.

use crate::format::{format_count, format_percent, format_share};
use crate::model::RegionBar;
use crate::words::Texts;
use pko_data::{Category, Dataset, Vocabulary};

/// A column: its heading, and whether it holds numbers (set right-aligned).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    pub numeric: bool,
}

/// What heads a row: text, or a mission, which the app makes a button that opens its details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowHead {
    Text(String),
    Mission(String),
}

/// A row: its head (the first column) and the cells of the other columns, as the page prints them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub head: RowHead,
    pub cells: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub caption: &'static str,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

const fn text(name: &'static str) -> Column {
    Column { name, numeric: false }
}

const fn number(name: &'static str) -> Column {
    Column { name, numeric: true }
}

/// The personnel chart's table: a row per mission of `rows` (indices into the dataset's missions, the chart's
/// page), with each category and the total.
pub fn personnel(data: &Dataset, rows: &[usize], texts: &Texts) -> Table {
    let words = texts.parts();
    let mut columns = vec![text(words.col_mission), text(words.col_region), text(words.col_participation)];
    columns.extend(Category::ALL.iter().map(|category| number(texts.category(*category))));
    columns.push(number(words.col_total));
    let rows = data
        .missions_at(rows)
        .map(|mission| {
            let mut cells = vec![texts.region(mission.region).to_string(), texts.participation(mission)];
            cells.extend(Category::ALL.iter().map(|category| {
                mission.personnel.map(|personnel| format_count(personnel.get(*category))).unwrap_or_default()
            }));
            cells.push(
                mission.personnel.map_or(texts.no_figures.to_string(), |personnel| format_count(personnel.total())),
            );
            Row { head: RowHead::Mission(mission.acronym.clone()), cells }
        })
        .collect();
    let caption =
        if data.missions_known_to().is_some() { words.personnel_caption } else { texts.personnel_caption_own };
    Table { caption, columns, rows }
}

/// The regional chart's table: missions, personnel and share per region.
pub fn regions(bars: &[RegionBar], texts: &Texts) -> Table {
    let words = texts.parts();
    let rows = bars
        .iter()
        .map(|bar| Row {
            head: RowHead::Text(texts.region(bar.region).to_string()),
            cells: vec![bar.missions.to_string(), format_count(bar.personnel), format_percent(bar.share)],
        })
        .collect();
    Table {
        caption: words.regions_caption,
        columns: vec![
            text(words.col_region),
            number(words.col_missions),
            number(words.col_personnel),
            number(words.col_share),
        ],
        rows,
    }
}

/// The budget chart's table: each share with its years, rank, series and source; the later UN scales only with
/// `later`.
pub fn budget(data: &Dataset, later: bool, texts: &Texts) -> Table {
    let words = texts.parts();
    let rows = data
        .budget_shares()
        .iter()
        .filter(|share| share.in_paper || later)
        .map(|share| {
            let years = if share.from_year == share.to_year {
                share.from_year.to_string()
            } else {
                format!("{}–{}", share.from_year, share.to_year)
            };
            Row {
                head: RowHead::Text(years),
                cells: vec![
                    format_share(share.share_percent),
                    share.rank.map(|rank| texts.rank(rank)).unwrap_or_default(),
                    (if share.in_paper { words.series_paper } else { words.series_later }).to_string(),
                    share.source.clone(),
                ],
            }
        })
        .collect();
    Table {
        caption: texts.budget_title,
        columns: vec![
            text(words.col_years),
            number(words.col_share),
            number(words.col_rank),
            text(words.col_series),
            text(words.col_source),
        ],
        rows,
    }
}

/// The timeline's tables: the missions of `rows` (the chart's page) with their years, and the policy events.
pub fn timeline(data: &Dataset, rows: &[usize], texts: &Texts) -> [Table; 2] {
    let words = texts.parts();
    let missions = data
        .missions_at(rows)
        .map(|mission| Row {
            head: RowHead::Mission(mission.acronym.clone()),
            cells: vec![texts.region(mission.region).to_string(), texts.participation(mission)],
        })
        .collect();
    let events = data
        .events()
        .iter()
        .map(|event| {
            let (title, description) = texts.event_text(event);
            Row {
                head: RowHead::Text(texts.event_date(event.date)),
                cells: vec![title.to_string(), description.to_string(), event.section.number().to_string()],
            }
        })
        .collect();
    [
        Table {
            caption: texts.timeline_title,
            columns: vec![text(words.col_mission), text(words.col_region), text(words.col_participation)],
            rows: missions,
        },
        Table {
            caption: words.events_caption,
            columns: vec![text(words.col_date), text(words.col_event), text(words.col_what), text(words.col_section)],
            rows: events,
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::{CHINESE, ENGLISH, JAPANESE};
    use pko_data::DataFiles;

    #[test]
    fn the_budget_tables_ranks_are_in_the_tables_language() {
        let data = Dataset::parse(&DataFiles::PAPER).expect("the paper's data files are valid");
        for (texts, rank) in [(&ENGLISH, "7th"), (&CHINESE, "第7位"), (&JAPANESE, "7位")] {
            let table = budget(&data, false, texts);
            let ranks: Vec<&str> =
                table.rows.iter().map(|row| row.cells[1].as_str()).filter(|cell| !cell.is_empty()).collect();
            assert_eq!(ranks, [rank], "{:?}", texts.lang);
        }
    }
}
