//! `/c/{code}/register`: sign up once, with the codice fiscale checked as it is typed
//! (the same rules the server applies), then get a pass.

use ponte_domain::api::{ErrorBody, ErrorCode, RegistrationResponse};
use ponte_domain::codelists::{CITIZENSHIP, CodeList, EDUCATION, EMPLOYMENT};
use ponte_domain::codice_fiscale::{CfError, CodiceFiscale, Sex};
use ponte_domain::province::PROVINCES;
use ponte_domain::registration::{
    Channel, Contact, PrivacyAck, RegisteredBy, RegistrationError, RegistrationRequest, Rules,
    WithoutCodiceFiscale,
};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::layout::Layout;
use crate::components::pass::PassCard;
use crate::components::privacy::PrivacyNotice;
use crate::components::status::{Failed, Loading};
use crate::device::{self, StoredPass, new_submission_id};
use crate::hooks::use_centre;
use crate::hooks::use_title;
use crate::hooks::{Remote, use_remote};
use crate::i18n::{I18n, use_i18n};

#[derive(Properties, PartialEq)]
pub struct RegisterProps {
    pub code: String,
}

#[derive(Clone, PartialEq, Default)]
struct Form {
    codice_fiscale: String,
    /// "I have no codice fiscale", where the programme allows it.
    no_cf: bool,
    birth_year: String,
    sex: String,
    first_name: String,
    last_name: String,
    education: String,
    employment: String,
    citizenship: String,
    province: String,
    privacy: bool,
    email: String,
    phone: String,
    contact_consent: bool,
}

