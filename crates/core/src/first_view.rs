//! The first view: the page as the app first shows it (the paper's data, no filter, English), as HTML that
//! `cargo xtask dist` writes into `index.html`, so that a reader sees the charts at the first paint, before any
//! script has run, and keeps them where no script runs at all.
//!
//! The charts are drawn by the same drawing functions as the canvas ([`Chart::draw`]), on plotters' SVG backend,
//! at two widths (a two-column desktop and a phone); the stylesheet shows the one that fits the screen. They are
//! drawn in the light theme, and the dark theme is the same drawing in the dark palette: [`dark_stylesheet`] gives
//! each light colour its dark one under `prefers-color-scheme: dark`, which `cargo xtask dist` adds to the
//! stylesheet (each chart is checked to be its dark drawing so recoloured). The title, lede and key facts are
//! printed here for both (the app sets them as HTML); every other box repeats the app's
//! markup (`src/ui/full_view.rs`, `panels.rs`, `controls.rs`) class for class, so that the app takes the page over
//! without a visible jump; the end-to-end tests compare the two page's boxes (`e2e/first-view.test.mjs`). The
//! controls are marked `needs-app`: where no script runs they would do nothing, and the stylesheet hides them.
//! Where scripts run but the app has not started yet, a control that changes the view names the view it asks for
//! (`data-view`, see `asks_for`), and the page's script keeps a reader's choice for the app to start on. Each
//! chart's data table follows it, for a page without scripts; the app's own tables are built from the same
//! [`crate::table`] values.
//!
//! The first view has no `style` attribute and no script: the page runs under a strict Content-Security-Policy.

use crate::chart::{svg_colour, Chart, ChartData, ChartError, Style, Theme, DARK, LIGHT};
use crate::model::{self, Filters, Page, Scale, Sort};
use crate::state::ViewState;
use crate::table::{self, RowHead, Table};
use crate::words::{Texts, PAPER_TITLE};
use pko_data::{Category, Dataset, Period, Region, Status, Vocabulary};
use std::fmt::Write;

/// The widths the charts are drawn at, in CSS pixels, and the class the stylesheet shows each by: a chart's box in
/// the two-column layout of a 1280 px window, and on a 375 px phone.
pub const CHART_WIDTHS: [(f64, &str); 2] = [(590.0, "wide"), (317.0, "narrow")];

/// What the first view says where no script runs: the first view is the English page, as the issue of the
/// explorer's first paint asks, and these words appear nowhere else. A frame whose sandbox allows no scripts shows
/// this too, whatever its link asks for, so the host is told what to change.
const WITHOUT_APP: &str =
    "These charts show the paper's data as the explorer first opens them. The filters, the other \
     views, the downloads and the languages need JavaScript and a browser with WebAssembly (in a frame, a sandbox \
     that allows scripts).";

