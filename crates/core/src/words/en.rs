//! English: the table of words and the grammar.

use super::{Grammar, MonthlyTexts, PartsGrammar, PartsTexts, Standing, Texts};
use crate::format::format_rank;
use crate::lang::Lang;
use crate::state::Notice;
use pko_data::contributions::CountryName;
use pko_data::{DataError, YearMonth};

pub const ENGLISH: Texts = Texts {
    lang: Lang::English,
    app_title: "China in UN Peacekeeping",
    lede_before_title: "China's participation in UN peacekeeping, 1989–2010, from Yasuhiro Matsuda, ",
    lede_after_title: ". Figures count the personnel sent, cumulative to 30 November 2008 (each rotation, not a head count); ",
    sources_link: "sources and errata",
    lede_end: " are below.",
    dark_theme: "Dark theme",
    light_theme: "Light theme",
    use_dark_theme: "Use the dark theme",
    use_light_theme: "Use the light theme",
    language: "Language",
    filters: "Filters",
    period_legend: "Period",
    region_legend: "Region",
    personnel_legend: "Personnel",
    status_legend: "Status",
    troops_legend: "Troops",
    pla_only: "PLA troop missions only",
    clear_filters: "Clear filters",
    personnel_title: "Personnel per mission",
    regions_title: "Personnel by region",
    budget_title: "China's share of the UN peacekeeping budget",
    timeline_title: "Participation timeline",
    personnel_axis: "Personnel sent, cumulative to 30 Nov 2008",
    personnel_axis_log: "Personnel sent, cumulative to 30 Nov 2008 (log scale)",
    personnel_axis_own: "Personnel, as your file counts them",
    personnel_axis_own_log: "Personnel, as your file counts them (log scale)",
    no_figures: "no figures",
    paper_series: "China's share (the paper)",
    later_series: "UN scales 2007–2027 (not in the paper)",
    later_axis: "Later scales, on an axis of their own",
    low_confidence: "from secondary reports only",
    budget_gap: "no figures in the paper",
    personnel_total_log: "All personnel (a log axis cannot split them by category)",
    turning_points: ["First dispatch", "Engineers to Cambodia", "First civilian police", "Troops to the Congo", "First force commander"],
    timeline_colour: "Colour: the largest category of personnel China sent",
    key_facts: "The paper's findings",
    personnel_subtitle: "People China sent to each mission, by category: cumulative to 30 November 2008, each rotation counted",
    regions_subtitle: "People sent, cumulative to 30 November 2008, by the region of the mission, with its share of all regions",
    regions_subtitle_own: "People sent, as your file counts them, by the region of the mission, with its share of all regions",
    budget_subtitle: "Assessed share, in percent, for the years of each scale, with China's rank",
    timeline_subtitle: "The years China took part in each mission, from its first month to its last",
    missions_source: "Source: Matsuda, Tables 1–2, with corrections.",
    timeline_source: "Source: Matsuda, Tables 1–2 and the chronology of sections I–III, with corrections.",
    budget_source: "Source: Matsuda, section II.2; later scales: press and research reports, one of low confidence.",
    own_source: "Source: your own file.",
    paper_chart_source: "Source: Y. Matsuda, “China's UN Peacekeeping Operations Policy”, Tables 1–2 and text.",
    budget_not_filtered: "The filters do not change this chart: it shows China's share of the whole budget.",
    ways_back: "Clear one filter to see missions again:",
    ongoing: "ongoing",
    no_missions: "No mission matches these filters.",
    present: "present",
    outside_paper: "not in the paper",
    by_total: "By total",
    by_start: "By start",
    by_name: "By name",
    linear: "Linear",
    log_scale: "Log scale",
    order_and_scale: "Order and scale",
    table: "Table",
    close: "Close",
    regions_hint: "Click a region to filter by it.",
    timeline_hint: "Diamonds are policy events; an arrowhead marks a participation still going on when the data ends (the month in the legend).",
    later_toggle: "Add the later UN scales, 2007–2027 (not in the paper)",
    personnel_caption_own: "Personnel per mission, as your file counts them",
    share: "Share",
    embed: "Embed",
    cite: "Cite",
    sources_title: "Sources & notes",
    sources_online: "The sources, the paper's errata and how its figures add up are on the explorer's page:",
    download: "Download",
    footer: "Data: Matsuda, Tables 1–2 and text; later budget scales from the sources listed under Sources & notes. Built with Rust, Leptos and plotters.",
    not_loaded: "This part of the explorer could not be loaded. Check the connection, then try again; if the explorer has been updated since this page was opened, reload the page.",
    retry: "Try again",
    categories: ["Civilians", "Military observers", "Troops", "Civilian police"],
    regions: ["Africa", "Asia", "Middle East", "Europe", "Americas"],
    periods: ["Initial participation, 1989–1999", "Active engagement, 2000–"],
    statuses: ["Ongoing", "Ended"],
    grammar: &English,
    paper_text: None,
    parts_words: None,
};

