//! What `words` promises of every language, checked over `Lang::ALL` so that a language added there is checked
//! too: its own table, with every word, and sentences in its own script. That a table lacking a word does not
//! compile is the `compile_fail` example in `words`.
#![cfg(not(target_arch = "wasm32"))]

use pko_core::lang::Lang;
use pko_core::model::{self, FilterGroup, Filters, Summary};
use pko_core::state::Notice;
use pko_core::words::Texts;
use pko_data::{Category, DataError, DataFiles, Dataset, Location, Problem, Region, Vocabulary};

#[test]
fn every_language_has_a_table_of_its_own_with_every_word() {
    for &lang in Lang::ALL {
        let texts = Texts::of(lang);
        assert_eq!(texts.lang, lang);
        // The derived `Debug` lists every field, so a word added to `Texts` is checked without naming it here.
        let fields = format!("{texts:?}");
        assert!(!fields.contains("\"\""), "{lang:?} has an empty word: {fields}");
    }
}

#[test]
fn every_language_says_its_sentences_in_its_own_script() {
    let is_han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    let is_kana = |c: char| ('\u{3040}'..='\u{30ff}').contains(&c);
    let mut filters = Filters::default();
    filters.regions.insert(Region::Africa);
    filters.categories.insert(Category::Troops);
    let summary = Summary { missions: 6, personnel: 9910, all_personnel: 12451 };
    let paper = Dataset::parse(&DataFiles::PAPER).expect("the paper's data files are valid");
    let problem = DataError::new(Location::cell("own.csv", 2, "region"), Problem::EmptyCell { expected: None });
    for &lang in Lang::ALL {
        let texts = Texts::of(lang);
        let sentences = [
            texts.summary(&summary, &filters),
            texts.notice(&Notice::Unknown("colour".to_string())),
            texts.language_not_loaded(lang),
            texts.own_unreadable("own.csv"),
            texts.data_error(&problem),
            texts.way_back(&filters, FilterGroup::Regions, 3),
        ];
        let facts = model::key_facts(&paper);
        let captions = facts.iter().map(|fact| texts.key_fact(fact).1);
        let sentences = sentences.into_iter().chain(captions);
        for sentence in sentences {
            let (han, kana) = (sentence.chars().any(is_han), sentence.chars().any(is_kana));
            let expected = match lang {
                Lang::English => (false, false),
                Lang::Chinese => (true, false),
                Lang::Japanese => (true, true),
            };
            assert_eq!((han, kana), expected, "{lang:?}: {sentence}");
        }
    }
}

#[test]
fn the_budget_charts_source_line_says_what_kind_of_source_the_later_scales_have() {
    // Its credit once said "UN documents", where data/budget_shares.csv cites news agencies, a research service and
    // a campaign, and one share to secondary reports only. The line follows the data: a cited UN document (a
    // symbol such as A/64/220) would have to be said, and so must a share of low confidence.
    let data = Dataset::parse(&DataFiles::PAPER).expect("the paper's data files are valid");
    let later: Vec<_> = data.budget_shares().iter().filter(|share| !share.in_paper).collect();
    let un_document = later.iter().any(|share| share.source.contains("A/"));
    let low_confidence = later.iter().filter(|share| share.low_confidence).count();
    let english = Texts::of(Lang::English).budget_source;
    assert_eq!(english.contains("UN documents"), un_document, "{english}");
    assert_eq!(english.contains("one of low confidence"), low_confidence == 1, "{english}");
}
