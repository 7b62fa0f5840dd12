//! The UN's monthly uniformed personnel by country (`data/contributions.csv`), and the tables the charts draw from,
//! derived from it: the world's totals, the permanent members' series, the 20 largest contributors and China's
//! rank, month by month.

use super::types::YearMonth;

/// A country of the UN's monthly reports, by its ISO 3166-1 alpha-3 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 3]);

impl CountryCode {
    pub const CHINA: CountryCode = CountryCode(*b"CHN");
    /// The five permanent members of the Security Council, China first, then in the order of their codes.
    pub const PERMANENT_MEMBERS: [CountryCode; 5] =
        [CountryCode::CHINA, CountryCode(*b"FRA"), CountryCode(*b"GBR"), CountryCode(*b"RUS"), CountryCode(*b"USA")];

    /// Three ASCII capital letters; anything else is not a code.
    pub fn parse(text: &str) -> Option<CountryCode> {
        let bytes: [u8; 3] = text.as_bytes().try_into().ok()?;
        bytes.iter().all(u8::is_ascii_uppercase).then_some(CountryCode(bytes))
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII capitals are ever stored.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }

    /// Whether this is one of [`CountryCode::PERMANENT_MEMBERS`].
    pub fn is_permanent_member(self) -> bool {
        CountryCode::PERMANENT_MEMBERS.contains(&self)
    }
}

/// Uniformed personnel at one month-end, by type. The source's `NA` (none reported) counts as 0 here: these are
/// the figures that are summed and drawn; the rows keep the difference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Uniformed {
    pub troops: u32,
    pub police: u32,
    /// Military experts on mission (military observers, staff officers).
    pub experts: u32,
}

impl Uniformed {
    pub fn total(&self) -> u32 {
        self.troops + self.police + self.experts
    }
}

/// A country's name in each language of the interface, from CLDR (`data/country_names.csv`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryName {
    pub code: CountryCode,
    pub english: String,
    pub chinese: String,
    pub japanese: String,
}

/// What the charts of contributions draw from, derived from `data/contributions.csv` (at build time, by
/// [`ContributionTables::derive`]). Every per-month list has one entry per month from `first_month`, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct ContributionTables {
    pub first_month: YearMonth,
    /// The sum over every country listed, per month.
    pub world: Vec<Uniformed>,
    /// How many countries each month's report lists.
    pub listed: Vec<u16>,
    /// The permanent members' figures (in the order of [`CountryCode::PERMANENT_MEMBERS`], China first), per
    /// month; `None` where the member is not in that month's report.
    pub permanent: [Vec<Option<Uniformed>>; 5],
    /// The 20 largest contributors by total, largest first (equal totals in the order of their codes), per month.
    pub top: Vec<Vec<(CountryCode, Uniformed)>>,
    /// China's rank among the countries listed (1 is the largest; a country ranks after every country with a
    /// larger total), per month; `None` where China is not listed.
    pub china_rank: Vec<Option<u16>>,
    /// The names of every country in `top` and of the permanent members.
    pub names: Vec<CountryName>,
}
