//! The dataset checked against the paper: counts and sums that a reader can redo by hand from Tables 1 and 2,
//! and broken copies of each file that validation must reject with the line named.
#![cfg(not(target_arch = "wasm32"))]

use pko_data::{
    order_by_number, Category, DataFiles, Dataset, ErratumAction, EventDate, FactKey, MissionColumn, Period, Region,
    Status, Vocabulary,
};

fn dataset() -> Dataset {
    Dataset::parse(&DataFiles::PAPER).unwrap_or_else(|errors| panic!("the paper's data files are invalid: {errors:#?}"))
}

#[test]
fn has_the_25_rows_of_tables_1_and_2() {
    let data = dataset();
    assert_eq!(data.missions().len(), 25);
    let table_1 = data.missions().iter().filter(|m| m.period == Period::Initial).count();
    assert_eq!(table_1, 9);
    let first_and_last: Vec<&str> = [0, 8, 9, 24].iter().map(|&i| data.missions()[i].acronym.as_str()).collect();
    assert_eq!(first_and_last, ["UNTAG", "UNAMSIL", "UNMISET", "MONUSCO"]);
}

#[test]
fn missions_at_follow_the_indices_order() {
    let data = dataset();
    let named: Vec<&str> = data.missions_at(&[24, 0, 3]).map(|mission| mission.acronym.as_str()).collect();
    assert_eq!(named, ["MONUSCO", "UNTAG", data.missions()[3].acronym.as_str()]);
}

#[test]
fn category_totals_match_the_hand_sums() {
    let totals = dataset().totals();
    let expected = [
        (Category::Civilian, 20),
        (Category::MilitaryObservers, 1_142),
        (Category::Troops, 9_910),
        (Category::CivilianPolice, 1_379),
    ];
    for (category, sum) in expected {
        assert_eq!(totals.get(category), sum, "{category:?}");
    }
    assert_eq!(totals.total(), 12_451);
}

#[test]
fn region_totals_match_the_hand_sums() {
    let data = dataset();
    let expected = [
        (Region::Africa, 8_832, 14),
        (Region::MiddleEast, 1_464, 3),
        (Region::Asia, 1_146, 5),
        (Region::Americas, 916, 1),
        (Region::Europe, 93, 2),
    ];
    for (region, personnel, missions) in expected {
        let in_region: Vec<_> = data.missions().iter().filter(|m| m.region == region).collect();
        assert_eq!(in_region.iter().map(|m| m.total_personnel()).sum::<u32>(), personnel, "{region:?}");
        assert_eq!(in_region.len(), missions, "{region:?}");
    }
}

#[test]
fn the_papers_12433_is_two_more_than_the_tables_uniformed_sum() {
    // A documented discrepancy: the text says 12,433 troops and civilian police; the tables add up to 12,431
    // uniformed personnel (all but UNTAG's 20 civilians). The app shows both rather than picking one.
    let data = dataset();
    let stated = data.fact(FactKey::CumulativeUniformed).expect("the fact is validated as present").value;
    assert_eq!(stated, 12_433);
    assert_eq!(data.totals().uniformed(), 12_431);
}

#[test]
fn the_papers_23_missions_are_the_rows_with_uniformed_personnel() {
    let data = dataset();
    let with_uniformed = data.missions().iter().filter(|m| m.personnel.is_some_and(|p| p.uniformed() > 0)).count();
    assert_eq!(Some(with_uniformed as u32), data.fact(FactKey::Missions).map(|f| f.value));
}

#[test]
fn pla_troop_missions_are_the_papers_six() {
    let data = dataset();
    let pla: Vec<&str> = data.missions().iter().filter(|m| m.has_pla_troops()).map(|m| m.acronym.as_str()).collect();
    assert_eq!(pla, ["UNTAC", "MONUC", "UNMIL", "UNMIS", "UNIFIL", "UNAMID"]);
    assert_eq!(Some(pla.len() as u32), data.fact(FactKey::PlaTroopMissions).map(|f| f.value));
}

#[test]
fn monusco_has_no_figures_rather_than_zeros() {
    let data = dataset();
    assert_eq!(data.mission("MONUSCO").map(|m| m.personnel), Some(None));
    assert!(data.missions().iter().filter(|m| m.acronym != "MONUSCO").all(|m| m.personnel.is_some()));
}

