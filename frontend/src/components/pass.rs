//! The citizen's pass and the one-tap check-in.

use ponte_domain::Programme;
use ponte_domain::api::{CheckinResponse, ErrorBody, ErrorCode};
use ponte_domain::checkin::{CheckinRequest, NEED_CHOICES, Needs};
use ponte_domain::registration::{Channel, PrivacyAck};
use yew::prelude::*;

use crate::components::link::Link;
use crate::device::{self, Pending, StoredPass, new_submission_id, now_seconds};
use crate::i18n::use_i18n;
use crate::outbox::{self, Sent, use_outbox};
use crate::routes::Route;

#[derive(Properties, PartialEq)]
pub struct PassProps {
    pub pass: StoredPass,
    /// The centre to check in at.
    pub centre: String,
    /// Check in as soon as shown (the citizen already tapped on the centre page).
    #[prop_or_default]
    pub auto: bool,
    /// The centre's programme, once known: its privacy notice is shown again before the
    /// check-in when this phone's citizen has not seen its current version.
    #[prop_or_default]
    pub programme: Option<Programme>,
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
            <CheckinButton pass={props.pass.clone()} centre={props.centre.clone()} auto={props.auto}
                programme={props.programme.clone()} />
        </section>
    }
}

#[derive(Clone, PartialEq)]
enum State {
    Ready,
    Sending,
    Done(u32),
    /// Already checked in here today: the first visit stands.
    AlreadyToday,
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
    // Today's visit here already recorded (this phone had the reply): it counts once,
    // so the button is not offered again.
    let already = device::todays_visit(&props.centre).is_some();
    let state = use_state(|| {
        if already {
            State::AlreadyToday
        } else {
            State::Ready
        }
    });
    let chosen = use_state(Vec::<&'static str>::new);
    // The notice to acknowledge before this check-in, if the citizen has not seen it.
    let notice = props.programme.as_ref().and_then(|p| {
        let version = p.privacy.notice_version();
        (!device::privacy_seen(p.id.as_str(), &version)).then(|| (p.id.to_string(), version))
    });
    let acknowledged = use_state(|| false);
    let onclick = {
        let privacy = notice
            .clone()
            .filter(|_| *acknowledged)
            .map(|(programme, version)| {
                (
                    programme,
                    PrivacyAck {
                        version,
                        channel: Channel::Phone,
                    },
                )
            });
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
                site: device::site(&centre),
                privacy: privacy.as_ref().map(|(_, ack)| ack.clone()),
            };
            // Seen is seen: the notice is not shown again while the check-in waits.
            if let Some((programme, ack)) = &privacy {
                device::note_privacy_seen(programme, &ack.version);
            }
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
                        serde_json::from_str::<CheckinResponse>(&body).map_or(State::Failed, |r| {
                            if r.already_today {
                                State::AlreadyToday
                            } else {
                                State::Done(r.visits_here)
                            }
                        })
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
        // A notice to read first holds the one-tap check-in until it is acknowledged.
        let auto = props.auto && notice.is_none() && !already;
        use_effect_with(auto, move |auto| {
            if *auto {
                onclick.emit(());
            }
        });
    }
    if let (Some(programme), false, true) = (&props.programme, *acknowledged, notice.is_some()) {
        let acknowledged = acknowledged.clone();
        return html! {
            <section class="privacy-updated" aria-labelledby="privacy-updated-title">
                <h2 id="privacy-updated-title">{ i18n.t("register-privacy-title") }</h2>
                <p class="notice">{ i18n.t("privacy-updated") }</p>
                <crate::components::privacy::PrivacyNotice programme={programme.clone()} />
                <button type="button" id="privacy-ack" class="button button-big"
                    onclick={Callback::from(move |_: MouseEvent| acknowledged.set(true))}>
                    { i18n.t("privacy-updated-ack") }
                </button>
            </section>
        };
    }
    let message = match &*state {
        State::Done(n) => Some(i18n.t_with("checkin-done", &[("count", (*n as usize).into())])),
        State::AlreadyToday => Some(i18n.t("checkin-already")),
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
            // Once today's visit is recorded, a second tap would not count: no button.
            if !matches!(*state, State::Done(_) | State::AlreadyToday) {
                <button type="button" id="checkin" class="button button-big" onclick={onclick.reform(|_: MouseEvent| ())}
                    disabled={*state == State::Sending}>
                    { i18n.t("checkin-button") }
                </button>
            }
            <p class="checkin-status" role="status" aria-live="polite">{ message.unwrap_or_default() }</p>
            // Right after the check-in, or later the same day (a check-in sent from the
            // outbox, a reload) while the questionnaire is still unanswered.
            if matches!(*state, State::Done(_) | State::AlreadyToday)
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
