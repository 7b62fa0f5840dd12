//! `cargo xtask contributions <PPP_Loader>`: the UN's monthly uniformed personnel by contributing country, from
//! the International Peace Institute's Peacekeeping Database, into one tidy file, `data/contributions.csv`.
//!
//! IPI keeps the UN's monthly "Ranking of military and police contributions" as one CSV per country
//! (`Date,Troops,Police,Experts`, `NA` for none) in the repository `IPIDataLab/PPP_Loader`. The files are read at a
//! pinned commit through git, so a bare mirror and a clone give the same bytes and a later change upstream cannot
//! change the output unnoticed. The conversion keeps IPI's country names and the source's values, so a researcher
//! can diff the file against the source: it only drops the month-end day, writes `NA` as an empty cell (`NA` means
//! none reported, which is not the same as a reported 0) and adds each country's ISO 3166-1 alpha-3 code.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

/// The commit that last changed `ppp_files/countries/` (2014-10-29); the data ends with March 2014.
pub const COMMIT: &str = "adec10c8516cdf0a556419f34172d1bd76bf7aa5";
const FOLDER: &str = "ppp_files/countries";
const SOURCE_HEADER: [&str; 4] = ["Date", "Troops", "Police", "Experts"];
pub const HEADER: &str = "month,country,iso3,troops,police,experts";

/// IPI's spellings that the crate's names and aliases do not know. Every other name is looked up in `celes`.
const OVERRIDES: &[(&str, &str)] = &[
    // The Democratic Republic of the Congo in IPI's short form; "Congo" alone is the Republic of the Congo (COG).
    ("DR Congo", "COD"),
    // The UN's name for North Macedonia until 2019. IPI files the last month (2014-03) under it and the months
    // before under "Macedonia": two names, one country, never in the same month.
    ("The former Yugoslav Republic of Macedonia", "MKD"),
];

/// One month of one country: troops, police and experts (military observers), `None` where the source has `NA`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub month: String,
    pub country: String,
    pub iso3: &'static str,
    pub counts: [Option<u32>; 3],
}

/// Converts the country files of the PPP_Loader repository at `source` and writes `data/contributions.csv`.
pub fn run(source: Option<String>) -> Result<(), String> {
    let source = source.ok_or("usage: cargo xtask contributions <PPP_Loader git dir or checkout>")?;
    let rows = convert(Path::new(&source))?;
    let out = crate::root().join("data").join("contributions.csv");
    std::fs::write(&out, to_csv(&rows)).map_err(|error| format!("could not write {}: {error}", out.display()))?;
    let countries = rows.iter().map(|row| row.country.as_str()).collect::<BTreeSet<_>>();
    let codes = rows.iter().map(|row| row.iso3).collect::<BTreeSet<_>>();
    let months = rows.iter().map(|row| row.month.as_str()).collect::<BTreeSet<_>>();
    let (first, last) = (months.first().copied().unwrap_or_default(), months.last().copied().unwrap_or_default());
    println!(
        "wrote {}: {} rows, {} countries ({} ISO codes), {} months ({first} to {last})",
        out.display(),
        rows.len(),
        countries.len(),
        codes.len(),
        months.len(),
    );
    let [troops, police, experts] = world_total(&rows, "2010-12");
    println!(
        "world total 2010-12: {} ({troops} troops, {police} police, {experts} experts)",
        troops + police + experts
    );
    Ok(())
}

/// Every row of every country file at [`COMMIT`], sorted by month then country.
pub fn convert(repo: &Path) -> Result<Vec<Row>, String> {
    git(repo, &["cat-file", "-e", &format!("{COMMIT}^{{commit}}")]).map_err(|_| {
        format!("commit {COMMIT} is not in {}: give a clone or mirror of IPIDataLab/PPP_Loader", repo.display())
    })?;
    let listing = git(repo, &["ls-tree", "-z", "--name-only", &format!("{COMMIT}:{FOLDER}")])?;
    let mut rows = Vec::new();
    for file in listing.split('\0').filter(|name| name.ends_with(".csv")) {
        let path = format!("{FOLDER}/{file}");
        let text = git(repo, &["show", &format!("{COMMIT}:{path}")])?;
        let country = file.trim_end_matches(".csv");
        if country.is_empty() {
            // The folder holds a file named only `.csv`, a by-product of IPI's pipeline: it has no country and its
            // one row is all `NA`. Anything else in it would be data without a country, so that is an error.
            if text.lines().skip(1).all(|line| line == "NA,NA,NA,NA") {
                println!("skipped {path}: no country name, and its only row is NA,NA,NA,NA");
                continue;
            }
            return Err(format!("{path}: a file with no country name holds data"));
        }
        rows.extend(parse(&path, country, &text)?);
    }
    rows.sort_by(|a, b| (&a.month, &a.country).cmp(&(&b.month, &b.country)));
    // The app keys countries by code, so two of IPI's names for one country in the same month would count twice.
    let mut seen = BTreeMap::new();
    for row in &rows {
        if let Some(other) = seen.insert((row.month.as_str(), row.iso3), row.country.as_str()) {
            return Err(format!("`{other}` and `{}` are both {} in {}", row.country, row.iso3, row.month));
        }
    }
    Ok(rows)
}

