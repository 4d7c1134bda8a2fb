//! The kiosk's own screens: the language first (each in its own name), the centre's
//! buttons, and the centre's QR for those who would rather use their phone.

use ponte_domain::CentreCode;
use yew::prelude::*;

use super::Screen;
use crate::components::layout::Layout;
use crate::components::status::{Failed, Loading};
use crate::hooks::{Remote, use_centre, use_title};
use crate::i18n::{KIOSK, Lang, format, use_i18n};
use crate::routes::Route;

#[derive(Properties, PartialEq)]
pub struct LanguagesProps {
    pub on_chosen: Callback<()>,
}

/// The first screen: "choose your language" said in every language, one big button
/// per language in its own name. The tap also asks for full screen (browsers only
/// allow it on a tap).
#[component(Languages)]
pub fn languages(props: &LanguagesProps) -> Html {
    let i18n = use_i18n();
    use_title(i18n.t("kiosk-title"));
    // The tablet says "choose your language" in every language, so it keeps them all
    // (the worker keeps them for a power cut); until they are here, each line is
    // shown as soon as its language arrives.
    let arrived = use_state(|| 0usize);
    {
        let arrived = arrived.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                for (n, lang) in Lang::ALL.into_iter().enumerate() {
                    let _ = crate::i18n::load(lang, KIOSK).await;
                    arrived.set(n + 1);
                }
            });
        });
    }
    html! {
        <main id="main" class="wrap kiosk-languages" tabindex="-1" data-languages={arrived.to_string()}>
            <h1>
                { for Lang::ALL.into_iter().map(|lang| html! {
                    <span lang={lang.code()} class="kiosk-language-title">
                        { format(KIOSK, lang, "kiosk-choose-language", &[]) }
                    </span>
                }) }
            </h1>
            <ul class="kiosk-language-list">
                { for Lang::ALL.into_iter().map(|lang| {
                    let onclick = {
                        let (i18n, on_chosen) = (i18n.clone(), props.on_chosen.clone());
                        Callback::from(move |_: MouseEvent| {
                            i18n.set_lang(lang);
                            full_screen();
                            on_chosen.emit(());
                        })
                    };
                    html! {
                        <li><button type="button" class="button button-big kiosk-language" lang={lang.code()}
                            id={format!("kiosk-lang-{}", lang.code())} {onclick}>
                            { lang.native_name() }
                        </button></li>
                    }
                }) }
            </ul>
        </main>
    }
}

fn full_screen() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.request_fullscreen();
    }
}

#[derive(Properties, PartialEq)]
pub struct HomeProps {
    pub code: String,
    pub go: Callback<Screen>,
}

/// One big button for each thing a citizen can do here.
#[component(Home)]
pub fn home(props: &HomeProps) -> Html {
    let i18n = use_i18n();
    let (centre, retry) = use_centre(&props.code);
    use_title(match &centre {
        Remote::Ready(c) => c.name.clone(),
        _ => i18n.t("kiosk-title"),
    });
    let name = match centre {
        Remote::Loading => return html! { <Layout><Loading /></Layout> },
        Remote::Failed(e) => return html! { <Layout><Failed error={e} {retry} /></Layout> },
        Remote::Ready(c) => c.name,
    };
    let code = props.code.clone();
    let actions = [
        (
            "register",
            Screen::Page(Route::Register { code: code.clone() }),
        ),
        (
            "checkin",
            Screen::Page(Route::CheckIn { code: code.clone() }),
        ),
        ("survey", Screen::Page(Route::Survey { code: code.clone() })),
        (
            "feedback",
            Screen::Page(Route::Feedback {
                code: Some(code.clone()),
            }),
        ),
        ("phone", Screen::Phone),
    ];
    html! {
        <Layout>
            <h1 id="centre-name">{ name }</h1>
            <p class="lead">{ i18n.t("kiosk-welcome") }</p>
            <ul class="kiosk-actions">
                { for actions.into_iter().map(|(key, to)| {
                    let onclick = props.go.reform(move |_: MouseEvent| to.clone());
                    html! {
                        <li><button type="button" class="kiosk-action" id={format!("kiosk-{key}")} {onclick}>
                            <span class="kiosk-action-title">{ i18n.t(&format!("kiosk-{key}")) }</span>
                            <span class="kiosk-action-text">{ i18n.t(&format!("kiosk-{key}-text")) }</span>
                        </button></li>
                    }
                }) }
            </ul>
        </Layout>
    }
}

#[derive(Properties, PartialEq)]
pub struct PhoneProps {
    pub code: String,
}

/// The centre's poster QR, for those who prefer their own phone: what they do there
/// stays on their phone, not on this tablet.
#[component(Phone)]
pub fn phone(props: &PhoneProps) -> Html {
    let i18n = use_i18n();
    use_title(i18n.t("kiosk-phone"));
    let qr = CentreCode::parse(&props.code)
        .ok()
        .map(|c| crate::api::qr_url(&c));
    html! {
        <Layout>
            <h1>{ i18n.t("kiosk-phone") }</h1>
            <p class="lead">{ i18n.t("kiosk-phone-text") }</p>
            if let Some(src) = qr {
                <img class="kiosk-qr" {src} width="320" height="320" alt={i18n.t("kiosk-phone-alt")} />
            }
        </Layout>
    }
}
