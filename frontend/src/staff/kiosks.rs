//! The centre's tablets: a pairing code to type on a new one, the paired ones with
//! their last use (revocable: a lost or stolen tablet goes back to the pairing
//! screen), and how long they wait untouched before wiping the screen.

use ponte_domain::kiosk::{IDLE_MAX, IDLE_MIN, KioskSettings, KioskSummary, PairingResponse};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::api::{self, StaffError};
use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct KiosksProps {
    pub centre: String,
}

#[component(Kiosks)]
pub fn kiosks(props: &KiosksProps) -> Html {
    let i18n = use_i18n();
    let list = use_state(|| None::<Result<Vec<KioskSummary>, StaffError>>);
    let offer = use_state(|| None::<Result<PairingResponse, StaffError>>);
    let settings = use_state(|| None::<KioskSettings>);
    let saved = use_state(|| None::<Result<KioskSettings, StaffError>>);
    let confirm = use_state(|| None::<u64>);
    let idle_input = use_node_ref();
    let reload = {
        let (list, settings, centre) = (list.clone(), settings.clone(), props.centre.clone());
        Callback::from(move |_: ()| {
            let (list, settings, centre) = (list.clone(), settings.clone(), centre.clone());
            wasm_bindgen_futures::spawn_local(async move {
                list.set(Some(api::kiosks(&centre).await));
                if let Ok(s) = api::kiosk_settings(&centre).await {
                    settings.set(Some(s));
                }
            });
        })
    };
    {
        let reload = reload.clone();
        use_effect_with(props.centre.clone(), move |_| reload.emit(()));
    }
    let pair = {
        let (offer, centre) = (offer.clone(), props.centre.clone());
        Callback::from(move |_: MouseEvent| {
            let (offer, centre) = (offer.clone(), centre.clone());
            wasm_bindgen_futures::spawn_local(async move {
                offer.set(Some(api::offer_pairing(&centre).await));
            });
        })
    };
    let revoke = {
        let (confirm, reload) = (confirm.clone(), reload.clone());
        Callback::from(move |id: u64| {
            // The first tap asks, the second does it: a tablet revoked by mistake has to
            // be paired again.
            if *confirm != Some(id) {
                confirm.set(Some(id));
                return;
            }
            let (confirm, reload) = (confirm.clone(), reload.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let _ = api::revoke_kiosk(id).await;
                confirm.set(None);
                reload.emit(());
            });
        })
    };
    let save_idle = {
        let (idle_input, saved, settings, centre) = (
            idle_input.clone(),
            saved.clone(),
            settings.clone(),
            props.centre.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let typed = idle_input
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            // The shared rule first; the server applies the same one.
            let checked = typed
                .trim()
                .parse::<u16>()
                .ok()
                .map(|idle_seconds| KioskSettings { idle_seconds })
                .and_then(|s| s.validate().ok());
            let Some(s) = checked else {
                saved.set(Some(Err(StaffError::Refused(
                    ponte_domain::api::ErrorDetail {
                        code: ponte_domain::api::ErrorCode::Invalid,
                        message: String::new(),
                        field: Some("idle_seconds".into()),
                    },
                ))));
                return;
            };
            let (saved, settings, centre) = (saved.clone(), settings.clone(), centre.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let reply = api::set_kiosk_settings(&centre, s).await;
                if let Ok(s) = &reply {
                    settings.set(Some(*s));
                }
                saved.set(Some(reply));
            });
        })
    };
    let idle_error = matches!(&*saved, Some(Err(_)));
    html! {
        <section class="staff-kiosks" aria-labelledby="kiosks-title">
            <h2 id="kiosks-title">{ i18n.t("staff-kiosks-title") }</h2>
            <p class="hint">{ i18n.t("staff-kiosks-hint") }</p>
            <button type="button" class="button" id="kiosk-pairing" onclick={pair}>
                { i18n.t("staff-kiosks-pair") }
            </button>
            { match &*offer {
                Some(Ok(o)) => html! {
                    <p class="staff-kiosk-code" role="status">
                        { i18n.t("staff-kiosks-code") }{ " " }
                        <strong id="kiosk-pairing-code">{ &o.code }</strong>
                        <span class="hint">{ i18n.t_with("staff-kiosks-code-until", &[("time", i18n.time(o.expires_at).into())]) }</span>
                    </p>
                },
                Some(Err(e)) => html! { <p class="notice notice-error" role="alert">{ i18n.t(&e.message_id()) }</p> },
                None => html! {},
            } }
            { match &*list {
                Some(Ok(kiosks)) if !kiosks.is_empty() => html! {
                    <ul class="staff-kiosk-list" id="kiosk-list">
                        { for kiosks.iter().map(|k| {
                            let id = k.id;
                            let onclick = revoke.reform(move |_: MouseEvent| id);
                            html! {
                                <li data-kiosk={k.id.to_string()}>
                                    <span>
                                        { i18n.t_with("staff-kiosks-item", &[
                                            // A name, not a quantity: never grouped ("1.234").
                                            ("id", k.id.to_string().into()),
                                            ("time", i18n.day_and_time(k.last_used).into()),
                                        ]) }
                                    </span>
                                    if k.revoked {
                                        <span class="staff-badge">{ i18n.t("staff-kiosks-revoked") }</span>
                                    } else {
                                        <button type="button" class="button button-secondary"
                                            id={format!("kiosk-revoke-{}", k.id)} {onclick}>
                                            { if *confirm == Some(k.id) {
                                                i18n.t("staff-kiosks-revoke-confirm")
                                            } else {
                                                i18n.t("staff-kiosks-revoke")
                                            } }
                                        </button>
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                },
                Some(Ok(_)) => html! { <p>{ i18n.t("staff-kiosks-none") }</p> },
                Some(Err(e)) => html! { <p class="notice notice-error" role="alert">{ i18n.t(&e.message_id()) }</p> },
                None => html! {},
            } }
            if let Some(s) = *settings {
                <form class="staff-inline" onsubmit={save_idle} novalidate=true>
                    <div class={classes!("field", idle_error.then_some("field-error"))}>
                        <label for="kiosk-idle">{ i18n.t("staff-kiosks-idle") }</label>
                        <input id="kiosk-idle" ref={idle_input} type="number" inputmode="numeric"
                            min={IDLE_MIN.to_string()} max={IDLE_MAX.to_string()}
                            value={s.idle_seconds.to_string()}
                            aria-invalid={idle_error.to_string()}
                            aria-describedby="kiosk-idle-status" />
                    </div>
                    <button type="submit" class="button" id="kiosk-idle-save">{ i18n.t("staff-kiosks-idle-save") }</button>
                </form>
                <p id="kiosk-idle-status" class="hint" role="status">
                    { match &*saved {
                        Some(Ok(s)) => i18n.t_with("staff-kiosks-idle-saved", &[("seconds", usize::from(s.idle_seconds).into())]),
                        Some(Err(_)) => i18n.t_with("staff-kiosks-idle-invalid", &[
                            ("min", usize::from(IDLE_MIN).into()),
                            ("max", usize::from(IDLE_MAX).into()),
                        ]),
                        None => String::new(),
                    } }
                </p>
            }
        </section>
    }
}
