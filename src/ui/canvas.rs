//! A chart on a canvas: sizes the canvas for the screen's pixel density, redraws when its inputs or the window
//! change, and turns pointer and keyboard input into targets through the marks the chart reports.

use super::browser;
use super::canvas_backend::CanvasBackend;
use super::lazy;
use super::long_charts::{self, Undrawn};
use super::reactive::{effect, memo, raise, ElementRef};
use leptos::prelude::*;
use pko_core::chart::bitmap::Bitmap;
use pko_core::chart::{Chart, ChartData, ChartError, Drawn, MonthlyChart, Style, Target};
use pko_core::words::Texts;
use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, IntoDrawingArea};

/// The smallest and largest CSS width a chart is drawn at; a narrower box scrolls the chart, a wider one leaves the
/// rest of its width empty. Down to 200 px each chart has a narrow layout that keeps the labels a reader needs
/// (`crates/core/tests/charts.rs` checks them), and a chart drawn at the width of its box takes clicks where its bars
/// are: one drawn wider and squeezed by CSS would squash its text and put the click targets off the bars.
const MIN_WIDTH: f64 = 200.0;
const MAX_WIDTH: f64 = 2400.0;

/// How near the screen a chart must be to be redrawn when its inputs change, as a CSS `rootMargin` above and
/// below the viewport. 100 px is what a fast scroll moves in a frame (6,000 px a second): a chart further away is
/// redrawn on the frame after it comes this near, before it is on screen. A jump (a link to a chart, End) shows its
/// old drawing for that one frame. In a frame from another origin the browser ignores the margin, and a chart is
/// redrawn on the frame after it comes on screen.
const NEAR_MARGIN: &str = "100px 0px";

/// The id of the page's summary line, which describes the charts that have no description of their own.
pub const SUMMARY_ID: &str = "summary";

/// What a chart is drawn into on its canvas.
pub type CanvasArea = DrawingArea<CanvasBackend, Shift>;

/// A kind of chart as a canvas draws it: with code at hand, or with code in a part fetched when the chart first
/// comes near the screen (the paper's long charts, `super::long_charts`).
pub trait CanvasChart: Chart {
    /// Whether the code that draws this chart is at hand. A chart whose code is not waits for its observer to say it
    /// is near the screen before it asks for it, rather than being drawn at start as the others are.
    fn code_at_hand(&self) -> bool;

    /// Draws the chart ([`Chart::draw`]), or says why it cannot yet.
    fn draw_on_canvas(
        &self,
        area: &CanvasArea,
        ring: Option<&Target>,
        style: Style,
        texts: &Texts,
    ) -> Result<Result<Drawn, ChartError>, Undrawn>;
}

impl CanvasChart for ChartData {
    fn code_at_hand(&self) -> bool {
        !self.is_long() || long_charts::here()
    }

    fn draw_on_canvas(
        &self,
        area: &CanvasArea,
        ring: Option<&Target>,
        style: Style,
        texts: &Texts,
    ) -> Result<Result<Drawn, ChartError>, Undrawn> {
        if self.is_long() {
            long_charts::draw(self, area, ring, style, texts)
        } else {
            Ok(self.draw_short(area, ring, style, texts))
        }
    }
}

/// The monthly charts' code comes with their part, which is loaded before any of them is built.
impl CanvasChart for MonthlyChart {
    fn code_at_hand(&self) -> bool {
        true
    }

    fn draw_on_canvas(
        &self,
        area: &CanvasArea,
        ring: Option<&Target>,
        style: Style,
        texts: &Texts,
    ) -> Result<Result<Drawn, ChartError>, Undrawn> {
        Ok(self.draw(area, ring, style, texts))
    }
}

/// Why a chart shows no drawing.
#[derive(Clone, PartialEq)]
enum Failure {
    /// The drawing failed, as the message says.
    Drawing(String),
    /// Its code could not be fetched.
    CodeNotLoaded,
}

/// What every chart canvas shares with the rest of the app.
#[derive(Clone, Copy)]
pub struct CanvasContext {
    pub theme: Signal<&'static pko_core::chart::Theme>,
}

