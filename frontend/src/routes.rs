//! The app's addresses: what each page's path is. The router that follows them is
//! `router.rs`, links are `components::link`; this file knows no page.
//!
//! `/c/{code}` is what a centre's QR poster carries, so it must never change. Routing
//! is done here with the History API rather than yew-router, whose dependencies
//! (gloo-history with serde state, route-recognizer) cost 24 KB of brotli'd wasm — a
//! fifth of the first-load budget — for three routes.

use yew::prelude::*;

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
    /// What an event's poster opens.
    Event {
        id: u64,
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
            ["e", id] => match id.parse() {
                Ok(id) => Route::Event { id },
                Err(_) => Route::NotFound,
            },
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
            Route::Event { id } => format!("/e/{id}"),
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

/// Moves to `route` the way a link does: in the visitor app a new history entry and
/// the page at its top; at the kiosk, another screen with no history at all.
#[derive(Clone, PartialEq)]
pub struct Navigator {
    go: Callback<Route>,
    /// Every page is shown in place, the citizen app's too (the kiosk holds them all).
    everywhere: bool,
}

impl Navigator {
    /// For the visitor app: the citizen app's pages are another bundle, loaded by the
    /// browser.
    pub fn new(go: Callback<Route>) -> Self {
        Navigator {
            go,
            everywhere: false,
        }
    }

    pub fn everywhere(go: Callback<Route>) -> Self {
        Navigator {
            go,
            everywhere: true,
        }
    }

    /// Every link stays on this screen (the kiosk).
    pub fn keeps_every_link(&self) -> bool {
        self.everywhere
    }

    /// Whether a link to `route` is followed in place.
    pub fn handles(&self, route: &Route) -> bool {
        self.everywhere || !(route.in_citizen_app() || route.rendered_by_server())
    }

    pub fn push(&self, route: Route) {
        self.go.emit(route);
    }
}

impl Route {
    /// The centre's page, which the server renders: a link to it loads a page.
    pub fn rendered_by_server(&self) -> bool {
        ponte_domain::pages::is_centre_page(&self.to_path())
    }

    /// The centre a page is at, if any.
    pub fn centre(&self) -> Option<&str> {
        match self {
            Route::Centre { code }
            | Route::Poster { code }
            | Route::Register { code }
            | Route::CheckIn { code }
            | Route::Survey { code }
            | Route::Experience { code }
            | Route::Feedback { code: Some(code) } => Some(code),
            _ => None,
        }
    }

    /// Pages served by the citizen app or the questions app, separate bundles: links to
    /// them load a page.
    pub fn in_citizen_app(&self) -> bool {
        let path = self.to_path();
        ponte_domain::pages::is_citizen_page(&path) || ponte_domain::pages::is_questions_page(&path)
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
