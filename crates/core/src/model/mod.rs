//! From the dataset and the reader's choices to chart-ready series.
//!
//! Everything here is pure: the same `(Dataset, Filters)` always gives the same series, so the charts, the
//! summary line and the data tables agree by construction, and native tests check them without a browser.

pub mod contributions;
mod key_facts;
mod page;
mod set;

pub use key_facts::{key_facts, KeyFact};
pub use page::{Page, Paging, PAGE_ROWS};
use pko_data::{
    largest_first, order_by_number, sort_stably, Category, Dataset, EventDate, Mission, Period, PolicyEvent, Region,
    Status, Vocabulary, YearMonth, ACTIVE_FROM, DATA_CUT_OFF,
};
pub use set::Set;

/// What the reader has narrowed the data to. An empty set means "all".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Filters {
    pub regions: Set<Region>,
    pub period: Option<Period>,
    pub categories: Set<Category>,
    pub status: Option<Status>,
    pub pla_only: bool,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }

    /// Whether a mission passes every filter. With a category filter, a mission passes only if it sent
    /// someone in one of those categories (so MONUSCO, with no figures, drops out).
    pub fn matches(&self, mission: &Mission) -> bool {
        self.matches_except_region(mission) && self.regions.contains_or_empty(mission.region)
    }

    /// Every filter but the region: the regional chart shows all regions so that any of them can be clicked.
    pub fn matches_except_region(&self, mission: &Mission) -> bool {
        self.period.is_none_or(|period| mission.period == period)
            && self.status.is_none_or(|status| mission.status() == status)
            && (!self.pla_only || mission.has_pla_troops())
            && (self.categories.is_empty() || self.personnel_of(mission) > 0)
    }

    /// The categories that count: the chosen ones, or all.
    pub fn active_categories(&self) -> Vec<Category> {
        Category::ALL.iter().copied().filter(|category| self.categories.contains_or_empty(*category)).collect()
    }

    /// How many filter values are set (each region and category counts): what a folded filter bar says.
    pub fn count(&self) -> usize {
        self.regions.len()
            + self.categories.len()
            + usize::from(self.period.is_some())
            + usize::from(self.status.is_some())
            + usize::from(self.pla_only)
    }

    /// The groups of the filter bar the reader has set, in the bar's order.
    pub fn active_groups(&self) -> Vec<FilterGroup> {
        FilterGroup::ALL.into_iter().filter(|group| group.is_set_in(self)).collect()
    }

    /// These filters with one group cleared.
    pub fn without(mut self, group: FilterGroup) -> Filters {
        match group {
            FilterGroup::Period => self.period = None,
            FilterGroup::Regions => self.regions = Set::default(),
            FilterGroup::Categories => self.categories = Set::default(),
            FilterGroup::Status => self.status = None,
            FilterGroup::PlaTroops => self.pla_only = false,
        }
        self
    }

    /// A mission's personnel in the counted categories.
    pub fn personnel_of(&self, mission: &Mission) -> u32 {
        mission.personnel.map_or(0, |personnel| {
            if self.categories.is_empty() {
                return personnel.total();
            }
            Category::ALL
                .iter()
                .filter(|category| self.categories.contains(**category))
                .map(|category| personnel.get(*category))
                .sum()
        })
    }
}

/// One group of the filter bar, which a reader clears in one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterGroup {
    Period,
    Regions,
    Categories,
    Status,
    PlaTroops,
}

impl FilterGroup {
    pub const ALL: [FilterGroup; 5] = [
        FilterGroup::Period,
        FilterGroup::Regions,
        FilterGroup::Categories,
        FilterGroup::Status,
        FilterGroup::PlaTroops,
    ];