/// The rows of one country file; `path` names the file in errors, with the line.
pub fn parse(path: &str, country: &str, text: &str) -> Result<Vec<Row>, String> {
    let iso3 = iso3(country).map_err(|error| format!("{path}: {error}"))?;
    let mut lines = text.lines();
    let header = lines.next().unwrap_or_default();
    if !header.split(',').map(|field| field.trim_matches('"')).eq(SOURCE_HEADER) {
        return Err(format!("{path}:1: the header is `{header}`, not {}", SOURCE_HEADER.join(",")));
    }
    let mut rows = Vec::new();
    let mut lines_by_month = BTreeMap::new();
    for (index, line) in lines.enumerate() {
        let number = index + 2;
        let row = parse_row(line, country, iso3).map_err(|error| format!("{path}:{number}: {error}: `{line}`"))?;
        if let Some(earlier) = lines_by_month.insert(row.month.clone(), number) {
            return Err(format!("{path}:{number}: a second row for {} (the first is line {earlier})", row.month));
        }
        rows.push(row);
    }
    Ok(rows)
}

fn parse_row(line: &str, country: &str, iso3: &'static str) -> Result<Row, String> {
    let fields = line.split(',').collect::<Vec<_>>();
    let [date, troops, police, experts] = fields[..] else {
        return Err(format!("{} fields, not 4", fields.len()));
    };
    Ok(Row {
        month: month(date)?,
        country: country.to_string(),
        iso3,
        counts: [count(troops)?, count(police)?, count(experts)?],
    })
}

/// `YYYY-MM` of a `YYYY-MM-DD` date. The day is checked but dropped: the reports are month-end figures, and the
/// source's day is not always the last (2003-03-30, and 28 February in leap years).
fn month(date: &str) -> Result<String, String> {
    let digits = |text: &str, width| text.len() == width && text.bytes().all(|byte| byte.is_ascii_digit());
    if let [year, month, day] = date.split('-').collect::<Vec<_>>()[..] {
        // Two digits each, so comparing the text compares the numbers.
        let (month_ok, day_ok) = (("01"..="12").contains(&month), ("01"..="31").contains(&day));
        if digits(year, 4) && digits(month, 2) && digits(day, 2) && month_ok && day_ok {
            return Ok(format!("{year}-{month}"));
        }
    }
    Err(format!("`{date}` is not a date YYYY-MM-DD"))
}

/// A count: digits only, or `NA` (none reported), which stays distinct from 0.
fn count(field: &str) -> Result<Option<u32>, String> {
    if field == "NA" {
        return Ok(None);
    }
    if field.is_empty() || !field.bytes().all(|byte| byte.is_ascii_digit()) {
        return Err(format!("`{field}` is neither a count nor NA"));
    }
    field.parse().map(Some).map_err(|_| format!("`{field}` is too large a count"))
}

/// The ISO 3166-1 alpha-3 code of one of IPI's country names: an override, else the crate's English names, else
/// its aliases. Names come first because an alias can be another country's name ("Samoa" is an alias of American
/// Samoa). A name with no code is an error that names it.
pub fn iso3(country: &str) -> Result<&'static str, String> {
    if let Some(&(_, code)) = OVERRIDES.iter().find(|(name, _)| *name == country) {
        return celes::Country::from_alpha3(code)
            .map(|found| found.alpha3)
            .map_err(|_| format!("the override for `{country}`, {code}, is not an ISO 3166-1 alpha-3 code"));
    }
    // The crate's keys are its names in lower case without spaces or punctuation ("cotedivoire").
    let key = country.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase();
    celes::Country::from_name(&key)
        .or_else(|_| celes::Country::from_alias(&key))
        .map(|found| found.alpha3)
        .map_err(|_| format!("no ISO 3166-1 code for the country name `{country}`: add it to OVERRIDES"))
}

