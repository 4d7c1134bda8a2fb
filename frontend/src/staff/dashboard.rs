//! The dashboard: what the programme (a region), or the account's own centres (a
//! coordinator or facilitator), did over a period, by day, week or month; a table per
//! level that leads down from the programme to a province to a centre; who was reached
//! and which services were given, with small numbers never shown. Tables, not charts:
//! a screen reader reads them, and a bar chart of visits adds nothing a column does not.

use ponte_domain::codelists::{
    self, CITIZENSHIP, COMPETENCE, CodeList, EDUCATION, EMPLOYMENT, PUBLIC_SERVICE, SERVICE_TYPE,
};
use ponte_domain::dashboard::{Breakdown, Cell, Dashboard, Figures, UNKNOWN};
use ponte_domain::lang::Lang;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::api::{self, StaffError};
use crate::i18n::{I18n, use_i18n};

#[derive(Properties, PartialEq)]
pub struct DashboardProps {
    pub programme: String,
    /// Whether the account holds the whole programme (a region, an admin): it starts
    /// there and can go down; otherwise it sees its own centres.
    pub whole: bool,
}

/// The question asked of the server.
#[derive(Clone, Debug, Default, PartialEq)]
struct Ask {
    province: Option<String>,
    centre: Option<String>,
    from: String,
    to: String,
    by: String,
}

impl Ask {
    fn query(&self) -> String {
        let mut q = vec![format!(
            "by={}",
            if self.by.is_empty() { "day" } else { &self.by }
        )];
        for (k, v) in [
            ("province", self.province.as_deref()),
            ("centre", self.centre.as_deref()),
            ("from", Some(self.from.as_str())),
            ("to", Some(self.to.as_str())),
        ] {
            if let Some(v) = v.filter(|v| !v.is_empty()) {
                q.push(format!("{k}={v}"));
            }
        }
        q.join("&")
    }
}

#[component(DashboardView)]
pub fn dashboard_view(props: &DashboardProps) -> Html {
    let i18n = use_i18n();
    let ask = use_state(Ask::default);
    let reply = use_state(|| None::<Result<Dashboard, StaffError>>);
    {
        let (reply, programme) = (reply.clone(), props.programme.clone());
        use_effect_with((*ask).clone(), move |ask| {
            let query = ask.query();
            wasm_bindgen_futures::spawn_local(async move {
                reply.set(Some(api::dashboard(&programme, &query).await));
            });
        });
    }
    // `/staff/dashboard` is the console with its dashboard in view.
    let title = use_node_ref();
    {
        let title = title.clone();
        use_effect_with((), move |_| {
            let here = web_sys::window()
                .and_then(|w| w.location().pathname().ok())
                .unwrap_or_default();
            if here == "/staff/dashboard"
                && let Some(h) = title.cast::<web_sys::Element>()
            {
                h.scroll_into_view();
            }
        });
    }
    let (from, to, by) = (use_node_ref(), use_node_ref(), use_node_ref());
    let onsubmit = {
        let (ask, from, to, by) = (ask.clone(), from.clone(), to.clone(), by.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let input = |r: &NodeRef| {
                r.cast::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default()
            };
            ask.set(Ask {
                from: input(&from),
                to: input(&to),
                by: by
                    .cast::<HtmlSelectElement>()
                    .map(|s| s.value())
                    .unwrap_or_default(),
                ..(*ask).clone()
            });
        })
    };
    // Going down a level (a part's code) or back up to where the account starts.
    let go = {
        let (ask, whole) = (ask.clone(), props.whole);
        Callback::from(move |code: Option<String>| {
            let mut next = (*ask).clone();
            match code {
                None => (next.province, next.centre) = (None, None),
                Some(c) if whole && next.province.is_none() && next.centre.is_none() => {
                    next.province = Some(c)
                }
                Some(c) => next.centre = Some(c),
            }
            ask.set(next);
        })
    };
    let at_top = ask.province.is_none() && ask.centre.is_none();
    html! {
        <section class="staff-progress" aria-labelledby="dash-title">
            <h2 id="dash-title" ref={title}>{ i18n.t("staff-dash-title") }</h2>
            <form class="staff-inline" {onsubmit} novalidate=true>
                <div class="field">
                    <label for="dash-from">{ i18n.t("staff-dash-from") }</label>
                    <input id="dash-from" type="date" ref={from} value={ask.from.clone()} />
                </div>
                <div class="field">
                    <label for="dash-to">{ i18n.t("staff-dash-to") }</label>
                    <input id="dash-to" type="date" ref={to} value={ask.to.clone()} />
                </div>
                <div class="field">
                    <label for="dash-by">{ i18n.t("staff-dash-by") }</label>
                    <select id="dash-by" ref={by}>
                        { for ["day", "week", "month"].into_iter().map(|b| html! {
                            <option value={b} selected={ask.by == b || (ask.by.is_empty() && b == "day")}>{ i18n.t(&format!("staff-dash-by-{b}")) }</option>
                        }) }
                    </select>
                </div>
                <button type="submit" class="button" id="dash-show">{ i18n.t("staff-dash-show") }</button>
            </form>
            if !at_top {
                <p><button type="button" class="button-link" id="dash-up"
                    onclick={let go = go.clone(); move |_| go.emit(None)}>
                    { i18n.t(if props.whole { "staff-dash-up" } else { "staff-dash-up-own" }) }
                </button></p>
            }
            if let (Some(p), Some(_)) = (ask.province.clone(), ask.centre.as_ref()) {
                <p><button type="button" class="button-link" id="dash-up-province"
                    onclick={let ask = ask.clone(); move |_| ask.set(Ask { centre: None, ..(*ask).clone() })}>
                    { i18n.t_with("staff-dash-up-province", &[("province", p.into())]) }
                </button></p>
            }
            { match &*reply {
                None => html! { <p class="status" role="status">{ i18n.t("loading") }</p> },
                Some(Err(e)) => html! { <p class="notice notice-error" role="alert">{ i18n.t(&e.message_id()) }</p> },
                Some(Ok(d)) => view(&i18n, d, &go, props.whole),
            } }
        </section>
    }
}

