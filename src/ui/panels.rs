//! The four chart panels, each a title, its options, the canvas and a data table, and the mission details.

use super::canvas::ChartCanvas;
use super::controls::Toggle;
use super::lazy::{on_first_use, when_loaded, Loader};
use super::reactive::{derived, effect, memo, raise, ElementRef};
use super::share::{paper_downloads, Downloads, DownloadsFor};
use super::tables;
use super::{long_charts, AppContext};
use leptos::prelude::*;
use pko_core::chart::{ChartData, Target};
use pko_core::export;
use pko_core::format::format_count;
use pko_core::model::RegionBar;
use pko_core::model::{self, Page, Paging, Scale, Sort};
use pko_core::state::ViewState;
use pko_core::words::Texts;
use pko_data::{Category, Dataset, Mission, Vocabulary};

/// A chart panel: its name, its finding, what it measures and in what unit (`subtitle`), its options and chart
/// (the children), the source of its figures, a menu of downloads (`downloads`, its body loaded on first use), and a
/// "Table" toggle that shows the same data as a table (loaded on first use, see `super::tables`).
#[component]
pub fn Panel(
    title: &'static str,
    /// The chart's finding for the view, its headline.
    #[prop(into)]
    takeaway: Signal<String>,
    /// What it measures, and in what unit.
    #[prop(into)]
    subtitle: Signal<String>,
    /// Where its figures come from.
    #[prop(into)]
    source: Signal<String>,
    slug: &'static str,
    downloads: DownloadsFor,
    table: Loader,
    children: Children,
) -> impl IntoView {
    let AppContext { texts, printing, .. } = expect_context::<AppContext>();
    let show_table = RwSignal::new(false);
    let heading_id = format!("{slug}-title");
    let table_id = format!("{slug}-table");
    let labelled_by = heading_id.clone();
    let downloads = downloads(slug, title);
    view! {
        <section class="panel" id=format!("chart-{slug}") aria-labelledby=labelled_by>
            <div class="panel-head">
                <h2 id=heading_id>{title}</h2>
                <Downloads title body=downloads />
                <button
                    type="button"
                    class="table-toggle"
                    aria-expanded=move || if show_table.get() { "true" } else { "false" }
                    aria-controls=table_id.clone()
                    on:click=move |_| show_table.update(|shown| *shown = !*shown)
                >
                    {texts.table}
                </button>
            </div>
            <p class="takeaway">{takeaway}</p>
            <p class="subtitle">{subtitle}</p>
            {children()}
            <p class="source">{source}" "<a href="#sources">{texts.sources_title}</a></p>
            <div id=table_id class="table-wrap" hidden=move || !show_table.get()>
                // Built only while shown or printed, and then rebuilt when its data changes: a hidden table
                // rebuilt on every click would cost each click hundreds of elements.
                {move || (show_table.get() || printing.get()).then(|| table.view())}
            </div>
        </section>
    }
}

fn select_mission(target: Target) {
    let AppContext { state, .. } = expect_context::<AppContext>();
    if let Target::Mission(acronym) = target {
        state.update(|s| s.mission = Some(acronym));
    }
}

/// The view a page of rows belongs to: the filters, the order and the data (by the address of its dataset, which
/// lives for the page's life, so that another file starts again at its first rows).
type RowsView = (model::Filters, Sort, usize);

/// A long chart's rows in the view's order (indices into the dataset's missions) and the page of them a reader is
/// on. A handle, cheap to copy into the pager's part.
#[derive(Clone, Copy)]
pub struct Rows {
    context: AppContext,
    order: Memo<Vec<usize>>,
    /// The timeline's order is its own whatever the personnel chart's.
    sort: Option<Sort>,
    paging: RwSignal<Paging<RowsView>>,
}

impl Rows {
    fn new(order: Memo<Vec<usize>>, sort: Option<Sort>) -> Rows {
        let context = expect_context::<AppContext>();
        let paging = RwSignal::new(Paging::new(untrack(|| Rows::view_of(context, sort))));
        Rows { context, order, sort, paging }
    }

    fn view_of(AppContext { data, state, filters, .. }: AppContext, sort: Option<Sort>) -> RowsView {
        // The view state's sort only where the chart follows it, so that the timeline's page is not looked at again
        // when another part of the view changes.
        let sort = sort.unwrap_or_else(|| state.with(|s| s.sort));
        (filters.get(), sort, std::ptr::from_ref(data.get()) as usize)
    }

