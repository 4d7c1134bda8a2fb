//! `/c/{code}/register`: sign up once, with the codice fiscale checked as it is typed
//! (the same rules the server applies), then get a pass.
//!
//! Errors follow the best public-service forms (GOV.UK's pattern): every problem at
//! once, in a summary at the top that takes the focus and links to each field, and a
//! message at each field; limits are said before they are hit.

pub(crate) mod form;

use ponte_domain::codelists::{CITIZENSHIP, CodeList, EDUCATION, EMPLOYMENT};
use ponte_domain::codice_fiscale::{CfError, CodiceFiscale};
use ponte_domain::province::PROVINCES;
use ponte_domain::registration::{MAX_NAME_CHARS, Problem, RegisteredBy, Rules};
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use self::form::{Action, Context, Field, FieldError, Message, State, request};
use crate::api::{self, PostError};
use crate::components::layout::Layout;
use crate::components::link::Link;
use crate::components::pass::PassCard;
use crate::components::privacy::PrivacyNotice;
use crate::components::status::{Failed, Loading};
use crate::device::{self, StoredPass, new_submission_id};
use crate::hooks::{Remote, use_centre, use_remote, use_title};
use crate::i18n::{I18n, use_i18n};
use crate::routes::Route;

#[derive(Properties, PartialEq)]
pub struct RegisterProps {
    pub code: String,
}

#[derive(Clone, PartialEq)]
enum Phase {
    /// This phone already keeps a pass: use it, or sign up someone else.
    HasPass,
    Editing,
    Sending,
    Done,
}

/// The message for a codice fiscale problem, in the reader's language.
fn cf_message(i18n: &I18n, e: &CfError) -> String {
    match e {
        CfError::Length(n) => i18n.t_with("cf-length", &[("count", (*n).into())]),
        CfError::Character { position, .. } => {
            i18n.t_with("cf-character", &[("position", (*position).into())])
        }
        CfError::Month => i18n.t("cf-month"),
        CfError::Day => i18n.t("cf-day"),
        CfError::NoSuchDate => i18n.t("cf-date"),
        CfError::CheckCharacter => i18n.t("cf-check"),
    }
}

/// What to tell the citizen about a field, in their language.
pub(crate) fn say(i18n: &I18n, e: &FieldError) -> String {
    match &e.message {
        Message::Problem(p) => match p {
            Problem::Required => i18n.t("field-required"),
            Problem::TooLong { max } => i18n.t_with("field-too-long", &[("max", (*max).into())]),
            Problem::NotOneLine | Problem::NotAName => i18n.t("name-characters"),
            Problem::Choose => i18n.t("field-choose"),
            Problem::CodiceFiscale(e) => cf_message(i18n, e),
            Problem::NotABirthYear => i18n.t("birth-year-invalid"),
            Problem::NotAnEmail => i18n.t("email-invalid"),
            Problem::NotAPhone => i18n.t("phone-invalid"),
            Problem::ConsentNeeded => i18n.t("contact-consent-needed"),
            Problem::NoticeChanged { .. } => i18n.t("privacy-changed"),
            Problem::CodeAndNone | Problem::CodeRequired | Problem::DeskOnly => {
                i18n.t("field-invalid")
            }
        },
        Message::PrivacyNeeded => i18n.t("privacy-needed"),
        Message::SexNeeded => i18n.t("field-choose"),
        Message::UnderAge(age) => {
            i18n.t_with("register-under-age", &[("age", usize::from(*age).into())])
        }
        Message::NamesMismatch => i18n.t(&format!("register-names-mismatch-{}", e.field.id())),
        Message::Refused => i18n.t("field-invalid"),
    }
}

