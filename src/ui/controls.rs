//! The filter bar: ordinary buttons and a checkbox, each named by its visible text and showing its state.

use super::lazy::{on_first_use, when_loaded};
use super::reactive::{derived, memo};
use super::AppContext;
use leptos::prelude::*;
use pko_core::model::{self, Filters, Set};
use pko_core::state::ViewState;
use pko_data::Vocabulary;

/// A toggle button whose pressed state is read from the view state.
#[component]
pub fn Toggle(label: &'static str, pressed: Signal<bool>, on_toggle: Callback<()>) -> impl IntoView {
    view! {
        <button
            type="button"
            class="toggle"
            aria-pressed=move || if pressed.get() { "true" } else { "false" }
            on:click=move |_| on_toggle.run(())
        >
            {label}
        </button>
    }
}

/// A group of the filter bar: its controls under a legend that names it for assistive technology, and the same
/// name in `data-name`, which the stylesheet shows before the controls (style/main.css says why).
fn filter_group(name: &'static str, controls: impl IntoView) -> impl IntoView {
    view! {
        <fieldset data-name=name>
            <legend>{name}</legend>
            {controls}
        </fieldset>
    }
}

#[component]
pub fn FilterBar() -> impl IntoView {
    let AppContext { state, filters: filters_memo, texts, .. } = expect_context::<AppContext>();
    let filters = move || filters_memo.get();

    let periods = option_toggles(state, filters_memo, |f| &mut f.period, |period| texts.period(period));
    let regions = set_toggles(state, filters_memo, |f| &mut f.regions, |region| texts.region(region));
    let categories = set_toggles(state, filters_memo, |f| &mut f.categories, |category| texts.category(category));
    let statuses = option_toggles(state, filters_memo, |f| &mut f.status, |status| texts.status(status));
    let pla_only = view! {
        <label class="check">
            <input
                type="checkbox"
                prop:checked=move || filters().pla_only
                on:change=move |_| state.update(|s| s.filters.pla_only = !s.filters.pla_only)
            />
            {texts.pla_only}
        </label>
    };

    view! {
        // Focusable from code only (`tabindex=-1`): where a way back takes the focus (see `ways_back_view`).
        <section class="filters" aria-label=texts.filters tabindex="-1">
            {filter_group(texts.period_legend, periods)}
            {filter_group(texts.region_legend, regions)}
            {filter_group(texts.personnel_legend, categories)}
            {filter_group(texts.status_legend, statuses)}
            {filter_group(texts.troops_legend, pla_only)}
            // Cleared, the button is disabled, and would leave the focus to the page's body: it goes to the bar.
            <button type="button" class="clear" disabled=move || filters().is_empty() on:click=move |_| {
                state.update(|s| s.filters = Default::default());
                focus_filter_bar();
            }>
                {texts.clear_filters}
            </button>
        </section>
    }
}

/// A toggle per value of a filter that takes any number of values (regions, categories).
fn set_toggles<T: Vocabulary + Send + Sync>(
    state: RwSignal<ViewState>,
    filters: Memo<Filters>,
    field: fn(&mut Filters) -> &mut Set<T>,
    label: impl Fn(T) -> &'static str,
) -> impl IntoView {
    T::ALL
        .iter()
        .map(|value| {
            let value = *value;
            let pressed = derived(move || filters.with(|f| field(&mut f.clone()).contains(value)));
            let on_toggle = Callback::new(move |()| state.update(|s| field(&mut s.filters).toggle(value)));
            view! { <Toggle label=label(value) pressed on_toggle /> }
        })
        .collect_view()
}

/// A toggle per value of a filter that takes one value or none (period, status): pressing the pressed one clears it.
fn option_toggles<T: Vocabulary + Send + Sync>(
    state: RwSignal<ViewState>,
    filters: Memo<Filters>,
    field: fn(&mut Filters) -> &mut Option<T>,
    label: impl Fn(T) -> &'static str,
) -> impl IntoView {
    T::ALL
        .iter()
        .map(|value| {
            let value = *value;
            let pressed = derived(move || filters.with(|f| *field(&mut f.clone()) == Some(value)));
            let on_toggle = Callback::new(move |()| {
                state.update(|s| {
                    let slot = field(&mut s.filters);
                    *slot = if *slot == Some(value) { None } else { Some(value) };
                })
            });
            view! { <Toggle label=label(value) pressed on_toggle /> }
        })
        .collect_view()
}

/// Where the filters leave no mission: says so, and offers a button per filter whose clearing alone brings missions
/// back, and Clear filters. Its view is in a part loaded the first time a view is empty.
#[component]
pub fn NoMatch() -> impl IntoView {
    let AppContext { data, filters, .. } = expect_context::<AppContext>();
    let empty = memo(move || filters.with(|f| !f.is_empty() && !model::matches_any(data.get(), f)));
    move || empty.get().then(|| when_loaded(ways_back))
}

on_first_use! { ways_back:
    /// The words that no mission matches, and the ways back.
    pub fn ways_back() -> AnyView {
        ways_back_view().into_any()
    }
}

fn ways_back_view() -> impl IntoView {
    let AppContext { data, state, filters, texts, .. } = expect_context::<AppContext>();
    let ways = memo(move || filters.with(|filters| model::ways_back(data.get(), filters)));
    // "Clear one filter…" only where clearing one would do; otherwise Clear filters is the way back.
    let one_will_do = move || ways.with(|ways| !ways.is_empty()).then_some(texts.ways_back);
    let buttons = move || {
        let filters = filters.get();
        ways.get()
            .into_iter()
            .map(|(group, missions)| {
                let clear = move |_| {
                    state.update(|s| s.filters = s.filters.without(group));
                    focus_filter_bar();
                };
                view! { <button type="button" on:click=clear>{texts.way_back(&filters, group, missions)}</button> }
            })
            .collect_view()
    };
    view! {
        <div class="no-match" role="status">
            <p>{texts.no_missions}" "{one_will_do}</p>
            <div class="ways-back">
                {buttons}
                <button type="button" on:click=move |_| {
                    state.update(|s| s.filters = Filters::default());
                    focus_filter_bar();
                }>{texts.clear_filters}</button>
            </div>
        </div>
    }
}

/// A way back removes the notice and the button pressed with it, and Clear filters disables itself: the focus goes to
/// the filter bar, where the reader goes on, rather than to the page's body.
fn focus_filter_bar() {
    let bar = gloo::utils::document().query_selector("section.filters").ok().flatten();
    if let Some(bar) = bar.and_then(|bar| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(bar).ok()) {
        let _ = bar.focus();
    }
}
