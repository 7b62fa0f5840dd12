//! The UN's monthly contributions and the tables derived from them, checked against figures from the sources (the
//! UN's December 2010 report as Our World in Data gives it, IPI's `China.csv`, the paper), never against figures
//! this code computed; and corrupted copies, which must be rejected with the line and column named.
#![cfg(not(target_arch = "wasm32"))]

use pko_data::{
    parse_contributions, parse_country_names, ContributionTables, CountryCode, MonthlyContribution, Uniformed,
    YearMonth, CONTRIBUTIONS_CSV, COUNTRY_NAMES_CSV, TOP_COUNT,
};

fn rows() -> Vec<MonthlyContribution> {
    parse_contributions(CONTRIBUTIONS_CSV).unwrap_or_else(|errors| panic!("contributions.csv is invalid: {errors:#?}"))
}

fn tables() -> ContributionTables {
    let names = parse_country_names(COUNTRY_NAMES_CSV).unwrap_or_else(|errors| panic!("{errors:#?}"));
    ContributionTables::derive(&rows(), &names).unwrap_or_else(|errors| panic!("{errors:#?}"))
}

fn month(text: &str) -> YearMonth {
    YearMonth::parse(text).unwrap()
}

fn code(text: &str) -> CountryCode {
    CountryCode::parse(text).unwrap()
}

/// The permanent member's figures at `month`.
fn member(tables: &ContributionTables, member: &str, at: &str) -> Uniformed {
    let index = CountryCode::PERMANENT_MEMBERS.iter().position(|other| *other == code(member)).unwrap();
    tables.permanent[index][tables.index_of(month(at)).unwrap()].unwrap()
}

#[test]
fn the_file_has_the_source_s_rows_countries_and_months() {
    let rows = rows();
    assert_eq!(rows.len(), 25_657);
    let tables = tables();
    assert_eq!(tables.months(), 281);
    assert_eq!((tables.first_month, tables.last_month()), (month("1990-11"), month("2014-03")));
    assert_eq!(tables.month_at(241), month("2010-12"));
    assert_eq!(tables.index_of(month("2010-12")), Some(241));
    assert_eq!(tables.index_of(month("1990-10")), None);
    assert_eq!(tables.index_of(month("2014-04")), None);
}

#[test]
fn the_world_total_of_december_2010_is_the_uns_98_638() {
    // The UN's December 2010 report, as Our World in Data gives it: 82,014 troops, 14,322 police, 2,302 experts.
    let tables = tables();
    let world = tables.world[tables.index_of(month("2010-12")).unwrap()];
    assert_eq!(world, Uniformed { troops: 82_014, police: 14_322, experts: 2_302 });
    assert_eq!(world.total(), 98_638);
}

#[test]
fn china_in_november_2008_is_china_csv_s_2_159_not_the_paper_s_2_157() {
    // China.csv at the pinned commit: `2008-11-30,1892,209,58`; the paper says 2,157 "at any one time".
    let china = rows().into_iter().find(|row| row.month == month("2008-11") && row.code == CountryCode::CHINA);
    let china = china.expect("China is in the report of November 2008");
    assert_eq!(
        (china.country.as_str(), china.troops, china.police, china.experts),
        ("China", Some(1_892), Some(209), Some(58))
    );
    assert_eq!(member(&tables(), "CHN", "2008-11"), china.uniformed());
    assert_eq!(china.uniformed().total(), 2_159);
}

#[test]
fn na_stays_none_in_the_rows_and_counts_as_none_in_the_sums() {
    // China.csv: `1990-11-30,5,NA,NA`, the 5 military observers of 1990, reported as troops.
    let china = rows().into_iter().find(|row| row.month == month("1990-11") && row.code == CountryCode::CHINA);
    let china = china.unwrap();
    assert_eq!((china.troops, china.police, china.experts), (Some(5), None, None));
    assert_eq!(china.uniformed(), Uniformed { troops: 5, police: 0, experts: 0 });
}

#[test]
fn china_in_november_2010_has_2_040_and_ranks_15th_of_118() {
    // The paper's Figure 1 is the UN's fact sheet of 30 November 2010: China 15th.
    let tables = tables();
    let index = tables.index_of(month("2010-11")).unwrap();
    assert_eq!(member(&tables, "CHN", "2010-11").total(), 2_040);
    assert_eq!(tables.china_rank[index], Some(15));
    assert_eq!(tables.listed[index], 118);
    let top = &tables.top[index];
    assert_eq!(top.iter().position(|(code, _)| *code == CountryCode::CHINA), Some(14));
}