/// The words of the parts loaded on first use (see [`PartsTexts`]).
pub const PARTS: PartsTexts = PartsTexts {
    row_pages: "Pages of missions",
    previous_rows: "Previous",
    next_rows: "Next",
    col_mission: "Mission",
    col_region: "Region",
    col_participation: "China's participation",
    col_total: "Total",
    col_missions: "Missions",
    col_personnel: "Personnel",
    col_share: "Share",
    col_years: "Years",
    col_rank: "Rank",
    col_series: "Series",
    col_source: "Source",
    col_date: "Date",
    col_event: "Event",
    col_what: "What happened",
    col_section: "Section",
    series_paper: "the paper",
    series_later: "later UN scale (not in the paper)",
    personnel_caption: "Personnel per mission, cumulative to 30 November 2008 (Matsuda, Tables 1–2)",
    regions_caption: "Personnel by region, under the current filters other than region",
    events_caption: "Policy events (Matsuda, sections I–III)",
    host: "Host",
    un_start: "UN start",
    personnel_cumulative: "Personnel (cumulative to 30 Nov 2008)",
    personnel_own: "Personnel (as your file counts them)",
    table_initial: "Table 1: initial participation, 1989–1999",
    table_active: "Table 2: active engagement, from 2000",
    figures_end: "no figures (the paper's figures end on 30 November 2008)",
    corrected: "corrected",
    flagged: "flagged, kept as printed",
    share_intro: "A link to this exact view (filters, order, open mission):",
    embed_intro: "Paste this into a course page to show one chart with its filters:",
    embed_chart: "Chart",
    embed_height: "Height",
    embed_fit: "Full height",
    embed_hint: "The frame works on pages whose scripts are stripped. Where the page may run scripts, add this once, and every frame of the explorer fits its content:",
    embed_script: "Script",
    links_show_paper_data: "Your own file stays in this browser and is not part of any link: what you share, embed or cite here shows the paper's data.",
    link: "Link",
    copy: "Copy",
    copied: "Copied.",
    copy_blocked: "Copying is blocked here: select the text and copy it.",
    open_full: "Open in full explorer",
    download_failed: "The image could not be drawn:",
    tab_blocked: "The page around this frame does not let it open a tab. Open this address in a new tab:",
    downloads_framed: "The page around this frame may block downloads. If none starts, open this address in a new tab:",
    own_title: "Your own data",
    own_intro: "Load a CSV file with the columns of the app's data/missions.csv (download it under Sources & notes, edit it in a spreadsheet): updated figures, or another country's contributions.",
    own_privacy: "Files of up to 1 MB and 2,000 missions. The file is read in your browser and sent nowhere.",
    choose_file: "Choose a CSV file",
    or_drop: " or drop one here.",
    back_to_paper: "Back to the paper's data",
    own_banner: "The charts show your own data, not the paper's.",
    paper_intro: "English version of a chapter first published in Japanese in 添谷芳秀編『現代の中国外交の六十年』(Keio University Press), pp. 283–305. Tables 1 and 2 give the missions; the text gives the budget shares, the key figures and the chronology. The paper's own sources: China's National Defense in 2008 (white paper) and the UN peacekeeping pages, read in January 2011.",
    download_all: "Download all missions (CSV)",
    download_all_note: " in the schema of the app's data/missions.csv, with the corrections noted.",
    how_add_up: "How the figures add up",
    sum_caption: "Personnel in Tables 1–2, summed over all missions",
    col_category: "Category",
    col_sum: "Sum",
    uniformed: "Uniformed (all but civilians)",
    key_figures: "Key figures in the text",
    errata_title: "Errata",
    errata_intro: "Where the paper's print is impossible or wrong, the data uses the corrected value and says so here; doubtful values that could not be checked are flagged and kept.",
    errata_caption: "Errata in Tables 1–2 and their notes",
    col_row: "Row",
    col_column: "Column",
    col_printed: "Printed",
    col_used: "Used",
    col_action: "Action",
    col_why: "Why, and source",
    notes_row: "Notes",
    later_title: "Later budget shares (not in the paper)",
    later_intro: "The budget chart can add the UN scales of assessment after the paper. They come from these sources, not from the paper:",
    in_paper: "In the paper",
    code: "Code",
    all_personnel: "All personnel",
};

