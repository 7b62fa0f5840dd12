//! The paper's dataset as the app carries it (build-time Rust tables) against the CSV files it was made from.

use pko_data::{DataFiles, Dataset};

#[test]
fn the_app_s_dataset_from_build_time_rust_equals_the_one_parsed_from_every_csv_file() {
    let compiled = pko_explorer::prebuilt::paper_dataset();
    assert_eq!(compiled, Dataset::parse(&DataFiles::PAPER).expect("the paper's data files are valid"));
    assert_eq!(compiled.events().len(), 26);
    assert_eq!(compiled.errata().len(), 12);
    assert_eq!(compiled.missions().len(), 25);
}
