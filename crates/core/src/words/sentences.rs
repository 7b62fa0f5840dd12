//! The sentences of a [`Texts`]: what every language shares (looking up words, formatting numbers), then the
//! language's grammar for the order and the joining words.

use super::{en, ja, zh, PartsGrammar, Texts};
use crate::format::{format_count, format_megabytes, format_percent, format_share};
use crate::lang::Lang;
use crate::model::{AsOf, BudgetStep, Filters, RegionBar, Summary};
use crate::state::Notice;
use pko_data::{Category, EventDate, Mission, Period, PolicyEvent, Region, Status, Vocabulary, YearMonth};

/// Says a sentence of [`PartsGrammar`] in the language of a table. A `match` rather than a field of the table, so
/// that each such sentence's code, in every language, is only in the part of the app that says it.
macro_rules! in_parts_grammar {
    ($texts:expr, $sentence:ident($($arg:expr),* $(,)?)) => {
        match $texts.lang {
            Lang::English => en::English.$sentence($($arg),*),
            Lang::Chinese => zh::Chinese.$sentence($($arg),*),
            Lang::Japanese => ja::Japanese.$sentence($($arg),*),
        }
    };
}

impl Texts {
    pub fn category(&self, category: Category) -> &'static str {
        self.categories[category.index()]
    }

    pub fn region(&self, region: Region) -> &'static str {
        self.regions[region.index()]
    }

    pub fn period(&self, period: Period) -> &'static str {
        self.periods[period.index()]
    }

    pub fn status(&self, status: Status) -> &'static str {
        self.statuses[status.index()]
    }

    /// "Aug 1998" or "1998年8月".
    pub fn month(&self, month: YearMonth) -> String {
        self.grammar.month(month)
    }

    pub fn event_date(&self, date: EventDate) -> String {
        match date {
            EventDate::Year(year) => self.grammar.year(year),
            EventDate::Month(month) => self.month(month),
        }
    }

    /// The timeline's legend entry for its arrowheads: "ongoing (to Jan 2011)", or, where the data states no month
    /// (a reader's own file), "ongoing (to Jun 2024, the latest month in the data)".
    pub fn ongoing_until(&self, as_of: AsOf) -> String {
        self.grammar.ongoing_until(self.ongoing, &self.month(as_of.month), as_of.inferred)
    }

    /// China's participation: "Aug 1998 – Dec 2005", "Oct 2003 – present", "2003年10月至今".
    pub fn participation(&self, mission: &Mission) -> String {
        let end = mission.china_end.map(|end| self.month(end));
        self.grammar.participation(&self.month(mission.china_start), end.as_deref(), self.present)
    }

    /// A count of people: "8,832 personnel", "8,832人".
    pub fn people(&self, count: u32) -> String {
        self.grammar.people(&format_count(count))
    }

    /// "1 mission", "14 missions", "14项任务", "14ミッション".
    pub fn missions(&self, count: usize) -> String {
        self.grammar.missions(count, &format_count(count as u32))
    }

    /// "7th", "第7位", "7位".
    pub fn rank(&self, rank: u32) -> String {
        self.grammar.rank(rank)
    }

    /// "70 military observers, 3,906 troops, 83 civilian police; 4,059 in all", or "no figures".
    pub fn breakdown(&self, mission: &Mission) -> String {
        let Some(personnel) = mission.personnel else {
            return self.no_figures.to_string();
        };
        let parts: Vec<(&str, String)> = Category::ALL
            .iter()
            .filter(|category| personnel.get(**category) > 0)
            .map(|category| (self.category(*category), format_count(personnel.get(*category))))
            .collect();
        self.grammar.breakdown(&parts, &format_count(personnel.total()))
    }

    pub fn mission_tooltip(&self, mission: &Mission) -> String {
        let (participation, breakdown) = (self.participation(mission), self.breakdown(mission));
        self.grammar.mission_tooltip(&mission.acronym, &mission.host, &participation, &breakdown)
    }

    pub fn region_tooltip(&self, bar: &RegionBar) -> String {
        let (missions, people) = (self.missions(bar.missions), self.people(bar.personnel));
        self.grammar.region_tooltip(self.region(bar.region), &missions, &people, &format_percent(bar.share))
    }

    pub fn budget_tooltip(&self, step: &BudgetStep, later: bool) -> String {
        let (first_year, last_year) = (step.from as u32, step.to as u32 - 1);
        let years = if first_year == last_year { last_year.to_string() } else { format!("{first_year}–{last_year}") };
        let rank = step.rank.map(|rank| format!(", {}", self.rank(rank))).unwrap_or_default();
        let outside = if later { format!(" ({})", self.outside_paper) } else { String::new() };
        format!("{years}: {}{rank}{outside}. {}", format_share(step.share_percent), step.source)
    }

    pub fn event_tooltip(&self, event: &PolicyEvent) -> String {
        format!("{}: {}. {}", self.event_date(event.date), event.title, event.description)
    }

    /// The summary line: "14 missions in Africa, 8,832 personnel (71% of all)".
    pub fn summary(&self, summary: &Summary, filters: &Filters) -> String {
        let regions: Vec<&str> = filters.regions.iter().map(|region| self.region(region)).collect();
        let categories: Vec<&str> = filters.categories.iter().map(|category| self.category(category)).collect();
        let (count, share) = (format_count(summary.personnel), format_percent(summary.share()));
        self.grammar.summary(&self.missions(summary.missions), &regions, &categories, &count, &share)
    }

    /// The embed's filter toggle: "Filters (2 on)".
    pub fn filters_on(&self, count: usize) -> String {
        if count == 0 {
            self.filters.to_string()
        } else {
            self.grammar.filters_on(self.filters, count)
        }
    }

    /// The accessible name of a Copy button: "Copy Link", "复制链接", "リンクをコピー".
    pub fn copy_label(&self, what: &str) -> String {
        in_parts_grammar!(self, copy_label(self.copy, what))
    }

    /// The accessible name of a download button ("Download Personnel per mission as SVG"), or of the group of
    /// them when `format` is empty.
    pub fn download_label(&self, title: &str, format: &str) -> String {
        self.grammar.download_label(title, format)
    }

    /// "Table 1", "表1".
    pub fn table_number(&self, period: Period) -> &'static str {
        match period {
            Period::Initial => self.table_initial,
            Period::Active => self.table_active,
        }
    }

    /// " (with its predecessor UNAMIC)".
    pub fn with_predecessor(&self, predecessor: &str) -> String {
        in_parts_grammar!(self, with_predecessor(predecessor))
    }

    /// What happened to a file a reader loaded.
    pub fn own_loaded(&self, file: &str, missions: usize) -> String {
        in_parts_grammar!(self, own_loaded(file, &self.missions(missions)))
    }

    pub fn own_rejected(&self, file: &str) -> String {
        in_parts_grammar!(self, own_rejected(file))
    }

    pub fn own_too_big(&self, file: &str, bytes: f64) -> String {
        in_parts_grammar!(self, own_too_big(file, &format_megabytes(bytes)))
    }

    pub fn own_not_text(&self, file: &str) -> String {
        in_parts_grammar!(self, own_not_text(file))
    }

    pub fn own_unreadable(&self, file: &str) -> String {
        in_parts_grammar!(self, own_unreadable(file))
    }

    pub fn more_problems(&self, count: usize) -> String {
        in_parts_grammar!(self, more_problems(count))
    }

    /// A problem of a reader's own file in this language, with its file, line and column: "cyprus.csv 第2行，
    /// region 列：…". English is the data crate's own printer (`Display`), which the build script uses too.
    pub fn data_error(&self, error: &pko_data::DataError) -> String {
        in_parts_grammar!(self, data_error(error))
    }

    /// The arithmetic check of the tables against the text.
    pub fn arithmetic(
        &self,
        stated: u32,
        summed: u32,
        stated_missions: u32,
        with_uniformed: usize,
        rows: usize,
    ) -> String {
        let gap = i64::from(stated) - i64::from(summed);
        let (stated, summed) = (format_count(stated), format_count(summed));
        in_parts_grammar!(self, arithmetic(&stated, &summed, gap, stated_missions, with_uniformed, rows))
    }

    /// A notice about a link setting that was ignored.
    pub fn notice(&self, notice: &Notice) -> String {
        self.grammar.notice(notice)
    }

    /// The notice that the interface in `lang` could not be loaded. The app says it with the table it falls back
    /// to, English.
    pub fn language_not_loaded(&self, lang: Lang) -> String {
        self.grammar.language_not_loaded(lang.endonym())
    }
}
