//! What lies below the charts, the section of the monthly figures, Your own data and Sources & notes, loaded when a
//! reader comes near it: scrolls to within half a screen of it, follows a link to it (`#contributions`, `#sources`,
//! `#own-data`), or prints. A reader who only looks at the
//! charts never fetches it. The same part (`below`) holds the data tables (`super::tables`), loaded by the first
//! table a reader shows, if it comes first.
//!
//! Printing needs the sources, the tables and the long charts on paper, and the browser's `beforeprint` event
//! cannot wait for a fetch. So Ctrl+P (Cmd+P) before the part is loaded is held back: the part and the long charts'
//! code (`super::long_charts`) load, the tables are built, then the print dialog opens. Printing from the browser's
//! menu starts the loads too, but that first print has no tables, and the page's address for the sources instead
//! (and no long chart that the reader had not come near).

use super::lazy::{on_first_use, when_loaded};
use super::reactive::{effect, raise, ElementRef};
use super::{browser, contributions, long_charts, own_data, sources_and_notes, AppContext};
use leptos::prelude::*;

/// The fragments that name something in this part, besides the monthly figures' (`contributions::FRAGMENTS`).
const FRAGMENTS: [&str; 2] = ["own-data", "sources"];

/// Whether the URL's fragment names a section in this part: a page opened on such a link loads it at once.
pub fn linked() -> bool {
    FRAGMENTS.contains(&browser::address::fragment().as_str()) || contributions::linked()
}

/// The part, once `wanted`; until then a placeholder that asks for it when it comes near. `wanted` outlives this
/// component, which a language change builds again.
#[component]
pub fn ReferenceSections(wanted: RwSignal<bool>, contributions_wanted: RwSignal<bool>) -> impl IntoView {
    let AppContext { texts, printing, .. } = expect_context::<AppContext>();
    let placeholder = ElementRef::new();
    let loaded = RwSignal::new(false);
    let print_when_loaded = RwSignal::new(false);

    // Owned by this component: dropped, and so disconnected, when it leaves the page.
    let near_observer = StoredValue::new_local(None::<browser::observers::NearObserver>);
    effect(move || {
        if let Some(element) = placeholder.get() {
            near_observer.set_value(Some(browser::observers::NearObserver::watch(
                &element,
                browser::observers::APPROACH,
                wanted,
                true,
                None,
            )));
        }
    });
    effect(move || {
        if printing.get() {
            raise(wanted);
        }
    });
    let hash_listener = gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
        if linked() {
            raise(wanted);
        }
        if contributions::linked() {
            raise(contributions_wanted);
        }
    });
    let can_hold_back = gloo::events::EventListenerOptions::enable_prevent_default();
    let print_listener = gloo::events::EventListener::new_with_options(
        &gloo::utils::document(),
        "keydown",
        can_hold_back,
        move |event| {
            let Some(key) = wasm_bindgen::JsCast::dyn_ref::<web_sys::KeyboardEvent>(event) else { return };
            let print_shortcut = (key.ctrl_key() || key.meta_key()) && key.key().eq_ignore_ascii_case("p");
            if print_shortcut && !loaded.get_untracked() {
                event.prevent_default();
                print_when_loaded.set(true);
                raise(wanted);
            }
        },
    );
    // Owned by this component, like the observer: the listeners go when it goes.
    StoredValue::new_local((hash_listener, print_listener));

    // Whether the part came or could not be fetched, a print that waited for it goes ahead, and a link to a
    // section in it lands there now that it exists.
    let load = move || async move {
        // And the long charts' code, which a reader who jumped here past the charts has not fetched: print shows
        // them. Asked for beside the part, not after it.
        leptos::task::spawn_local(async {
            let _ = long_charts::fetch().await;
        });
        let part = below_the_charts(contributions_wanted).await;
        let _ = long_charts::fetch().await;
        loaded.set(true);
        browser::address::land_on_fragment_after_paint(linked);
        browser::observers::after_next_paint(move || {
            // After the paint, this component may have gone (a language change builds the page again), and a read
            // of its state would abort the app: `try_` reads nothing then.
            if print_when_loaded.try_get_untracked() == Some(true) {
                print_when_loaded.set(false);
                // The tables are built for print first; the dialog opens once they are on the page.
                printing.set(true);
                browser::observers::after_next_paint(browser::media::print);
            }
        });
        part
    };
    // The placeholder stays until the part has come (or failed), so that a print started meanwhile still has the
    // address of the sources.
    let placeholder_view = move || {
        (!loaded.get()).then(|| {
            view! {
                <section id="sources" class="sources" aria-labelledby="sources-title" node_ref=placeholder>
                    <h2 id="sources-title">{texts.sources_title}</h2>
                    <p class="print-only">{texts.sources_online}" "{browser::address::page_base()}"#sources"</p>
                </section>
            }
        })
    };
    view! {
        {placeholder_view}
        {move || wanted.get().then(|| when_loaded(load))}
    }
}

on_first_use! { below:
    /// The charts of the UN's monthly figures (loaded in turn when wanted), Your own data and Sources & notes.
    pub fn below_the_charts(contributions_wanted: RwSignal<bool>) -> AnyView {
        view! {
            <contributions::ContributionsSection wanted=contributions_wanted />
            <own_data::OwnData />
            <sources_and_notes::SourcesAndNotes />
        }
        .into_any()
    }
}
