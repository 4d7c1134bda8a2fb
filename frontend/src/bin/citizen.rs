//! The citizen app, a bundle served at `/c/{code}/register` and `/checkin` and at
//! `/e/{id}`: the sign-up form, the pass, the check-in, an event's presence and the
//! offline outbox. The centre's page is the server's, so a poster scan loads no app;
//! this bundle is downloaded by those who go on, once, and then kept by the service
//! worker. The questions (surveys, reports) are another bundle (`bin/questions.rs`).

fn main() {
    // Mounted in `#app`, not the body, so the icon sprite inlined in the page stays; on
    // the centre's page (rendered by the server), in its `#device` slot.
    let document = web_sys::window().and_then(|w| w.document());
    let root = document.and_then(|d| {
        d.get_element_by_id("app")
            .or_else(|| d.get_element_by_id("device"))
    });
    match root {
        Some(root) => yew::Renderer::<ponte_frontend::CitizenApp>::with_root(root).render(),
        None => yew::Renderer::<ponte_frontend::CitizenApp>::new().render(),
    };
}
