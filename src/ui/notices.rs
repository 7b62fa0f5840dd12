//! Notices at the top of the page: what a link asked for that was ignored, and a language that could not be loaded.

use super::AppContext;
use leptos::prelude::*;
use pko_core::lang::Lang;
use pko_core::state::Notice;
use pko_core::words::Texts;

/// A notice at the top of the page: what a link asked for that was ignored, or, the interface's own, a language
/// that could not be loaded.
#[derive(Clone)]
pub enum PageNotice {
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

/// What a link asked for that could not be used, or a language that could not be loaded, said once and quietly.
#[component]
pub fn Notices(notices: Vec<PageNotice>) -> impl IntoView {
    let texts = expect_context::<AppContext>().texts;
    (!notices.is_empty()).then(|| {
        view! {
            <p class="notice" role="status">
                {notices.iter().map(|notice| notice.words(texts)).collect::<Vec<_>>().join(" ")}
            </p>
        }
    })
}
