//! The app's root: the view state read from the URL and mirrored back into it, the theme and the language (loading
//! a language's words on first use), and the choice between the full explorer and the embed mode (`?embed=1`).

use super::browser::address::Step;
use super::canvas::CanvasContext;
use super::embed_view::EmbedView;
use super::full_view::FullView;
use super::lazy::{on_first_use, when_loaded, NotLoaded};
use super::notices::PageNotice;
use super::reactive::{derived, effect, memo};
use super::{browser, contributions, reference_sections, share, AppContext};
use leptos::prelude::*;
use pko_core::chart::{Theme, DARK, LIGHT};
use pko_core::lang::Lang;
use pko_core::state::{ThemeChoice, ViewState};
use pko_core::words::{Texts, CHINESE, ENGLISH, JAPANESE};
use pko_data::Dataset;

#[component]
pub fn App() -> impl IntoView {
    view! { <Explorer data=Box::leak(Box::new(crate::prebuilt::paper_dataset())) /> }
}

#[component]
fn Explorer(data: &'static Dataset) -> impl IntoView {
    let (initial, notices) = ViewState::from_query(&browser::address::location_query(), data);
    let state = RwSignal::new(initial);
    let filters = memo(move || state.with(|s| s.filters));
    let paper = data;
    let data = RwSignal::new(paper);

    let printing = browser::media::printing_signal();
    let system_dark = browser::media::media_signal("(prefers-color-scheme: dark)");
    let dark = memo(move || match state.with(|s| s.theme) {
        Some(choice) => choice == ThemeChoice::Dark,
        None => system_dark.get(),
    });
    let theme = derived(move || -> &'static Theme {
        if dark.get() {
            &DARK
        } else {
            &LIGHT
        }
    });
    provide_context(CanvasContext { theme });
    // A link's `lang` wins; otherwise the browser's preferred languages, then English.
    let browser_lang = Lang::from_preferences(browser::media::preferred_languages().iter().map(String::as_str));
    let lang = memo(move || state.with(|s| s.lang).or(browser_lang).unwrap_or_default());

    effect(move || browser::document::set_root_attribute("data-theme", if dark.get() { "dark" } else { "light" }));
    let embed = state.with_untracked(|s| s.embed);
    let details_open = StoredValue::new(state.with_untracked(|s| s.mission.is_some()));
    effect(move || {
        let open = state.with(|s| s.mission.is_some());
        let step = match (details_open.get_value(), open) {
            _ if embed => Step::Within,
            (false, true) => Step::Opened,
            (true, false) => Step::Closed,
            _ => Step::Within,
        };
        details_open.set_value(open);
        write_view_to_address(state, step);
    });
    // Escape closes the mission details from anywhere on the page; an open menu first, with an Escape of its own
    // (`share::close_menus_when_left`).
    gloo::events::EventListener::new(&gloo::utils::document(), "keydown", move |event| {
        let is_escape =
            wasm_bindgen::JsCast::dyn_ref::<web_sys::KeyboardEvent>(event).is_some_and(|key| key.key() == "Escape");
        if is_escape && state.with_untracked(|s| s.mission.is_some()) && !share::a_menu_is_open() {
            state.update(|s| s.mission = None);
        }
    })
    .forget();
    share::close_menus_when_left();
    browser::performance::mark_inputs();

    // The full explorer builds what lies below the charts (mission details, and the place of your own data and
    // the sources, which load when a reader comes near them) only after the charts' first paint, so that the
    // charts appear sooner; it then stays built, through language changes.
    let below_charts = RwSignal::new(false);
    // Whether Your own data and Sources & notes are wanted (see `reference_sections`); kept here, through language changes.
    let below_wanted = RwSignal::new(reference_sections::linked());
    // Whether the charts of the monthly figures are wanted (see `contributions`), kept likewise.
    let contributions_wanted = RwSignal::new(contributions::linked());
    if !embed {
        browser::observers::after_next_paint(move || {
            below_charts.set(true);
            browser::observers::after_next_paint(browser::address::scroll_to_fragment);
        });
    }

    // The words shown. English is part of the start-up code; another language is shown once its table has been
    // loaded (on first use), and until then the page keeps the language it had.
    let shown = RwSignal::new(None::<(&'static Texts, Option<PageNotice>)>);
    effect(move || {
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
        browser::document::set_root_attribute("lang", texts.lang.tag());
        browser::document::set_title(&texts.page_title());
        provide_context(AppContext { data, paper, state, filters, texts, printing });
        let notices: Vec<PageNotice> = notices.iter().cloned().map(PageNotice::Link).chain(language_notice).collect();
        Some(if embed {
            when_loaded(move || embed_view(notices.clone()))
        } else {
            view! { <FullView notices dark below_charts below_wanted contributions_wanted /> }.into_any()
        })
    }
}

/// Writes the view into the page's address after the next paint (see `browser::address::Step`).
pub(super) fn write_view_to_address(state: RwSignal<ViewState>, step: Step) {
    browser::address::write_query_after_paint(move || state.with_untracked(ViewState::to_query), step);
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

on_first_use! { embed:
    /// The embed mode, which only a page in a course page's frame (`embed=1`) shows.
    pub fn embed_view(notices: Vec<PageNotice>) -> AnyView {
        view! { <EmbedView notices /> }.into_any()
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
