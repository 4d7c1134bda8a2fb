//! The app's addresses and the small router that follows them.
//!
//! `/c/{code}` is what a centre's QR poster carries, so it must never change. Routing
//! is done here with the History API rather than yew-router, whose dependencies
//! (gloo-history with serde state, route-recognizer) cost 24 KB of brotli'd wasm — a
//! fifth of the first-load budget — for three routes.

use gloo_events::EventListener;
use yew::prelude::*;

use crate::pages::{centre::CentrePage, home::HomePage, not_found::NotFound, poster::PosterPage};

#[derive(Debug, Clone, PartialEq)]
pub enum Route {
    Home,
    Centre {
        code: String,
    },
    Poster {
        code: String,
    },
    Register {
        code: String,
    },
    CheckIn {
        code: String,
    },
    /// The digital-skills survey (DigComp).
    Survey {
        code: String,
    },
    /// The visit questionnaire (ES1–ES6), after a check-in.
    Experience {
        code: String,
    },
    /// A report on a public digital service, from a centre or from anywhere.
    Feedback {
        code: Option<String>,
    },
    NotFound,
}

impl Route {
    pub fn from_path(path: &str) -> Route {
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Home,
            ["c", code] => Route::Centre {
                code: (*code).to_owned(),
            },
            ["c", code, "poster"] => Route::Poster {
                code: (*code).to_owned(),
            },
            ["c", code, "register"] => Route::Register {
                code: (*code).to_owned(),
            },
            ["c", code, "checkin"] => Route::CheckIn {
                code: (*code).to_owned(),
            },
            ["c", code, "survey"] => Route::Survey {
                code: (*code).to_owned(),
            },
            ["c", code, "experience"] => Route::Experience {
                code: (*code).to_owned(),
            },
            ["c", code, "feedback"] => Route::Feedback {
                code: Some((*code).to_owned()),
            },
            ["feedback"] => Route::Feedback { code: None },
            _ => Route::NotFound,
        }
    }

    pub fn to_path(&self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::Centre { code } => format!("/c/{code}"),
            Route::Poster { code } => format!("/c/{code}/poster"),
            Route::Register { code } => format!("/c/{code}/register"),
            Route::CheckIn { code } => format!("/c/{code}/checkin"),
            Route::Survey { code } => format!("/c/{code}/survey"),
            Route::Experience { code } => format!("/c/{code}/experience"),
            Route::Feedback { code: Some(code) } => format!("/c/{code}/feedback"),
            Route::Feedback { code: None } => "/feedback".into(),
            Route::NotFound => "/404".into(),
        }
    }
}

pub fn current_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".into())
}

/// Moves to `route` the way a link does: a new history entry, the page at its top.
#[derive(Clone, PartialEq)]
pub struct Navigator(Callback<Route>);

impl Navigator {
    pub fn push(&self, route: Route) {
        self.0.emit(route);
    }
}

impl Route {
    /// Pages served by the citizen app, a separate bundle: links to them load a page.
    pub fn in_citizen_app(&self) -> bool {
        ponte_domain::pages::is_citizen_page(&self.to_path())
    }
}

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
        Navigator(Callback::from(move |to: Route| {
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
        Route::Centre { code } => html! { <CentrePage {code} /> },
        Route::Poster { code } => html! { <PosterPage {code} /> },
        // Served by the sign-up bundle; reaching it here means a stale link: reload.
        Route::Register { .. }
        | Route::CheckIn { .. }
        | Route::Survey { .. }
        | Route::Experience { .. }
        | Route::Feedback { .. } => {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
            html! {}
        }
        Route::NotFound => html! { <NotFound /> },
    }
}

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: Route,
    #[prop_or_default]
    pub classes: Classes,
    #[prop_or_default]
    pub children: Html,
}

/// A real `<a href>` (it opens in a new tab, can be copied, works without the app), that
/// navigates in place on a plain click, except to pages of another bundle.
#[component(Link)]
pub fn link(props: &LinkProps) -> Html {
    // Outside the visitor app's router (in the citizen app) every link loads a page.
    let navigator = use_context::<Navigator>();
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(navigator) = &navigator else { return };
            if !to.in_citizen_app()
                && e.button() == 0
                && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key())
            {
                e.prevent_default();
                navigator.push(to.clone());
            }
        })
    };
    html! {
        <a href={props.to.to_path()} class={props.classes.clone()} {onclick}>{ props.children.clone() }</a>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_round_trip() {
        for r in [
            Route::Home,
            Route::Centre {
                code: "TOS-001".into(),
            },
            Route::Poster {
                code: "LOM-424".into(),
            },
        ] {
            assert_eq!(Route::from_path(&r.to_path()), r);
        }
        assert_eq!(
            Route::from_path("/c/TOS-001/"),
            Route::Centre {
                code: "TOS-001".into()
            }
        );
        assert_eq!(Route::from_path("/x/y"), Route::NotFound);
    }
}
