//! Forgetting the last citizen. Storage first — every localStorage key but the
//! tablet's own (`device::TABLET_KEYS`), all of sessionStorage, the language cookie —
//! then the page is
//! loaded afresh in place of the current history entry: the wasm memory, the DOM and
//! any draft go with the old page, and since the kiosk never adds a history entry
//! there is nothing behind it for Back to show.

use gloo_storage::{LocalStorage, SessionStorage, Storage};

use crate::device::TABLET_KEYS;

/// Where the kiosk lives; the wipe reloads it.
pub const KIOSK_PATH: &str = "/kiosk";

/// Removes what the last citizen left in storage.
pub fn clear_storage() {
    let local = LocalStorage::raw();
    let keys: Vec<String> = (0..local.length().unwrap_or(0))
        .filter_map(|i| local.key(i).ok().flatten())
        .filter(|k| !TABLET_KEYS.contains(&k.as_str()))
        .collect();
    for k in keys {
        let _ = local.remove_item(&k);
    }
    SessionStorage::clear();
    // The language choice also lives in a cookie, for the server's pages.
    use wasm_bindgen::JsCast;
    if let Some(doc) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
    {
        let _ = doc.set_cookie(&format!(
            "{}=; Path=/; Max-Age=0; SameSite=Lax",
            ponte_domain::lang::COOKIE
        ));
    }
}

/// The screen as the next person should find it.
pub fn wipe() {
    clear_storage();
    if let Some(w) = web_sys::window() {
        let _ = w.location().replace(KIOSK_PATH);
    }
}
