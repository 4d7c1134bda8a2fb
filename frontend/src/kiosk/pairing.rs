//! An unpaired (or revoked) tablet shows only this: the six-character code a
//! facilitator's console gives, typed once.

use ponte_domain::api::ErrorCode;
use ponte_domain::kiosk::{IDLE_DEFAULT, parse_code};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::api;
use crate::api::PostError;
use crate::device::{self, KioskPairing};
use crate::hooks::use_title;
use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct PairingProps {
    /// It was paired, and the centre revoked it.
    pub revoked: bool,
    pub on_paired: Callback<KioskPairing>,
}

#[component(Pairing)]
pub fn pairing(props: &PairingProps) -> Html {
    let i18n = use_i18n();
    use_title(i18n.t("kiosk-pair-title"));
    let input = use_node_ref();
    let problem = use_state(|| None::<String>);
    let busy = use_state(|| false);
    let onsubmit = {
        let (input, problem, busy, on_paired, i18n) = (
            input.clone(),
            problem.clone(),
            busy.clone(),
            props.on_paired.clone(),
            i18n.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let typed = input
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            // The shared rule first: a mistyped code is said at once, offline too.
            let Ok(code) = parse_code(&typed) else {
                problem.set(Some(i18n.t("kiosk-pair-invalid")));
                return;
            };
            busy.set(true);
            let (problem, busy, on_paired, i18n) = (
                problem.clone(),
                busy.clone(),
                on_paired.clone(),
                i18n.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match api::pair(&code).await {
                    Ok(paired) => {
                        let idle_seconds = match api::me(&paired.token).await {
                            Ok(me) => me.idle_seconds,
                            Err(_) => IDLE_DEFAULT,
                        };
                        let k = KioskPairing {
                            token: paired.token,
                            centre: paired.centre,
                            idle_seconds,
                        };
                        device::save_kiosk(&k);
                        on_paired.emit(k);
                    }
                    Err(PostError::Network) => problem.set(Some(i18n.t("error-network"))),
                    Err(PostError::Refused(e)) => problem.set(Some(match e.code {
                        ErrorCode::NotFound => i18n.t("kiosk-pair-unknown"),
                        ErrorCode::TooManyRequests => i18n.t("kiosk-pair-wait"),
                        _ => i18n.t("kiosk-pair-invalid"),
                    })),
                }
                busy.set(false);
            });
        })
    };
    let invalid = problem.is_some();
    html! {
        <main id="main" class="wrap kiosk-pairing" tabindex="-1">
            <h1>{ i18n.t("kiosk-pair-title") }</h1>
            if props.revoked {
                <p class="notice notice-error" role="alert">{ i18n.t("kiosk-pair-revoked") }</p>
            }
            <p class="lead">{ i18n.t("kiosk-pair-text") }</p>
            <form {onsubmit} novalidate=true>
                <div class={classes!("field", invalid.then_some("field-error"))}>
                    <label for="kiosk-code">{ i18n.t("kiosk-pair-code") }</label>
                    <input id="kiosk-code" ref={input} type="text" autocomplete="off"
                        autocapitalize="characters" spellcheck="false" maxlength="9"
                        aria-invalid={invalid.to_string()}
                        aria-describedby={invalid.then_some("kiosk-code-error")} />
                    if let Some(p) = &*problem {
                        <p id="kiosk-code-error" class="field-message" role="alert">{ p }</p>
                    }
                </div>
                <button type="submit" id="kiosk-pair" class="button button-big" disabled={*busy}>
                    { i18n.t("kiosk-pair-button") }
                </button>
            </form>
        </main>
    }
}
