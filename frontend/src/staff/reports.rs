//! Citizens' reports about public services, for coordinators and the region: read the
//! masked text, mark each reviewed or hidden, add a reply. Hidden reports stay counted.

use ponte_domain::codelists::PUBLIC_SERVICE;
use ponte_domain::feedback::{Category, ReportList, ReportView, ReviewRequest, ReviewStatus};
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::api::{self, StaffError};
use crate::i18n::{I18n, use_i18n};

#[derive(Clone, PartialEq, Default)]
struct Filter {
    service: String,
    category: String,
    status: String,
}

impl Filter {
    fn query(&self) -> String {
        let pairs: Vec<String> = [
            ("service", &self.service),
            ("category", &self.category),
            ("status", &self.status),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
        if pairs.is_empty() {
            String::new()
        } else {
            format!("?{}", pairs.join("&"))
        }
    }
}

#[component(Reports)]
pub fn reports() -> Html {
    let i18n = use_i18n();
    let filter = use_state(|| Filter {
        status: "new".into(),
        ..Filter::default()
    });
    let list = use_state(|| None::<Result<ReportList, StaffError>>);
    let reload = use_state(|| 0u32);
    {
        let list = list.clone();
        use_effect_with(((*filter).clone(), *reload), move |(f, _)| {
            let query = f.query();
            wasm_bindgen_futures::spawn_local(async move {
                list.set(Some(api::reports(&query).await));
            });
        });
    }
    let on_filter = |set: fn(&mut Filter, String)| {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<HtmlSelectElement>() {
                let mut f = (*filter).clone();
                set(&mut f, s.value());
                filter.set(f);
            }
        })
    };
    let on_done = {
        let reload = reload.clone();
        Callback::from(move |_| reload.set(*reload + 1))
    };
    let f = &*filter;
    html! {
        <section class="staff-reports" aria-labelledby="reports-title">
            <h2 id="reports-title">{ i18n.t("staff-reports-title") }</h2>
            <div class="staff-filters">
                <div class="field">
                    <label for="reports-status">{ i18n.t("staff-reports-status") }</label>
                    <select id="reports-status" onchange={on_filter(|f, v| f.status = v)}>
                        <option value="" selected={f.status.is_empty()}>{ i18n.t("staff-reports-all") }</option>
                        { for ReviewStatus::ALL.iter().map(|s| html! {
                            <option value={s.as_str()} selected={f.status == s.as_str()}>
                                { i18n.t(&format!("staff-status-{}", s.as_str())) }
                            </option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="reports-service">{ i18n.t("staff-reports-service") }</label>
                    <select id="reports-service" onchange={on_filter(|f, v| f.service = v)}>
                        <option value="" selected={f.service.is_empty()}>{ i18n.t("staff-reports-all") }</option>
                        { for PUBLIC_SERVICE.iter().map(|(c, _)| html! {
                            <option value={*c} selected={f.service == *c}>{ format!("{c} · {}", i18n.t(&format!("service-{c}"))) }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="reports-category">{ i18n.t("staff-reports-category") }</label>
                    <select id="reports-category" onchange={on_filter(|f, v| f.category = v)}>
                        <option value="" selected={f.category.is_empty()}>{ i18n.t("staff-reports-all") }</option>
                        { for Category::ALL.iter().map(|c| html! {
                            <option value={c.as_str()} selected={f.category == c.as_str()}>
                                { i18n.t(&format!("category-{}", c.as_str())) }
                            </option>
                        }) }
                    </select>
                </div>
            </div>
            { match &*list {
                None => html! { <p class="status" role="status">{ i18n.t("loading") }</p> },
                Some(Err(e)) => html! { <p class="notice notice-error" role="alert">{ i18n.t(&e.message_id()) }</p> },
                Some(Ok(l)) if l.reports.is_empty() => html! { <p id="reports-none">{ i18n.t("staff-reports-none") }</p> },
                Some(Ok(l)) => html! {
                    <ul class="staff-report-list" id="reports-list">
                        { for l.reports.iter().map(|r| html! { <ReportCard key={r.id} report={r.clone()} on_done={on_done.clone()} /> }) }
                    </ul>
                },
            } }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct CardProps {
    report: ReportView,
    on_done: Callback<()>,
}

#[component(ReportCard)]
fn report_card(props: &CardProps) -> Html {
    let i18n = use_i18n();
    let r = &props.report;
    let reply = use_state(|| r.reply.clone());
    let error = use_state(|| None::<StaffError>);
    let act = |status: ReviewStatus| {
        let (reply, error, done, id) = (reply.clone(), error.clone(), props.on_done.clone(), r.id);
        Callback::from(move |_| {
            let request = ReviewRequest {
                status,
                reply: (*reply).clone(),
            };
            let (error, done) = (error.clone(), done.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::review(id, &request).await {
                    Ok(_) => done.emit(()),
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let reply_id = format!("reply-{}", r.id);
    html! {
        <li class="staff-report" data-report={r.id.to_string()}>
            <p class="staff-report-head">
                <strong>{ service_name(&i18n, r) }</strong>
                { " · " }{ i18n.t(&format!("category-{}", r.category.as_str())) }
                { " · " }{ i18n.t_with("staff-report-severity", &[("severity", usize::from(r.severity).into())]) }
            </p>
            <p class="hint">
                { r.date.to_string() }
                { r.centre.as_deref().map(|c| format!(" · {c}")).unwrap_or_default() }
                { " · " }{ i18n.t(&format!("staff-status-{}", r.status.as_str())) }
                if r.has_contact { { " · " }{ i18n.t("staff-report-contact") } }
            </p>
            <p class="staff-report-text">{ r.text.clone() }</p>
            <div class="field">
                <label for={reply_id.clone()}>{ i18n.t("staff-report-reply") }</label>
                <textarea id={reply_id} rows="2" value={(*reply).clone()}
                    oninput={{
                        let reply = reply.clone();
                        Callback::from(move |e: InputEvent| {
                            if let Some(t) = e.target_dyn_into::<HtmlTextAreaElement>() {
                                reply.set(t.value());
                            }
                        })
                    }} />
            </div>
            if let Some(e) = &*error {
                <p class="notice notice-error" role="alert">{ i18n.t(&e.message_id()) }</p>
            }
            <div class="staff-report-actions">
                <button type="button" class="button" onclick={act(ReviewStatus::Reviewed)}>{ i18n.t("staff-report-mark-reviewed") }</button>
                if r.status == ReviewStatus::Hidden {
                    <button type="button" class="button button-secondary" onclick={act(ReviewStatus::New)}>{ i18n.t("staff-report-unhide") }</button>
                } else {
                    <button type="button" class="button button-secondary hide-report" onclick={act(ReviewStatus::Hidden)}>{ i18n.t("staff-report-hide") }</button>
                }
            </div>
        </li>
    }
}

fn service_name(i18n: &I18n, r: &ReportView) -> String {
    let service = if r.public_service == ponte_domain::feedback::LOCAL_SERVICE {
        i18n.t("service-local")
    } else {
        i18n.t(&format!("service-{}", r.public_service))
    };
    match &r.service_name {
        Some(name) => format!("{service} ({name})"),
        None => service,
    }
}