/// The words of the charts of the UN's monthly figures (see [`MonthlyTexts`]).
pub const MONTHLY: MonthlyTexts = MonthlyTexts {
    chart_deployed: "Deployed at one time",
    chart_contributors: "Top contributors",
    deployed_subtitle: "China's uniformed personnel at each month-end, by type (UN monthly reports)",
    contributors_subtitle: "Uniformed personnel (troops, police and military experts) of the 20 largest contributors at the month-end",
    monthly_source: "Source: UN monthly reports of contributions, via the International Peace Institute's database.",
    deployed_axis: "Personnel at the month-end",
    contributors_axis: "Uniformed personnel at the month-end",
    total_before_split: "Total before 2000 (not split by type)",
    split_unreliable_note: "The UN's early reports were not split by type (China's 5 military observers of 1990 appear as troops), so before 2000 the chart draws totals only.",
    split_unreliable: "Not split by type before 2000 (the reports' split is unreliable)",
    other_countries: "Other countries",
    permanent_member: "Permanent member of the Security Council",
    not_in_report: "not in the report",
    month_label: "Month",
    previous_month: "Previous month",
    next_month: "Next month",
    play: "Play",
    pause: "Pause",
    show_permanent_members: "Show the other permanent members",
    contributions_source: "Uniformed personnel by country: UN Department of Peacekeeping Operations, monthly \"Ranking of military and police contributions to UN operations\", November 1990 to March 2014, via the International Peace Institute's Peacekeeping Database (IPIDataLab/PPP_Loader, ppp_files/countries/, commit adec10c). The figures are the UN's; IPI compiled them.",
    figure2_missing: "The paper's Figure 2, the other countries' shares of the 2010 peacekeeping budget, is not shown: no primary source (UN document A/64/220/Add.1, the effective rates of assessment for 2010–2012, or the UN fact sheet the paper used) could be reached, and it is never filled from secondary pages.",
    col_month: "Month",
    col_country: "Country",
    uniformed_types: ["Troops", "Police", "Military experts"],
    period_names: ["Initial participation", "Active engagement"],
    contributions_heading: "China among all contributors, month by month",
    filters_do_not_apply: "Region and mission filters do not apply to country totals.",
};

/// The grammar of English.
#[derive(Debug)]
pub(super) struct English;

impl Grammar for English {
    fn month(&self, month: YearMonth) -> String {
        const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        format!("{} {}", MONTHS[usize::from(month.month() - 1)], month.year())
    }

    fn year(&self, year: u16) -> String {
        year.to_string()
    }

    fn ongoing_until(&self, ongoing: &str, month: &str, inferred: bool) -> String {
        if inferred {
            format!("{ongoing} (to {month}, the latest month in the data)")
        } else {
            format!("{ongoing} (to {month})")
        }
    }

