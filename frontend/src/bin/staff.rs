//! The staff console, a third bundle served at `/staff`: citizens' phones never
//! download it.

fn main() {
    match web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
    {
        Some(root) => yew::Renderer::<ponte_frontend::staff::StaffApp>::with_root(root).render(),
        None => yew::Renderer::<ponte_frontend::staff::StaffApp>::new().render(),
    };
}
