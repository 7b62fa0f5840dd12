//! Share, embed and cite the current view, and download its charts and data.

use super::canvas_backend::{CanvasBackend, EMPTY_IMAGE, NO_2D_CANVAS};
use super::lazy::{on_first_use, when_loaded, Loader};
use super::panels::PaperRows;
use super::reactive::{derived, effect, memo, raise, ElementRef};
use super::{browser, AppContext};
use leptos::prelude::*;
use pko_core::chart::{self, Chart, ChartData, ChartError, Style, Theme};
use pko_core::export;
use pko_core::state::{ChartKind, ViewState};
use pko_core::words::Texts;
use pko_data::Vocabulary;
use plotters::prelude::IntoDrawingArea;

/// The width, in CSS pixels, of downloaded charts: the same file whatever the reader's window.
const EXPORT_WIDTH: f64 = 900.0;

/// The permalink of a view.
pub fn permalink(state: &ViewState) -> String {
    format!("{}?{}", browser::address::page_base(), state.to_query())
}

/// Where a framed page cannot do what was asked (a download, a new tab) because of the page around it: `why`, and
/// the address of the view in the full explorer with Copy, to open in a new tab, which no sandbox holds. A status,
/// so that a screen reader says it when it appears after a click.
pub fn address_to_open(why: &'static str) -> impl IntoView {
    let AppContext { state, texts, .. } = expect_context::<AppContext>();
    view! {
        <div class="download-note" role="status">
            <p>{why}</p>
            <CopyBox label=texts.parts().link text=derived(move || state.with(full_view_link)) />
        </div>
    }
}

/// The permalink of the same view in the full explorer, out of the embed mode.
pub fn full_view_link(state: &ViewState) -> String {
    permalink(&ViewState { embed: false, ..state.clone() })
}

/// A text box with a Copy button that says whether copying worked.
#[component]
fn CopyBox(
    label: &'static str,
    #[prop(into)] text: Signal<String>,
    #[prop(optional)] multiline: bool,
) -> impl IntoView {
    let texts = expect_context::<AppContext>().texts;
    let words = texts.parts();
    let status = RwSignal::new("");
    let copy_box = ElementRef::new();
    let copy = move |_| {
        browser::clipboard::copy_text(&text.get_untracked(), move |copied| {
            status.set(if copied { words.copied } else { words.copy_blocked });
            // Selected, the text is one keystroke (Ctrl+C) from the clipboard where copying from code is refused.
            // The menu may have gone while the browser copied (a language change builds it again): `try_` reads
            // nothing then, where a read of a node that has gone would abort the app.
            if let (false, Some(copy_box)) = (copied, copy_box.try_get_untracked().flatten()) {
                browser::clipboard::select_field_in(&copy_box);
            }
        })
    };
    let field = if multiline {
        view! { <textarea readonly rows="6" aria-label=label prop:value=move || text.get()></textarea> }.into_any()
    } else {
        view! { <input type="text" readonly aria-label=label prop:value=move || text.get() /> }.into_any()
    };
    view! {
        <div class="copy-box" node_ref=copy_box>
            {field}
            <button type="button" aria-label=texts.copy_label(label) on:click=copy>{words.copy}</button>
            <span class="copy-status" role="status">{move || status.get()}</span>
        </div>
    }
}

/// A disclosure menu whose body is built the first time it opens (a click on its summary, or any other way it is
/// opened), then kept: closed, it costs nothing at start-up and no work on clicks, though its texts follow the view.
#[component]
fn Menu(
    label: &'static str,
    /// The accessible name, where the visible label alone is not enough (one Download menu per chart).
    #[prop(optional)]
    name: Option<String>,
    children: ChildrenFn,
) -> impl IntoView {
    let opened = RwSignal::new(false);
    let open_once = move || raise(opened);
    // A language change builds the page again over the same elements: a menu that was open stays open, and its body
    // is built for it here (no toggle event says so).
    let details = ElementRef::new();
    effect(move || {
        if details.get().is_some_and(|details| details.has_attribute("open")) {
            open_once();
        }
    });
    view! {
        <details class="menu" node_ref=details on:toggle=move |_| open_once()>
            <summary aria-label=name on:click=move |_| open_once()>{label}</summary>
            {move || opened.get().then(|| view! { <div class="menu-body">{children()}</div> })}
        </details>
    }
}

