//! Data that arrives from the server, and the hook that fetches it.

use std::future::Future;

use yew::prelude::*;

use crate::api::FetchError;

#[derive(Debug, Clone, PartialEq)]
pub enum Remote<T> {
    Loading,
    Ready(T),
    Failed(FetchError),
}

/// Fetches with `fetch(deps)` whenever `deps` change (and once more when `retry` is
/// emitted), keeping only the newest answer.
#[hook]
pub fn use_remote<T, D, F, Fut>(deps: D, fetch: F) -> (Remote<T>, Callback<()>)
where
    T: Clone + PartialEq + 'static,
    D: Clone + PartialEq + 'static,
    F: Fn(D) -> Fut + 'static,
    Fut: Future<Output = Result<T, FetchError>> + 'static,
{
    let state = use_state(|| Remote::Loading);
    let attempt = use_state(|| 0u32);
    // Bumped by every fetch; an answer for an older generation is dropped.
    let generation = use_mut_ref(|| 0u64);
    {
        let state = state.clone();
        use_effect_with((deps, *attempt), move |(deps, _)| {
            state.set(Remote::Loading);
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            let fut = fetch(deps.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = fut.await;
                if *generation.borrow() == mine {
                    state.set(match result {
                        Ok(v) => Remote::Ready(v),
                        Err(e) => Remote::Failed(e),
                    });
                }
            });
        });
    }
    let retry = Callback::from(move |_| attempt.set(*attempt + 1));
    ((*state).clone(), retry)
}
