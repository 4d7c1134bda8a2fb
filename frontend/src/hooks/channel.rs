//! Where the citizen reads the privacy notice and signs up: their own phone, or a
//! centre's tablet. The kiosk provides [`AtKiosk`]; the pages only ask, and say when a
//! flow is finished (so the tablet can clear the screen sooner).

use ponte_domain::registration::Channel;
use yew::prelude::*;

/// Provided by the kiosk around every page it shows.
#[derive(Clone, PartialEq)]
pub struct AtKiosk {
    /// A sign-up, a check-in, a test or a report has gone through (or is queued).
    pub finished: Callback<()>,
}

#[hook]
pub fn use_channel() -> Channel {
    match use_context::<AtKiosk>() {
        Some(_) => Channel::Kiosk,
        None => Channel::Phone,
    }
}

/// What a page calls when its flow is done; nothing on a phone.
#[hook]
pub fn use_flow_finished() -> Callback<()> {
    use_context::<AtKiosk>().map_or_else(Callback::noop, |k| k.finished)
}
