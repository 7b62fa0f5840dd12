//! From the UN's monthly contributions (derived into [`ContributionTables`] at build time) to the series of the two
//! charts of China against every contributor: "Deployed at one time" (China month by month, with the other
//! permanent members when asked for) and "Top contributors at a month".
//!
//! Every function here is pure and takes the tables and plain parameters, not the view state, so that the
//! charts, the tooltips, the titles and the downloads agree by construction and are tested natively.

use super::EventMarker;
use pko_data::contributions::{ContributionTables, CountryCode, CountryName, Uniformed, TOP_COUNT};
use pko_data::{Dataset, FactKey, PolicyEvent, YearMonth};

/// The month the two charts open on: 30 November 2010, the month of the paper's Figure 1 (the UN's fact sheet it
/// was read from in January 2011).
pub const DEFAULT_MONTH: YearMonth = match YearMonth::new(2010, 11) {
    Some(month) => month,
    None => panic!("a valid month"),
};

/// The first month whose split by type is drawn: the UN's early reports were not split by type (China's 5
/// military observers of 1990 appear as troops), so before it only the totals are trusted. That it is also where the
/// paper's second period begins ([`pko_data::ACTIVE_FROM`]) is the reports' history, not a rule: the deployed chart
/// shades the period from that constant and splits the stack from this one.
pub const SPLIT_RELIABLE_FROM: YearMonth = match YearMonth::new(2000, 1) {
    Some(month) => month,
    None => panic!("a valid month"),
};

/// Whether the reports' split by type can be trusted at `month`.
pub fn split_reliable(month: YearMonth) -> bool {
    month >= SPLIT_RELIABLE_FROM
}

/// The month of the paper's figures: its tables and its "2,157 at any one time" are as of 30 November 2008.
pub const PAPER_FIGURES_MONTH: YearMonth = match YearMonth::new(2008, 11) {
    Some(month) => month,
    None => panic!("a valid month"),
};

/// The paper's own count of China's personnel at one month, which the chart sets beside the UN report's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PaperFigure {
    pub month: YearMonth,
    pub value: u32,
}

/// The paper's "2,157 persons were deployed at any one time (30 November 2008)", from `data/facts.csv`.
pub fn paper_deployed(data: &Dataset) -> Option<PaperFigure> {
    data.fact(FactKey::DeployedAtOneTime).map(|fact| PaperFigure { month: PAPER_FIGURES_MONTH, value: fact.value })
}

/// The month a reader asked for, kept inside the months the tables cover (the nearest end), so that a link to a
/// month outside them still opens on a month.
pub fn clamp_month(tables: &ContributionTables, month: YearMonth) -> YearMonth {
    month.clamp(tables.first_month, tables.last_month())
}

/// The month before or after `month` (`step` of -1 or 1, or more), stopping at the tables' first and last months.
pub fn step_month(tables: &ContributionTables, month: YearMonth, step: i32) -> YearMonth {
    let index = tables.index_of(clamp_month(tables, month)).unwrap_or(0) as i64 + i64::from(step);
    tables.month_at(index.max(0) as usize)
}

/// One month in numbers: what the summary line, the tooltips and the titles say about it.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthSummary {
    pub month: YearMonth,
    /// `None` where China is not in the month's report.
    pub china: Option<Uniformed>,
    pub china_rank: Option<u16>,
    /// How many countries the month's report lists.
    pub listed: u16,
    pub world: Uniformed,
    /// The permanent members' figures, in the order of [`CountryCode::PERMANENT_MEMBERS`] (China first).
    pub permanent: [Option<Uniformed>; 5],
    /// Their names in every language, in the same order (`None` where the tables lack one: the code is shown).
    pub permanent_names: [Option<CountryName>; 5],
    /// The permanent member with the most personnel (the first in code order on a tie); `None` if none is listed.
    pub largest_permanent: Option<CountryCode>,
    /// Whether the month's split by type can be trusted (see [`SPLIT_RELIABLE_FROM`]).
    pub split_reliable: bool,
    /// The paper's own figure for this month, where it gives one.
    pub paper: Option<u32>,
}

impl MonthSummary {
    /// China's share of the world's total, 0 to 1.
    pub fn china_share(&self) -> f64 {
        let world = self.world.total();
        match self.china {
            Some(china) if world > 0 => f64::from(china.total()) / f64::from(world),
            _ => 0.0,
        }
    }

    /// Whether China had the most personnel of the permanent members (ties included).
    pub fn china_largest_permanent(&self) -> bool {
        let china = self.china.map_or(0, |china| china.total());
        self.china.is_some() && self.permanent.iter().flatten().all(|member| member.total() <= china)
    }
}

/// The numbers of one month; a month outside the tables gives the nearest month in them ([`clamp_month`]).
pub fn month_summary(tables: &ContributionTables, month: YearMonth, paper: Option<PaperFigure>) -> MonthSummary {
    let month = clamp_month(tables, month);
    // The tables' months are contiguous, so a month within them always has its index.
    let index = tables.index_of(month).unwrap_or(0);
    let permanent: [Option<Uniformed>; 5] = std::array::from_fn(|member| tables.permanent[member][index]);
    let mut largest: Option<(CountryCode, u32)> = None;
    for (code, figures) in CountryCode::PERMANENT_MEMBERS.iter().zip(&permanent) {
        if let Some(figures) = figures {
            if largest.is_none_or(|(_, most)| figures.total() > most) {
                largest = Some((*code, figures.total()));
            }
        }
    }
    MonthSummary {
        month,
        china: permanent[0],
        china_rank: tables.china_rank[index],
        listed: tables.listed[index],
        world: tables.world[index],
        permanent,
        permanent_names: CountryCode::PERMANENT_MEMBERS.map(|code| tables.name(code).cloned()),
        largest_permanent: largest.map(|(code, _)| code),
        split_reliable: split_reliable(month),
        paper: paper.filter(|paper| paper.month == month).map(|paper| paper.value),
    }
}

