//! The two colour themes. Marks use the Okabe-Ito colour-blind-safe palette, each colour picked or darkened so
//! that it keeps a contrast of at least 3:1 against both backgrounds; text keeps at least 4.5:1.

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
    /// By `Region::index()`: Africa, Asia, Middle East, Europe, Americas.
    pub regions: [RGBColor; 5],
    pub paper_series: RGBColor,
    pub later_series: RGBColor,
}

const PURPLE: RGBColor = RGBColor(0xCC, 0x79, 0xA7);
const BLUE: RGBColor = RGBColor(0x00, 0x72, 0xB2);
const GREEN: RGBColor = RGBColor(0x00, 0x9E, 0x73);
const VERMILLION: RGBColor = RGBColor(0xD5, 0x5E, 0x00);
/// Okabe-Ito orange darkened until it reaches 3:1 on white.
const DARK_ORANGE: RGBColor = RGBColor(0xB0, 0x6F, 0x00);
/// Okabe-Ito sky blue, for dark backgrounds where the deeper blue is too dim.
const SKY_BLUE: RGBColor = RGBColor(0x56, 0xB4, 0xE9);

pub const LIGHT: Theme = Theme {
    background: RGBColor(0xFF, 0xFF, 0xFF),
    text: RGBColor(0x1B, 0x1F, 0x24),
    muted_text: RGBColor(0x57, 0x60, 0x6A),
    grid: RGBColor(0xD8, 0xDE, 0xE4),
    focus: RGBColor(0x1B, 0x1F, 0x24),
    categories: [PURPLE, BLUE, GREEN, VERMILLION],
    regions: [DARK_ORANGE, GREEN, VERMILLION, BLUE, PURPLE],
    paper_series: BLUE,
    later_series: VERMILLION,
};

pub const DARK: Theme = Theme {
    background: RGBColor(0x15, 0x18, 0x1C),
    text: RGBColor(0xE8, 0xEA, 0xED),
    muted_text: RGBColor(0xA8, 0xB0, 0xB9),
    grid: RGBColor(0x3A, 0x41, 0x49),
    focus: RGBColor(0xFF, 0xFF, 0xFF),
    categories: [PURPLE, SKY_BLUE, GREEN, VERMILLION],
    regions: [DARK_ORANGE, GREEN, VERMILLION, SKY_BLUE, PURPLE],
    paper_series: SKY_BLUE,
    later_series: VERMILLION,
};

/// WCAG 2 contrast ratio between two colours, from 1 (none) to 21 (black on white).
pub fn contrast_ratio(a: RGBColor, b: RGBColor) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn relative_luminance(RGBColor(r, g, b): RGBColor) -> f64 {
    let linear = |channel: u8| {
        let c = f64::from(channel) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
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
            let marks = theme.categories.iter().chain(&theme.regions).chain([&theme.paper_series, &theme.later_series]);
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
