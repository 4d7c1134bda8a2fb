//! Ponte's app: what citizens open from a centre's QR poster, and what the centre's
//! kiosk shows.

pub mod api;
pub mod components;
pub mod device;
pub mod hooks;
pub mod i18n;
pub mod kiosk;
pub mod outbox;
pub mod pages;
pub mod router;
pub mod routes;
pub mod staff;

use yew::prelude::*;

use i18n::I18nProvider;
use outbox::OutboxProvider;
use router::Router;

#[component(App)]
pub fn app() -> Html {
    html! {
        <I18nProvider sets={i18n::VISITOR}>
            <Router />
        </I18nProvider>
    }
}

/// The citizen app (bin `ponte-citizen`): its own entry, no in-place routing.
#[component(CitizenApp)]
pub fn citizen_app() -> Html {
    use routes::Route;
    let page = match Route::from_path(&routes::current_path()) {
        Route::Register { code } => html! { <pages::register::RegisterPage {code} /> },
        Route::CheckIn { code } => html! { <pages::checkin::CheckinPage {code} /> },
        Route::Survey { code } => html! { <pages::survey::SurveyPage {code} /> },
        Route::Experience { code } => html! { <pages::experience::ExperiencePage {code} /> },
        Route::Feedback { code } => html! { <pages::feedback::FeedbackPage centre={code} /> },
        Route::Event { id } => html! { <pages::event::EventPage {id} /> },
        _ => html! { <pages::not_found::NotFound /> },
    };
    html! {
        <I18nProvider sets={i18n::CITIZEN}>
            <OutboxProvider>{ page }</OutboxProvider>
        </I18nProvider>
    }
}