#[test]
fn ongoing_missions_are_those_the_paper_marks_to_present() {
    let data = dataset();
    let ongoing: Vec<&str> =
        data.missions().iter().filter(|m| m.status() == Status::Ongoing).map(|m| m.acronym.as_str()).collect();
    assert_eq!(
        ongoing,
        ["UNTSO", "MINURSO", "UNMIL", "UNOCI", "UNMIK", "MINUSTAH", "UNMIS", "UNIFIL", "UNMIT", "UNAMID", "MONUSCO"]
    );
}

#[test]
fn every_correction_is_in_the_data_and_explained() {
    let data = dataset();
    let corrected: Vec<_> = data.errata().iter().filter(|e| e.action == ErratumAction::Corrected).collect();
    assert!(corrected.len() >= 8, "the known errata are recorded");
    for erratum in corrected {
        assert_ne!(erratum.reason, "");
        assert_ne!(erratum.source, "");
        if let (Some(acronym), Some(column)) = (&erratum.acronym, erratum.column) {
            let mission = data.mission(acronym).expect("validated");
            assert_eq!(mission.column_text(column), erratum.used);
            assert!(mission.note.is_some(), "{acronym} explains its correction");
        }
    }
    let unamsil = data.mission("UNAMSIL").expect("in Table 1");
    assert_eq!(unamsil.china_start.to_string(), "1998-08");
    let printed = data.errata_for("UNAMSIL").find(|e| e.column == Some(MissionColumn::ChinaStart));
    assert_eq!(printed.map(|e| e.printed.as_str()), Some("2008-08"));
}

#[test]
fn every_budget_share_has_a_source_and_the_papers_three_are_marked() {
    let data = dataset();
    assert!(data.budget_shares().iter().all(|share| !share.source.is_empty()));
    let in_paper: Vec<(u16, u16, f64, Option<u32>)> = data
        .budget_shares()
        .iter()
        .filter(|share| share.in_paper)
        .map(|share| (share.from_year, share.to_year, share.share_percent, share.rank))
        .collect();
    assert_eq!(in_paper, [(1998, 2000, 0.9, None), (2001, 2003, 1.91, None), (2010, 2010, 3.94, Some(7))]);
    let later = data.budget_shares().iter().filter(|share| !share.in_paper).count();
    assert_eq!(later, 7);
}

#[test]
fn a_year_only_event_sorts_among_the_dated_ones_by_its_year() {
    let data = dataset();
    // The chronology's 1984 has no month: it sorts among the dated months, not before them all.
    assert!(data.events().iter().any(|event| matches!(event.date, EventDate::Year(1984))));
    assert!(data.events().windows(2).all(|pair| pair[0].date.year() <= pair[1].date.year()));
    // And months in order within a year.
    assert!(data.events().windows(2).all(|pair| pair[0].date <= pair[1].date));
    assert_eq!(data.events().first().map(|e| e.date.year()), Some(1971));
}

#[derive(Clone, Copy)]
enum File {
    Missions,
    Budget,
    Events,
    Facts,
    Errata,
}
use File::*;