    fn participation(&self, start: &str, end: Option<&str>, present: &str) -> String {
        format!("{start} – {}", end.unwrap_or(present))
    }

    fn people(&self, count: &str) -> String {
        format!("{count} personnel")
    }

    fn missions(&self, count: usize, number: &str) -> String {
        if count == 1 {
            format!("{number} mission")
        } else {
            format!("{number} missions")
        }
    }

    fn rank(&self, rank: u32) -> String {
        format_rank(rank)
    }

    fn breakdown(&self, parts: &[(&str, String)], total: &str) -> String {
        let parts: Vec<String> =
            parts.iter().map(|(category, count)| format!("{count} {}", category.to_ascii_lowercase())).collect();
        format!("{}; {total} in all", parts.join(", "))
    }

    fn mission_tooltip(&self, acronym: &str, host: &str, participation: &str, breakdown: &str) -> String {
        format!("{acronym} ({host}), {participation}: {breakdown}")
    }

    fn event_tooltip(&self, date: &str, title: &str, description: &str) -> String {
        format!("{date}: {title}. {description}")
    }

    fn region_tooltip(&self, region: &str, missions: &str, people: &str, share: &str) -> String {
        format!("{region}: {missions}, {people} ({share})")
    }

    fn summary(
        &self,
        missions: &str,
        regions: &[&str],
        categories: &[&str],
        count: &str,
        share: Option<&str>,
    ) -> String {
        let place = if regions.is_empty() { String::new() } else { format!(" in {}", join_with_and(regions)) };
        let categories: Vec<String> = categories.iter().map(|category| category.to_ascii_lowercase()).collect();
        let who = if categories.is_empty() { "personnel".to_string() } else { join_with_and(&categories) };
        let share = share.map(|share| format!(" ({share} of all)")).unwrap_or_default();
        format!("{missions}{place}, {count} {who} sent{share}")
    }

    fn personnel_takeaway(&self, mission: &str, count: &str, share: &str) -> String {
        format!("{mission} received the most personnel: {count}, {share} of those shown")
    }

    fn regions_takeaway(&self, region: &str, share: &str) -> String {
        format!("{region} received {share} of the personnel sent")
    }

    fn budget_takeaway(
        &self,
        first: (&str, &str),
        last: (&str, &str),
        rank: Option<&str>,
        later: Option<(&str, &str)>,
    ) -> String {
        let rank = rank.map(|rank| format!(", the {rank} largest")).unwrap_or_default();
        let later =
            later.map(|(share, years)| format!("; later UN scales reach {share} ({years})")).unwrap_or_default();
        format!(
            "China's share of the budget went from {} ({}) to {} ({}){rank}{later}",
            first.0, first.1, last.0, last.1
        )
    }

    fn timeline_takeaway(&self, before: Option<(&str, &str)>, after: Option<(&str, &str)>) -> String {
        // The clause that comes first starts the sentence. Capitalised here rather than by `char::to_uppercase`,
        // whose case-mapping tables would be in the start-up wasm for this one sentence.
        let before =
            before.map(|(mainly, of)| format!("Before 2000, {mainly} of {of} missions were mainly military observers"));
        let from = if before.is_some() { "from" } else { "From" };
        let after =
            after.map(|(mainly, of)| format!("{from} 2000, {mainly} of {of} were mainly civilian police or troops"));
        before.into_iter().chain(after).collect::<Vec<_>>().join("; ")
    }

    fn fact_budget(&self, first: &str, last: &str, rank: Option<&str>) -> String {
        let rank = rank.map(|rank| format!(": the {rank}-largest contributor")).unwrap_or_default();
        format!("China's share of the UN peacekeeping budget, {first} to {last}{rank}")
    }

    fn fact_at_one_time(&self, month: &str) -> String {
        format!("personnel deployed at any one time ({month}, the paper's figure)")
    }

    fn fact_region(&self, region: &str) -> String {
        format!("of the personnel sent went to missions in {region}")
    }