#[derive(Clone, PartialEq)]
enum Phase {
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

#[component(RegisterPage)]
pub fn register_page(props: &RegisterProps) -> Html {
    let i18n = use_i18n();
    use_title(i18n.t("register-title"));
    let (centre, retry) = use_centre(&props.code);
    let form = use_state(Form::default);
    // One id for this form, reused by every retry of the same sign-up.
    let submission = use_state(new_submission_id);
    let phase = use_state(|| Phase::Editing);
    let problem = use_state(|| None::<String>);
    let field_errors = use_state(Vec::<String>::new);
    let pass = use_state(device::pass);
    let (programmes, _) = use_remote((), |_| crate::api::programmes());

    let centre = match centre {
        Remote::Loading => return html! { <Layout><Loading /></Layout> },
        Remote::Failed(e) => return html! { <Layout><Failed error={e} {retry} /></Layout> },
        Remote::Ready(c) => c,
    };

    if let (Phase::Done, Some(p)) = (&*phase, &*pass) {
        return html! {
            <Layout>
                <h1>{ i18n.t("register-done") }</h1>
                <PassCard pass={p.clone()} centre={centre.code.to_string()} />
            </Layout>
        };
    }

    // Selects give their value, checkboxes "true" or "false".
    let set = |f: fn(&mut Form, String)| {
        let form = form.clone();
        Callback::from(move |e: Event| {
            let value = match e.target_dyn_into::<HtmlInputElement>() {
                Some(input) => input.checked().to_string(),
                None => e.target_unchecked_into::<HtmlSelectElement>().value(),
            };
            let mut next = (*form).clone();
            f(&mut next, value);
            form.set(next);
        })
    };
    // Text fields update on every keystroke, so the form never misses the last one.
    let typed = |f: fn(&mut Form, String)| {
        let form = form.clone();
        Callback::from(move |e: InputEvent| {
            let mut next = (*form).clone();
            f(
                &mut next,
                e.target_unchecked_into::<HtmlInputElement>().value(),
            );
            form.set(next);
        })
    };

    let province_default = centre.province.code;
    let programme = match &programmes {
        Remote::Ready(list) => list
            .programmes
            .iter()
            .find(|p| p.id == centre.programme)
            .cloned(),
        _ => None,
    };
    let min_age = programme.as_ref().map_or(18, |p| p.min_age);
    let no_cf_allowed = programme
        .as_ref()
        .is_some_and(|p| p.registration_without_codice_fiscale);
    let no_cf = no_cf_allowed && form.no_cf;
    let privacy_version = programme
        .as_ref()
        .map(|p| p.privacy.notice_version())
        .unwrap_or_default();
    let programme_id = centre.programme.to_string();
    let cf_state = match form.codice_fiscale.trim() {
        "" => None,
        text => Some(CodiceFiscale::parse(text)),
    };
    let has_error = |f: &str| field_errors.iter().any(|e| e == f);

    let onsubmit = {
        let (form, phase, problem, field_errors, pass, submission) = (
            form.clone(),
            phase.clone(),
            problem.clone(),
            field_errors.clone(),
            pass.clone(),
            submission.clone(),
        );
        let i18n = i18n.clone();
        let centre_code = centre.code.to_string();
        let (privacy_version, programme_id) = (privacy_version.clone(), programme_id.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *phase == Phase::Sending {
                return;
            }
            let f = (*form).clone();
            // Only the form's own shape is checked here (a year typed as a number, a sex
            // chosen, the notice ticked); every rule about the data is the shared one below.
            let mut missing: Vec<String> = Vec::new();
            let without = if no_cf {
                let year = f.birth_year.trim().parse::<u16>();
                let sex = match f.sex.as_str() {
                    "F" => Some(Sex::F),
                    "M" => Some(Sex::M),
                    _ => None,
                };
                if year.is_err() {
                    missing.push("birth_year".into());
                }
                if sex.is_none() {
                    missing.push("sex".into());
                }
                year.ok()
                    .zip(sex)
                    .map(|(birth_year, sex)| WithoutCodiceFiscale { birth_year, sex })
            } else {
                None
            };
            if !f.privacy {
                missing.push("privacy".into());
            }
            let contact =
                (!f.email.trim().is_empty() || !f.phone.trim().is_empty()).then(|| Contact {
                    email: Some(f.email.clone()),
                    phone: Some(f.phone.clone()),
                    consent: f.contact_consent,
                });
            let request = RegistrationRequest {
                submission_id: *submission,
                centre: centre_code.clone(),
                codice_fiscale: if no_cf {
                    String::new()
                } else {
                    f.codice_fiscale.clone()
                },
                without_codice_fiscale: without,
                first_name: f.first_name.clone(),
                last_name: f.last_name.clone(),
                education: f.education.clone(),
                employment: f.employment.clone(),
                citizenship: f.citizenship.clone(),
                province: if f.province.is_empty() {
                    province_default.to_owned()
                } else {
                    f.province.clone()
                },
                privacy: PrivacyAck {
                    version: privacy_version.clone(),
                    channel: Channel::Phone,
                },
                contact,
            };
            // The same rules the server applies, before anything leaves the phone.
            let rules = Rules {
                min_age,
                without_codice_fiscale: no_cf_allowed,
                privacy_version: privacy_version.clone(),
                registered_by: RegisteredBy::Citizen,
            };
            let today = ponte_domain::clock::rome_date(crate::device::now_seconds());
            // Without a usable year and sex, the shared rules would only say the code is
            // missing: the form already marks what to fix.
            let shape_ok = !no_cf || without.is_some();
            let checked = match today {
                Some(today) if shape_ok => Some(request.validate(&rules, today)),
                _ => None,
            };
            match checked {
                Some(Err(RegistrationError::UnderAge { min_age })) => {
                    problem.set(Some(i18n.t_with(
                        "register-under-age",
                        &[("age", usize::from(min_age).into())],
                    )));
                    return;
                }
                Some(Err(RegistrationError::NamesMismatch(which))) => {
                    field_errors.set(vec![which.field().to_owned()]);
                    problem.set(Some(
                        i18n.t(&format!("register-names-mismatch-{}", which.field())),
                    ));
                    return;
                }
                Some(Err(RegistrationError::Invalid(e))) => {
                    // "contact.email" marks the e-mail, "without_codice_fiscale.birth_year"
                    // the year: the last part of the path is the form's field.
                    missing.push(e.field.rsplit('.').next().unwrap_or(e.field).to_owned());
                }
                _ => {}
            }
            if !missing.is_empty() {
                field_errors.set(missing);
                problem.set(Some(i18n.t("register-fix")));
                return;
            }
            phase.set(Phase::Sending);
            problem.set(None);
            field_errors.set(Vec::new());
            let (phase, problem, field_errors, pass, i18n) = (
                phase.clone(),
                problem.clone(),
                field_errors.clone(),
                pass.clone(),
                i18n.clone(),
            );
            let (privacy_version, programme_id) = (privacy_version.clone(), programme_id.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let sent = gloo_net::http::Request::post("/api/v1/registrations").json(&request);
                let res = match sent {
                    Ok(r) => r.send().await,
                    Err(e) => Err(e),
                };
                match res {
                    Err(_) => {
                        problem.set(Some(i18n.t("register-offline")));
                        phase.set(Phase::Editing);
                    }
                    Ok(res) if res.ok() => match res.json::<RegistrationResponse>().await {
                        Ok(r) => {
                            let stored = StoredPass {
                                pass: r.pass,
                                code: r.pass_code,
                                qr_svg: r.pass_qr_svg,
                            };
                            device::save_pass(&stored);
                            device::note_privacy_seen(&programme_id, &privacy_version);
                            pass.set(Some(stored));
                            phase.set(Phase::Done);
                        }
                        Err(_) => {
                            problem.set(Some(i18n.t("error-generic")));
                            phase.set(Phase::Editing);
                        }
                    },
                    Ok(res) => {
                        let body = res.json::<ErrorBody>().await.ok();
                        let message = match body
                            .as_ref()
                            .map(|b| (b.error.code, b.error.field.clone()))
                        {
                            Some((ErrorCode::UnderAge, _)) => i18n.t_with(
                                "register-under-age",
                                &[("age", usize::from(min_age).into())],
                            ),
                            Some((ErrorCode::NamesMismatch, Some(field))) => {
                                let message = i18n.t(&format!("register-names-mismatch-{field}"));
                                field_errors.set(vec![field]);
                                message
                            }
                            Some((ErrorCode::Invalid, Some(field))) => {
                                field_errors
                                    .set(vec![field.split('.').next().unwrap_or("").to_owned()]);
                                i18n.t("register-fix")
                            }
                            _ => i18n.t("error-generic"),
                        };
                        problem.set(Some(message));
                        phase.set(Phase::Editing);
                    }
                }
            });
        })
    };

    let select = |id: &'static str,
                  label: &str,
                  list: CodeList,
                  value: &str,
                  on: Callback<Event>| {
        html! {
            <div class={classes!("field", has_error(id).then_some("field-error"))}>
                <label for={id}>{ label.to_owned() }</label>
                <select id={id} onchange={on} aria-invalid={has_error(id).to_string()}>
                    <option value="" selected={value.is_empty()}>{ i18n.t("register-choose") }</option>
                    { for list.iter().map(|(code, _)| html! {
                        <option value={*code} selected={value == *code}>{ i18n.t(&format!("{id}-{code}")) }</option>
                    }) }
                </select>
            </div>
        }
    };

    html! {
        <Layout>
            <h1>{ i18n.t("register-title") }</h1>
            <p class="lead">{ &centre.name }</p>
            if let Some(p) = &*pass {
                <PassCard pass={p.clone()} centre={centre.code.to_string()} programme={programme.clone()} />
            }
            <p>{ i18n.t("register-intro") }</p>
            <form class="form" novalidate=true {onsubmit}>
                if no_cf_allowed {
                    <label class="check">
                        <input id="no_cf" type="checkbox" checked={form.no_cf}
                            onchange={set(|f, v| f.no_cf = v == "true")} />
                        { i18n.t("register-no-cf") }
                    </label>
                }
                if no_cf {
                    <div class={classes!("field", has_error("birth_year").then_some("field-error"))}>
                        <label for="birth_year">{ i18n.t("register-birth-year") }</label>
                        <input id="birth_year" type="text" inputmode="numeric" maxlength="4"
                            value={form.birth_year.clone()} oninput={typed(|f, v| f.birth_year = v)} />
                    </div>
                    <div class={classes!("field", has_error("sex").then_some("field-error"))}>
                        <label for="sex">{ i18n.t("register-sex") }</label>
                        <select id="sex" onchange={set(|f, v| f.sex = v)}>
                            <option value="" selected={form.sex.is_empty()}>{ i18n.t("register-choose") }</option>
                            <option value="F" selected={form.sex == "F"}>{ i18n.t("sex-F") }</option>
                            <option value="M" selected={form.sex == "M"}>{ i18n.t("sex-M") }</option>
                        </select>
                    </div>
                } else {
                <div class={classes!("field", has_error("codice_fiscale").then_some("field-error"))}>
                    <label for="codice_fiscale">{ i18n.t("register-cf") }</label>
                    <input id="codice_fiscale" type="text" autocomplete="off" autocapitalize="characters"
                        spellcheck="false" maxlength="20" value={form.codice_fiscale.clone()}
                        oninput={typed(|f, v| f.codice_fiscale = v)} aria-describedby="cf-help"
                        aria-invalid={matches!(cf_state, Some(Err(_))).to_string()} />
                    <p id="cf-help" class={classes!("hint", matches!(cf_state, Some(Err(_))).then_some("hint-error"))} aria-live="polite">
                        { match &cf_state {
                            None => i18n.t("register-cf-hint"),
                            Some(Ok(_)) => i18n.t("register-cf-ok"),
                            // Length errors wait until the code could be complete.
                            Some(Err(CfError::Length(n))) if *n < 16 => i18n.t("register-cf-hint"),
                            Some(Err(e)) => cf_message(&i18n, e),
                        } }
                    </p>
                </div>
                }
                <div class={classes!("field", has_error("first_name").then_some("field-error"))}>
                    <label for="first_name">{ i18n.t("register-first-name") }</label>
                    <input id="first_name" type="text" autocomplete="given-name" value={form.first_name.clone()}
                        oninput={typed(|f, v| f.first_name = v)} aria-describedby="names-hint"
                        aria-invalid={has_error("first_name").to_string()} />
                </div>
                <div class={classes!("field", has_error("last_name").then_some("field-error"))}>
                    <label for="last_name">{ i18n.t("register-last-name") }</label>
                    <input id="last_name" type="text" autocomplete="family-name" value={form.last_name.clone()}
                        oninput={typed(|f, v| f.last_name = v)} aria-describedby="names-hint"
                        aria-invalid={has_error("last_name").to_string()} />
                    <p id="names-hint" class="hint">{ i18n.t("register-names-hint") }</p>
                </div>
                { select("education", &i18n.t("register-education"), EDUCATION, &form.education, set(|f, v| f.education = v)) }
                { select("employment", &i18n.t("register-employment"), EMPLOYMENT, &form.employment, set(|f, v| f.employment = v)) }
                { select("citizenship", &i18n.t("register-citizenship"), CITIZENSHIP, &form.citizenship, set(|f, v| f.citizenship = v)) }
                <div class="field">
                    <label for="province">{ i18n.t("register-province") }</label>
                    <select id="province" onchange={set(|f, v| f.province = v)}>
                        { for PROVINCES.iter().map(|p| {
                            let selected = if form.province.is_empty() { p.code == province_default } else { form.province == p.code };
                            html! { <option value={p.code} {selected}>{ p.name }</option> }
                        }) }
                    </select>
                </div>
                <fieldset class={classes!("privacy", has_error("privacy").then_some("field-error"))}>
                    <legend>{ i18n.t("register-privacy-title") }</legend>
                    if let Some(p) = &programme {
                        <PrivacyNotice programme={p.clone()} />
                    }
                    <label class="check">
                        <input id="privacy" type="checkbox" checked={form.privacy}
                            onchange={set(|f, v| f.privacy = v == "true")} />
                        { i18n.t("register-privacy-ack") }
                    </label>
                </fieldset>
                <fieldset class="contact">
                    <legend>{ i18n.t("register-contact-title") }</legend>
                    <div class={classes!("field", has_error("email").then_some("field-error"))}>
                        <label for="email">{ i18n.t("register-email") }</label>
                        <input id="email" type="email" autocomplete="email" value={form.email.clone()}
                            oninput={typed(|f, v| f.email = v)} />
                    </div>
                    <div class="field">
                        <label for="phone">{ i18n.t("register-phone") }</label>
                        <input id="phone" type="tel" autocomplete="tel" value={form.phone.clone()}
                            oninput={typed(|f, v| f.phone = v)} />
                    </div>
                    <label class="check">
                        <input id="contact_consent" type="checkbox" checked={form.contact_consent}
                            onchange={set(|f, v| f.contact_consent = v == "true")} />
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
