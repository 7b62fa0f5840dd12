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

/// A view's element, held once the element is built: Leptos's `NodeRef` for every kind of element. `NodeRef` is
/// generic over the element's type, so each type used compiled its own signal and loading code (about 5 KB of
/// the start-up wasm for six types); this holds a plain `Element`, and a caller that needs a canvas casts it.
#[derive(Debug, Clone, Copy)]
pub struct ElementRef(RwSignal<Option<web_sys::Element>, LocalStorage>);

impl ElementRef {
    pub fn new() -> ElementRef {
        ElementRef(RwSignal::new_local(None))
    }

    /// The element once built, read in a reactive context: an effect that reads it runs again when it is built.
    pub fn get(&self) -> Option<web_sys::Element> {
        self.0.get()
    }

    pub fn get_untracked(&self) -> Option<web_sys::Element> {
        self.0.get_untracked()
    }

    /// `None` where the view that held the element has gone (its signal with it), rather than a panic.
    pub fn try_get_untracked(&self) -> Option<Option<web_sys::Element>> {
        self.0.try_get_untracked()
    }
}

impl<E: leptos::tachys::html::element::ElementType> leptos::tachys::html::node_ref::NodeRefContainer<E> for ElementRef {
    fn load(self, element: &web_sys::Element) {
        self.0.set(Some(element.clone()));
    }
}
