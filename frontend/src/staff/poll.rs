//! A repeating timer for the console's live lists.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

/// Emits `tick` every `ms` milliseconds while the component lives; `deps` restart it.
#[hook]
pub fn use_interval<D: PartialEq + Clone + 'static>(ms: i32, deps: D, tick: Callback<()>) {
    use_effect_with(deps, move |_| {
        let closure = Closure::<dyn Fn()>::new(move || tick.emit(()));
        let id = web_sys::window().and_then(|w| {
            w.set_interval_with_callback_and_timeout_and_arguments_0(
                closure.as_ref().unchecked_ref(),
                ms,
            )
            .ok()
        });
        move || {
            if let (Some(w), Some(id)) = (web_sys::window(), id) {
                w.clear_interval_with_handle(id);
            }
            drop(closure);
        }
    });
}
