//! The month's national upload file, for those who report (a coordinator for its
//! centres, the region for its programme): what it holds, a link per file (each
//! download is logged with its SHA-256), and the log of the files made.

use ponte_domain::CentreCode;
use serde_json::Value;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::api::{self, StaffError};
use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct ExportsProps {
    pub programme: String,
    /// Whether this account downloads the file with citizens' data (not an admin).
    #[prop_or(true)]
    pub files: bool,
}

/// The month just ended: the one a region uploads.
fn last_month() -> String {
    let now = js_sys::Date::new_0();
    let (y, m) = match now.get_month() {
        0 => (now.get_full_year() - 1, 12),
        m => (now.get_full_year(), m),
    };
    format!("{y:04}-{m:02}")
}

#[component(Exports)]
pub fn exports(props: &ExportsProps) -> Html {
    let i18n = use_i18n();
    let month = use_state(last_month);
    let summary = use_state(|| None::<Result<Value, StaffError>>);
    let log = use_state(|| None::<Value>);
    let input = use_node_ref();
    {
        let (summary, log, programme) = (summary.clone(), log.clone(), props.programme.clone());
        use_effect_with(
            ((*month).clone(), props.programme.clone()),
            move |(m, _)| {
                let m = m.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    summary.set(Some(api::national(&programme, &m).await));
                    log.set(api::exports(&programme).await.ok());
                });
            },
        );
    }
    let onchange = {
        let (month, input) = (month.clone(), input.clone());
        Callback::from(move |_: Event| {
            if let Some(i) = input.cast::<HtmlInputElement>() {
                month.set(i.value());
            }
        })
    };
    let programme = props.programme.clone();
    html! {
        <section class="staff-exports" aria-labelledby="exports-title">
            <h2 id="exports-title">{ i18n.t("staff-exports-title") }</h2>
            <p class="hint">{ i18n.t("staff-exports-hint") }</p>
            <div class="field">
                <label for="exports-month">{ i18n.t("staff-exports-month") }</label>
                <input id="exports-month" type="month" ref={input} value={(*month).clone()} {onchange} />
            </div>
            { match &*summary {
                None => html! { <p class="status" role="status">{ i18n.t("loading") }</p> },
                Some(Err(e)) => html! { <p class="notice notice-error" role="alert">{ i18n.t(&e.message_id()) }</p> },
                Some(Ok(s)) => html! {
                    <>
                        <p id="exports-summary" role="status">{ i18n.t_with("staff-exports-summary", &[
                            ("services", (s["services"].as_u64().unwrap_or(0) as usize).into()),
                            ("rows", (s["rows"].as_u64().unwrap_or(0) as usize).into()),
                            ("left", (s["left_out"].as_u64().unwrap_or(0) as usize).into()),
                            ("flagged", (s["flagged"].as_u64().unwrap_or(0) as usize).into()),
                            ("purged", (s["names_purged"].as_u64().unwrap_or(0) as usize).into()),
                        ]) }</p>
                        <p class="staff-report-links">
                            { i18n.t("staff-report-title") }{ " " }
                            <a class="button button-secondary" id="report-csv" download=""
                                href={format!("/api/v1/programmes/{programme}/report.csv?month={}", *month)}>{ "CSV" }</a>
                            { " " }
                            <a class="button button-secondary" id="report-xlsx" download=""
                                href={format!("/api/v1/programmes/{programme}/report.xlsx?month={}", *month)}>{ "Excel (XLSX)" }</a>
                        </p>
                        if props.files {
                        <ul class="staff-export-files">
                            { for s["parts"].as_array().into_iter().flatten().map(|p| {
                                let part = p["part"].as_u64().unwrap_or(1);
                                let name = p["name"].as_str().unwrap_or_default().to_owned();
                                html! {
                                    <li><a class="button" download={name.clone()} id={format!("export-part-{part}")}
                                        href={format!("/api/v1/programmes/{programme}/national.csv?month={}&part={part}", *month)}>
                                        { i18n.t_with("staff-exports-download", &[
                                            ("name", name.into()),
                                            ("rows", (p["rows"].as_u64().unwrap_or(0) as usize).into()),
                                        ]) }
                                    </a></li>
                                }
                            }) }
                        </ul>
                        }
                    </>
                },
            } }
            if let Some(log) = &*log {
                <h3>{ i18n.t("staff-exports-log") }</h3>
                <ul class="staff-export-log" id="exports-log">
                    { for log["exports"].as_array().into_iter().flatten().take(10).map(|e| {
                        let x = &e["export"];
                        html! { <li>{ i18n.t_with("staff-exports-log-item", &[
                            ("who", x["by"].as_str().unwrap_or_default().into()),
                            ("time", i18n.day_and_time(x["at"].as_i64().unwrap_or(0)).into()),
                            ("month", x["month"].as_str().unwrap_or_default().into()),
                            ("rows", (x["rows"].as_u64().unwrap_or(0) as usize).into()),
                            ("sha", x["files"][0]["sha256"].as_str().unwrap_or_default().chars().take(12).collect::<String>().into()),
                        ]) }</li> }
                    }) }
                </ul>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct CentreExportsProps {
    pub centre: CentreCode,
}

/// A coordinator's: the programme is its centres'.
#[component(CentreExports)]
pub fn centre_exports(props: &CentreExportsProps) -> Html {
    let (centre, _) = crate::hooks::use_remote(props.centre.clone(), |c| async move {
        crate::api::centre(&c).await
    });
    match centre {
        crate::hooks::Remote::Ready(c) => html! { <Exports programme={c.programme.to_string()} /> },
        _ => html! {},
    }
}
