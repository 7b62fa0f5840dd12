//! Value axes: where a value falls between the two ends of a plot, and which tick values to label.

/// Where a log axis starts: half of the smallest count.
const LOG_START: f64 = 0.5;

/// A value axis from `min` to `max`, on a linear or a base-10 log scale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Axis {
    Linear {
        min: f64,
        max: f64,
    },
    /// Up to `max`, a power of ten. The axis starts at [`LOG_START`] rather than 1, so that a count of 1 (UNIOSIL's
    /// one observer) still gets a visible bar; 0 sits at the start.
    Log {
        max: f64,
    },
}

impl Axis {
    /// A linear axis from `min` to a round number at or above `max`, with about `ticks` ticks.
    pub fn linear_rounded(min: f64, max: f64, ticks: usize) -> Axis {
        // An empty span (every bar 0) still gets an axis from 0 to 1 rather than a division by zero.
        let span = if max > min { max - min } else { 1.0 };
        let step = nice_step(span, ticks);
        Axis::Linear { min, max: min + (span / step).ceil().max(1.0) * step }
    }

    /// A time axis over whole years, from the year before the first of `times` (fractional years) to the year
    /// after the last one's, so that the first and last marks stand clear of the axis's ends; `None` without
    /// times. The axis comes from the data drawn, never from the paper's years: a reader's own file may run
    /// anywhere.
    pub fn years(times: impl IntoIterator<Item = f64>) -> Option<Axis> {
        let (first, last) = times.into_iter().fold(None, |span: Option<(f64, f64)>, time| match span {
            None => Some((time, time)),
            Some((first, last)) => Some((first.min(time), last.max(time))),
        })?;
        Some(Axis::Linear { min: first.floor() - 1.0, max: last.floor() + 1.0 })
    }

    /// A log axis up to the power of ten at or above `max`.
    pub fn log(max: f64) -> Axis {
        Axis::Log { max: 10f64.powi(max.max(10.0).log10().ceil() as i32) }
    }

    /// Where `value` falls, from 0 (start) to 1 (end), clamped.
    pub fn fraction(&self, value: f64) -> f64 {
        let fraction = match *self {
            Axis::Linear { min, max } => (value - min) / (max - min),
            Axis::Log { max } => (value.max(LOG_START) / LOG_START).log10() / (max / LOG_START).log10(),
        };
        fraction.clamp(0.0, 1.0)
    }

    /// The pixel at which `value` falls on an axis drawn from pixel `start` to pixel `end` (either way round, so
    /// a vertical axis can grow upwards).
    pub fn position(&self, value: f64, start: i32, end: i32) -> i32 {
        start + (f64::from(end - start) * self.fraction(value)).round() as i32
    }

    /// Tick values: about `count` round numbers on a linear axis, the powers of ten on a log axis. A linear axis
    /// gets at least two ticks, so that its scale can be read: rounding the step up can leave one tick on a
    /// narrow chart (a step of 50 years on 1970-2012), and then a finer step is taken.
    pub fn ticks(&self, count: usize) -> Vec<f64> {
        match *self {
            Axis::Linear { min, max } => {
                let mut count = count.max(1);
                loop {
                    let step = nice_step(max - min, count);
                    let first = (min / step).ceil() as i64;
                    let last = (max / step + 1e-9).floor() as i64;
                    if last > first || count >= 10 {
                        return (first..=last).map(|i| i as f64 * step).collect();
                    }
                    count += 1;
                }
            }
            Axis::Log { max } => (0..=max.log10().round() as i32).map(|power| 10f64.powi(power)).collect(),
        }
    }
}

/// `ticks` with the two ends first. Labels are drawn in this order, and [`super::frame::Frame::label`] leaves out
/// a label that would overlap one drawn before: on a narrow chart the labels left out are inner ones, so that the
/// axis's range can still be read.
pub fn ends_first(mut ticks: Vec<f64>) -> Vec<f64> {
    if let (true, Some(last)) = (ticks.len() > 2, ticks.last().copied()) {
        ticks.pop();
        ticks.insert(1, last);
    }
    ticks
}

