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
    /// China's bar among the other contributors: no other mark of the app uses it, so it means China only.
    pub china: RGBColor,
    /// The marks that no colour should single out: the other contributors' bars, and China's totals before its
    /// reports were split by type.
    pub neutral: RGBColor,
    /// The shading of the paper's first period behind a time axis: a background, not a mark.
    pub band: RGBColor,
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
    china: RGBColor(0xB8, 0x0F, 0x2A),
    neutral: RGBColor(0x7A, 0x83, 0x8D),
    band: RGBColor(0xF0, 0xF2, 0xF5),
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
    china: RGBColor(0xFF, 0x6F, 0x7D),
    neutral: RGBColor(0x6E, 0x77, 0x81),
    band: RGBColor(0x23, 0x28, 0x2E),
};

/// WCAG 2 contrast ratio between two colours, from 1 (none) to 21 (black on white).
pub fn contrast_ratio(a: RGBColor, b: RGBColor) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// An sRGB channel as linear light, 0 to 1.
fn linear(channel: u8) -> f64 {
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
            let marks = theme.categories.iter().chain(&theme.regions);
            let marks = marks.chain([&theme.paper_series, &theme.later_series, &theme.china, &theme.neutral]);
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

    /// The colour a reader with a full colour-vision deficiency sees, by the matrices of Machado, Oliveira and
    /// Fernandes (2009, severity 1) applied to linear RGB; then its CIELAB coordinates, to measure differences as
    /// seen.
    fn seen_as(RGBColor(r, g, b): RGBColor, matrix: &[[f64; 3]; 3]) -> [f64; 3] {
        let rgb = [linear(r), linear(g), linear(b)];
        let seen: Vec<f64> =
            matrix.iter().map(|row| (row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]).clamp(0.0, 1.0)).collect();
        let xyz = [
            0.4124 * seen[0] + 0.3576 * seen[1] + 0.1805 * seen[2],
            0.2126 * seen[0] + 0.7152 * seen[1] + 0.0722 * seen[2],
            0.0193 * seen[0] + 0.1192 * seen[1] + 0.9505 * seen[2],
        ];
        let f = |t: f64| if t > 0.008_856 { t.cbrt() } else { 7.787 * t + 16.0 / 116.0 };
        let (fx, fy, fz) = (f(xyz[0] / 0.9505), f(xyz[1]), f(xyz[2] / 1.089));
        [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
    }

    const DEFICIENCIES: [(&str, [[f64; 3]; 3]); 4] = [
        ("normal vision", [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]),
        (
            "protanopia",
            [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
        ),
        (
            "deuteranopia",
            [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
        ),
        (
            "tritanopia",
            [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
        ),
    ];

    /// The colours that tell marks apart within the two charts of contributions stay apart under each
    /// deficiency, in both themes: China against the other contributors, and the three types of personnel and the
    /// totals before 2000 against each other (a CIE76 difference of at least 15, well past "just noticeable").
    #[test]
    fn the_contribution_charts_colours_stay_apart_for_colour_blind_readers() {
        for (name, theme) in [("light", LIGHT), ("dark", DARK)] {
            let types = [theme.categories[2], theme.categories[3], theme.categories[1], theme.neutral];
            let mut pairs = vec![(theme.china, theme.neutral)];
            for (i, a) in types.iter().enumerate() {
                pairs.extend(types[i + 1..].iter().map(|b| (*a, *b)));
            }
            for (deficiency, matrix) in &DEFICIENCIES {
                for (a, b) in &pairs {
                    let (a_seen, b_seen) = (seen_as(*a, matrix), seen_as(*b, matrix));
                    let difference = a_seen.iter().zip(b_seen).map(|(x, y)| (x - y).powi(2)).sum::<f64>().sqrt();
                    assert!(difference >= 15.0, "{name}, {deficiency}: {a:?} and {b:?} differ by {difference:.1}");
                }
            }
        }
    }
}
