//! Files a reader can download: the rows behind a chart as CSV (in the same schema as `data/`), and citations of
//! the current view.

use crate::format::{format_decimal, format_percent};
use crate::model::contributions::{month_summary, PaperFigure, TopContributors};
use crate::model::RegionBar;
use crate::state::ChartKind;
use crate::words::Texts;
use pko_data::contributions::{ContributionTables, CountryCode};
use pko_data::{yes_no, BudgetShare, Category, Mission, Vocabulary, BUDGET_HEADER, MISSIONS_HEADER};

/// The line every download starts with, so a file found later still says where its numbers come from.
pub const SOURCE_LINE: &str = "Source: Yasuhiro Matsuda, “China's UN Peacekeeping Operations Policy: Analysis of the \
     Factors behind the Policy Shift toward Active Engagement”, Tables 1–2 (figures cumulative to 30 November 2008); \
     corrections listed in the explorer's Sources & notes. PKO Explorer";

/// The line the downloads of the two charts of contributions start with: their figures are the UN's, not the
/// paper's.
pub const CONTRIBUTIONS_SOURCE_LINE: &str = "Source: UN Department of Peacekeeping Operations, monthly \"Ranking of \
     military and police contributions to UN operations\", via the International Peace Institute's Peacekeeping \
     Database (IPIDataLab/PPP_Loader, ppp_files/countries/, commit adec10c). PKO Explorer";

/// The script a host page adds once so that every embedded frame fits its content: it listens for the embed's
/// `pko-explorer:resize` messages (see `ui::browser::frame_height::post_height_to_parent`) and sizes the frame that
/// sent one. The Embed menu offers it and README.md shows it; a test checks that the two agree.
pub const EMBED_RESIZE_SCRIPT: &str = "<script>
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'pko-explorer:resize' || typeof data.height !== 'number') return;
    document.querySelectorAll('iframe').forEach(function (frame) {
      if (frame.contentWindow === event.source) frame.style.height = Math.ceil(data.height) + 'px';
    });
  });
</script>";

/// A source in the language shown, followed by the explorer's name, as a downloaded image and the embed's credit
/// line give it: "Source: …, Tables 1–2 and text · PKO Explorer".
pub fn credit(source: &str) -> String {
    format!("{} · PKO Explorer", source.trim_end_matches(['.', '。']))
}

/// The height of an embed's frame that shows all of `kind`'s chart without the resize script, from its panel on the
/// page, measured `panel` CSS pixels high (`None` where the panel is not on the page: then from the chart's own
/// height, with room for a legend row more). A tenth more, since a course page's column is often narrower than
/// the panel here, and its lines wrap more. What the embed shows around the panel was measured in Chromium at 500
/// to 1,000 px: the filters, summary line and credit take up to 128 px; the monthly charts' hint, month control,
/// month sentence and source take up to 367. Rounded up to ten pixels, with a margin of a line or two.
pub fn embed_height(kind: ChartKind, panel: Option<f64>) -> u32 {
    let (around, chart) = match kind {
        ChartKind::Deployed => (400.0, crate::chart::deployed::height()),
        ChartKind::Contributors => (400.0, crate::chart::contributors::height()),
        // The paper's four charts are always on the page that offers the menu: 400 is only a fallback.
        ChartKind::Personnel | ChartKind::Regions | ChartKind::Budget | ChartKind::Timeline => (150.0, 400.0),
    };
    // A panel's title, subtitle, toggle and source line above and below its chart.
    const PANEL_TEXT: f64 = 170.0;
    let panel = panel.filter(|height| height.is_finite() && *height > 0.0).unwrap_or(chart + PANEL_TEXT);
    ((panel * 1.1 + around) / 10.0).ceil() as u32 * 10
}

