//! A lost pass: the old one is revoked and the same citizen gets a new one, printed on
//! an A6 card at the desk (still one unique citizen in every count).

use ponte_domain::staff::{NewPassResponse, ReplacePassRequest};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::api::{self, StaffError};
use crate::device::new_submission_id;
use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct LostPassProps {
    pub centre: String,
}

#[component(LostPass)]
pub fn lost_pass(props: &LostPassProps) -> Html {
    let i18n = use_i18n();
    let input = use_node_ref();
    let result = use_state(|| None::<Result<NewPassResponse, StaffError>>);
    let submission = use_state(new_submission_id);
    let onsubmit = {
        let (input, result, submission, centre) = (
            input.clone(),
            result.clone(),
            submission.clone(),
            props.centre.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(code) = input.cast::<HtmlInputElement>().map(|i| i.value()) else {
                return;
            };
            let request = ReplacePassRequest {
                submission_id: *submission,
                centre: centre.clone(),
                pass_code: code,
            };
            let (result, submission) = (result.clone(), submission.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let reply = api::replace_pass(&request).await;
                if reply.is_ok() {
                    submission.set(new_submission_id());
                }
                result.set(Some(reply));
            });
        })
    };
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <section class="staff-lost" aria-labelledby="lost-title">
            <h2 id="lost-title">{ i18n.t("staff-lost-title") }</h2>
            <p class="hint">{ i18n.t("staff-lost-hint") }</p>
            <form class="staff-inline" {onsubmit}>
                <div class="field">
                    <label for="lost-code">{ i18n.t("staff-pass-code") }</label>
                    <input id="lost-code" ref={input} autocomplete="off" autocapitalize="characters"
                        spellcheck="false" placeholder="ABCD-EFGH" />
                </div>
                <button type="submit" class="button">{ i18n.t("staff-lost-button") }</button>
            </form>
            { match &*result {
                None => Html::default(),
                Some(Err(e)) => html! {
                    <p class="notice notice-error" role="alert">{ i18n.t(&e.message_id()) }</p>
                },
                Some(Ok(pass)) => html! {
                    <>
                        <p class="notice" role="status">{ i18n.t("staff-lost-done") }</p>
                        <div class="pass-card" id="pass-card">
                            <p class="pass-card-title">{ i18n.t("app-name") }</p>
                            <div class="pass-qr">
                                { Html::from_html_unchecked(pass.pass_qr_svg.clone().into()) }
                            </div>
                            <p class="pass-code">{ pass.pass_code.clone() }</p>
                            <p class="hint">{ i18n.t("staff-card-hint") }</p>
                        </div>
                        <div class="staff-report-actions">
                            <button type="button" class="button button-secondary" onclick={print}>
                                { i18n.t("staff-print") }
                            </button>
                            <button type="button" class="button" onclick={{
                                let result = result.clone();
                                Callback::from(move |_| result.set(None))
                            }}>{ i18n.t("staff-done") }</button>
                        </div>
                    </>
                },
            } }
        </section>
    }
}
