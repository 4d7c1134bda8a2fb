//! What waits in the outbox and what the server refused of it, for the banner and the
//! forms.

use yew::prelude::*;

use crate::outbox::Outbox;

/// The outbox the app's provider shares; outside one (a page rendered alone), nothing.
#[hook]
pub fn use_outbox() -> Outbox {
    use_context::<Outbox>().unwrap_or(Outbox {
        waiting: 0,
        refused: Vec::new(),
        refresh: Callback::noop(),
    })
}
