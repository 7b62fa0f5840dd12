//! The whole view as a value, and its URL form, so that a copied link reopens exactly the same view.
//!
//! The query parameter names and values are a public interface that course pages link to: change them only
//! with a migration keyed on the `v` marker. Only values that differ from the default are written. Parsing never
//! fails: what it cannot read it skips, and says so in a notice.

use crate::lang::Lang;
use crate::model::{Filters, Scale, Set, Sort};
use pko_data::{Dataset, Period, Status, Vocabulary, YearMonth};

/// The version of the URL format that [`ViewState::to_query`] writes.
pub const URL_VERSION: &str = "1";

/// Which chart the embed mode shows, or which one a link points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ChartKind {
    #[default]
    Personnel,
    Regions,
    Budget,
    Timeline,
    /// China's uniformed personnel at each month-end, from the UN's monthly reports.
    Deployed,
    /// The 20 largest contributors at a month.
    Contributors,
}

impl Vocabulary for ChartKind {
    const ALL: &'static [ChartKind] = &[
        ChartKind::Personnel,
        ChartKind::Regions,
        ChartKind::Budget,
        ChartKind::Timeline,
        ChartKind::Deployed,
        ChartKind::Contributors,
    ];

    fn slug(self) -> &'static str {
        match self {
            ChartKind::Personnel => "personnel",
            ChartKind::Regions => "regions",
            ChartKind::Budget => "budget",
            ChartKind::Timeline => "timeline",
            ChartKind::Deployed => "deployed",
            ChartKind::Contributors => "contributors",
        }
    }
}

/// A colour theme chosen by the reader; `None` in the state follows the system.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeChoice {
    Light,
    Dark,
}

impl Vocabulary for ThemeChoice {
    const ALL: &'static [ThemeChoice] = &[ThemeChoice::Light, ThemeChoice::Dark];

    fn slug(self) -> &'static str {
        match self {
            ThemeChoice::Light => "light",
            ThemeChoice::Dark => "dark",
        }
    }
}

/// Everything a reader can change.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewState {
    pub filters: Filters,
    pub sort: Sort,
    pub scale: Scale,
    /// Whether the budget chart adds the later UN scales.
    pub later: bool,
    /// The month of the contributions charts (`month=2010-11`); `None` is the paper's Figure 1 month. A month
    /// outside the data shows the nearest month in it, with a notice, and the address is corrected
    /// (`ui::contributions`).
    pub month: Option<YearMonth>,
    /// Whether the deployed chart draws the other permanent members of the Security Council (`p5=1`).
    pub permanent_members: bool,
    /// The mission whose details are open, by acronym as the dataset spells it.
    pub mission: Option<String>,
    pub chart: ChartKind,
    pub embed: bool,
    pub theme: Option<ThemeChoice>,
    /// The language a link asks for; `None` follows the browser.
    pub lang: Option<Lang>,
}

/// Something in a URL that was ignored, for an unobtrusive notice (`Texts::notice` words it). Keys and values
/// are shortened to 40 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The query was longer than this many bytes; the rest was ignored.
    TooLong(usize),
    NotPercentEncoded(String),
    Repeated(String),
    Unknown(String),
    BadValue(String, String),
    /// The link's format is of a later version than this explorer's (`v=2`): it is read as far as this version
    /// understands it, and the reader is told why some of it may be ignored.
    NewerVersion(String),
    /// This many more settings were ignored (each said once, as the notices are), beyond the first
    /// [`MAX_NOTICES`] − 1 notices.
    More(usize),
}

/// The most notices a link gets, each different: a long hand-made or mangled query would otherwise list hundreds of
/// lines before the first chart.
pub const MAX_NOTICES: usize = 6;

/// The longest query read; beyond it a link is truncated by some platform or is not a link of ours.
const MAX_QUERY_LENGTH: usize = 4096;

/// Whether `version`, a link's `v`, is a later version of the link format than this explorer's.
fn is_newer_version(version: &str) -> bool {
    matches!((version.parse::<u32>(), URL_VERSION.parse::<u32>()), (Ok(version), Ok(ours)) if version > ours)
}

/// Each notice once, and at most `max` of them: beyond, one that counts the settings left unsaid.
fn at_most(notices: Vec<Notice>, max: usize) -> Vec<Notice> {
    let mut distinct: Vec<Notice> = Vec::new();
    for notice in notices {
        if !distinct.contains(&notice) {
            distinct.push(notice);
        }
    }
    if distinct.len() > max {
        let more = distinct.len() - (max - 1);
        distinct.truncate(max - 1);
        distinct.push(Notice::More(more));
    }
    distinct
}

impl ViewState {
    /// Reads a query string (with or without its leading `?`). Unknown parameters, invalid values and repeats
    /// are skipped with a notice each; the first valid value of a parameter wins.
    pub fn from_query(query: &str, data: &Dataset) -> (ViewState, Vec<Notice>) {
        let mut state = ViewState::default();
        let mut notices = Vec::new();
        let mut query = query.strip_prefix('?').unwrap_or(query);
        if query.len() > MAX_QUERY_LENGTH {
            notices.push(Notice::TooLong(MAX_QUERY_LENGTH));
            let mut end = MAX_QUERY_LENGTH;
            while !query.is_char_boundary(end) {
                end -= 1;
            }
            query = &query[..end];
        }
        let mut seen: Vec<String> = Vec::new();
        for pair in query.split('&').filter(|pair| !pair.is_empty()) {
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let (Some(key), Some(value)) = (percent_decode(raw_key), percent_decode(raw_value)) else {
                notices.push(Notice::NotPercentEncoded(shorten(pair)));
                continue;
            };
            if seen.contains(&key) {
                notices.push(Notice::Repeated(shorten(&key)));
                continue;
            }
            match state.apply(&key, &value, data) {
                Applied::Yes => seen.push(key),
                Applied::UnknownKey => notices.push(Notice::Unknown(shorten(&key))),
                Applied::BadValue if key == "v" && is_newer_version(&value) => {
                    notices.push(Notice::NewerVersion(shorten(&value)))
                }
                Applied::BadValue => notices.push(Notice::BadValue(shorten(&key), shorten(&value))),
            }
        }
        (state, at_most(notices, MAX_NOTICES))
    }