/// The label of a field, for the error summary.
pub(crate) fn label(i18n: &I18n, field: Field) -> String {
    i18n.t(match field {
        Field::NoCf | Field::CodiceFiscale => "register-cf",
        Field::BirthYear => "register-birth-year",
        Field::Sex => "register-sex",
        Field::FirstName => "register-first-name",
        Field::LastName => "register-last-name",
        Field::Education => "register-education",
        Field::Employment => "register-employment",
        Field::Citizenship => "register-citizenship",
        Field::Province => "register-province",
        Field::Privacy => "register-privacy-title",
        Field::Email => "register-email",
        Field::Phone => "register-phone",
        Field::ContactConsent => "register-contact-consent",
    })
}

#[component(RegisterPage)]
pub fn register_page(props: &RegisterProps) -> Html {
    let i18n = use_i18n();
    use_title(i18n.t("register-title"));
    let (centre, retry) = use_centre(&props.code);
    let state = use_reducer(State::default);
    // One id for this form, reused by every retry of the same sign-up.
    let submission = use_state(new_submission_id);
    let phase = use_state(|| {
        if device::has_pass() {
            Phase::HasPass
        } else {
            Phase::Editing
        }
    });
    // A message that is about no field: no network.
    let problem = use_state(|| None::<String>);
    let pass = use_state(device::pass);
    let (programmes, _) = use_remote((), |_| crate::api::programmes());
    let channel = crate::hooks::use_channel();
    let finished = crate::hooks::use_flow_finished();
    // A shared tablet's browser must not remember one citizen's details for the next.
    let fill = |what: &'static str| match channel {
        ponte_domain::registration::Channel::Kiosk => "off",
        _ => what,
    };
    let summary = use_node_ref();
    // After a refused attempt the summary takes the focus, so a screen reader reads it
    // and a sighted citizen sees it: it is at the top, not by the button.
    {
        let summary = summary.clone();
        use_effect_with(state.attempt, move |attempt| {
            if *attempt > 0
                && let Some(el) = summary.cast::<HtmlElement>()
            {
                let _ = el.focus();
                el.scroll_into_view();
            }
        });
    }

    let centre = match centre {
        Remote::Loading => return html! { <Layout><Loading /></Layout> },
        Remote::Failed(e) => return html! { <Layout><Failed error={e} {retry} /></Layout> },
        Remote::Ready(c) => c,
    };
    let programme = match &programmes {
        Remote::Ready(list) => list
            .programmes
            .iter()
            .find(|p| p.id == centre.programme)
            .cloned(),
        _ => None,
    };

    if let (Phase::Done, Some(p)) = (&*phase, &*pass) {
        return html! {
            <Layout>
                <h1>{ i18n.t("register-done") }</h1>
                <PassCard pass={p.clone()} centre={centre.code.to_string()} {programme} />
            </Layout>
        };
    }
    if *phase == Phase::HasPass {
        let someone_else = {
            let phase = phase.clone();
            Callback::from(move |_: MouseEvent| phase.set(Phase::Editing))
        };
        return html! {
            <Layout>
                <h1>{ i18n.t("register-has-pass") }</h1>
                <p class="lead">{ i18n.t("register-has-pass-text") }</p>
                <p><Link to={Route::CheckIn { code: centre.code.to_string() }} classes="button button-big">
                    { i18n.t("register-use-my-pass") }
                </Link></p>
                <p><button type="button" id="register-someone-else" class="button button-secondary" onclick={someone_else}>
                    { i18n.t("register-someone-else") }
                </button></p>
            </Layout>
        };
    }

    let text = |field: Field| {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            state.dispatch(Action::Text(
                field,
                e.target_unchecked_into::<HtmlInputElement>().value(),
            ))
        })
    };
    let choose = |field: Field| {
        let state = state.clone();
        Callback::from(move |e: Event| {
            state.dispatch(Action::Text(
                field,
                e.target_unchecked_into::<HtmlSelectElement>().value(),
            ))
        })
    };
    let tick = |field: Field| {
        let state = state.clone();
        Callback::from(move |e: Event| {
            state.dispatch(Action::Tick(
                field,
                e.target_unchecked_into::<HtmlInputElement>().checked(),
            ))
        })
    };

    let province_default = centre.province.code;
    let min_age = programme.as_ref().map_or(18, |p| p.min_age);
    let no_cf_allowed = programme
        .as_ref()
        .is_some_and(|p| p.registration_without_codice_fiscale);
    let form = &state.form;
    let no_cf = no_cf_allowed && form.no_cf;
    let cf_state = match form.codice_fiscale.trim() {
        "" => None,
        text => Some(CodiceFiscale::parse(text)),
    };
    let rules = Rules {
        min_age,
        without_codice_fiscale: no_cf_allowed,
        privacy_version: programme
            .as_ref()
            .map(|p| p.privacy.notice_version())
            .unwrap_or_default(),
        registered_by: RegisteredBy::Citizen,
    };

    let onsubmit = {
        let (state, phase, problem, pass, submission) = (
            state.clone(),
            phase.clone(),
            problem.clone(),
            pass.clone(),
            submission.clone(),
        );
        let i18n = i18n.clone();
        let (centre_code, programme_id) = (centre.code.to_string(), centre.programme.to_string());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *phase == Phase::Sending {
                return;
            }
            let Some(today) = device::today() else { return };
            let ctx = Context {
                centre: centre_code.clone(),
                submission: *submission,
                rules: rules.clone(),
                no_cf_allowed,
                province_default,
                today,
                channel,
            };
            // The same rules the server applies, before anything leaves the phone.
            let request = match request(&state.form, &ctx) {
                Ok(r) => r,
                Err(problems) => {
                    state.dispatch(Action::Problems(problems));
                    return;
                }
            };
            state.dispatch(Action::Accepted);
            phase.set(Phase::Sending);
            problem.set(None);
            let (state, phase, problem, pass, i18n, finished) = (
                state.clone(),
                phase.clone(),
                problem.clone(),
                pass.clone(),
                i18n.clone(),
                finished.clone(),
            );
            let (version, programme_id) = (ctx.rules.privacy_version.clone(), programme_id.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::register(&request).await {
                    Ok(r) => {
                        let stored = StoredPass {
                            pass: r.pass,
                            code: r.pass_code,
                            qr_svg: r.pass_qr_svg,
                        };
                        device::save_pass(&stored);
                        device::note_privacy_seen(&programme_id, &version);
                        pass.set(Some(stored));
                        phase.set(Phase::Done);
                        finished.emit(());
                    }
                    Err(PostError::Network) => {
                        problem.set(Some(i18n.t("register-offline")));
                        phase.set(Phase::Editing);
                    }
                    Err(PostError::Refused(e)) if !FieldError::is_about_the_form(&e) => {
                        problem.set(Some(i18n.t(&format!("refused-{}", e.code.as_str()))));
                        phase.set(Phase::Editing);
                    }
                    Err(PostError::Refused(e)) => {
                        state
                            .dispatch(Action::Problems(vec![FieldError::from_server(&e, min_age)]));
                        phase.set(Phase::Editing);
                    }
                }
            });
        })
    };

    // A field's class, its message and what it is described by.
    let error = |field: Field| state.error(field).map(|e| say(&i18n, e));
    let invalid = |field: Field| state.error(field).is_some().to_string();
    let message = |field: Field| match error(field) {
        Some(m) => {
            html! { <p class="field-message" id={format!("{}-error", field.id())}>{ m }</p> }
        }
        None => html! {},
    };
    let described = |field: Field, hint: &str| match state.error(field) {
        Some(_) => format!("{}-error {hint}", field.id()).trim().to_owned(),
        None => hint.to_owned(),
    };
    let class = |field: Field| classes!("field", state.error(field).map(|_| "field-error"));

    let select = |field: Field, label_id: &str, list: CodeList, value: &str| {
        let id = field.id();
        html! {
            <div class={class(field)}>
                <label for={id}>{ i18n.t(label_id) }</label>
                { message(field) }
                <select id={id} onchange={choose(field)} aria-invalid={invalid(field)}
                    aria-describedby={described(field, "")}>
                    <option value="" selected={value.is_empty()}>{ i18n.t("register-choose") }</option>
                    { for list.iter().map(|(code, _)| html! {
                        <option value={*code} selected={value == *code}>{ i18n.t(&format!("{id}-{code}")) }</option>
                    }) }
                </select>
            </div>
        }
    };

    let cf_error = state.error(Field::CodiceFiscale);
    html! {
        <Layout>
            <h1>{ i18n.t("register-title") }</h1>
            <p class="lead">{ &centre.name }</p>
            if !state.errors.is_empty() {
                <div class="error-summary" id="error-summary" role="alert" tabindex="-1" ref={summary.clone()}>
                    <h2>{ i18n.t("register-fix") }</h2>
                    <ul>
                        { for state.errors.iter().map(|e| html! {
                            <li><a href={format!("#{}", e.field.id())}>
                                { format!("{}: {}", label(&i18n, e.field), say(&i18n, e)) }
                            </a></li>
                        }) }
                    </ul>
                </div>
            }
            <p>{ i18n.t("register-intro") }</p>
            <form class="form" novalidate=true {onsubmit}>
                if no_cf_allowed {
                    <label class="check">
                        <input id="no_cf" type="checkbox" checked={form.no_cf} onchange={tick(Field::NoCf)} />
                        { i18n.t("register-no-cf") }
                    </label>
                }
                if no_cf {
                    <div class={class(Field::BirthYear)}>
                        <label for="birth_year">{ i18n.t("register-birth-year") }</label>
                        { message(Field::BirthYear) }
                        <input id="birth_year" type="text" inputmode="numeric" maxlength="4"
                            value={form.birth_year.clone()} oninput={text(Field::BirthYear)}
                            aria-invalid={invalid(Field::BirthYear)} aria-describedby={described(Field::BirthYear, "")} />
                    </div>
                    <div class={class(Field::Sex)}>
                        <label for="sex">{ i18n.t("register-sex") }</label>
                        { message(Field::Sex) }
                        <select id="sex" onchange={choose(Field::Sex)} aria-invalid={invalid(Field::Sex)}
                            aria-describedby={described(Field::Sex, "")}>
                            <option value="" selected={form.sex.is_empty()}>{ i18n.t("register-choose") }</option>
                            <option value="F" selected={form.sex == "F"}>{ i18n.t("sex-F") }</option>
                            <option value="M" selected={form.sex == "M"}>{ i18n.t("sex-M") }</option>
                        </select>
                    </div>
                } else {
                    <div class={class(Field::CodiceFiscale)}>
                        <label for="codice_fiscale">{ i18n.t("register-cf") }</label>
                        <input id="codice_fiscale" type="text" autocomplete="off" autocapitalize="characters"
                            spellcheck="false" maxlength="20" value={form.codice_fiscale.clone()}
                            oninput={text(Field::CodiceFiscale)} aria-describedby="cf-help"
                            aria-invalid={(matches!(cf_state, Some(Err(_))) || cf_error.is_some()).to_string()} />
                        // The code's own state as it is typed; after an attempt, what was
                        // wrong (under age included), never "correct" beside an error.
                        <p id="cf-help" class={classes!("hint", (matches!(cf_state, Some(Err(_))) || cf_error.is_some()).then_some("hint-error"))} aria-live="polite">
                            { match (cf_error, &cf_state) {
                                (Some(e), _) => say(&i18n, e),
                                (None, None) => i18n.t("register-cf-hint"),
                                (None, Some(Ok(_))) => i18n.t("register-cf-ok"),
                                // Length errors wait until the code could be complete.
                                (None, Some(Err(CfError::Length(n)))) if *n < 16 => i18n.t("register-cf-hint"),
                                (None, Some(Err(e))) => cf_message(&i18n, e),
                            } }
                        </p>
                    </div>
                }
                <p id="names-hint" class="hint">
                    { i18n.t_with("register-names-hint", &[("max", MAX_NAME_CHARS.into())]) }
                </p>
                <div class={class(Field::FirstName)}>
                    <label for="first_name">{ i18n.t("register-first-name") }</label>
                    { message(Field::FirstName) }
                    <input id="first_name" type="text" autocomplete={fill("given-name")} value={form.first_name.clone()}
                        maxlength={MAX_NAME_CHARS.to_string()} oninput={text(Field::FirstName)}
                        aria-describedby={described(Field::FirstName, "names-hint")}
                        aria-invalid={invalid(Field::FirstName)} />
                </div>
                <div class={class(Field::LastName)}>
                    <label for="last_name">{ i18n.t("register-last-name") }</label>
                    { message(Field::LastName) }
                    <input id="last_name" type="text" autocomplete={fill("family-name")} value={form.last_name.clone()}
                        maxlength={MAX_NAME_CHARS.to_string()} oninput={text(Field::LastName)}
                        aria-describedby={described(Field::LastName, "names-hint")}
                        aria-invalid={invalid(Field::LastName)} />
                </div>
                { select(Field::Education, "register-education", EDUCATION, &form.education) }
                { select(Field::Employment, "register-employment", EMPLOYMENT, &form.employment) }
                { select(Field::Citizenship, "register-citizenship", CITIZENSHIP, &form.citizenship) }
                <div class={class(Field::Province)}>
                    <label for="province">{ i18n.t("register-province") }</label>
                    { message(Field::Province) }
                    <select id="province" onchange={choose(Field::Province)} aria-invalid={invalid(Field::Province)}>
                        { for PROVINCES.iter().map(|p| {
                            let selected = if form.province.is_empty() { p.code == province_default } else { form.province == p.code };
                            html! { <option value={p.code} {selected}>{ p.name }</option> }
                        }) }
                    </select>
                </div>
                <fieldset class={classes!("privacy", state.error(Field::Privacy).map(|_| "field-error"))}>
                    <legend>{ i18n.t("register-privacy-title") }</legend>
                    if let Some(p) = &programme {
                        <PrivacyNotice programme={p.clone()} />
                    }
                    { message(Field::Privacy) }
                    <label class="check">
                        <input id="privacy" type="checkbox" checked={form.privacy} onchange={tick(Field::Privacy)}
                            aria-invalid={invalid(Field::Privacy)} aria-describedby={described(Field::Privacy, "")} />
                        { i18n.t("register-privacy-ack") }
                    </label>
                </fieldset>
                <fieldset class="contact">
                    <legend>{ i18n.t("register-contact-title") }</legend>
                    <div class={class(Field::Email)}>
                        <label for="email">{ i18n.t("register-email") }</label>
                        { message(Field::Email) }
                        <input id="email" type="email" autocomplete={fill("email")} value={form.email.clone()}
                            oninput={text(Field::Email)} aria-invalid={invalid(Field::Email)}
                            aria-describedby={described(Field::Email, "")} />
                    </div>
                    <div class={class(Field::Phone)}>
                        <label for="phone">{ i18n.t("register-phone") }</label>
                        { message(Field::Phone) }
                        <input id="phone" type="tel" autocomplete={fill("tel")} value={form.phone.clone()}
                            oninput={text(Field::Phone)} aria-invalid={invalid(Field::Phone)}
                            aria-describedby={described(Field::Phone, "")} />
                    </div>
                    { message(Field::ContactConsent) }
                    <label class="check">
                        <input id="contact_consent" type="checkbox" checked={form.contact_consent}
                            onchange={tick(Field::ContactConsent)} aria-invalid={invalid(Field::ContactConsent)} />
                        { i18n.t("register-contact-consent") }
                    </label>
                </fieldset>
                if let Some(p) = &*problem {
                    <p class="notice notice-error" role="alert">{ p.clone() }</p>
                }
                <button type="submit" id="register-submit" class="button button-big" disabled={*phase == Phase::Sending}>
                    { i18n.t(if *phase == Phase::Sending { "register-sending" } else { "register-submit" }) }
                </button>
            </form>
        </Layout>
    }
}
