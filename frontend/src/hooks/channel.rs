//! Where the citizen reads the privacy notice and signs up: their own phone, or a
//! centre's tablet. The kiosk app provides [`AtKiosk`]; the pages only ask.

use ponte_domain::registration::Channel;
use yew::prelude::*;

/// Provided by the kiosk app around every page it shows.
#[derive(Clone, PartialEq)]
pub struct AtKiosk;

#[hook]
pub fn use_channel() -> Channel {
    match use_context::<AtKiosk>() {
        Some(_) => Channel::Kiosk,
        None => Channel::Phone,
    }
}
