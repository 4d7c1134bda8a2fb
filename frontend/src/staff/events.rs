//! Events at the centre: made here with the national fields they will produce, each
//! with its own QR poster to print; the count of who came rises as they scan; closing
//! records one group service with everyone present.

use std::collections::BTreeSet;

use ponte_domain::codelists::{COMPETENCE, PUBLIC_SERVICE, SERVICE_TYPE};
use ponte_domain::event::{EventKind, EventRequest, EventService};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::api::{self, ListedEvent, StaffError};
use super::poll::use_interval;
use super::service_form::choices;
use crate::device::new_submission_id;
use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct EventsProps {
    pub centre: String,
}

/// `date` (yyyy-mm-dd) and `time` (hh:mm) in Italy, as RFC 3339 with Italy's offset.
fn rfc3339(date: &str, time: &str) -> String {
    let naive = ponte_domain::event::parse_rfc3339(&format!("{date}T{time}:00Z")).unwrap_or(0);
    let offset = ponte_domain::clock::rome_offset(naive - 3600) / 3600;
    format!("{date}T{time}:00+{offset:02}:00")
}

#[component(Events)]
pub fn events(props: &EventsProps) -> Html {
    let i18n = use_i18n();
    let list = use_state(|| None::<Result<Vec<ListedEvent>, StaffError>>);
    let refresh = {
        let (list, centre) = (list.clone(), props.centre.clone());
        Callback::from(move |_| {
            let (list, centre) = (list.clone(), centre.clone());
            wasm_bindgen_futures::spawn_local(async move {
                list.set(Some(api::events(&centre).await));
            });
        })
    };
    {
        let refresh = refresh.clone();
        use_effect_with(props.centre.clone(), move |_| refresh.emit(()));
    }
    use_interval(5_000, props.centre.clone(), refresh.clone());
    let poster = use_state(|| None::<u64>);
    let error = use_state(|| None::<StaffError>);

    // The form.
    let title = use_node_ref();
    let date = use_node_ref();
    let start = use_node_ref();
    let end = use_node_ref();
    let capacity = use_node_ref();
    let place = use_node_ref();
    let kind = use_state(|| EventKind::Course);
    let types = use_state(|| BTreeSet::from(["C".to_owned()]));
    let competences = use_state(BTreeSet::<String>::new);
    let domains = use_state(BTreeSet::<String>::new);
    let submission = use_state(new_submission_id);
    let toggle = |set: UseStateHandle<BTreeSet<String>>| {
        Callback::from(move |code: String| {
            let mut s = (*set).clone();
            if !s.remove(&code) {
                s.insert(code);
            }
            set.set(s);
        })
    };
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |e: Event| {
            if let Some(k) = e
                .target_dyn_into::<HtmlSelectElement>()
                .and_then(|s| EventKind::ALL.into_iter().find(|k| k.as_str() == s.value()))
            {
                kind.set(k);
            }
        })
    };
    let onsubmit = {
        let value = |r: &NodeRef| {
            r.cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default()
        };
        let (title, date, start, end, capacity, place) = (
            title.clone(),
            date.clone(),
            start.clone(),
            end.clone(),
            capacity.clone(),
            place.clone(),
        );
        let (kind, types, competences, domains, submission, error, refresh) = (
            kind.clone(),
            types.clone(),
            competences.clone(),
            domains.clone(),
            submission.clone(),
            error.clone(),
            refresh.clone(),
        );
        let centre = props.centre.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let day = value(&date);
            let request = EventRequest {
                submission_id: *submission,
                centre: centre.clone(),
                title: value(&title),
                kind: *kind,
                place: value(&place),
                starts_at: rfc3339(&day, &value(&start)),
                ends_at: rfc3339(&day, &value(&end)),
                capacity: value(&capacity).trim().parse().ok(),
                service: EventService {
                    types: types.iter().cloned().collect(),
                    competences: competences.iter().cloned().collect(),
                    domains: domains.iter().cloned().collect(),
                },
            };
            if let Err(invalid) = request.validate(crate::device::now_seconds()) {
                error.set(Some(StaffError::Refused(ponte_domain::api::ErrorDetail {
                    code: ponte_domain::api::ErrorCode::Invalid,
                    message: invalid.reason,
                    field: Some(invalid.field.to_owned()),
                })));
                return;
            }
            let (error, submission, refresh) = (error.clone(), submission.clone(), refresh.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::create_event(&request).await {
                    Ok(_) => {
                        error.set(None);
                        submission.set(new_submission_id());
                        refresh.emit(());
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let today = crate::device::today()
        .map(|d| d.to_string())
        .unwrap_or_default();
    html! {
        <section class="staff-events" aria-labelledby="events-title">
            <h2 id="events-title">{ i18n.t("staff-events-title") }</h2>
            { match &*list {
                None => html! { <p class="status" role="status">{ i18n.t("loading") }</p> },
                Some(Err(e)) => html! { <p class="notice notice-error" role="alert">{ i18n.t(&e.message_id()) }</p> },
                Some(Ok(events)) if events.is_empty() => html! { <p>{ i18n.t("staff-events-none") }</p> },
                Some(Ok(events)) => html! {
                    <ul class="staff-report-list" id="events-list">
                        { for events.iter().map(|l| {
                            let e = &l.event;
                            let show = {
                                let (poster, id) = (poster.clone(), e.id);
                                Callback::from(move |_| poster.set(Some(id)))
                            };
                            let close = {
                                let (refresh, error, id) = (refresh.clone(), error.clone(), e.id);
                                let question = i18n.t("staff-event-close-confirm");
                                Callback::from(move |_| {
                                    // It cannot be undone: latecomers could no longer check in.
                                    let sure = web_sys::window()
                                        .and_then(|w| w.confirm_with_message(&question).ok())
                                        .unwrap_or(false);
                                    if !sure {
                                        return;
                                    }
                                    let (refresh, error) = (refresh.clone(), error.clone());
                                    wasm_bindgen_futures::spawn_local(async move {
                                        match api::close_event(id).await {
                                            Ok(_) => refresh.emit(()),
                                            Err(e) => error.set(Some(e)),
                                        }
                                    });
                                })
                            };
                            html! {
                                <li class="staff-report" data-event={e.id.to_string()} data-poster={l.poster_url.clone()}>
                                    <p class="staff-report-head"><strong>{ e.title.clone() }</strong></p>
                                    <p class="status">{ i18n.t_with("staff-event-count", &[
                                        ("present", (e.present as usize).into()),
                                        ("waiting", (e.waitlisted as usize).into()),
                                    ]) }</p>
                                    if e.closed_service.is_some() {
                                        <p class="hint">{ i18n.t("staff-event-closed") }</p>
                                    } else {
                                        <div class="staff-report-actions">
                                            <button type="button" class="button button-secondary show-poster" onclick={show}>{ i18n.t("staff-event-poster") }</button>
                                            <button type="button" class="button close-event" onclick={close}
                                                disabled={e.present == 0}>{ i18n.t("staff-event-close") }</button>
                                        </div>
                                    }
                                    if e.closed_service.is_none() {
                                        <details>
                                            <summary>{ i18n.t("staff-event-people") }</summary>
                                            <EventPeople event={e.id} on_change={refresh.clone()} />
                                        </details>
                                    }
                                    if *poster == Some(e.id) {
                                        <div class="pass-card" id="event-poster">
                                            <p class="pass-card-title">{ e.title.clone() }</p>
                                            <img class="event-qr" src={format!("/api/v1/events/{}/qr.svg", e.id)}
                                                alt={i18n.t("staff-event-qr")} width="240" height="240" />
                                            <p class="hint">{ i18n.t("staff-event-scan") }</p>
                                        </div>
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                },
            } }
            if let Some(e) = &*error {
                <p class="notice notice-error" role="alert" id="event-error">
                    { e.field().map(|f| format!("{f}: ")).unwrap_or_default() }{ i18n.t(&e.message_id()) }
                </p>
            }
            <h3>{ i18n.t("staff-event-new") }</h3>
            <form class="form" {onsubmit} novalidate=true id="event-form">
                <div class="field">
                    <label for="event-title-input">{ i18n.t("staff-event-name") }</label>
                    <input id="event-title-input" ref={title} maxlength="120" />
                </div>
                <div class="field">
                    <label for="event-place">{ i18n.t("staff-event-place") }</label>
                    <input id="event-place" ref={place} maxlength="200" />
                </div>
                <div class="field">
                    <label for="event-kind">{ i18n.t("staff-event-kind") }</label>
                    <select id="event-kind" onchange={on_kind}>
                        { for EventKind::ALL.iter().map(|k| html! {
                            <option value={k.as_str()} selected={*k == *kind}>{ i18n.t(&format!("staff-event-kind-{}", k.as_str())) }</option>
                        }) }
                    </select>
                </div>
                <div class="staff-filters">
                    <div class="field"><label for="event-date">{ i18n.t("staff-event-date") }</label>
                        <input id="event-date" type="date" ref={date} value={today} /></div>
                    <div class="field"><label for="event-start">{ i18n.t("staff-event-start") }</label>
                        <input id="event-start" type="time" ref={start} /></div>
                    <div class="field"><label for="event-end">{ i18n.t("staff-event-end") }</label>
                        <input id="event-end" type="time" ref={end} /></div>
                    <div class="field"><label for="event-capacity">{ i18n.t("staff-event-capacity") }</label>
                        <input id="event-capacity" inputmode="numeric" ref={capacity} /></div>
                </div>
                { choices(&i18n, "event", "types", "staff-service-types", SERVICE_TYPE.iter().map(|(c, l)| (*c, (*l).to_owned())), &types, &toggle(types.clone()), None) }
                { choices(&i18n, "event", "competences", "staff-service-competences", COMPETENCE.iter().map(|(c, l)| (*c, l.split(" (es.").next().unwrap_or(l).to_owned())), &competences, &toggle(competences.clone()), None) }
                { choices(&i18n, "event", "domains", "staff-service-domains", PUBLIC_SERVICE.iter().map(|(c, _)| (*c, i18n.t(&format!("service-{c}")))), &domains, &toggle(domains.clone()), None) }
                <button class="button" type="submit" id="event-create">{ i18n.t("staff-event-create") }</button>
            </form>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PeopleProps {
    event: u64,
    on_change: Callback<()>,
}

/// Who came to an event: the waiting list let in by hand, someone added by their
/// pass's code, the list as CSV.
#[component(EventPeople)]
fn event_people(props: &PeopleProps) -> Html {
    let i18n = use_i18n();
    let people = use_state(|| None::<Result<Vec<api::Attendee>, StaffError>>);
    let reload = use_state(|| 0u32);
    {
        let (people, id) = (people.clone(), props.event);
        use_effect_with(*reload, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                people.set(Some(api::attendees(id).await));
            });
        });
    }
    let done = {
        let (reload, changed) = (reload.clone(), props.on_change.clone());
        Callback::from(move |_: ()| {
            reload.set(*reload + 1);
            changed.emit(());
        })
    };
    let code = use_node_ref();
    let add = {
        let (code, done, id, people) = (code.clone(), done.clone(), props.event, people.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let pass = code
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            let (done, people) = (done.clone(), people.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::add_attendee(id, pass).await {
                    Ok(_) => done.emit(()),
                    Err(e) => people.set(Some(Err(e))),
                }
            });
        })
    };
    let input_id = format!("event-{}-code", props.event);
    html! {
        <div class="staff-event-people">
            { match &*people {
                None => html! { <p class="status">{ i18n.t("loading") }</p> },
                Some(Err(e)) => html! { <p class="notice notice-error" role="alert">{ i18n.t(&e.message_id()) }</p> },
                Some(Ok(list)) => html! {
                    <ol class="staff-attendees">
                        { for list.iter().map(|a| {
                            let waiting = a.status == ponte_domain::event::Presence::Waitlisted;
                            let let_in = {
                                let (done, id, visit) = (done.clone(), props.event, a.visit);
                                Callback::from(move |_| {
                                    let done = done.clone();
                                    wasm_bindgen_futures::spawn_local(async move {
                                        if api::promote(id, visit).await.is_ok() {
                                            done.emit(());
                                        }
                                    });
                                })
                            };
                            html! {
                                <li>
                                    { format!("{} · {}", i18n.t(&format!("staff-gender-{}", a.gender)),
                                        a.age_band.map(|b| i18n.t(&format!("staff-age-{b}"))).unwrap_or_default()) }
                                    { " · " }
                                    { if waiting { i18n.t("staff-event-waiting") } else { i18n.t("staff-event-present") } }
                                    if waiting {
                                        { " " }
                                        <button type="button" class="button button-secondary let-in" onclick={let_in}>{ i18n.t("staff-event-let-in") }</button>
                                    }
                                </li>
                            }
                        }) }
                    </ol>
                },
            } }
            <form class="staff-inline" onsubmit={add}>
                <div class="field">
                    <label for={input_id.clone()}>{ i18n.t("staff-pass-code") }</label>
                    <input id={input_id} ref={code} autocomplete="off" placeholder="ABCD-EFGH" />
                </div>
                <button type="submit" class="button">{ i18n.t("staff-event-add") }</button>
            </form>
            <p><a href={format!("/api/v1/events/{}/attendance.csv", props.event)} download="">{ i18n.t("staff-event-csv") }</a></p>
        </div>
    }
}