#[test]
fn france_was_larger_than_china_in_some_months_and_china_the_largest_member_at_the_end_of_2010() {
    let tables = tables();
    // France 2,106 + 123 + 25 and China 1,892 + 209 + 58 in November 2008; 2,408 + 110 + 26 and 1,892 + 204 + 50
    // in March 2009.
    for (at, france, china) in [("2008-11", 2_254, 2_159), ("2009-03", 2_544, 2_146)] {
        assert_eq!((member(&tables, "FRA", at).total(), member(&tables, "CHN", at).total()), (france, china), "{at}");
    }
    let index = tables.index_of(month("2010-12")).unwrap();
    let largest = CountryCode::PERMANENT_MEMBERS
        .iter()
        .zip(&tables.permanent)
        .max_by_key(|(_, series)| series[index].map_or(0, |figures| figures.total()))
        .map(|(code, _)| code.as_str());
    assert_eq!(largest, Some("CHN"));
}

#[test]
fn every_month_lists_its_20_largest_by_total_and_china_s_rank_agrees() {
    let tables = tables();
    for (index, top) in tables.top.iter().enumerate() {
        let at = tables.month_at(index);
        assert_eq!(top.len(), TOP_COUNT, "{at}");
        assert!(
            top.windows(2).all(|pair| (pair[1].1.total(), pair[0].0) < (pair[0].1.total(), pair[1].0)),
            "{at}: not sorted by total, then code"
        );
        if let Some(position) = top.iter().position(|(code, _)| *code == CountryCode::CHINA) {
            // Ties share a rank, so China ranks at most at its place in the list.
            assert!(tables.china_rank[index].is_some_and(|rank| usize::from(rank) <= position + 1), "{at}");
        }
    }
}

#[test]
fn names_are_those_of_the_top_lists_and_the_permanent_members() {
    let tables = tables();
    for member in CountryCode::PERMANENT_MEMBERS {
        assert!(tables.name(member).is_some(), "{}", member.as_str());
    }
    for (code, _) in tables.top.iter().flatten() {
        assert!(tables.name(*code).is_some(), "{}", code.as_str());
    }
    let china = tables.name(CountryCode::CHINA).unwrap();
    assert_eq!((china.english.as_str(), china.chinese.as_str(), china.japanese.as_str()), ("China", "中国", "中国"));
    // And no other country: most of the 147 never were among the 20 largest.
    for name in &tables.names {
        let in_top = tables.top.iter().flatten().any(|(code, _)| *code == name.code);
        assert!(in_top || name.code.is_permanent_member(), "{}", name.code.as_str());
    }
    assert!(tables.names.len() < 147);
}

#[test]
fn a_country_without_a_name_and_a_month_without_rows_are_named() {
    let rows = rows();
    let names = parse_country_names(COUNTRY_NAMES_CSV).unwrap();
    let without_fiji: Vec<_> = names.iter().filter(|name| name.code != code("FJI")).cloned().collect();
    let errors = ContributionTables::derive(&rows, &without_fiji).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(errors[0].to_string().starts_with("data/country_names.csv: ") && errors[0].to_string().contains("FJI"));
    let without_may_2005: Vec<_> = rows.into_iter().filter(|row| row.month != month("2005-05")).collect();
    let errors = ContributionTables::derive(&without_may_2005, &names).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(errors[0].to_string().starts_with("data/contributions.csv: ") && errors[0].to_string().contains("2005-05"));
}

#[test]
fn a_corrupted_copy_names_the_line_and_column_of_each_problem() {
    let header = "month,country,iso3,troops,police,experts\n";
    let text = format!(
        "{header}1990-11,China,CHN,5,,\n1990-13,France,FRA,1,,\n1990-11,Fiji,FJI,-3,,\n1990-11,China,CHN,5,,\n\
         1990-11,Ghana,GH,1,,\n1990-11,Togo,TGO,1,1,x\n"
    );
    let errors: Vec<String> = parse_contributions(&text).unwrap_err().iter().map(ToString::to_string).collect();
    assert_eq!(
        errors,
        [
            "data/contributions.csv line 3, column month: `1990-13` is not a month written YYYY-MM",
            "data/contributions.csv line 4, column troops: `-3` is negative: a count of people is 0 or more",
            "data/contributions.csv line 5, column iso3: CHN in 1990-11 appears twice",
            "data/contributions.csv line 6, column iso3: `GH` is not an acronym of capital letters (e.g. UNMIL)",
            "data/contributions.csv line 7, column experts: `x` is not a whole number",
        ]
    );
    let names = "iso3,english,chinese,japanese\nCHN,China,中国,中国\nchn,China,中国,中国\nCHN,China,,中国\nCHN,x,y,z\n";
    let errors: Vec<String> = parse_country_names(names).unwrap_err().iter().map(ToString::to_string).collect();
    assert_eq!(
        errors,
        [
            "data/country_names.csv line 3, column iso3: `chn` is not an acronym of capital letters (e.g. UNMIL)",
            "data/country_names.csv line 4, column chinese: this cell must not be empty",
            "data/country_names.csv line 5, column iso3: CHN appears twice",
        ]
    );
}