    /// Whether `filters` set this group.
    pub fn is_set_in(self, filters: &Filters) -> bool {
        match self {
            FilterGroup::Period => filters.period.is_some(),
            FilterGroup::Regions => !filters.regions.is_empty(),
            FilterGroup::Categories => !filters.categories.is_empty(),
            FilterGroup::Status => filters.status.is_some(),
            FilterGroup::PlaTroops => filters.pla_only,
        }
    }
}

/// Whether any mission passes the filters. It stops at the first that does, where counting them all would read every
/// row of a large file.
pub fn matches_any(data: &Dataset, filters: &Filters) -> bool {
    data.missions().iter().any(|mission| filters.matches(mission))
}

/// Where the filters leave no mission, the ways back: each group whose clearing alone brings missions back, with how
/// many it brings. Empty where missions match, or where only clearing several groups would (the filter bar's Clear
/// then is the way back).
pub fn ways_back(data: &Dataset, filters: &Filters) -> Vec<(FilterGroup, usize)> {
    if matches_any(data, filters) {
        return Vec::new();
    }
    let count = |filters: &Filters| data.missions().iter().filter(|mission| filters.matches(mission)).count();
    filters
        .active_groups()
        .into_iter()
        .map(|group| (group, count(&filters.without(group))))
        .filter(|(_, missions)| *missions > 0)
        .collect()
}

/// How the mission charts order their rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Total,
    Start,
    Name,
}

impl Vocabulary for Sort {
    const ALL: &'static [Sort] = &[Sort::Total, Sort::Start, Sort::Name];

    fn slug(self) -> &'static str {
        match self {
            Sort::Total => "total",
            Sort::Start => "start",
            Sort::Name => "name",
        }
    }
}

/// The value axis of the personnel chart. A log scale makes UNSMA's 2 readable beside UNMIL's 4,059.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scale {
    #[default]
    Linear,
    Log,
}

impl Vocabulary for Scale {
    const ALL: &'static [Scale] = &[Scale::Linear, Scale::Log];

    fn slug(self) -> &'static str {
        match self {
            Scale::Linear => "linear",
            Scale::Log => "log",
        }
    }
}

/// One mission's bar: its personnel in each counted category, or no figures at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissionBar {
    pub acronym: String,
    pub region: Region,
    /// `(category, count)` for each counted category, in the legend's order; empty when there are no figures.
    pub segments: Vec<(Category, u32)>,
    pub has_figures: bool,
}

impl MissionBar {
    pub fn total(&self) -> u32 {
        self.segments.iter().map(|(_, count)| count).sum()
    }
}

/// The missions that pass the filters in the chosen order (missions without figures last), as indices into the
/// dataset's missions: what a click costs for every row. Only the rows a chart shows become bars ([`mission_bars_of`]).
pub fn mission_order(data: &Dataset, filters: &Filters, sort: Sort) -> Vec<usize> {
    let orders = data.orders();
    let order = match sort {
        // The dataset's order counts every category; counting only some orders the rows anew.
        Sort::Total if !filters.categories.is_empty() => {
            // In the file's order, which the stable sort keeps among equal totals.
            let rows = matching_in(data, filters, 0..data.missions().len());
            let keys: Vec<u64> = data
                .missions_at(&rows)
                .map(|mission| largest_first(mission.personnel.map(|_| filters.personnel_of(mission))))
                .collect();
            return order_by_number(&keys).into_iter().map(|key| rows[key]).collect();
        }
        Sort::Total => &orders.by_total,
        Sort::Start => &orders.by_start,
        Sort::Name => &orders.by_acronym,
    };
    matching_in(data, filters, order.iter().copied())
}

/// The indices of `order` whose missions pass the filters, in that order.
fn matching_in(data: &Dataset, filters: &Filters, order: impl IntoIterator<Item = usize>) -> Vec<usize> {
    order.into_iter().filter(|index| filters.matches(&data.missions()[*index])).collect()
}

