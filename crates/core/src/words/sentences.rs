//! The sentences of a [`Texts`]: what every language shares (looking up words, formatting numbers), then the
//! language's grammar for the order and the joining words.

use super::{en, ja, zh, PartsGrammar, Standing, Texts};
use crate::format::{format_count, format_megabytes_over, format_percent, format_share};
use crate::lang::Lang;
use crate::model::contributions::{
    split_reliable, ContributorBar, DeployedSeries, MonthSummary, PaperMark, TopContributors,
};
use crate::model::{
    AsOf, BudgetSeries, BudgetStep, EventMarker, FilterGroup, Filters, KeyFact, Page, RegionBar, Summary,
};
use crate::state::Notice;
use pko_data::contributions::{CountryCode, CountryName, Uniformed};
use pko_data::{
    Category, Dataset, Erratum, ErratumAction, EventDate, Mission, Period, PolicyEvent, Region, Status, TurningPoint,
    Vocabulary, YearMonth,
};

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

    pub fn turning_point(&self, point: TurningPoint) -> &'static str {
        self.turning_points[point.index()]
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

    /// A mission's bar: its acronym and host, China's years in it and what it sent; the host in this language where
    /// it is the `paper`'s (see [`Texts::mission_host`]).
    pub fn mission_tooltip(&self, mission: &Mission, paper: &Dataset) -> String {
        let (participation, breakdown) = (self.participation(mission), self.breakdown(mission));
        let host = self.mission_host(mission, paper);
        self.grammar.mission_tooltip(&mission.acronym, host, &participation, &breakdown)
    }

    pub fn region_tooltip(&self, bar: &RegionBar) -> String {
        let (missions, people) = (self.missions(bar.missions), self.people(bar.personnel));
        self.grammar.region_tooltip(self.region(bar.region), &missions, &people, &format_percent(bar.share))
    }

    pub fn budget_tooltip(&self, step: &BudgetStep, later: bool) -> String {
        let years = step_years(step);
        let rank = step.rank.map(|rank| format!(", {}", self.rank(rank))).unwrap_or_default();
        let outside = if later { format!(" ({})", self.outside_paper) } else { String::new() };
        format!("{years}: {}{rank}{outside}. {}", format_share(step.share_percent), step.source)
    }

    pub fn event_tooltip(&self, event: &PolicyEvent) -> String {
        let (title, description) = self.event_text(event);
        self.grammar.event_tooltip(&self.event_date(event.date), title, description)
    }

    /// The personnel chart's takeaway: "UNMIL received the most personnel: 4,059, 33% of those shown"; from
    /// [`crate::model::largest_mission`].
    pub fn personnel_takeaway(&self, largest: Option<(&str, u32, f64)>) -> String {
        let Some((mission, count, share)) = largest else { return String::new() };
        self.grammar.personnel_takeaway(mission, &format_count(count), &format_percent(share))
    }

    /// The region chart's takeaway: "Africa received 71% of the personnel sent".
    pub fn regions_takeaway(&self, bars: &[RegionBar]) -> String {
        let Some(largest) = bars.iter().filter(|bar| bar.personnel > 0).max_by_key(|bar| bar.personnel) else {
            return String::new();
        };
        self.grammar.regions_takeaway(self.region(largest.region), &format_percent(largest.share))
    }

    /// The budget chart's takeaway: "China's share of the budget went from 0.9% (1998–2000) to 3.94% (2010), the
    /// 7th largest", and the latest of the later scales where they are shown.
    pub fn budget_takeaway(&self, series: &BudgetSeries) -> String {
        let (Some(first), Some(last)) = (series.paper.first(), series.paper.last()) else { return String::new() };
        let rank = last.rank.map(|rank| self.rank(rank));
        let said = |step: &BudgetStep| (format_share(step.share_percent), step_years(step));
        let (first, last, latest) = (said(first), said(last), series.later.last().map(said));
        self.grammar.budget_takeaway(as_strs(&first), as_strs(&last), rank.as_deref(), latest.as_ref().map(as_strs))
    }

    /// The timeline's takeaway, the paper's shift in kind, from [`crate::model::shift_in_kind`].
    pub fn timeline_takeaway(&self, [before, after]: [Option<(usize, usize)>; 2]) -> String {
        let said = |counts: Option<(usize, usize)>| counts.map(|(mainly, of)| (mainly.to_string(), of.to_string()));
        let (before, after) = (said(before), said(after));
        self.grammar.timeline_takeaway(before.as_ref().map(as_strs), after.as_ref().map(as_strs))
    }

    /// A key fact as the strip at the top of the page shows it: its figure, shown large, and its caption.
    pub fn key_fact(&self, fact: &KeyFact) -> (String, String) {
        match fact {
            KeyFact::Budget { first, last } => {
                let rank = last.rank.map(|rank| self.rank(rank));
                let figure = format!("{} → {}", format_share(first.share_percent), format_share(last.share_percent));
                (figure, self.grammar.fact_budget(&step_years(first), &step_years(last), rank.as_deref()))
            }
            KeyFact::AtOneTime(figure) => {
                (format_count(figure.value), self.grammar.fact_at_one_time(&self.month(figure.month)))
            }
            KeyFact::TopRegion(bar) => (format_percent(bar.share), self.grammar.fact_region(self.region(bar.region))),
            KeyFact::Shift { police, troops } => (police.to_string(), self.grammar.fact_shift(&troops.to_string())),
        }
    }

    /// A way back from a view with no mission ([`crate::model::ways_back`]): "Without “Americas”: 1 mission".
    pub fn way_back(&self, filters: &Filters, group: FilterGroup, missions: usize) -> String {
        let any_of = |values: Vec<&str>| in_parts_grammar!(self, any_of(&values));
        let filter = match group {
            FilterGroup::Period => filters.period.map(|period| self.period(period)).unwrap_or_default().to_string(),
            FilterGroup::Regions => any_of(filters.regions.iter().map(|region| self.region(region)).collect()),
            FilterGroup::Categories => {
                any_of(filters.categories.iter().map(|category| self.category(category)).collect())
            }
            FilterGroup::Status => filters.status.map(|status| self.status(status)).unwrap_or_default().to_string(),
            FilterGroup::PlaTroops => self.pla_only.to_string(),
        };
        in_parts_grammar!(self, without_filter(&filter, &self.missions(missions)))
    }

    /// The summary line: "14 missions in Africa, 8,832 personnel (71% of all)".
    pub fn summary(&self, summary: &Summary, filters: &Filters) -> String {
        let regions: Vec<&str> = filters.regions.iter().map(|region| self.region(region)).collect();
        let categories: Vec<&str> = filters.categories.iter().map(|category| self.category(category)).collect();
        let (count, share) = (format_count(summary.personnel), format_percent(summary.share()));
        // Unfiltered, the share is all of it, which says nothing.
        let share = (!filters.is_empty()).then_some(share.as_str());
        self.grammar.summary(&self.missions(summary.missions), &regions, &categories, &count, share)
    }

    /// The embed's filter toggle: "Filters (2 on)".
    pub fn filters_on(&self, count: usize) -> String {
        if count == 0 {
            self.filters.to_string()
        } else {
            self.grammar.filters_on(self.filters, count)
        }
    }

    /// The rows of a long chart shown, when some are not: "Missions 26–50 of 2,000; 1,975 not shown."
    pub fn rows_shown(&self, page: Page) -> String {
        let [first, last, total, hidden] =
            [page.first + 1, page.first + page.shown, page.total, page.hidden()].map(|n| format_count(n as u32));
        in_parts_grammar!(self, rows_shown(&first, &last, &total, &hidden))
    }

    /// The accessible name of a Copy button: "Copy Link", "复制链接", "リンクをコピー".
    pub fn copy_label(&self, what: &str) -> String {
        in_parts_grammar!(self, copy_label(self.parts().copy, what))
    }

    /// The accessible name of a download button ("Download Personnel per mission as SVG"), or of the group of
    /// them when `format` is empty.
    pub fn download_label(&self, title: &str, format: &str) -> String {
        self.grammar.download_label(title, format)
    }

    /// "Table 1", "表1".
    pub fn table_number(&self, period: Period) -> &'static str {
        match period {
            Period::Initial => self.parts().table_initial,
            Period::Active => self.parts().table_active,
        }
    }

    /// " (with its predecessor UNAMIC)".
    pub fn with_predecessor(&self, predecessor: &str) -> String {
        in_parts_grammar!(self, with_predecessor(predecessor))
    }

    /// "Troops: 1,962", in a mission's details.
    pub fn named_figure(&self, name: &str, figure: &str) -> String {
        in_parts_grammar!(self, named_figure(name, figure))
    }

    /// An erratum in a mission's details, after its column's name: ": printed “2008-08”, used “1998-08”
    /// (corrected). China's start …. Source: Matsuda, Table 1."
    pub fn erratum_in_details(&self, erratum: &Erratum) -> String {
        let (action, reason) = (self.erratum_action(erratum), self.erratum_reason(erratum));
        let (printed, used) = (non_blank(&erratum.printed), non_blank(&erratum.used));
        in_parts_grammar!(self, erratum_in_details(printed, used, action, reason, &erratum.source))
    }

    /// What was done about an erratum: "corrected", or "flagged, kept as printed".
    pub fn erratum_action(&self, erratum: &Erratum) -> &'static str {
        match erratum.action {
            ErratumAction::Corrected => self.parts().corrected,
            ErratumAction::Flagged => self.parts().flagged,
        }
    }

    /// What happened to a file a reader loaded.
    pub fn own_loaded(&self, file: &str, missions: usize) -> String {
        in_parts_grammar!(self, own_loaded(file, &self.missions(missions)))
    }

    pub fn own_rejected(&self, file: &str) -> String {
        in_parts_grammar!(self, own_rejected(file))
    }

    pub fn own_too_big(&self, file: &str, bytes: f64) -> String {
        in_parts_grammar!(
            self,
            own_too_big(file, &format_megabytes_over(bytes, (pko_data::MAX_OWN_BYTES / 1e6) as u64))
        )
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

    /// A country's name in this language: "China", "中国".
    pub fn country_name<'a>(&self, name: &'a CountryName) -> &'a str {
        in_parts_grammar!(self, country_name(name))
    }

    /// A country's name, or its ISO code where the tables lack its names.
    pub fn name_or_code<'a>(&self, code: &'a CountryCode, name: Option<&'a CountryName>) -> &'a str {
        name.map_or(code.as_str(), |name| self.country_name(name))
    }

    /// A bar's country: "China", "Pakistan", or its code.
    pub fn contributor_name<'a>(&self, bar: &'a ContributorBar) -> &'a str {
        self.name_or_code(&bar.code, bar.name.as_ref())
    }

    /// Uniformed personnel at `month` with the types that have anyone: "2,040 (1,846 troops, 176 police, 18 military
    /// experts)"; before the reports' split by type can be trusted ([`split_reliable`]), the total alone, so that
    /// China's 5 military observers of 1990 are never said to be 5 troops.
    pub fn uniformed(&self, figures: Uniformed, month: YearMonth) -> String {
        if !split_reliable(month) {
            return format_count(figures.total());
        }
        let counts = [figures.troops, figures.police, figures.experts];
        let parts: Vec<(&str, String)> = self
            .monthly()
            .uniformed_types
            .iter()
            .zip(counts)
            .filter(|(_, count)| *count > 0)
            .map(|(kind, count)| (*kind, format_count(count)))
            .collect();
        in_parts_grammar!(self, uniformed(&format_count(figures.total()), &parts))
    }

    /// "15th of 118", "118国中第15位".
    pub fn rank_of(&self, rank: u16, listed: u16) -> String {
        in_parts_grammar!(self, rank_of(&self.rank(u32::from(rank)), &format_count(u32::from(listed))))
    }

    /// "2,157 (paper) / 2,159 (UN report)".
    pub fn paper_and_report(&self, mark: &PaperMark) -> String {
        in_parts_grammar!(self, paper_and_report(&format_count(mark.paper), &format_count(mark.report)))
    }

    /// The paper's figure beside the report's, with its month: "Nov 2008: 2,157 (paper) / 2,159 (UN report)".
    pub fn paper_note(&self, month: YearMonth, paper: u32, report: u32) -> String {
        let both = self.paper_and_report(&PaperMark { month, paper, report });
        in_parts_grammar!(self, month_tooltip(&self.month(month), &both, None, &[]))
    }

    /// The tooltip of a month of the deployed chart: "Nov 2010: 2,040 (1,846 troops, 176 police, 18 military
    /// experts), 15th of 118", then whether its split is unreliable, the paper's figure where it gives one, and the
    /// other permanent members' totals when their lines are shown.
    pub fn deployed_tooltip(&self, series: &DeployedSeries, summary: &MonthSummary) -> String {
        let figures = summary
            .china
            .map_or_else(|| self.monthly().not_in_report.to_string(), |china| self.uniformed(china, summary.month));
        let rank = summary.china_rank.map(|rank| self.rank_of(rank, summary.listed));
        let mut notes = Vec::new();
        if !summary.split_reliable {
            notes.push(self.monthly().split_unreliable.to_string());
        }
        if let Some(mark) = series.paper.filter(|mark| mark.month == summary.month) {
            notes.push(self.paper_and_report(&mark));
        }
        if series.show_others {
            let others: Vec<(&str, String)> = (1..5)
                .map(|member| {
                    let name = self.name_or_code(
                        &CountryCode::PERMANENT_MEMBERS[member],
                        summary.permanent_names[member].as_ref(),
                    );
                    let count = summary.permanent[member].map_or_else(
                        || self.monthly().not_in_report.to_string(),
                        |figures| format_count(figures.total()),
                    );
                    (name, count)
                })
                .collect();
            notes.push(in_parts_grammar!(self, others(&others)));
        }
        in_parts_grammar!(self, month_tooltip(&self.month(summary.month), &figures, rank.as_deref(), &notes))
    }

    /// A month and a count, as the deployed chart labels its chosen month: "Nov 2010: 2,040".
    pub fn month_count(&self, month: YearMonth, count: u32) -> String {
        in_parts_grammar!(self, month_tooltip(&self.month(month), &format_count(count), None, &[]))
    }

    /// The events of one marker of the deployed chart, one line each.
    pub fn events_tooltip(&self, events: &[PolicyEvent], marker: &EventMarker) -> String {
        let lines: Vec<String> = marker
            .events
            .iter()
            .filter_map(|index| events.get(*index))
            .map(|event| self.event_tooltip(event))
            .collect();
        lines.join("\n")
    }

    /// A bar's tooltip: "15th China, Nov 2010: 2,040 (1,846 troops, 176 police, 18 military experts)".
    pub fn contributor_tooltip(&self, bar: &ContributorBar, month: YearMonth) -> String {
        let (rank, figures) = (self.rank(u32::from(bar.rank)), self.uniformed(bar.figures, month));
        in_parts_grammar!(self, contributor_tooltip(&rank, self.contributor_name(bar), &self.month(month), &figures))
    }

    /// How China stood among the permanent members at a month; `None` when none is in the report.
    fn standing<'a>(&self, summary: &'a MonthSummary) -> Option<Standing<'a>> {
        if summary.china_largest_permanent() {
            return Some(Standing::Largest);
        }
        let largest = summary.largest_permanent.as_ref()?;
        let member = CountryCode::PERMANENT_MEMBERS.iter().position(|code| code == largest)?;
        Some(Standing::Behind(self.name_or_code(largest, summary.permanent_names[member].as_ref())))
    }

    /// The deployed chart's takeaway title, true for the month shown: "China went from 5 uniformed personnel in
    /// Nov 1990 to 2,040 in Nov 2010", and with the other permanent members drawn, how China stood among them.
    pub fn deployed_title(&self, series: &DeployedSeries, summary: &MonthSummary) -> String {
        let count = format_count(summary.china.map_or(0, |china| china.total()));
        let first = series.points.first().filter(|first| first.month != summary.month);
        let first = first.map(|first| (self.month(first.month), format_count(first.china.total())));
        let standing = if series.show_others { self.standing(summary) } else { None };
        let first = first.as_ref().map(|(month, count)| (month.as_str(), count.as_str()));
        in_parts_grammar!(self, deployed_title(first, &self.month(summary.month), &count, standing))
    }

    /// The top-contributors chart's takeaway title: "China was 15th of 118 contributors in Nov 2010, the largest of
    /// the permanent members".
    pub fn contributors_title(&self, top: &TopContributors) -> String {
        let summary = &top.summary;
        let rank = summary.china_rank.map(|rank| self.rank(u32::from(rank)));
        let listed = format_count(u32::from(summary.listed));
        let (month, standing) = (self.month(summary.month), self.standing(summary));
        in_parts_grammar!(self, contributors_title(&month, rank.as_deref(), &listed, standing))
    }

    /// The words beside the top-contributors chart: China's figures, rank and share of the world's total.
    pub fn month_sentence(&self, summary: &MonthSummary) -> String {
        let figures = summary.china.map(|china| self.uniformed(china, summary.month));
        let rank = summary.china_rank.map(|rank| self.rank_of(rank, summary.listed));
        let (share, world) = (format_percent(summary.china_share()), format_count(summary.world.total()));
        let month = self.month(summary.month);
        in_parts_grammar!(self, month_sentence(&month, figures.as_deref(), rank.as_deref(), &share, &world))
    }

    /// The notice that a link's month is outside the reports, from `first` to `last`: the charts show the nearer
    /// end, `shown`.
    pub fn month_outside(&self, asked: YearMonth, (first, last): (YearMonth, YearMonth), shown: YearMonth) -> String {
        let [asked, first, last, shown] = [asked, first, last, shown].map(|month| self.month(month));
        in_parts_grammar!(self, month_outside(&asked, &first, &last, &shown))
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

/// The years a budget step covers: "2010", "1998–2000".
fn step_years(step: &BudgetStep) -> String {
    let (first_year, last_year) = (step.from as u32, step.to as u32 - 1);
    if first_year == last_year {
        last_year.to_string()
    } else {
        format!("{first_year}–{last_year}")
    }
}

/// A pair of texts as the grammars take them.
fn as_strs((a, b): &(String, String)) -> (&str, &str) {
    (a, b)
}

/// A value of the data, or `None` for a blank cell.
fn non_blank(value: &str) -> Option<&str> {
    (!value.is_empty()).then_some(value)
}