#[component]
pub fn ChartCanvas<C: CanvasChart>(
    /// The chart's accessible name: its title.
    label: &'static str,
    /// What the chart shows under the current filters, in words, for screen readers; none where the page's summary
    /// line says it (the charts of the paper's missions), which then describes the chart, so that a click does not
    /// compute the same sentence over every row again for each chart.
    #[prop(optional)]
    description: Option<Signal<String>>,
    /// Names the description's element.
    slug: &'static str,
    /// What to draw; the chart redraws when it changes.
    data: Memo<C>,
    /// The tooltip text of a mark. A callback rather than a generic closure, so that the four charts share one
    /// copy of this component in the binary instead of one each.
    describe: Callback<Target, String>,
    /// Called when a mark is clicked, or chosen with Enter or Space.
    on_activate: Callback<Target>,
    /// The target to ring, besides the focused one (the open mission).
    #[prop(into)]
    selected: Signal<Option<Target>>,
) -> impl IntoView {
    let super::AppContext { texts, printing, .. } = expect_context::<super::AppContext>();
    // The width of the chart's box, from a resize observer; `None` until the box is laid out (or while hidden).
    let box_width = RwSignal::new(None::<f64>);
    // The CSS width the chart is drawn at, and the height it needs there: a narrow chart's legend and axis title
    // wrap onto more lines, and the chart grows rather than squeezing its rows.
    let css_width = memo(move || box_width.get().map(|width| width.clamp(MIN_WIDTH, MAX_WIDTH)));
    // A memo: the height wraps the legend and title to measure them, and the drawing effect and the clip box both
    // read it.
    let height = memo(move || data.with(|data| data.height_at(css_width.get().unwrap_or(MAX_WIDTH), texts)));
    let context = expect_context::<CanvasContext>();
    let canvas_ref = ElementRef::new();
    let drawn = RwSignal::new(Drawn::default());
    let hovered = RwSignal::new(None::<Target>);
    let focused = RwSignal::new(None::<Target>);
    // The mark the keyboard was on when the canvas lost focus: closing the mission details returns the focus to
    // the canvas, and the reader goes on from that bar rather than from the first.
    let last_focused = StoredValue::new(None::<Target>);
    let failure = RwSignal::new(None::<Failure>);
    // Near the screen but waiting for its code: its box shows empty rows meanwhile (style/main.css).
    let awaiting_code = RwSignal::new(false);
    let scale = RwSignal::new(1.0);
    // The CSS height of the canvas's bitmap, which may be taller than the chart (see the drawing effect).
    let bitmap_css_height = RwSignal::new(height.get_untracked());
    let drawn_before = std::cell::Cell::new(false);
    // A memo, so that the drawing effect hears of a change of the selection only: callers derive it from the whole
    // view state, and a month step of the monthly charts would otherwise redraw the four charts of the paper too.
    let selected = memo(move || selected.get());

    // Owned by this component: dropped, and so disconnected, when the chart leaves the page. It watches an empty
    // element of the chart's width and no height, rather than the chart's box: the box's height follows its width
    // (a narrow chart is taller), and a box resized while its observer reports is what browsers report as an error
    // ("ResizeObserver loop completed with undelivered notifications").
    let width_sensor = ElementRef::new();
    let width_observer = StoredValue::new_local(None::<browser::observers::WidthObserver>);
    effect(move || {
        if let Some(sensor) = width_sensor.get() {
            let observer = browser::observers::WidthObserver::new(&sensor, move |width| {
                if width > 0.0 && box_width.get_untracked() != Some(width) {
                    box_width.set(Some(width));
                }
            });
            width_observer.set_value(observer);
        }
    });

    // A chart with an overlay (`Chart::LAYERED`) draws its base on this canvas and the overlay on a second one
    // above it, so that a change of the overlay alone (a step of the month) redraws only the overlay.
    let base = if C::LAYERED { memo(move || data.with(C::base)) } else { data };

    // Whether the chart is on screen or near it. A chart further away is not redrawn when its inputs change, only
    // when it comes near (or the page is printed): a click costs the charts a reader can see, not every chart on
    // the page. It starts near, so that every chart is drawn once at start, before the observer has looked; but for
    // a chart whose code is not at hand, which the observer's word fetches.
    let near = RwSignal::new(data.with_untracked(C::code_at_hand));
    // Whether the observer has looked, for a chart that waits for it to be drawn; and whether such a chart has settled
    // its first look: been drawn, or been found away from the screen, or failed. The first view gives way to the
    // explorer only when no chart is unsettled (`browser::document::Handover`), so that a reader who has scrolled it
    // to a long chart sees that chart drawn, not an empty box while its code comes.
    let reported = RwSignal::new(near.get_untracked());
    let settled = RwSignal::new(reported.get_untracked());
    let settle = move || raise(settled);
    // Only a chart that starts unsettled has this to wait for; the others are drawn at start.
    if !settled.get_untracked() {
        effect(move || {
            if reported.get() && !near.get() {
                settle();
            }
        });
    }
    let chart_box = ElementRef::new();
    let near_observer = StoredValue::new_local(None::<browser::observers::NearObserver>);
    effect(move || {
        if let Some(chart_box) = chart_box.get() {
            let observer =
                browser::observers::NearObserver::watch(&chart_box, NEAR_MARGIN, near, false, Some(reported));
            near_observer.set_value(Some(observer));
        }
    });
    // What the canvas shows is older than the chart's inputs: they changed while it was away from the screen, or it
    // has never been drawn (a chart first laid out away from the screen, as in a hidden frame).
    let out_of_date = StoredValue::new(true);
    let was_near = std::cell::Cell::new(true);

    effect(move || {
        // The data first: `height` reads it too, and when it is checked first and finds the chart's height
        // unchanged (the top contributors chart always has 21 rows), the effect missed that the data had changed
        // and the canvas kept the old month.
        base.track();
        let (Some(canvas), Some(css_width)) = (canvas_ref.get().map(as_canvas), css_width.get()) else { return };
        let css_height = height.get();
        let theme = context.theme.get();
        let ring = focused.get().or_else(|| selected.get());
        // Every input is read above, whatever happens below, so that a change while the chart is away still runs
        // this effect and marks the canvas out of date.
        let shown = near.get() || printing.get();
        let previously_near = was_near.replace(shown);
        if !shown {
            // The run that took the chart away changed none of its inputs: a scroll and a click are never one task.
            if !previously_near {
                out_of_date.set_value(true);
            }
            // Away, it waits for nothing: its code, if it comes, is for when it comes near again.
            if awaiting_code.get_untracked() {
                awaiting_code.set(false);
            }
            return;
        }
        // Back near the screen, with nothing changed while away.
        if !previously_near && !out_of_date.get_value() {
            return;
        }
        out_of_date.set_value(false);
        // The screen's pixel density, lowered where the bitmap would pass an engine's limit.
        let Bitmap { width: pixel_width, height: pixel_height, scale: ratio } =
            Bitmap::fitting(css_width, css_height, browser::media::device_pixel_ratio());
        // Setting a canvas's size reallocates and clears its bitmap, even to the same size, and that cost more than
        // drawing the chart on every click that changed its number of rows. So the bitmap only grows in height: a
        // shorter chart draws into its top, and `.canvas-clip` hides the rest. A new width sizes it afresh. Every
        // height that fitted a width fits it still, so the larger of two stays within the limits.
        let bitmap_height =
            if canvas.width() == pixel_width { canvas.height().max(pixel_height) } else { pixel_height };
        if canvas.width() != pixel_width {
            canvas.set_width(pixel_width);
        }
        if canvas.height() != bitmap_height {
            canvas.set_height(bitmap_height);
        }
        bitmap_css_height.set(f64::from(bitmap_height) / ratio);
        scale.set(ratio);
        let style = Style { theme, scale: ratio };
        let Some(backend) = CanvasBackend::new(canvas) else {
            failure.set(Some(Failure::Drawing(super::canvas_backend::NO_2D_CANVAS.to_string())));
            settle();
            return;
        };
        let area = backend.into_drawing_area().shrink((0, 0), (pixel_width, pixel_height));
        browser::performance::mark_drawing();
        let outcome = base.with(|base| base.draw_on_canvas(&area, ring.as_ref(), style, texts));
        let awaiting = matches!(outcome, Err(Undrawn::Coming));
        if awaiting_code.get_untracked() != awaiting {
            awaiting_code.set(awaiting);
        }
        // A failure is set only when it changes: a message set again would be built again, and its Try again button,
        // which may have the focus, with it.
        let fail = |now: Option<Failure>| {
            if failure.with_untracked(|was| *was != now) {
                failure.set(now);
            }
        };
        match outcome {
            Ok(Ok(result)) => {
                fail(None);
                drawn.set(result);
                browser::performance::report_drawn(slug, !drawn_before.replace(true));
            }
            // A chart that fails to draw says so in its own panel; the rest of the app keeps working.
            Ok(Err(error)) => fail(Some(Failure::Drawing(error.to_string()))),
            // Drawn when the code comes, which runs this effect again.
            Err(Undrawn::Coming) => out_of_date.set_value(true),
            Err(Undrawn::NotLoaded) => {
                out_of_date.set_value(true);
                fail(Some(Failure::CodeNotLoaded));
            }
        }
        if !awaiting {
            settle();
        }
    });

    // Only for a layered chart, so that the charts without an overlay carry none of this code. Its canvas is made
    // here rather than in the view for the same reason: a view that has it or not is code for every chart.
    if C::LAYERED {
        let overlay = memo(move || data.with(C::overlay));
        let layer = StoredValue::new_local(None::<web_sys::HtmlCanvasElement>);
        effect(move || {
            let value = overlay.get();
            // Drawn at the chart's size, over the base, and again whenever the base is.
            base.track();
            let (Some(chart_canvas), Some(css_width)) = (canvas_ref.get(), css_width.get()) else { return };
            if !data.with(C::has_overlay) {
                return;
            }
            // The layer's first drawing comes with the chart's, not from an input: it is no redraw to measure.
            let first_drawing = layer.with_value(Option::is_none);
            let Some(canvas) = layer.get_value().or_else(|| browser::document::layer_over(&chart_canvas)) else {
                return;
            };
            layer.set_value(Some(canvas.clone()));
            // The same bitmap as the chart's under it, so that the layer's marks fall on the chart's pixels.
            let Bitmap { width: pixel_width, height: pixel_height, scale: ratio } =
                Bitmap::fitting(css_width, height.get(), browser::media::device_pixel_ratio());
            if canvas.width() != pixel_width || canvas.height() != pixel_height {
                canvas.set_width(pixel_width);
                canvas.set_height(pixel_height);
                let _ = web_sys::HtmlElement::style(&canvas).set_property("height", &css_pixels(height.get()));
            }
            // As wide as the chart under it, whose width follows the box's even while the chart is away.
            let _ = web_sys::HtmlElement::style(&canvas).set_property("width", &shown_width(css_width));
            let Some(backend) = CanvasBackend::new(canvas) else { return };
            backend.clear();
            browser::performance::mark_drawing();
            let style = Style { theme: context.theme.get(), scale: ratio };
            if let Err(error) = data.with(|data| data.draw_overlay(&backend.into_drawing_area(), &value, style, texts))
            {
                failure.set(Some(Failure::Drawing(error.to_string())));
            } else if !first_drawing {
                browser::performance::report_drawn("overlay", false);
            }
        });
    }

    let target_at = move |x: i32, y: i32| {
        let ratio = scale.get_untracked();
        drawn.with_untracked(|drawn| {
            drawn.hit_at((f64::from(x) * ratio) as i32, (f64::from(y) * ratio) as i32).map(|hit| hit.target.clone())
        })
    };
    let on_move = move |event: leptos::ev::MouseEvent| hovered.set(target_at(event.offset_x(), event.offset_y()));
    // A finger cannot hover: on a touch screen the first tap on a mark shows its tooltip, and a second tap on the
    // same mark acts (a mouse has shown the tooltip already, and acts at once).
    let last_pointer_was_touch = StoredValue::new(false);
    // The mark whose tooltip a tap is showing: a tap on it acts, as often as the reader taps it.
    let tapped = StoredValue::new(None::<Target>);
    let on_pointer_down =
        move |event: leptos::ev::PointerEvent| last_pointer_was_touch.set_value(event.pointer_type() == "touch");
    let on_click = move |event: leptos::ev::MouseEvent| {
        let Some(target) = target_at(event.offset_x(), event.offset_y()) else { return };
        let shown_by_tap = tapped.get_value().as_ref() == Some(&target);
        tapped.set_value(Some(target.clone()));
        if !last_pointer_was_touch.get_value() || shown_by_tap {
            // What the click does takes the tooltip's place, which would otherwise stay over what it opens (the
            // mission details on a phone); the pointer's next move brings the tooltip back.
            hovered.set(None);
            on_activate.run(target);
        } else {
            hovered.set(Some(target));
        }
    };
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        let targets: Vec<Target> =
            drawn.with_untracked(|drawn| drawn.hits.iter().map(|hit| hit.target.clone()).collect());
        if targets.is_empty() {
            return;
        }
        let current = focused.get_untracked().and_then(|target| targets.iter().position(|t| *t == target));
        let step = |forward: bool| match (current, forward) {
            (None, true) => 0,
            (None, false) => targets.len() - 1,
            (Some(i), true) => (i + 1) % targets.len(),
            (Some(i), false) => (i + targets.len() - 1) % targets.len(),
        };
        match event.key().as_str() {
            "ArrowDown" | "ArrowRight" => focused.set(Some(targets[step(true)].clone())),
            "ArrowUp" | "ArrowLeft" => focused.set(Some(targets[step(false)].clone())),
            "Home" => focused.set(Some(targets[0].clone())),
            "End" => focused.set(Some(targets[targets.len() - 1].clone())),
            "Enter" | " " => match focused.get_untracked() {
                Some(target) => on_activate.run(target),
                None => return,
            },
            "Escape" => focused.set(None),
            _ => return,
        }
        last_focused.set_value(focused.get_untracked());
        event.prevent_default();
    };
    // Only a keyboard focus (`:focus-visible`) brings the last mark back: a click gives focus too, and then the
    // pointer, not the keyboard's last mark, says where the reader is.
    let on_focus = move |_| {
        // Focus scrolls the chart into view, and its keys act on what it draws: it cannot wait for the observer's
        // next report. What comes with the focus (the last mark's ring) runs the drawing in the same turn as the
        // change of `near`, which would take it for a return with nothing changed: so the chart is drawn anew.
        if !near.get_untracked() {
            out_of_date.set_value(true);
            near.set(true);
        }
        let keyboard =
            canvas_ref.get_untracked().is_some_and(|canvas| canvas.matches(":focus-visible").unwrap_or(false));
        let last = last_focused.get_value();
        let still_drawn = |target: &Target| drawn.with_untracked(|drawn| drawn.rect_of(target).is_some());
        if keyboard && focused.get_untracked().is_none() && last.as_ref().is_some_and(still_drawn) {
            focused.set(last);
        }
    };

    // The tooltip follows the pointer's target, or the keyboard's when the canvas has focus. Memos, because its
    // text, visibility and place all read them on every pointer move.
    let tooltip_target = memo(move || focused.get().or_else(|| hovered.get()));
    // The tooltip stays within the chart's width, moved left where a mark is near the right edge: past the width,
    // a phone's page would scroll sideways and zoom out under the finger.
    let tooltip_position = memo(move || {
        let target = tooltip_target.get()?;
        let rect = drawn.with(|drawn| drawn.rect_of(&target))?;
        let ratio = scale.get();
        let width = css_width.get().unwrap_or(f64::INFINITY);
        let left = (f64::from(rect.left) / ratio).min(width - TOOLTIP_ROOM).max(0.0);
        Some((left, f64::from(rect.bottom) / ratio + 6.0, (width - left).min(TOOLTIP_MAX_WIDTH)))
    });
    let tooltip_text = move || tooltip_target.get().map(|target| describe.run(target)).unwrap_or_default();
    let announcement = move || focused.get().map(|target| describe.run(target)).unwrap_or_default();

    view! {
        <div class="canvas-wrap" class:away=move || !near.get() class:awaiting-code=move || awaiting_code.get() class:unsettled=move || !settled.get() node_ref=chart_box>
            <div class="width-sensor" node_ref=width_sensor></div>
            <div class="canvas-clip" style:height=move || css_pixels(height.get())>
                <canvas
                    node_ref=canvas_ref
                    role="img"
                    tabindex="0"
                    aria-label=label
                    aria-describedby=if description.is_some() { format!("{slug}-description") } else { SUMMARY_ID.to_string() }
                    class:pointing=move || hovered.get().is_some()
                    style:height=move || css_pixels(bitmap_css_height.get())
                    // Shown at the width it is drawn at, which a box narrower than `MIN_WIDTH` scrolls
                    // (style/main.css); set with the box's width, so that a chart away from the screen, not redrawn
                    // yet, keeps within its box.
                    style:width=move || css_width.get().map(shown_width).unwrap_or_default()
                    on:mousemove=on_move
                    on:mouseleave=move |_| {
                        hovered.set(None);
                        tapped.set_value(None);
                    }
                    on:pointerdown=on_pointer_down
                    on:click=on_click
                    on:keydown=on_key
                    on:focus=on_focus
                    on:blur=move |_| focused.set(None)
                ></canvas>
            </div>
            <div
                class="tooltip"
                role="tooltip"
                class:hidden=move || tooltip_position.get().is_none()
                style:left=move || tooltip_position.get().map(|(x, _, _)| css_pixels(x)).unwrap_or_default()
                style:top=move || tooltip_position.get().map(|(_, y, _)| css_pixels(y)).unwrap_or_default()
                style:max-width=move || tooltip_position.get().map(|(_, _, room)| css_pixels(room)).unwrap_or_default()
            >
                {tooltip_text}
            </div>
            <p class="visually-hidden" id=format!("{slug}-description")>{move || description.map(|description| description.get()).unwrap_or_default()}</p>
            <p class="visually-hidden" aria-live="polite">{announcement}</p>
            {move || {
                failure.get().map(|failure| match failure {
                    Failure::Drawing(message) => view! { <p class="chart-error" role="alert">{message}</p> }.into_any(),
                    Failure::CodeNotLoaded => lazy::not_loaded(texts, Callback::new(|()| long_charts::retry())),
                })
            }}
        </div>
    }
}

/// The least width, in CSS pixels, a tooltip keeps to the right of its left edge.
const TOOLTIP_ROOM: f64 = 180.0;
/// The most a tooltip takes, in CSS pixels, before its text wraps.
const TOOLTIP_MAX_WIDTH: f64 = 360.0;

/// The CSS width a canvas drawn `css_width` wide is shown at: whole pixels, rounded down, so that it never passes a
/// box of a fractional width by the half pixel that would give the box a scroll bar.
fn shown_width(css_width: f64) -> String {
    css_pixels(css_width.floor())
}

/// A CSS length in whole pixels ("12px"): whole pixels are all a tooltip or a chart's height needs, and printing
/// them as integers keeps Rust's float formatter out of the app.
fn css_pixels(pixels: f64) -> String {
    format!("{}px", pixels.round() as i32)
}

/// The chart's canvas element as a canvas: the `ElementRef` that holds it is filled by the `<canvas>` of this
/// component's view alone.
fn as_canvas(element: web_sys::Element) -> web_sys::HtmlCanvasElement {
    debug_assert_eq!(element.tag_name(), "CANVAS", "the chart's ElementRef is on another element");
    wasm_bindgen::JsCast::unchecked_into(element)
}
