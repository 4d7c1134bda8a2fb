//! The centre's tablet kiosk (bin `ponte-kiosk`, served at `/kiosk`): the citizen's
//! flows on a shared screen. Paired to one centre by a facilitator's code; then the
//! language first, one big button per flow, and the citizen's own pages (the same
//! components as on a phone, told by `AtKiosk` (provided by `idle.rs`) that the notice
//! is read at a kiosk).
//!
//! A shared screen keeps nothing of the last person: the whole app lives at one
//! address and never adds a history entry, and "Ho finito" or the idle timer wipe the
//! tablet's storage of everything but its own keys and load the page afresh, so
//! memory, the DOM and Back hold nothing of them (`wipe.rs`).

mod api;
mod checkin;
mod home;
mod idle;
mod pairing;
pub mod wipe;

use yew::prelude::*;

use crate::device::{self, KioskPairing};
use crate::i18n::{I18nProvider, KIOSK};
use crate::outbox::OutboxProvider;
use crate::pages;
use crate::routes::{Navigator, Route};

#[component(KioskApp)]
pub fn kiosk_app() -> Html {
    html! {
        <I18nProvider sets={KIOSK}>
            <OutboxProvider><Root /></OutboxProvider>
        </I18nProvider>
    }
}

#[derive(Clone, PartialEq)]
enum Paired {
    No { revoked: bool },
    Yes(KioskPairing),
}

#[component(Root)]
fn root() -> Html {
    let paired = use_state(|| match device::kiosk() {
        Some(k) => Paired::Yes(k),
        None => Paired::No { revoked: false },
    });
    // Asked once at start: revoked tablets go back to the pairing screen, and the
    // centre's idle time may have changed. Offline, the tablet carries on as it was.
    {
        let paired = paired.clone();
        use_effect_with((), move |_| {
            if let Some(kept) = device::kiosk() {
                wasm_bindgen_futures::spawn_local(async move {
                    match api::me(&kept.token).await {
                        Ok(me) => {
                            let k = KioskPairing {
                                token: kept.token,
                                centre: me.centre,
                                idle_seconds: me.idle_seconds,
                            };
                            device::save_kiosk(&k);
                            paired.set(Paired::Yes(k));
                        }
                        Err(api::MeError::Unpaired) => {
                            device::forget_kiosk();
                            wipe::clear_storage();
                            paired.set(Paired::No { revoked: true });
                        }
                        Err(api::MeError::Network) => {}
                    }
                });
            }
        });
    }
    let on_paired = {
        let paired = paired.clone();
        Callback::from(move |k: KioskPairing| paired.set(Paired::Yes(k)))
    };
    match &*paired {
        Paired::No { revoked } => html! { <pairing::Pairing revoked={*revoked} {on_paired} /> },
        Paired::Yes(k) => {
            html! { <Kiosk centre={k.centre.clone()} idle_seconds={k.idle_seconds} /> }
        }
    }
}

/// What the screen shows: the language choice, the centre's buttons, the centre's QR
/// for one's own phone, or one of the citizen's pages.
#[derive(Clone, PartialEq)]
pub enum Screen {
    Language,
    Home,
    Phone,
    Page(Route),
}

#[derive(Properties, PartialEq)]
struct KioskProps {
    centre: String,
    idle_seconds: u16,
}

#[component(Kiosk)]
fn kiosk(props: &KioskProps) -> Html {
    let screen = use_state(|| Screen::Language);
    let go = {
        let screen = screen.clone();
        Callback::from(move |to: Screen| {
            if let Some(w) = web_sys::window() {
                w.scroll_to_with_x_and_y(0.0, 0.0);
            }
            screen.set(to);
        })
    };
    // Every link of the citizen's pages stays on this screen: the centre's page and
    // the home page are the kiosk's buttons, the rest are the pages themselves.
    let navigator = {
        let go = go.clone();
        Navigator::everywhere(Callback::from(move |to: Route| {
            go.emit(match to {
                Route::Home | Route::Centre { .. } | Route::Poster { .. } | Route::NotFound => {
                    Screen::Home
                }
                page => Screen::Page(page),
            })
        }))
    };
    // In-page links (the skip link, an error summary's links to its fields) would each
    // add a history entry for Back to return to: here they only move the focus.
    // A long press or a middle click would offer to open a link in a new tab, outside
    // the kiosk and its wipe: the tablet offers no such menu.
    use_effect_with((), |_| {
        let listeners = web_sys::window().and_then(|w| w.document()).map(|d| {
            let options = gloo_events::EventListenerOptions::enable_prevent_default();
            [
                gloo_events::EventListener::new_with_options(
                    &d,
                    "click",
                    options,
                    focus_instead_of_jumping,
                ),
                gloo_events::EventListener::new_with_options(&d, "contextmenu", options, |e| {
                    e.prevent_default()
                }),
                gloo_events::EventListener::new_with_options(&d, "auxclick", options, |e| {
                    e.prevent_default()
                }),
            ]
        });
        move || drop(listeners)
    });
    let code = props.centre.clone();
    let body = match &*screen {
        Screen::Language => {
            return html! { <home::Languages on_chosen={go.reform(|_| Screen::Home)} /> };
        }
        Screen::Home => html! { <home::Home code={code.clone()} {go} /> },
        Screen::Phone => html! { <home::Phone code={code.clone()} /> },
        Screen::Page(route) => page(route, &code),
    };
    html! {
        <ContextProvider<Navigator> context={navigator}>
            <idle::Idle seconds={props.idle_seconds}>{ body }</idle::Idle>
        </ContextProvider<Navigator>>
    }
}

fn focus_instead_of_jumping(e: &web_sys::Event) {
    use wasm_bindgen::JsCast;
    let Some(link) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href^='#']").ok().flatten())
    else {
        return;
    };
    e.prevent_default();
    let id = link.get_attribute("href").unwrap_or_default();
    if let Some(target) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id.trim_start_matches('#')))
    {
        target.scroll_into_view();
        if let Ok(target) = target.dyn_into::<web_sys::HtmlElement>() {
            let _ = target.focus();
        }
    }
}

/// The citizen's page for `route`, at this kiosk's centre only.
fn page(route: &Route, code: &str) -> Html {
    let code = code.to_owned();
    match route {
        Route::Register { .. } => html! { <pages::register::RegisterPage {code} /> },
        // A pass read by the camera is kept until the wipe: with it the citizen's own
        // check-in page (needs, notice, questionnaire) works as on their phone. A code
        // typed is not a pass: it checks in only through the kiosk's own screen.
        Route::CheckIn { .. }
            if device::pass()
                .is_some_and(|p| ponte_domain::pass::PassToken::parse(&p.pass).is_ok()) =>
        {
            html! { <pages::checkin::CheckinPage {code} /> }
        }
        Route::CheckIn { .. } => html! { <checkin::KioskCheckin {code} /> },
        Route::Survey { .. } => html! { <pages::survey::SurveyPage {code} /> },
        Route::Experience { .. } => html! { <pages::experience::ExperiencePage {code} /> },
        _ => html! { <pages::feedback::FeedbackPage centre={Some(code)} /> },
    }
}
