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

/// The citizen app (bin `ponte-citizen`): the sign-up, the pass, the check-in, an
/// event's presence, and the phone's part of the centre's page; its own entry, no
/// in-place routing.
#[component(CitizenApp)]
pub fn citizen_app() -> Html {
    use routes::Route;
    let route = Route::from_path(&routes::current_path());
    // A site's poster names its site (`?site=N`); the check-in will say where the
    // visit was.
    if let Some(code) = route.centre() {
        device::note_site_from_address(code);
    }
    let page = match route {
        // The phone's part of the server's centre page (`#device`).
        Route::Centre { code } => html! { <pages::centre::CentreDevice {code} /> },
        Route::Register { code } => html! { <pages::register::RegisterPage {code} /> },
        Route::CheckIn { code } => html! { <pages::checkin::CheckinPage {code} /> },
        Route::Event { id } => html! { <pages::event::EventPage {id} /> },
        _ => html! { <pages::not_found::NotFound /> },
    };
    html! {
        <I18nProvider sets={i18n::CITIZEN}>
            <OutboxProvider>{ page }</OutboxProvider>
        </I18nProvider>
    }
}

/// The questions app (bin `ponte-questions`): the skills survey, the visit
/// questionnaire and the report form, kept out of the citizen app so that signing up
/// does not download them. Its outbox provider sends whatever waits, as the citizen
/// app's does.
#[component(QuestionsApp)]
pub fn questions_app() -> Html {
    use routes::Route;
    let route = Route::from_path(&routes::current_path());
    if let Some(code) = route.centre() {
        device::note_site_from_address(code);
    }
    let page = match route {
        Route::Survey { code } => html! { <pages::survey::SurveyPage {code} /> },
        Route::Experience { code } => html! { <pages::experience::ExperiencePage {code} /> },
        Route::Feedback { code } => html! { <pages::feedback::FeedbackPage centre={code} /> },
        _ => html! { <pages::not_found::NotFound /> },
    };
    html! {
        <I18nProvider sets={i18n::CITIZEN}>
            <OutboxProvider>{ page }</OutboxProvider>
        </I18nProvider>
    }
}
