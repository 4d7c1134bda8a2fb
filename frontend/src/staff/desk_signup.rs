//! Signing a citizen up at the desk (channel "assisted"): the same form state and the
//! same shared rules as the phone's sign-up (`pages::register::form`), with what only
//! the desk may do (the names are not matched against the code: the facilitator holds
//! the document). The notice is shown for the citizen to read, or given on paper; the
//! pass is printed as an A6 card and never kept on the tablet.

use ponte_domain::api::RegistrationResponse;
use ponte_domain::codelists::{CITIZENSHIP, CodeList, EDUCATION, EMPLOYMENT};
use ponte_domain::province::PROVINCES;
use ponte_domain::registration::{Channel, RegisteredBy, Rules};
use ponte_domain::{Centre, Programme};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::api::{self, StaffError};
use crate::components::privacy::PrivacyNotice;
use crate::device::{new_submission_id, now_seconds};
use crate::i18n::use_i18n;
use crate::pages::register::form::{Action, Context, Field, FieldError, State, request};
use crate::pages::register::{label, say};

#[derive(Properties, PartialEq)]
pub struct DeskSignUpProps {
    pub centre: String,
}

#[component(DeskSignUp)]
pub fn desk_sign_up(props: &DeskSignUpProps) -> Html {
    let i18n = use_i18n();
    let open = use_state(|| false);
    let place = use_state(|| None::<(Centre, Programme)>);
    {
        let place = place.clone();
        use_effect_with(props.centre.clone(), move |code| {
            let code = code.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let Ok(code) = ponte_domain::CentreCode::parse(&code) else {
                    return;
                };
                if let (Ok(centre), Ok(list)) = (
                    crate::api::centre(&code).await,
                    crate::api::programmes().await,
                ) && let Some(p) = list
                    .programmes
                    .into_iter()
                    .find(|p| p.id == centre.programme)
                {
                    place.set(Some((centre, p)));
                }
            });
        });
    }
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    html! {
        <section class="staff-signup" aria-labelledby="signup-title">
            <h2 id="signup-title">{ i18n.t("staff-signup-title") }</h2>
            <p class="hint">{ i18n.t("staff-signup-hint") }</p>
            <button type="button" class="button button-secondary" id="open-signup"
                aria-expanded={(*open).to_string()} onclick={toggle}>
                { i18n.t(if *open { "staff-signup-close" } else { "staff-signup-open" }) }
            </button>
            if *open {
                if let Some((centre, programme)) = (*place).clone() {
                    <SignUpForm {centre} {programme} />
                } else {
                    <p class="status" role="status">{ i18n.t("loading") }</p>
                }
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct FormProps {
    centre: Centre,
    programme: Programme,
}

#[component(SignUpForm)]
fn sign_up_form(props: &FormProps) -> Html {
    let i18n = use_i18n();
    let state = use_reducer(State::default);
    let submission = use_state(new_submission_id);
    let paper = use_state(|| false);
    let done = use_state(|| None::<Result<RegistrationResponse, StaffError>>);
    let summary = use_node_ref();
    {
        let summary = summary.clone();
        use_effect_with(state.attempt, move |_| {
            if let Some(el) = summary.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let (centre, programme) = (&props.centre, &props.programme);
    let text = |field: Field| {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                state.dispatch(Action::Text(field, i.value()));
            }
        })
    };
    let choose = |field: Field| {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<HtmlSelectElement>() {
                state.dispatch(Action::Text(field, s.value()));
            }
        })
    };
    let tick = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                state.dispatch(Action::Tick(Field::Privacy, i.checked()));
            }
        })
    };
    let on_paper = {
        let paper = paper.clone();
        Callback::from(move |e: Event| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                paper.set(i.checked());
            }
        })
    };
    let onsubmit = {
        let (state, submission, done, paper) = (
            state.clone(),
            submission.clone(),
            done.clone(),
            paper.clone(),
        );
        let (code, province, programme) = (
            centre.code.to_string(),
            centre.province.code,
            programme.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(today) = ponte_domain::clock::rome_date(now_seconds()) else {
                return;
            };
            let ctx = Context {
                centre: code.clone(),
                submission: *submission,
                rules: Rules {
                    min_age: programme.min_age,
                    without_codice_fiscale: false,
                    privacy_version: programme.privacy.notice_version(),
                    registered_by: RegisteredBy::Facilitator,
                },
                no_cf_allowed: false,
                province_default: province,
                today,
                channel: if *paper {
                    Channel::PaperAssisted
                } else {
                    Channel::Assisted
                },
            };
            match request(&state.form, &ctx) {
                Err(problems) => state.dispatch(Action::Problems(problems)),
                Ok(body) => {
                    let (state, done, submission, min_age) = (
                        state.clone(),
                        done.clone(),
                        submission.clone(),
                        programme.min_age,
                    );
                    wasm_bindgen_futures::spawn_local(async move {
                        match api::register(&body).await {
                            Ok(reply) => {
                                state.dispatch(Action::Accepted);
                                submission.set(new_submission_id());
                                done.set(Some(Ok(reply)));
                            }
                            Err(StaffError::Refused(d)) if d.field.is_some() => {
                                state.dispatch(Action::Problems(vec![FieldError::from_server(
                                    &d, min_age,
                                )]));
                            }
                            Err(e) => done.set(Some(Err(e))),
                        }
                    });
                }
            }
        })
    };
    if let Some(Ok(reply)) = &*done {
        // "Done" clears the card: the next person at the desk must not see this pass.
        let clear = {
            let done = done.clone();
            Callback::from(move |_| done.set(None))
        };
        return pass_card(&i18n, reply, clear);
    }
    let form = &state.form;
    let invalid = |f: Field| state.error(f).is_some().to_string();
    let error = |f: Field| match state.error(f) {
        Some(e) => {
            html! { <p class="field-message hint-error" id={format!("{}-error", f.id())}>{ say(&i18n, e) }</p> }
        }
        None => Html::default(),
    };
    let input = |f: Field, label_id: &str, value: &str, autocomplete: &'static str| {
        html! {
            <div class="field">
                <label for={f.id()}>{ i18n.t(label_id) }</label>
                <input id={f.id()} value={value.to_owned()} autocomplete={autocomplete}
                    aria-invalid={invalid(f)} oninput={text(f)} />
                { error(f) }
            </div>
        }
    };
    let select = |f: Field, label_id: &str, list: CodeList, value: &str, id: &str| {
        html! {
            <div class="field">
                <label for={f.id()}>{ i18n.t(label_id) }</label>
                <select id={f.id()} onchange={choose(f)} aria-invalid={invalid(f)}>
                    <option value="" selected={value.is_empty()}>{ i18n.t("register-choose") }</option>
                    { for list.iter().map(|(code, _)| html! {
                        <option value={*code} selected={value == *code}>{ i18n.t(&format!("{id}-{code}")) }</option>
                    }) }
                </select>
                { error(f) }
            </div>
        }
    };
    html! {
        <form class="form" {onsubmit} novalidate=true id="desk-signup">
            if !state.errors.is_empty() {
                <div class="error-summary" role="alert" tabindex="-1" ref={summary}>
                    <h3>{ i18n.t("register-fix") }</h3>
                    <ul>
                        { for state.errors.iter().map(|e| html! {
                            <li><a href={format!("#{}", e.field.id())}>{ format!("{}: {}", label(&i18n, e.field), say(&i18n, e)) }</a></li>
                        }) }
                    </ul>
                </div>
            }
            { input(Field::CodiceFiscale, "register-cf", &form.codice_fiscale, "off") }
            { input(Field::FirstName, "register-first-name", &form.first_name, "off") }
            { input(Field::LastName, "register-last-name", &form.last_name, "off") }
            { select(Field::Education, "register-education", EDUCATION, &form.education, "education") }
            { select(Field::Employment, "register-employment", EMPLOYMENT, &form.employment, "employment") }
            { select(Field::Citizenship, "register-citizenship", CITIZENSHIP, &form.citizenship, "citizenship") }
            <div class="field">
                <label for="province">{ i18n.t("register-province") }</label>
                <select id="province" onchange={choose(Field::Province)}>
                    { for PROVINCES.iter().map(|p| {
                        let selected = if form.province.is_empty() { p.code == centre.province.code } else { form.province == p.code };
                        html! { <option value={p.code} {selected}>{ p.name }</option> }
                    }) }
                </select>
            </div>
            <fieldset class="field">
                <legend>{ i18n.t("register-privacy-title") }</legend>
                <p>{ i18n.t("staff-signup-notice") }</p>
                <PrivacyNotice programme={programme.clone()} />
                <label class="check" for="paper-notice">
                    <input type="checkbox" id="paper-notice" checked={*paper} onchange={on_paper} />
                    <span>{ i18n.t("staff-signup-paper") }</span>
                </label>
                <label class="check" for={Field::Privacy.id()}>
                    <input type="checkbox" id={Field::Privacy.id()} checked={form.privacy}
                        aria-invalid={invalid(Field::Privacy)} onchange={tick} />
                    <span>{ i18n.t("staff-signup-read") }</span>
                </label>
                { error(Field::Privacy) }
            </fieldset>
            if let Some(Err(e)) = &*done {
                <p class="notice notice-error" role="alert">{ i18n.t(&e.message_id()) }</p>
            }
            <button class="button button-big" type="submit" id="desk-signup-send">{ i18n.t("staff-signup-send") }</button>
        </form>
    }
}

/// The new pass, to print on an A6 card and hand over.
fn pass_card(
    i18n: &crate::i18n::I18n,
    reply: &RegistrationResponse,
    clear: Callback<MouseEvent>,
) -> Html {
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <>
            <p class="notice" role="status" id="signup-done">{ i18n.t("staff-signup-done") }</p>
            <div class="pass-card" id="signup-card">
                <p class="pass-card-title">{ i18n.t("app-name") }</p>
                <div class="pass-qr">{ Html::from_html_unchecked(reply.pass_qr_svg.clone().into()) }</div>
                <p class="pass-code">{ reply.pass_code.clone() }</p>
                <p class="hint">{ i18n.t("staff-card-hint") }</p>
            </div>
            <div class="staff-report-actions">
                <button type="button" class="button button-secondary" onclick={print}>{ i18n.t("staff-print") }</button>
                <button type="button" class="button" id="signup-next" onclick={clear}>{ i18n.t("staff-done") }</button>
            </div>
        </>
    }
}
