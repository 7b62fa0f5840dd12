//! Every word the reader sees, in one table per language, and the number formats that go with it.
//!
//! Charts and components take a `&Texts` rather than string literals, so a language is added by filling in one
//! more table.

use crate::data::{Category, Region, Vocabulary};
use crate::model::{Filters, Summary};

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
    pub budget_axis: &'static str,
    pub no_figures: &'static str,
    pub missions_word: &'static str,
    pub mission_word: &'static str,
    pub personnel_word: &'static str,
    pub of_all: &'static str,
    pub paper_series: &'static str,
    pub later_series: &'static str,
    pub ongoing: &'static str,
    pub no_missions: &'static str,
    categories: [&'static str; 4],
    regions: [&'static str; 5],
}

pub const ENGLISH: Texts = Texts {
    app_title: "China in UN Peacekeeping",
    personnel_title: "Personnel per mission",
    regions_title: "Personnel by region",
    budget_title: "China's share of the UN peacekeeping budget",
    timeline_title: "Participation timeline",
    personnel_axis: "Personnel sent, cumulative to 30 Nov 2008",
    personnel_axis_log: "Personnel sent, cumulative to 30 Nov 2008 (log scale)",
    budget_axis: "Share of the budget (%)",
    no_figures: "no figures",
    missions_word: "missions",
    mission_word: "mission",
    personnel_word: "personnel",
    of_all: "of all",
    paper_series: "China's share (the paper)",
    later_series: "UN scales 2007–2027 (not in the paper)",
    ongoing: "ongoing (to Jan 2011)",
    no_missions: "No mission matches these filters.",
    categories: ["Civilians", "Military observers", "Troops", "Civilian police"],
    regions: ["Africa", "Asia", "Middle East", "Europe", "Americas"],
};

impl Texts {
    pub fn category(&self, category: Category) -> &'static str {
        self.categories[category.index()]
    }

    pub fn region(&self, region: Region) -> &'static str {
        self.regions[region.index()]
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
        if i > 0 && (digits.len() - i) % 3 == 0 {
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
