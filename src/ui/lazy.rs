//! The parts of the interface that many readers never use, loaded the first time a reader uses them: a mission's
//! details, the Share, Embed and Cite menus, the chart downloads, the data tables with Your own data and Sources &
//! notes, the checker of a reader's own file, the ways back from filters that leave no mission, the embed mode, and
//! the Chinese and Japanese texts; and the drawing of the two long charts, fetched when one of them first comes near
//! the screen (`super::long_charts`). The code loaded at start-up is then what draws the charts of the first screen
//! and the filters.
//!
//! Each part is a function declared with [`on_first_use!`]. The release build (`cargo xtask dist`, which sets
//! `--cfg pko_split`) moves each such function, with the code that only it reaches, into a wasm file of its own,
//! fetched on the first call (wasm-split, the mechanism behind Leptos's `#[lazy]`). Every other build (development,
//! browser tests, the single-file page) calls the same function at once. A fetch that fails, as when the network is
//! gone, is an `Err(NotLoaded)` that the interface shows with a way to try again; it never stops the app.

use super::AppContext;
use leptos::prelude::*;
use leptos::reactive::computed::ScopedFuture;
use std::future::{poll_fn, Future};
use std::pin::Pin;
use std::sync::Arc;
use std::task::Poll;

/// A part of the interface could not be fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotLoaded;

impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// Declares `pub async fn $name(..) -> Result<$output, NotLoaded>` whose body the release build loads on the
/// first call, into the wasm file `split_$part.wasm`. Functions of one part share their file.
macro_rules! on_first_use {
    ($part:ident: $(#[doc = $doc:expr])* pub fn $name:ident($($arg:ident: $type:ty),* $(,)?) -> $output:ty $body:block) => {
        $(#[doc = $doc])*
        #[cfg(pko_split)]
        #[leptos::wasm_split::wasm_split($part, wasm_split_path = leptos::wasm_split, fallible)]
        pub fn $name($($arg: $type),*) -> Result<$output, $crate::ui::lazy::NotLoaded> {
            Ok($body)
        }

        $(#[doc = $doc])*
        #[cfg(not(pko_split))]
        pub async fn $name($($arg: $type),*) -> Result<$output, $crate::ui::lazy::NotLoaded> {
            Ok($body)
        }
    };
}
pub(crate) use on_first_use;

/// A view that may first have to be loaded: nothing while it loads (milliseconds; in development builds, and once
/// loaded, before the next paint), then the view, or a message with a Try again button if it could not be fetched.
/// A Try again keeps the message, and its focus, until the new attempt has come.
pub fn when_loaded<Part>(load: impl Fn() -> Part + Send + Sync + 'static) -> AnyView
where
    Part: Future<Output = Result<AnyView, NotLoaded>> + Send + 'static,
{
    Loader::new(load).view()
}

/// How to load a view, kept to show it later and again (a data table each time it is shown).
#[derive(Clone)]
pub struct Loader(Arc<dyn Fn() -> LoadingPart + Send + Sync>);

impl Loader {
    pub fn new<Part>(load: impl Fn() -> Part + Send + Sync + 'static) -> Loader
    where
        Part: Future<Output = Result<AnyView, NotLoaded>> + Send + 'static,
    {
        // Only this line is compiled once per part; the view, once for all.
        Loader(Arc::new(move || Box::pin(load()) as LoadingPart))
    }

    /// The view, as [`when_loaded`] shows it.
    pub fn view(&self) -> AnyView {
        loaded_view(self.0.clone())
    }
}

type LoadingPart = Pin<Box<dyn Future<Output = Result<AnyView, NotLoaded>> + Send>>;

fn loaded_view(load: Arc<dyn Fn() -> LoadingPart + Send + Sync>) -> AnyView {
    let texts = expect_context::<AppContext>().texts;
    // What the last fetch gave, until the view below takes it: the part's view, or that it could not be fetched. A
    // signal and a task rather than Leptos's `Suspend`, whose machinery was in the start-up wasm for this alone.
    let outcome = RwSignal::new_local(None::<Result<AnyView, NotLoaded>>);
    // The owner current where this view is built: the part's body runs under it (its context, and the effects it
    // makes are disposed with that owner, which goes with the view at every call), tracking nothing, so that no
    // signal it reads rebuilds the view that asked for it.
    let owner = Owner::current().unwrap_or_default();
    // One attempt at a time: a second Try again while the first is on its way would run the part's body twice.
    let attempting = StoredValue::new(false);
    let fetch = move || {
        if attempting.get_value() {
            return;
        }
        attempting.set_value(true);
        let mut part = untrack(|| owner.with(|| ScopedFuture::new_untracked(load())));
        leptos::task::spawn_local(async move {
            // A view gone before its part came (a table hidden again, a page rebuilt in another language) leaves
            // the part's body unrun: its owner's context may be gone with it. The signal is disposed with that owner.
            let result = poll_fn(|context| {
                if outcome.is_disposed() {
                    return Poll::Ready(None);
                }
                Pin::new(&mut part).poll(context).map(Some)
            });
            if let Some(result) = result.await {
                attempting.set_value(false);
                let _ = outcome.try_set(Some(result));
            }
        });
    };
    fetch();
    (move || {
        outcome.track();
        match outcome.try_update_untracked(Option::take).flatten()? {
            Ok(view) => Some(view),
            Err(NotLoaded) => {
                let fetch = fetch.clone();
                Some(not_loaded(texts, Callback::new(move |()| fetch())))
            }
        }
    })
    .into_any()
}

/// What a part that could not be fetched shows in its place: why, and a Try again button.
pub fn not_loaded(texts: &'static pko_core::words::Texts, try_again: Callback<()>) -> AnyView {
    view! {
        <p class="not-loaded" role="alert">
            {texts.not_loaded}" "
            <button type="button" on:click=move |_| try_again.run(())>{texts.retry}</button>
        </p>
    }
    .into_any()
}
