//! Ponte's app: what citizens open from a centre's QR poster, and what the centre's
//! kiosk shows.

pub mod api;
pub mod components;
pub mod i18n;
pub mod pages;
pub mod remote;
pub mod routes;

use yew::prelude::*;

use i18n::I18nProvider;
use routes::Router;

#[component(App)]
pub fn app() -> Html {
    html! {
        <I18nProvider>
            <Router />
        </I18nProvider>
    }
}
