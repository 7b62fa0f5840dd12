//! Text widths computed from a table of glyph advances rather than measured by the backend.
//!
//! On the web, plotters measures text by inserting a styled `<span>` per label: a reflow each, and a violation of
//! a strict `style-src` policy. The table below (Helvetica/Arial advances, in thousandths of an em, widened by
//! [`SAFETY`] to cover wider system fonts such as DejaVu Sans) gives every backend the same layout, at no cost.

/// How much wider than Helvetica a label is assumed to be.
const SAFETY: f64 = 1.12;

/// Advances of the printable ASCII characters, from the space (32) to the tilde (126).
const ASCII: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p to ~
];

/// The advance of one character in thousandths of an em.
fn advance(c: char) -> u16 {
    match c as u32 {
        code @ 32..=126 => ASCII[(code - 32) as usize],
        _ if is_square(c) => 1000,
        _ => 556,
    }
}

/// CJK ideographs, kana, Hangul and full-width forms: square, and a line may break on either side of them,
/// since Chinese and Japanese put no spaces between words.
pub fn is_square(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFF60)
}

/// The width and height, in pixels, of `text` set at `size` pixels.
pub fn text_size(text: &str, size: f64) -> (i32, i32) {
    let em: u32 = text.chars().map(|c| u32::from(advance(c))).sum();
    let width = f64::from(em) / 1000.0 * size * SAFETY;
    (width.ceil() as i32, (size * 1.2).ceil() as i32)
}

#[cfg(test)]
mod tests {
    use super::text_size;

    #[test]
    fn widths_grow_with_text_and_size_and_cjk_is_square() {
        let (narrow, height) = text_size("ill", 10.0);
        let (wide, _) = text_size("WWW", 10.0);
        assert!(narrow < wide);
        assert_eq!(height, 12);
        assert!((text_size("UNMIL", 24.0).0 - 2 * text_size("UNMIL", 12.0).0).abs() <= 1);
        assert_eq!(text_size("中国", 10.0).0, 23);
        assert_eq!(text_size("", 12.0).0, 0);
    }
}
