//! `/e/{id}#t={token}` (citizen app): what an event's QR poster opens. A citizen with a
//! pass marks their presence with one tap, through the outbox (a square or a van often
//! has a weak signal: it goes when it can, once); one without a pass signs up at the
//! event's centre first and scans the poster again.

use ponte_domain::event::{EventCheckinRequest, EventCheckinResponse, Presence};
use ponte_domain::registration::PrivacyAck;
use yew::prelude::*;

use crate::api::Write;
use crate::components::layout::Layout;
use crate::components::link::Link;
use crate::components::pass::OutboxBanner;
use crate::components::status::{Failed, Loading, refusal};
use crate::device::{self, new_submission_id};
use crate::hooks::{Remote, Submitted, use_remote, use_submit, use_title};
use crate::i18n::use_i18n;
use crate::routes::Route;

#[derive(Properties, PartialEq)]
pub struct EventProps {
    pub id: u64,
}

async fn fetch_event(id: u64) -> Result<crate::api::EventSummary, crate::api::FetchError> {
    crate::api::event(id).await
}

#[derive(Properties, PartialEq)]
struct NoticeProps {
    centre: String,
    id: u64,
    token: String,
    submit: crate::hooks::Submitter<EventCheckinResponse>,
}

/// The event's programme's privacy notice before the presence, when this phone's
/// citizen has not seen its current version (signed up in another region, or a new
/// version): read, acknowledged, and recorded with the presence.
#[component(NoticeFirst)]
fn notice_first(props: &NoticeProps) -> Html {
    let i18n = use_i18n();
    let (centre, _) = crate::hooks::use_centre(&props.centre);
    let (programmes, _) = use_remote((), |_| crate::api::programmes());
    let acknowledged = use_state(|| None::<PrivacyAck>);
    let programme = match (&centre, &programmes) {
        (Remote::Ready(c), Remote::Ready(list)) => list
            .programmes
            .iter()
            .find(|p| p.id == c.programme)
            .cloned(),
        _ => None,
    };
    if let (Some(p), None, Some(_)) = (&programme, &*acknowledged, device::pass()) {
        let version = p.privacy.notice_version();
        if !device::privacy_seen(p.id.as_str(), &version) {
            let ack = {
                let (acknowledged, id) = (acknowledged.clone(), p.id.to_string());
                Callback::from(move |_| {
                    device::note_privacy_seen(&id, &version);
                    acknowledged.set(Some(PrivacyAck {
                        version: version.clone(),
                        channel: ponte_domain::registration::Channel::Phone,
                    }));
                })
            };
            return html! {
                <crate::components::privacy::NoticeAgain programme={p.clone()} on_ack={ack} />
            };
        }
    }
    action(
        &i18n,
        &props.submit,
        props.id,
        &props.token,
        Some(&props.centre),
        (*acknowledged).clone(),
    )
}

#[component(EventPage)]
pub fn event_page(props: &EventProps) -> Html {
    let i18n = use_i18n();
    use_title(i18n.t("event-title"));
    // The token is after `#`: never sent to a server, so it stays out of every log.
    let token = use_state(|| {
        web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .and_then(|h| h.strip_prefix("#t=").map(str::to_owned))
            .unwrap_or_default()
    });
    let (event, retry) = use_remote(props.id, fetch_event);
    let submit = use_submit::<EventCheckinResponse>();
    let body = match event {
        Remote::Loading => html! { <Loading /> },
        // Offline at a gazebo: the presence can still be kept and sent later.
        Remote::Failed(e) if device::pass().is_none() => html! { <Failed error={e} {retry} /> },
        Remote::Failed(_) => html! {
            <>
                <h1 id="event-name">{ i18n.t("event-title") }</h1>
                { action(&i18n, &submit, props.id, &token, None, None) }
            </>
        },
        Remote::Ready(e) => {
            let when = format!("{}–{}", i18n.time(e.starts_at), i18n.time(e.ends_at));
            let place = if e.place.is_empty() {
                e.centre.clone()
            } else {
                e.place.clone()
            };
            html! {
                <>
                    <h1 id="event-name">{ e.title.clone() }</h1>
                    <p class="lead">{ format!("{when} · {place}") }</p>
                    <OutboxBanner />
                    <NoticeFirst centre={e.centre.clone()} id={props.id} token={(*token).clone()}
                        submit={submit.clone()} />
                </>
            }
        }
    };
    html! { <Layout>{ body }</Layout> }
}

/// What the citizen can do: mark the presence (a pass on the phone), see what came of
/// it, or go and sign up at the event's centre.
fn action(
    i18n: &crate::i18n::I18n,
    submit: &crate::hooks::Submitter<EventCheckinResponse>,
    id: u64,
    token: &str,
    centre: Option<&str>,
    privacy: Option<PrivacyAck>,
) -> Html {
    match (device::pass(), &submit.state) {
        (_, Submitted::Done(r)) => html! {
            <p class="notice" role="status" id="event-done">{ match r.status {
                Presence::Present => i18n.t("event-present"),
                Presence::Waitlisted => i18n.t_with("event-waitlisted", &[("position", (r.position.unwrap_or(1) as usize).into())]),
            } }</p>
        },
        (_, Submitted::Queued) => html! {
            <p class="notice" role="status" id="event-done">{ i18n.t("event-queued") }</p>
        },
        (_, Submitted::Refused(err)) => html! {
            <p class="notice notice-error" role="alert" id="event-refused">{ refusal(i18n, err) }</p>
        },
        (Some(pass), state) => {
            let onclick = {
                let (send, id, token) = (submit.send.clone(), id, token.to_owned());
                Callback::from(move |_| {
                    send.emit(Write::EventCheckIn {
                        event: id,
                        request: EventCheckinRequest {
                            submission_id: new_submission_id(),
                            pass: pass.pass.clone(),
                            token: token.clone(),
                            // Timed at the tap: sent later from a gazebo without signal,
                            // it still counts.
                            at: Some(crate::device::now_seconds()),
                            privacy: privacy.clone(),
                        },
                    })
                })
            };
            html! {
                <button type="button" class="button button-big" id="event-checkin"
                    disabled={state.is_sending()} {onclick}>{ i18n.t("event-checkin") }</button>
            }
        }
        (None, _) => html! {
            <>
                <p>{ i18n.t("event-no-pass") }</p>
                if let Some(code) = centre {
                    <Link to={Route::Register { code: code.to_owned() }} classes="button button-big">
                        { i18n.t("action-register") }
                    </Link>
                }
            </>
        },
    }
}
