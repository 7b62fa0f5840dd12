//! `cargo xtask country-names`: `data/country_names.csv`, the name of every country of `data/contributions.csv` in
//! English, Chinese and Japanese, from CLDR through ICU4X's compiled data, so that no name is typed by hand.
//!
//! CLDR's standard form is used for every name. Its short form exists for only three of these countries in English
//! (Bosnia, the United Kingdom as "UK" and the United States as "US", and not for the United States in every
//! language), so it would put "UK" beside "United States" on one chart; one form for all keeps the names alike.
//! ICU4X's region names offer no other form (CLDR's "variant" names, such as "Congo (DRC)", are not in its data),
//! so the Democratic Republic of the Congo is CLDR's standard "Congo - Kinshasa".

use icu_experimental::displaynames::multi::RegionDisplayNames;
use icu_experimental::displaynames::DisplayNamesOptions;
use icu_locale_core::locale;
use icu_locale_core::subtags::Region;
use std::collections::BTreeSet;
use std::path::PathBuf;

pub const HEADER: &str = "iso3,english,chinese,japanese";

/// Writes `data/country_names.csv` for the codes of the committed `data/contributions.csv`.
pub fn run() -> Result<(), String> {
    let codes = contribution_codes()?;
    let out = names_path();
    std::fs::write(&out, names_csv(&codes)?).map_err(|error| format!("could not write {}: {error}", out.display()))?;
    println!("wrote {}: {} countries", out.display(), codes.len());
    Ok(())
}

fn names_path() -> PathBuf {
    crate::root().join("data").join("country_names.csv")
}

/// The ISO 3166-1 alpha-3 codes of `data/contributions.csv`, in order. Its third field is the code, and no field
/// is quoted (the converter quotes only names with commas or quotes, and IPI's have none; its tests check that).
fn contribution_codes() -> Result<BTreeSet<String>, String> {
    let path = crate::root().join("data").join("contributions.csv");
    let text = std::fs::read_to_string(&path).map_err(|error| format!("could not read {}: {error}", path.display()))?;
    let mut lines = text.lines();
    if lines.next() != Some(crate::contributions::HEADER) {
        return Err(format!("{}: the header is not `{}`", path.display(), crate::contributions::HEADER));
    }
    lines
        .enumerate()
        .map(|(index, line)| {
            line.split(',')
                .nth(2)
                .map(str::to_string)
                .ok_or_else(|| format!("{}:{}: no iso3", path.display(), index + 2))
        })
        .collect()
}

/// The file's text: the header, then one line per code in order, LF line ends. A code that is not ISO 3166-1, or
/// whose name CLDR lacks in a language, is an error that names it.
pub fn names_csv(codes: &BTreeSet<String>) -> Result<String, String> {
    let options = DisplayNamesOptions::default();
    let languages = [("English", locale!("en")), ("Chinese", locale!("zh")), ("Japanese", locale!("ja"))];
    let mut display_names = Vec::new();
    for (language, locale) in languages {
        let names = RegionDisplayNames::try_new(locale.into(), options)
            .map_err(|error| format!("ICU4X has no {language} region names: {error}"))?;
        display_names.push((language, names));
    }
    let mut out = format!("{HEADER}\n");
    for code in codes {
        let country = celes::Country::from_alpha3(code).map_err(|_| format!("{code} is not an ISO 3166-1 code"))?;
        let region = Region::try_from_str(country.alpha2)
            .map_err(|_| format!("{code}: {} is not a region subtag", country.alpha2))?;
        let mut fields = vec![code.clone()];
        for (language, names) in &display_names {
            let name = names.of(region).ok_or_else(|| format!("CLDR has no {language} name for {code}"))?;
            fields.push(csv_field(name));
        }
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    Ok(out)
}

/// A field as CSV writes it: quoted, with quotes doubled, only where it holds a comma or a quote.
fn csv_field(text: &str) -> String {
    if text.contains([',', '"']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_file_is_what_icu4x_gives_for_the_codes_of_contributions() {
        let committed = std::fs::read_to_string(names_path()).expect("data/country_names.csv is committed");
        let regenerated = names_csv(&contribution_codes().unwrap()).unwrap();
        assert!(committed == regenerated, "data/country_names.csv differs from ICU4X: run `cargo xtask country-names`");
    }

    #[test]
    fn known_names_are_cldr_s() {
        let codes = ["CHN", "CIV", "COD", "GBR", "USA"].map(str::to_string).into_iter().collect();
        let text = names_csv(&codes).unwrap();
        assert!(text.contains("\nCHN,China,中国,中国\n"), "{text}");
        assert!(text.contains("\nCIV,Côte d’Ivoire,科特迪瓦,コートジボワール\n"), "{text}");
        assert!(text.contains("\nCOD,Congo - Kinshasa,刚果（金）,コンゴ民主共和国(キンシャサ)\n"), "{text}");
    }

    #[test]
    fn a_code_that_is_not_iso_3166_is_an_error_naming_it() {
        let codes = ["XXX".to_string()].into_iter().collect();
        assert_eq!(names_csv(&codes), Err("XXX is not an ISO 3166-1 code".to_string()));
    }
}
