//! One module per screen.

pub mod centre;
pub mod checkin;
pub mod experience;
pub mod feedback;
pub mod home;
pub mod not_found;
pub mod poster;
pub mod register;
pub mod survey;

use yew::prelude::*;

/// Sets the browser tab's title, which screen readers announce on every page change.
#[hook]
pub fn use_title(title: String) {
    use_effect_with(title, |title| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&format!("{title} · Ponte"));
        }
    });
}