    fn view(&self) -> RowsView {
        Rows::view_of(self.context, self.sort)
    }

    /// The page shown, tracked by the caller.
    pub fn page(&self) -> Page {
        self.paging.with(|paging| paging.page(self.view(), self.order.with(Vec::len)))
    }

    /// Shows the page that starts at row `first`.
    pub fn go(&self, first: usize) {
        self.paging.update(|paging| paging.go(untrack(|| self.view()), first));
    }

    /// The rows of the page shown.
    fn shown(self) -> Memo<Vec<usize>> {
        memo(move || self.order.with(|order| order[self.page().range()].to_vec()))
    }

    /// The pager, while some rows are not shown: only a reader's own file has more rows than a page, so its view is
    /// in the part of Your own data (`tables::pager`).
    fn pager(self) -> impl IntoView {
        let pager = Loader::new(move || tables::pager(self));
        // A memo: the pager is built again only when it comes or goes, not on every page, which would take the
        // focus away from the button a keyboard reader pressed.
        let paged = memo(move || self.page().hidden() > 0);
        move || paged.get().then(|| pager.view())
    }
}

/// A panel's words for the paper's data, or for a reader's own file (whose figures are neither the paper's nor
/// cumulative to November 2008).
fn paper_or_own(paper: &'static str, own: &'static str) -> Signal<String> {
    let context = expect_context::<AppContext>();
    derived(move || (if context.showing_own_data() { own } else { paper }).to_string())
}

/// The rows of a chart of the paper's tables that its CSV download holds: handles to the chart's data, written as
/// CSV only by the downloads' part (`PaperRows::csv`), so that the writers stay out of the start-up code.
#[derive(Clone, Copy)]
pub enum PaperRows {
    /// A long chart's missions: every row of its view, in its order, not only the page shown.
    Missions(Memo<Vec<usize>>),
    Regions(Memo<Vec<RegionBar>>),
    /// The budget shares the chart shows: the paper's, and the later scales where the view adds them.
    Budget,
}

impl PaperRows {
    pub fn csv(self, AppContext { data, texts, .. }: AppContext, view: &ViewState, comments: &[&str]) -> String {
        let data = data.get_untracked();
        match self {
            PaperRows::Missions(order) => {
                order.with_untracked(|order| export::missions_csv(data.missions_at(order), comments))
            }
            PaperRows::Regions(bars) => bars.with_untracked(|bars| export::regions_csv(bars, texts, comments)),
            PaperRows::Budget => {
                export::budget_csv(data.budget_shares().iter().filter(|share| share.in_paper || view.later), comments)
            }
        }
    }
}

/// A paper chart's Download menu.
fn downloads(chart: Memo<ChartData>, rows: PaperRows) -> DownloadsFor {
    Box::new(move |slug, title| Loader::new(move || paper_downloads(slug, title, chart, rows)))
}

#[component]
pub fn PersonnelPanel() -> impl IntoView {
    let AppContext { data, paper, state, filters, texts, .. } = expect_context::<AppContext>();
    let order = memo(move || filters.with(|f| model::mission_order(data.get(), f, state.with(|s| s.sort))));
    let rows = Rows::new(order, None);
    let shown = rows.shown();
    let chart = memo(move || {
        filters.with(|f| {
            order.with(|order| {
                shown.with(|shown| ChartData::personnel(data.get(), f, order, shown, state.with(|s| s.scale)))
            })
        })
    });
    let describe = Callback::new(move |target| long_charts::describe(&target, data.get_untracked(), paper, texts));
    let selected = derived(move || state.with(|s| s.mission.clone().map(Target::Mission)));
    let sorts = [(Sort::Total, texts.by_total), (Sort::Start, texts.by_start), (Sort::Name, texts.by_name)].map(
        |(choice, label)| {
            let pressed = derived(move || state.with(|s| s.sort == choice));
            view! { <Toggle label pressed on_toggle=Callback::new(move |()| state.update(|s| s.sort = choice)) /> }
        },
    );
    let scales = [(Scale::Linear, texts.linear), (Scale::Log, texts.log_scale)].map(|(choice, label)| {
        let pressed = derived(move || state.with(|s| s.scale == choice));
        view! { <Toggle label pressed on_toggle=Callback::new(move |()| state.update(|s| s.scale = choice)) /> }
    });
    let table = Loader::new(move || tables::personnel_table(shown));
    let subtitle = paper_or_own(texts.personnel_subtitle, texts.personnel_caption_own);
    // The chart's finding, over all the view's rows, not only the page shown.
    let takeaway = derived(move || {
        order.with(|rows| filters.with(|f| texts.personnel_takeaway(model::largest_mission(data.get(), f, rows))))
    });
    view! {
        <Panel title=texts.personnel_title takeaway subtitle source=paper_or_own(texts.missions_source, texts.own_source) slug="personnel" downloads=downloads(chart, PaperRows::Missions(order)) table=table>
            <div class="toolbar" role="group" aria-label=texts.order_and_scale>
                <span class="group">{sorts.into_iter().collect_view()}</span>
                <span class="group">{scales.into_iter().collect_view()}</span>
            </div>
            <ChartCanvas label=texts.personnel_title slug="personnel" data=chart describe on_activate=Callback::new(select_mission) selected />
            {rows.pager()}
        </Panel>
    }
}

