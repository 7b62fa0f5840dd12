//! The Leptos components: thin glue between the view state, the pure model and charts, and the DOM. Only this
//! module knows about signals, canvases and the browser.

mod below;
mod browser;
mod canvas;
pub mod canvas_backend;
mod controls;
mod lazy;
mod own_data;
mod panels;
pub mod panic;
mod share;
mod sources;
mod tables;

use canvas::CanvasContext;
use lazy::{on_first_use, NotLoaded};
use leptos::prelude::*;
use pko_core::chart::{Theme, DARK, LIGHT};
use pko_core::lang::Lang;
use pko_core::state::{ChartKind, Notice, ThemeChoice, ViewState};
use pko_core::words::{Texts, CHINESE, ENGLISH, JAPANESE};
use pko_data::Dataset;
use pko_data::Vocabulary;

/// Starts the app: installs the panic message, then replaces the loading notice in `#app` with the explorer.
pub fn start() {
    panic::install();
    let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"))
        .and_then(|element| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok())
    else {
        return;
    };
    root.set_inner_html("");
    leptos::mount::mount_to(root, App).forget();
}

/// The app's shared state: the data the charts show, the paper's data, the view and the words.
#[derive(Clone, Copy)]
pub struct AppContext {
    /// The paper's data, or a reader's own file. Datasets live for the page's life (see `own_data`).
    pub data: RwSignal<&'static Dataset>,
    /// The paper's data, parsed once.
    pub paper: &'static Dataset,
    pub state: RwSignal<ViewState>,
    pub texts: &'static Texts,
    /// Whether the page is being printed (or shown as print media, or about to be): the data tables are then built.
    pub printing: RwSignal<bool>,
}

impl AppContext {
    /// The summary line of the current view ("14 missions in Africa, …"), tracked by the calling effect.
    pub fn summary_line(&self) -> String {
        let (data, texts) = (self.data.get(), self.texts);
        self.state.with(|s| texts.summary(&pko_core::model::summary(data, &s.filters), &s.filters))
    }

    /// The summary line, read without subscribing: for event handlers.
    pub fn summary_line_untracked(&self) -> String {
        untrack(|| self.summary_line())
    }

    /// Whether the charts show a reader's own file rather than the paper's data.
    pub fn showing_own_data(&self) -> bool {
        !std::ptr::eq(self.data.get(), self.paper)
    }
}

#[component]
fn App() -> impl IntoView {
    view! { <Explorer data=Box::leak(Box::new(crate::prebuilt::paper_dataset())) /> }
}

