//! Filters and sorting turned into series, checked against figures a reader can recompute from the tables.
#![cfg(not(target_arch = "wasm32"))]

use pko_core::model::{self, AsOf, Filters, Sort};
use pko_core::words::{Texts, ENGLISH};
use pko_data::{Category, DataFiles, Dataset, Period, Region, Status, YearMonth};
mod bars;

fn dataset() -> Dataset {
    Dataset::parse(&DataFiles::PAPER).expect("the paper's data files are valid")
}

fn filters(build: impl FnOnce(&mut Filters)) -> Filters {
    let mut filters = Filters::default();
    build(&mut filters);
    filters
}

/// One case: filters, then the expected mission count, personnel and summary line.
fn check(filters: Filters, missions: usize, personnel: u32, line: &str) {
    let data = dataset();
    let summary = model::summary(&data, &filters);
    assert_eq!((summary.missions, summary.personnel), (missions, personnel), "{filters:?}");
    assert_eq!(ENGLISH.summary(&summary, &filters), line);
    let bars = bars::mission_bars(&data, &filters, Sort::Total);
    assert_eq!(bars.len(), missions);
    assert_eq!(bars.iter().map(|bar| bar.total()).sum::<u32>(), personnel);
}

#[test]
fn summaries_follow_the_filters() {
    check(Filters::default(), 25, 12_451, "25 missions, 12,451 personnel sent");
    check(
        filters(|f| f.regions.insert(Region::Africa)),
        14,
        8_832,
        "14 missions in Africa, 8,832 personnel sent (71% of all)",
    );
    check(filters(|f| f.period = Some(Period::Initial)), 9, 1_576, "9 missions, 1,576 personnel sent (13% of all)");
    check(filters(|f| f.categories.insert(Category::Troops)), 6, 9_910, "6 missions, 9,910 troops sent (80% of all)");
    check(
        filters(|f| {
            f.regions.insert(Region::Europe);
            f.regions.insert(Region::Americas);
        }),
        3,
        1_009,
        "3 missions in Europe and Americas, 1,009 personnel sent (8% of all)",
    );
    // UNTAC 897 + MONUC 2,063 + UNMIL 4,059 + UNMIS 1,875 + UNIFIL 1,211 + UNAMID 322.
    check(filters(|f| f.pla_only = true), 6, 10_427, "6 missions, 10,427 personnel sent (84% of all)");
    // UNTSO 89 + MINURSO 314 + UNMIL 4,059 + UNOCI 33 + UNMIK 73 + MINUSTAH 916 + UNMIS 1,875 + UNIFIL 1,211
    // + UNMIT 37 + UNAMID 322 + MONUSCO (no figures).
    check(filters(|f| f.status = Some(Status::Ongoing)), 11, 8_929, "11 missions, 8,929 personnel sent (72% of all)");
}

#[test]
fn region_bars_ignore_the_region_filter_and_mark_the_chosen() {
    let data = dataset();
    let bars = model::region_bars(&data, &filters(|f| f.regions.insert(Region::Africa)));
    let africa = &bars[0];
    assert_eq!((africa.region, africa.personnel, africa.missions, africa.selected), (Region::Africa, 8_832, 14, true));
    assert_eq!(bars.iter().filter(|bar| bar.selected).count(), 1);
    assert_eq!(bars.iter().map(|bar| bar.personnel).sum::<u32>(), 12_451);
    assert!((bars.iter().map(|bar| bar.share).sum::<f64>() - 1.0).abs() < 1e-9);
}

#[test]
fn sorts_by_total_start_and_name_with_no_figures_last() {
    let data = dataset();
    let acronyms = |sort| -> Vec<String> {
        bars::mission_bars(&data, &Filters::default(), sort).into_iter().map(|bar| bar.acronym).collect()
    };
    let by_total = acronyms(Sort::Total);
    assert_eq!(&by_total[..3], ["UNMIL", "MONUC", "UNMIS"]);
    assert_eq!(by_total.last().map(String::as_str), Some("MONUSCO"));
    let by_start = acronyms(Sort::Start);
    assert_eq!(&by_start[..2], ["UNTAG", "UNTSO"]);
    let by_name = acronyms(Sort::Name);
    assert!(by_name.windows(2).all(|pair| pair[0] <= pair[1]));
}