/// The menus open on the page.
const OPEN_MENUS: &str = "details.menu[open]";

/// Closes the open menus (Share, Embed, Cite and the Download menus) as a reader expects of a pop-up: Escape closes
/// them, giving the focus back to the button of a menu it was in, and a press outside a menu closes it, so that two
/// never lie over each other. Once for the page: the listeners are on the document.
pub fn close_menus_when_left() {
    use wasm_bindgen::JsCast;
    let document = gloo::utils::document();
    let close_open_menus = |keep: Option<&web_sys::Node>, give_focus_back: bool| {
        let Ok(open) = gloo::utils::document().query_selector_all(OPEN_MENUS) else { return };
        for menu in (0..open.length()).filter_map(|index| open.item(index)?.dyn_into::<web_sys::Element>().ok()) {
            if keep.is_some_and(|inside| menu.contains(Some(inside))) {
                continue;
            }
            let had_focus = menu.contains(gloo::utils::document().active_element().as_ref().map(AsRef::as_ref));
            let _ = menu.remove_attribute("open");
            let summary =
                menu.first_element_child().and_then(|summary| summary.dyn_into::<web_sys::HtmlElement>().ok());
            if let (true, true, Some(summary)) = (give_focus_back, had_focus, summary) {
                let _ = summary.focus();
            }
        }
    };
    gloo::events::EventListener::new(&document, "keydown", move |event| {
        if event.dyn_ref::<web_sys::KeyboardEvent>().is_some_and(|key| key.key() == "Escape") {
            close_open_menus(None, true);
        }
    })
    .forget();
    gloo::events::EventListener::new(&document, "pointerdown", move |event| {
        let target = event.target().and_then(|target| target.dyn_into::<web_sys::Node>().ok());
        close_open_menus(target.as_ref(), false);
    })
    .forget();
}

/// Whether a menu is open, which the next Escape closes before anything else.
pub fn a_menu_is_open() -> bool {
    gloo::utils::document().query_selector(OPEN_MENUS).ok().flatten().is_some()
}