/// The file's text: the header, then one line per row, LF line ends, `NA` as an empty cell.
pub fn to_csv(rows: &[Row]) -> String {
    let mut out = format!("{HEADER}\n");
    for row in rows {
        let [troops, police, experts] = row.counts.map(|count| count.map(|n| n.to_string()).unwrap_or_default());
        let country = if row.country.contains([',', '"']) {
            format!("\"{}\"", row.country.replace('"', "\"\""))
        } else {
            row.country.clone()
        };
        out.push_str(&format!("{},{country},{},{troops},{police},{experts}\n", row.month, row.iso3));
    }
    out
}

/// Troops, police and experts summed over every country in `month`, `NA` counting as none.
pub fn world_total(rows: &[Row], month: &str) -> [u32; 3] {
    let mut total = [0; 3];
    for row in rows.iter().filter(|row| row.month == month) {
        for (sum, count) in total.iter_mut().zip(row.counts) {
            *sum += count.unwrap_or(0);
        }
    }
    total
}

/// The standard output of `git -C repo args`; an error names the command and says why it failed.
fn git(repo: &Path, args: &[&str]) -> Result<String, String> {
    // `-C` rather than `--git-dir`: it finds the repository in a bare mirror and in a checkout alike.
    let output = Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(args)
        .output()
        .map_err(|error| format!("could not start git: {error}"))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(format!("`git {}` in {} failed: {}", args.join(" "), repo.display(), stderr.trim()));
    }
    String::from_utf8(output.stdout).map_err(|_| format!("`git {}` gave text that is not UTF-8", args.join(" ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// The committed file's lines after the header, each split into its six fields. The tests read the committed
    /// file rather than the source, so they run without the mirror or a network.
    fn committed() -> Vec<Vec<String>> {
        let path = crate::root().join("data").join("contributions.csv");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        assert!(!text.contains('\r') && !text.contains('#') && !text.contains('"'), "plain CSV, LF line ends");
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some(HEADER));
        lines
            .map(|line| {
                let fields = line.split(',').map(str::to_string).collect::<Vec<_>>();
                assert_eq!(fields.len(), 6, "`{line}`");
                fields
            })
            .collect()
    }

    fn total(rows: &[Vec<String>], month: &str) -> [u32; 3] {
        let mut sum = [0; 3];
        for row in rows.iter().filter(|row| row[0] == month) {
            for (total, field) in sum.iter_mut().zip(&row[3..]) {
                *total += if field.is_empty() { 0 } else { field.parse::<u32>().unwrap() };
            }
        }
        sum
    }

    #[test]
    fn the_world_total_of_december_2010_is_the_uns_98_638() {
        // The UN's December 2010 report as Our World in Data gives it: 98,638 uniformed personnel.
        let sum = total(&committed(), "2010-12");
        assert_eq!(sum, [82_014, 14_322, 2_302]);
        assert_eq!(sum.iter().sum::<u32>(), 98_638);
    }

    #[test]
    fn china_in_november_2008_is_china_csv_and_differs_from_the_paper() {
        // China.csv at the pinned commit: `2008-11-30,1892,209,58`. The paper says 2,157 for that date.
        let rows = committed();
        let china = rows.iter().find(|row| row[0] == "2008-11" && row[1] == "China").expect("China in 2008-11");
        assert_eq!(china.join(","), "2008-11,China,CHN,1892,209,58");
        let sum: u32 = china[3..].iter().map(|field| field.parse::<u32>().unwrap()).sum();
        assert_eq!(sum, 2_159);
        assert_ne!(sum, 2_157);
    }

    #[test]
    fn na_is_an_empty_cell_never_zero() {
        // China.csv: `1990-11-30,5,NA,NA`. The source has no 0 counts, so a 0 here would be an NA made into 0.
        let rows = committed();
        assert!(rows.iter().any(|row| row.join(",") == "1990-11,China,CHN,5,,"));
        assert!(rows.iter().all(|row| row[3..].iter().all(|field| field != "0")));
    }

    #[test]
    fn rows_are_sorted_unique_and_cover_every_month() {
        let rows = committed();
        // Strictly increasing (month, country): sorted, and no country twice in a month.
        assert!(rows.windows(2).all(|pair| (&pair[0][0], &pair[0][1]) < (&pair[1][0], &pair[1][1])));
        let by_code = rows.iter().map(|row| (&row[0], &row[2])).collect::<BTreeSet<_>>();
        assert_eq!(by_code.len(), rows.len(), "two names of one country in the same month");
        let months = rows.iter().map(|row| row[0].as_str()).collect::<BTreeSet<_>>();
        let expected = (1990..=2014)
            .flat_map(|year| (1..=12).map(move |month| format!("{year}-{month:02}")))
            .filter(|month| ("1990-11".."2014-04").contains(&month.as_str()))
            .collect::<Vec<_>>();
        assert_eq!(months.into_iter().collect::<Vec<_>>(), expected);
        // The counts of the source's 148 country files at the pinned commit, counted outside this code.
        assert_eq!(rows.len(), 25_657);
        assert_eq!(rows.iter().map(|row| &row[1]).collect::<BTreeSet<_>>().len(), 148);
    }

    #[test]
    fn every_code_is_a_valid_alpha_3_and_follows_the_name() {
        for row in committed() {
            let code = &row[2];
            assert!(code.len() == 3 && code.bytes().all(|byte| byte.is_ascii_uppercase()), "`{code}`");
            assert!(celes::Country::from_alpha3(code).is_ok(), "`{code}` is not an ISO 3166-1 code");
            assert_eq!(iso3(&row[1]).as_deref(), Ok(code.as_str()), "{}", row[1]);
        }
    }

    #[test]
    fn names_that_are_easily_confused_map_to_their_own_country() {
        let expected = [
            ("Samoa", "WSM"),
            ("Congo", "COG"),
            ("DR Congo", "COD"),
            ("Niger", "NER"),
            ("Nigeria", "NGA"),
            ("Dominica", "DMA"),
            ("Dominican Republic", "DOM"),
            ("Guinea", "GIN"),
            ("Guinea-Bissau", "GNB"),
            ("Cote d Ivoire", "CIV"),
            ("Republic of Korea", "KOR"),
            ("Macedonia", "MKD"),
            ("The former Yugoslav Republic of Macedonia", "MKD"),
            ("Serbia", "SRB"),
            ("United Kingdom", "GBR"),
            ("Russian Federation", "RUS"),
        ];
        for (name, code) in expected {
            assert_eq!(iso3(name), Ok(code), "{name}");
        }
        let error = iso3("Atlantis").unwrap_err();
        assert!(error.contains("`Atlantis`"), "{error}");
    }

    #[test]
    fn the_parser_keeps_na_and_drops_the_day() {
        let text = "\"Date\",\"Troops\",\"Police\",\"Experts\"\n1990-11-30,5,NA,NA\n2003-03-30,NA,NA,NA\n";
        let rows = parse("China.csv", "China", text).unwrap();
        assert_eq!(to_csv(&rows), format!("{HEADER}\n1990-11,China,CHN,5,,\n2003-03,China,CHN,,,\n"));
    }

    #[test]
    fn a_corrupted_copy_is_an_error_naming_file_and_line() {
        let header = "\"Date\",\"Troops\",\"Police\",\"Experts\"\n1990-11-30,5,NA,NA\n";
        for (line, error) in [
            ("1990-12-31,five,NA,NA", "China.csv:3: `five` is neither a count nor NA"),
            ("1990-12-31,-5,NA,NA", "China.csv:3: `-5` is neither a count nor NA"),
            ("1990-12-31,,NA,NA", "China.csv:3: `` is neither a count nor NA"),
            ("1990-13-31,5,NA,NA", "China.csv:3: `1990-13-31` is not a date"),
            ("31/12/1990,5,NA,NA", "China.csv:3: `31/12/1990` is not a date"),
            ("1990-12-31,5,NA", "China.csv:3: 3 fields, not 4"),
            ("", "China.csv:3: 1 fields, not 4"),
            ("1990-11-29,5,NA,NA", "China.csv:3: a second row for 1990-11 (the first is line 2)"),
        ] {
            let found = parse("China.csv", "China", &format!("{header}{line}\n")).unwrap_err();
            assert!(found.starts_with(error), "`{line}`: {found}");
        }
        let found = parse("China.csv", "China", "Date,Troops,Police\n").unwrap_err();
        assert!(found.starts_with("China.csv:1: the header"), "{found}");
        let found = parse("Atlantis.csv", "Atlantis", header).unwrap_err();
        assert!(found.starts_with("Atlantis.csv: no ISO 3166-1 code for the country name `Atlantis`"), "{found}");
    }
}
