//! The citizen app, a second bundle served at `/c/{code}/register` and
//! `/c/{code}/checkin`: the sign-up form, the pass, the check-in and the offline outbox.
//! Keeping them apart keeps the first load of a centre's page (what every poster scan
//! opens) within its size budget; this bundle is downloaded by those who go on, once,
//! and then kept by the service worker.

fn main() {
    yew::Renderer::<ponte_frontend::CitizenApp>::new().render();
}
