//! The citizen app, a second bundle served at `/c/{code}/register`, `/checkin`,
//! `/experience` and `/feedback`: the sign-up form, the pass, the check-in, the visit
//! questionnaire, the report form and the offline outbox. Keeping them apart keeps the
//! first load of a centre's page (what every poster scan opens) within its size budget;
//! this bundle is downloaded by those who go on, once, and then kept by the service
//! worker.

fn main() {
    // Mounted in `#app`, not the body, so the icon sprite inlined in the page stays.
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => yew::Renderer::<ponte_frontend::CitizenApp>::with_root(root).render(),
        None => yew::Renderer::<ponte_frontend::CitizenApp>::new().render(),
    };
}