#[component]
fn Explorer(data: &'static Dataset) -> impl IntoView {
    let (initial, notices) = ViewState::from_query(&browser::location_query(), data);
    let state = RwSignal::new(initial);
    let paper = data;
    let data = RwSignal::new(paper);

    let printing = browser::printing_signal();
    let system_dark = browser::media_signal("(prefers-color-scheme: dark)");
    let dark = Memo::new(move |_| match state.with(|s| s.theme) {
        Some(choice) => choice == ThemeChoice::Dark,
        None => system_dark.get(),
    });
    let theme = Signal::derive(move || -> &'static Theme {
        if dark.get() {
            &DARK
        } else {
            &LIGHT
        }
    });
    provide_context(CanvasContext { theme });
    // A link's `lang` wins; otherwise the browser's preferred languages, then English.
    let browser_lang = Lang::from_preferences(browser::preferred_languages().iter().map(String::as_str));
    let lang = Memo::new(move |_| state.with(|s| s.lang).or(browser_lang).unwrap_or_default());

    Effect::new(move |_| browser::set_root_attribute("data-theme", if dark.get() { "dark" } else { "light" }));
    Effect::new(move |_| {
        state.track();
        browser::replace_query_after_paint(move || state.with_untracked(ViewState::to_query));
    });
    // Escape closes the mission details from anywhere on the page.
    gloo::events::EventListener::new(&gloo::utils::document(), "keydown", move |event| {
        let is_escape =
            wasm_bindgen::JsCast::dyn_ref::<web_sys::KeyboardEvent>(event).is_some_and(|key| key.key() == "Escape");
        if is_escape && state.with_untracked(|s| s.mission.is_some()) {
            state.update(|s| s.mission = None);
        }
    })
    .forget();
    browser::mark_inputs();
    let embed = state.with_untracked(|s| s.embed);
    if embed {
        browser::post_height_to_parent();
    }

    // The full explorer builds what lies below the charts (mission details, and the place of your own data and
    // the sources, which load when a reader comes near them) only after the charts' first paint, so that the
    // charts appear sooner; it then stays built, through language changes.
    let below_charts = RwSignal::new(false);
    // Whether Your own data and Sources & notes are wanted (see `below`); kept here, through language changes.
    let below_wanted = RwSignal::new(below::linked());
    if !embed {
        browser::after_next_paint(move || {
            below_charts.set(true);
            browser::after_next_paint(browser::scroll_to_fragment);
        });
    }

    // The words shown. English is part of the start-up code; another language is shown once its table has been
    // loaded (on first use), and until then the page keeps the language it had.
    let shown = RwSignal::new(None::<(&'static Texts, Option<PageNotice>)>);
    Effect::new(move |_| {
        let wanted = lang.get();
        leptos::task::spawn_local(async move {
            let loaded = match texts_of(wanted).await {
                Ok(texts) => (texts, None),
                Err(NotLoaded) => (&ENGLISH, Some(PageNotice::LanguageNotLoaded(wanted))),
            };
            // A reader may have chosen another language while this one loaded.
            if lang.get_untracked() == wanted {
                shown.set(Some(loaded));
            }
        });
    });

    // The whole interface is built again when the language changes: every word then comes from one table.
    move || {
        let (texts, language_notice) = shown.get()?;
        // The page's language is the one shown, which is English if another language could not be loaded.
        browser::set_root_attribute("lang", texts.lang.tag());
        provide_context(AppContext { data, paper, state, texts, printing });
        let notices: Vec<PageNotice> = notices.iter().cloned().map(PageNotice::Link).chain(language_notice).collect();
        Some(if embed {
            view! { <EmbedView notices /> }.into_any()
        } else {
            view! { <FullView notices dark below_charts below_wanted /> }.into_any()
        })
    }
}

/// A notice at the top of the page: what a link asked for that was ignored, or, the interface's own, a language
/// that could not be loaded.
#[derive(Clone)]
enum PageNotice {
    Link(Notice),
    LanguageNotLoaded(Lang),
}

impl PageNotice {
    fn words(&self, texts: &Texts) -> String {
        match self {
            PageNotice::Link(notice) => texts.notice(notice),
            PageNotice::LanguageNotLoaded(lang) => texts.language_not_loaded(*lang),
        }
    }
}

/// The words of a language: English is part of the start-up code, the others are loaded on first use. Only here
/// and in the functions loading them are the other tables named, so that they stay out of the start-up code.
async fn texts_of(lang: Lang) -> Result<&'static Texts, NotLoaded> {
    match lang {
        Lang::English => Ok(&ENGLISH),
        Lang::Chinese => chinese_texts().await,
        Lang::Japanese => japanese_texts().await,
    }
}

on_first_use! { chinese:
    /// The Chinese interface.
    pub fn chinese_texts() -> &'static Texts {
        &CHINESE
    }
}

on_first_use! { japanese:
    /// The Japanese interface.
    pub fn japanese_texts() -> &'static Texts {
        &JAPANESE
    }
}

