//! The URL form of the view: every valid state survives a round trip, and no string makes parsing panic.
#![cfg(not(target_arch = "wasm32"))]

use pko_core::lang::Lang;
use pko_core::model::{Scale, Set, Sort};
use pko_core::state::{ChartKind, Notice, ThemeChoice, ViewState};
use pko_core::words::{Texts, ENGLISH};
use pko_data::{Category, DataFiles, Dataset, Period, Region, Status, Vocabulary, YearMonth};

fn data() -> Dataset {
    Dataset::parse(&DataFiles::PAPER).expect("the paper's data files are valid")
}

/// A small deterministic generator, so that a failing case can be replayed from its seed.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<T: Copy>(&mut self, values: &[T]) -> T {
        values[self.below(values.len())]
    }

    fn set<T: Vocabulary>(&mut self) -> Set<T> {
        T::ALL.iter().copied().filter(|_| self.below(3) == 0).collect()
    }

    fn option<T: Copy>(&mut self, values: &[T]) -> Option<T> {
        (self.below(2) == 0).then(|| self.pick(values))
    }
}

fn random_state(random: &mut Random, data: &Dataset) -> ViewState {
    let mut state = ViewState::default();
    state.filters.regions = random.set::<Region>();
    state.filters.categories = random.set::<Category>();
    state.filters.period = random.option(Period::ALL);
    state.filters.status = random.option(Status::ALL);
    state.filters.pla_only = random.below(2) == 0;
    state.mission =
        (random.below(2) == 0).then(|| data.missions()[random.below(data.missions().len())].acronym.clone());
    state.sort = random.pick(Sort::ALL);
    state.scale = random.pick(Scale::ALL);
    state.later = random.below(2) == 0;
    state.month = (random.below(2) == 0)
        .then(|| YearMonth::new(1990 + random.below(25) as u16, 1 + random.below(12) as u8))
        .flatten();
    state.permanent_members = random.below(2) == 0;
    state.chart = random.pick(ChartKind::ALL);
    state.embed = random.below(2) == 0;
    state.theme = random.option(ThemeChoice::ALL);
    state.lang = random.option(Lang::ALL);
    state
}

#[test]
fn every_valid_state_survives_a_round_trip() {
    let data = data();
    let mut random = Random(0x5eed_1234_abcd_0001);
    for case in 0..5_000 {
        let state = random_state(&mut random, &data);
        let query = state.to_query();
        let (parsed, notices) = ViewState::from_query(&query, &data);
        assert_eq!(parsed, state, "case {case}: {query}");
        assert!(notices.is_empty(), "case {case}: {query} gave {notices:?}");
    }
}

#[test]
fn writes_only_what_differs_from_the_default() {
    assert_eq!(ViewState::default().to_query(), "v=1");
    let mut state = ViewState::default();
    state.filters.regions.insert(Region::Africa);
    state.filters.regions.insert(Region::MiddleEast);
    state.scale = Scale::Log;
    state.mission = Some("UNMIL".to_string());
    assert_eq!(state.to_query(), "v=1&region=africa~middle-east&mission=UNMIL&scale=log");
}

#[test]
fn reads_a_hand_written_link_and_ignores_what_it_cannot_use() {
    let data = data();
    let (state, notices) =
        ViewState::from_query("?region=africa%7Easia&mission=unmil&colour=red&sort=size&region=europe&pla=1", &data);
    assert_eq!(state.filters.regions.iter().collect::<Vec<_>>(), [Region::Africa, Region::Asia]);
    assert_eq!(state.mission.as_deref(), Some("UNMIL"), "acronyms are matched without regard to case");
    assert!(state.filters.pla_only);
    assert_eq!(state.sort, Sort::Total);
    let notices: Vec<String> = notices.iter().map(|n| ENGLISH.notice(n)).collect();
    assert_eq!(
        notices,
        [
            "Ignored the unknown setting `colour`.",
            "Ignored `sort=size`: not a value this setting takes.",
            "Ignored a repeated `region`."
        ]
    );
}

#[test]
fn a_link_of_a_later_version_says_so_and_is_read_as_far_as_this_version_can() {
    let data = data();
    let (state, notices) = ViewState::from_query("v=2&region=asia&zoom=3", &data);
    assert_eq!(state.filters.regions.iter().collect::<Vec<_>>(), [Region::Asia]);
    let notices: Vec<String> = notices.iter().map(|n| ENGLISH.notice(n)).collect();
    assert_eq!(
        notices,
        [
            "This link was made by a newer version of the explorer (`v=2`): it is read as far as this version understands it.",
            "Ignored the unknown setting `zoom`."
        ]
    );
    // An older or a malformed version is only a value this setting does not take.
    for version in ["0", "one", "-1"] {
        let (_, notices) = ViewState::from_query(&format!("v={version}"), &data);
        assert_eq!(notices, [Notice::BadValue("v".to_string(), version.to_string())]);
    }
}

