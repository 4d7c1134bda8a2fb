//! The citizen's pass and the one-tap check-in.

use ponte_domain::Programme;
use ponte_domain::api::{CheckinResponse, ErrorCode, ErrorDetail};
use ponte_domain::checkin::{CheckinRequest, NEED_CHOICES, Needs};
use ponte_domain::registration::PrivacyAck;
use yew::prelude::*;

use crate::api::Write;
use crate::components::link::Link;
use crate::components::status::{refusal, waiting_text};
use crate::device::{self, StoredPass, new_submission_id, now_seconds};
use crate::hooks::use_outbox;
use crate::hooks::{Submitted, use_submit};
use crate::i18n::use_i18n;
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
    // On a shared tablet the pass cannot stay on "this phone".
    let intro = match crate::hooks::use_channel() {
        ponte_domain::registration::Channel::Kiosk => "pass-intro-kiosk",
        _ => "pass-intro",
    };
    let qr = (!props.pass.qr_svg.is_empty()).then(|| {
        format!(
            "data:image/svg+xml;charset=utf-8,{}",
            String::from(js_sys::encode_uri_component(&props.pass.qr_svg))
        )
    });
    html! {
        <section class="pass" aria-labelledby="pass-title">
            <h2 id="pass-title">{ i18n.t("pass-title") }</h2>
            <p>{ i18n.t(intro) }</p>
            if let Some(src) = qr {
                <img class="pass-qr" {src} width="200" height="200" alt={i18n.t("pass-title")} />
            }
            <p class="pass-code">{ i18n.t("pass-code") }{ ": " }<strong id="pass-code" dir="ltr">{ &props.pass.code }</strong></p>
            <CheckinButton pass={props.pass.clone()} centre={props.centre.clone()} auto={props.auto}
                programme={props.programme.clone()} />
        </section>
    }
}

/// One tap: the check-in is put in the outbox with the tap's time, then sent. Offline,
/// it stays queued and the banner says so.
#[component(CheckinButton)]
pub fn checkin_button(props: &PassProps) -> Html {
    let i18n = use_i18n();
    let submitter = use_submit::<CheckinResponse>();
    // Today's visit here already recorded (this phone had the reply): it counts once,
    // so the button is not offered again.
    let already = device::todays_visit(&props.centre).is_some();
    let chosen = use_state(Vec::<&'static str>::new);
    // The notice to acknowledge before this check-in, if the citizen has not seen it.
    let notice = props.programme.as_ref().and_then(|p| {
        let version = p.privacy.notice_version();
        (!device::privacy_seen(p.id.as_str(), &version)).then(|| (p.id.to_string(), version))
    });
    let acknowledged = use_state(|| false);
    let channel = crate::hooks::use_channel();
    let onclick = {
        let privacy = notice
            .clone()
            .filter(|_| *acknowledged)
            .map(|(programme, version)| (programme, PrivacyAck { version, channel }));
        let (send, pass, centre) = (
            submitter.send.clone(),
            props.pass.clone(),
            props.centre.clone(),
        );
        let chosen = chosen.clone();
        Callback::from(move |_: ()| {
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
            send.emit(Write::CheckIn(request));
        })
    };
    // What the answer means for this phone: the visit to ask about, or a pass that no
    // longer works.
    use_effect_with(submitter.state.clone(), |state| match state {
        Submitted::Done(reply) => device::note_checkin_reply(reply),
        Submitted::Refused(e) if e.code == ErrorCode::Forbidden => device::forget_pass(),
        _ => {}
    });
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
            <crate::components::privacy::NoticeAgain programme={programme.clone()}
                on_ack={Callback::from(move |_| acknowledged.set(true))} />
        };
    }
    let state = &submitter.state;
    let message = match state {
        Submitted::Done(r) if r.already_today => Some(i18n.t("checkin-already")),
        Submitted::Done(r) => Some(i18n.t_with(
            "checkin-done",
            &[("count", (r.visits_here as usize).into())],
        )),
        Submitted::Idle if already => Some(i18n.t("checkin-already")),
        Submitted::Queued => Some(i18n.t("checkin-queued")),
        Submitted::Refused(e) if e.code == ErrorCode::Forbidden => {
            Some(i18n.t("checkin-forgotten"))
        }
        Submitted::Refused(e) => Some(refusal(&i18n, e)),
        Submitted::Idle | Submitted::Sending => None,
    };
    // Today's visit is recorded: a second tap would not count, so no button.
    let recorded = matches!(state, Submitted::Done(_)) || (already && *state == Submitted::Idle);
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
            if !props.auto && !recorded && matches!(state, Submitted::Idle | Submitted::Sending) {
                { picker }
            }
            if !recorded {
                <button type="button" id="checkin" class="button button-big" onclick={onclick.reform(|_: MouseEvent| ())}
                    disabled={state.is_sending()}>
                    { i18n.t("checkin-button") }
                </button>
            }
            <p class="checkin-status" role="status" aria-live="polite">{ message.unwrap_or_default() }</p>
            // Right after the check-in, or later the same day (a check-in sent from the
            // outbox, a reload) while the questionnaire is still unanswered.
            if matches!(state, Submitted::Done(_))
                || device::todays_visit(&props.centre).is_some_and(|v| !v.answered)
            {
                <p><Link to={Route::Experience { code: props.centre.clone() }} classes="button experience-link">
                    { i18n.t("experience-offer") }
                </Link></p>
            }
        </div>
    }
}

/// "2 visits waiting to be sent", when any are; and what the server refused of what
/// waited, and why, until the citizen says they have read it.
#[component(OutboxBanner)]
pub fn outbox_banner() -> Html {
    let i18n = use_i18n();
    let outbox = use_outbox();
    let dismiss = {
        let refresh = outbox.refresh.clone();
        Callback::from(move |_: MouseEvent| {
            device::forget_refused();
            refresh.emit(());
        })
    };
    html! {
        <>
            if !outbox.refused.is_empty() {
                <div class="notice notice-error" id="outbox-refused" role="alert">
                    { for outbox.refused.iter().map(|r| html! {
                        <p>
                            { i18n.t(&format!("outbox-refused-{}", r.endpoint.key())) }{ " " }
                            { refusal(&i18n, &ErrorDetail { code: r.code, message: String::new(), field: None }) }
                        </p>
                    }) }
                    <button type="button" class="button" id="outbox-refused-ok" onclick={dismiss}>
                        { i18n.t("outbox-refused-ok") }
                    </button>
                </div>
            }
            if outbox.waiting > 0 {
                <p class="notice outbox" id="outbox" role="status">
                    { waiting_text(&i18n).unwrap_or_default() }
                </p>
            }
        </>
    }
}
