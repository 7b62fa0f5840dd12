//! The typed records of the dataset, one type per file in `data/`.

use super::types::{Category, EventDate, Period, Region, Status, Vocabulary, YearMonth};

/// The personnel China sent to one mission, by category, cumulative to 30 November 2008.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Personnel {
    counts: [u32; 4],
}

impl Personnel {
    pub fn new(civilian: u32, military_observers: u32, troops: u32, civilian_police: u32) -> Personnel {
        Personnel { counts: [civilian, military_observers, troops, civilian_police] }
    }

    pub fn get(self, category: Category) -> u32 {
        self.counts[category.index()]
    }

    pub fn total(self) -> u32 {
        self.counts.iter().sum()
    }

    /// Troops, observers and police: the paper's "troops and civilian police" total leaves civilians out.
    pub fn uniformed(self) -> u32 {
        self.total() - self.get(Category::Civilian)
    }
}

/// One row of the paper's Tables 1 and 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mission {
    pub acronym: String,
    /// The earlier mission folded into this row (UNAMIC, UNOMSIL, UNAMET).
    pub predecessor: Option<String>,
    pub name: String,
    pub host: String,
    pub region: Region,
    pub period: Period,
    pub un_start: YearMonth,
    pub china_start: YearMonth,
    /// `None` where the paper says "to present".
    pub china_end: Option<YearMonth>,
    /// `None` where the paper prints no figures (MONUSCO).
    pub personnel: Option<Personnel>,
    /// Why a value differs from the print, or what a reader should know about the row.
    pub note: Option<String>,
}

impl Mission {
    pub fn status(&self) -> Status {
        match self.china_end {
            Some(_) => Status::Ended,
            None => Status::Ongoing,
        }
    }

    /// The paper counts a "PLA troop mission" wherever China sent troops (not only observers).
    pub fn has_pla_troops(&self) -> bool {
        self.personnel.is_some_and(|personnel| personnel.get(Category::Troops) > 0)
    }

    pub fn total_personnel(&self) -> u32 {
        self.personnel.map_or(0, Personnel::total)
    }

    /// The value of a column as written in `data/missions.csv`, for checking errata against the data.
    pub fn column_text(&self, column: MissionColumn) -> String {
        match column {
            MissionColumn::Name => self.name.clone(),
            MissionColumn::UnStart => self.un_start.to_string(),
            MissionColumn::ChinaStart => self.china_start.to_string(),
            MissionColumn::ChinaEnd => self.china_end.map(|end| end.to_string()).unwrap_or_default(),
        }
    }
}

/// The columns of `data/missions.csv` that an erratum can be about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MissionColumn {
    Name,
    UnStart,
    ChinaStart,
    ChinaEnd,
}

impl MissionColumn {
    pub const ALL: [MissionColumn; 4] =
        [MissionColumn::Name, MissionColumn::UnStart, MissionColumn::ChinaStart, MissionColumn::ChinaEnd];

    pub fn header(self) -> &'static str {
        match self {
            MissionColumn::Name => "name",
            MissionColumn::UnStart => "un_start",
            MissionColumn::ChinaStart => "china_start",
            MissionColumn::ChinaEnd => "china_end",
        }
    }

    pub fn from_header(header: &str) -> Option<MissionColumn> {
        MissionColumn::ALL.into_iter().find(|column| column.header() == header)
    }
}

/// Whether an erratum changed the data or only points at something odd that is kept as printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErratumAction {
    Corrected,
    Flagged,
}

impl ErratumAction {
    pub fn parse(text: &str) -> Option<ErratumAction> {
        match text {
            "corrected" => Some(ErratumAction::Corrected),
            "flagged" => Some(ErratumAction::Flagged),
            _ => None,
        }
    }
}

/// A place where the paper's print is wrong or doubtful: what it printed, what the data uses, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Erratum {
    /// The mission's row, or `None` for an erratum about the paper's notes or text.
    pub acronym: Option<String>,
    pub column: Option<MissionColumn>,
    pub printed: String,
    pub used: String,
    pub action: ErratumAction,
    pub reason: String,
    pub source: String,
}

/// China's share of the UN peacekeeping budget over a span of years.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetShare {
    pub from_year: u16,
    pub to_year: u16,
    pub share_percent: f64,
    /// China's rank among contributors, where a source gives it.
    pub rank: Option<u32>,
    /// `true` for the paper's own figures; `false` for the later UN scales, which are context from other sources.
    pub in_paper: bool,
    /// `true` where no primary or official report gives the figure, only secondary ones: the chart draws it
    /// weaker than the others.
    pub low_confidence: bool,
    pub source: String,
}

