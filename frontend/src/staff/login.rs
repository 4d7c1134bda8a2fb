//! Signing in: e-mail and password, one answer for every failure.

use ponte_domain::staff::SessionInfo;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::api::{self, StaffError};
use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct LoginProps {
    pub on_signed_in: Callback<SessionInfo>,
}

#[component(Login)]
pub fn login(props: &LoginProps) -> Html {
    let i18n = use_i18n();
    let email = use_node_ref();
    let password = use_node_ref();
    let error = use_state(|| None::<StaffError>);
    let busy = use_state(|| false);
    let onsubmit = {
        let (email, password, error, busy) =
            (email.clone(), password.clone(), error.clone(), busy.clone());
        let on_signed_in = props.on_signed_in.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |r: &NodeRef| {
                r.cast::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default()
            };
            let (e, p) = (value(&email), value(&password));
            let (error, busy, done) = (error.clone(), busy.clone(), on_signed_in.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match api::sign_in(e, p).await {
                    Ok(info) => done.emit(info),
                    Err(e) => {
                        error.set(Some(e));
                        busy.set(false);
                    }
                }
            });
        })
    };
    let message = (*error).as_ref().map(|e| match e {
        StaffError::Refused(d) if d.code == ponte_domain::api::ErrorCode::Unauthorized => {
            i18n.t("staff-login-wrong")
        }
        StaffError::Refused(d) if d.code == ponte_domain::api::ErrorCode::TooManyRequests => {
            i18n.t("staff-login-locked")
        }
        other => i18n.t(&other.message_id()),
    });
    html! {
        <section class="staff-login" aria-labelledby="login-title">
            <h1 id="login-title">{ i18n.t("staff-login-title") }</h1>
            if let Some(m) = message {
                <p class="notice notice-error" role="alert" id="login-error">{ m }</p>
            }
            <form class="form" {onsubmit}>
                <div class="field">
                    <label for="staff-email">{ i18n.t("staff-email") }</label>
                    <input id="staff-email" type="email" autocomplete="username" required=true
                        ref={email} />
                </div>
                <div class="field">
                    <label for="staff-password">{ i18n.t("staff-password") }</label>
                    <input id="staff-password" type="password" autocomplete="current-password"
                        required=true ref={password} />
                </div>
                <button class="button button-big" type="submit" disabled={*busy}>
                    { i18n.t("staff-login-button") }
                </button>
            </form>
        </section>
    }
}