    fn fact_shift(&self, troops: &str) -> String {
        format!(
            "first civilian police, after a decade of mainly military observers; PLA troops to Africa from {troops}"
        )
    }

    fn filters_on(&self, filters: &str, count: usize) -> String {
        format!("{filters} ({count} on)")
    }

    fn download_label(&self, title: &str, format: &str) -> String {
        match format {
            "" => format!("Download {title}"),
            "CSV" => format!("Download the data of {title} as CSV"),
            _ => format!("Download {title} as {format}"),
        }
    }

    fn notice(&self, notice: &Notice) -> String {
        match notice {
            Notice::TooLong(max) => format!("The link is longer than {max} characters; the rest was ignored."),
            Notice::NotPercentEncoded(pair) => format!("Ignored `{pair}`: it is not valid percent-encoded text."),
            Notice::Repeated(key) => format!("Ignored a repeated `{key}`."),
            Notice::Unknown(key) => format!("Ignored the unknown setting `{key}`."),
            Notice::BadValue(key, value) => format!("Ignored `{key}={value}`: not a value this setting takes."),
            Notice::NewerVersion(version) => format!(
                "This link was made by a newer version of the explorer (`v={version}`): it is read as far as this version understands it."
            ),
            Notice::More(count) => format!("Ignored {count} more settings of the link."),
        }
    }

    fn language_not_loaded(&self, endonym: &str) -> String {
        format!(
            "The {endonym} interface could not be loaded, so the explorer is in English. Check the connection, then reload the page."
        )
    }
}

impl PartsGrammar for English {
    fn with_predecessor(&self, predecessor: &str) -> String {
        format!(" (with its predecessor {predecessor})")
    }

    fn named_figure(&self, name: &str, figure: &str) -> String {
        format!("{name}: {figure}")
    }

    fn erratum_in_details(
        &self,
        printed: Option<&str>,
        used: Option<&str>,
        action: &str,
        reason: &str,
        source: &str,
    ) -> String {
        let value = |value: Option<&str>| value.map_or("nothing".to_string(), |value| format!("“{value}”"));
        format!(": printed {}, used {} ({action}). {reason} Source: {source}.", value(printed), value(used))
    }

    fn any_of(&self, values: &[&str]) -> String {
        super::join_list(values, ", ", " or ")
    }

    fn without_filter(&self, filter: &str, missions: &str) -> String {
        format!("Without “{filter}”: {missions}")
    }

    fn copy_label(&self, copy: &str, what: &str) -> String {
        format!("{copy} {what}")
    }

    fn arithmetic(
        &self,
        stated: &str,
        summed: &str,
        gap: i64,
        stated_missions: u32,
        with_uniformed: usize,
        rows: usize,
    ) -> String {
        format!("The text says {stated} troops and civilian police; the tables add up to {summed} uniformed personnel, a gap of {gap}. The text's {stated_missions} missions are the {with_uniformed} table rows with uniformed personnel (of {rows} rows: UNTAG sent only civilians, and MONUSCO has no figures).")
    }

    fn rows_shown(&self, first: &str, last: &str, total: &str, hidden: &str) -> String {
        format!("Missions {first}–{last} of {total}; {hidden} not shown.")
    }

    fn own_loaded(&self, file: &str, missions: &str) -> String {
        format!("Showing your data from {file}: {missions}. The Sources & notes below are still about the paper.")
    }

    fn own_rejected(&self, file: &str) -> String {
        format!("{file} was not loaded; the charts still show the data they showed. Problems:")
    }

    fn own_too_big(&self, file: &str, megabytes: &str) -> String {
        format!("{file} is {megabytes} MB: files of up to 1 MB can be loaded.")
    }

    fn own_not_text(&self, file: &str) -> String {
        format!("{file} is not a UTF-8 text file: save it from your spreadsheet as “CSV UTF-8”.")
    }

    fn own_unreadable(&self, file: &str) -> String {
        format!("{file} could not be read.")
    }

