//! The console once signed in: the centre worked at, its day as it happens, and the
//! desk's tools. Check-ins arrive by polling every few seconds (a tablet on a centre's
//! network; no socket to keep alive).

use std::collections::BTreeSet;

use ponte_domain::staff::{Role, SessionInfo, TodayList, TodayVisit};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::accounts::Accounts;
use super::api::{self, StaffError};
use super::desk_signup::DeskSignUp;
use super::events::Events;
use super::finder::Finder;
use super::lost_pass::LostPass;
use super::poll::use_interval;
use super::reports::Reports;
use super::service_form::ServiceForm;
use crate::i18n::{I18n, use_i18n};

/// How often the day's list is asked again.
const REFRESH_MS: i32 = 3_000;

#[derive(Properties, PartialEq)]
pub struct ConsoleProps {
    pub info: SessionInfo,
    pub on_signed_out: Callback<()>,
}

#[component(Console)]
pub fn console(props: &ConsoleProps) -> Html {
    let i18n = use_i18n();
    let info = &props.info;
    // The centres this account can work at: its own, or its programme's (a region), or
    // every one (an admin), fetched once.
    let centres = use_state(|| {
        info.centres
            .iter()
            .map(|c| (c.to_string(), c.to_string()))
            .collect::<Vec<(String, String)>>()
    });
    {
        let centres = centres.clone();
        let wide = matches!(info.role, Role::Region | Role::Admin);
        let programme = info.programme.as_ref().map(|p| p.to_string());
        let named = info.centres.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let filter = if wide { programme.as_deref() } else { None };
                if let Ok(list) = api::centres(filter).await {
                    let mut all: Vec<(String, String)> = list
                        .centres
                        .into_iter()
                        .filter(|c| wide || named.contains(&c.code))
                        .map(|c| (c.code.to_string(), format!("{} · {}", c.code, c.name)))
                        .collect();
                    if !wide && all.is_empty() {
                        return;
                    }
                    all.sort();
                    centres.set(all);
                }
            });
        });
    }
    let centre = use_state(|| info.centres.first().map(|c| c.to_string()));
    if centre.is_none()
        && let Some((first, _)) = centres.first()
    {
        centre.set(Some(first.clone()));
    }
    let today = use_state(|| None::<Result<TodayList, StaffError>>);
    let refresh = {
        let (today, centre, on_signed_out) =
            (today.clone(), centre.clone(), props.on_signed_out.clone());
        Callback::from(move |_| {
            let Some(code) = (*centre).clone() else {
                return;
            };
            let (today, on_signed_out) = (today.clone(), on_signed_out.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = api::today(&code).await;
                if result == Err(StaffError::SignedOut) {
                    on_signed_out.emit(());
                }
                today.set(Some(result));
            });
        })
    };
    {
        let refresh = refresh.clone();
        use_effect_with((*centre).clone(), move |_| refresh.emit(()));
    }
    use_interval(REFRESH_MS, (*centre).clone(), refresh.clone());

    let selected = use_state(BTreeSet::<u64>::new);
    let toggle = {
        let selected = selected.clone();
        Callback::from(move |visit: u64| {
            let mut s = (*selected).clone();
            if !s.remove(&visit) {
                s.insert(visit);
            }
            selected.set(s);
        })
    };
    let on_recorded = {
        let (selected, refresh) = (selected.clone(), refresh.clone());
        Callback::from(move |_| {
            selected.set(BTreeSet::new());
            refresh.emit(());
        })
    };
    let sign_out = {
        let done = props.on_signed_out.clone();
        Callback::from(move |_| {
            let done = done.clone();
            wasm_bindgen_futures::spawn_local(async move {
                api::sign_out().await;
                done.emit(());
            });
        })
    };
    let on_centre = {
        let (centre, selected) = (centre.clone(), selected.clone());
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<HtmlSelectElement>() {
                centre.set(Some(s.value()));
                selected.set(BTreeSet::new());
            }
        })
    };

    // The desk is for facilitators and their coordinators; a region or an admin
    // reads counts and reports, not citizens.
    let at_desk = matches!(info.role, Role::Facilitator | Role::Coordinator);
    let visits: Vec<TodayVisit> = match &*today {
        Some(Ok(list)) => list.visits.clone(),
        _ => Vec::new(),
    };
    let chosen: Vec<TodayVisit> = visits
        .iter()
        .filter(|v| selected.contains(&v.visit))
        .cloned()
        .collect();
    html! {
        <>
            <div class="staff-bar">
                <p class="staff-who">
                    { i18n.t_with("staff-signed-in-as", &[
                        ("email", info.email.as_str().into()),
                        ("role", i18n.t(&format!("staff-role-{}", info.role.as_str())).into()),
                    ]) }
                </p>
                <button type="button" class="button button-secondary" id="sign-out"
                    onclick={sign_out}>{ i18n.t("staff-sign-out") }</button>
            </div>
            if at_desk {
            <div class="field staff-centre">
                <label for="staff-centre">{ i18n.t("staff-centre") }</label>
                <select id="staff-centre" onchange={on_centre}>
                    { for centres.iter().map(|(code, name)| html! {
                        <option value={code.clone()} selected={Some(code) == centre.as_ref()}>
                            { name.clone() }
                        </option>
                    }) }
                </select>
            </div>
            }
            if let (Some(code), true) = ((*centre).clone(), at_desk) {
                <div class="staff-desk">
                    <section class="staff-today" aria-labelledby="today-title">
                        <h1 id="today-title">{ i18n.t("staff-today-title") }</h1>
                        { today_view(&i18n, &today, &selected, &toggle) }
                    </section>
                    <div class="staff-tools">
                        <Finder centre={code.clone()} on_pick={toggle.clone()}
                            selected={(*selected).clone()} on_checked_in={refresh.clone()} />
                        <ServiceForm centre={code.clone()} visits={chosen} {on_recorded} />
                        <DeskSignUp centre={code.clone()} />
                        <LostPass centre={code.clone()} />
                        <Events centre={code.clone()} />
                        <super::kiosks::Kiosks centre={code} />
                    </div>
                </div>
            }
            if matches!(info.role, Role::Region | Role::Admin) {
                <super::progress::ProgrammeProgress info={info.clone()} />
            }
            if let (true, Some(programme)) = (at_desk, info.programme.as_ref()) {
                <super::dashboard::DashboardView programme={programme.to_string()} whole=false />
            }
            if let (Role::Coordinator, Some(first)) = (info.role, info.centres.first()) {
                <super::exports::CentreExports centre={first.clone()} />
            }
            if info.role != Role::Facilitator {
                <Reports />
                <Accounts info={info.clone()} centres={(*centres).clone()} />
            }
        </>
    }
}

