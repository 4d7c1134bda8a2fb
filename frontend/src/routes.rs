//! The app's addresses. `/c/{code}` is what a centre's QR poster carries, so it must
//! never change.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::pages::{centre::CentrePage, home::HomePage, not_found::NotFound, poster::PosterPage};

#[derive(Debug, Clone, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/c/:code")]
    Centre { code: String },
    #[at("/c/:code/poster")]
    Poster { code: String },
    #[not_found]
    #[at("/404")]
    NotFound,
}

pub fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <HomePage /> },
        Route::Centre { code } => html! { <CentrePage {code} /> },
        Route::Poster { code } => html! { <PosterPage {code} /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
