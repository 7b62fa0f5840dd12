//! The paper's dataset as the app carries it (build-time Rust tables) against the CSV files it was made from.

use pko_data::{
    parse_contributions, parse_country_names, ContributionTables, DataFiles, Dataset, CONTRIBUTIONS_CSV,
    COUNTRY_NAMES_CSV,
};

#[test]
fn the_app_s_dataset_from_build_time_rust_equals_the_one_parsed_from_every_csv_file() {
    let compiled = pko_explorer::prebuilt::paper_dataset();
    assert_eq!(compiled, Dataset::parse(&DataFiles::PAPER).expect("the paper's data files are valid"));
    assert_eq!(compiled.events().len(), 27);
    assert_eq!(compiled.errata().len(), 12);
    assert_eq!(compiled.missions().len(), 25);
}

#[test]
fn the_app_s_contribution_tables_from_build_time_rust_equal_those_derived_from_the_csv_files() {
    let rows = parse_contributions(CONTRIBUTIONS_CSV).expect("contributions.csv is valid");
    let names = parse_country_names(COUNTRY_NAMES_CSV).expect("country_names.csv is valid");
    let derived = ContributionTables::derive(&rows, &names).expect("the contributions cover every month");
    assert_eq!(pko_explorer::prebuilt::contribution_tables(), derived);
}
