//! Recording a service the national way (SE1–SE7) for the visits chosen in the day's
//! list or found by pass. The shared rules check it before it is sent, and the same
//! submission id is reused until the server has it, so a retry is stored once.

use std::collections::BTreeSet;

use ponte_domain::codelists::{COMPETENCE, PUBLIC_SERVICE, SERVICE_TYPE};
use ponte_domain::lang::Lang;
use ponte_domain::service::{INDIVIDUAL, MAX_DETAILS, ServiceRequest};
use ponte_domain::staff::TodayVisit;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::api::{self, StaffError};
use crate::device::{new_submission_id, now_seconds};
use crate::i18n::{I18n, use_i18n};

#[derive(Properties, PartialEq)]
pub struct ServiceFormProps {
    pub centre: String,
    pub visits: Vec<TodayVisit>,
    pub on_recorded: Callback<()>,
}

#[derive(Clone, PartialEq)]
struct Draft {
    duration: String,
    types: BTreeSet<String>,
    competences: BTreeSet<String>,
    domains: BTreeSet<String>,
    details: String,
    /// The codes were changed by hand: choosing more visits no longer refills them.
    touched: bool,
}

impl Draft {
    fn for_visits(visits: &[TodayVisit]) -> Draft {
        let group = visits.len() > 1;
        Draft {
            // Typed each time: a default would go into the national file unread.
            duration: String::new(),
            types: BTreeSet::from([if group { "B" } else { INDIVIDUAL }.to_owned()]),
            competences: visits
                .iter()
                .flat_map(|v| v.needs.competences.iter().cloned())
                .collect(),
            domains: visits
                .iter()
                .flat_map(|v| v.needs.public_services.iter().cloned())
                .collect(),
            details: String::new(),
            touched: false,
        }
    }
}

/// What the form says after a try.
#[derive(Clone, PartialEq)]
enum Outcome {
    Invalid { field: String },
    Failed(StaffError),
    Recorded { participations: u32 },
}