/// The bars of the missions at `rows` (indices into the dataset's missions), in that order.
pub fn mission_bars_of(data: &Dataset, filters: &Filters, rows: &[usize]) -> Vec<MissionBar> {
    let categories = filters.active_categories();
    data.missions_at(rows)
        .map(|mission| MissionBar {
            acronym: mission.acronym.clone(),
            region: mission.region,
            segments: mission
                .personnel
                .map(|personnel| categories.iter().map(|category| (*category, personnel.get(*category))).collect())
                .unwrap_or_default(),
            has_figures: mission.personnel.is_some(),
        })
        .collect()
}

/// The largest personnel of the missions at `rows`: the personnel chart's axis runs to it on every page, so that
/// the bars of all pages are drawn on one scale.
pub fn largest_personnel(data: &Dataset, filters: &Filters, rows: &[usize]) -> u32 {
    data.missions_at(rows).map(|mission| filters.personnel_of(mission)).max().unwrap_or(0)
}

/// One region's bar in the regional chart.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionBar {
    pub region: Region,
    pub personnel: u32,
    pub missions: usize,
    /// The region's share of the personnel of all regions under the current filters, 0 to 1.
    pub share: f64,
    /// Whether the region filter names this region.
    pub selected: bool,
}

/// Personnel and mission counts per region, under every filter but the region filter, in the paper's order.
pub fn region_bars(data: &Dataset, filters: &Filters) -> Vec<RegionBar> {
    // One pass over the missions, however many a reader's file holds.
    let mut sums = [(0u32, 0usize); Region::ALL.len()];
    for mission in data.missions().iter().filter(|mission| filters.matches_except_region(mission)) {
        let sum = &mut sums[mission.region.index()];
        sum.0 += filters.personnel_of(mission);
        sum.1 += 1;
    }
    let all: u32 = sums.iter().map(|(personnel, _)| personnel).sum();
    Region::ALL
        .iter()
        .zip(sums)
        .map(|(region, (personnel, missions))| RegionBar {
            region: *region,
            personnel,
            missions,
            share: if all == 0 { 0.0 } else { f64::from(personnel) / f64::from(all) },
            selected: filters.regions.contains(*region),
        })
        .collect()
}

/// A horizontal step of the budget chart: a share held over a span of years.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetStep {
    /// The first year covered and the year after the last, so a one-year figure has a visible width.
    pub from: f64,
    pub to: f64,
    pub share_percent: f64,
    pub rank: Option<u32>,
    /// Only secondary reports give the figure: it is drawn weaker than the others.
    pub low_confidence: bool,
    pub source: String,
}

/// The paper's figures and, when asked for, the later UN scales, as two separate step series.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BudgetSeries {
    pub paper: Vec<BudgetStep>,
    pub later: Vec<BudgetStep>,
    /// The paper's period of initial participation, shaded behind the years ([`initial_period`]).
    pub initial: Option<(f64, f64)>,
}

pub fn budget_series(data: &Dataset, include_later: bool) -> BudgetSeries {
    let steps = |in_paper: bool| -> Vec<BudgetStep> {
        let mut shares: Vec<_> = data.budget_shares().iter().filter(|share| share.in_paper == in_paper).collect();
        sort_stably(&mut shares, |share| (u64::from(share.from_year), ""));
        shares
            .into_iter()
            .map(|share| BudgetStep {
                from: f64::from(share.from_year),
                to: f64::from(share.to_year) + 1.0,
                share_percent: share.share_percent,
                rank: share.rank,
                low_confidence: share.low_confidence,
                source: share.source.clone(),
            })
            .collect()
    };
    let later = if include_later { steps(false) } else { Vec::new() };
    BudgetSeries { paper: steps(true), later, initial: initial_period(data) }
}

/// The month up to which a dataset's missions are known: what "to present" (an empty `china_end`) means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AsOf {
    pub month: YearMonth,
    /// The data states no such month, so this is the latest month its missions name (a reader's own file), and
    /// the chart says so.
    pub inferred: bool,
}

