//! How every form sends: its write goes into the outbox and is sent at once; the form
//! then shows it accepted (with the server's reply), waiting to be sent, or refused
//! with the reason. Forms check their input with the shared rules first; this is the
//! one place that talks to the outbox for them.

use ponte_domain::api::{ErrorBody, ErrorDetail};
use serde::de::DeserializeOwned;
use yew::prelude::*;

use crate::api::{Write, broken_reply};
use crate::hooks::use_outbox;
use crate::outbox::{self, Sent};

/// Where a form's write stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Submitted<T> {
    Idle,
    Sending,
    /// Accepted: the server's reply.
    Done(T),
    /// No answer yet: it waits in the outbox and goes when the network allows.
    Queued,
    /// Refused, and why (a code, and the field at fault if there is one).
    Refused(ErrorDetail),
}

impl<T> Submitted<T> {
    pub fn is_sending(&self) -> bool {
        matches!(self, Submitted::Sending)
    }
}

#[derive(Clone, PartialEq)]
pub struct Submitter<T: PartialEq> {
    pub state: Submitted<T>,
    /// Sends a write (ignored while one is on its way).
    pub send: Callback<Write>,
    /// Back to `Idle`, for another write from the same form.
    pub reset: Callback<()>,
}

/// The form's write and what came of it, with the reply still as the server wrote it.
/// Not generic, so the app carries one copy of the sending code, not one per form.
#[hook]
fn use_submit_body() -> Submitter<String> {
    let state = use_state(|| Submitted::<String>::Idle);
    let outbox = use_outbox();
    let finished = crate::hooks::use_flow_finished();
    let send = {
        let state = state.clone();
        Callback::from(move |write: Write| {
            if state.is_sending() {
                return;
            }
            state.set(Submitted::Sending);
            let (state, outbox, finished) = (state.clone(), outbox.clone(), finished.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let sent = outbox::submit(&write).await;
                outbox.refresh.emit(());
                state.set(match sent {
                    Sent::Queued => {
                        finished.emit(());
                        Submitted::Queued
                    }
                    Sent::Answered(status, body) if (200..300).contains(&status) => {
                        finished.emit(());
                        Submitted::Done(body)
                    }
                    Sent::Answered(_, body) => Submitted::Refused(
                        serde_json::from_str::<ErrorBody>(&body)
                            .map_or_else(|_| broken_reply(), |b| b.error),
                    ),
                });
            });
        })
    };
    let reset = {
        let state = state.clone();
        Callback::from(move |_| state.set(Submitted::Idle))
    };
    Submitter {
        state: (*state).clone(),
        send,
        reset,
    }
}

/// A form's sender, its replies read as `T`.
#[hook]
pub fn use_submit<T>() -> Submitter<T>
where
    T: DeserializeOwned + Clone + PartialEq + 'static,
{
    let raw = use_submit_body();
    let state = match raw.state {
        Submitted::Idle => Submitted::Idle,
        Submitted::Sending => Submitted::Sending,
        Submitted::Queued => Submitted::Queued,
        Submitted::Refused(e) => Submitted::Refused(e),
        Submitted::Done(body) => serde_json::from_str(&body)
            .map_or_else(|_| Submitted::Refused(broken_reply()), Submitted::Done),
    };
    Submitter {
        state,
        send: raw.send,
        reset: raw.reset,
    }
}