    fn more_problems(&self, count: usize) -> String {
        format!("… and {count} more problems.")
    }

    /// The data crate's own printer, which the build script uses for the problems of `data/` too.
    fn data_error(&self, error: &DataError) -> String {
        error.to_string()
    }

    fn country_name<'a>(&self, name: &'a CountryName) -> &'a str {
        &name.english
    }

    fn uniformed(&self, total: &str, parts: &[(&str, String)]) -> String {
        let parts: Vec<String> =
            parts.iter().map(|(kind, count)| format!("{count} {}", kind.to_ascii_lowercase())).collect();
        format!("{total} ({})", parts.join(", "))
    }

    fn rank_of(&self, rank: &str, listed: &str) -> String {
        format!("{rank} of {listed}")
    }

    fn month_tooltip(&self, month: &str, figures: &str, rank_of: Option<&str>, notes: &[String]) -> String {
        let rank = rank_of.map(|rank| format!(", {rank}")).unwrap_or_default();
        let notes: String = notes.iter().map(|note| format!(". {note}")).collect();
        format!("{month}: {figures}{rank}{notes}")
    }

    fn others(&self, parts: &[(&str, String)]) -> String {
        let parts: Vec<String> = parts.iter().map(|(name, count)| format!("{name} {count}")).collect();
        format!("Other permanent members: {}", parts.join(", "))
    }

    fn paper_and_report(&self, paper: &str, report: &str) -> String {
        format!("{paper} (paper) / {report} (UN report)")
    }

    fn deployed_title(
        &self,
        first: Option<(&str, &str)>,
        month: &str,
        count: &str,
        standing: Option<Standing>,
    ) -> String {
        let title = match first {
            Some((first_month, first_count)) => {
                format!("China went from {first_count} uniformed personnel in {first_month} to {count} in {month}")
            }
            None => format!("China had {count} uniformed personnel deployed in {month}"),
        };
        match standing {
            None => title,
            Some(standing) => format!("{title}{}", english_standing(standing)),
        }
    }

    fn contributors_title(&self, month: &str, rank: Option<&str>, listed: &str, standing: Option<Standing>) -> String {
        let standing = standing.map(english_standing).unwrap_or_default();
        match rank {
            Some(rank) => format!("China was {rank} of {listed} contributors in {month}{standing}"),
            None => format!("China was not among the {listed} contributors in {month}{standing}"),
        }
    }

    fn contributor_tooltip(&self, rank: &str, name: &str, month: &str, figures: &str) -> String {
        format!("{rank} {name}, {month}: {figures}")
    }

    fn month_outside(&self, asked: &str, first: &str, last: &str, shown: &str) -> String {
        format!("The link asks for {asked}, but the UN's monthly reports here run from {first} to {last}: the charts show {shown}.")
    }

    fn month_sentence(
        &self,
        month: &str,
        figures: Option<&str>,
        rank_of: Option<&str>,
        share: &str,
        world: &str,
    ) -> String {
        match (figures, rank_of) {
            (Some(figures), Some(rank_of)) => format!(
                "{month}: China had {figures} deployed, {rank_of} contributors and {share} of the {world} uniformed personnel of all."
            ),
            _ => format!("{month}: China is not in the UN's report; all contributors had {world} uniformed personnel."),
        }
    }
}

/// How China stood among the permanent members, as the end of a title.
fn english_standing(standing: Standing) -> String {
    match standing {
        Standing::Largest => ", the largest of the permanent members".to_string(),
        Standing::Behind(largest) => format!("; {largest} was the largest of the permanent members"),
    }
}

fn join_with_and<S: AsRef<str>>(words: &[S]) -> String {
    super::join_list(words, ", ", " and ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_lists_in_plain_english() {
        assert_eq!(join_with_and(&["Africa"]), "Africa");
        assert_eq!(join_with_and(&["Africa", "Asia"]), "Africa and Asia");
        assert_eq!(join_with_and(&["Africa", "Asia", "Europe"]), "Africa, Asia and Europe");
    }
}
