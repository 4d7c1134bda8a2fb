use yew::prelude::*;

use ponte_domain::api::ErrorDetail;

use crate::api::FetchError;
use crate::i18n::{I18n, use_i18n};

#[component(Loading)]
pub fn loading() -> Html {
    let i18n = use_i18n();
    html! { <p class="status" role="status" aria-live="polite">{ i18n.t("loading") }</p> }
}

#[derive(Properties, PartialEq)]
pub struct FailedProps {
    pub error: FetchError,
    pub retry: Callback<()>,
}

/// A failure said plainly, with the one thing to do about it.
#[component(Failed)]
pub fn failed(props: &FailedProps) -> Html {
    let i18n = use_i18n();
    let retry = props.retry.reform(|_: MouseEvent| ());
    html! {
        <div class="notice notice-error" role="alert">
            <p>{ i18n.t(props.error.message_id()) }</p>
            <button type="button" class="button" onclick={retry}>{ i18n.t("retry") }</button>
        </div>
    }
}

/// Why the server did not accept a write, in the citizen's words: one message per
/// error code (`refused-…`), never the server's English text.
pub fn refusal(i18n: &I18n, e: &ErrorDetail) -> String {
    i18n.t(&format!("refused-{}", e.code.as_str()))
}

/// "Waiting to be sent: 1 visit, 1 report." naming what waits, or nothing.
pub fn waiting_text(i18n: &I18n) -> Option<String> {
    let parts: Vec<String> = crate::device::waiting_by_kind()
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(kind, n)| i18n.t_with(&format!("outbox-waiting-{kind}"), &[("count", (*n).into())]))
        .collect();
    (!parts.is_empty()).then(|| i18n.t_with("outbox-waiting", &[("what", parts.join(", ").into())]))
}
