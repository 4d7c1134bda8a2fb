//! Sends queued submissions, exactly once, whenever the network allows.
//!
//! Every write is first put in the device's outbox with its submission id, then sent.
//! A reply that settles it (2xx, or a 4xx that retrying cannot fix) removes it; no
//! reply, "too many requests" (429) or a server error (5xx) keeps it, to be sent again
//! after a growing pause (2 s, 4 s … up to 5 minutes), when the browser says it is back
//! online, and at every start. The server stores a submission id once, so sending it
//! twice is harmless. A queued write the server refuses later is never dropped
//! unseen: it is kept in the device's refused list, which the banner shows in the
//! citizen's language until they have read it.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_net::http::Request;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

use ponte_domain::api::{CheckinResponse, ErrorBody, ErrorCode};

use crate::api::{Endpoint, Write};
use crate::device::{self, Pending, RefusedWrite};

/// What a send came to.
pub enum Sent {
    /// The server answered: status and body.
    Answered(u16, String),
    /// No answer: the submission stays queued.
    Queued,
}

/// Whether a reply settles a submission; 408, 429 and 5xx are worth another try.
fn settled(status: u16) -> bool {
    // 408: the body did not arrive whole in time (a weak signal), so try again.
    !matches!(status, 408 | 429) && status < 500
}

async fn send_one(p: &Pending) -> Option<(u16, String)> {
    let mut req = Request::post(&p.endpoint.path())
        .header("content-type", "application/json")
        .header("x-ponte-device", &device::device_id());
    if let Some(token) = device::kiosk_token() {
        req = req.header("x-ponte-kiosk", &token);
    }
    let res = req.body(p.body.clone()).ok()?.send().await.ok()?;
    let status = res.status();
    Some((status, res.text().await.unwrap_or_default()))
}

/// Puts `write` in the outbox and tries to send it now; the page that sent it shows
/// the answer.
pub async fn submit(write: &Write) -> Sent {
    let p = Pending::new(write);
    let mut items = device::outbox();
    if !items.iter().any(|i| i.submission_id == p.submission_id) {
        items.push(p.clone());
        device::save_outbox(&items);
    }
    match send_one(&p).await {
        Some((status, body)) if settled(status) => {
            remove(&p);
            Sent::Answered(status, body)
        }
        _ => {
            reschedule(&p);
            Sent::Queued
        }
    }
}

fn remove(p: &Pending) {
    let mut items = device::outbox();
    items.retain(|i| i.submission_id != p.submission_id);
    device::save_outbox(&items);
}

fn reschedule(p: &Pending) {
    let mut items = device::outbox();
    if let Some(i) = items
        .iter_mut()
        .find(|i| i.submission_id == p.submission_id)
    {
        i.tries += 1;
        let pause = (2_000.0 * 2f64.powi(i.tries.min(8) as i32)).min(300_000.0);
        i.next_try = js_sys::Date::now() + pause;
    }
    device::save_outbox(&items);
}

/// Sends whatever is due; true if anything is left.
async fn flush(force: bool) -> bool {
    let now = js_sys::Date::now();
    // On a shared tablet what waited was the last person's: its answer is not for the
    // citizen now at the screen (their visit, their refused list).
    let shared = device::kiosk_token().is_some();
    for p in device::outbox() {
        if force || p.next_try <= now {
            match send_one(&p).await {
                Some((status, body)) if settled(status) => {
                    if shared {
                        // Sent, once: nothing to tell the next person.
                    } else if (200..300).contains(&status) {
                        if p.endpoint == Endpoint::CheckIns
                            && let Ok(reply) = serde_json::from_str::<CheckinResponse>(&body)
                        {
                            device::note_checkin_reply(&reply);
                        }
                    } else {
                        let code = serde_json::from_str::<ErrorBody>(&body)
                            .map_or(ErrorCode::Internal, |b| b.error.code);
                        // A check-in refused for its pass: if this phone still keeps that
                        // pass, it no longer works here either.
                        if code == ErrorCode::Forbidden
                            && p.endpoint == Endpoint::CheckIns
                            && device::pass()
                                .is_some_and(|kept| p.body.contains(&format!("\"{}\"", kept.pass)))
                        {
                            device::forget_pass();
                        }
                        // Answered already (another tab, another phone): nothing lost.
                        if code != ErrorCode::AlreadyAnswered {
                            device::note_refused(RefusedWrite {
                                submission_id: p.submission_id,
                                endpoint: p.endpoint,
                                code,
                            });
                        }
                    }
                    remove(&p)
                }
                _ => reschedule(&p),
            }
        }
    }
    !device::outbox().is_empty()
}

/// What waits and what was refused, kept fresh for the banner.
#[derive(Clone, PartialEq)]
pub struct Outbox {
    pub waiting: usize,
    pub refused: Vec<RefusedWrite>,
    pub refresh: Callback<()>,
}

#[derive(Properties, PartialEq)]
pub struct OutboxProps {
    pub children: Html,
}

/// Runs the sender for the whole app and shares the waiting count.
#[component(OutboxProvider)]
pub fn outbox_provider(props: &OutboxProps) -> Html {
    let waiting = use_state(|| device::outbox().len());
    let refused = use_state(device::refused);
    let refresh = {
        let (waiting, refused) = (waiting.clone(), refused.clone());
        Callback::from(move |_| {
            waiting.set(device::outbox().len());
            refused.set(device::refused());
        })
    };
    {
        let refresh = refresh.clone();
        use_effect_with((), move |_| {
            let busy = Rc::new(Cell::new(false));
            let run = {
                let (refresh, busy) = (refresh.clone(), busy.clone());
                move |force: bool| {
                    if busy.replace(true) {
                        return;
                    }
                    let (refresh, busy) = (refresh.clone(), busy.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        flush(force).await;
                        busy.set(false);
                        refresh.emit(());
                    });
                }
            };
            run(true);
            let window = web_sys::window();
            let online = window.as_ref().map(|w| {
                let run = run.clone();
                EventListener::new(w, "online", move |_| run(true))
            });
            // A gentle heartbeat that sends what has come due.
            let tick = Closure::<dyn Fn()>::new(move || run(false));
            let interval = window.as_ref().and_then(|w| {
                w.set_interval_with_callback_and_timeout_and_arguments_0(
                    tick.as_ref().unchecked_ref(),
                    2_000,
                )
                .ok()
            });
            move || {
                drop(online);
                if let (Some(w), Some(id)) = (web_sys::window(), interval) {
                    w.clear_interval_with_handle(id);
                }
                drop(tick);
            }
        });
    }
    let ctx = Outbox {
        waiting: *waiting,
        refused: (*refused).clone(),
        refresh,
    };
    html! { <ContextProvider<Outbox> context={ctx}>{ props.children.clone() }</ContextProvider<Outbox>> }
}
