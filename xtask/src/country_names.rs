//! `cargo xtask country-names`: `data/country_names.csv`, the name of every country of `data/contributions.csv` in
//! English, Chinese and Japanese, from CLDR through ICU4X's compiled data, so that no name is typed by hand; and
//! `crates/core/src/words/hosts.rs`, the hosts of the paper's missions in Chinese and Japanese, named the same way
//! from the regions `data/mission_hosts.csv` gives each mission.
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
    let hosts = hosts_path();
    std::fs::write(&hosts, hosts_rs(&read_hosts()?)?)
        .map_err(|error| format!("could not write {}: {error}", hosts.display()))?;
    println!("wrote {}", hosts.display());
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

fn hosts_path() -> PathBuf {
    crate::root().join("crates").join("core").join("src").join("words").join("hosts.rs")
}

/// Where a mission is, as `data/mission_hosts.csv` says: CLDR's region codes (ISO 3166-1 alpha-2, and CLDR's own
/// XK for Kosovo), and the area within them that CLDR does not name, in Chinese and Japanese (or the whole place,
/// where the paper names a region rather than a country).
struct Host {
    acronym: String,
    regions: Vec<String>,
    areas: [String; 2],
}

const HOSTS_HEADER: &str = "acronym,regions,area_chinese,area_japanese";

/// The rows of `data/mission_hosts.csv`, one for every mission of the paper's data and in its order: a missing,
/// repeated or unknown mission is an error that names its line.
fn read_hosts() -> Result<Vec<Host>, String> {
    let path = crate::root().join("data").join("mission_hosts.csv");
    let text = std::fs::read_to_string(&path).map_err(|error| format!("could not read {}: {error}", path.display()))?;
    let mut lines = text.lines();
    if lines.next() != Some(HOSTS_HEADER) {
        return Err(format!("{}: the header is not `{HOSTS_HEADER}`", path.display()));
    }
    let mut hosts = Vec::new();
    for (index, line) in lines.enumerate() {
        let fields: Vec<&str> = line.split(',').collect();
        let [acronym, regions, chinese, japanese] = fields[..] else {
            return Err(format!("{}:{}: not 4 fields", path.display(), index + 2));
        };
        if chinese.is_empty() != japanese.is_empty() {
            return Err(format!("{}:{}: an area in one language only", path.display(), index + 2));
        }
        let regions = regions.split('~').filter(|code| !code.is_empty()).map(str::to_string).collect();
        hosts.push(Host { acronym: acronym.to_string(), regions, areas: [chinese.to_string(), japanese.to_string()] });
    }
    let paper = pko_data::Dataset::parse(&pko_data::DataFiles::PAPER)
        .map_err(|errors| format!("the paper's data files: {errors:?}"))?;
    let acronyms: Vec<&str> = paper.missions().iter().map(|mission| mission.acronym.as_str()).collect();
    let listed: Vec<&str> = hosts.iter().map(|host| host.acronym.as_str()).collect();
    if let Some(index) = (0..listed.len().max(acronyms.len())).find(|&i| listed.get(i) != acronyms.get(i)) {
        let (found, wanted) = (listed.get(index).unwrap_or(&"nothing"), acronyms.get(index).unwrap_or(&"nothing"));
        return Err(format!(
            "{}:{}: {found} where data/missions.csv has {wanted} (one row per mission, in its order)",
            path.display(),
            index + 2
        ));
    }
    Ok(hosts)
}

