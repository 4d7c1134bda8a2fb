//! Checking in at the kiosk with a pass: held up to the camera, or its code typed.
//!
//! A pass read by the camera is the pass itself: it is kept until the wipe and the
//! citizen's own check-in page takes over (needs, notice, then the questionnaire), as
//! on their phone. A typed code is not the pass, so it goes to the kiosk's own
//! check-in (`POST /api/v1/kiosks/checkins`), which only a paired tablet may use.

use ponte_domain::api::{CheckinResponse, ErrorCode};
use ponte_domain::checkin::Needs;
use ponte_domain::kiosk::KioskCheckinRequest;
use ponte_domain::pass::PassToken;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::api::Write;
use crate::components::layout::Layout;
use crate::components::link::Link;
use crate::components::scanner::Scanner;
use crate::components::status::refusal;
use crate::device::{self, StoredPass, new_submission_id};
use crate::hooks::{Submitted, use_submit, use_title};
use crate::i18n::use_i18n;
use crate::pages::checkin::CheckinPage;
use crate::routes::Route;

#[derive(Properties, PartialEq)]
pub struct KioskCheckinProps {
    pub code: String,
}

#[component(KioskCheckin)]
pub fn kiosk_checkin(props: &KioskCheckinProps) -> Html {
    let i18n = use_i18n();
    use_title(i18n.t("kiosk-checkin"));
    let scanned = use_state(|| false);
    let not_a_pass = use_state(|| false);
    let input = use_node_ref();
    let submitter = use_submit::<CheckinResponse>();
    if *scanned {
        return html! { <CheckinPage code={props.code.clone()} /> };
    }
    let on_code = {
        let (scanned, not_a_pass) = (scanned.clone(), not_a_pass.clone());
        Callback::from(move |text: String| {
            // The QR carries the pass, alone or at the end of a link.
            match PassToken::from_qr(&text) {
                Ok(token) => {
                    device::save_pass(&StoredPass {
                        code: token.short_code(),
                        pass: token.as_str().to_owned(),
                        qr_svg: String::new(),
                    });
                    scanned.set(true);
                }
                Err(_) => not_a_pass.set(true),
            }
        })
    };
    // Checked in by the code: kept until the wipe, so the visit's questions can be
    // answered by it here (the server takes the code only from a paired tablet).
    let typed = use_mut_ref(String::new);
    {
        let typed = typed.clone();
        use_effect_with(submitter.state.clone(), move |state| {
            if let Submitted::Done(reply) = state {
                let code = typed.borrow().trim().to_owned();
                device::save_pass(&StoredPass {
                    pass: code.clone(),
                    code,
                    qr_svg: String::new(),
                });
                device::note_checkin_reply(reply);
            }
        });
    }
    let onsubmit = {
        let (input, send, kept) = (input.clone(), submitter.send.clone(), typed.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let typed = input
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            if typed.trim().is_empty() {
                return;
            }
            kept.replace(typed.clone());
            send.emit(Write::kiosk_check_in(&KioskCheckinRequest {
                submission_id: new_submission_id(),
                pass: typed,
                needs: Needs::default(),
            }));
        })
    };
    let state = &submitter.state;
    let (message, failed) = match state {
        Submitted::Done(r) if r.already_today => (Some(i18n.t("checkin-already")), false),
        Submitted::Done(r) => (
            Some(i18n.t_with(
                "checkin-done",
                &[("count", (r.visits_here as usize).into())],
            )),
            false,
        ),
        Submitted::Queued => (Some(i18n.t("checkin-queued")), false),
        Submitted::Refused(e) if matches!(e.code, ErrorCode::NotFound | ErrorCode::Invalid) => {
            (Some(i18n.t("kiosk-checkin-unknown")), true)
        }
        Submitted::Refused(e) => (Some(refusal(&i18n, e)), true),
        Submitted::Idle | Submitted::Sending => (None, false),
    };
    let recorded = matches!(state, Submitted::Done(_) | Submitted::Queued);
    html! {
        <Layout>
            <h1>{ i18n.t("kiosk-checkin") }</h1>
            if !recorded {
                <p class="lead">{ i18n.t("kiosk-checkin-show") }</p>
                <Scanner {on_code} />
                if *not_a_pass {
                    <p class="notice notice-error" role="alert">{ i18n.t("kiosk-checkin-not-a-pass") }</p>
                }
                <form class="kiosk-code" {onsubmit} novalidate=true>
                    <div class={classes!("field", failed.then_some("field-error"))}>
                        <label for="kiosk-pass-code">{ i18n.t("kiosk-checkin-type") }</label>
                        <input id="kiosk-pass-code" ref={input} type="text" autocomplete="off"
                            autocapitalize="characters" spellcheck="false" maxlength="20"
                            aria-invalid={failed.to_string()}
                            aria-describedby={failed.then_some("kiosk-checkin-status")} />
                    </div>
                    <button type="submit" id="kiosk-pass-send" class="button button-big"
                        disabled={state.is_sending()}>
                        { i18n.t("checkin-button") }
                    </button>
                </form>
            }
            <p id="kiosk-checkin-status" class="checkin-status" role="status" aria-live="polite">
                { message.unwrap_or_default() }
            </p>
            if matches!(state, Submitted::Done(_)) {
                <p><Link to={Route::Experience { code: props.code.clone() }} classes="button button-big experience-link">
                    { i18n.t("experience-offer") }
                </Link></p>
            }
            if recorded {
                <p>{ i18n.t("kiosk-checkin-finish") }</p>
            }
        </Layout>
    }
}
