//! Every word the reader sees: one table of words and one grammar per language, one file each (`en.rs`, `zh.rs`,
//! `ja.rs`).
//!
//! Charts and components take a `&Texts` rather than string literals. A [`Texts`] is a word list; the sentences
//! built around numbers and names ("14 missions in Africa, 8,832 personnel (71% of all)") are its methods in
//! `sentences.rs`, which do what every language shares (look up words, format numbers with [`crate::format`]) and
//! leave the order and the joining words to the language's grammar: [`Grammar`] for the sentences of the
//! start-up code, [`PartsGrammar`] for those of the parts loaded on first use. Mission acronyms, names and hosts,
//! and the sources the data cites, stay as the data has them. The paper's own text (its events, key figures, the
//! errata's reasons and the missions' notes) is in English in `data/`; the other languages carry the project's
//! translation of it ([`PaperText`]), since no official one exists.
//!
//! # Adding a language
//!
//! Add a variant to [`Lang`], list it in `Lang::ALL` (the language menu and the tests go through it), and add a
//! file such as `ko.rs` holding the tables (`pub const KOREAN: Texts`, which points to `PARTS`, the words of
//! the parts loaded on first use, and `MONTHLY`, the words of the monthly charts), the grammar (a unit struct
//! implementing [`Grammar`] and [`PartsGrammar`]) and the translation of the paper's own text (a [`PaperText`]);
//! `tests/words.rs` requires the words of the parts and the paper's text of every language but English. The
//! compiler then stops at each other place that must name the new language: the slug, tag and endonym in
//! `lang.rs`, [`Texts::of`], [`Texts::monthly`], the `match` of the parts grammar in `sentences.rs`, the app's
//! lazy loading (`texts_of` in `src/ui/app.rs`) and the script check in `tests/words.rs`.
//!
//! A table that lacks a word, or a grammar that lacks a sentence, does not compile: a struct literal must name every
//! field, and the grammar traits have no default methods.
//!
//! ```compile_fail,E0063
//! use pko_core::lang::Lang;
//! use pko_core::words::Texts;
//!
//! // A table that names only some of the words.
//! const PARTIAL: Texts = Texts { lang: Lang::English, app_title: "China in UN Peacekeeping" };
//! ```
//!
//! ```compile_fail,E0046
//! use pko_core::words::Grammar;
//!
//! // A grammar that says none of the sentences.
//! #[derive(Debug)]
//! struct Silent;
//! impl Grammar for Silent {}
//! ```

mod en;
mod hosts;
mod ja;
mod paper_text;
mod sentences;
mod zh;

use crate::lang::Lang;
use crate::state::Notice;
use pko_data::contributions::CountryName;
use pko_data::{DataError, YearMonth};

pub use en::ENGLISH;
pub use ja::JAPANESE;
pub use paper_text::{ErratumText, EventText, FactText, MissionText, PaperText};
pub use zh::CHINESE;

/// The paper's title, as the lede cites it in every language: the title it was published under.
pub const PAPER_TITLE: &str =
    "“China's UN Peacekeeping Operations Policy: Analysis of the Factors behind the Policy Shift toward Active Engagement”";