/// The paper's missions are known up to the month its sources were read. A reader's own missions file states no
/// such month: its ongoing missions run to the latest month it names, since the file cannot have been written
/// before then.
pub fn as_of(data: &Dataset) -> AsOf {
    match data.missions_known_to() {
        Some(month) => AsOf { month, inferred: false },
        None => AsOf { month: data.latest_month_named().unwrap_or(DATA_CUT_OFF), inferred: true },
    }
}

/// One mission's span in the participation timeline, in fractional years.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineBar {
    pub acronym: String,
    pub region: Region,
    /// The category of which China sent the most personnel to the mission (the first in the legend's order on a
    /// tie); `None` without figures. The timeline's colour: it shows the paper's shift from observers to police
    /// and troops.
    pub main_category: Option<Category>,
    pub start: f64,
    /// China's end, or for an ongoing mission the end of the month the data runs to.
    pub end: f64,
    /// For an ongoing mission, the month the data runs to (its bar ends there in an arrowhead).
    pub ongoing: Option<AsOf>,
}

/// The missions that pass the filters by China's start (then acronym), as indices into the dataset's missions; only
/// the rows the timeline shows become bars ([`timeline_bars_of`]).
pub fn timeline_order(data: &Dataset, filters: &Filters) -> Vec<usize> {
    matching_in(data, filters, data.orders().by_start_then_acronym.iter().copied())
}

/// The spans of the missions at `rows` (indices into the dataset's missions), in that order.
pub fn timeline_bars_of(data: &Dataset, rows: &[usize]) -> Vec<TimelineBar> {
    let as_of = as_of(data);
    data.missions_at(rows)
        .map(|mission| TimelineBar {
            acronym: mission.acronym.clone(),
            region: mission.region,
            main_category: main_category(mission),
            start: mission.china_start.as_fractional_year(),
            // A participation ends at the end of its last month.
            end: mission.china_end.unwrap_or(as_of.month).as_fractional_year() + 1.0 / 12.0,
            ongoing: mission.china_end.is_none().then_some(as_of),
        })
        .collect()
}

/// The policy events of one month, drawn as one marker: events in the same month would otherwise hide each other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventMarker {
    pub month: YearMonth,
    /// Indices into the dataset's events ([`Dataset::events`]), in their order.
    pub events: Vec<usize>,
}

/// A marker for each month of `events` that `keep` keeps, holding the events of that month, by month. A year-only
/// event sits mid-year.
pub fn event_markers(events: &[PolicyEvent], keep: impl Fn(YearMonth) -> bool) -> Vec<EventMarker> {
    let mut markers: Vec<EventMarker> = Vec::new();
    for (index, event) in events.iter().enumerate() {
        let month = match event.date {
            EventDate::Month(month) => month,
            EventDate::Year(year) => match YearMonth::new(year, 7) {
                Some(month) => month,
                None => continue,
            },
        };
        if !keep(month) {
            continue;
        }
        match markers.iter_mut().find(|marker| marker.month == month) {
            Some(marker) => marker.events.push(index),
            None => markers.push(EventMarker { month, events: vec![index] }),
        }
    }
    sort_stably(&mut markers, |marker| (u64::from(marker.month.ordinal()), ""));
    markers
}

/// The marker among `markers` that holds event `event` (an index into the dataset's events).
pub fn marker_of(markers: &[EventMarker], event: usize) -> Option<&EventMarker> {
    markers.iter().find(|marker| marker.events.contains(&event))
}

/// The category of which China sent the most personnel to `mission` (the first in the legend's order on a tie);
/// `None` without figures.
pub fn main_category(mission: &Mission) -> Option<Category> {
    let personnel = mission.personnel?;
    // `max_by_key` keeps the last of equals; the reversed order makes that the first in the legend's.
    Category::ALL.iter().rev().copied().filter(|c| personnel.get(*c) > 0).max_by_key(|c| personnel.get(*c))
}

