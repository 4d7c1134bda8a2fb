//! Links between the app's pages.

use yew::prelude::*;

use crate::routes::{Navigator, Route};

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: Route,
    #[prop_or_default]
    pub classes: Classes,
    #[prop_or_default]
    pub children: Html,
}

/// A real `<a href>` (it opens in a new tab, can be copied, works without the app), that
/// navigates in place on a plain click, except to pages of another bundle.
#[component(Link)]
pub fn link(props: &LinkProps) -> Html {
    // Outside the visitor app's router (in the citizen app) every link loads a page.
    let navigator = use_context::<Navigator>();
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(navigator) = &navigator else { return };
            // At the kiosk no click leaves it, not even one asking for a new tab.
            let plain =
                e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key());
            if navigator.keeps_every_link() || (navigator.handles(&to) && plain) {
                e.prevent_default();
                navigator.push(to.clone());
            }
        })
    };
    html! {
        <a href={props.to.to_path()} class={props.classes.clone()} {onclick}>{ props.children.clone() }</a>
    }
}