/// A dated step in China's peacekeeping policy, from the paper's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyEvent {
    pub date: EventDate,
    pub title: String,
    pub description: String,
    pub section: PaperSection,
    /// Which of the turning points the paper names this event is, if it is one: the timeline labels these.
    pub turning_point: Option<TurningPoint>,
}

/// The turning points of China's participation that the paper names, from its first dispatch to its first
/// force commander.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TurningPoint {
    FirstDispatch,
    FirstEngineers,
    FirstPolice,
    FirstTroops,
    FirstForceCommander,
}

impl crate::Vocabulary for TurningPoint {
    const ALL: &'static [TurningPoint] = &[
        TurningPoint::FirstDispatch,
        TurningPoint::FirstEngineers,
        TurningPoint::FirstPolice,
        TurningPoint::FirstTroops,
        TurningPoint::FirstForceCommander,
    ];

    fn slug(self) -> &'static str {
        match self {
            TurningPoint::FirstDispatch => "first_dispatch",
            TurningPoint::FirstEngineers => "first_engineers",
            TurningPoint::FirstPolice => "first_police",
            TurningPoint::FirstTroops => "first_troops",
            TurningPoint::FirstForceCommander => "first_force_commander",
        }
    }
}

/// The sections of the paper, for citing where a statement is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaperSection {
    I1,
    I2,
    I3,
    II1,
    II2,
    III1,
    III2,
}

impl PaperSection {
    pub const ALL: [PaperSection; 7] = [
        PaperSection::I1,
        PaperSection::I2,
        PaperSection::I3,
        PaperSection::II1,
        PaperSection::II2,
        PaperSection::III1,
        PaperSection::III2,
    ];

    /// The number as the data writes it, e.g. `II.2`.
    pub fn number(self) -> &'static str {
        match self {
            PaperSection::I1 => "I.1",
            PaperSection::I2 => "I.2",
            PaperSection::I3 => "I.3",
            PaperSection::II1 => "II.1",
            PaperSection::II2 => "II.2",
            PaperSection::III1 => "III.1",
            PaperSection::III2 => "III.2",
        }
    }

    /// The heading as the paper prints it.
    pub fn title(self) -> &'static str {
        match self {
            PaperSection::I1 => "From opposition to detached observation, then to understanding and support",
            PaperSection::I2 => "Early participation in UN peacekeeping",
            PaperSection::I3 => "Opposition to humanitarian intervention and preparations for active engagement",
            PaperSection::II1 => "Dispatch of civilian police",
            PaperSection::II2 => "Expansion of the deployment scale",
            PaperSection::III1 => "Accelerating and restraining factors",
            PaperSection::III2 => "The sovereignty issue: Strict in theory, flexible in practice",
        }
    }

    pub fn parse(text: &str) -> Option<PaperSection> {
        PaperSection::ALL.into_iter().find(|section| section.number() == text)
    }
}

/// The key figures the paper's text states, which the app sets beside what the tables add up to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactKey {
    Missions,
    DeployedAtOneTime,
    CumulativeUniformed,
    Fatalities,
    FatalitiesHaitiEarthquake,
    PlaTroopMissions,
    BudgetRank2010,
}

impl FactKey {
    pub const ALL: [FactKey; 7] = [
        FactKey::Missions,
        FactKey::DeployedAtOneTime,
        FactKey::CumulativeUniformed,
        FactKey::Fatalities,
        FactKey::FatalitiesHaitiEarthquake,
        FactKey::PlaTroopMissions,
        FactKey::BudgetRank2010,
    ];

    pub fn key(self) -> &'static str {
        match self {
            FactKey::Missions => "missions",
            FactKey::DeployedAtOneTime => "deployed_at_one_time",
            FactKey::CumulativeUniformed => "cumulative_uniformed",
            FactKey::Fatalities => "fatalities",
            FactKey::FatalitiesHaitiEarthquake => "fatalities_haiti_earthquake",
            FactKey::PlaTroopMissions => "pla_troop_missions",
            FactKey::BudgetRank2010 => "budget_rank_2010",
        }
    }

    pub fn parse(text: &str) -> Option<FactKey> {
        FactKey::ALL.into_iter().find(|key| key.key() == text)
    }
}

/// A figure stated in the paper's text, with the statement and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub key: FactKey,
    pub value: u32,
    pub statement: String,
    pub location: String,
}
