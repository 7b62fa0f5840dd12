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
        // English's words of the parts are named by `Texts::parts` alone, so that the start-up wasm does not carry
        // them; every other language's table points to its own, or its parts would speak English.
        assert_eq!(texts.parts_words.is_some(), lang != Lang::English, "{lang:?}: the words of the parts");
        // The derived `Debug` lists every field, so a word added to `Texts` or to the tables of the parts is
        // checked without naming it here.
        let fields = format!("{texts:?} {:?} {:?}", texts.parts(), texts.monthly());
        assert!(!fields.contains("\"\""), "{lang:?} has an empty word: {fields}");
    }
}

#[test]
fn every_language_says_its_sentences_in_its_own_script() {
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
            texts.event_tooltip(&paper.events()[0]),
            // The tables of the parts are reached by language, apart from `texts`: each must be the language's own.
            texts.parts().own_intro.to_string(),
            texts.monthly().deployed_subtitle.to_string(),
        ];
        let facts = model::key_facts(&paper);
        let captions = facts.iter().map(|fact| texts.key_fact(fact).1);
        let sentences = sentences.into_iter().chain(captions);
        for sentence in sentences {
            assert_in_its_script(lang, &sentence);
        }
    }
}

/// Fails unless `text` is written in `lang`'s script: Chinese in Han characters without kana, Japanese with both,
/// English with neither.
fn assert_in_its_script(lang: Lang, text: &str) {
    let is_han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    let is_kana = |c: char| ('\u{3040}'..='\u{30ff}').contains(&c);
    let (han, kana) = (text.chars().any(is_han), text.chars().any(is_kana));
    let expected = match lang {
        Lang::English => (false, false),
        Lang::Chinese => (true, false),
        Lang::Japanese => (true, true),
    };
    assert_eq!((han, kana), expected, "{lang:?}: {text}");
}

/// The numbers written in `text`, and the paper's sections: "2,157"; "3.94" of "3.94%"; "1995" and "96" of
/// "1995–96"; "II.2" of "section II.2".
fn numbers(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_ascii_digit() || matches!(c, ',' | '.' | 'I' | 'V' | 'X')))
        .map(|run| run.trim_matches(|c| c == ',' || c == '.'))
        .filter(|run| run.contains(|c: char| c.is_ascii_digit()))
        .collect()
}

/// Fails unless `translation` writes every number of `english` at least as often as `english` does.
fn assert_keeps_numbers(lang: Lang, english: &str, translation: &str) {
    let written = numbers(translation);
    for number in numbers(english) {
        let count = |list: &[&str]| list.iter().filter(|other| **other == number).count();
        assert!(
            count(&written) >= count(&numbers(english)),
            "{lang:?}: {number} of “{english}” is not in “{translation}” as often"
        );
    }
}

/// Fails unless a field of a translation is translated: written in Chinese or Japanese script, and Chinese without
/// kana. A whole entry is checked by [`assert_in_its_script`].
fn assert_translated(lang: Lang, english: &str, field: &str) {
    let is_kana = |c: char| ('\u{3040}'..='\u{30ff}').contains(&c);
    let is_cjk = |c: char| is_kana(c) || ('\u{4e00}'..='\u{9fff}').contains(&c);
    assert!(field != english && field.chars().any(is_cjk), "{lang:?}: “{field}” is not a translation of “{english}”");
    assert!(lang != Lang::Chinese || !field.chars().any(is_kana), "{lang:?}: “{field}” has kana");
}