#[test]
fn reads_the_month_and_the_permanent_members_of_the_contributions_charts() {
    let data = data();
    let (state, notices) = ViewState::from_query("chart=contributors&month=2008-11&p5=1", &data);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(state.chart, ChartKind::Contributors);
    assert_eq!(state.month, YearMonth::new(2008, 11));
    assert!(state.permanent_members);
    assert_eq!(state.to_query(), "v=1&month=2008-11&p5=1&chart=contributors");
    let (state, notices) = ViewState::from_query("month=2008-13&p5=yes&chart=deployed", &data);
    assert_eq!((state.month, state.permanent_members, state.chart), (None, false, ChartKind::Deployed));
    assert_eq!(notices.len(), 2, "a month that is no month and a flag that is no flag: {notices:?}");
}

#[test]
fn rejects_unknown_missions_partial_lists_and_broken_escapes() {
    let data = data();
    let (state, notices) =
        ViewState::from_query("mission=UNXYZ&region=africa~atlantis&category=&period=%ZZ&embed=yes", &data);
    assert_eq!(state, ViewState::default());
    assert_eq!(notices.len(), 5, "{notices:?}");
}

#[test]
fn no_string_makes_parsing_panic() {
    let data = data();
    let mut random = Random(0xdead_beef_cafe_f00d);
    let alphabet: Vec<char> =
        "=&~%+?#v1region=africa mission=UNMIL ä中\u{0}\u{ffff}%e4%b8%ad%C3%28%%2".chars().collect();
    for _ in 0..20_000 {
        let length = random.below(80);
        let query: String = (0..length).map(|_| random.pick(&alphabet)).collect();
        let _ = ViewState::from_query(&query, &data);
    }
    let long = "region=africa&".repeat(2_000);
    let (state, notices) = ViewState::from_query(&long, &data);
    assert!(state.filters.regions.contains(Region::Africa));
    assert!(notices.iter().any(|n| ENGLISH.notice(n).contains("longer than")));
}

#[test]
fn a_link_that_repeats_or_mangles_many_settings_gets_a_few_notices_each_said_once() {
    let data = data();
    // As the review found it: a query of hundreds of repeats listed "Ignored a repeated `region`." once a
    // repeat, several screens before the first chart.
    let (_, notices) = ViewState::from_query(&"region=africa&".repeat(250), &data);
    let said: Vec<String> = notices.iter().map(|n| ENGLISH.notice(n)).collect();
    assert_eq!(said, ["Ignored a repeated `region`."]);
    // Many different settings: the first five, then how many more.
    let query: String = (0..40).map(|index| format!("setting{index}=1&")).collect();
    let (_, notices) = ViewState::from_query(&query, &data);
    assert_eq!(notices.len(), pko_core::state::MAX_NOTICES);
    assert_eq!(ENGLISH.notice(&notices[0]), "Ignored the unknown setting `setting0`.");
    assert_eq!(ENGLISH.notice(&notices[5]), "Ignored 35 more settings of the link.");
    for lang in [Lang::Chinese, Lang::Japanese] {
        assert!(Texts::of(lang).notice(&notices[5]).contains("35"));
    }
}

#[test]
fn a_too_big_file_is_named_with_its_size_in_megabytes_with_the_decimals_that_read_over_the_limit() {
    assert_eq!(ENGLISH.own_too_big("big.csv", 50_000_000.0), "big.csv is 50.0 MB: files of up to 1 MB can be loaded.");
    // Over the limit never reads as the limit: as many decimals as that takes, cut rather than rounded up.
    assert!(Texts::of(Lang::Chinese).own_too_big("a.csv", 1_049_999.0).contains(" 1.04 MB"));
    assert!(Texts::of(Lang::Japanese).own_too_big("a.csv", 1_150_001.0).contains(" 1.1 MB"));
    assert!(ENGLISH.own_too_big("a.csv", 1_000_001.0).starts_with("a.csv is 1.000001 MB:"));
    assert!(ENGLISH.own_too_big("a.csv", 1_048_576.0).starts_with("a.csv is 1.04 MB:"));
}
