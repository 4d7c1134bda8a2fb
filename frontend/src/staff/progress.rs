//! The region's view of its programme: reached against the next target with bars, the
//! burn-up week by week against the target line (inline SVG), the forecast at the last
//! four weeks' pace, and the centres falling behind their share. Lombardia's provinces
//! have their own targets: one can be picked.

use ponte_domain::progress::{Progress, WeekPoint};
use ponte_domain::province::PROVINCES;
use ponte_domain::{Date, Programme};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::api::{self, StaffError};
use crate::i18n::{I18n, use_i18n};

#[derive(Properties, PartialEq)]
pub struct ProgrammesProps {
    pub info: ponte_domain::staff::SessionInfo,
}

/// The progress of the programme the account holds: a region's own, or (an admin)
/// each programme in turn, chosen from a list.
#[component(ProgrammeProgress)]
pub fn programme_progress(props: &ProgrammesProps) -> Html {
    let i18n = use_i18n();
    let (list, _) = crate::hooks::use_remote((), |_| crate::api::programmes());
    let chosen = use_state(|| props.info.programme.clone());
    let crate::hooks::Remote::Ready(list) = list else {
        return html! {};
    };
    let programmes: Vec<Programme> = list
        .programmes
        .into_iter()
        .filter(|p| props.info.programme.as_ref().is_none_or(|own| *own == p.id))
        .collect();
    let shown = (*chosen)
        .as_ref()
        .and_then(|id| programmes.iter().find(|p| p.id == *id))
        .or(programmes.first())
        .cloned();
    let on_programme = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            chosen.set(ponte_domain::ProgrammeId::parse(&value).ok());
        })
    };
    html! {
        <>
            if programmes.len() > 1 {
                <div class="field">
                    <label for="progress-programme">{ i18n.t("staff-progress-programme") }</label>
                    <select id="progress-programme" onchange={on_programme}>
                        { for programmes.iter().map(|p| html! {
                            <option value={p.id.to_string()} selected={shown.as_ref().map(|s| &s.id) == Some(&p.id)}>
                                { p.name.clone() }
                            </option>
                        }) }
                    </select>
                </div>
            }
            if let Some(programme) = shown {
                <ProgressView key={programme.id.to_string()} programme={programme.clone()} />
                <super::dashboard::DashboardView key={format!("d-{}", programme.id)} programme={programme.id.to_string()} whole=true />
                <super::exports::Exports programme={programme.id.to_string()}
                    files={props.info.role != ponte_domain::staff::Role::Admin} />
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub programme: Programme,
}

#[component(ProgressView)]
pub fn progress_view(props: &ProgressProps) -> Html {
    let i18n = use_i18n();
    let province = use_state(|| None::<&'static str>);
    let reply = use_state(|| None::<Result<Progress, StaffError>>);
    let reload = {
        let (reply, id, province) = (
            reply.clone(),
            props.programme.id.to_string(),
            province.clone(),
        );
        Callback::from(move |_: ()| {
            let (reply, id, province) = (reply.clone(), id.clone(), *province);
            wasm_bindgen_futures::spawn_local(async move {
                reply.set(Some(api::progress(&id, province).await));
            });
        })
    };
    {
        let reload = reload.clone();
        use_effect_with(*province, move |_| reload.emit(()));
    }
    let region = props.programme.region.clone();
    let provinces: Vec<&'static ponte_domain::province::Province> =
        PROVINCES.iter().filter(|p| p.region == region).collect();
    let on_province = {
        let province = province.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            province.set(PROVINCES.iter().find(|p| p.code == value).map(|p| p.code));
        })
    };
    html! {
        <section class="staff-progress" aria-labelledby="progress-title">
            <h2 id="progress-title">{ i18n.t_with("staff-progress-title", &[("programme", props.programme.name.clone().into())]) }</h2>
            <div class="field">
                <label for="progress-province">{ i18n.t("staff-progress-province") }</label>
                <select id="progress-province" onchange={on_province}>
                    <option value="" selected={province.is_none()}>{ i18n.t("staff-progress-all") }</option>
                    { for provinces.iter().map(|p| html! {
                        <option value={p.code} selected={*province == Some(p.code)}>{ p.name }</option>
                    }) }
                </select>
            </div>
            { match &*reply {
                None => html! { <p class="status" role="status">{ i18n.t("loading") }</p> },
                Some(Err(e)) => html! { <p class="notice notice-error" role="alert">{ i18n.t(&e.message_id()) }</p> },
                Some(Ok(p)) => figures(&i18n, p),
            } }
            <ShareForm programme={props.programme.id.to_string()} on_saved={reload} />
        </section>
    }
}

