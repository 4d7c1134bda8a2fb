//! The staff console (bin `ponte-staff`, served at `/staff`): a facilitator's desk on a
//! tablet. Signing in, the day's check-ins as they arrive, finding a citizen by their
//! pass (typed or scanned), recording services in the national shape, and replacing a
//! lost pass. A third bundle, so citizens never download any of it.

mod accounts;
pub mod api;
mod console;
mod dashboard;
mod desk_signup;
mod events;
mod exports;
mod finder;
mod kiosks;
mod login;
mod lost_pass;
mod poll;
mod progress;
mod reports;
mod service_form;

use ponte_domain::staff::SessionInfo;
use yew::prelude::*;

use crate::hooks::title::use_title;
use crate::i18n::{I18nProvider, STAFF, use_i18n};

#[component(StaffApp)]
pub fn staff_app() -> Html {
    html! {
        <I18nProvider sets={STAFF}>
            <Root />
        </I18nProvider>
    }
}

/// Whether someone is signed in, as last learnt from the server.
#[derive(Clone, PartialEq)]
enum Signed {
    Checking,
    Out,
    In(SessionInfo),
    /// The server could not be asked.
    Unknown,
}

#[component(Root)]
fn root() -> Html {
    let i18n = use_i18n();
    use_title(i18n.t("staff-title"));
    let signed = use_state(|| Signed::Checking);
    {
        let signed = signed.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                signed.set(match api::session().await {
                    Ok(Some(info)) => Signed::In(info),
                    Ok(None) => Signed::Out,
                    Err(_) => Signed::Unknown,
                });
            });
        });
    }
    let on_signed_in = {
        let signed = signed.clone();
        Callback::from(move |info: SessionInfo| signed.set(Signed::In(info)))
    };
    let on_signed_out = {
        let signed = signed.clone();
        Callback::from(move |_| signed.set(Signed::Out))
    };
    let body = match &*signed {
        Signed::Checking => html! { <p class="status" role="status">{ i18n.t("loading") }</p> },
        Signed::Unknown => html! {
            <p class="notice notice-error" role="alert">{ i18n.t("error-network") }</p>
        },
        Signed::Out => html! { <login::Login {on_signed_in} /> },
        Signed::In(info) => html! { <console::Console info={info.clone()} {on_signed_out} /> },
    };
    html! {
        <>
            <a class="skip-link" href="#main">{ i18n.t("skip-to-content") }</a>
            <header class="site-header">
                <div class="wrap header-row">
                    <span class="brand">
                        <span class="brand-name">{ i18n.t("app-name") }</span>
                        <span class="brand-tagline">{ i18n.t("staff-tagline") }</span>
                    </span>
                    <crate::components::layout::LangSwitch />
                </div>
            </header>
            <main id="main" class="wrap staff" tabindex="-1">{ body }</main>
            // The accessibility statement covers the console too, with a way to report
            // a barrier: linked from here as from every citizen page.
            <footer class="site-footer"><div class="wrap">
                <p class="footer-links">
                    <a href="/privacy">{ i18n.t("footer-privacy") }</a>
                    <a href="/accessibility">{ i18n.t("footer-a11y") }</a>
                </p>
            </div></footer>
        </>
    }
}
