//! `/feedback` and `/c/{code}/feedback` (citizen app): report a problem with a public
//! digital service in under a minute, with or without a pass, online or not.

use ponte_domain::api::FeedbackResponse;
use ponte_domain::codelists::PUBLIC_SERVICE;
use ponte_domain::feedback::{Category, Device, MAX_TEXT, needs_service_name};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::api::Write;
use crate::components::layout::Layout;
use crate::components::link::Link;
use crate::components::scale::OneToFive;
use crate::components::status::refusal;
use crate::device::{self, new_submission_id};
use crate::hooks::use_outbox;
use crate::hooks::{Submitted, use_submit, use_title};
use crate::i18n::use_i18n;
use crate::routes::Route;

#[derive(Properties, PartialEq)]
pub struct FeedbackProps {
    /// The centre the report is made from, if any.
    #[prop_or_default]
    pub centre: Option<String>,
}

mod form;

use self::form::{Action, Context, Form, State, request};

/// The browser's name and major version, read from the user agent, never asked.
fn browser() -> Option<String> {
    let ua = web_sys::window()?.navigator().user_agent().ok()?;
    [
        "Edg/",
        "OPR/",
        "Firefox/",
        "SamsungBrowser/",
        "Chrome/",
        "Version/",
    ]
    .iter()
    .find_map(|marker| {
        let at = ua.find(marker)?;
        let version: String = ua[at + marker.len()..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        let name = match *marker {
            "Edg/" => "Edge",
            "OPR/" => "Opera",
            "Version/" => "Safari",
            m => m.trim_end_matches('/'),
        };
        Some(format!("{name} {version}"))
    })
}

#[component(FeedbackPage)]
pub fn feedback_page(props: &FeedbackProps) -> Html {
    let i18n = use_i18n();
    // Not remembered by a shared tablet's browser for the next citizen.
    let email_fill = match crate::hooks::use_channel() {
        ponte_domain::registration::Channel::Kiosk => "off",
        _ => "email",
    };
    use_title(i18n.t("feedback-title"));
    let outbox = use_outbox();
    let state = use_reducer(State::default);
    // The id of the report last sent: the queued screen follows it through the outbox.
    let last = use_state(|| None::<ponte_domain::submission::SubmissionId>);
    let submitter = use_submit::<FeedbackResponse>();
    let problem = use_state(|| None::<String>);

    {
        // A refusal the form cannot fix by itself: say why, in the citizen's words.
        let (problem, i18n) = (problem.clone(), i18n.clone());
        use_effect_with(submitter.state.clone(), move |state| {
            if let Submitted::Refused(e) = state {
                problem.set(Some(refusal(&i18n, e)));
            }
        });
    }
    let again = {
        let (reset, state) = (submitter.reset.clone(), state.clone());
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::Reset);
            reset.emit(());
        })
    };
    let back = props.centre.as_ref().map(|code| {
        html! {
            <p><Link to={Route::Centre { code: code.clone() }} classes="button button-secondary">
                { i18n.t("poster-back") }
            </Link></p>
        }
    });
    match &submitter.state {
        Submitted::Done(reply) => {
            return html! {
                <Layout>
                    <h1>{ i18n.t("feedback-done") }</h1>
                    if !reply.masked.is_empty() {
                        <p class="notice" role="status">{ i18n.t("feedback-masked") }</p>
                    }
                    <button type="button" class="button" onclick={again}>{ i18n.t("feedback-another") }</button>
                    { back }
                </Layout>
            };
        }
        Submitted::Queued => {
            // Saved on the phone; the outbox sends it, and this screen says when: gone
            // from the queue, and not among what the server refused (the banner says
            // that).
            let sent = last.is_some_and(|id| {
                !device::outbox().iter().any(|p| p.submission_id == id)
                    && !outbox.refused.iter().any(|r| r.submission_id == id)
            });
            return html! {
                <Layout>
                    <h1>{ i18n.t(if sent { "feedback-done" } else { "feedback-queued-title" }) }</h1>
                    <p class="notice outbox" role="status">
                        { i18n.t(if sent { "feedback-sent-later" } else { "feedback-queued" }) }
                    </p>
                    <button type="button" class="button" onclick={again}>{ i18n.t("feedback-another") }</button>
                    { back }
                </Layout>
            };
        }
        _ => {}
    }

    // Selects, text fields and boxes give their value ("true" or "false" for a box).
    let update = |f: fn(&mut Form, String)| {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let value = match e.target_dyn_into::<HtmlTextAreaElement>() {
                Some(area) => area.value(),
                None => {
                    let input = e.target_unchecked_into::<HtmlInputElement>();
                    if input.type_() == "checkbox" {
                        input.checked().to_string()
                    } else {
                        input.value()
                    }
                }
            };
            state.dispatch(Action::Edit(f, value));
        })
    };
    let on_text = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            state.dispatch(Action::Edit(|f, v| f.text = v, value));
        })
    };
    // A radio of a fixed choice: the edit knows its value.
    let choose = |f: fn(&mut Form, String), value: String| {
        let state = state.clone();
        Callback::from(move |_: Event| state.dispatch(Action::Edit(f, value.clone())))
    };
    let has_error = |field: &str| state.at_fault(field);

    let onsubmit = {
        let (state, problem, send, i18n, last) = (
            state.clone(),
            problem.clone(),
            submitter.send.clone(),
            i18n.clone(),
            last.clone(),
        );
        let centre = props.centre.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let ctx = Context {
                submission: new_submission_id(),
                centre: centre.clone(),
                browser: browser(),
                lang: i18n.lang.code().to_owned(),
            };
            // The shared rules, before anything leaves the phone.
            match request(&state.form, &ctx) {
                Ok(request) => {
                    last.set(Some(request.submission_id));
                    state.dispatch(Action::Problems(Vec::new()));
                    problem.set(None);
                    send.emit(Write::Feedback(request));
                }
                Err(fields) => {
                    state.dispatch(Action::Problems(fields));
                    problem.set(Some(i18n.t("register-fix")));
                }
            }
        })
    };

    let form = &state.form;
    let left = MAX_TEXT.saturating_sub(form.text.chars().count());
    html! {
        <Layout>
            <h1>{ i18n.t("feedback-title") }</h1>
            <p class="lead">{ i18n.t("feedback-intro") }</p>
            <form class="form" novalidate=true {onsubmit}>
                <fieldset class={classes!("services", has_error("public_service").then_some("field-error"))} id="public_service">
                    <legend>{ i18n.t("feedback-service") }</legend>
                    { for PUBLIC_SERVICE.iter().map(|(c, _)| *c).map(|code| html! {
                        <label class="service">
                            <input type="radio" name="public_service" id={format!("public_service-{code}")}
                                checked={form.service == code}
                                onchange={choose(|f, v| f.service = v, code.to_owned())} />
                            <svg class="service-icon" aria-hidden="true" focusable="false">
                                <use href={format!("#svc-{code}")} />
                            </svg>
                            <span>{ i18n.t(&format!("service-{code}")) }</span>
                        </label>
                    }) }
                </fieldset>
                if needs_service_name(&form.service) {
                    <div class={classes!("field", has_error("service_name").then_some("field-error"))}>
                        <label for="service_name">{ i18n.t("feedback-service-name") }</label>
                        <input id="service_name" type="text" value={form.service_name.clone()}
                            onchange={update(|f, v| f.service_name = v)} />
                    </div>
                }
                <fieldset class={classes!("choices", has_error("category").then_some("field-error"))}>
                    <legend>{ i18n.t("feedback-category") }</legend>
                    { for Category::ALL.into_iter().map(|c| html! {
                        <label class="check">
                            <input type="radio" name="category" id={format!("category-{}", c.as_str())}
                                checked={form.category == Some(c)}
                                onchange={choose(
                                    |f, v| f.category = Category::ALL.into_iter().find(|c| c.as_str() == v),
                                    c.as_str().to_owned(),
                                )} />
                            { i18n.t(&format!("category-{}", c.as_str())) }
                        </label>
                    }) }
                </fieldset>
                <OneToFive name="severity" legend={i18n.t("feedback-severity")} value={Some(form.severity)}
                    onchange={
                        let state = state.clone();
                        Callback::from(move |n: u8| {
                            state.dispatch(Action::Edit(|f, v| f.severity = v.parse().unwrap_or(3), n.to_string()))
                        })
                    } />
                <div class={classes!("field", has_error("text").then_some("field-error"))}>
                    <label for="text">{ i18n.t("feedback-text") }</label>
                    <textarea id="text" rows="5" maxlength={MAX_TEXT.to_string()} value={form.text.clone()}
                        oninput={on_text} aria-describedby="text-hint" />
                    <p id="text-hint" class="hint">{ i18n.t("feedback-text-hint") }{ format!(" ({left})") }</p>
                </div>
                <fieldset class="choices">
                    <legend>{ i18n.t("feedback-device") }</legend>
                    <label class="check">
                        <input type="radio" name="device" id="device-phone" checked={form.device == Some(Device::Phone)}
                            onchange={choose(|f, _| f.device = Some(Device::Phone), String::new())} />
                        { i18n.t("device-phone") }
                    </label>
                    <label class="check">
                        <input type="radio" name="device" id="device-computer" checked={form.device == Some(Device::Computer)}
                            onchange={choose(|f, _| f.device = Some(Device::Computer), String::new())} />
                        { i18n.t("device-computer") }
                    </label>
                </fieldset>
                <fieldset class="contact">
                    <legend>{ i18n.t("feedback-contact-title") }</legend>
                    <div class={classes!("field", has_error("contact").then_some("field-error"))}>
                        <label for="email">{ i18n.t("register-email") }</label>
                        <input id="email" type="email" autocomplete={email_fill} value={form.email.clone()}
                            onchange={update(|f, v| f.email = v)} />
                    </div>
                    <label class="check">
                        <input id="feedback-consent" type="checkbox" checked={form.consent}
                            onchange={update(|f, v| f.consent = v == "true")} />
                        { i18n.t("feedback-contact-consent") }
                    </label>
                </fieldset>
                if let Some(p) = &*problem {
                    <p class="notice notice-error" role="alert">{ p.clone() }</p>
                }
                <button type="submit" id="feedback-submit" class="button button-big" disabled={submitter.state.is_sending()}>
                    { i18n.t("feedback-submit") }
                </button>
            </form>
        </Layout>
    }
}
