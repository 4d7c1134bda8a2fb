//! `/c/{code}`: the server renders the centre's page (`server/src/pages`), readable
//! before any wasm. On a phone that has used Ponte, that page loads the citizen app
//! into its `#device` slot for what only the phone knows: today's visit questions
//! still open, and what waits in the outbox — which the app's outbox provider sends
//! from here, as on every citizen page.

use yew::prelude::*;

use crate::components::status::waiting_text;
use crate::device;
use crate::hooks::use_outbox;
use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct CentreProps {
    pub code: String,
}

/// The phone's part of the centre's page.
#[component(CentreDevice)]
pub fn centre_device(props: &CentreProps) -> Html {
    let i18n = use_i18n();
    // Read so this part follows the outbox as it empties.
    let outbox = use_outbox();
    let code = &props.code;
    let waiting = (outbox.waiting > 0).then(|| waiting_text(&i18n)).flatten();
    html! {
        <>
            // Today's visit here is recorded and its questions unanswered: the way back.
            if device::has_pass() && device::questionnaire_open(code) {
                <p><a class="button experience-link" href={format!("/c/{code}/experience")}>
                    { i18n.t("experience-offer") }
                </a></p>
            }
            if let Some(waiting) = waiting {
                <p class="notice outbox" role="status">
                    <a href={format!("/c/{code}/checkin")}>{ waiting }</a>
                </p>
            }
        </>
    }
}
