//! The citizen's pass and the one-tap check-in.

use ponte_domain::api::{CheckinResponse, ErrorBody, ErrorCode};
use ponte_domain::checkin::{CheckinRequest, NEED_CHOICES, Needs};
use yew::prelude::*;

use crate::device::{self, Pending, StoredPass, new_submission_id, now_seconds};
use crate::i18n::use_i18n;
use crate::outbox::{self, Sent, use_outbox};
use crate::routes::{Link, Route};

#[derive(Properties, PartialEq)]
pub struct PassProps {
    pub pass: StoredPass,
    /// The centre to check in at.
    pub centre: String,
    /// Check in as soon as shown (the citizen already tapped on the centre page).
    #[prop_or_default]
    pub auto: bool,
}

/// The pass (QR code and short code) with the check-in button under it.
#[component(PassCard)]
pub fn pass_card(props: &PassProps) -> Html {
    let i18n = use_i18n();
    let qr = (!props.pass.qr_svg.is_empty()).then(|| {
        format!(
            "data:image/svg+xml;charset=utf-8,{}",
            String::from(js_sys::encode_uri_component(&props.pass.qr_svg))
        )
    });
    html! {
        <section class="pass" aria-labelledby="pass-title">
            <h2 id="pass-title">{ i18n.t("pass-title") }</h2>
            <p>{ i18n.t("pass-intro") }</p>
            if let Some(src) = qr {
                <img class="pass-qr" {src} width="200" height="200" alt={i18n.t("pass-title")} />
            }
            <p class="pass-code">{ i18n.t("pass-code") }{ ": " }<strong id="pass-code">{ &props.pass.code }</strong></p>
            <CheckinButton pass={props.pass.clone()} centre={props.centre.clone()} auto={props.auto} />
        </section>
    }
}

#[derive(Clone, PartialEq)]
enum State {
    Ready,
    Sending,
    Done(u32),
    Queued,
    Forgotten,
    Failed,
}

/// One tap: the check-in is put in the outbox with the tap's time, then sent. Offline,
/// it stays queued and the banner says so.
#[component(CheckinButton)]
pub fn checkin_button(props: &PassProps) -> Html {
    let i18n = use_i18n();
    let outbox = use_outbox();
    let state = use_state(|| State::Ready);
    let chosen = use_state(Vec::<&'static str>::new);
    let onclick = {
        let (state, pass, centre, outbox) = (
            state.clone(),
            props.pass.clone(),
            props.centre.clone(),
            outbox.clone(),
        );
        let chosen = chosen.clone();
        Callback::from(move |_: ()| {
            if *state == State::Sending {
                return;
            }
            let request = CheckinRequest {
                submission_id: new_submission_id(),
                pass: pass.pass.clone(),
                centre: centre.clone(),
                at: Some(now_seconds()),
                needs: Needs::from_choices(chosen.iter().copied()),
            };
            let Ok(body) = serde_json::to_string(&request) else {
                return;
            };
            state.set(State::Sending);
            let (state, outbox) = (state.clone(), outbox.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let sent =
                    outbox::submit(Pending::new(outbox::CHECKINS, request.submission_id, body))
                        .await;
                state.set(match sent {
                    Sent::Queued => State::Queued,
                    Sent::Answered(status, body) if (200..300).contains(&status) => {
                        device::note_checkin_reply(&body);
                        serde_json::from_str::<CheckinResponse>(&body)
                            .map_or(State::Failed, |r| State::Done(r.visits_here))
                    }
                    Sent::Answered(_, body) => match serde_json::from_str::<ErrorBody>(&body) {
                        Ok(e) if e.error.code == ErrorCode::Forbidden => {
                            device::forget_pass();
                            State::Forgotten
                        }
                        _ => State::Failed,
                    },
                });
                outbox.refresh.emit(());
            });
        })
    };
    {
        let onclick = onclick.clone();
        use_effect_with(props.auto, move |auto| {
            if *auto {
                onclick.emit(());
            }
        });
    }
    let message = match &*state {
        State::Done(n) => Some(i18n.t_with("checkin-done", &[("count", (*n as usize).into())])),
        State::Queued => Some(i18n.t("checkin-queued")),
        State::Forgotten => Some(i18n.t("checkin-forgotten")),
        State::Failed => Some(i18n.t("error-generic")),
        State::Ready | State::Sending => None,
    };
    let picker = html! {
        <fieldset class="needs">
            <legend>{ i18n.t("needs-title") }</legend>
            { for NEED_CHOICES.iter().map(|(key, _)| {
                let pressed = chosen.contains(key);
                let toggle = {
                    let chosen = chosen.clone();
                    let key: &'static str = key;
                    Callback::from(move |_: MouseEvent| {
                        let mut next = (*chosen).clone();
                        if let Some(i) = next.iter().position(|k| *k == key) {
                            next.remove(i);
                        } else {
                            next.push(key);
                        }
                        chosen.set(next);
                    })
                };
                html! {
                    <button type="button" class="chip" id={format!("need-{key}")}
                        aria-pressed={pressed.to_string()} onclick={toggle}>
                        { i18n.t(&format!("need-{key}")) }
                    </button>
                }
            }) }
        </fieldset>
    };
    html! {
        <div class="checkin">
            if !props.auto && matches!(*state, State::Ready | State::Sending) {
                { picker }
            }
            <button type="button" id="checkin" class="button button-big" onclick={onclick.reform(|_: MouseEvent| ())}
                disabled={*state == State::Sending}>
                { i18n.t("checkin-button") }
            </button>
            <p class="checkin-status" role="status" aria-live="polite">{ message.unwrap_or_default() }</p>
            // Right after the check-in, or later the same day (a check-in sent from the
            // outbox, a reload) while the questionnaire is still unanswered.
            if matches!(*state, State::Done(_))
                || device::todays_visit(&props.centre).is_some_and(|v| !v.answered)
            {
                <p><Link to={Route::Experience { code: props.centre.clone() }} classes="button experience-link">
                    { i18n.t("experience-offer") }
                </Link></p>
            }
        </div>
    }
}

/// "2 visits waiting to be sent", when any are.
#[component(OutboxBanner)]
pub fn outbox_banner() -> Html {
    let i18n = use_i18n();
    let outbox = use_outbox();
    if outbox.waiting == 0 {
        return html! {};
    }
    html! {
        <p class="notice outbox" id="outbox" role="status">
            { i18n.t_with("outbox-waiting", &[("count", outbox.waiting.into())]) }
        </p>
    }
}