#[component]
pub fn RegionsPanel() -> impl IntoView {
    let AppContext { data, state, filters, texts, .. } = expect_context::<AppContext>();
    let bars = memo(move || filters.with(|f| model::region_bars(data.get(), f)));
    let chart = memo(move || ChartData::Regions(bars.get()));
    let describe = Callback::new(move |target: Target| match &target {
        Target::Region(region) => bars
            .with_untracked(|bars| bars.iter().find(|bar| bar.region == *region).map(|bar| texts.region_tooltip(bar)))
            .unwrap_or_default(),
        _ => String::new(),
    });
    let on_activate = Callback::new(move |target| {
        if let Target::Region(region) = target {
            state.update(|s| s.filters.regions.toggle(region));
        }
    });
    let description = derived(move || {
        bars.with(|bars| bars.iter().map(|bar| texts.region_tooltip(bar)).collect::<Vec<_>>().join("; "))
    });
    let table = Loader::new(move || tables::regions_table(bars));
    view! {
        <Panel title=texts.regions_title takeaway=derived(move || bars.with(|bars| texts.regions_takeaway(bars))) subtitle=paper_or_own(texts.regions_subtitle, texts.regions_subtitle_own) source=paper_or_own(texts.missions_source, texts.own_source) slug="regions" downloads=downloads(chart, PaperRows::Regions(bars)) table=table>
            <p class="hint">{texts.regions_hint}</p>
            <ChartCanvas label=texts.regions_title description slug="regions" data=chart describe on_activate selected=derived(|| None) />
        </Panel>
    }
}

#[component]
pub fn BudgetPanel() -> impl IntoView {
    let AppContext { data, state, filters, texts, .. } = expect_context::<AppContext>();
    let series = memo(move || model::budget_series(data.get(), state.with(|s| s.later)));
    let chart = memo(move || ChartData::Budget(series.get()));
    let describe = Callback::new(move |target: Target| match &target {
        Target::BudgetStep { later, index } => series.with_untracked(|series| {
            let steps = if *later { &series.later } else { &series.paper };
            steps.get(*index).map(|step| texts.budget_tooltip(step, *later)).unwrap_or_default()
        }),
        _ => String::new(),
    });
    let description = derived(move || {
        series.with(|series| {
            let paper = series.paper.iter().map(|step| texts.budget_tooltip(step, false));
            let later = series.later.iter().map(|step| texts.budget_tooltip(step, true));
            paper.chain(later).collect::<Vec<_>>().join(" ")
        })
    });
    let table = Loader::new(tables::budget_table);
    view! {
        <Panel title=texts.budget_title takeaway=derived(move || series.with(|series| texts.budget_takeaway(series))) subtitle=texts.budget_subtitle source=texts.budget_source slug="budget" downloads=downloads(chart, PaperRows::Budget) table=table>
            <div class="toolbar">
                <label class="check">
                    <input type="checkbox" prop:checked=move || state.with(|s| s.later) on:change=move |_| state.update(|s| s.later = !s.later) />
                    {texts.later_toggle}
                </label>
            </div>
            <ChartCanvas label=texts.budget_title description slug="budget" data=chart describe on_activate=Callback::new(|_| ()) selected=derived(|| None) />
            // The shares are China's of the whole budget: no filter changes them. The chart says so always, under
            // its drawing, and marks it while a filter is set rather than seeming to ignore the click; a note that
            // came and went would move every chart below it at the click (and bring a chart above the window near
            // enough to be drawn a frame later).
            <p class="filters-note" class:active=move || filters.with(|f| !f.is_empty())>{texts.budget_not_filtered}</p>
        </Panel>
    }
}