/// A step of 1, 2 or 5 times a power of ten that divides `span` into about `count` parts.
fn nice_step(span: f64, count: usize) -> f64 {
    let rough = span.max(f64::MIN_POSITIVE) / count.max(1) as f64;
    // Integer powers: `powi` multiplies, where `powf` would bring a general power function into the wasm.
    let power = 10f64.powi(rough.log10().floor() as i32);
    let mantissa = rough / power;
    let nice = if mantissa <= 1.0 {
        1.0
    } else if mantissa <= 2.0 {
        2.0
    } else if mantissa <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * power
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linear_axes_round_up_and_tick_at_round_numbers() {
        let axis = Axis::linear_rounded(0.0, 4059.0, 5);
        assert_eq!(axis, Axis::Linear { min: 0.0, max: 5000.0 });
        assert_eq!(axis.ticks(5), [0.0, 1000.0, 2000.0, 3000.0, 4000.0, 5000.0]);
        assert_eq!(axis.fraction(2500.0), 0.5);
        assert_eq!(axis.position(2500.0, 100, 300), 200);
        assert_eq!(axis.position(2500.0, 300, 100), 200, "an upward axis");
        assert_eq!(axis.position(5000.0, 300, 100), 100);
        assert_eq!(Axis::linear_rounded(0.0, 0.0, 5), Axis::Linear { min: 0.0, max: 1.0 });
    }

    #[test]
    fn log_axes_place_powers_of_ten_evenly() {
        let axis = Axis::log(4059.0);
        assert_eq!(axis, Axis::Log { max: 10000.0 });
        assert_eq!(axis.ticks(5), [1.0, 10.0, 100.0, 1000.0, 10000.0]);
        assert_eq!(axis.fraction(0.0), 0.0);
        assert!(axis.fraction(1.0) > 0.06, "UNIOSIL's 1 gets a visible bar");
        let decades: Vec<f64> = [1.0, 10.0, 100.0].iter().map(|v| axis.fraction(*v)).collect();
        assert!((decades[2] - decades[1] - (decades[1] - decades[0])).abs() < 1e-9, "each decade is as wide");
    }

    #[test]
    fn year_axes_tick_every_few_years() {
        let axis = Axis::Linear { min: 1988.0, max: 2012.0 };
        assert_eq!(axis.ticks(5), [1990.0, 1995.0, 2000.0, 2005.0, 2010.0]);
    }

    #[test]
    fn axis_ends_are_labelled_first() {
        assert_eq!(ends_first(vec![1.0, 10.0, 100.0, 1000.0]), [1.0, 1000.0, 10.0, 100.0]);
        assert_eq!(ends_first(vec![1980.0, 2000.0]), [1980.0, 2000.0]);
        assert_eq!(ends_first(Vec::new()), Vec::<f64>::new());
    }

    #[test]
    fn a_narrow_axis_still_gets_two_ticks() {
        let axis = Axis::Linear { min: 1970.0, max: 2012.0 };
        assert_eq!(axis.ticks(2), [1980.0, 2000.0], "not 2000 alone, from a step of 50");
        assert_eq!(axis.ticks(9), [1970.0, 1975.0, 1980.0, 1985.0, 1990.0, 1995.0, 2000.0, 2005.0, 2010.0]);
    }

    #[test]
    fn year_axes_span_the_times_drawn_with_a_year_either_side() {
        // The paper's timeline: the chronology from 1971 (a year-only date, drawn mid-year) to the cut-off month.
        assert_eq!(Axis::years([1989.9, 1971.5, 2011.1]), Some(Axis::Linear { min: 1970.0, max: 2012.0 }));
        assert_eq!(Axis::years([2015.0, 2024.5]), Some(Axis::Linear { min: 2014.0, max: 2025.0 }));
        assert_eq!(Axis::years([]), None);
    }
}
