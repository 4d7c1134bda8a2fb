//! A programme's privacy notice (GDPR art. 13), in two layers: the essentials in a
//! few lines, then the whole notice a tap away, filled in with the programme's own
//! controller and DPO.

use ponte_domain::Programme;
use yew::prelude::*;

use crate::i18n::{Arg, use_i18n};

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub programme: Programme,
}

#[component(PrivacyNotice)]
pub fn privacy_notice(props: &NoticeProps) -> Html {
    let i18n = use_i18n();
    let p = &props.programme;
    let args: Vec<(&str, Arg)> = vec![
        ("controller", p.privacy.controller.as_str().into()),
        ("address", p.privacy.controller_address.as_str().into()),
        ("contact", p.privacy.controller_contact.as_str().into()),
        ("dpo", p.privacy.dpo_contact.as_str().into()),
        ("programme", p.name.as_str().into()),
        ("version", p.privacy.notice_version().into()),
        (
            "months",
            usize::from(p.privacy.names_retention_months.unwrap_or(0)).into(),
        ),
    ];
    let section = |title: &str, text: &str| {
        html! {
            <>
                <h3>{ i18n.t(title) }</h3>
                <p>{ i18n.t_with(text, &args) }</p>
            </>
        }
    };
    html! {
        <div class="privacy-text" id="privacy-notice">
            <p>{ i18n.t_with("privacy-summary", &args) }</p>
            <details>
                <summary>{ i18n.t("privacy-more") }</summary>
                { section("privacy-who-title", "privacy-who") }
                { section("privacy-why-title", "privacy-why") }
                { section("privacy-what-title", "privacy-what") }
                { section("privacy-recipients-title", "privacy-recipients") }
                { section("privacy-retention-title", "privacy-retention") }
                { section("privacy-rights-title", "privacy-rights") }
                { section("privacy-contacts-title", "privacy-contacts") }
                <p class="hint">{ i18n.t_with("privacy-version", &args) }</p>
            </details>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct AgainProps {
    pub programme: Programme,
    pub on_ack: Callback<()>,
}

/// A programme's notice shown again before a check-in or a presence (a new version, or
/// another region's), with the button that acknowledges it.
#[component(NoticeAgain)]
pub fn notice_again(props: &AgainProps) -> Html {
    let i18n = use_i18n();
    // A shared tablet cannot know who has read it: it says so, not "it is new to you".
    let lead = match crate::hooks::use_channel() {
        ponte_domain::registration::Channel::Kiosk => "privacy-at-kiosk",
        _ => "privacy-updated",
    };
    html! {
        <section class="privacy-updated" aria-labelledby="privacy-updated-title">
            <h2 id="privacy-updated-title">{ i18n.t("register-privacy-title") }</h2>
            <p class="notice">{ i18n.t(lead) }</p>
            <PrivacyNotice programme={props.programme.clone()} />
            <button type="button" id="privacy-ack" class="button button-big"
                onclick={props.on_ack.reform(|_: MouseEvent| ())}>
                { i18n.t("privacy-updated-ack") }
            </button>
        </section>
    }
}
