//! Every word the reader sees, in one table per language, and the number formats that go with it.
//!
//! Charts and components take a `&Texts` rather than string literals, so a language is added by filling in one
//! more table.

use crate::data::{Category, EventDate, Mission, Period, PolicyEvent, Region, Status, Vocabulary, YearMonth};
use crate::model::{BudgetStep, Filters, RegionBar, Summary};

/// A language of the interface. Its slug is the BCP 47 tag used in `<html lang>` and the `lang` URL parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    English,
}

impl Vocabulary for Lang {
    const ALL: &'static [Lang] = &[Lang::English];

    fn slug(self) -> &'static str {
        match self {
            Lang::English => "en",
        }
    }
}

impl Lang {
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::English => &ENGLISH,
        }
    }
}

/// The interface text of one language.
#[derive(Debug)]
pub struct Texts {
    pub app_title: &'static str,
    pub personnel_title: &'static str,
    pub regions_title: &'static str,
    pub budget_title: &'static str,
    pub timeline_title: &'static str,
    pub personnel_axis: &'static str,
    pub personnel_axis_log: &'static str,
    pub no_figures: &'static str,
    pub missions_word: &'static str,
    pub mission_word: &'static str,
    pub personnel_word: &'static str,
    pub of_all: &'static str,
    pub paper_series: &'static str,
    pub later_series: &'static str,
    pub ongoing: &'static str,
    pub no_missions: &'static str,
    pub present: &'static str,
    pub in_all: &'static str,
    pub outside_paper: &'static str,
    categories: [&'static str; 4],
    regions: [&'static str; 5],
    periods: [&'static str; 2],
    statuses: [&'static str; 2],
    months: [&'static str; 12],
}

pub const ENGLISH: Texts = Texts {
    app_title: "China in UN Peacekeeping",
    personnel_title: "Personnel per mission",
    regions_title: "Personnel by region",
    budget_title: "China's share of the UN peacekeeping budget",
    timeline_title: "Participation timeline",
    personnel_axis: "Personnel sent, cumulative to 30 Nov 2008",
    personnel_axis_log: "Personnel sent, cumulative to 30 Nov 2008 (log scale)",
    no_figures: "no figures",
    missions_word: "missions",
    mission_word: "mission",
    personnel_word: "personnel",
    of_all: "of all",
    paper_series: "China's share (the paper)",
    later_series: "UN scales 2007–2027 (not in the paper)",
    ongoing: "ongoing (to Jan 2011)",
    no_missions: "No mission matches these filters.",
    present: "present",
    in_all: "in all",
    outside_paper: "not in the paper",
    categories: ["Civilians", "Military observers", "Troops", "Civilian police"],
    regions: ["Africa", "Asia", "Middle East", "Europe", "Americas"],
    periods: ["Table 1: 1989–1999", "Table 2: 2000–"],
    statuses: ["Ongoing", "Ended"],
    months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

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

    /// "Aug 1998".
    pub fn month(&self, month: YearMonth) -> String {
        format!("{} {}", self.months[usize::from(month.month() - 1)], month.year())
    }

    pub fn event_date(&self, date: EventDate) -> String {
        match date {
            EventDate::Year(year) => year.to_string(),
            EventDate::Month(month) => self.month(month),
        }
    }

    /// China's participation: "Aug 1998 – Dec 2005" or "Oct 2003 – present".
    pub fn participation(&self, mission: &Mission) -> String {
        let end = mission.china_end.map_or(self.present.to_string(), |end| self.month(end));
        format!("{} – {end}", self.month(mission.china_start))
    }

    /// "70 military observers, 3,906 troops, 83 civilian police; 4,059 in all", or "no figures".
    pub fn breakdown(&self, mission: &Mission) -> String {
        let Some(personnel) = mission.personnel else {
            return self.no_figures.to_string();
        };
        let parts: Vec<String> = Category::ALL
            .iter()
            .filter(|category| personnel.get(**category) > 0)
            .map(|category| {
                format!("{} {}", format_count(personnel.get(*category)), self.category(*category).to_lowercase())
            })
            .collect();
        format!("{}; {} {}", parts.join(", "), format_count(personnel.total()), self.in_all)
    }

    pub fn mission_tooltip(&self, mission: &Mission) -> String {
        format!("{} ({}), {}: {}", mission.acronym, mission.host, self.participation(mission), self.breakdown(mission))
    }

    pub fn region_tooltip(&self, bar: &RegionBar) -> String {
        format!(
            "{}: {}, {} {} ({})",
            self.region(bar.region),
            self.missions(bar.missions),
            format_count(bar.personnel),
            self.personnel_word,
            format_percent(bar.share)
        )
    }

    pub fn budget_tooltip(&self, step: &BudgetStep, later: bool) -> String {
        let last_year = step.to as u32 - 1;
        let years =
            if step.from as u32 == last_year { last_year.to_string() } else { format!("{}–{last_year}", step.from) };
        let rank = step.rank.map(|rank| format!(", {}", format_rank(rank))).unwrap_or_default();
        let outside = if later { format!(" ({})", self.outside_paper) } else { String::new() };
        format!("{years}: {}{rank}{outside}. {}", format_share(step.share_percent), step.source)
    }

    pub fn event_tooltip(&self, event: &PolicyEvent) -> String {
        format!("{}: {}. {}", self.event_date(event.date), event.title, event.description)
    }

    /// "1 mission" or "14 missions".
    pub fn missions(&self, count: usize) -> String {
        let word = if count == 1 { self.mission_word } else { self.missions_word };
        format!("{} {word}", format_count(count as u32))
    }

    /// The summary line: "14 missions in Africa, 8,832 personnel (71% of all)".
    pub fn summary(&self, summary: &Summary, filters: &Filters) -> String {
        let regions: Vec<&str> = filters.regions.iter().map(|region| self.region(region)).collect();
        let place = if regions.is_empty() { String::new() } else { format!(" in {}", join_with_and(&regions)) };
        let categories: Vec<String> = filters.categories.iter().map(|c| self.category(c).to_lowercase()).collect();
        let who = if categories.is_empty() { self.personnel_word.to_string() } else { join_with_and(&categories) };
        format!(
            "{}{place}, {} {who} ({} {})",
            self.missions(summary.missions),
            format_count(summary.personnel),
            format_percent(summary.share()),
            self.of_all
        )
    }
}

fn join_with_and<S: AsRef<str>>(words: &[S]) -> String {
    match words {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", init.join(", "), last.as_ref())
        }
    }
}

/// A whole number with thousands separators: 12451 -> "12,451".
pub fn format_count(count: u32) -> String {
    let digits = count.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A share from 0 to 1 as a whole percentage, with "<1%" for small non-zero shares so they do not read as none.
pub fn format_percent(share: f64) -> String {
    let percent = share * 100.0;
    if percent > 0.0 && percent < 0.5 {
        "<1%".to_string()
    } else {
        format!("{}%", percent.round() as u32)
    }
}

/// A budget share as printed in the sources: "0.9%", "1.91%", "3.147%".
pub fn format_share(percent: f64) -> String {
    format!("{percent}%")
}

/// An English ordinal for ranks: 1st, 2nd, 3rd, 7th.
pub fn format_rank(rank: u32) -> String {
    let suffix = match (rank % 10, rank % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{rank}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_counts_percentages_shares_and_ranks() {
        let counts: Vec<String> = [0, 7, 999, 1000, 12451, 1234567].into_iter().map(format_count).collect();
        assert_eq!(counts, ["0", "7", "999", "1,000", "12,451", "1,234,567"]);
        assert_eq!(format_percent(8832.0 / 12451.0), "71%");
        assert_eq!(format_percent(20.0 / 12451.0), "<1%");
        assert_eq!(format_percent(0.0), "0%");
        assert_eq!(format_share(0.9), "0.9%");
        assert_eq!(format_share(1.91), "1.91%");
        let ranks: Vec<String> = [1, 2, 3, 7, 11, 12, 22].into_iter().map(format_rank).collect();
        assert_eq!(ranks, ["1st", "2nd", "3rd", "7th", "11th", "12th", "22nd"]);
    }

    #[test]
    fn joins_lists_in_plain_english() {
        assert_eq!(join_with_and(&["Africa"]), "Africa");
        assert_eq!(join_with_and(&["Africa", "Asia"]), "Africa and Asia");
        assert_eq!(join_with_and(&["Africa", "Asia", "Europe"]), "Africa, Asia and Europe");
    }
}