#[test]
fn the_papers_own_text_is_translated_once_for_each_event_figure_erratum_and_note_with_every_number_kept() {
    let paper = Dataset::parse(&DataFiles::PAPER).expect("the paper's data files are valid");
    assert_eq!(
        numbers("In section II.2, 2,157 persons (30 November 2008), 3.94%, 1995–96."),
        ["II.2", "2,157", "30", "2008", "3.94", "1995", "96"]
    );
    for &lang in Lang::ALL {
        let texts = Texts::of(lang);
        let Some(table) = texts.paper_text else {
            assert_eq!(lang, Lang::English, "only English, the data's language, goes without a translation");
            continue;
        };
        assert_in_its_script(lang, table.note);
        // As many entries as `data/` has rows, and one for each row: no entry is left over from an event, figure,
        // erratum or note that is gone or has moved, and none is missing.
        assert_eq!(table.events.len(), paper.events().len(), "{lang:?}: events");
        assert_eq!(table.facts.len(), paper.facts().len(), "{lang:?}: key figures");
        assert_eq!(table.errata.len(), paper.errata().len(), "{lang:?}: errata");
        let noted: Vec<_> = paper.missions().iter().filter(|mission| mission.note.is_some()).collect();
        assert_eq!(table.notes.len(), noted.len(), "{lang:?}: the missions' notes");
        // Every host named in the language, once: from CLDR (`cargo xtask country-names` checks the names).
        assert_eq!(table.hosts.len(), paper.missions().len(), "{lang:?}: the missions' hosts");
        for mission in paper.missions() {
            assert_eq!(table.hosts.iter().filter(|entry| entry.acronym == mission.acronym).count(), 1, "{lang:?}");
            assert_translated(lang, &mission.host, texts.mission_host(mission, &paper));
        }
        let mut translations = Vec::new();
        for event in paper.events() {
            assert_eq!(table.events.iter().filter(|entry| entry.date == event.date).count(), 1, "{lang:?}: {event:?}");
            let (title, description) = texts.event_text(event);
            assert_translated(lang, &event.title, title);
            assert_translated(lang, &event.description, description);
            translations.push((format!("{} {}", event.title, event.description), format!("{title} {description}")));
        }
        for mission in noted {
            let note = texts.mission_note(mission, &paper).expect("a mission with a note has one in every language");
            let entries = table.notes.iter().filter(|entry| entry.acronym == mission.acronym);
            assert_eq!(entries.count(), 1, "{lang:?}: {mission:?}");
            translations.push((mission.note.clone().unwrap_or_default(), note.to_string()));
        }
        for fact in paper.facts() {
            assert_eq!(table.facts.iter().filter(|entry| entry.key == fact.key).count(), 1, "{lang:?}: {fact:?}");
            translations.push((format!("{} ({})", fact.statement, fact.location), texts.fact_line(fact)));
        }
        for erratum in paper.errata() {
            let entries = table
                .errata
                .iter()
                .filter(|entry| entry.acronym == erratum.acronym.as_deref() && entry.column == erratum.column);
            assert_eq!(entries.count(), 1, "{lang:?}: {erratum:?}");
            translations.push((erratum.reason.clone(), texts.erratum_reason(erratum).to_string()));
        }
        for (english, translation) in translations {
            assert_translated(lang, &english, &translation);
            assert_in_its_script(lang, &translation);
            assert_keeps_numbers(lang, &english, &translation);
        }
    }
}

#[test]
fn a_readers_own_note_and_host_are_shown_as_written_and_the_papers_in_the_language_shown() {
    let paper = Dataset::parse(&DataFiles::PAPER).expect("the paper's data files are valid");
    let papers_note = paper.mission("UNTAG").and_then(|mission| mission.note.clone()).expect("UNTAG has a note");
    let own_note = "Twenty civilians by my count.";
    let csv = DataFiles::PAPER.missions.replacen(&format!("\"{papers_note}\""), own_note, 1).replacen(
        "UNTAG,,United Nations Transition Assistance Group,Namibia,",
        "UNTAG,,United Nations Transition Assistance Group,Namibia (Windhoek),",
        1,
    );
    assert!(!csv.contains(&papers_note) && csv.contains("Namibia (Windhoek)"), "the note and the host were replaced");
    let own = paper.with_own_missions("own.csv", &csv).expect("the edited file is valid");
    let texts = Texts::of(Lang::Chinese);
    let own_untag = own.mission("UNTAG").unwrap();
    assert_eq!(texts.mission_note(own_untag, &paper), Some(own_note));
    assert_eq!(texts.mission_host(own_untag, &paper), "Namibia (Windhoek)");
    assert!(texts.mission_tooltip(own_untag, &paper).starts_with("UNTAG（Namibia (Windhoek)）"));
    assert_eq!(texts.mission_host(paper.mission("UNTAG").unwrap(), &paper), "纳米比亚");
    assert_ne!(texts.mission_note(paper.mission("UNTAG").unwrap(), &paper), Some(papers_note.as_str()));
    // A note or host the reader's file keeps as the paper has it is still translated.
    let kept = own.missions().iter().find(|mission| mission.acronym != "UNTAG" && mission.note.is_some()).unwrap();
    assert_ne!(texts.mission_note(kept, &paper), kept.note.as_deref());
    assert_ne!(texts.mission_host(kept, &paper), kept.host);
}

#[test]
fn an_erratum_of_a_blank_cell_says_so_in_words_rather_than_in_empty_quotes() {
    let paper = Dataset::parse(&DataFiles::PAPER).expect("the paper's data files are valid");
    let blank = paper.errata().iter().find(|erratum| erratum.printed.is_empty()).expect("UNAMID's missing end");
    for (lang, word) in [(Lang::English, "printed nothing"), (Lang::Chinese, "原文空白"), (Lang::Japanese, "原文空欄")]
    {
        let sentence = Texts::of(lang).erratum_in_details(blank);
        assert!(sentence.contains(word), "{lang:?}: {sentence}");
        assert!(!sentence.contains("“”") && !sentence.contains("「」"), "{lang:?}: {sentence}");
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
