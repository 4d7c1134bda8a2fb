//! `/c/{code}`: the page a citizen lands on after scanning a centre's poster.

use ponte_domain::hours::Weekday;
use ponte_domain::{Centre, OpeningHours, Site, SiteKind};
use yew::prelude::*;

use crate::api::FetchError;
use crate::components::layout::Layout;
use crate::components::link::Link;
use crate::components::status::{Failed, Loading, waiting_text};
use crate::device;
use crate::hooks::use_title;
use crate::hooks::{Remote, use_centre};
use crate::i18n::{I18n, Lang, use_i18n};
use crate::routes::Route;

#[derive(Properties, PartialEq)]
pub struct CentreProps {
    pub code: String,
}

#[component(CentrePage)]
pub fn centre_page(props: &CentreProps) -> Html {
    let i18n = use_i18n();
    let (centre, retry) = use_centre(&props.code);
    use_title(match &centre {
        Remote::Ready(c) => c.name.clone(),
        _ => i18n.t("app-tagline"),
    });
    let body = match centre {
        Remote::Loading => html! { <Loading /> },
        Remote::Failed(FetchError::NotFound) => html! {
            <div class="notice" role="alert">
                <p>{ i18n.t("centre-not-found") }</p>
                <Link to={Route::Home} classes="button">{ i18n.t("centre-search-other") }</Link>
            </div>
        },
        Remote::Failed(e) => html! { <Failed error={e} {retry} /> },
        Remote::Ready(c) => centre_view(&i18n, &c),
    };
    html! { <Layout>{ body }</Layout> }
}

fn centre_view(i18n: &I18n, c: &Centre) -> Html {
    let code = c.code.to_string();
    let has_pass = device::has_pass();
    let register = (
        "action-register",
        "action-register-text",
        Route::Register { code: code.clone() },
    );
    // Without a pass, signing up is what the poster is for: a big button at the top,
    // not the first of the list.
    let actions = [
        has_pass.then_some(register),
        Some((
            "action-survey",
            "action-survey-text",
            Route::Survey { code: code.clone() },
        )),
        Some((
            "action-feedback",
            "action-feedback-text",
            Route::Feedback {
                code: Some(code.clone()),
            },
        )),
    ];
    let waiting = waiting_text(i18n);
    // A site's poster names its site; the check-in will say where the visit was.
    device::note_site_from_address(&code);
    html! {
        <article class="centre">
            <h1 id="centre-name">{ &c.name }</h1>
            <p class="lead">
                { i18n.t_with("centre-managed-by", &[("organisation", c.organisation.clone().into())]) }
            </p>
            // What the poster is for comes first: the check-in with a pass, the sign-up
            // without; the address and the hours after.
            if has_pass {
                // One tap: the citizen app opens and checks in at once.
                <p class="checkin">
                    <a id="checkin-link" class="button button-big" href={format!("/c/{code}/checkin#now")}>
                        { i18n.t("checkin-button") }
                    </a>
                </p>
                // Today's visit here is recorded and its questions unanswered: the way
                // back to them.
                if device::questionnaire_open(&code) {
                    <p><a class="button experience-link" href={format!("/c/{code}/experience")}>
                        { i18n.t("experience-offer") }
                    </a></p>
                }
            } else {
                <p class="checkin">
                    <Link to={Route::Register { code: code.clone() }} classes="button button-big">
                        { i18n.t("action-register") }
                    </Link>
                </p>
            }
            if let Some(waiting) = waiting {
                <p class="notice outbox" role="status">
                    <a href={format!("/c/{code}/checkin")}>{ waiting }</a>
                </p>
            }
            <section aria-labelledby="actions">
                <h2 id="actions">{ i18n.t("centre-actions") }</h2>
                <ul class="actions">
                    { for actions.into_iter().flatten().map(|(title, text, to)| html! {
                        <li class="action">
                            <Link {to} classes="action-title">{ i18n.t(title) }</Link>
                            <span class="action-text">{ i18n.t(text) }</span>
                        </li>
                    }) }
                </ul>
            </section>
            <section aria-labelledby="where">
                <h2 id="where">{ i18n.t("centre-where") }</h2>
                { site_view(i18n, &c.site, c.province.code, false) }
            </section>
            if !c.other_sites.is_empty() {
                <section aria-labelledby="other-sites">
                    <h2 id="other-sites">{ i18n.t("centre-other-sites") }</h2>
                    { for c.other_sites.iter().map(|s| site_view(i18n, s, c.province.code, true)) }
                </section>
            }
            <p class="staff-link">
                <Link to={Route::Poster { code }}>{ i18n.t("centre-poster") }</Link>
            </p>
        </article>
    }
}

fn site_view(i18n: &I18n, site: &Site, province: &str, with_kind: bool) -> Html {
    html! {
        <div class="site">
            if with_kind {
                <h3>{ i18n.t(site_kind_id(site.kind)) }</h3>
            }
            <p class="address">{ format!("{}, {} ({province})", site.address, site.comune) }</p>
            { hours_view(i18n, &site.hours) }
        </div>
    }
}

pub fn site_kind_id(kind: SiteKind) -> &'static str {
    match kind {
        SiteKind::Main => "site-main",
        SiteKind::Branch => "site-branch",
        SiteKind::Mobile => "site-mobile",
        SiteKind::Seasonal => "site-seasonal",
    }
}

fn day_id(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "day-mon",
        Weekday::Tue => "day-tue",
        Weekday::Wed => "day-wed",
        Weekday::Thu => "day-thu",
        Weekday::Fri => "day-fri",
        Weekday::Sat => "day-sat",
        Weekday::Sun => "day-sun",
    }
}

fn hours_view(i18n: &I18n, hours: &OpeningHours) -> Html {
    if hours.is_empty() {
        return html! { <p class="hours-none">{ i18n.t("centre-hours-none") }</p> };
    }
    // Hours to one decimal in whole-number arithmetic: float formatting would add 10 KB
    // to the wasm.
    let tenths = (hours.weekly_minutes() * 10 + 30) / 60;
    let weekly = match (tenths % 10, i18n.lang) {
        (0, _) => (tenths / 10).to_string(),
        (d, Lang::It) => format!("{},{d}", tenths / 10),
        (d, Lang::En) => format!("{}.{d}", tenths / 10),
    };
    html! {
        <>
            <table class="hours">
                <caption>{ i18n.t("centre-hours") }</caption>
                <tbody>
                    { for Weekday::ALL.into_iter().filter_map(|day| {
                        let slots: Vec<String> = hours
                            .slots()
                            .iter()
                            .filter(|s| s.day == day)
                            .map(|s| format!("{}–{}", s.from, s.to))
                            .collect();
                        (!slots.is_empty()).then(|| html! {
                            <tr><th scope="row">{ i18n.t(day_id(day)) }</th><td>{ slots.join(", ") }</td></tr>
                        })
                    }) }
                </tbody>
            </table>
            <p class="hint">{ i18n.t_with("centre-weekly", &[("hours", weekly.into())]) }</p>
        </>
    }
}