#[test]
fn budget_series_keeps_the_papers_figures_apart_from_the_later_scales() {
    let data = dataset();
    let paper_only = model::budget_series(&data, false);
    assert_eq!(paper_only.paper.iter().map(|s| s.share_percent).collect::<Vec<_>>(), [0.9, 1.91, 3.94]);
    assert!(paper_only.later.is_empty());
    let with_later = model::budget_series(&data, true);
    assert_eq!(with_later.later.len(), 7);
    assert_eq!(with_later.later.last().map(|s| (s.from, s.to, s.share_percent)), Some((2025.0, 2028.0, 23.78)));
}

#[test]
fn timeline_runs_ongoing_missions_to_the_cut_off() {
    let data = dataset();
    let bars = bars::timeline_bars(&data, &Filters::default());
    assert_eq!(bars.len(), 25);
    assert_eq!(bars[0].acronym, "UNTAG");
    let unmil = bars.iter().find(|bar| bar.acronym == "UNMIL").expect("UNMIL is on the timeline");
    let paper_cut_off = AsOf { month: YearMonth::new(2011, 1).expect("a month"), inferred: false };
    assert_eq!(unmil.ongoing, Some(paper_cut_off), "the month the paper's sources were read");
    assert!((unmil.end - (2011.0 + 1.0 / 12.0)).abs() < 1e-9);
    let untag = &bars[0];
    assert!(untag.ongoing.is_none() && (untag.end - (1990.0 + 3.0 / 12.0)).abs() < 1e-9);
}

#[test]
fn a_readers_own_missions_run_to_the_latest_month_they_name() {
    // No date says when this file was written: its ongoing mission runs to its latest month, June 2024 (an end),
    // not to the paper's January 2011, which lies before the mission began.
    let header = "acronym,predecessor,name,host,region,table,un_start,china_start,china_end,civilian,military_observers,troops,civilian_police,note";
    let rows = "ONE,,First Mission,Somewhere,Africa,2,2015-02,2015-03,2024-06,0,1,2,3,\n\
                TWO,,Second Mission,Elsewhere,Asia,2,2018-01,2019-05,,0,4,0,0,";
    let own = dataset().with_own_missions("own.csv", &format!("{header}\n{rows}\n")).expect("a valid own file");
    // The paper's chronology is about China's missions, not the reader's: their timeline spans their own years.
    assert!(own.events().is_empty() && own.errata().is_empty() && own.missions_known_to().is_none());
    let as_of = AsOf { month: YearMonth::new(2024, 6).expect("a month"), inferred: true };
    assert_eq!(model::as_of(&own), as_of);
    let bars = bars::timeline_bars(&own, &Filters::default());
    let ends: Vec<(&str, f64, Option<AsOf>)> =
        bars.iter().map(|bar| (bar.acronym.as_str(), bar.end, bar.ongoing)).collect();
    // The end of June 2024: 2024 and six twelfths.
    assert_eq!(ends, [("ONE", 2024.5, None), ("TWO", 2024.5, Some(as_of))]);
    assert_eq!(ENGLISH.ongoing_until(as_of), "ongoing (to Jun 2024, the latest month in the data)");
    assert_eq!(ENGLISH.ongoing_until(model::as_of(&dataset())), "ongoing (to Jan 2011)");
}

#[test]
fn each_language_words_the_summary_in_its_own_way() {
    use pko_core::lang::Lang;
    let data = dataset();
    let africa = filters(|f| f.regions.insert(Region::Africa));
    let summary = model::summary(&data, &africa);
    let lines: Vec<String> = [Lang::English, Lang::Chinese, Lang::Japanese]
        .iter()
        .map(|lang| Texts::of(*lang).summary(&summary, &africa))
        .collect();
    assert_eq!(
        lines,
        [
            "14 missions in Africa, 8,832 personnel sent (71% of all)",
            "非洲的14项任务，派遣8,832人次（占总数71%）",
            "アフリカの14ミッション、延べ8,832人（全体の71%）"
        ]
    );
    let troops = filters(|f| f.categories.insert(Category::Troops));
    let summary = model::summary(&data, &troops);
    assert_eq!(Texts::of(Lang::Chinese).summary(&summary, &troops), "6项任务，派遣部队9,910人次（占总数80%）");
    let unamsil = data.mission("UNAMSIL").expect("in Table 1");
    assert_eq!(Texts::of(Lang::Japanese).participation(unamsil), "1998年8月–2005年12月");
    assert_eq!(Texts::of(Lang::English).participation(unamsil), "Aug 1998 – Dec 2005");
}