/// The Share, Embed and Cite menus of the full explorer. Each menu's body is loaded the first time it opens.
#[component]
pub fn ShareMenus() -> impl IntoView {
    let texts = expect_context::<AppContext>().texts;
    view! {
        <div class="share-menus">
            <Menu label=texts.share>{when_loaded(|| share_menu(ShareMenu::Share))}</Menu>
            <Menu label=texts.embed>{when_loaded(|| share_menu(ShareMenu::Embed))}</Menu>
            <Menu label=texts.cite>{when_loaded(|| share_menu(ShareMenu::Cite))}</Menu>
        </div>
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareMenu {
    Share,
    Embed,
    Cite,
}

on_first_use! { menus:
    /// The body of one of the Share, Embed and Cite menus.
    pub fn share_menu(menu: ShareMenu) -> AnyView {
        match menu {
            ShareMenu::Share => share_body().into_any(),
            ShareMenu::Embed => embed_body().into_any(),
            ShareMenu::Cite => cite_body().into_any(),
        }
    }
}

fn share_body() -> impl IntoView {
    let AppContext { state, texts, .. } = expect_context::<AppContext>();
    let words = texts.parts();
    view! {
        <p>{words.share_intro}</p>
        <CopyBox label=words.link text=derived(move || state.with(permalink)) />
        {own_data_note()}
    }
}

fn embed_body() -> impl IntoView {
    let AppContext { state, texts, .. } = expect_context::<AppContext>();
    let words = texts.parts();
    let embed_chart = RwSignal::new(ChartKind::Personnel);
    // `None` fits the chosen chart: a frame on a host page without the resize script then still shows all of it.
    let embed_height = RwSignal::new(None::<u32>);
    let fitted = RwSignal::new(0);
    let measure = move || {
        let kind = embed_chart.get_untracked();
        let panel = gloo::utils::document()
            .get_element_by_id(&format!("chart-{}", kind.slug()))
            .map(|panel| panel.get_bounding_client_rect().height());
        fitted.set(export::embed_height(kind, panel));
    };
    measure();
    // A panel's height follows the view (a row per mission, the budget's later scales, the legend of the other
    // permanent members): measured again once the charts have been drawn for a new view or another chart chosen.
    effect(move || {
        state.track();
        embed_chart.track();
        browser::observers::after_next_paint(measure);
    });
    let snippet = derived(move || {
        let mut embedded = state.get();
        embedded.embed = true;
        embedded.chart = embed_chart.get();
        embedded.mission = None;
        embedded.theme = None;
        format!(
            // clipboard-write: Chromium lets a frame of another origin copy only where its host allows it.
            "<iframe src=\"{}\" title=\"{} (PKO Explorer)\" width=\"100%\" height=\"{}\" style=\"border:0\" loading=\"lazy\" allow=\"clipboard-write\"></iframe>",
            permalink(&embedded),
            chart_title(embed_chart.get(), texts),
            embed_height.get().unwrap_or_else(|| fitted.get())
        )
    });
    view! {
        <p>{words.embed_intro}</p>
        <label>
            {words.embed_chart}" "
            <select on:change=move |event| {
                if let Some(kind) = ChartKind::from_slug(&event_target_value(&event)) {
                    embed_chart.set(kind);
                }
            }>
                {ChartKind::ALL
                    .iter()
                    .map(|kind| view! { <option value=kind.slug()>{chart_title(*kind, texts)}</option> })
                    .collect_view()}
            </select>
        </label>
        " "
        <label>
            {words.embed_height}" "
            <select on:change=move |event| embed_height.set(event_target_value(&event).parse().ok())>
                <option value="fit">{move || format!("{} ({} px)", words.embed_fit, fitted.get())}</option>
                <option value="400">"400 px"</option>
                <option value="500">"500 px"</option>
                <option value="600">"600 px"</option>
                <option value="800">"800 px"</option>
            </select>
        </label>
        <CopyBox label=words.code text=snippet multiline=true />
        <p class="hint">{words.embed_hint}</p>
        <CopyBox label=words.embed_script text=Signal::stored(export::EMBED_RESIZE_SCRIPT.to_string()) multiline=true />
        {own_data_note()}
    }
}

/// Where a link to a view is offered while the charts show a reader's own file: a word that the link shows the
/// paper's data, since the file never leaves the browser and no link can carry it.
fn own_data_note() -> impl IntoView {
    let context = expect_context::<AppContext>();
    move || {
        context
            .showing_own_data()
            .then(|| view! { <p class="notice">{context.texts.parts().links_show_paper_data}</p> })
    }
}

fn cite_body() -> impl IntoView {
    let context = expect_context::<AppContext>();
    // One computation of the three citations per change of the view, read by three boxes.
    let cited = memo(move || {
        // The link cites the paper's data (a reader's own file is in no link), so the words say that view of it.
        let view = context.summary_line_of(context.paper);
        export::citations(&view, &context.state.with(permalink), browser::downloads::today())
    });
    view! {
        <h3>"APA"</h3>
        <CopyBox label="APA" text=derived(move || cited.with(|c| c.apa.clone())) multiline=true />
        <h3>"Chicago"</h3>
        <CopyBox label="Chicago" text=derived(move || cited.with(|c| c.chicago.clone())) multiline=true />
        <h3>"BibTeX"</h3>
        <CopyBox label="BibTeX" text=derived(move || cited.with(|c| c.bibtex.clone())) multiline=true />
        {own_data_note()}
    }
}

pub fn chart_title(kind: ChartKind, texts: &Texts) -> &'static str {
    match kind {
        ChartKind::Personnel => texts.personnel_title,
        ChartKind::Regions => texts.regions_title,
        ChartKind::Budget => texts.budget_title,
        ChartKind::Timeline => texts.timeline_title,
        ChartKind::Deployed => texts.monthly().chart_deployed,
        ChartKind::Contributors => texts.monthly().chart_contributors,
    }
}

/// How a panel makes the body of its Download menu, from its slug and title.
pub type DownloadsFor = Box<dyn FnOnce(&'static str, &'static str) -> Loader>;

/// The Download menu of one chart. Its body, the PNG, SVG and CSV buttons with the code that draws and writes the
/// files, is loaded the first time the menu opens: most readers never download.
#[component]
pub fn Downloads(title: &'static str, body: Loader) -> impl IntoView {
    let texts = expect_context::<AppContext>().texts;
    view! {
        <span class="downloads">
            <Menu label=texts.download name=texts.download_label(title, "")>{body.view()}</Menu>
        </span>
    }
}

/// The source a chart's CSV names in its first comment line, and whether a link to the view follows: a link opens
/// the paper's data, so the rows of a reader's own file have none.
#[derive(Clone, Copy, PartialEq)]
pub struct CsvSource {
    pub line: &'static str,
    pub linked: bool,
}

/// The buttons of a Download menu: the chart drawn for download as PNG or SVG, with `view` (what it shows, in words)
/// under its title and `image_source` under it, and its rows as CSV, after comment lines that name `source` (both
/// a reader's own file where it is the source), the view and, where `source` is linked, its permalink (`rows`
/// writes them). Built where the chart's drawing code for export is (the downloads' part, or
/// the monthly figures').
pub fn download_buttons<C: Chart + Send + Sync + 'static>(
    slug: &'static str,
    title: &'static str,
    chart: Memo<C>,
    view: Signal<String>,
    image_source: Signal<&'static str>,
    source: Signal<CsvSource>,
    rows: impl Fn(&ViewState, &[&str]) -> String + Send + Sync + 'static,
) -> AnyView {
    let AppContext { state, texts, .. } = expect_context::<AppContext>();
    let theme = expect_context::<super::canvas::CanvasContext>().theme;
    // Why the last image asked for could not be made, said in the menu rather than downloading nothing.
    let failed = RwSignal::new(None::<String>);
    // A chart that has left the page (a language change builds every chart again) downloads nothing.
    let image = move |draw: fn(&C, [&str; 3], &'static Theme, &Texts) -> Result<String, ChartError>| {
        let (view, source) = (view.try_get_untracked()?, image_source.try_get_untracked()?);
        let made =
            chart.try_with_untracked(|chart| draw(chart, [title, &view, source], theme.get_untracked(), texts))?;
        failed.set(made.as_ref().err().map(|error| error.0.clone()));
        made.ok()
    };
    let svg = move |_| {
        if let Some(text) = image(export_svg) {
            browser::downloads::download_text(&format!("pko-explorer-{slug}.svg"), "image/svg+xml", &text);
        }
    };
    let png = move |_| {
        if let Some(url) = image(export_png) {
            browser::downloads::download_url(&format!("pko-explorer-{slug}.png"), &url);
        }
    };
    let csv_download = move |_| {
        let Some(view) = view.try_get_untracked() else { return };
        let CsvSource { line, linked } = source.get_untracked();
        let text = state.with_untracked(|s| {
            let mut comments = vec![line.to_string(), format!("View: {view}")];
            if linked {
                comments.push(format!("Link: {}", permalink(s)));
            }
            let comments: Vec<&str> = comments.iter().map(String::as_str).collect();
            rows(s, &comments)
        });
        browser::downloads::download_csv(&format!("pko-explorer-{slug}.csv"), &text);
    };
    let words = texts.parts();
    view! {
        <button type="button" aria-label=texts.download_label(title, "PNG") on:click=png>"PNG"</button>
        <button type="button" aria-label=texts.download_label(title, "SVG") on:click=svg>"SVG"</button>
        <button type="button" aria-label=texts.download_label(title, "CSV") on:click=csv_download>"CSV"</button>
        {move || failed.get().map(|error| view! { <p class="download-note" role="alert">{words.download_failed}" "{error}</p> })}
        {browser::downloads::in_a_frame().then(|| address_to_open(words.downloads_framed))}
    }
    .into_any()
}

