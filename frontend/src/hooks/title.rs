//! The browser tab's title.

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