    fn apply(&mut self, key: &str, value: &str, data: &Dataset) -> Applied {
        let ok = match key {
            "v" => value == URL_VERSION,
            "region" => set_from(value).map(|set| self.filters.regions = set).is_some(),
            "category" => set_from(value).map(|set| self.filters.categories = set).is_some(),
            "period" => Period::from_slug(value).map(|period| self.filters.period = Some(period)).is_some(),
            "status" => Status::from_slug(value).map(|status| self.filters.status = Some(status)).is_some(),
            "pla" => flag(value).map(|on| self.filters.pla_only = on).is_some(),
            "mission" => data.mission(value).map(|mission| self.mission = Some(mission.acronym.clone())).is_some(),
            "sort" => Sort::from_slug(value).map(|sort| self.sort = sort).is_some(),
            "scale" => Scale::from_slug(value).map(|scale| self.scale = scale).is_some(),
            "later" => flag(value).map(|on| self.later = on).is_some(),
            "month" => YearMonth::parse(value).map(|month| self.month = Some(month)).is_some(),
            "p5" => flag(value).map(|on| self.permanent_members = on).is_some(),
            "chart" => ChartKind::from_slug(value).map(|chart| self.chart = chart).is_some(),
            "embed" => flag(value).map(|on| self.embed = on).is_some(),
            "theme" => ThemeChoice::from_slug(value).map(|theme| self.theme = Some(theme)).is_some(),
            "lang" => Lang::from_slug(value).map(|lang| self.lang = Some(lang)).is_some(),
            _ => return Applied::UnknownKey,
        };
        if ok {
            Applied::Yes
        } else {
            Applied::BadValue
        }
    }

    /// The query string for this state, `v=1` first and then only the settings that differ from the default.
    pub fn to_query(&self) -> String {
        let mut pairs = vec![("v", URL_VERSION.to_string())];
        let filters = &self.filters;
        if !filters.regions.is_empty() {
            pairs.push(("region", join_set(filters.regions)));
        }
        if let Some(period) = filters.period {
            pairs.push(("period", period.slug().to_string()));
        }
        if !filters.categories.is_empty() {
            pairs.push(("category", join_set(filters.categories)));
        }
        if let Some(status) = filters.status {
            pairs.push(("status", status.slug().to_string()));
        }
        if filters.pla_only {
            pairs.push(("pla", "1".to_string()));
        }
        if let Some(mission) = &self.mission {
            pairs.push(("mission", mission.clone()));
        }
        if self.sort != Sort::default() {
            pairs.push(("sort", self.sort.slug().to_string()));
        }
        if self.scale != Scale::default() {
            pairs.push(("scale", self.scale.slug().to_string()));
        }
        if self.later {
            pairs.push(("later", "1".to_string()));
        }
        if let Some(month) = self.month {
            pairs.push(("month", month.to_string()));
        }
        if self.permanent_members {
            pairs.push(("p5", "1".to_string()));
        }
        if self.chart != ChartKind::default() {
            pairs.push(("chart", self.chart.slug().to_string()));
        }
        if self.embed {
            pairs.push(("embed", "1".to_string()));
        }
        if let Some(theme) = self.theme {
            pairs.push(("theme", theme.slug().to_string()));
        }
        if let Some(lang) = self.lang {
            pairs.push(("lang", lang.slug().to_string()));
        }
        pairs.iter().map(|(key, value)| format!("{key}={value}")).collect::<Vec<_>>().join("&")
    }
}

enum Applied {
    Yes,
    UnknownKey,
    BadValue,
}

/// A `~`-joined list of slugs; every one must be known and the list must not be empty.
fn set_from<T: Vocabulary>(value: &str) -> Option<Set<T>> {
    let values: Option<Vec<T>> = value.split('~').map(T::from_slug).collect();
    values.filter(|values| !values.is_empty()).map(|values| values.into_iter().collect())
}

fn join_set<T: Vocabulary>(set: Set<T>) -> String {
    set.iter().map(Vocabulary::slug).collect::<Vec<_>>().join("~")
}

fn flag(value: &str) -> Option<bool> {
    match value {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

/// Decodes `%XX` escapes and `+` (a space, as forms write it); `None` for broken escapes or invalid UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut input = text.bytes();
    while let Some(byte) = input.next() {
        match byte {
            b'%' => {
                let high = (input.next()? as char).to_digit(16)?;
                let low = (input.next()? as char).to_digit(16)?;
                bytes.push((high * 16 + low) as u8);
            }
            b'+' => bytes.push(b' '),
            _ => bytes.push(byte),
        }
    }
    String::from_utf8(bytes).ok()
}

/// At most 40 characters of a value from a URL, for a notice that stays readable.
fn shorten(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}
