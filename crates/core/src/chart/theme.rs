//! The two colour themes. Marks use the Okabe-Ito colour-blind-safe palette, each colour picked or darkened so
//! that it keeps a contrast of at least 3:1 against both backgrounds; text keeps at least 4.5:1.
//!
//! Each colour means one thing on the whole page: the four categories of personnel, China, or nothing in
//! particular (`neutral`, for marks that are told apart by their labels, such as the regions, the other
//! countries or the later budget scales). Regions have no colour of their own: their bars are labelled, and a
//! chosen region is filled where the others are outlined.

use plotters::style::RGBColor;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub background: RGBColor,
    pub text: RGBColor,
    pub muted_text: RGBColor,
    pub grid: RGBColor,
    pub focus: RGBColor,
    /// By `Category::index()`: civilians, military observers, troops, civilian police.
    pub categories: [RGBColor; 4],
    /// China's bar among the other contributors and China's share of the budget in the paper: no other mark of
    /// the app uses it, so it means China only.
    pub china: RGBColor,
    /// The marks that no colour should single out, each named by its label or legend: the regions' bars, the
    /// other contributors' bars, China's totals before its reports were split by type, its totals on a log axis,
    /// and the later budget scales from outside the paper.
    pub neutral: RGBColor,
    /// The shading of the paper's first period behind a time axis: a background, not a mark.
    pub band: RGBColor,
}

const PURPLE: RGBColor = RGBColor(0xCC, 0x79, 0xA7);
const BLUE: RGBColor = RGBColor(0x00, 0x72, 0xB2);
const GREEN: RGBColor = RGBColor(0x00, 0x9E, 0x73);
const VERMILLION: RGBColor = RGBColor(0xD5, 0x5E, 0x00);
/// A grey with a trace of blue, the same in both themes: the darkest that keeps 3:1 on the dark background, so
/// that it stays apart from every colour of meaning under each colour-vision deficiency (see the tests).
const NEUTRAL: RGBColor = RGBColor(0x64, 0x6A, 0x70);
/// Okabe-Ito sky blue, for dark backgrounds where the deeper blue is too dim.
const SKY_BLUE: RGBColor = RGBColor(0x56, 0xB4, 0xE9);

pub const LIGHT: Theme = Theme {
    background: RGBColor(0xFF, 0xFF, 0xFF),
    text: RGBColor(0x1B, 0x1F, 0x24),
    muted_text: RGBColor(0x57, 0x60, 0x6A),
    grid: RGBColor(0xD8, 0xDE, 0xE4),
    focus: RGBColor(0x1B, 0x1F, 0x24),
    categories: [PURPLE, BLUE, GREEN, VERMILLION],
    china: RGBColor(0xB8, 0x0F, 0x2A),
    neutral: NEUTRAL,
    band: RGBColor(0xF0, 0xF2, 0xF5),
};

pub const DARK: Theme = Theme {
    background: RGBColor(0x15, 0x18, 0x1C),
    text: RGBColor(0xE8, 0xEA, 0xED),
    muted_text: RGBColor(0xA8, 0xB0, 0xB9),
    grid: RGBColor(0x3A, 0x41, 0x49),
    focus: RGBColor(0xFF, 0xFF, 0xFF),
    categories: [PURPLE, SKY_BLUE, GREEN, VERMILLION],
    china: RGBColor(0xFF, 0x6F, 0x7D),
    neutral: NEUTRAL,
    band: RGBColor(0x23, 0x28, 0x2E),
};

/// WCAG 2 contrast ratio between two colours, from 1 (none) to 21 (black on white).
pub fn contrast_ratio(a: RGBColor, b: RGBColor) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// An sRGB channel as linear light, 0 to 1.
pub fn linear(channel: u8) -> f64 {
    let c = f64::from(channel) / 255.0;
    if c <= 0.040_45 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

fn relative_luminance(RGBColor(r, g, b): RGBColor) -> f64 {
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_and_text_keep_their_contrast_in_both_themes() {
        for (name, theme) in [("light", LIGHT), ("dark", DARK)] {
            for text in [theme.text, theme.muted_text] {
                let ratio = contrast_ratio(text, theme.background);
                assert!(ratio >= 4.5, "{name}: text {text:?} has {ratio:.2}:1");
            }
            let marks = theme.categories.iter().chain([&theme.china, &theme.neutral]);
            for mark in marks {
                let ratio = contrast_ratio(*mark, theme.background);
                assert!(ratio >= 3.0, "{name}: mark {mark:?} has {ratio:.2}:1");
            }
        }
    }

    #[test]
    fn contrast_ratio_matches_known_values() {
        let white = RGBColor(255, 255, 255);
        assert!((contrast_ratio(RGBColor(0, 0, 0), white) - 21.0).abs() < 1e-9);
        assert!((contrast_ratio(white, white) - 1.0).abs() < 1e-9);
    }
}
