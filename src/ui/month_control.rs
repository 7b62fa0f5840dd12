//! The month of the contributions charts: a slider (which the arrow, Page and Home/End keys move, as every range
//! input does), the previous and next month, and Play, which steps through the months until the last one or any
//! click. Play is not offered to a reader who asks for reduced motion: the slider does the same, one step at a time.

use super::reactive::ElementRef;
use super::{browser, AppContext};
use leptos::prelude::*;
use pko_core::model::contributions::step_month;
use pko_data::contributions::ContributionTables;
use pko_data::YearMonth;

/// How long each month is shown while playing: long enough to read the rank, short enough to see 23 years go by
/// in about a minute.
const PLAY_STEP_MILLISECONDS: u32 = 250;

#[component]
pub fn MonthControl(tables: &'static ContributionTables, index: Memo<usize>) -> impl IntoView {
    let AppContext { state, texts, .. } = expect_context::<AppContext>();
    let last = tables.months() - 1;
    let show = move |month: YearMonth| state.update(|s| s.month = Some(month));
    // A month before or after the one shown, within the tables.
    let step = move |by: i32| show(step_month(tables, tables.month_at(index.get_untracked()), by));
    let reduced_motion = browser::media::media_signal("(prefers-reduced-motion: reduce)");
    let playing = RwSignal::new(false);
    let play_button = ElementRef::new();
    // The interval and the listener that stops it live while playing; dropping them stops both.
    let player = StoredValue::new_local(None::<(gloo::timers::callback::Interval, gloo::events::EventListener)>);
    let stop = move || {
        playing.set(false);
        player.set_value(None);
    };
    let play = move || {
        // Playing from the last month starts again from the first.
        if index.get_untracked() == last {
            show(tables.first_month);
        }
        playing.set(true);
        let interval = gloo::timers::callback::Interval::new(PLAY_STEP_MILLISECONDS, move || {
            step(1);
            if index.get_untracked() == last {
                stop();
            }
        });
        // Any click stops the play, so that a reader who starts exploring is not overridden by it; a click on
        // the Pause button is left to the button, which stops it too.
        let listener = gloo::events::EventListener::new_with_options(
            &gloo::utils::document(),
            "pointerdown",
            gloo::events::EventListenerOptions::run_in_capture_phase(),
            move |event| {
                let on_button = play_button.get_untracked().is_some_and(|button| {
                    let target = event.target().and_then(|target| wasm_bindgen::JsCast::dyn_into(target).ok());
                    button.contains(target.as_ref())
                });
                if !on_button {
                    stop();
                }
            },
        );
        player.set_value(Some((interval, listener)));
    };
    on_cleanup(move || player.set_value(None));
    let month_text = move || texts.month(tables.month_at(index.get()));
    view! {
        <div class="month-control" role="group" aria-label=texts.monthly().month_label>
            <button type="button" aria-label=texts.monthly().previous_month disabled=move || index.get() == 0 on:click=move |_| step(-1)>"◀"</button>
            <input
                type="range"
                min="0"
                max=last.to_string()
                step="1"
                aria-label=texts.monthly().month_label
                aria-valuetext=month_text
                prop:value=move || index.get().to_string()
                on:input=move |event| {
                    if let Ok(new_index) = event_target_value(&event).parse::<usize>() {
                        show(tables.month_at(new_index));
                    }
                }
            />
            <button type="button" aria-label=texts.monthly().next_month disabled=move || index.get() == last on:click=move |_| step(1)>"▶"</button>
            <output class="month-value" aria-live="off">{month_text}</output>
            <button
                type="button"
                class="play"
                node_ref=play_button
                hidden=move || reduced_motion.get()
                aria-pressed=move || if playing.get() { "true" } else { "false" }
                on:click=move |_| if playing.get_untracked() { stop() } else { play() }
            >
                {move || if playing.get() { texts.monthly().pause } else { texts.monthly().play }}
            </button>
        </div>
    }
}
