fn main() {
    yew::Renderer::<ponte_frontend::App>::new().render();
}