/// One month of the "Deployed at one time" chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeployedPoint {
    pub month: YearMonth,
    /// China's personnel; all 0 where China is not in the month's report.
    pub china: Uniformed,
    /// The totals of the other four permanent members, in the order of [`CountryCode::PERMANENT_MEMBERS`];
    /// `None` where the member is not in the month's report (its line breaks there rather than guessing).
    pub others: [Option<u32>; 4],
}

/// The paper's figure beside the UN report's for the same month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PaperMark {
    pub month: YearMonth,
    pub paper: u32,
    pub report: u32,
}

/// Everything the "Deployed at one time" chart draws.
#[derive(Debug, Clone, PartialEq)]
pub struct DeployedSeries {
    /// One point per month, every month of the tables, in order.
    pub points: Vec<DeployedPoint>,
    /// Whether the other four permanent members are drawn as lines.
    pub show_others: bool,
    /// The names of the other four permanent members, for the labels at their lines' ends.
    pub other_names: [Option<CountryName>; 4],
    pub markers: Vec<EventMarker>,
    pub paper: Option<PaperMark>,
    /// The month chosen for the top-contributors chart, drawn as a rule; `None` draws none.
    pub selected: Option<YearMonth>,
}

impl DeployedSeries {
    /// Where a month's column is, if the series has it.
    pub fn index_of(&self, month: YearMonth) -> Option<usize> {
        self.points.iter().position(|point| point.month == month)
    }

    /// The marker that holds event `event` (an index into the dataset's events), to say all its events at once.
    pub fn marker_of(&self, event: usize) -> Option<&EventMarker> {
        super::marker_of(&self.markers, event)
    }
}

/// The series of the "Deployed at one time" chart: China's personnel per month by type; the other permanent
/// members' totals when `show_others`; a marker per month with events among `events` (the dataset's, whose
/// indices the markers keep) in the tables' months; the paper's figure beside the report's; the selected month.
pub fn deployed_series(
    tables: &ContributionTables,
    events: &[PolicyEvent],
    paper: Option<PaperFigure>,
    show_others: bool,
    selected: Option<YearMonth>,
) -> DeployedSeries {
    let points: Vec<DeployedPoint> = (0..tables.months())
        .map(|index| DeployedPoint {
            month: tables.month_at(index),
            china: tables.permanent[0][index].unwrap_or_default(),
            others: std::array::from_fn(|member| tables.permanent[member + 1][index].map(|figures| figures.total())),
        })
        .collect();
    let markers = super::event_markers(events, |month| tables.index_of(month).is_some());
    let paper = paper.and_then(|paper| {
        let index = tables.index_of(paper.month)?;
        Some(PaperMark { month: paper.month, paper: paper.value, report: points[index].china.total() })
    });
    let selected = selected.filter(|month| tables.index_of(*month).is_some());
    let other_names = std::array::from_fn(|member| tables.name(CountryCode::PERMANENT_MEMBERS[member + 1]).cloned());
    DeployedSeries { points, show_others, other_names, markers, paper, selected }
}

/// One bar of the top-contributors chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContributorBar {
    pub code: CountryCode,
    /// The country's names in every language; `None` if the tables lack them (the code is shown instead).
    pub name: Option<CountryName>,
    /// 1 for the largest; a country ranks after every country with a larger total, so equal totals share a rank.
    pub rank: u16,
    pub figures: Uniformed,
    pub china: bool,
    pub permanent: bool,
}

/// Everything the "Top contributors at a month" chart draws.
#[derive(Debug, Clone, PartialEq)]
pub struct TopContributors {
    pub summary: MonthSummary,
    /// Up to [`TOP_COUNT`] bars, largest first.
    pub bars: Vec<ContributorBar>,
    /// China's row, shown apart under the others, when China is listed but outside the top [`TOP_COUNT`].
    pub china_apart: Option<ContributorBar>,
    /// The end of the value axis: the largest total of any month, so that the axis stays put while the months
    /// step and the bars show the totals grow.
    pub axis_max: u32,
}

/// The top contributors at `month` (a month outside the tables gives the nearest month in them). Its cost does not
/// depend on the month: the tables hold each month's top list.
pub fn top_contributors(tables: &ContributionTables, month: YearMonth, paper: Option<PaperFigure>) -> TopContributors {
    let summary = month_summary(tables, month, paper);
    let index = tables.index_of(summary.month).unwrap_or(0);
    let bar = |code: CountryCode, rank: u16, figures: Uniformed| ContributorBar {
        code,
        name: tables.name(code).cloned(),
        rank,
        figures,
        china: code == CountryCode::CHINA,
        permanent: code.is_permanent_member(),
    };
    let top = &tables.top[index];
    let bars: Vec<ContributorBar> = top
        .iter()
        .take(TOP_COUNT)
        .map(|(code, figures)| {
            let larger = top.iter().filter(|(_, other)| other.total() > figures.total()).count();
            bar(*code, larger as u16 + 1, *figures)
        })
        .collect();
    let in_top = bars.iter().any(|bar| bar.china);
    let china_apart = match (in_top, summary.china, summary.china_rank) {
        (false, Some(figures), Some(rank)) => Some(bar(CountryCode::CHINA, rank, figures)),
        _ => None,
    };
    let axis_max = tables.top.iter().filter_map(|month| month.first()).map(|(_, figures)| figures.total()).max();
    TopContributors { summary, bars, china_apart, axis_max: axis_max.unwrap_or(0) }
}
