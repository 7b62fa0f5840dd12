//! "Your own data": a reader loads a CSV in the schema of `data/missions.csv` (updated figures, another
//! country's record), checked by the same code as the embedded data. Every problem is listed with its line,
//! column and reason while the current data stays on screen; nothing leaves the browser. The checker is loaded with
//! the first file a reader gives.

use super::lazy::{on_first_use, when_loaded, NotLoaded};
use super::AppContext;
use leptos::prelude::*;
use pko_core::words::Texts;
use pko_data::{Dataset, MAX_OWN_BYTES};
use wasm_bindgen::JsCast;

/// At most this many problems are listed; the rest are counted.
const MAX_LISTED_PROBLEMS: usize = 100;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    Loaded { file: String, missions: usize },
    Rejected { file: String, problems: Vec<String> },
}

#[component]
pub fn OwnData() -> impl IntoView {
    let context = expect_context::<AppContext>();
    let AppContext { data, paper, state, texts, .. } = context;
    let words = texts.parts();
    let outcome = RwSignal::new(None::<Outcome>);
    let dragging = RwSignal::new(false);

    let load = move |file: web_sys::File| {
        let name = file.name();
        if file.size() > MAX_OWN_BYTES {
            let problem = texts.own_too_big(&name, file.size());
            outcome.set(Some(Outcome::Rejected { file: name, problems: vec![problem] }));
            return;
        }
        let buffer = file.array_buffer();
        wasm_bindgen_futures::spawn_local(async move {
            let bytes = match wasm_bindgen_futures::JsFuture::from(buffer).await {
                Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                Err(_) => {
                    let problem = texts.own_unreadable(&name);
                    outcome.set(Some(Outcome::Rejected { file: name, problems: vec![problem] }));
                    return;
                }
            };
            let checked = match String::from_utf8(bytes) {
                Ok(text) => check_own_file(paper, texts, name.clone(), text).await,
                Err(_) => {
                    let problem = texts.own_not_text(&name);
                    outcome.set(Some(Outcome::Rejected { file: name, problems: vec![problem] }));
                    return;
                }
            };
            match checked {
                Ok(Ok(dataset)) => {
                    let missions = dataset.missions().len();
                    // Each accepted file lives for the rest of the page, as the paper's data does, so that every
                    // chart can borrow it without reference counting; files are few and at most 1 MB each.
                    data.set(Box::leak(Box::new(dataset)));
                    state.update(|s| s.mission = None);
                    outcome.set(Some(Outcome::Loaded { file: name, missions }));
                }
                Ok(Err(problems)) => outcome.set(Some(Outcome::Rejected { file: name, problems })),
                Err(NotLoaded) => {
                    outcome.set(Some(Outcome::Rejected { file: name, problems: vec![texts.not_loaded.to_string()] }))
                }
            }
        });
    };
    let on_pick = move |event: leptos::ev::Event| {
        let input = event.target().and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(file) = input.as_ref().and_then(|input| input.files()).and_then(|files| files.get(0)) {
            load(file);
        }
        // Clearing the picker lets the same file be chosen again after it is fixed.
        if let Some(input) = input {
            input.set_value("");
        }
    };
    let on_drop = move |event: leptos::ev::DragEvent| {
        event.prevent_default();
        dragging.set(false);
        if let Some(file) = event.data_transfer().and_then(|transfer| transfer.files()).and_then(|files| files.get(0)) {
            load(file);
        }
    };
    let back_to_paper = move |_| {
        data.set(paper);
        state.update(|s| s.mission = None);
        outcome.set(None);
    };
    let showing_own = move || context.showing_own_data();

    view! {
        <section id="own-data" class="own-data" aria-labelledby="own-data-title">
            <h2 id="own-data-title">{words.own_title}</h2>
            <p>
                {words.own_intro}" "{words.own_privacy}
            </p>
            <div
                class="drop-zone"
                class:dragging=move || dragging.get()
                on:dragover=move |event: leptos::ev::DragEvent| {
                    event.prevent_default();
                    dragging.set(true);
                }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <label class="file-picker">
                    {words.choose_file}
                    <input type="file" accept=".csv,text/csv" on:change=on_pick />
                </label>
                {words.or_drop}
            </div>
            {move || match outcome.get() {
                Some(Outcome::Loaded { file, missions }) => view! {
                    <p class="own-status" role="status">{texts.own_loaded(&file, missions)}</p>
                }.into_any(),
                Some(Outcome::Rejected { file, problems }) => view! {
                    <div class="own-problems" role="alert">
                        <p>{texts.own_rejected(&file)}</p>
                        <ul>{problems.into_iter().map(|problem| view! { <li>{problem}</li> }).collect_view()}</ul>
                    </div>
                }.into_any(),
                None => ().into_any(),
            }}
            {move || showing_own().then(|| view! { <button type="button" on:click=back_to_paper>{words.back_to_paper}</button> })}
        </section>
    }
}

on_first_use! { own_data:
    /// A reader's file checked against the schema of `data/missions.csv`: the dataset it makes with the paper's
    /// other records, or the problems to list in the interface's language (at most `MAX_LISTED_PROBLEMS`, then how
    /// many more).
    pub fn check_own_file(
        paper: &'static Dataset,
        texts: &'static Texts,
        name: String,
        text: String,
    ) -> Result<Dataset, Vec<String>> {
        paper.with_own_missions(&name, &text).map_err(|errors| {
            let mut problems: Vec<String> =
                errors.iter().take(MAX_LISTED_PROBLEMS).map(|error| texts.data_error(error)).collect();
            if errors.len() > MAX_LISTED_PROBLEMS {
                problems.push(texts.more_problems(errors.len() - MAX_LISTED_PROBLEMS));
            }
            problems
        })
    }
}

/// The banner above the charts while they show a reader's own file rather than the paper's data. Its view is in the
/// part that reads the file, which has loaded by the time there is a file to show.
#[component]
pub fn OwnDataBanner() -> impl IntoView {
    let context = expect_context::<AppContext>();
    move || context.showing_own_data().then(|| when_loaded(own_data_banner))
}

on_first_use! { own_data:
    /// The banner's words and its link to Your own data.
    pub fn own_data_banner() -> AnyView {
        let words = expect_context::<AppContext>().texts.parts();
        view! {
            <p class="own-banner" role="status">
                {words.own_banner}" "
                <a href="#own-data">{words.own_title}</a>
            </p>
        }
        .into_any()
    }
}
