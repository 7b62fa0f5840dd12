//! Leptos's effects, memos and derived signals, each made from a boxed closure.
//!
//! `Effect::new`, `Memo::new` and `Signal::derive` are generic over their closure, so each call site compiles its
//! own copy of the machinery around it (an effect's task, a memo's comparison and update). Handing them a boxed
//! closure instead makes every effect share one copy, and every memo or derived signal of a type share one: the
//! start-up wasm is smaller (the measurement is in docs/decisions.md). The cost is one indirect call per run. An
//! effect that needs its own previous value keeps it in a `StoredValue` (the focus of the mission details,
//! `panels::move_focus_with`), rather than compiling `Effect::new`'s form for it. In development builds each keeps
//! its caller's place, which Leptos records for its warnings.

use leptos::prelude::*;

/// An effect that runs `run` now and whenever a signal it read changes.
#[cfg_attr(debug_assertions, track_caller)]
pub fn effect(mut run: impl FnMut() + 'static) -> Effect<LocalStorage> {
    let run: Box<dyn FnMut(Option<()>)> = Box::new(move |_| run());
    Effect::new(run)
}

/// Sets `flag`, unless it is set already. A signal notifies each time it is set, even to the value it holds, and
/// what a flag builds once (a part's view, with a reader's state in it) would be built again.
pub fn raise(flag: RwSignal<bool>) {
    if !flag.get_untracked() {
        flag.set(true);
    }
}

/// A memo of `compute`: it recomputes when a signal it read changes, and notifies only when the value differs.
#[cfg_attr(debug_assertions, track_caller)]
pub fn memo<T: PartialEq + Send + Sync + 'static>(compute: impl Fn() -> T + Send + Sync + 'static) -> Memo<T> {
    let compute: MemoFunction<T> = Box::new(move |_| compute());
    Memo::new(compute)
}

/// What `Memo::new` is given: the function of the previous value (which the app's memos do not use).
type MemoFunction<T> = Box<dyn Fn(Option<&T>) -> T + Send + Sync>;

/// A signal whose value is `compute`'s, read afresh each time.
#[cfg_attr(debug_assertions, track_caller)]
pub fn derived<T: Send + Sync + 'static>(compute: impl Fn() -> T + Send + Sync + 'static) -> Signal<T> {
    let compute: Box<dyn Fn() -> T + Send + Sync> = Box::new(compute);
    Signal::derive(compute)
}