/// The mission of `rows` that received the most personnel under `filters`, with its count and its share of the
/// rows' total: the personnel chart's finding. `None` when no mission of the rows has figures.
pub fn largest_mission<'a>(data: &'a Dataset, filters: &Filters, rows: &'a [usize]) -> Option<(&'a str, u32, f64)> {
    // One pass; the last of equals is named, as `max_by_key` would.
    let (mut total, mut largest) = (0, None::<(&Mission, u32)>);
    for mission in data.missions_at(rows) {
        let count = filters.personnel_of(mission);
        total += count;
        if largest.is_none_or(|(_, most)| count >= most) {
            largest = Some((mission, count));
        }
    }
    let (mission, count) = largest?;
    (count > 0).then(|| (mission.acronym.as_str(), count, f64::from(count) / f64::from(total)))
}

/// The paper's shift in kind among the missions of `rows`: of those China joined before 2000 (its Table 1), how
/// many it sent mainly military observers to, of how many; of those from 2000 (Table 2), how many mainly civilian
/// police or troops, of how many. A period without missions in the rows is `None`.
pub fn shift_in_kind(data: &Dataset, rows: &[usize]) -> [Option<(usize, usize)>; 2] {
    // (mainly of the period's kinds, missions) for the initial period, then the active one: one pass over the rows.
    let mut counts = [(0, 0); 2];
    for mission in data.missions_at(rows) {
        let (index, kinds): (usize, &[Category]) = match mission.period {
            Period::Initial => (0, &[Category::MilitaryObservers]),
            Period::Active => (1, &[Category::CivilianPolice, Category::Troops]),
        };
        counts[index].0 += usize::from(main_category(mission).is_some_and(|category| kinds.contains(&category)));
        counts[index].1 += 1;
    }
    counts.map(|(mainly, missions)| (missions > 0).then_some((mainly, missions)))
}

/// The paper's period of initial participation (its Table 1) as fractional years: from China's first start among
/// the missions of that period to January 2000, when its active engagement (Table 2) begins. `None` without such
/// missions. Every time axis shades it, as the paper divides its account.
pub fn initial_period(data: &Dataset) -> Option<(f64, f64)> {
    let initial = data.missions().iter().filter(|mission| mission.period == Period::Initial);
    let first = initial.map(|mission| mission.china_start).min()?;
    Some((first.as_fractional_year(), ACTIVE_FROM.as_fractional_year()))
}

/// The first start and the last end of the missions at `rows`, in fractional years: the timeline's axis spans them
/// on every page, so that a page's bars stand where they would on one long chart.
pub fn timeline_span(data: &Dataset, rows: &[usize]) -> Option<(f64, f64)> {
    let missions = data.missions_at(rows);
    let first = missions.clone().map(|mission| mission.china_start).min()?;
    let as_of = as_of(data).month;
    let last = missions.map(|mission| mission.china_end.unwrap_or(as_of)).max()?;
    // A participation ends at the end of its last month, as its bar does.
    Some((first.as_fractional_year(), last.as_fractional_year() + 1.0 / 12.0))
}

/// The numbers of the summary line above the charts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    pub missions: usize,
    pub personnel: u32,
    /// The personnel of all missions in all categories, for "x% of all".
    pub all_personnel: u32,
}

impl Summary {
    pub fn share(&self) -> f64 {
        if self.all_personnel == 0 {
            0.0
        } else {
            f64::from(self.personnel) / f64::from(self.all_personnel)
        }
    }
}

pub fn summary(data: &Dataset, filters: &Filters) -> Summary {
    let matching = data.missions().iter().filter(|mission| filters.matches(mission));
    let (missions, personnel) =
        matching.fold((0, 0), |(count, sum), mission| (count + 1, sum + filters.personnel_of(mission)));
    Summary { missions, personnel, all_personnel: data.totals().total() }
}