/// Replaces the first occurrence of `from` in one file of the embedded data and returns the errors as text.
fn errors_after(file: File, from: &str, to: &str) -> Vec<String> {
    let mut sources = DataFiles::PAPER;
    let text = match file {
        Missions => &mut sources.missions,
        Budget => &mut sources.budget_shares,
        Events => &mut sources.events,
        Facts => &mut sources.facts,
        Errata => &mut sources.errata,
    };
    assert!(text.contains(from), "the fixture text {from:?} is in the file");
    *text = Box::leak(text.replacen(from, to, 1).into_boxed_str());
    match Dataset::parse(&sources) {
        Ok(_) => panic!("replacing {from:?} with {to:?} should fail validation"),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn corrupted_copies_fail_with_file_line_and_column() {
    type Case = (File, &'static str, &'static str, &'static str);
    let cases: [Case; 13] = [
        (Missions, "Namibia,Africa", "Namibia,Afrika", "data/missions.csv line 2, column region: `Afrika` is not one of Africa, Asia, Middle East, Europe, Americas"),
        (Missions, "1991-04,1991-04,2003-10", "1991-04,Spring 1991,2003-10", "data/missions.csv line 4, column china_start: `Spring 1991` is not a month written YYYY-MM"),
        (Missions, "1991-04,1991-04,2003-10", "1991-04,1991-04,1990-10", "data/missions.csv line 4, column china_end: China's participation ends (1990-10) before it starts (1991-04)"),
        (Missions, "0,89,0,0", "0,-89,0,0", "data/missions.csv line 3, column military_observers: `-89` is negative: a count of people is 0 or more"),
        (Missions, "1999-10,1998-08,2005-12", "1999-10,2008-08,2005-12", "data/missions.csv line 10, column china_end: China's participation ends (2005-12) before it starts (2008-08)"),
        (Missions, "UNIKOM,", "UNTSO,", "data/missions.csv line 4, column acronym: UNTSO appears twice"),
        (Budget, "1998,2000,0.9", "1998,2000,zero", "data/budget_shares.csv line 2, column share_percent: `zero` is not a percentage between 0 and 100"),
        (Budget, "2013,2015,6.64,6,no,no,\"Global Times / ecns, 31 May 2016, citing the UN\"", "2013,2015,6.64,6,no,no,", "data/budget_shares.csv line 7, column source: this cell must not be empty"),
        (Budget, "2022,2024,18.69,2,no,yes,", "2022,2024,18.69,2,no,maybe,", "data/budget_shares.csv line 10, column low_confidence: `maybe` is not yes or no"),
        (Events, "1984,Seven", "1984-13,Seven", "data/events.csv line 5, column date: `1984-13` is not a year (YYYY) or a month (YYYY-MM)"),
        (Events, "1984,Seven", "1981-12,Seven", "data/events.csv line 5, column date: 1981-12 appears twice"),
        (Facts, "fatalities,16", "casualties,16", "data/facts.csv line 5, column key: `casualties` is not one of missions"),
        (Errata, "UNAMA,un_start,2006-08,2002-03", "UNAMA,un_start,2006-08,2002-04", "data/errata.csv line 3, column used: says UNAMA un_start is `2002-04`, but data/missions.csv has `2002-03`"),
    ];
    for (file, from, to, expected) in cases {
        let errors = errors_after(file, from, to);
        assert!(errors.iter().any(|e| e.starts_with(expected)), "expected {expected:?}, got {errors:#?}");
    }
}

#[test]
fn a_share_is_plain_decimal_digits_up_to_100_and_parses_to_the_nearest_double() {
    for bad in ["1.2.3", "100.5", ".5", "-1", "1e2", "0x1", "1..5"] {
        let errors = errors_after(Budget, "1998,2000,0.9,", &format!("1998,2000,{bad},"));
        assert!(errors.iter().any(|e| e.contains("is not a percentage between 0 and 100")), "{bad}: {errors:?}");
    }
    // The app's own parser must give exactly what the standard library's correctly rounding one gives.
    let parsed: Vec<f64> = dataset().budget_shares().iter().map(|share| share.share_percent).collect();
    let by_std: Vec<f64> = DataFiles::PAPER
        .budget_shares
        .lines()
        .skip(1)
        .map(|line| line.split(',').nth(2).unwrap().parse().unwrap())
        .collect();
    assert_eq!(parsed, by_std);
}

#[test]
fn a_table_1_start_after_1999_is_rejected_like_the_papers_unamsil_misprint() {
    let errors = errors_after(Missions, "1993-12,1998-05,2000-01", "1993-12,2008-05,2009-01");
    assert_eq!(errors, ["data/missions.csv line 9, column china_start: 2008-05 does not fit table 1: Table 1 covers starts before 2000, Table 2 from 2000"]);
}

#[test]
fn a_count_with_thousands_separators_is_told_so_and_one_with_a_decimal_comma_is_no_whole_number() {
    // Unquoted, its comma splits it, and the empty note pushed past the last column would hide the shift.
    let errors = errors_after(Missions, ",0,70,3906,83,", ",0,70,3,906,83,");
    assert_eq!(errors, ["data/missions.csv line 15: 15 fields where the header has 14"]);
    let errors = errors_after(Missions, ",0,70,3906,83,", ",0,70,\"3,906\",83,");
    assert!(
        errors.iter().any(|error| error.ends_with("`3,906`: write whole numbers without thousands separators")),
        "{errors:?}"
    );
    let errors = errors_after(Missions, ",0,70,3906,83,", ",0,70,\"3906,00\",83,");
    assert_eq!(errors, ["data/missions.csv line 15, column troops: `3906,00` is not a whole number"]);
}

#[test]
fn a_half_filled_personnel_row_is_rejected() {
    let errors = errors_after(Missions, "0,164,0,0", "0,164,,0");
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with("data/missions.csv line 4, column troops: empty, while other personnel cells"),
        "{errors:?}"
    );
}

#[test]
fn every_problem_is_listed_not_only_the_first() {
    let mut sources = DataFiles::PAPER;
    let broken = sources.missions.replacen("Namibia,Africa", "Namibia,Afrika", 1).replacen("0,89,0,0", "0,x,0,0", 1);
    let broken: &'static str = Box::leak(broken.into_boxed_str());
    sources.missions = broken;
    let errors = Dataset::parse(&sources).expect_err("two broken cells");
    assert_eq!(errors.len(), 2, "{errors:#?}");
}

#[test]
fn slugs_are_the_public_url_vocabulary() {
    let regions: Vec<&str> = Region::ALL.iter().map(|r| r.slug()).collect();
    assert_eq!(regions, ["africa", "asia", "middle-east", "europe", "americas"]);
    let categories: Vec<&str> = Category::ALL.iter().map(|c| c.slug()).collect();
    assert_eq!(categories, ["civilian", "observers", "troops", "police"]);
}

#[test]
fn an_own_file_is_checked_like_the_papers_and_its_errors_name_it() {
    let header = "acronym,predecessor,name,host,region,table,un_start,china_start,china_end,civilian,military_observers,troops,civilian_police,note";
    let good = format!(
        "{header}\nUNFICYP,,United Nations Peacekeeping Force in Cyprus,Cyprus,Europe,1,1964-03,1990-01,,0,10,0,5,\n"
    );
    let data = dataset().with_own_missions("cyprus.csv", &good).expect("a valid own file");
    assert_eq!(data.missions().len(), 1);
    assert_eq!(data.totals().total(), 15);
    assert!(data.errata().is_empty(), "the paper's errata are not about this file");

    let bad = format!("{header}\nUNFICYP,,Force,Cyprus,Europa,1,1964-03,1990-01,,0,-10,0,5,\n");
    let errors: Vec<String> =
        dataset().with_own_missions("cyprus.csv", &bad).unwrap_err().iter().map(ToString::to_string).collect();
    assert_eq!(
        errors,
        [
            "cyprus.csv line 2, column region: `Europa` is not one of Africa, Asia, Middle East, Europe, Americas",
            "cyprus.csv line 2, column military_observers: `-10` is negative: a count of people is 0 or more"
        ]
    );
    let wrong_columns = dataset().with_own_missions("x.csv", "name,count\nA,1\n").unwrap_err();
    assert!(wrong_columns[0].to_string().starts_with("x.csv line 1: the header should be `acronym,predecessor"));
    let too_many = format!("{header}\n{}", "X,,n,h,Asia,1,1990-01,1990-01,,0,0,0,0,\n".repeat(2_001));
    assert_eq!(
        dataset().with_own_missions("big.csv", &too_many).unwrap_err()[0].to_string(),
        "big.csv: 2001 missions: files of up to 2000 missions can be loaded"
    );
}

#[test]
fn the_one_sort_orders_by_number_then_text_and_keeps_ties_in_their_order() {
    let mut items = vec![(2, "b", 'x'), (1, "z", 'y'), (2, "a", 'z'), (1, "z", 'w'), (0, "zz", 'v')];
    pko_data::sort_stably(&mut items, |(number, text, _)| (*number, *text));
    assert_eq!(items, [(0, "zz", 'v'), (1, "z", 'y'), (1, "z", 'w'), (2, "a", 'z'), (2, "b", 'x')]);
}

#[test]
fn ordering_by_number_is_a_stable_sort() {
    // Ties, zero, a key in each byte range the radix passes over, and the largest keys the app sorts (`largest_first`
    // of a count, and of no figures: 2^32).
    let keys: Vec<u64> = [7, 0, 1 << 32, 300, 7, u64::from(u32::MAX), 0, 65_536, 1 << 32, 255, 256, 7]
        .into_iter()
        .chain((0..500).map(|i| (i * 7_919) % 1_000))
        .collect();
    let mut expected: Vec<usize> = (0..keys.len()).collect();
    expected.sort_by_key(|index| keys[*index]);
    assert_eq!(order_by_number(&keys), expected);
    assert_eq!(order_by_number(&[]), Vec::<usize>::new());
    assert_eq!(order_by_number(&[0, 0]), [0, 1]);
}
