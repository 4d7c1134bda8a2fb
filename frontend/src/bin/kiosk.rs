//! The centre's tablet kiosk, a fourth bundle served at `/kiosk`: the citizen's pages,
//! the camera's pass reader and the wipe between people. Phones never download it.

fn main() {
    match web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
    {
        Some(root) => yew::Renderer::<ponte_frontend::kiosk::KioskApp>::with_root(root).render(),
        None => yew::Renderer::<ponte_frontend::kiosk::KioskApp>::new().render(),
    };
}