#[test]
fn the_browser_language_picks_the_first_language_the_app_speaks() {
    use pko_core::lang::Lang;
    assert_eq!(Lang::from_preferences(["fr-FR", "ja-JP", "en"]), Some(Lang::Japanese));
    assert_eq!(Lang::from_preferences(["zh-CN"]), Some(Lang::Chinese));
    assert_eq!(Lang::from_preferences(["de", "es"]), None);
    assert_eq!(Lang::Chinese.tag(), "zh-Hans");
}

#[test]
fn each_chart_says_its_finding_for_the_view_in_each_language() {
    use pko_core::lang::Lang;
    let data = dataset();
    let all = Filters::default();
    let everything = model::mission_order(&data, &all, Sort::Total);
    let texts = |lang| Texts::of(lang);
    let findings = |lang: Lang, filters: &Filters, rows: &[usize]| {
        [
            texts(lang).personnel_takeaway(model::largest_mission(&data, filters, rows)),
            texts(lang).regions_takeaway(&model::region_bars(&data, filters)),
            texts(lang).timeline_takeaway(model::shift_in_kind(&data, rows)),
        ]
    };
    // UNMIL's 4,059 of 12,451; Africa's 8,832; Table 1's missions mainly observers but UNTAG (civilians) and UNTAC
    // (engineers); from 2000, six mainly police and five mainly troops.
    assert_eq!(
        findings(Lang::English, &all, &everything),
        [
            "UNMIL received the most personnel: 4,059, 33% of those shown",
            "Africa received 71% of the personnel sent",
            "Before 2000, 7 of 9 missions were mainly military observers; from 2000, 11 of 16 were mainly civilian police or troops",
        ]
    );
    assert_eq!(
        findings(Lang::Chinese, &all, &everything),
        [
            "UNMIL接收的人员最多：4,059人次，占所示人员的33%",
            "非洲接收了71%的派遣人员",
            "2000年以前，9项任务中有7项以军事观察员为主；2000年起，16项中有11项以民事警察或部队为主",
        ]
    );
    assert_eq!(
        findings(Lang::Japanese, &all, &everything),
        [
            "最も多くの要員が派遣されたのはUNMIL：延べ4,059人、表示分の33%",
            "派遣要員の71%がアフリカへ",
            "2000年より前は9ミッション中7が主に軍事監視要員、2000年以降は16ミッション中11が主に文民警察か部隊",
        ]
    );
    // A filtered view gets findings true for it: in Africa, UNMIL's 4,059 are 46% of 8,832.
    let africa = filters(|f| f.regions.insert(Region::Africa));
    let in_africa = model::mission_order(&data, &africa, Sort::Total);
    let [personnel, _, timeline] = findings(Lang::English, &africa, &in_africa);
    assert_eq!(personnel, "UNMIL received the most personnel: 4,059, 46% of those shown");
    assert_eq!(
        timeline,
        "Before 2000, 4 of 5 missions were mainly military observers; from 2000, 4 of 9 were mainly civilian police or troops"
    );
    // A view of one period says that period only, and a view without figures says nothing.
    let active = filters(|f| f.period = Some(pko_data::Period::Active));
    let [_, _, timeline] = findings(Lang::English, &active, &model::mission_order(&data, &active, Sort::Total));
    assert_eq!(timeline, "From 2000, 11 of 16 were mainly civilian police or troops");
    assert_eq!(ENGLISH.personnel_takeaway(None), "");
    let budget = |later| model::budget_series(&data, later);
    assert_eq!(
        ENGLISH.budget_takeaway(&budget(false)),
        "China's share of the budget went from 0.9% (1998–2000) to 3.94% (2010), the 7th largest"
    );
    assert_eq!(
        ENGLISH.budget_takeaway(&budget(true)),
        "China's share of the budget went from 0.9% (1998–2000) to 3.94% (2010), the 7th largest; later UN scales reach 23.78% (2025–2027)"
    );
    assert_eq!(
        texts(Lang::Chinese).budget_takeaway(&budget(false)),
        "中国的预算分摊比例从0.9%（1998–2000年）变为3.94%（2010年），居第7位"
    );
    assert_eq!(
        texts(Lang::Japanese).budget_takeaway(&budget(false)),
        "中国の予算分担率は0.9%（1998–2000年）から3.94%（2010年）へ、7位"
    );
}