#[component]
pub fn TimelinePanel() -> impl IntoView {
    let AppContext { data, paper, state, filters, texts, .. } = expect_context::<AppContext>();
    let order = memo(move || filters.with(|f| model::timeline_order(data.get(), f)));
    let rows = Rows::new(order, Some(Sort::Start));
    let shown = rows.shown();
    let chart = memo(move || order.with(|order| shown.with(|shown| ChartData::timeline(data.get(), order, shown))));
    let describe = Callback::new(move |target| long_charts::describe(&target, data.get_untracked(), paper, texts));
    let selected = derived(move || state.with(|s| s.mission.clone().map(Target::Mission)));
    let table = Loader::new(move || tables::timeline_table(shown));
    view! {
        <Panel title=texts.timeline_title takeaway=derived(move || order.with(|rows| texts.timeline_takeaway(model::shift_in_kind(data.get(), rows)))) subtitle=texts.timeline_subtitle source=paper_or_own(texts.timeline_source, texts.own_source) slug="timeline" downloads=downloads(chart, PaperRows::Missions(order)) table=table>
            <p class="hint">{texts.timeline_hint}</p>
            <ChartCanvas label=texts.timeline_title slug="timeline" data=chart describe on_activate=Callback::new(select_mission) selected />
            {rows.pager()}
        </Panel>
    }
}

/// The open mission's details: everything the paper's row says, the corrections made to it, and why. The panel and
/// its Close button are in the start-up code; what it shows, and the focus that moves into it and back, load with
/// the first mission a reader opens.
#[component]
pub fn MissionDetails() -> impl IntoView {
    let AppContext { data, state, texts, .. } = expect_context::<AppContext>();
    let panel = ElementRef::new();
    let close_button = ElementRef::new();
    let mission =
        memo(move || state.with(|s| s.mission.clone()).and_then(|acronym| data.get().mission(&acronym).cloned()));
    let opened_once = RwSignal::new(false);
    effect(move || {
        if mission.with(Option::is_some) {
            raise(opened_once);
        }
    });
    let close = move |_| state.update(|s| s.mission = None);
    view! {
        <aside class="details" role="dialog" aria-labelledby="details-title" node_ref=panel hidden=move || mission.with(Option::is_none)>
            {move || opened_once.get().then(|| when_loaded(move || mission_details(mission, panel, close_button)))}
            <div class="close-bar">
                <button type="button" class="close" node_ref=close_button on:click=close>{texts.close}</button>
            </div>
        </aside>
    }
}

on_first_use! { details:
    /// What the mission details show, and the focus that moves into them and back, loaded with the first mission a
    /// reader opens (built once, so one effect moves the focus for every opening after). Where the part cannot be
    /// fetched, the panel opens with its Try again and Close buttons, and the focus stays where it was.
    pub fn mission_details(
        mission: Memo<Option<Mission>>,
        panel: ElementRef,
        close_button: ElementRef,
    ) -> AnyView {
        move_focus_with(mission, panel, close_button);
        follow_history();
        let AppContext { data, paper, texts, .. } = expect_context::<AppContext>();
        (move || mission.get().map(|mission| details_body(&mission, data.get(), paper, texts))).into_any()
    }
}

/// Focus moves to the panel when it opens, so keyboard and screen-reader users land on what they opened; it moves
/// without scrolling, and the panel starts at its top, so the mission's title stays in view above the Close button,
/// which the stylesheet keeps at the panel's foot. When it closes, the focus goes back to the bar, row or button
/// that opened it.
fn move_focus_with(mission: Memo<Option<Mission>>, panel: ElementRef, close_button: ElementRef) {
    let was_open = StoredValue::new(false);
    effect(move || {
        let open = mission.with(Option::is_some);
        let (Some(panel), Some(button)) = (panel.get(), close_button.get()) else {
            was_open.set_value(open);
            return;
        };
        let document = gloo::utils::document();
        if open {
            let body = document.body().map(web_sys::Element::from);
            let active = document.active_element().filter(|element| Some(element) != body.as_ref());
            // With the focus on the page's body, nothing new opened the panel: it is built anew while open (a change
            // of language), and the opener recorded before is kept.
            if let Some(active) = active.filter(|element| !panel.contains(Some(element))) {
                let chart = active.closest(".panel[id]").ok().flatten().map(|section| section.id());
                OPENER.set(Some(Opener { element: active, chart }));
            }
            panel.set_scroll_top(0);
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            if let Some(button) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&button) {
                let _ = button.focus_with_options(&options);
            }
        } else if was_open.get_value() {
            let back = OPENER.take().and_then(|Opener { element, chart }| {
                if element.is_connected() {
                    return Some(element);
                }
                document.query_selector(&format!("#{} canvas", chart?)).ok().flatten()
            });
            if let Some(back) = back.as_ref().and_then(wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>) {
                let _ = back.focus();
            }
        }
        was_open.set_value(open);
    });
}