/// Comma-separated text with quoting where a field needs it (RFC 4180), preceded by comment lines, which the
/// loader of a reader's own file skips (`pko_data::rows`), so that a downloaded file loads back as it is. A comment
/// line is `#` and the comment as one field (`#,"View: 25 missions, 12,451 personnel sent"`): a spreadsheet keeps
/// the comment in one cell, where split at its commas it put a 12 in the missions column, which a sum of that column
/// counted; and a line that starts with `#` is what other readers skip too (pandas' `comment`, R's `comment.char`).
pub fn write_csv(comments: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    for comment in comments {
        // A comment is one line: a line break would start a line without `#`, which a reader's loader takes for
        // the header.
        out.push_str("#,");
        out.push_str(&quote(&comment.replace(['\n', '\r'], " ")));
        out.push('\n');
    }
    for row in rows {
        let fields: Vec<String> = row.iter().map(|field| quote(field)).collect();
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    out
}

fn quote(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// Missions in the schema of `data/missions.csv`, so a downloaded file can be edited and loaded again.
pub fn missions_csv<'a>(missions: impl IntoIterator<Item = &'a Mission>, comments: &[&str]) -> String {
    let mut rows = vec![MISSIONS_HEADER.iter().map(|name| name.to_string()).collect::<Vec<_>>()];
    for mission in missions {
        let counts = Category::ALL.iter().map(|category| {
            mission.personnel.map(|personnel| personnel.get(*category).to_string()).unwrap_or_default()
        });
        let mut row = vec![
            mission.acronym.clone(),
            mission.predecessor.clone().unwrap_or_default(),
            mission.name.clone(),
            mission.host.clone(),
            mission.region.data_name().to_string(),
            mission.period.table_number().to_string(),
            mission.un_start.to_string(),
            mission.china_start.to_string(),
            mission.china_end.map(|end| end.to_string()).unwrap_or_default(),
        ];
        row.extend(counts);
        row.push(mission.note.clone().unwrap_or_default());
        rows.push(row);
    }
    write_csv(comments, &rows)
}

pub fn regions_csv(bars: &[RegionBar], texts: &Texts, comments: &[&str]) -> String {
    let mut rows = vec![vec!["region".into(), "missions".into(), "personnel".into(), "share".into()]];
    for bar in bars {
        rows.push(vec![
            texts.region(bar.region).to_string(),
            bar.missions.to_string(),
            bar.personnel.to_string(),
            format_percent(bar.share),
        ]);
    }
    write_csv(comments, &rows)
}

pub fn budget_csv<'a>(shares: impl IntoIterator<Item = &'a BudgetShare>, comments: &[&str]) -> String {
    let mut rows = vec![BUDGET_HEADER.iter().map(|name| name.to_string()).collect::<Vec<_>>()];
    for share in shares {
        rows.push(vec![
            share.from_year.to_string(),
            share.to_year.to_string(),
            format_decimal(share.share_percent),
            share.rank.map(|rank| rank.to_string()).unwrap_or_default(),
            yes_no(share.in_paper).to_string(),
            yes_no(share.low_confidence).to_string(),
            share.source.clone(),
        ]);
    }
    write_csv(comments, &rows)
}

/// The columns of `data/contributions.csv`.
const CONTRIBUTIONS_HEADER: [&str; 6] = ["month", "country", "iso3", "troops", "police", "experts"];

/// A count as `data/contributions.csv` writes it: none reported is an empty cell (the source's `NA`; it has no 0),
/// which the tables read as 0.
fn count_cell(count: u32) -> String {
    if count == 0 {
        String::new()
    } else {
        count.to_string()
    }
}

/// The data of the deployed chart in the schema of `data/contributions.csv`: China's row for each month (and,
/// when `with_others`, the other permanent members' rows), so that a researcher can diff it against the data file.
/// A month where a country is not in the report has no row, as in the data file. After `comments`, the chart's
/// notes: the split before 2000, and the paper's figure beside the report's.
pub fn deployed_csv(
    tables: &ContributionTables,
    with_others: bool,
    paper: Option<PaperFigure>,
    texts: &Texts,
    comments: &[&str],
) -> String {
    let members = if with_others { 5 } else { 1 };
    let mut rows = vec![CONTRIBUTIONS_HEADER.iter().map(|name| name.to_string()).collect::<Vec<_>>()];
    for index in 0..tables.months() {
        let month = tables.month_at(index);
        for (member, code) in CountryCode::PERMANENT_MEMBERS.iter().enumerate().take(members) {
            if let Some(figures) = tables.permanent[member][index] {
                rows.push(vec![
                    month.to_string(),
                    tables.reported_name(*code).unwrap_or(code.as_str()).to_string(),
                    code.as_str().to_string(),
                    count_cell(figures.troops),
                    count_cell(figures.police),
                    count_cell(figures.experts),
                ]);
            }
        }
    }
    let paper_note = paper.map(|paper| {
        let report = month_summary(tables, paper.month, Some(paper)).china.map_or(0, |china| china.total());
        texts.paper_note(paper.month, paper.value, report)
    });
    let mut all: Vec<&str> = comments.to_vec();
    all.push(texts.monthly().split_unreliable_note);
    all.extend(paper_note.as_deref());
    write_csv(&all, &rows)
}

/// The data of the top-contributors chart, one row per bar, largest first, China's row apart last: the columns of
/// `data/contributions.csv` with the rank, the total and whether the country is a permanent member.
pub fn contributors_csv(
    tables: &ContributionTables,
    top: &TopContributors,
    texts: &Texts,
    comments: &[&str],
) -> String {
    let mut header: Vec<String> = CONTRIBUTIONS_HEADER.iter().map(|name| name.to_string()).collect();
    header.splice(1..1, ["rank".to_string()]);
    header.extend(["total".to_string(), "permanent_member".to_string()]);
    let mut rows = vec![header];
    for bar in top.bars.iter().chain(&top.china_apart) {
        let name = tables.reported_name(bar.code).unwrap_or(bar.code.as_str()).to_string();
        let figures = bar.figures;
        rows.push(vec![
            top.summary.month.to_string(),
            bar.rank.to_string(),
            name,
            bar.code.as_str().to_string(),
            count_cell(figures.troops),
            count_cell(figures.police),
            count_cell(figures.experts),
            figures.total().to_string(),
            yes_no(bar.permanent).to_string(),
        ]);
    }
    let sentence = texts.month_sentence(&top.summary);
    let mut all: Vec<&str> = comments.to_vec();
    all.push(&sentence);
    write_csv(&all, &rows)
}

