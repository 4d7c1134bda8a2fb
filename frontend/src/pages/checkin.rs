//! `/c/{code}/checkin` (citizen app): the pass and the check-in button. Arriving with
//! `#now` (the centre page's one-tap link) checks in at once.

use yew::prelude::*;

use crate::components::layout::Layout;
use crate::components::link::Link;
use crate::components::pass::{OutboxBanner, PassCard};
use crate::components::status::{Failed, Loading};
use crate::device;
use crate::hooks::Remote;
use crate::hooks::use_centre;
use crate::hooks::use_title;
use crate::i18n::use_i18n;
use crate::routes::Route;

#[derive(Properties, PartialEq)]
pub struct CheckinProps {
    pub code: String,
}

#[component(CheckinPage)]
pub fn checkin_page(props: &CheckinProps) -> Html {
    let i18n = use_i18n();
    use_title(i18n.t("checkin-button"));
    let (centre, retry) = use_centre(&props.code);
    // Read once: a reload must not check in again.
    let auto = use_state(|| {
        let w = web_sys::window();
        let now = w.as_ref().and_then(|w| w.location().hash().ok()).as_deref() == Some("#now");
        if now && let Some(Ok(history)) = w.map(|w| w.history()) {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("/c/{}/checkin", props.code)),
            );
        }
        now
    });
    let (programmes, _) = crate::hooks::use_remote((), |_| crate::api::programmes());
    let body = match centre {
        Remote::Loading => html! { <Loading /> },
        Remote::Failed(e) => html! { <Failed error={e} {retry} /> },
        Remote::Ready(c) => html! {
            <>
                <h1 id="centre-name">{ &c.name }</h1>
                <OutboxBanner />
                { match device::pass() {
                    Some(p) => {
                        // Without the list (offline) the check-in goes on; the notice
                        // waits for a visit with a connection.
                        let programme = match &programmes {
                            Remote::Ready(list) => list.programmes.iter().find(|p| p.id == c.programme).cloned(),
                            _ => None,
                        };
                        // The one-tap check-in waits for the list, so a new notice is
                        // shown before it, not after.
                        let waiting = *auto && matches!(programmes, Remote::Loading);
                        if waiting {
                            html! { <Loading /> }
                        } else {
                            html! { <PassCard pass={p} centre={c.code.to_string()} auto={*auto} {programme} /> }
                        }
                    }
                    None => html! {
                        <p><Link to={Route::Register { code: c.code.to_string() }} classes="button button-big">
                            { i18n.t("action-register") }
                        </Link></p>
                    },
                } }
                <p><Link to={Route::Centre { code: c.code.to_string() }}>{ i18n.t("poster-back") }</Link></p>
            </>
        },
    };
    html! { <Layout>{ body }</Layout> }
}