/// The page's first view, in `texts`' words: the markup inside `#app`.
pub fn html(data: &Dataset, texts: &Texts) -> Result<String, ChartError> {
    let mut page = String::new();
    page.push_str(r#"<div class="first-view">"#);
    header(&mut page, texts);
    page.push_str("<main>");
    // The boot script's messages (a slow network, a browser without WebAssembly), and the page's loading line
    // while another view than this one is asked for.
    let _ = write!(
        page,
        r#"<p class="status" role="status">Loading the explorer…</p><p class="first-view-note">{}</p>"#,
        escape(WITHOUT_APP)
    );
    key_facts(&mut page, data, texts);
    let filters = Filters::default();
    let _ = write!(
        page,
        r#"<div class="summary-bar"><p class="summary" id="summary">{}</p><button type="button" class="filter-fold needs-app" aria-expanded="false">{}</button></div>"#,
        escape(&texts.summary(&model::summary(data, &filters), &filters)),
        escape(&texts.filters_on(0)),
    );
    filter_bar(&mut page, texts);
    page.push_str(r#"<div class="charts">"#);
    panels(&mut page, data, texts)?;
    page.push_str("</div></main>");
    let _ = write!(page, r#"<footer class="site-footer"><p>{}</p></footer></div>"#, escape(texts.footer));
    Ok(page)
}

/// The page's title and lede, inside the header's first box: the app sets the same markup there
/// (`src/ui/full_view.rs`), since these words never change with the view, only with the language.
pub fn title_and_lede(texts: &Texts) -> String {
    format!(
        r##"<h1>{}</h1><p class="lede">{}<cite>{}</cite>{}<a href="#sources">{}</a>{}</p>"##,
        escape(texts.app_title),
        escape(texts.lede_before_title),
        escape(PAPER_TITLE),
        escape(texts.lede_after_title),
        escape(texts.sources_link),
        escape(texts.lede_end),
    )
}

fn header(page: &mut String, texts: &Texts) {
    let _ = write!(page, r#"<header class="site-header"><div>{}</div>"#, title_and_lede(texts));
    page.push_str(r#"<div class="header-tools needs-app"><div class="share-menus">"#);
    for menu in [texts.share, texts.embed, texts.cite] {
        let _ = write!(page, r#"<details class="menu"><summary>{}</summary></details>"#, escape(menu));
    }
    let _ = write!(page, r#"</div><select class="language" aria-label="{}">"#, escape(texts.language));
    for &lang in crate::lang::Lang::ALL {
        let choice = if lang == texts.lang { " selected".to_string() } else { asks_for(|view| view.lang = Some(lang)) };
        let _ = write!(page, r#"<option value="{}"{choice}>{}</option>"#, lang.slug(), lang.endonym());
    }
    let _ = write!(
        page,
        r#"</select><button type="button" class="theme-toggle" aria-label="{}"><span class="symbol" aria-hidden="true">◐</span><span class="label">{}</span></button></div></header>"#,
        escape(texts.use_dark_theme),
        escape(texts.dark_theme),
    );
}

fn key_facts(page: &mut String, data: &Dataset, texts: &Texts) {
    let _ = write!(
        page,
        r#"<ul class="key-facts" aria-label="{}">{}</ul>"#,
        escape(texts.key_facts),
        key_fact_items(data, texts)
    );
}

/// The items of the strip of the paper's key facts, each a figure and a caption that link to the chart that shows
/// it: the app sets the same markup in its strip (`src/ui/full_view.rs`), since they are always the paper's,
/// whatever the filters, and change only with the language.
pub fn key_fact_items(data: &Dataset, texts: &Texts) -> String {
    let mut items = String::new();
    for fact in model::key_facts(data) {
        let (figure, caption) = texts.key_fact(&fact);
        let _ = write!(
            items,
            r#"<li><a href="{}"><strong>{}</strong> <span>{}</span></a></li>"#,
            fact.link(),
            escape(&figure),
            escape(&caption)
        );
    }
    items
}

fn filter_bar(page: &mut String, texts: &Texts) {
    let _ = write!(
        page,
        r#"<div class="filter-area needs-app" id="filter-bar"><section class="filters" aria-label="{}">"#,
        escape(texts.filters)
    );
    // Each toggle with the view it asks for: the first view has no filter, so a toggle's view has its value alone.
    let groups: [(&str, Vec<(&str, String)>); 4] = [
        (
            texts.period_legend,
            Period::ALL
                .iter()
                .map(|&period| (texts.period(period), asks_for(|view| view.filters.period = Some(period))))
                .collect(),
        ),
        (
            texts.region_legend,
            Region::ALL
                .iter()
                .map(|&region| (texts.region(region), asks_for(|view| view.filters.regions.insert(region))))
                .collect(),
        ),
        (
            texts.personnel_legend,
            Category::ALL
                .iter()
                .map(|&category| (texts.category(category), asks_for(|view| view.filters.categories.insert(category))))
                .collect(),
        ),
        (
            texts.status_legend,
            Status::ALL
                .iter()
                .map(|&status| (texts.status(status), asks_for(|view| view.filters.status = Some(status))))
                .collect(),
        ),
    ];
    for (legend, toggles) in groups {
        let _ = write!(page, r#"<fieldset data-name="{0}"><legend>{0}</legend>"#, escape(legend));
        for (label, view) in toggles {
            let _ = write!(
                page,
                r#"<button type="button" class="toggle" aria-pressed="false"{view}>{}</button>"#,
                escape(label)
            );
        }
        page.push_str("</fieldset>");
    }
    let _ = write!(
        page,
        r#"<fieldset data-name="{0}"><legend>{0}</legend><label class="check"><input type="checkbox"{1}>{2}</label></fieldset><button type="button" class="clear" disabled>{3}</button></section></div>"#,
        escape(texts.troops_legend),
        asks_for(|view| view.filters.pla_only = true),
        escape(texts.pla_only),
        escape(texts.clear_filters),
    );
}

/// The four panels in the app's order, each with its chart and its table.
fn panels(page: &mut String, data: &Dataset, texts: &Texts) -> Result<(), ChartError> {
    let filters = Filters::default();
    let series = model::budget_series(data, false);
    let budget_options = format!(
        r#"<div class="toolbar needs-app"><label class="check"><input type="checkbox"{}>{}</label></div>"#,
        asks_for(|view| view.later = true),
        escape(texts.later_toggle)
    );
    let budget = ChartData::Budget(series.clone());
    let panel = Panel {
        slug: "budget",
        title: texts.budget_title,
        takeaway: texts.budget_takeaway(&series),
        subtitle: texts.budget_subtitle,
        source: texts.budget_source,
        options: budget_options,
        chart: &budget,
        note: Some(texts.budget_not_filtered),
        tables: vec![table::budget(data, false, texts)],
    };
    panel.write(page, texts)?;

    let bars = model::region_bars(data, &filters);
    let regions = ChartData::Regions(bars.clone());
    Panel {
        slug: "regions",
        title: texts.regions_title,
        takeaway: texts.regions_takeaway(&bars),
        subtitle: texts.regions_subtitle,
        source: texts.missions_source,
        options: hint(texts.regions_hint),
        chart: &regions,
        note: None,
        tables: vec![table::regions(&bars, texts)],
    }
    .write(page, texts)?;

    let order = model::timeline_order(data, &filters);
    let shown = &order[Page::at(0, order.len()).range()];
    let timeline = ChartData::timeline(data, &order, shown);
    Panel {
        slug: "timeline",
        title: texts.timeline_title,
        takeaway: texts.timeline_takeaway(model::shift_in_kind(data, &order)),
        subtitle: texts.timeline_subtitle,
        source: texts.timeline_source,
        options: hint(texts.timeline_hint),
        chart: &timeline,
        note: None,
        tables: table::timeline(data, shown, texts).into(),
    }
    .write(page, texts)?;

    let (sort, scale) = (Sort::default(), Scale::default());
    let order = model::mission_order(data, &filters, sort);
    let shown = &order[Page::at(0, order.len()).range()];
    let personnel = ChartData::personnel(data, &filters, &order, shown, scale);
    // The pressed choice is the view already shown; each other asks for its own.
    let segmented = |choices: &[Choice]| {
        let buttons: String = choices
            .iter()
            .map(|&(pressed, label, choose)| {
                let view = if pressed { String::new() } else { asks_for(choose) };
                format!(
                    r#"<button type="button" class="toggle" aria-pressed="{pressed}"{view}>{}</button>"#,
                    escape(label)
                )
            })
            .collect();
        format!(r#"<span class="group">{buttons}</span>"#)
    };
    let options = format!(
        r#"<div class="toolbar needs-app" role="group" aria-label="{}">{}{}</div>"#,
        escape(texts.order_and_scale),
        segmented(&[
            (sort == Sort::Total, texts.by_total, |view| view.sort = Sort::Total),
            (sort == Sort::Start, texts.by_start, |view| view.sort = Sort::Start),
            (sort == Sort::Name, texts.by_name, |view| view.sort = Sort::Name),
        ]),
        segmented(&[
            (scale == Scale::Linear, texts.linear, |view| view.scale = Scale::Linear),
            (scale == Scale::Log, texts.log_scale, |view| view.scale = Scale::Log),
        ]),
    );
    Panel {
        slug: "personnel",
        title: texts.personnel_title,
        takeaway: texts.personnel_takeaway(model::largest_mission(data, &filters, &order)),
        subtitle: texts.personnel_subtitle,
        source: texts.missions_source,
        options,
        chart: &personnel,
        note: None,
        tables: vec![table::personnel(data, shown, texts)],
    }
    .write(page, texts)
}

/// The `data-view` attribute of a control of the first view: the address query of the view the control asks for,
/// printed by the app's own [`ViewState::to_query`] from the first view's state changed by `change`. A reader may
/// use a control before the app has started, for seconds on a slow network: the page's script
/// (`public/first-view.js`) then puts this query in the address, and the app starts on the view asked for.
fn asks_for(change: impl FnOnce(&mut ViewState)) -> String {
    let mut view = ViewState::default();
    change(&mut view);
    format!(r#" data-view="{}""#, escape(&view.to_query()))
}

/// One button of a segmented control: whether its choice is the view shown, its label, and the change it makes.
type Choice<'a> = (bool, &'a str, fn(&mut ViewState));

fn hint(text: &str) -> String {
    format!(r#"<p class="hint">{}</p>"#, escape(text))
}

/// A chart panel as `ui::panels::Panel` builds it, with the chart drawn in and its tables after it.
struct Panel<'a> {
    slug: &'static str,
    title: &'static str,
    takeaway: String,
    subtitle: &'static str,
    source: &'static str,
    /// The markup between the subtitle and the chart: the chart's hint or options.
    options: String,
    chart: &'a ChartData,
    /// A note under the chart, before its source.
    note: Option<&'static str>,
    tables: Vec<Table>,
}

impl Panel<'_> {
    fn write(&self, page: &mut String, texts: &Texts) -> Result<(), ChartError> {
        let (slug, title) = (self.slug, escape(self.title));
        let _ = write!(
            page,
            r#"<section class="panel" id="chart-{slug}" aria-labelledby="{slug}-title"><div class="panel-head"><h2 id="{slug}-title">{title}</h2><span class="downloads needs-app"><details class="menu"><summary aria-label="{}">{}</summary></details></span><button type="button" class="table-toggle needs-app" aria-expanded="false">{}</button></div><p class="takeaway">{}</p><p class="subtitle">{}</p>{}<div class="canvas-wrap">"#,
            escape(&texts.download_label(self.title, "")),
            escape(texts.download),
            escape(texts.table),
            escape(&self.takeaway),
            escape(self.subtitle),
            self.options,
        );
        for (width, layout) in CHART_WIDTHS {
            page.push_str(&chart_svg(self.chart, width, layout, self.title, texts)?);
        }
        page.push_str("</div>");
        if let Some(note) = self.note {
            // Without the app there are no filters to speak of: the note goes with them.
            let _ = write!(page, r#"<p class="filters-note needs-app">{}</p>"#, escape(note));
        }
        let _ = write!(
            page,
            // The link goes where Sources & notes will be: they come with the app.
            r##"<p class="source">{} <a href="#sources" class="needs-app">{}</a></p><div class="table-wrap first-view-table">"##,
            escape(self.source),
            escape(texts.sources_title),
        );
        for table in &self.tables {
            table_html(page, table);
        }
        page.push_str("</div></section>");
        Ok(())
    }
}

/// A chart drawn as SVG at `width` CSS pixels, as the canvas draws it at that width in the light theme, in an `<svg>`
/// element that keeps the chart's height in the page and scales its drawing down to a narrower box.
fn chart_svg(chart: &ChartData, width: f64, layout: &str, title: &str, texts: &Texts) -> Result<String, ChartError> {
    // Whole pixels, rounded as the canvas rounds its box's height (`ui::canvas`).
    let height = chart.height_at(width, texts).round();
    let draw = |theme: &'static Theme| {
        crate::chart::draw_svg((width as u32, height as u32), |area| {
            chart.draw(area, None, Style { theme, scale: 1.0 }, texts).map(drop)
        })
    };
    let light = draw(&LIGHT)?;
    // The stylesheet's dark palette turns the light drawing into the dark one only if the two differ by their
    // colours alone; a chart whose dark drawing differs otherwise would show wrong in dark mode.
    if recolour(&light, &dark_palette()) != draw(&DARK)? {
        return Err(ChartError(format!("{title}: the dark chart is not the light one in the dark palette")));
    }
    // plotters writes an `<svg>` element of a fixed size; the page's element takes the box's width. Every text is
    // in the family the canvas draws in, which the stylesheet gives the first view's charts once (`.first-chart`).
    let body = light.split_once('>').map_or("", |(_, body)| body).replace(" font-family=\"sans-serif\"", "");
    Ok(format!(
        r#"<svg class="first-chart {layout}" role="img" aria-label="{}" width="100%" height="{height}" viewBox="0 0 {width} {height}" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">{body}"#,
        escape(title)
    ))
}

/// Each colour of the light theme with its dark one, as SVG writes them (`#RRGGBB`), where they differ. The focus
/// ring's colour is left out: the first view draws none, and the light theme's is its text colour.
fn dark_palette() -> Vec<(String, String)> {
    let pairs = |theme: &Theme| {
        let mut colours =
            vec![theme.background, theme.text, theme.muted_text, theme.grid, theme.china, theme.neutral, theme.band];
        colours.extend(theme.categories);
        colours
    };
    let mut palette: Vec<(String, String)> = Vec::new();
    for (light, dark) in pairs(&LIGHT).into_iter().zip(pairs(&DARK)) {
        let pair = (svg_colour(light), svg_colour(dark));
        if pair.0 != pair.1 && !palette.contains(&pair) {
            palette.push(pair);
        }
    }
    palette
}

/// `svg` with every `fill` and `stroke` colour of `palette`'s light side given its dark side, in one pass.
fn recolour(svg: &str, palette: &[(String, String)]) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(at) = rest.find("=\"#") {
        let (before, after) = rest.split_at(at + 2);
        out.push_str(before);
        let colour = after.get(..7).unwrap_or(after);
        let is_paint = before.ends_with("fill=\"") || before.ends_with("stroke=\"");
        match palette.iter().find(|(light, _)| is_paint && light == colour) {
            Some((_, dark)) => out.push_str(dark),
            None => out.push_str(colour),
        }
        rest = &after[colour.len()..];
    }
    out.push_str(rest);
    out
}

/// The rules that give the first view's charts the dark palette where the system asks for a dark theme, for
/// `cargo xtask dist` to add to the stylesheet (a strict Content-Security-Policy allows no `<style>` in the page).
/// A light colour that two fields of the dark theme would take differently cannot be mapped, and is an error.
pub fn dark_stylesheet() -> Result<String, ChartError> {
    let palette = dark_palette();
    if let Some((light, _)) = palette.iter().find(|(light, dark)| palette.iter().any(|(l, d)| l == light && d != dark))
    {
        return Err(ChartError(format!("the light colour {light} has two dark ones")));
    }
    let rules: String = palette
        .iter()
        .map(|(light, dark)| {
            format!(".first-chart [fill=\"{light}\"]{{fill:{dark}}}.first-chart [stroke=\"{light}\"]{{stroke:{dark}}}")
        })
        .collect();
    Ok(format!("\n/* The first view's charts in the dark palette (pko_core::first_view::dark_stylesheet). */\n@media (prefers-color-scheme: dark) {{ {rules} }}\n"))
}

fn table_html(page: &mut String, table: &Table) {
    let number_class = |numeric: bool| if numeric { r#" class="number""# } else { "" };
    let _ = write!(page, "<table><caption>{}</caption><thead><tr>", escape(table.caption));
    for column in &table.columns {
        let _ = write!(page, r#"<th scope="col"{}>{}</th>"#, number_class(column.numeric), escape(column.name));
    }
    page.push_str("</tr></thead><tbody>");
    for row in &table.rows {
        let (RowHead::Text(head) | RowHead::Mission(head)) = &row.head;
        let _ = write!(page, r#"<tr><th scope="row">{}</th>"#, escape(head));
        for (cell, column) in row.cells.iter().zip(table.columns.iter().skip(1)) {
            let _ = write!(page, "<td{}>{}</td>", number_class(column.numeric), escape(cell));
        }
        page.push_str("</tr>");
    }
    page.push_str("</tbody></table>");
}

/// Text as HTML text or a quoted attribute value.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            other => escaped.push(other),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::recolour;

    #[test]
    fn recolouring_changes_the_paint_of_fills_and_strokes_only() {
        let palette = [("#FFFFFF".to_string(), "#15181C".to_string()), ("#15181C".to_string(), "#000000".to_string())];
        let svg = r##"<rect fill="#FFFFFF" stroke="#15181C" data-x="#FFFFFF"/><text fill="#123456">#FFFFFF</text>"##;
        assert_eq!(
            recolour(svg, &palette),
            r##"<rect fill="#15181C" stroke="#000000" data-x="#FFFFFF"/><text fill="#123456">#FFFFFF</text>"##
        );
    }
}
