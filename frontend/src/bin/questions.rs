//! The questions app, a bundle served at `/c/{code}/survey`, `/experience` and
//! `/feedback` (and `/feedback`): the skills survey, the visit questionnaire and the
//! report form. Apart from the citizen app so that the path from a poster to the pass
//! does not carry them; downloaded by those who answer, once, and then kept by the
//! service worker.

fn main() {
    // Mounted in `#app`, not the body, so the icon sprite inlined in the page stays.
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => yew::Renderer::<ponte_frontend::QuestionsApp>::with_root(root).render(),
        None => yew::Renderer::<ponte_frontend::QuestionsApp>::new().render(),
    };
}
