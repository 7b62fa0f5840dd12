//! User Timing marks of inputs and drawings, for the benchmark and for anyone profiling.

/// Marks each user input with `performance.mark("pko:input")`, so that redraws can be measured from it. Only the
/// latest input's mark and measures are kept: a long session must not grow the timeline without bound.
pub fn mark_inputs() {
    for event in ["click", "keydown", "change"] {
        let options = gloo::events::EventListenerOptions::run_in_capture_phase();
        gloo::events::EventListener::new_with_options(&gloo::utils::document(), event, options, |_| {
            if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
                performance.clear_marks_with_mark_name("pko:input");
                performance.clear_measures_with_measure_name("pko:redraw");
                let _ = performance.mark("pko:input");
            }
        })
        .forget();
    }
}

thread_local! {
    static CHARTS_DRAWN_ONCE: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Marks the start of a chart's drawing, which [`report_drawn`] measures to.
pub fn mark_drawing() {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        let _ = performance.mark("pko:drawing");
    }
}

/// Reports a finished chart drawing to the User Timing API, for the benchmark and for anyone profiling: the
/// first time every chart on the page not marked away from the screen has been drawn is `pko:charts-drawn` (at
/// start, every chart but a long chart whose code is not here yet, which is away until its observer finds it near);
/// each later drawing is a `pko:redraw` measure from the last input. The drawing alone, from [`mark_drawing`], is a `pko:draw:<slug>`
/// measure, so that a profile tells the chart's own cost from the rest of a click's (its model, the page's
/// updates); only the latest of each chart is kept.
pub fn report_drawn(slug: &str, first_drawing: bool) {
    let Some(window) = web_sys::window() else { return };
    let Some(performance) = window.performance() else { return };
    let name = ["pko:draw:", slug].concat();
    performance.clear_measures_with_measure_name(&name);
    let _ = performance.measure_with_start_mark(&name, "pko:drawing");
    if first_drawing {
        let drawn = CHARTS_DRAWN_ONCE.with(|count| {
            count.set(count.get() + 1);
            count.get()
        });
        // The charts drawn at start: a long chart whose code is fetched when it comes near is away until its
        // observer has looked, after the charts drawn at start.
        let canvases = window
            .document()
            .and_then(|d| d.query_selector_all(".canvas-wrap:not(.away) canvas:not(.overlay)").ok())
            .map_or(0, |list| list.length());
        // Once: charts that come later (the monthly ones, loaded when a reader comes near) are not the page's
        // first view.
        let marked = performance.get_entries_by_name_with_entry_type("pko:charts-drawn", "mark").length() > 0;
        if drawn == canvases && !marked {
            let _ = performance.mark("pko:charts-drawn");
        }
    } else if performance.get_entries_by_name_with_entry_type("pko:input", "mark").length() > 0 {
        let _ = performance.measure_with_start_mark("pko:redraw", "pko:input");
    }
}
