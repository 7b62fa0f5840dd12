//! The paper's headline findings, for the strip of key facts at the top of the page: each computed from the paper's
//! data, never typed, each with the link to the chart that shows it ([`KeyFact::link`]).

use super::contributions::{paper_deployed, PaperFigure};
use super::{budget_series, region_bars, BudgetStep, Filters, RegionBar};
use pko_data::{Dataset, TurningPoint};

/// One key fact.
#[derive(Debug, Clone, PartialEq)]
pub enum KeyFact {
    /// China's share of the budget, from the paper's first figure to its last (which carries the rank).
    Budget { first: BudgetStep, last: BudgetStep },
    /// The paper's count of personnel deployed at one time.
    AtOneTime(PaperFigure),
    /// The region that received the most of the personnel sent, with its share.
    TopRegion(RegionBar),
    /// The shift in kind: the years of the first civilian police and the first PLA troops.
    Shift { police: u16, troops: u16 },
}

impl KeyFact {
    /// The link to the part of the page that shows the fact: its chart's panel, or the section of the monthly charts
    /// (which loads when a reader follows a link to it). The page's ids are a public interface, as stable as the URL's
    /// parameters, since links and course pages point at them.
    pub fn link(&self) -> &'static str {
        match self {
            KeyFact::Budget { .. } => "#chart-budget",
            KeyFact::AtOneTime(_) => "#contributions",
            KeyFact::TopRegion(_) => "#chart-regions",
            KeyFact::Shift { .. } => "#chart-timeline",
        }
    }
}

/// The key facts of `data`, in the order of the paper's argument: what it cost, how many at once, where, and the
/// change in kind. A fact whose figures the data lacks is left out rather than shown empty.
pub fn key_facts(data: &Dataset) -> Vec<KeyFact> {
    let paper = budget_series(data, false).paper;
    let budget = paper
        .first()
        .zip(paper.last())
        .map(|(first, last)| KeyFact::Budget { first: first.clone(), last: last.clone() });
    let top_region = region_bars(data, &Filters::default())
        .into_iter()
        .filter(|bar| bar.personnel > 0)
        .max_by_key(|bar| bar.personnel)
        .map(KeyFact::TopRegion);
    let year_of = |point: TurningPoint| {
        data.events().iter().find(|event| event.turning_point == Some(point)).map(|event| event.date.year())
    };
    let shift = year_of(TurningPoint::FirstPolice)
        .zip(year_of(TurningPoint::FirstTroops))
        .map(|(police, troops)| KeyFact::Shift { police, troops });
    [budget, paper_deployed(data).map(KeyFact::AtOneTime), top_region, shift].into_iter().flatten().collect()
}