#[component(ServiceForm)]
pub fn service_form(props: &ServiceFormProps) -> Html {
    let i18n = use_i18n();
    let draft = use_state(|| Draft::for_visits(&props.visits));
    let submission = use_state(new_submission_id);
    let outcome = use_state(|| None::<Outcome>);
    let busy = use_state(|| false);
    {
        let draft = draft.clone();
        let visits = props.visits.clone();
        let ids: Vec<u64> = visits.iter().map(|v| v.visit).collect();
        use_effect_with(ids, move |_| {
            if !draft.touched {
                let fresh = Draft {
                    details: draft.details.clone(),
                    ..Draft::for_visits(&visits)
                };
                draft.set(fresh);
            }
        });
    }
    let set = |change: fn(&mut Draft, String)| {
        let draft = draft.clone();
        Callback::from(move |value: String| {
            let mut d = (*draft).clone();
            change(&mut d, value);
            draft.set(d);
        })
    };
    let toggle_in = |pick: fn(&mut Draft) -> &mut BTreeSet<String>| {
        let draft = draft.clone();
        Callback::from(move |code: String| {
            let mut d = (*draft).clone();
            let set = pick(&mut d);
            if !set.remove(&code) {
                set.insert(code);
            }
            d.touched = true;
            draft.set(d);
        })
    };
    let on_duration = set(|d, v| d.duration = v);
    let on_details = set(|d, v| d.details = v);
    let on_type = toggle_in(|d| &mut d.types);
    let on_competence = toggle_in(|d| &mut d.competences);
    let on_domain = toggle_in(|d| &mut d.domains);

    let onsubmit = {
        let (draft, submission, outcome, busy) = (
            draft.clone(),
            submission.clone(),
            outcome.clone(),
            busy.clone(),
        );
        let (centre, visits, on_recorded) = (
            props.centre.clone(),
            props.visits.clone(),
            props.on_recorded.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(today) = ponte_domain::clock::rome_date(now_seconds()) else {
                return;
            };
            let d = (*draft).clone();
            let request = ServiceRequest {
                submission_id: *submission,
                centre: centre.clone(),
                date: today,
                duration: d.duration.clone(),
                types: d.types.iter().cloned().collect(),
                competences: d.competences.iter().cloned().collect(),
                domains: d.domains.iter().cloned().collect(),
                details: d.details.clone(),
                visits: visits.iter().map(|v| v.visit).collect(),
            };
            if let Err(invalid) = request.validate(today) {
                outcome.set(Some(Outcome::Invalid {
                    field: invalid.field.to_owned(),
                }));
                focus(&format!("service-{}", invalid.field));
                return;
            }
            busy.set(true);
            let (draft, submission, outcome, busy, on_recorded) = (
                draft.clone(),
                submission.clone(),
                outcome.clone(),
                busy.clone(),
                on_recorded.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match api::record(&request).await {
                    Ok(reply) => {
                        outcome.set(Some(Outcome::Recorded {
                            participations: reply.service.participations,
                        }));
                        submission.set(new_submission_id());
                        draft.set(Draft::for_visits(&[]));
                        on_recorded.emit(());
                    }
                    Err(StaffError::Refused(d)) if d.field.is_some() => {
                        outcome.set(Some(Outcome::Invalid {
                            field: d.field.unwrap_or_default(),
                        }));
                    }
                    Err(e) => outcome.set(Some(Outcome::Failed(e))),
                }
                busy.set(false);
            });
        })
    };

    let invalid_field = match &*outcome {
        Some(Outcome::Invalid { field }) => Some(field.as_str()),
        _ => None,
    };
    let error_for = |field: &str| -> Html {
        if invalid_field == Some(field) {
            html! {
                <p class="field-error" id={format!("service-{field}-error")}>
                    { i18n.t(&format!("staff-service-invalid-{field}")) }
                </p>
            }
        } else {
            Html::default()
        }
    };
    let d = &*draft;
    let count = props.visits.len();
    html! {
        <section class="staff-service" aria-labelledby="service-title">
            <h2 id="service-title">{ i18n.t("staff-service-title") }</h2>
            { match &*outcome {
                Some(Outcome::Recorded { participations }) => html! {
                    <p class="notice" role="status" id="service-done">
                        { i18n.t_with("staff-service-done", &[("count", (*participations as usize).into())]) }
                    </p>
                },
                Some(Outcome::Failed(e)) => html! {
                    <p class="notice notice-error" role="alert">{ i18n.t(&e.message_id()) }</p>
                },
                _ => Html::default(),
            } }
            <p id="service-visits" class={classes!("status", (invalid_field == Some("visits")).then_some("hint-error"))}>
                { if count == 0 { i18n.t("staff-service-pick") }
                  else { i18n.t_with("staff-service-for", &[("count", count.into())]) } }
            </p>
            <form class="form" {onsubmit} novalidate=true>
                <div class="field">
                    <label for="service-duration">{ i18n.t("staff-service-duration") }</label>
                    <input id="service-duration" inputmode="numeric" value={d.duration.clone()}
                        aria-invalid={(invalid_field == Some("duration")).to_string()}
                        oninput={on_duration.reform(|e: InputEvent| value_of(&e))} />
                    <p class="hint">{ i18n.t("staff-service-duration-hint") }</p>
                    { error_for("duration") }
                </div>
                { choices(&i18n, "service", "types", "staff-service-types", SERVICE_TYPE.iter().map(|(c, l)| (*c, (*l).to_owned())), &d.types, &on_type, invalid_field) }
                { choices(&i18n, "service", "competences", "staff-service-competences", COMPETENCE.iter().map(|(c, l)| (*c, short_label(l))), &d.competences, &on_competence, invalid_field) }
                { choices(&i18n, "service", "domains", "staff-service-domains", PUBLIC_SERVICE.iter().map(|(c, _)| (*c, i18n.t(&format!("service-{c}")))), &d.domains, &on_domain, invalid_field) }
                <div class="field">
                    <label for="service-details">{ i18n.t("staff-service-details") }</label>
                    <textarea id="service-details" rows="3" maxlength={MAX_DETAILS.to_string()}
                        value={d.details.clone()}
                        oninput={on_details.reform(|e: InputEvent| {
                            e.target_dyn_into::<HtmlTextAreaElement>().map(|t| t.value()).unwrap_or_default()
                        })} />
                    <p class="hint">{ i18n.t_with("staff-service-details-hint", &[
                        ("count", d.details.chars().count().into()),
                        ("max", MAX_DETAILS.into()),
                    ]) }</p>
                    { error_for("details") }
                </div>
                <button class="button button-big" type="submit" id="record-service" disabled={*busy || count == 0}>
                    { i18n.t("staff-service-record") }
                </button>
            </form>
        </section>
    }
}

fn value_of(e: &InputEvent) -> String {
    e.target_dyn_into::<HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default()
}

/// An official label without its examples: "Gestire l’identità digitale".
fn short_label(label: &str) -> String {
    label.split(" (es.").next().unwrap_or(label).to_owned()
}

fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// A group of checkboxes for one national code list; `form` prefixes its ids (two
/// forms on one screen carry the same lists).
#[allow(clippy::too_many_arguments)]
pub(super) fn choices(
    i18n: &I18n,
    form: &str,
    field: &'static str,
    legend: &str,
    options: impl Iterator<Item = (&'static str, String)>,
    chosen: &BTreeSet<String>,
    toggle: &Callback<String>,
    invalid: Option<&str>,
) -> Html {
    // The types and competences keep the national platform's own (Italian) labels, and
    // say so to a screen reader reading the console in another language.
    let official =
        (matches!(field, "types" | "competences") && i18n.lang != Lang::It).then_some("it");
    html! {
        <fieldset class="field staff-codes" id={format!("{form}-{field}")} tabindex="-1"
            aria-invalid={(invalid == Some(field)).to_string()}>
            <legend>{ i18n.t(legend) }</legend>
            { for options.map(|(code, label)| {
                let id = if form == "service" { format!("{field}-{code}") } else { format!("{form}-{field}-{code}") };
                let onchange = {
                    let toggle = toggle.clone();
                    Callback::from(move |_| toggle.emit(code.to_owned()))
                };
                html! {
                    <label class="check" for={id.clone()}>
                        <input type="checkbox" id={id} value={code} checked={chosen.contains(code)} {onchange} />
                        <span><span class="staff-code">{ code }</span>{ " " }<span lang={official}>{ label }</span></span>
                    </label>
                }
            }) }
            if invalid == Some(field) {
                <p class="field-error">{ i18n.t(&format!("staff-service-invalid-{field}")) }</p>
            }
        </fieldset>
    }
}
