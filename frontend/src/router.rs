//! The visitor app's router: the page for the current address, kept in step with the
//! back and forward buttons through the History API (see `routes.rs` for why not
//! yew-router).

use gloo_events::EventListener;
use yew::prelude::*;

use crate::pages::{home::HomePage, not_found::NotFound, poster::PosterPage};
use crate::routes::{Navigator, Route, current_path};

/// Renders the page for the current address and follows back/forward buttons.
#[component(Router)]
pub fn router() -> Html {
    let route = use_state(|| Route::from_path(&current_path()));
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "popstate", move |_| {
                    route.set(Route::from_path(&current_path()));
                })
            });
            move || drop(listener)
        });
    }
    let navigator = {
        let route = route.clone();
        Navigator::new(Callback::from(move |to: Route| {
            if let Some(w) = web_sys::window() {
                if let Ok(history) = w.history() {
                    let _ = history.push_state_with_url(
                        &wasm_bindgen::JsValue::NULL,
                        "",
                        Some(&to.to_path()),
                    );
                }
                w.scroll_to_with_x_and_y(0.0, 0.0);
            }
            route.set(to);
        }))
    };
    html! {
        <ContextProvider<Navigator> context={navigator}>{ switch((*route).clone()) }</ContextProvider<Navigator>>
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <HomePage /> },
        Route::Poster { code } => html! { <PosterPage {code} /> },
        // Served by the server or another bundle; reaching it here means a stale
        // link: reload. (Offline, the service worker never answers these with this
        // app: it has the page, its app's shell, or `/offline.html`.)
        Route::Centre { .. }
        | Route::Register { .. }
        | Route::CheckIn { .. }
        | Route::Survey { .. }
        | Route::Experience { .. }
        | Route::Feedback { .. }
        | Route::Event { .. } => {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
            html! {}
        }
        Route::NotFound => html! { <NotFound /> },
    }
}