#[component]
fn FullView(
    notices: Vec<PageNotice>,
    dark: Memo<bool>,
    below_charts: RwSignal<bool>,
    below_wanted: RwSignal<bool>,
) -> impl IntoView {
    let context = expect_context::<AppContext>();
    let AppContext { state, texts, .. } = context;
    let toggle_theme = move |_| {
        state.update(|s| s.theme = Some(if dark.get_untracked() { ThemeChoice::Light } else { ThemeChoice::Dark }))
    };
    let summary = move || context.summary_line();
    let languages = Lang::ALL
        .iter()
        .map(|lang| view! { <option value=lang.slug() selected=*lang == texts.lang>{lang.endonym()}</option> })
        .collect_view();
    let choose_language = move |event| {
        if let Some(lang) = Lang::from_slug(&event_target_value(&event)) {
            state.update(|s| s.lang = Some(lang));
        }
    };

    view! {
        <header class="site-header">
            <div>
                <h1>{texts.app_title}</h1>
                <p class="lede">
                    {texts.lede_before_title}
                    <cite>"“China's UN Peacekeeping Operations Policy: Analysis of the Factors behind the Policy Shift toward Active Engagement”"</cite>
                    {texts.lede_after_title}<a href="#sources">{texts.sources_link}</a>{texts.lede_end}
                </p>
            </div>
            <div class="header-tools">
                <share::ShareMenus />
                <select class="language" aria-label=texts.language on:change=choose_language>{languages}</select>
                <button type="button" class="theme-toggle" on:click=toggle_theme aria-label=move || if dark.get() { texts.use_light_theme } else { texts.use_dark_theme }>
                    {move || if dark.get() { texts.light_theme } else { texts.dark_theme }}
                </button>
            </div>
        </header>
        <main>
            <Notices notices />
            <own_data::OwnDataBanner />
            <p class="summary" aria-live="polite" data-testid="summary">{summary}</p>
            <controls::FilterBar />
            <div class="charts">
                <panels::PersonnelPanel />
                <panels::RegionsPanel />
                <panels::BudgetPanel />
                <panels::TimelinePanel />
            </div>
            {move || {
                below_charts.get().then(|| view! { <panels::MissionDetails /> <below::BelowTheCharts wanted=below_wanted /> })
            }}
        </main>
        <footer class="site-footer">
            <p>{texts.footer}</p>
        </footer>
    }
}

/// What a link asked for that could not be used, or a language that could not be loaded, said once and quietly.
#[component]
fn Notices(notices: Vec<PageNotice>) -> impl IntoView {
    let texts = expect_context::<AppContext>().texts;
    (!notices.is_empty()).then(|| {
        view! {
            <p class="notice" role="status">
                {notices.iter().map(|notice| notice.words(texts)).collect::<Vec<_>>().join(" ")}
            </p>
        }
    })
}

/// The embed mode: one chart with its filters, a source credit and a link to the full explorer, and nothing
/// else, for an iframe in a course page.
#[component]
fn EmbedView(notices: Vec<PageNotice>) -> impl IntoView {
    let context = expect_context::<AppContext>();
    let AppContext { state, texts, .. } = context;
    let full_link = move || {
        let mut full = state.get();
        full.embed = false;
        share::permalink(&full)
    };
    let active_filters = move || {
        let filters = state.with(|s| s.filters);
        filters.regions.len()
            + filters.categories.len()
            + usize::from(filters.period.is_some())
            + usize::from(filters.status.is_some())
            + usize::from(filters.pla_only)
    };
    let summary = move || context.summary_line();
    let panel = match state.with_untracked(|s| s.chart) {
        ChartKind::Personnel => view! { <panels::PersonnelPanel /> }.into_any(),
        ChartKind::Regions => view! { <panels::RegionsPanel /> }.into_any(),
        ChartKind::Budget => view! { <panels::BudgetPanel /> }.into_any(),
        ChartKind::Timeline => view! { <panels::TimelinePanel /> }.into_any(),
    };
    view! {
        <main class="embed">
            <h1 class="visually-hidden">{texts.app_title}</h1>
            <Notices notices />
            <details class="embed-filters">
                <summary>{move || texts.filters_on(active_filters())}</summary>
                <controls::FilterBar />
            </details>
            <p class="summary" aria-live="polite">{summary}</p>
            {panel}
            <p class="credit">
                {pko_core::export::CHART_SOURCE_LINE}" · "
                <a href=full_link target="_blank" rel="noopener">{texts.open_full}</a>
            </p>
        </main>
        <panels::MissionDetails />
    }
}
