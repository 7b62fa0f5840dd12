//! The languages of the interface. This module sits below both the view state (a link may ask for a language) and
//! the words (each table is one language's), so that neither imports the other.

use pko_data::Vocabulary;

/// A language of the interface. Its slug is the `lang` URL parameter's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    English,
    Chinese,
    Japanese,
}

impl Vocabulary for Lang {
    const ALL: &'static [Lang] = &[Lang::English, Lang::Chinese, Lang::Japanese];

    fn slug(self) -> &'static str {
        match self {
            Lang::English => "en",
            Lang::Chinese => "zh",
            Lang::Japanese => "ja",
        }
    }
}

impl Lang {
    /// The BCP 47 tag for `<html lang>`: the script matters for Chinese fonts.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::English => "en",
            Lang::Chinese => "zh-Hans",
            Lang::Japanese => "ja",
        }
    }

    /// The first of the browser's preferred languages (`navigator.languages`) that the app speaks.
    pub fn from_preferences<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        preferred.into_iter().find_map(|tag| {
            let primary = tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
            Lang::from_slug(&primary)
        })
    }

    /// The name of the language in itself, for the language menu.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::English => "English",
            Lang::Chinese => "简体中文",
            Lang::Japanese => "日本語",
        }
    }
}