on_first_use! { export:
    /// The Download menu's buttons of one of the four charts of the paper's tables, whose drawing for export and
    /// CSV writers load with it (the SVG backend brings Rust's float formatter).
    pub fn paper_downloads(slug: &'static str, title: &'static str, chart: Memo<ChartData>, rows: PaperRows) -> AnyView {
        let context = expect_context::<AppContext>();
        // The summary line says the view of the charts of the paper's missions; no filter changes the budget chart,
        // which says so instead.
        let view = match rows {
            PaperRows::Budget => derived(move || context.texts.budget_not_filtered.to_string()),
            PaperRows::Missions(_) | PaperRows::Regions(_) => derived(move || context.summary_line()),
        };
        // A reader's own file is the source of the charts of its missions; the budget chart is always the paper's.
        let own_file = move || matches!(rows, PaperRows::Missions(_) | PaperRows::Regions(_)) && context.showing_own_data();
        let texts = context.texts;
        let image_source = derived(move || if own_file() { texts.own_source } else { texts.paper_chart_source });
        // A link opens the paper's data, never a reader's own file, so the file's rows go without one.
        let source = derived(move || {
            if own_file() {
                CsvSource { line: texts.own_source, linked: false }
            } else {
                CsvSource { line: export::SOURCE_LINE, linked: true }
            }
        });
        let csv = move |s: &ViewState, comments: &[&str]| rows.csv(context, s, comments);
        download_buttons(slug, title, chart, view, image_source, source, csv)
    }
}