fn figures(i18n: &I18n, p: &Progress) -> Html {
    let next = p.next_target();
    let bar = |id: &str, label: String, done: u64, goal: u64| {
        let pct = (done.saturating_mul(100) / goal.max(1)).min(100);
        html! {
            <div class="staff-bar-row">
                <p id={id.to_owned()}>{ label }</p>
                <div class="staff-meter" role="img" aria-label={format!("{pct}%")}>
                    <span style={format!("width: {pct}%")}></span>
                </div>
            </div>
        }
    };
    html! {
        <>
            if let Some(t) = next {
                { bar("progress-citizens", i18n.t_with("staff-progress-citizens", &[
                    ("done", (p.citizens as usize).into()),
                    ("goal", (t.citizens as usize).into()),
                    ("date", i18n.date(t.date).into()),
                ]), p.citizens, u64::from(t.citizens)) }
                if let Some(goal) = t.services {
                    { bar("progress-services", i18n.t_with("staff-progress-services", &[
                        ("done", (p.services as usize).into()),
                        ("goal", (goal as usize).into()),
                    ]), p.services, u64::from(goal)) }
                } else {
                    <p id="progress-services">{ i18n.t_with("staff-progress-services-plain", &[("done", (p.services as usize).into())]) }</p>
                }
                { chart(i18n, &p.weeks, t.citizens, t.date) }
            } else {
                <p>{ i18n.t("staff-progress-no-target") }</p>
            }
            <p id="progress-pace">{ i18n.t_with("staff-progress-pace", &[
                ("citizens", (p.recent_weekly.citizens as usize).into()),
                ("services", (p.recent_weekly.services as usize).into()),
            ]) }</p>
            <p id="progress-forecast" class="lead">{ match p.forecast.citizens_date {
                Some(d) if d <= p.today => i18n.t("staff-progress-met"),
                Some(d) => i18n.t_with("staff-progress-forecast", &[("date", i18n.date(d).into())]),
                None => i18n.t("staff-progress-forecast-never"),
            } }</p>
            <h3>{ i18n.t("staff-progress-risk-title") }</h3>
            if p.at_risk.is_empty() {
                <p>{ i18n.t("staff-progress-risk-none") }</p>
            } else {
                <p class="hint">{ i18n.t_with("staff-progress-risk-count", &[("count", p.at_risk.len().into())]) }</p>
                <ol class="staff-risk" id="progress-risk">
                    { for p.at_risk.iter().take(10).map(|r| html! {
                        <li>{ i18n.t_with("staff-progress-risk-item", &[
                            ("name", r.name.clone().into()),
                            ("code", r.centre.clone().into()),
                            ("required", (r.required_weekly as usize).into()),
                            ("recent", (r.recent_weekly as usize).into()),
                        ]) }</li>
                    }) }
                </ol>
            }
        </>
    }
}

/// Citizens reached week by week (the line) and the straight path from the first week
/// to the target (dashed), in a 600×200 box.
fn chart(i18n: &I18n, weeks: &[WeekPoint], goal: u32, due: Date) -> Html {
    let (Some(first), Some(_)) = (weeks.first(), weeks.last()) else {
        return html! {};
    };
    let start = first.end.days_since_epoch() - 6;
    let span = (due.days_since_epoch() - start).max(7) as u64;
    let top = u64::from(goal)
        .max(weeks.iter().map(|w| w.citizens).max().unwrap_or(0))
        .max(1);
    let x = |d: Date| ((d.days_since_epoch() - start).max(0) as u64 * 600 / span).min(600);
    let y = |n: u64| 200 - (n.min(top) * 200 / top);
    let points: Vec<String> = std::iter::once(format!("0,{}", y(0)))
        .chain(
            weeks
                .iter()
                .map(|w| format!("{},{}", x(w.end), y(w.citizens))),
        )
        .collect();
    html! {
        <svg class="staff-chart" viewBox="0 0 600 200" role="img" aria-labelledby="progress-chart-title">
            <title id="progress-chart-title">{ i18n.t("staff-progress-chart") }</title>
            <line x1="0" y1="200" x2="600" y2={y(u64::from(goal)).to_string()} class="staff-chart-target" />
            <polyline points={points.join(" ")} class="staff-chart-line" />
        </svg>
    }
}

#[derive(Properties, PartialEq)]
struct ShareProps {
    programme: String,
    on_saved: Callback<()>,
}

/// A centre's share of the citizens' target, set by the region (empty: back to the
/// quota or an equal part).
#[component(ShareForm)]
fn share_form(props: &ShareProps) -> Html {
    let i18n = use_i18n();
    let (centre, citizens) = (use_node_ref(), use_node_ref());
    let result = use_state(|| None::<Result<(), StaffError>>);
    let onsubmit = {
        let (centre, citizens, result) = (centre.clone(), citizens.clone(), result.clone());
        let (programme, on_saved) = (props.programme.clone(), props.on_saved.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |r: &NodeRef| {
                r.cast::<web_sys::HtmlInputElement>()
                    .map(|i| i.value().trim().to_owned())
                    .unwrap_or_default()
            };
            let request = ponte_domain::progress::ShareRequest {
                centre: value(&centre),
                citizens: value(&citizens).parse().ok(),
            };
            let (result, programme, on_saved) =
                (result.clone(), programme.clone(), on_saved.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let r = api::set_share(&programme, &request).await.map(|_| ());
                if r.is_ok() {
                    on_saved.emit(());
                }
                result.set(Some(r));
            });
        })
    };
    html! {
        <form class="staff-inline staff-share" {onsubmit} novalidate=true>
            <div class="field">
                <label for="share-centre">{ i18n.t("staff-share-centre") }</label>
                <input id="share-centre" type="text" ref={centre} autocomplete="off" />
            </div>
            <div class="field">
                <label for="share-citizens">{ i18n.t("staff-share-citizens") }</label>
                <input id="share-citizens" type="number" inputmode="numeric" min="0" ref={citizens} />
            </div>
            <button type="submit" class="button" id="share-save">{ i18n.t("staff-share-save") }</button>
            <p id="share-status" class="hint" role="status">{ match &*result {
                Some(Ok(())) => i18n.t("staff-share-saved"),
                Some(Err(e)) => i18n.t(&e.message_id()),
                None => String::new(),
            } }</p>
        </form>
    }
}