fn today_view(
    i18n: &I18n,
    today: &Option<Result<TodayList, StaffError>>,
    selected: &BTreeSet<u64>,
    toggle: &Callback<u64>,
) -> Html {
    let list = match today {
        None => return html! { <p class="status" role="status">{ i18n.t("loading") }</p> },
        Some(Err(e)) => {
            return html! { <p class="notice notice-error" role="alert">{ i18n.t(&e.message_id()) }</p> };
        }
        Some(Ok(list)) => list,
    };
    html! {
        <>
            <p class="status" role="status" aria-live="polite" id="today-count">
                { i18n.t_with("staff-today-count", &[
                    ("visits", list.visits.len().into()),
                    ("services", (list.services as usize).into()),
                ]) }
            </p>
            if list.visits.is_empty() {
                <p>{ i18n.t("staff-today-none") }</p>
            }
            <ul class="staff-visits" id="today-list">
                { for list.visits.iter().map(|v| visit_row(i18n, v, selected.contains(&v.visit), toggle)) }
            </ul>
        </>
    }
}

fn visit_row(i18n: &I18n, v: &TodayVisit, checked: bool, toggle: &Callback<u64>) -> Html {
    let id = format!("visit-{}", v.visit);
    let onchange = {
        let (toggle, visit) = (toggle.clone(), v.visit);
        Callback::from(move |_| toggle.emit(visit))
    };
    let time = i18n.time(v.at);
    let who = [
        i18n.t(&format!("staff-gender-{}", v.gender)),
        v.age_band
            .map(|b| i18n.t(&format!("staff-age-{b}")))
            .unwrap_or_default(),
        match v.first_here {
            Some(true) => i18n.t("staff-first-visit"),
            Some(false) => i18n.t("staff-returning"),
            None => String::new(),
        },
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" · ");
    let needs = needs_labels(i18n, &v.needs);
    html! {
        <li class={classes!("staff-visit", checked.then_some("is-selected"))} data-visit={v.visit.to_string()}>
            <input type="checkbox" id={id.clone()} checked={checked} {onchange} />
            <label for={id}>
                <span class="staff-visit-time">{ time }</span>
                <span class="staff-visit-who">{ who }</span>
                if !needs.is_empty() {
                    <span class="staff-visit-needs">{ needs.join(", ") }</span>
                }
                <span class={classes!("staff-badge", (v.services > 0).then_some("staff-badge-done"))}>
                    { if v.services > 0 {
                        i18n.t_with("staff-services-done", &[("count", (v.services as usize).into())])
                    } else {
                        i18n.t("staff-services-none")
                    } }
                </span>
            </label>
        </li>
    }
}

/// The plain labels of what the citizen said they need, as they chose them.
pub fn needs_labels(i18n: &I18n, needs: &ponte_domain::checkin::Needs) -> Vec<String> {
    use ponte_domain::checkin::{NEED_CHOICES, Need};
    NEED_CHOICES
        .iter()
        .filter(|(_, need)| match need {
            Need::Service(c) => needs.public_services.iter().any(|s| s == c),
            Need::Competence(c) => needs.competences.iter().any(|s| s == c),
        })
        .map(|(key, _)| i18n.t(&format!("need-{key}")))
        .collect()
}