/// The words of one language's interface, and the grammar that puts them into sentences.
#[derive(Debug)]
pub struct Texts {
    pub lang: Lang,
    pub app_title: &'static str,
    pub lede_before_title: &'static str,
    pub lede_after_title: &'static str,
    pub sources_link: &'static str,
    pub lede_end: &'static str,
    pub dark_theme: &'static str,
    pub light_theme: &'static str,
    pub use_dark_theme: &'static str,
    pub use_light_theme: &'static str,
    pub language: &'static str,
    pub filters: &'static str,
    pub period_legend: &'static str,
    pub region_legend: &'static str,
    pub personnel_legend: &'static str,
    pub status_legend: &'static str,
    pub troops_legend: &'static str,
    pub pla_only: &'static str,
    pub clear_filters: &'static str,
    pub personnel_title: &'static str,
    pub regions_title: &'static str,
    pub budget_title: &'static str,
    pub timeline_title: &'static str,
    pub personnel_axis: &'static str,
    pub personnel_axis_log: &'static str,
    pub personnel_axis_own: &'static str,
    pub personnel_axis_own_log: &'static str,
    pub no_figures: &'static str,
    pub paper_series: &'static str,
    pub later_series: &'static str,
    /// The heading of the budget chart's panel of the later scales, which have an axis of their own.
    pub later_axis: &'static str,
    /// The legend of the later budget scales that only secondary reports give.
    pub low_confidence: &'static str,
    /// The years between the paper's budget figures, for which it gives none.
    pub budget_gap: &'static str,
    /// The legend of the personnel chart's totals on a log axis, which are not split by category.
    pub personnel_total_log: &'static str,
    /// The labels of the turning points on the timeline, by `TurningPoint::index()`.
    pub turning_points: [&'static str; 5],
    /// What the colour of a mission's bar on the timeline says.
    pub timeline_colour: &'static str,
    /// The name of the strip of the paper's key facts at the top of the page.
    pub key_facts: &'static str,
    /// Under each chart's title: what it measures, and in what unit.
    pub personnel_subtitle: &'static str,
    pub regions_subtitle: &'static str,
    pub regions_subtitle_own: &'static str,
    pub budget_subtitle: &'static str,
    pub timeline_subtitle: &'static str,
    /// Under each chart: where its figures come from, before a link to Sources & notes.
    pub missions_source: &'static str,
    pub timeline_source: &'static str,
    pub budget_source: &'static str,
    /// Under each chart of a reader's own file.
    pub own_source: &'static str,
    /// The source of the paper's four charts in a downloaded image and the embed's credit line: the paper, by its
    /// author and title, since an image travels without the page.
    pub paper_chart_source: &'static str,
    /// Under the budget chart while filters are set: it does not follow them.
    pub budget_not_filtered: &'static str,
    /// After the words that no mission matches, before the ways back ([`crate::model::ways_back`]).
    pub ways_back: &'static str,
    pub ongoing: &'static str,
    pub no_missions: &'static str,
    pub present: &'static str,
    pub outside_paper: &'static str,
    pub by_total: &'static str,
    pub by_start: &'static str,
    pub by_name: &'static str,
    pub linear: &'static str,
    pub log_scale: &'static str,
    pub order_and_scale: &'static str,
    pub table: &'static str,
    pub close: &'static str,
    pub regions_hint: &'static str,
    pub timeline_hint: &'static str,
    pub later_toggle: &'static str,
    pub personnel_caption_own: &'static str,
    pub share: &'static str,
    pub embed: &'static str,
    pub cite: &'static str,
    pub sources_title: &'static str,
    /// Printed in place of Your own data and Sources & notes when the page is printed before they were loaded.
    pub sources_online: &'static str,
    /// The menu of a chart's downloads.
    pub download: &'static str,
    pub footer: &'static str,
    /// A part loaded on first use (see `ui::lazy`) did not arrive.
    pub not_loaded: &'static str,
    pub retry: &'static str,
    /// The names of [`pko_data::Category`], [`pko_data::Region`], [`pko_data::Period`] and
    /// [`pko_data::Status`], in the order of their `index()`; read them with [`Texts::category`] and the like.
    pub categories: [&'static str; 4],
    pub regions: [&'static str; 5],
    pub periods: [&'static str; 2],
    pub statuses: [&'static str; 2],
    /// The sentences of the start-up code in this language. The parts loaded on first use reach theirs through a
    /// `match` instead (see [`PartsGrammar`]).
    pub grammar: &'static dyn Grammar,
    /// The paper's own text in this language: `None` in English, in which `data/` has it.
    pub paper_text: Option<&'static PaperText>,
    /// The words of the parts loaded on first use in this language, read through [`Texts::parts`]: `None` in
    /// English, whose table only that function names, so that the start-up wasm, which holds English's `Texts`,
    /// does not carry it; `Some` in every other language, whose part brings its own (a test checks both).
    pub parts_words: Option<&'static PartsTexts>,
}

/// The words that only the parts loaded on first use say: the Share, Embed and Cite menus, the embed mode's link,
/// Your own data, Sources & notes, the data tables and a mission's details. Apart from [`Texts`], so that the
/// start-up wasm does not carry them: only those parts call [`Texts::parts`]. Each language's file holds its table,
/// beside its [`Texts`].
#[derive(Debug)]
pub struct PartsTexts {
    /// The control that pages through a long chart's rows (see [`crate::model::Page`]): its name and buttons.
    pub row_pages: &'static str,
    pub previous_rows: &'static str,
    pub next_rows: &'static str,
    pub col_mission: &'static str,
    pub col_region: &'static str,
    pub col_participation: &'static str,
    pub col_total: &'static str,
    pub col_missions: &'static str,
    pub col_personnel: &'static str,
    pub col_share: &'static str,
    pub col_years: &'static str,
    pub col_rank: &'static str,
    pub col_series: &'static str,
    pub col_source: &'static str,
    pub col_date: &'static str,
    pub col_event: &'static str,
    pub col_what: &'static str,
    pub col_section: &'static str,
    pub series_paper: &'static str,
    pub series_later: &'static str,
    pub personnel_caption: &'static str,
    pub regions_caption: &'static str,
    pub events_caption: &'static str,
    pub host: &'static str,
    pub un_start: &'static str,
    pub personnel_cumulative: &'static str,
    pub personnel_own: &'static str,
    pub table_initial: &'static str,
    pub table_active: &'static str,
    pub figures_end: &'static str,
    pub corrected: &'static str,
    pub flagged: &'static str,
    pub share_intro: &'static str,
    pub embed_intro: &'static str,
    pub embed_chart: &'static str,
    pub embed_height: &'static str,
    /// The embed's height that shows the whole chart, followed by that height in pixels.
    pub embed_fit: &'static str,
    pub embed_hint: &'static str,
    pub embed_script: &'static str,
    pub links_show_paper_data: &'static str,
    pub link: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_blocked: &'static str,
    pub open_full: &'static str,
    /// Before why a chart's image for download could not be made: a detail for a bug report, in English, as a
    /// chart's own failure on screen says it.
    pub download_failed: &'static str,
    /// Under a Download menu's buttons in a page that another page frames (whose sandbox may block downloads),
    /// before the address of the same view to open in a new tab. An address typed or pasted there is never in the
    /// sandbox, where a tab opened from the frame by a link would be.
    pub downloads_framed: &'static str,
    /// In an embed whose host's sandbox opened no tab for “Open in full explorer”, before the address to open by
    /// hand.
    pub tab_blocked: &'static str,
    pub own_title: &'static str,
    pub own_intro: &'static str,
    pub own_privacy: &'static str,
    pub choose_file: &'static str,
    pub or_drop: &'static str,
    pub back_to_paper: &'static str,
    pub own_banner: &'static str,
    pub paper_intro: &'static str,
    pub download_all: &'static str,
    pub download_all_note: &'static str,
    pub how_add_up: &'static str,
    pub sum_caption: &'static str,
    pub col_category: &'static str,
    pub col_sum: &'static str,
    pub uniformed: &'static str,
    pub key_figures: &'static str,
    pub errata_title: &'static str,
    pub errata_intro: &'static str,
    pub errata_caption: &'static str,
    pub col_row: &'static str,
    pub col_column: &'static str,
    pub col_printed: &'static str,
    pub col_used: &'static str,
    pub col_action: &'static str,
    pub col_why: &'static str,
    pub notes_row: &'static str,
    pub later_title: &'static str,
    pub later_intro: &'static str,
    pub in_paper: &'static str,
    pub code: &'static str,
    pub all_personnel: &'static str,
}

/// The words of the charts of the UN's monthly figures, apart from [`Texts`] so that they are loaded with those
/// charts (and with Sources & notes), not with the start-up code: only the parts loaded on first use call
/// [`Texts::monthly`]. Each language's file holds its table, beside its [`Texts`].
#[derive(Debug)]
pub struct MonthlyTexts {
    /// The two charts of China against every contributor (issue #17): their short names for the chart menus,
    /// their static titles (where no takeaway title can be computed), subtitles and axes.
    pub chart_deployed: &'static str,
    pub chart_contributors: &'static str,
    pub deployed_subtitle: &'static str,
    pub contributors_subtitle: &'static str,
    /// Under each chart of the monthly figures, before a link to Sources & notes.
    pub monthly_source: &'static str,
    pub deployed_axis: &'static str,
    pub contributors_axis: &'static str,
    /// The legend entry for the months whose split by type is not trusted, drawn as totals.
    pub total_before_split: &'static str,
    /// Why the split before 2000 is not drawn: the early reports were not split by type.
    pub split_unreliable_note: &'static str,
    /// A month before 2000 in a tooltip: its split by type is not trusted.
    pub split_unreliable: &'static str,
    pub other_countries: &'static str,
    pub permanent_member: &'static str,
    /// A permanent member missing from a month's report.
    pub not_in_report: &'static str,
    /// The controls of the month shown by the top-contributors chart.
    pub month_label: &'static str,
    pub previous_month: &'static str,
    pub next_month: &'static str,
    pub play: &'static str,
    pub pause: &'static str,
    pub show_permanent_members: &'static str,
    /// The credit of the contributions data, for Sources & notes and the downloads.
    pub contributions_source: &'static str,
    /// Sources & notes: why the paper's Figure 2 is not shown.
    pub figure2_missing: &'static str,
    pub col_month: &'static str,
    pub col_country: &'static str,
    /// The types of uniformed personnel in the UN's reports, in the order of [`pko_data::contributions::Uniformed`]'s
    /// fields: troops, police, military experts.
    pub uniformed_types: [&'static str; 3],
    /// The paper's two periods (initial participation, 1989-1999; active engagement, from 2000), short, as the
    /// deployed chart names them under its year axis, where the shading's edge and the years give their dates.
    pub period_names: [&'static str; 2],
    pub filters_do_not_apply: &'static str,
    pub contributions_heading: &'static str,
}

impl Texts {
    /// The table of a language. The app's start-up code takes `ENGLISH` itself and loads the others on first use
    /// (`texts_of` in `src/ui/app.rs`): calling this there would bring every table into the start-up wasm.
    pub fn of(lang: Lang) -> &'static Texts {
        match lang {
            Lang::English => &ENGLISH,
            Lang::Chinese => &CHINESE,
            Lang::Japanese => &JAPANESE,
        }
    }

    /// The page's title, in the browser's tab and a bookmark: "China in UN Peacekeeping — PKO Explorer". `index.html`
    /// has the English one before the app runs (a test checks they agree).
    pub fn page_title(&self) -> String {
        format!("{} — PKO Explorer", self.app_title)
    }

    /// The words of the parts loaded on first use in this table's language. Only those parts call this, and so
    /// only they carry English's.
    pub fn parts(&self) -> &'static PartsTexts {
        self.parts_words.unwrap_or(&en::PARTS)
    }

    /// The words of the monthly charts in this table's language. Only the parts loaded on first use call this:
    /// it names every language's [`MonthlyTexts`], and so brings them all into the wasm file that calls it, where a
    /// field of the table would bring a Chinese or Japanese reader's into the language's part, fetched at start.
    pub fn monthly(&self) -> &'static MonthlyTexts {
        match self.lang {
            Lang::English => &en::MONTHLY,
            Lang::Chinese => &zh::MONTHLY,
            Lang::Japanese => &ja::MONTHLY,
        }
    }
}

/// How a language says the sentences of the start-up code: the charts, the summary line, the tooltips, the
/// filters and the notices. Each method gets its words and numbers already looked up and formatted, and puts them
/// in order with the language's own joining words.
///
/// A table points to its grammar, so a language's grammar is in the wasm exactly when its table is: the start-up
/// code carries only English's.
pub trait Grammar: std::fmt::Debug + Sync {
    /// "Aug 1998", "1998年8月".
    fn month(&self, month: YearMonth) -> String;
    /// A year on its own, as a policy event may be dated: "1998", "1998年".
    fn year(&self, year: u16) -> String;
    /// The timeline's legend entry for its arrowheads; `inferred` when the data states no month and `month` is
    /// the latest month in it.
    fn ongoing_until(&self, ongoing: &str, month: &str, inferred: bool) -> String;
    /// China's participation from `start` to `end`, or to the word for `present` while it goes on.
    fn participation(&self, start: &str, end: Option<&str>, present: &str) -> String;
    /// A count of people, given formatted.
    fn people(&self, count: &str) -> String;
    /// A count of missions: `count` chooses the plural, `number` is it formatted.
    fn missions(&self, count: usize, number: &str) -> String;
    /// A rank in the UN budget scale.
    fn rank(&self, rank: u32) -> String;
    /// A mission's personnel: each category sent, as its name and its formatted count, then the total.
    fn breakdown(&self, parts: &[(&str, String)], total: &str) -> String;
    fn mission_tooltip(&self, acronym: &str, host: &str, participation: &str, breakdown: &str) -> String;
    fn region_tooltip(&self, region: &str, missions: &str, people: &str, share: &str) -> String;
    /// A policy event's tooltip: its date, title and description.
    fn event_tooltip(&self, date: &str, title: &str, description: &str) -> String;
    /// The summary line: the missions, where (no regions: everywhere), who (no categories: all personnel), how
    /// many were sent (a cumulative count of rotations, not a head count), and their share of all, which an
    /// unfiltered view (`None`) does not say.
    fn summary(
        &self,
        missions: &str,
        regions: &[&str],
        categories: &[&str],
        count: &str,
        share: Option<&str>,
    ) -> String;
    /// The personnel chart's finding: the mission that received the most, how many, and their share of the
    /// personnel shown.
    fn personnel_takeaway(&self, mission: &str, count: &str, share: &str) -> String;
    /// The region chart's finding: the region that received the most, and its share of the personnel shown.
    fn regions_takeaway(&self, region: &str, share: &str) -> String;
    /// The budget chart's finding: China's first and last share in the paper with their years, the last's rank
    /// where known, and the latest of the later scales where they are shown.
    fn budget_takeaway(
        &self,
        first: (&str, &str),
        last: (&str, &str),
        rank: Option<&str>,
        later: Option<(&str, &str)>,
    ) -> String;
    /// The timeline's finding, the paper's shift in kind: of the missions before 2000, how many were mainly
    /// military observers, of how many; of those from 2000, how many mainly civilian police or troops.
    fn timeline_takeaway(&self, before: Option<(&str, &str)>, after: Option<(&str, &str)>) -> String;
    /// The captions of the key facts ([`crate::model::KeyFact`]), beside figures the strip shows large. The budget:
    /// from the paper's first years to its last, and the rank then.
    fn fact_budget(&self, first: &str, last: &str, rank: Option<&str>) -> String;
    /// Beside the paper's count at one time, at `month`.
    fn fact_at_one_time(&self, month: &str) -> String;
    /// Beside the share of the region that received the most.
    fn fact_region(&self, region: &str) -> String;
    /// Beside the year of the first civilian police: the shift in kind, and the year of the first troops.
    fn fact_shift(&self, troops: &str) -> String;
    /// The button the filters fold behind (in the embed, and on a phone) with a count of filters on (more than none).
    fn filters_on(&self, filters: &str, count: usize) -> String;
    /// The accessible name of a chart's downloads: of its Download menu when `format` is empty, else of one button.
    fn download_label(&self, title: &str, format: &str) -> String;
    /// A link setting that was ignored.
    fn notice(&self, notice: &Notice) -> String;
    /// The interface of the language named `endonym` could not be loaded.
    fn language_not_loaded(&self, endonym: &str) -> String;
}

/// How China stood among the permanent members of the Security Council at a month, for the takeaway titles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing<'a> {
    /// China had the most personnel of the five (or shared the most).
    Largest,
    /// Another member, named in the language, had more.
    Behind(&'a str),
}

/// How a language says the sentences of the parts loaded on first use (`ui::lazy`): the mission details, the
/// Copy buttons, the arithmetic under Sources & notes, and the messages about a reader's own file.
///
/// Reached through a `match` on the language rather than through the table: a table is in the start-up wasm, and
/// would bring these sentences along; the `match` keeps each one, in every language, in the part that says it.
pub trait PartsGrammar {
    /// After a mission's participation: " (with its predecessor UNAMIC)".
    fn with_predecessor(&self, predecessor: &str) -> String;
    /// A figure in a mission's details, after its name: "Troops: 1,962".
    fn named_figure(&self, name: &str, figure: &str) -> String;
    /// An erratum in a mission's details, after the name of the column it is about: what the paper prints and what
    /// the data uses, what was done (the errata table's word), why, and the source: ": printed “2008-08”, used
    /// “1998-08” (corrected). China's start …. Source: Matsuda, Table 1." A value that is `None`, a blank cell (an
    /// end the paper does not print), is said in words rather than as empty quotes.
    fn erratum_in_details(
        &self,
        printed: Option<&str>,
        used: Option<&str>,
        action: &str,
        reason: &str,
        source: &str,
    ) -> String;
    /// The values of one filter group, any of which a mission may have: "Africa or Asia".
    fn any_of(&self, values: &[&str]) -> String;
    /// A way back from a view with no mission: the button that clears `filter`, and the missions that brings back.
    fn without_filter(&self, filter: &str, missions: &str) -> String;
    /// The accessible name of a Copy button, from the word for Copy and what it copies.
    fn copy_label(&self, copy: &str, what: &str) -> String;
    /// The arithmetic check of the tables against the text: the stated and summed counts (formatted) and their
    /// gap, the text's count of missions, the rows with uniformed personnel and all rows.
    fn arithmetic(
        &self,
        stated: &str,
        summed: &str,
        gap: i64,
        stated_missions: u32,
        with_uniformed: usize,
        rows: usize,
    ) -> String;
    /// The rows a long chart shows, `first` to `last` of `total`, and how many it does not show (more than none),
    /// all given formatted. Only a reader's own file has more rows than a page, so the pager is in its part.
    fn rows_shown(&self, first: &str, last: &str, total: &str, hidden: &str) -> String;
    /// A reader's file was loaded: its name and its missions, counted in words.
    fn own_loaded(&self, file: &str, missions: &str) -> String;
    fn own_rejected(&self, file: &str) -> String;
    /// A file over the limit of 1 MB, with its size in megabytes as [`crate::format::format_megabytes_over`] prints it.
    fn own_too_big(&self, file: &str, megabytes: &str) -> String;
    fn own_not_text(&self, file: &str) -> String;
    fn own_unreadable(&self, file: &str) -> String;
    /// How many problems of a file were not listed.
    fn more_problems(&self, count: usize) -> String;
    /// A problem of a reader's own file, with its file, line and column.
    fn data_error(&self, error: &DataError) -> String;
    /// A country's name in this language, from its CLDR names.
    fn country_name<'a>(&self, name: &'a CountryName) -> &'a str;
    /// A month's uniformed personnel: the total, then each type with anyone as its name and count:
    /// "2,040 (1,846 troops, 176 police, 18 military experts)".
    fn uniformed(&self, total: &str, parts: &[(&str, String)]) -> String;
    /// A rank among the countries a month's report lists: "15th of 118".
    fn rank_of(&self, rank: &str, listed: &str) -> String;
    /// The tooltip of a month of the deployed chart: the month, China's figures, its rank if listed, and notes
    /// (each a clause of its own).
    fn month_tooltip(&self, month: &str, figures: &str, rank_of: Option<&str>, notes: &[String]) -> String;
    /// The other permanent members' totals, each as its name and its count (or the words for not listed).
    fn others(&self, parts: &[(&str, String)]) -> String;
    /// The paper's figure beside the UN report's for the same month: "2,157 (paper) / 2,159 (UN report)".
    fn paper_and_report(&self, paper: &str, report: &str) -> String;
    /// The deployed chart's takeaway: China's count in the first month (`first`: month and count; `None` when
    /// that is the month shown), its count at `month`, and how it stood among the permanent members when their
    /// lines are shown.
    fn deployed_title(
        &self,
        first: Option<(&str, &str)>,
        month: &str,
        count: &str,
        standing: Option<Standing>,
    ) -> String;
    /// The top-contributors chart's takeaway: China's rank (`None`: not in the report) of the countries listed,
    /// and how it stood among the permanent members (`None` when none is in the report).
    fn contributors_title(&self, month: &str, rank: Option<&str>, listed: &str, standing: Option<Standing>) -> String;
    /// A bar's tooltip: its rank, country, month and figures.
    fn contributor_tooltip(&self, rank: &str, name: &str, month: &str, figures: &str) -> String;
    /// A link's month outside the reports (`first` to `last`), and the month the charts show instead, the nearer
    /// end.
    fn month_outside(&self, asked: &str, first: &str, last: &str, shown: &str) -> String;
    /// The words under the top-contributors chart: China's figures, rank and share of the world's total at a
    /// month (`figures` and `rank_of` are `None` where China is not in the report).
    fn month_sentence(
        &self,
        month: &str,
        figures: Option<&str>,
        rank_of: Option<&str>,
        share: &str,
        world: &str,
    ) -> String;
}

/// A list as languages write one: `separator` between the items and `last` before the last one ("a, b and c" is
/// `join_list(&["a", "b", "c"], ", ", " and ")`).
fn join_list<S: AsRef<str>>(items: &[S], separator: &str, last: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., final_item] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{}{last}{}", init.join(separator), final_item.as_ref())
        }
    }
}