/// Back and Forward move between a mission's details and the view without them, the one change that has an entry
/// of its own in the history (see `browser::address::Step`). The mission is taken from the address the browser went
/// to; the rest of the view stays as the reader left it, and is written into that entry. Listened for from the
/// first opening on, with the details' part, which comes with the first entry the app adds; a Back while the part
/// was still being fetched is taken up when it comes.
fn follow_history() {
    thread_local! {
        static FOLLOWING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    // The details are built again with the page at a change of language; one listener serves them all.
    if FOLLOWING.with(|following| following.replace(true)) {
        return;
    }
    let AppContext { state, data, .. } = expect_context::<AppContext>();
    let follow = move || {
        let (went_to, _) = ViewState::from_query(&super::browser::address::location_query(), data.get_untracked());
        if state.with_untracked(|s| s.mission != went_to.mission) {
            state.update(|s| s.mission = went_to.mission);
        } else {
            super::app::write_view_to_address(state, super::browser::address::Step::Within);
        }
    };
    gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| follow()).forget();
    // The reader may have gone back while the part was being fetched.
    if super::browser::address::left_details_entry() {
        follow();
    }
}

/// What opened the mission details: the element, and the id of the chart's panel it is in.
struct Opener {
    element: web_sys::Element,
    chart: Option<String>,
}

thread_local! {
    /// The opener of the mission details, kept outside their component: a change of language builds the page anew
    /// while the details are open, the component and the opener with it, and the focus then goes back to the chart
    /// of the panel the opener was in, rather than to the page's start.
    static OPENER: std::cell::Cell<Option<Opener>> = const { std::cell::Cell::new(None) };
}

fn details_body(
    mission: &Mission,
    data: &'static Dataset,
    paper: &'static Dataset,
    texts: &'static Texts,
) -> impl IntoView {
    let words = texts.parts();
    let personnel = match mission.personnel {
        Some(personnel) => Category::ALL
            .iter()
            .map(|category| {
                view! { <li>{texts.named_figure(texts.category(*category), &format_count(personnel.get(*category)))}</li> }
            })
            .collect_view()
            .into_any(),
        None => view! { <li>{words.figures_end}</li> }.into_any(),
    };
    let errata = data
        .errata_for(&mission.acronym)
        .map(|erratum| {
            let column = erratum.column.map(|column| column.header()).unwrap_or(words.col_row);
            view! { <li><strong>{column}</strong>{texts.erratum_in_details(erratum)}</li> }
        })
        .collect_view();
    let predecessor = mission.predecessor.as_deref().map(|p| texts.with_predecessor(p)).unwrap_or_default();
    view! {
        <h2 id="details-title">{mission.acronym.clone()}": "{mission.name.clone()}</h2>
        <dl>
            <dt>{words.host}</dt><dd>{texts.mission_host(mission, paper).to_string()}</dd>
            <dt>{words.col_region}</dt><dd>{texts.region(mission.region)}</dd>
            <dt>{words.un_start}</dt><dd>{texts.month(mission.un_start)}</dd>
            <dt>{words.col_participation}</dt><dd>{texts.participation(mission)}{predecessor}</dd>
            <dt>{words.in_paper}</dt><dd>{texts.table_number(mission.period)}</dd>
            <dt>{if data.missions_known_to().is_some() { words.personnel_cumulative } else { words.personnel_own }}</dt><dd><ul>{personnel}</ul></dd>
        </dl>
        {texts.mission_note(mission, paper).map(|note| view! { <p class="note">{note.to_string()}</p> })}
        <ul class="errata">{errata}</ul>
    }
}
