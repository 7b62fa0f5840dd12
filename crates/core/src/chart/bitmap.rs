//! The size of a chart's bitmap in device pixels. Engines refuse canvases past a size (iOS Safari draws nothing on
//! one of more than 16,777,216 pixels, 4096 × 4096; Chromium and Firefox none past 32,767 pixels on a side), so a
//! chart that would need more is drawn with fewer device pixels per CSS pixel: a little softer, never blank.

/// The most device pixels a chart's bitmap holds (width × height): iOS Safari's limit.
pub const MAX_PIXELS: u64 = 16_777_216;
/// The most device pixels on either side of a chart's bitmap.
pub const MAX_SIDE: u32 = 32_767;

/// A chart's bitmap: its size in device pixels and the device pixels per CSS pixel it is drawn at.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bitmap {
    pub width: u32,
    pub height: u32,
    /// The `Style::scale` to draw with.
    pub scale: f64,
}

impl Bitmap {
    /// The bitmap of a chart `css_width` × `css_height` CSS pixels on a screen of `device_pixel_ratio`: that ratio,
    /// lowered as far as the limits need. A ratio that is not a positive number is taken as 1.
    pub fn fitting(css_width: f64, css_height: f64, device_pixel_ratio: f64) -> Bitmap {
        let (css_width, css_height) = (css_width.max(1.0), css_height.max(1.0));
        let ratio = if device_pixel_ratio > 0.0 { device_pixel_ratio } else { 1.0 };
        let side = f64::from(MAX_SIDE);
        let scale = ratio
            .min((MAX_PIXELS as f64 / (css_width * css_height)).sqrt())
            .min(side / css_width)
            .min(side / css_height);
        let size = |round: fn(f64) -> f64| {
            ((round(css_width * scale) as u32).max(1), (round(css_height * scale) as u32).max(1))
        };
        // Rounded to the nearest pixel, as a screen's pixels fall; where that passes a limit, rounded down, which at
        // this scale always fits.
        let (mut width, mut height) = size(f64::round);
        if !fits(width, height) {
            (width, height) = size(f64::floor);
        }
        Bitmap { width, height, scale }
    }
}

/// Whether a bitmap of `width` × `height` device pixels is within every engine's limits.
pub fn fits(width: u32, height: u32) -> bool {
    u64::from(width) * u64::from(height) <= MAX_PIXELS && width <= MAX_SIDE && height <= MAX_SIDE
}