/// The chart drawn for download as SVG, with its title, view and source (`[title, view, source]`).
pub fn export_svg(
    chart: &impl Chart,
    [title, view, source]: [&str; 3],
    theme: &'static Theme,
    texts: &Texts,
) -> Result<String, ChartError> {
    let size = (EXPORT_WIDTH as u32, chart::export_height(chart).ceil() as u32);
    let style = Style { theme, scale: 1.0 };
    chart::draw_svg(size, |area| chart::draw_for_export(area, chart, title, view, source, style, texts))
}

/// Draws the chart at twice its CSS size (less where that would pass an engine's limit) on a canvas that is never
/// shown, with its title, view and source (`[title, view, source]`), and returns it as a PNG data URL.
pub fn export_png(
    chart: &impl Chart,
    [title, view, source]: [&str; 3],
    theme: &'static Theme,
    texts: &Texts,
) -> Result<String, ChartError> {
    use wasm_bindgen::JsCast;
    let no_canvas = || ChartError(NO_2D_CANVAS.to_string());
    let canvas: web_sys::HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")
        .ok()
        .and_then(|element| element.dyn_into().ok())
        .ok_or_else(no_canvas)?;
    let chart::bitmap::Bitmap { width, height, scale } =
        chart::bitmap::Bitmap::fitting(EXPORT_WIDTH, chart::export_height(chart), 2.0);
    canvas.set_width(width);
    canvas.set_height(height);
    let area = CanvasBackend::new(canvas.clone()).ok_or_else(no_canvas)?.into_drawing_area();
    chart::draw_for_export(&area, chart, title, view, source, Style { theme, scale }, texts)?;
    // A canvas too large for the browser's memory gives an error here, or in Chromium an empty image ("data:,").
    let message = |error: wasm_bindgen::JsValue| {
        js_sys::Reflect::get(&error, &"message".into()).ok().and_then(|message| message.as_string()).unwrap_or_default()
    };
    match canvas.to_data_url() {
        Ok(url) if url != "data:," => Ok(url),
        Ok(_) => Err(ChartError(EMPTY_IMAGE.to_string())),
        Err(error) => Err(ChartError(message(error))),
    }
}
