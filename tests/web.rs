//! Browser tests: the app and a chart in a real headless Chromium, through wasm-bindgen-test.
//! Run with `cargo test --target wasm32-unknown-unknown --test web` (`cargo xtask test` does).
#![cfg(target_arch = "wasm32")]

use pko_core::chart::{self, Style, LIGHT};
use pko_core::model::{self, Filters, Scale, Sort};
use pko_core::words::ENGLISH;
use pko_explorer::ui::canvas_backend::CanvasBackend;
use plotters::prelude::IntoDrawingArea;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, HtmlCanvasElement, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window().and_then(|window| window.document()).expect("a document")
}

fn new_canvas(width: u32, height: u32) -> HtmlCanvasElement {
    let canvas: HtmlCanvasElement =
        document().create_element("canvas").expect("a canvas").dyn_into().expect("is a canvas");
    canvas.set_width(width);
    canvas.set_height(height);
    canvas
}

/// Whether a canvas holds anything but one flat colour: its image differs from an empty canvas of its size.
fn has_drawing(canvas: &HtmlCanvasElement) -> bool {
    let empty = new_canvas(canvas.width(), canvas.height());
    canvas.to_data_url().expect("readable") != empty.to_data_url().expect("readable")
}

fn text_of(selector: &str) -> String {
    document().query_selector(selector).ok().flatten().and_then(|element| element.text_content()).unwrap_or_default()
}

fn button_named(name: &str) -> HtmlElement {
    let buttons = document().query_selector_all("button").expect("buttons");
    (0..buttons.length())
        .filter_map(|i| buttons.item(i)?.dyn_into::<HtmlElement>().ok())
        .find(|button| button.text_content().is_some_and(|text| text.trim() == name))
        .unwrap_or_else(|| panic!("no button named {name}"))
}

/// Lets Leptos run its effects, and Chromium lay the page out and report sizes to resize observers (which the
/// charts wait for before drawing): effects, two animation frames, effects again.
async fn settle() {
    for _ in 0..5 {
        leptos::task::tick().await;
    }
    for _ in 0..2 {
        let frame = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window().expect("a window").request_animation_frame(&resolve).expect("a frame");
        });
        wasm_bindgen_futures::JsFuture::from(frame).await.expect("the frame came");
    }
    for _ in 0..5 {
        leptos::task::tick().await;
    }
}

/// The backend sets a colour only when it changes: a colour used, then another, then the first again must each
/// reach the canvas.
#[wasm_bindgen_test]
fn the_canvas_backend_sets_each_colour_again_after_another() {
    use plotters::prelude::{Color, DrawingBackend, RGBColor};
    let canvas = new_canvas(30, 10);
    let mut backend = CanvasBackend::new(canvas.clone()).expect("a 2D context");
    let (red, blue) = (RGBColor(200, 0, 0).filled(), RGBColor(0, 0, 200).filled());
    for (left, style) in [(0, &red), (10, &blue), (20, &red)] {
        backend.draw_rect((left, 0), (left + 10, 10), style, true).expect("drawn");
    }
    let context: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").ok().flatten().expect("a 2D context").dyn_into().expect("is a 2D context");
    let pixel = |x: f64| context.get_image_data(x, 5.0, 1.0, 1.0).expect("readable").data().to_vec()[..3].to_vec();
    assert_eq!(pixel(5.0), [200, 0, 0]);
    assert_eq!(pixel(15.0), [0, 0, 200]);
    assert_eq!(pixel(25.0), [200, 0, 0]);
}

#[wasm_bindgen_test]
fn the_personnel_chart_draws_on_a_real_canvas() {
    let data = pko_explorer::prebuilt::paper_dataset();
    let filters = Filters::default();
    let bars = model::mission_bars_of(&data, &filters, &model::mission_order(&data, &filters, Sort::Total));
    let canvas = new_canvas(1200, (chart::personnel::height(bars.len()) * 2.0) as u32);
    let backend = CanvasBackend::new(canvas.clone()).expect("a 2D context");
    let drawn = chart::personnel::draw(
        &backend.into_drawing_area(),
        &bars,
        0,
        Scale::Log,
        false,
        None,
        Style { theme: &LIGHT, scale: 2.0 },
        &ENGLISH,
    )
    .expect("drawn");
    assert_eq!(drawn.hits.len(), 25);
    assert!(has_drawing(&canvas));
    // Labels are measured by the browser's own font engine here, and still never overlap.
    for (i, a) in drawn.labels.iter().enumerate() {
        assert!(drawn.labels[i + 1..].iter().all(|b| !a.overlaps(b)), "label {a:?} overlaps another");
    }
}

