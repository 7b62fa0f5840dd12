//! The vocabulary of the dataset: regions, personnel categories, the paper's two periods, participation status
//! and year-month dates. Each is a closed type with one parser and one printer per written form, so that no
//! other module compares strings.

use std::fmt;

/// A closed set of values with stable machine names ("slugs") used in URLs, exports and CSS classes.
/// The slugs are a public interface: permalinks in course pages depend on them.
pub trait Vocabulary: Copy + Eq + 'static {
    /// Every value, in display order.
    const ALL: &'static [Self];

    fn slug(self) -> &'static str;

    fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|value| value.slug() == slug)
    }

    /// The position in `ALL`, for colours and bit sets.
    fn index(self) -> usize {
        Self::ALL.iter().position(|value| *value == self).unwrap_or(0)
    }
}

/// The five regions the paper uses. Afghanistan and Timor-Leste are Asia (the UN's Asia and the Pacific);
/// Western Sahara is Africa; UNTSO, UNIKOM and UNIFIL are the Middle East.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Region {
    Africa,
    Asia,
    MiddleEast,
    Europe,
    Americas,
}

impl Vocabulary for Region {
    const ALL: &'static [Region] =
        &[Region::Africa, Region::Asia, Region::MiddleEast, Region::Europe, Region::Americas];

    // The filters look a region up for every mission at every click: the declaration is in `ALL`'s order (a test
    // checks), so its position is the discriminant, not a search.
    fn index(self) -> usize {
        self as usize
    }

    fn slug(self) -> &'static str {
        match self {
            Region::Africa => "africa",
            Region::Asia => "asia",
            Region::MiddleEast => "middle-east",
            Region::Europe => "europe",
            Region::Americas => "americas",
        }
    }
}

impl Region {
    /// The name written in `data/missions.csv`.
    pub fn data_name(self) -> &'static str {
        match self {
            Region::Africa => "Africa",
            Region::Asia => "Asia",
            Region::MiddleEast => "Middle East",
            Region::Europe => "Europe",
            Region::Americas => "Americas",
        }
    }

    pub fn from_data_name(name: &str) -> Option<Region> {
        Region::ALL.iter().copied().find(|region| region.data_name() == name)
    }
}

/// The four kinds of personnel the paper's tables count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    Civilian,
    MilitaryObservers,
    Troops,
    CivilianPolice,
}

impl Vocabulary for Category {
    const ALL: &'static [Category] =
        &[Category::Civilian, Category::MilitaryObservers, Category::Troops, Category::CivilianPolice];

    // As for `Region`: a category is looked up for every mission at every click.
    fn index(self) -> usize {
        self as usize
    }

    fn slug(self) -> &'static str {
        match self {
            Category::Civilian => "civilian",
            Category::MilitaryObservers => "observers",
            Category::Troops => "troops",
            Category::CivilianPolice => "police",
        }
    }
}

impl Category {
    /// The column of `data/missions.csv` that holds this category.
    pub fn column(self) -> &'static str {
        match self {
            Category::Civilian => "civilian",
            Category::MilitaryObservers => "military_observers",
            Category::Troops => "troops",
            Category::CivilianPolice => "civilian_police",
        }
    }
}

/// The paper's two periods, one per table: initial participation (Table 1, 1989-1999) and active engagement
/// (Table 2, from 2000).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    Initial,
    Active,
}

impl Vocabulary for Period {
    const ALL: &'static [Period] = &[Period::Initial, Period::Active];

    fn slug(self) -> &'static str {
        match self {
            Period::Initial => "initial",
            Period::Active => "active",
        }
    }
}

impl Period {
    /// The paper's table number, as written in the `table` column.
    pub fn table_number(self) -> u8 {
        match self {
            Period::Initial => 1,
            Period::Active => 2,
        }
    }

    pub fn from_table_number(text: &str) -> Option<Period> {
        Period::ALL.iter().copied().find(|period| period.table_number().to_string() == text)
    }
}

/// Whether China's participation had ended when the paper's sources were read (January 2011).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Ongoing,
    Ended,
}

impl Vocabulary for Status {
    const ALL: &'static [Status] = &[Status::Ongoing, Status::Ended];

    fn slug(self) -> &'static str {
        match self {
            Status::Ongoing => "ongoing",
            Status::Ended => "ended",
        }
    }
}

/// A month of a year, written `YYYY-MM` in the data. Ordered by time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    year: u16,
    month: u8,
}

impl YearMonth {
    pub const fn new(year: u16, month: u8) -> Option<YearMonth> {
        if month >= 1 && month <= 12 && year >= 1900 && year <= 2100 {
            Some(YearMonth { year, month })
        } else {
            None
        }
    }