#[test]
fn the_key_facts_are_the_papers_findings_in_each_language() {
    use pko_core::lang::Lang;
    let data = dataset();
    let facts = model::key_facts(&data);
    let said = |lang| facts.iter().map(|fact| Texts::of(lang).key_fact(fact)).collect::<Vec<_>>();
    let pairs = |expected: [(&str, &str); 4]| expected.map(|(a, b)| (a.to_string(), b.to_string())).to_vec();
    // The paper's section II.2 (0.9%, 3.94%, seventh; 2,157 at one time), Tables 1–2 summed by region (8,832 of
    // 12,451 in Africa), and the chronology's turning points (first civilian police 2000, troops to the Congo 2003).
    assert_eq!(
        said(Lang::English),
        pairs([
            (
                "0.9% → 3.94%",
                "China's share of the UN peacekeeping budget, 1998–2000 to 2010: the 7th-largest contributor"
            ),
            ("2,157", "personnel deployed at any one time (Nov 2008, the paper's figure)"),
            ("71%", "of the personnel sent went to missions in Africa"),
            (
                "2000",
                "first civilian police, after a decade of mainly military observers; PLA troops to Africa from 2003"
            ),
        ])
    );
    assert_eq!(
        said(Lang::Chinese)[0],
        ("0.9% → 3.94%".to_string(), "中国在联合国维和预算中的分摊比例，1998–2000年至2010年，居第7位".to_string())
    );
    assert_eq!(said(Lang::Japanese)[2], ("71%".to_string(), "の派遣要員がアフリカのミッションへ".to_string()));
}

#[test]
fn a_view_with_no_mission_names_each_filter_whose_clearing_brings_missions_back() {
    use model::FilterGroup;
    let data = dataset();
    // MINUSTAH, China's one mission in the Americas, began in 2004; Table 1 holds nine missions.
    let americas_early = filters(|f| {
        f.regions.insert(Region::Americas);
        f.period = Some(Period::Initial);
    });
    assert_eq!(model::summary(&data, &americas_early).missions, 0);
    let ways = model::ways_back(&data, &americas_early);
    assert_eq!(ways, [(FilterGroup::Period, 1), (FilterGroup::Regions, 9)]);
    let said: Vec<String> =
        ways.iter().map(|(group, missions)| ENGLISH.way_back(&americas_early, *group, *missions)).collect();
    assert_eq!(said, ["Without “Initial participation, 1989–1999”: 1 mission", "Without “Americas”: 9 missions"]);
    // A group of several values is named as any of them; clearing it is the way back.
    let both = filters(|f| {
        f.regions.insert(Region::Americas);
        f.regions.insert(Region::Europe);
        f.categories.insert(Category::Troops);
    });
    assert_eq!(model::summary(&data, &both).missions, 0);
    let ways = model::ways_back(&data, &both);
    assert_eq!(
        ways.iter().map(|(group, missions)| ENGLISH.way_back(&both, *group, *missions)).collect::<Vec<_>>(),
        ["Without “Europe or Americas”: 6 missions", "Without “Troops”: 3 missions"]
    );
    // Where missions match, there is no way back to offer.
    assert_eq!(model::ways_back(&data, &filters(|f| f.regions.insert(Region::Africa))), []);
}
