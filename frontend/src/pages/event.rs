//! `/e/{id}#t={token}` (citizen app): what an event's QR poster opens. A citizen with a
//! pass marks their presence with one tap, through the outbox (a square or a van often
//! has a weak signal: it goes when it can, once); one without a pass signs up at the
//! event's centre first and scans the poster again.

use ponte_domain::event::{EventCheckinRequest, EventCheckinResponse, Presence};
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
                { action(&i18n, &submit, props.id, &token, None) }
            </>
        },
        Remote::Ready(e) => {
            let when = format!(
                "{}–{}",
                crate::device::time_in_italy(e.starts_at),
                crate::device::time_in_italy(e.ends_at)
            );
            let place = if e.place.is_empty() {
                e.centre.clone()
            } else {
                e.place.clone()
            };
            let action = action(&i18n, &submit, props.id, &token, Some(&e.centre));
            html! {
                <>
                    <h1 id="event-name">{ e.title.clone() }</h1>
                    <p class="lead">{ format!("{when} · {place}") }</p>
                    <OutboxBanner />
                    { action }
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