fn figures_cells(i18n: &I18n, f: &Figures) -> Html {
    html! {
        <>
            <td>{ f.citizens.map_or_else(|| "—".to_owned(), |n| i18n.number(n)) }</td>
            <td>{ i18n.number(f.new_citizens) }</td>
            <td>{ i18n.number(f.visits) }</td>
            <td>{ i18n.number(f.services) }</td>
            <td>{ i18n.number(f.participations) }</td>
        </>
    }
}

fn figures_head(i18n: &I18n, first: &str) -> Html {
    html! {
        <tr>
            <th scope="col">{ i18n.t(first) }</th>
            { for ["citizens", "new", "visits", "services", "participations"].into_iter().map(|k| html! {
                <th scope="col">{ i18n.t(&format!("staff-dash-{k}")) }</th>
            }) }
        </tr>
    }
}

fn view(i18n: &I18n, d: &Dashboard, go: &Callback<Option<String>>, whole: bool) -> Html {
    let scope = match (&d.centre, &d.province) {
        (Some(c), _) => c.clone(),
        (None, Some(p)) => p.clone(),
        (None, None) if whole => d.programme.clone(),
        (None, None) => i18n.t_with("staff-dash-own", &[("count", d.parts.len().into())]),
    };
    let t = &d.totals;
    html! {
        <>
            <p class="lead" id="dash-scope">{ i18n.t_with("staff-dash-scope", &[
                ("scope", scope.into()),
                ("from", i18n.date(d.from).into()),
                ("to", i18n.date(d.to).into()),
            ]) }</p>
            <div class="staff-table-wrap" tabindex="0" role="region" aria-labelledby="dash-totals-caption">
                <table class="staff-table" id="dash-totals">
                    <caption id="dash-totals-caption">{ i18n.t("staff-dash-totals") }</caption>
                    <thead>{ figures_head(i18n, "staff-dash-period") }</thead>
                    <tbody><tr><th scope="row">{ i18n.t("staff-dash-all") }</th>{ figures_cells(i18n, t) }</tr></tbody>
                </table>
            </div>
            if !d.parts.is_empty() {
                <div class="staff-table-wrap" tabindex="0" role="region" aria-labelledby="dash-parts-caption">
                    <table class="staff-table" id="dash-parts">
                        <caption id="dash-parts-caption">{ i18n.t("staff-dash-parts") }</caption>
                        <thead>{ figures_head(i18n, "staff-dash-part") }</thead>
                        <tbody>
                            { for d.parts.iter().map(|p| {
                                let code = p.code.clone();
                                let go = go.clone();
                                html! {
                                    <tr>
                                        <th scope="row">
                                            <button type="button" class="button-link" onclick={move |_| go.emit(Some(code.clone()))}>
                                                { format!("{} · {}", p.code, p.name) }
                                            </button>
                                        </th>
                                        { figures_cells(i18n, &p.figures) }
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            <div class="staff-table-wrap" tabindex="0" role="region" aria-labelledby="dash-series-caption">
                <table class="staff-table" id="dash-series">
                    <caption id="dash-series-caption">{ i18n.t(&format!("staff-dash-series-{}", d.by.as_str())) }</caption>
                    <thead>{ figures_head(i18n, "staff-dash-from") }</thead>
                    <tbody>
                        { for d.series.iter().rev().map(|p| html! {
                            <tr><th scope="row">{ i18n.date(p.start) }</th>{ figures_cells(i18n, &p.figures) }</tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <h3>{ i18n.t("staff-dash-people") }</h3>
            <p class="notice" id="dash-months">{ i18n.t_with("staff-dash-months", &[
                ("from", i18n.date(d.breakdowns_from).into()),
                ("to", i18n.date(d.breakdowns_to).into()),
            ]) }</p>
            <p class="hint">{ i18n.t("staff-dash-small") }</p>
            <div class="staff-breakdowns">
                { for d.people.iter().map(|b| breakdown(i18n, b)) }
            </div>
            <h3>{ i18n.t("staff-dash-services-by") }</h3>
            <div class="staff-breakdowns">
                { for d.services.iter().map(|b| breakdown(i18n, b)) }
            </div>
            <h3>{ i18n.t("staff-dash-skills") }</h3>
            <p id="dash-skills">{ i18n.t_with("staff-dash-skills-counts", &[
                ("entries", (d.skills.entries as usize).into()),
                ("exits", (d.skills.exits as usize).into()),
                ("pairs", (d.skills.pairs as usize).into()),
            ]) }</p>
            if !d.skills.mean_change.is_empty() {
                <ul>
                    { for d.skills.mean_change.iter().enumerate().map(|(i, c)| html! {
                        <li>{ i18n.t_with("staff-dash-skills-area", &[
                            ("area", codelists::DIGCOMP_AREA.get(i).map_or("", |a| a.1).into()),
                            ("change", format!("{c:+}").into()),
                        ]) }</li>
                    }) }
                </ul>
            }
            if let Some(n) = d.reports {
                <p id="dash-reports">{ i18n.t_with("staff-dash-reports", &[("count", (n as usize).into())]) }</p>
            }
        </>
    }
}

/// The official list a breakdown's codes come from.
fn list_of(field: &str) -> CodeList {
    match field {
        "citizenship" => CITIZENSHIP,
        "education" => EDUCATION,
        "employment" => EMPLOYMENT,
        "type" => SERVICE_TYPE,
        "competence" => COMPETENCE,
        _ => PUBLIC_SERVICE,
    }
}

/// A code's name: the console's own words for age bands and genders (as on the day's
/// list), the sign-up's for citizenship, education and employment, the report's for a
/// public service; the official (Italian) label for service types and competences,
/// with the language it is in when the console speaks another.
fn label(i18n: &I18n, field: &str, code: &str) -> (String, Option<&'static str>) {
    let official = || {
        let text =
            codelists::label(list_of(field), code).map_or_else(|| code.to_owned(), str::to_owned);
        (text, (i18n.lang != Lang::It).then_some("it"))
    };
    match (field, code) {
        (_, UNKNOWN) => (i18n.t("staff-dash-unknown"), None),
        ("age_band", b) => (i18n.t(&format!("staff-age-{b}")), None),
        ("gender", _) => (i18n.t(&format!("staff-gender-{}", code)), None),
        ("type" | "competence", _) => official(),
        ("citizenship" | "education" | "employment", c) => (i18n.t(&format!("{field}-{c}")), None),
        (_, c) => (i18n.t(&format!("service-{c}")), None),
    }
}

fn breakdown(i18n: &I18n, b: &Breakdown) -> Html {
    html! {
        <table class="staff-table" id={format!("dash-{}", b.field)}>
            <caption>{ i18n.t(&format!("staff-dash-field-{}", b.field)) }</caption>
            <tbody>
                if b.withheld {
                    <tr><td class="hint">{ i18n.t("staff-dash-withheld") }</td></tr>
                }
                { for b.rows.iter().map(|r| html! {
                    <tr>
                        { { let (text, lang) = label(i18n, &b.field, &r.code); html! { <th scope="row" {lang}>{ text }</th> } } }
                        <td>{ match r.cell {
                            Cell::Count(n) => i18n.number(n),
                            Cell::FewerThanFive => "< 5".to_owned(),
                        } }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