/// A day, for "accessed on" in citations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Day {
    /// "November 28, 2026".
    fn long(self) -> String {
        let month = MONTHS.get(self.month.saturating_sub(1) as usize).copied().unwrap_or("");
        format!("{month} {}, {}", self.day, self.year)
    }
}

/// The current view in the three citation styles readers ask for, with its permalink and the access date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citations {
    pub apa: String,
    pub chicago: String,
    pub bibtex: String,
}

/// `view` describes what is shown, e.g. "Personnel per mission: 14 missions in Africa, 8,832 personnel", in the
/// interface's language. APA and Chicago are plain text: the view sits inside the title's quotation marks, so its
/// own double quotes become single ones, and it loses a final full stop, which the style places itself. BibTeX is
/// read by LaTeX: see `bibtex_text` and `bibtex_url`.
pub fn citations(view: &str, url: &str, accessed: Day) -> Citations {
    let paper = "China's UN Peacekeeping Operations Policy: Analysis of the Factors behind the Policy Shift toward Active Engagement";
    let view = view.trim().trim_end_matches(['.', '。', '．']);
    let quoted_view = view.replace('“', "‘").replace('”', "’");
    let title = format!("China in {{UN}} Peacekeeping: {{{}}}", bibtex_text(view));
    // pdfLaTeX stops at Chinese and Japanese characters; say what compiles them, where BibTeX ignores text: outside
    // the entry.
    let cjk = view.chars().any(|c| ('\u{2e80}'..='\u{9fff}').contains(&c) || ('\u{ff00}'..='\u{ffef}').contains(&c));
    let encoding_note = if cjk {
        "% UTF-8 with Chinese or Japanese text: compile with XeLaTeX or LuaLaTeX and a CJK font (or pdfLaTeX with the CJKutf8 package).\n"
    } else {
        ""
    };
    // Plain BibTeX styles print a link only from `howpublished = {\url{…}}`. Biber, for biblatex, hands that field to
    // LaTeX as an argument, where a `%` in the link (a folder with a space in its name) comments out the rest of the
    // entry: such a link goes in the `url` field, which biblatex and the styles that print links read as it is.
    let encoded = bibtex_url(url);
    let link = if encoded.contains('%') {
        format!("url = {{{encoded}}}")
    } else {
        format!("howpublished = {{\\url{{{encoded}}}}}")
    };
    Citations {
        apa: format!(
            "PKO Explorer. ({}). China in UN peacekeeping: {quoted_view} [Interactive chart]. Data from Y. Matsuda, “{paper}.” Retrieved {}, from {url}",
            accessed.year,
            accessed.long()
        ),
        chicago: format!(
            "PKO Explorer. “China in UN Peacekeeping: {quoted_view}.” Interactive chart. Data from Yasuhiro Matsuda, “{paper}.” Accessed {}. {url}.",
            accessed.long()
        ),
        bibtex: format!(
            "{encoding_note}@misc{{pkoexplorer{year},\n  author = {{{{PKO Explorer}}}},\n  title = {{{title}}},\n  year = {{{year}}},\n  {link},\n  note = {{Interactive chart. Data from Yasuhiro Matsuda, ``{paper}''. Accessed {year}-{month:02}-{day:02}}}\n}}",
            year = accessed.year,
            month = accessed.month,
            day = accessed.day,
        ),
    }
}

/// Text for a BibTeX field that LaTeX typesets: LaTeX's special characters escaped, so that a `%` (as in "71% of
/// all") no longer comments out the rest of the entry, and braces written as commands, since BibTeX counts every
/// brace, escaped or not, to find where a field ends. Other text stays UTF-8, which LaTeX reads by default.
fn bibtex_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' | '&' | '#' | '_' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '{' => out.push_str("\\textbraceleft{}"),
            '}' => out.push_str("\\textbraceright{}"),
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            '\\' => out.push_str("\\textbackslash{}"),
            _ => out.push(c),
        }
    }
    out
}

/// A link for `\url{…}`, which reads its argument as it is (`%`, `#`, `&` and `~` included): only what would end
/// the field or the argument early, braces, backslashes and spaces, is percent-encoded.
fn bibtex_url(url: &str) -> String {
    url.replace('\\', "%5C").replace('{', "%7B").replace('}', "%7D").replace(' ', "%20")
}
