//! The paper's own text in the languages it was not written in: its events, its key figures, the errata's reasons
//! and the missions' notes. `data/` holds them in English, as the paper and its sources have them; no official
//! translations exist, so each language's file carries the project's translation (`zh.rs`, `ja.rs`), and Sources &
//! notes says so. A table is reached through its language's [`Texts`], so it is in the wasm only with that
//! language's part. `tests/words.rs` checks each table against `data/`: one entry per event, figure, erratum and
//! note, none left over, and every number and section of the English kept. The missions' hosts are named from CLDR
//! (`hosts.rs`); their names and the sources `data/` cites stay as they are there.

use super::Texts;
use pko_data::{Dataset, Erratum, EventDate, Fact, FactKey, Mission, MissionColumn, PolicyEvent, YearMonth};

/// The paper's own text in one language.
#[derive(Debug)]
pub struct PaperText {
    /// Sources & notes says, in this language, whose translation this is.
    pub note: &'static str,
    pub events: &'static [EventText],
    pub facts: &'static [FactText],
    pub errata: &'static [ErratumText],
    pub notes: &'static [MissionText],
    /// The missions' hosts, named from CLDR (`hosts.rs`).
    pub hosts: &'static [MissionText],
}

/// An event of `data/events.csv`, found by its date (each date there is an event's own).
#[derive(Debug)]
pub struct EventText {
    pub date: EventDate,
    pub title: &'static str,
    pub description: &'static str,
}

/// A key figure of `data/facts.csv`: its statement, and where the paper states it in the brackets of the language
/// ("（第II.2节）").
#[derive(Debug)]
pub struct FactText {
    pub key: FactKey,
    pub statement: &'static str,
    pub location: &'static str,
}

/// An erratum of `data/errata.csv`, found by its mission and column (`None` for the paper's notes and text).
#[derive(Debug)]
pub struct ErratumText {
    pub acronym: Option<&'static str>,
    pub column: Option<MissionColumn>,
    pub reason: &'static str,
}

/// A field of a mission in `data/missions.csv` (its note, its host), found by the mission's acronym.
#[derive(Debug)]
pub struct MissionText {
    pub acronym: &'static str,
    pub text: &'static str,
}

/// The entry of the event of `year` (an event the paper dates by its year only).
pub const fn event_of_year(year: u16, title: &'static str, description: &'static str) -> EventText {
    EventText { date: EventDate::Year(year), title, description }
}

/// The entry of the event of a month.
pub const fn event_of_month(year: u16, month: u8, title: &'static str, description: &'static str) -> EventText {
    match YearMonth::new(year, month) {
        Some(month) => EventText { date: EventDate::Month(month), title, description },
        None => panic!("an event's month must be a month"),
    }
}

/// The entry of a key figure.
pub const fn fact(key: FactKey, statement: &'static str, location: &'static str) -> FactText {
    FactText { key, statement, location }
}

/// The entry of the erratum of a mission's column.
pub const fn erratum(acronym: &'static str, column: MissionColumn, reason: &'static str) -> ErratumText {
    ErratumText { acronym: Some(acronym), column: Some(column), reason }
}

/// The entry of a mission's note.
pub const fn note(acronym: &'static str, note: &'static str) -> MissionText {
    MissionText { acronym, text: note }
}

/// The entry of the erratum of the paper's notes and text, which is about no mission.
pub const fn erratum_of_notes(reason: &'static str) -> ErratumText {
    ErratumText { acronym: None, column: None, reason }
}

impl Texts {
    /// An event's title and description in this language; as `data/` has them in English, or where a table lacks
    /// the event (which the tests do not let pass).
    pub fn event_text<'a>(&self, event: &'a PolicyEvent) -> (&'a str, &'a str) {
        self.paper_text
            .and_then(|text| text.events.iter().find(|entry| entry.date == event.date))
            .map_or((&event.title, &event.description), |entry| (entry.title, entry.description))
    }

    /// A key figure's statement and where the paper states it, in this language: "China has suffered 16 fatalities
    /// among its uniformed personnel. (Section II.2)".
    pub fn fact_line(&self, fact: &Fact) -> String {
        match self.paper_text.and_then(|text| text.facts.iter().find(|entry| entry.key == fact.key)) {
            Some(entry) => format!("{}{}", entry.statement, entry.location),
            None => format!("{} ({})", fact.statement, fact.location),
        }
    }

    /// Why an erratum corrects or flags what the paper prints, in this language.
    pub fn erratum_reason<'a>(&self, erratum: &'a Erratum) -> &'a str {
        self.paper_text
            .and_then(|text| {
                text.errata
                    .iter()
                    .find(|entry| entry.acronym == erratum.acronym.as_deref() && entry.column == erratum.column)
            })
            .map_or(&erratum.reason, |entry| entry.reason)
    }

    /// Where a mission is, in this language: named from CLDR where it is the host the `paper` gives the mission, and
    /// as it is where a reader's own file gives another.
    pub fn mission_host<'a>(&self, mission: &'a Mission, paper: &Dataset) -> &'a str {
        let papers = paper.mission(&mission.acronym).is_some_and(|known| known.host == mission.host);
        self.mission_text(|text| text.hosts, mission, papers).unwrap_or(&mission.host)
    }

    /// A mission's note, if it has one, in this language: translated where it is the note the `paper` gives the
    /// mission, and as it is where a reader's own file gives another (a translation of the paper's would replace
    /// what the reader wrote).
    pub fn mission_note<'a>(&self, mission: &'a Mission, paper: &Dataset) -> Option<&'a str> {
        let english = mission.note.as_deref()?;
        let papers = paper.mission(&mission.acronym).is_some_and(|known| known.note.as_deref() == Some(english));
        Some(self.mission_text(|text| text.notes, mission, papers).unwrap_or(english))
    }

    /// A mission's entry in one of this language's tables (`table`), if the field it translates is the paper's
    /// (`papers`): where a reader's own file says something else, a translation of the paper would replace it.
    fn mission_text(
        &self,
        table: fn(&PaperText) -> &'static [MissionText],
        mission: &Mission,
        papers: bool,
    ) -> Option<&'static str> {
        let entries = self.paper_text.filter(|_| papers).map(table)?;
        entries.iter().find(|entry| entry.acronym == mission.acronym).map(|entry| entry.text)
    }
}