/// The Rust source of `crates/core/src/words/hosts.rs`: each mission's host in Chinese and Japanese, its regions
/// named by CLDR and joined as each language joins two places, with the area after them in brackets.
fn hosts_rs(hosts: &[Host]) -> Result<String, String> {
    let languages = [("CHINESE", locale!("zh"), "和"), ("JAPANESE", locale!("ja"), "・")];
    let mut out = String::from(
        "//! The hosts of the paper's missions in Chinese and Japanese, found by the mission's acronym. Written by\n\
         //! `cargo xtask country-names` from `data/mission_hosts.csv` and CLDR's names of the regions it gives (through\n\
         //! ICU4X): do not edit.\n\n\
         use super::paper_text::MissionText;\n",
    );
    for (index, (name, locale, and)) in languages.into_iter().enumerate() {
        let names = RegionDisplayNames::try_new(locale.into(), DisplayNamesOptions::default())
            .map_err(|error| format!("ICU4X has no {name} region names: {error}"))?;
        out.push_str(&format!("\npub(super) const {name}: &[MissionText] = &[\n"));
        for host in hosts {
            let mut places = Vec::new();
            for code in &host.regions {
                let region =
                    Region::try_from_str(code).map_err(|_| format!("{}: {code} is not a region", host.acronym))?;
                places.push(names.of(region).ok_or_else(|| format!("CLDR has no {name} name for {code}"))?);
            }
            let area = &host.areas[index];
            let place = match (places.is_empty(), area.is_empty()) {
                (true, true) => return Err(format!("{}: no region and no area", host.acronym)),
                (true, false) => area.clone(),
                (false, true) => places.join(and),
                (false, false) => format!("{}（{area}）", places.join(and)),
            };
            out.push_str(&format!("    MissionText {{ acronym: {:?}, text: {place:?} }},\n", host.acronym));
        }
        out.push_str("];\n");
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
    fn the_committed_hosts_are_what_icu4x_gives_for_data_mission_hosts() {
        let committed = std::fs::read_to_string(hosts_path()).expect("crates/core/src/words/hosts.rs is committed");
        let regenerated = hosts_rs(&read_hosts().unwrap()).unwrap();
        assert!(committed == regenerated, "hosts.rs differs from ICU4X: run `cargo xtask country-names`");
        assert!(committed.contains(r#"MissionText { acronym: "UNIKOM", text: "伊拉克和科威特" }"#), "{committed}");
        assert!(
            committed.contains(r#"MissionText { acronym: "UNAMID", text: "スーダン（ダルフール）" }"#),
            "{committed}"
        );
    }

    /// Where the paper's English names a place otherwise than CLDR's standard form: the same places.
    const PAPER_FORMS: [(&str, &str); 4] = [
        ("Bosnia & Herzegovina", "Bosnia and Herzegovina"),
        ("Congo - Kinshasa", "DR Congo"),
        ("Timor-Leste", "East Timor"),
        ("Côte d’Ivoire", "Côte d'Ivoire"),
    ];

    /// The regions `data/mission_hosts.csv` gives a mission are the places its English host names (the paper's,
    /// before an area in brackets, which is given by hand): a wrong code would name another country in Chinese and
    /// Japanese.
    #[test]
    fn each_mission_s_regions_are_the_places_its_english_host_names() {
        let english = RegionDisplayNames::try_new(locale!("en").into(), DisplayNamesOptions::default()).unwrap();
        let paper = pko_data::Dataset::parse(&pko_data::DataFiles::PAPER).unwrap();
        let mut checked = 0;
        for host in read_hosts().unwrap() {
            // A region of the world rather than a country (UNTSO's Middle East) is named by hand in each language.
            if host.regions.is_empty() {
                continue;
            }
            let printed = &paper.mission(&host.acronym).unwrap().host;
            let place = printed.split(" (").next().unwrap();
            // Every way of naming the regions in turn: CLDR's name of each, or the paper's form of it.
            let mut namings = vec![String::new()];
            for (index, code) in host.regions.iter().enumerate() {
                let name = english.of(Region::try_from_str(code).unwrap()).unwrap();
                let paper_forms = PAPER_FORMS.iter().filter(|(cldr, _)| *cldr == name).map(|(_, paper)| *paper);
                let forms: Vec<&str> = std::iter::once(name).chain(paper_forms).collect();
                let and = if index == 0 { "" } else { " and " };
                namings = namings
                    .iter()
                    .flat_map(|before| forms.iter().map(move |form| format!("{before}{and}{form}")))
                    .collect();
            }
            assert!(
                namings.iter().any(|naming| naming == place),
                "{}: the paper's host is {printed:?}, its regions name {namings:?}",
                host.acronym
            );
            checked += 1;
        }
        assert_eq!(checked, 24, "every mission but UNTSO has its host's regions checked");
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
