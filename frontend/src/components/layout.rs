use yew::prelude::*;

use crate::components::link::Link;
use crate::i18n::use_i18n;
use crate::routes::Route;

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub children: Html,
}

/// The frame of every citizen page: a skip link, the header with the language switch,
/// the main content, a footer.
#[component(Layout)]
pub fn layout(props: &LayoutProps) -> Html {
    let i18n = use_i18n();
    let at_kiosk = use_context::<crate::routes::Navigator>().is_some_and(|n| n.keeps_every_link());
    html! {
        <>
            <a class="skip-link" href="#main">{ i18n.t("skip-to-content") }</a>
            <header class="site-header">
                <div class="wrap header-row">
                    <Link to={Route::Home} classes="brand">
                        <span class="brand-name">{ i18n.t("app-name") }</span>
                        <span class="brand-tagline">{ i18n.t("app-tagline") }</span>
                    </Link>
                    <LangSwitch />
                </div>
            </header>
            <main id="main" class="wrap" tabindex="-1">{ props.children.clone() }</main>
            <footer class="site-footer"><div class="wrap">
                <p>{ i18n.t("footer-text") }</p>
                // The server's pages; never from the kiosk, which no tap may leave.
                if !at_kiosk {
                    <p class="footer-links">
                        <a href="/privacy">{ i18n.t("footer-privacy") }</a>
                        <a href="/accessibility">{ i18n.t("footer-a11y") }</a>
                    </p>
                    <DisplayChoice />
                }
            </div></footer>
        </>
    }
}

/// Larger text and higher contrast, each a toggle, remembered on the device and
/// applied to the page's root (the server's pages read the same choice before they
/// paint, the app's pages in their first script). Not at the kiosk: a shared tablet
/// keeps one display for all. Kept small: the state is the root's classes themselves.
#[component(DisplayChoice)]
fn display_choice() -> Html {
    use ponte_domain::storage::{DISPLAY, DISPLAY_CLASSES};
    let i18n = use_i18n();
    let root = || {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
    };
    let toggle = |class: &'static str, label: &str| {
        let pressed = root().is_some_and(|r| r.class_list().contains(class));
        let onclick = Callback::from(move |e: MouseEvent| {
            let Some(root) = root() else { return };
            let on = root.class_list().toggle(class).unwrap_or(false);
            if let Some(button) = e.target_dyn_into::<web_sys::Element>() {
                let _ = button.set_attribute("aria-pressed", if on { "true" } else { "false" });
            }
            let kept: Vec<&str> = DISPLAY_CLASSES
                .into_iter()
                .filter(|c| root.class_list().contains(c))
                .collect();
            let _ =
                <gloo_storage::LocalStorage as gloo_storage::Storage>::set(DISPLAY, kept.join(" "));
        });
        html! {
            <button type="button" id={format!("display-{class}")} aria-pressed={pressed.to_string()} {onclick}>
                { i18n.t(label) }
            </button>
        }
    };
    html! {
        <p class="display-choice" role="group" aria-label={i18n.t("display-choice")}>
            { toggle("text-large", "display-large") }
            { toggle("contrast-high", "display-contrast") }
        </p>
    }
}

/// The current language, which opens the list of the others, each named in its own
/// language, so a person finds theirs without reading the current one (eight buttons
/// would fill a phone's header).
#[component(LangSwitch)]
pub fn lang_switch() -> Html {
    let i18n = use_i18n();
    let (menu, summary) = (use_node_ref(), use_node_ref());
    html! {
        <details class="lang-switch" ref={menu.clone()}>
        <summary id="lang-menu" ref={summary.clone()}>
            <span class="visually-hidden">{ i18n.t("language") }{ ": " }</span>
            <span lang={i18n.lang.code()}>{ i18n.lang.native_name() }</span>
        </summary>
        <nav aria-label={i18n.t("language")}>
            { for i18n.languages().into_iter().map(|lang| {
                let onclick = {
                    let (i18n, menu, summary) = (i18n.clone(), menu.clone(), summary.clone());
                    Callback::from(move |_| {
                        i18n.set_lang(lang);
                        // The list closes; focus goes back to what opened it, not to
                        // the top of the page.
                        if let Some(menu) = menu.cast::<web_sys::Element>() {
                            let _ = menu.remove_attribute("open");
                        }
                        if let Some(summary) = summary.cast::<web_sys::HtmlElement>() {
                            let _ = summary.focus();
                        }
                    })
                };
                html! {
                    <button type="button" lang={lang.code()} id={format!("lang-{}", lang.code())}
                        aria-pressed={(i18n.lang == lang).to_string()} {onclick}>
                        { lang.native_name() }
                    </button>
                }
            }) }
        </nav>
        </details>
    }
}
