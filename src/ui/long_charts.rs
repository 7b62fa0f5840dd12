//! The code that draws the paper's two long charts, a row per mission (the personnel chart and the timeline), on a
//! canvas, and their tooltips: a part of its own (`long_charts`), fetched when either chart first comes near the
//! screen, when the sections below the charts load, or when Ctrl+P prints. Both lie below the first screen of a common
//! window (at 1280 × 900 their canvases start 171 px below it; a window tall enough to hold them fetches the code at
//! start), and their code is what kept the start-up wasm over its budget (issue #17); the charts on the first screen,
//! and every chart's height, are drawn by the start-up code.
//!
//! The code is fetched once for the page and kept: every canvas of a long chart, and every page a language change
//! builds anew, reads one signal, which no component owns.

use super::canvas::CanvasArea;
use super::canvas_backend::CanvasBackend;
use super::lazy::{on_first_use, NotLoaded};
use leptos::prelude::*;
use pko_core::chart::{ChartData, ChartError, Drawn, Style, Target};
use pko_core::model;
use pko_core::words::Texts;
use pko_data::Dataset;

/// Draws a long chart on a canvas.
type DrawLong = fn(&ChartData, &CanvasArea, Option<&Target>, Style, &Texts) -> Result<Drawn, ChartError>;

/// What the part hands over: functions of its own, which callers reach through the function table.
#[derive(Clone, Copy)]
pub struct LongChartCode {
    draw: DrawLong,
    /// The tooltip of a long chart's mark, from the data shown, the paper's data and the words.
    describe: fn(&Target, &Dataset, &Dataset, &Texts) -> String,
}

/// Where the code is.
#[derive(Clone, Copy)]
enum Code {
    NotAsked,
    Coming,
    Here(LongChartCode),
    NotLoaded,
}

thread_local! {
    static CODE: ArcRwSignal<Code> = ArcRwSignal::new(at_start());
}

/// Every build but `dist/`'s holds the part's code (see `super::lazy`): its long charts are drawn at start.
fn at_start() -> Code {
    #[cfg(pko_split)]
    return Code::NotAsked;
    #[cfg(not(pko_split))]
    return Code::Here(code());
}

/// Why a long chart is not drawn yet.
pub enum Undrawn {
    /// Its code is on its way; the caller hears when it has come (see [`draw`]).
    Coming,
    /// Its code could not be fetched: [`retry`] asks again.
    NotLoaded,
}

/// Draws a long chart, or says why it cannot yet. Tracks the code's arrival, so that an effect that calls this draws
/// the chart when the code comes, and asks for the code when no one has.
pub fn draw(
    chart: &ChartData,
    area: &CanvasArea,
    ring: Option<&Target>,
    style: Style,
    texts: &Texts,
) -> Result<Result<Drawn, ChartError>, Undrawn> {
    match CODE.with(|code| code.get()) {
        Code::Here(code) => Ok((code.draw)(chart, area, ring, style, texts)),
        Code::NotAsked => {
            leptos::task::spawn_local(async {
                let _ = fetch().await;
            });
            Err(Undrawn::Coming)
        }
        Code::Coming => Err(Undrawn::Coming),
        Code::NotLoaded => Err(Undrawn::NotLoaded),
    }
}

/// The tooltip of a long chart's mark (a mission's bar, or a timeline marker's events). Empty until the code is
/// here, which it is wherever a mark is: a chart has marks once it is drawn.
pub fn describe(target: &Target, data: &Dataset, paper: &Dataset, texts: &Texts) -> String {
    match CODE.with(|code| code.get_untracked()) {
        Code::Here(code) => (code.describe)(target, data, paper, texts),
        Code::NotAsked | Code::Coming | Code::NotLoaded => String::new(),
    }
}

/// Whether the code is here: a long chart is then drawn at once, as the others are.
pub fn here() -> bool {
    CODE.with(|code| matches!(code.get_untracked(), Code::Here(_)))
}

/// Asks again for code that could not be fetched: every long chart waiting for it is drawn when it comes. A press
/// while an attempt is on its way does nothing, so that one fetch is made at a time.
pub fn retry() {
    CODE.with(|code| {
        if matches!(code.get_untracked(), Code::NotLoaded) {
            code.set(Code::NotAsked);
        }
    });
}

/// Fetches the code, unless it is here, and says whether it is: printing waits for it. Calls at once share one
/// fetch (the part's loader runs one at a time), and a fetch that failed is tried anew.
pub async fn fetch() -> Result<(), NotLoaded> {
    if here() {
        return Ok(());
    }
    // A fetch already on its way is not announced again: the long charts would run their drawing for nothing.
    CODE.with(|code| {
        if !matches!(code.get_untracked(), Code::Coming) {
            code.set(Code::Coming);
        }
    });
    let fetched = long_chart_code().await;
    CODE.with(|code| code.set(fetched.map_or(Code::NotLoaded, Code::Here)));
    fetched.map(drop)
}

on_first_use! { long_charts:
    /// The long charts' drawing and tooltips.
    pub fn long_chart_code() -> LongChartCode {
        code()
    }
}

/// The part's functions: what it hands over once fetched, and what every build but `dist/`'s holds from the start.
fn code() -> LongChartCode {
    LongChartCode { draw: ChartData::draw_long::<CanvasBackend>, describe: describe_mark }
}

/// A mission's bar says the mission; a timeline marker, every event of its month.
fn describe_mark(target: &Target, data: &Dataset, paper: &Dataset, texts: &Texts) -> String {
    match target {
        Target::Mission(acronym) => data.mission(acronym).map(|mission| texts.mission_tooltip(mission, paper)),
        Target::Event(index) => {
            let events = data.events();
            let markers = model::event_markers(events, |_| true);
            model::marker_of(&markers, *index).map(|marker| texts.events_tooltip(events, marker))
        }
        _ => None,
    }
    .unwrap_or_default()
}