    /// Parses exactly `YYYY-MM`; anything else (`2004-4`, `April 2004`, `2004-13`) is `None`. Digit by digit
    /// rather than with `str::parse`, whose generic number parser the start-up code (which reads `month=` from a
    /// link) would otherwise carry for this alone.
    pub fn parse(text: &str) -> Option<YearMonth> {
        let [y1, y2, y3, y4, b'-', m1, m2] = *text.as_bytes() else {
            return None;
        };
        let digits = [y1, y2, y3, y4, m1, m2];
        if !digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let [y1, y2, y3, y4, m1, m2] = digits.map(|digit| digit - b'0');
        let year = u16::from(y1) * 1000 + u16::from(y2) * 100 + u16::from(y3) * 10 + u16::from(y4);
        YearMonth::new(year, m1 * 10 + m2)
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    /// A number that orders months by time, leaving room before each January for a year-only date
    /// ([`EventDate::ordinal`]).
    pub fn ordinal(self) -> u32 {
        u32::from(self.year) * 13 + u32::from(self.month)
    }

    /// The time as a fractional year (January 2004 is 2004.0, July 2004 is 2004.5), for time axes.
    pub fn as_fractional_year(self) -> f64 {
        f64::from(self.year) + f64::from(self.month - 1) / 12.0
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// The date of a policy event: the paper gives some events a month and others only a year. Ordered by time, a
/// year-only event before the months of its year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventDate {
    Year(u16),
    Month(YearMonth),
}

impl EventDate {
    /// Parses `YYYY` or `YYYY-MM`.
    pub fn parse(text: &str) -> Option<EventDate> {
        if text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()) {
            let year = text.parse().ok()?;
            return YearMonth::new(year, 1).map(|_| EventDate::Year(year));
        }
        YearMonth::parse(text).map(EventDate::Month)
    }

    pub fn year(self) -> u16 {
        match self {
            EventDate::Year(year) => year,
            EventDate::Month(month) => month.year(),
        }
    }

    /// A number that orders dates by time: months counted from year 0, a year-only date as its year's month 0.
    pub fn ordinal(self) -> u32 {
        match self {
            EventDate::Year(year) => u32::from(year) * 13,
            EventDate::Month(month) => month.ordinal(),
        }
    }

    /// Where the event sits on a time axis: a year-only event at the middle of its year.
    pub fn as_fractional_year(self) -> f64 {
        match self {
            EventDate::Year(year) => f64::from(year) + 0.5,
            EventDate::Month(month) => month.as_fractional_year(),
        }
    }
}

impl Ord for EventDate {
    fn cmp(&self, other: &EventDate) -> std::cmp::Ordering {
        self.ordinal().cmp(&other.ordinal())
    }
}

impl PartialOrd for EventDate {
    fn partial_cmp(&self, other: &EventDate) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for EventDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EventDate::Year(year) => write!(f, "{year:04}"),
            EventDate::Month(month) => month.fmt(f),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_slug_parses_back_to_its_value() {
        fn round_trip<T: Vocabulary + fmt::Debug>() {
            for value in T::ALL {
                assert_eq!(T::from_slug(value.slug()), Some(*value));
            }
            assert_eq!(T::from_slug("no-such-value"), None);
        }
        round_trip::<Region>();
        round_trip::<Category>();
        round_trip::<Period>();
        round_trip::<Status>();
    }

    #[test]
    fn every_value_is_at_its_index_in_all() {
        fn positions<T: Vocabulary + fmt::Debug>() {
            for (position, value) in T::ALL.iter().enumerate() {
                assert_eq!(value.index(), position, "{value:?}");
            }
        }
        positions::<Region>();
        positions::<Category>();
        positions::<Period>();
        positions::<Status>();
    }

    #[test]
    fn year_month_accepts_only_the_strict_form() {
        assert_eq!(YearMonth::parse("2004-04").map(|d| d.to_string()), Some("2004-04".to_string()));
        for bad in ["2004-4", "2004-13", "2004-00", "April 2004", "04-2004", "2004", "", "2004-04-01", "１９９８-08"]
        {
            assert_eq!(YearMonth::parse(bad), None, "{bad:?} should not parse");
        }
        assert!(YearMonth::parse("1998-08") < YearMonth::parse("2005-12"));
    }

    #[test]
    fn event_dates_take_a_year_or_a_month() {
        assert_eq!(EventDate::parse("1971"), Some(EventDate::Year(1971)));
        assert_eq!(EventDate::parse("1981-11").map(|d| d.to_string()), Some("1981-11".to_string()));
        assert_eq!(EventDate::parse("81"), None);
        assert_eq!(EventDate::parse("1971").map(|d| d.as_fractional_year()), Some(1971.5));
    }
}