#[wasm_bindgen_test]
async fn the_explorer_mounts_draws_its_charts_and_follows_a_filter() {
    let body = document().body().expect("a body");
    let app = document().create_element("div").expect("a div");
    app.set_id("app");
    body.append_child(&app).expect("appended");
    pko_explorer::ui::start();
    settle().await;

    assert_eq!(text_of(".summary"), "25 missions, 12,451 personnel sent");
    let canvases = document().query_selector_all("canvas").expect("canvases");
    assert_eq!(canvases.length(), 4, "one canvas per chart");
    for i in 0..canvases.length() {
        let canvas: HtmlCanvasElement = canvases.item(i).expect("a canvas").dyn_into().expect("is a canvas");
        assert!(canvas.width() > 0 && canvas.height() > 0, "canvas {i} is sized");
        assert!(has_drawing(&canvas), "canvas {i} is drawn");
        assert_eq!(canvas.get_attribute("role").as_deref(), Some("img"));
    }

    // The personnel table is built when shown, and then follows the filters.
    let personnel_table: HtmlElement = document()
        .query_selector("#chart-personnel .table-toggle")
        .ok()
        .flatten()
        .expect("the personnel panel's Table button")
        .dyn_into()
        .expect("a button");
    personnel_table.click();
    let africa = button_named("Africa");
    assert_eq!(africa.get_attribute("aria-pressed").as_deref(), Some("false"));
    africa.click();
    settle().await;
    assert_eq!(africa.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(text_of(".summary"), "14 missions in Africa, 8,832 personnel sent (71% of all)");
    let table_rows = document().query_selector_all("#personnel-table tbody tr").expect("table rows");
    assert_eq!(table_rows.length(), 14, "the data table follows the filter");

    button_named("Clear filters").click();
    settle().await;
    assert_eq!(text_of(".summary"), "25 missions, 12,451 personnel sent");
}

/// The deployed chart draws in two layers on real canvases: the chart, and over it, on a transparent canvas, its
/// chosen month's rule, which a step of the month redraws alone (`Chart::LAYERED`).
#[wasm_bindgen_test]
fn the_deployed_chart_and_its_month_layer_draw_on_real_canvases() {
    use pko_core::chart::{Chart, MonthlyChart, Target};
    use pko_core::model::contributions::{deployed_series, paper_deployed, DEFAULT_MONTH};
    let data = pko_explorer::prebuilt::paper_dataset();
    let tables = pko_explorer::prebuilt::contribution_tables();
    let series = deployed_series(&tables, data.events(), paper_deployed(&data), true, Some(DEFAULT_MONTH));
    let chart = MonthlyChart::Deployed(Box::new(series));
    let style = Style { theme: &LIGHT, scale: 1.0 };
    let (width, height) = (1280, chart.height_at(1280.0, &ENGLISH) as u32);

    let base = new_canvas(width, height);
    let backend = CanvasBackend::new(base.clone()).expect("a 2D context");
    let drawn = chart.base().draw(&backend.into_drawing_area(), None, style, &ENGLISH).expect("drawn");
    assert!(has_drawing(&base));
    let months = drawn.hits.iter().filter(|hit| matches!(hit.target, Target::Month(_))).count();
    assert_eq!(months, tables.months(), "a target per month at 1280 px");

    let layer = new_canvas(width, height);
    let backend = CanvasBackend::new(layer.clone()).expect("a 2D context");
    // A layer drawn before is cleared, not drawn over.
    backend.clear();
    chart.draw_overlay(&backend.into_drawing_area(), &chart.overlay(), style, &ENGLISH).expect("drawn");
    let column = drawn.rect_of(&Target::Month(DEFAULT_MONTH)).expect("the chosen month's column");
    let context: web_sys::CanvasRenderingContext2d =
        layer.get_context("2d").ok().flatten().expect("a 2D context").dyn_into().expect("is a 2D context");
    let alpha = |x: i32, y: i32| {
        context.get_image_data(f64::from(x), f64::from(y), 1.0, 1.0).expect("readable").data().to_vec()[3]
    };
    let middle = (column.top + column.bottom) / 2;
    let on_rule = (column.left - 1..=column.right + 1).map(|x| alpha(x, middle)).max();
    assert_eq!(on_rule, Some(255), "the rule is drawn at its month's column");
    assert_eq!(alpha(column.left - 200, middle), 0, "the layer is transparent away from its marks");
}
