//! `/`: find your centre by region, province and name.

use ponte_domain::province::Province;
use ponte_domain::query::CentreQuery;
use ponte_domain::{Centre, ProgrammeId};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::api;
use crate::components::layout::Layout;
use crate::components::link::Link;
use crate::components::status::{Failed, Loading};
use crate::hooks::use_title;
use crate::hooks::{Remote, use_remote};
use crate::i18n::use_i18n;
use crate::routes::Route;

/// Results shown at once; more on request, so an old phone does not render 424 cards.
const PAGE: usize = 20;

#[component(HomePage)]
pub fn home_page() -> Html {
    let i18n = use_i18n();
    use_title(i18n.t("home-title"));
    let (programmes, retry_programmes) = use_remote((), |_| api::programme_choices());
    let programme = use_state(|| None::<ProgrammeId>);
    let province = use_state(|| None::<&'static Province>);
    let text = use_state(String::new);
    let shown = use_state(|| PAGE);
    let (centres, retry_centres) = use_remote((*programme).clone(), |p| async move {
        match p {
            Some(p) => api::centres(&p).await.map(|l| Some(l.centres)),
            None => Ok(None),
        }
    });

    let on_programme = {
        let (programme, province, shown) = (programme.clone(), province.clone(), shown.clone());
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            programme.set(ProgrammeId::parse(&value).ok());
            province.set(None);
            shown.set(PAGE);
        })
    };
    let on_province = {
        let (province, shown) = (province.clone(), shown.clone());
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            province.set(Province::by_code(&value));
            shown.set(PAGE);
        })
    };
    let on_text = {
        let (text, shown) = (text.clone(), shown.clone());
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlInputElement>().value());
            shown.set(PAGE);
        })
    };

    let region = match (&programmes, &*programme) {
        (Remote::Ready(list), Some(id)) => list
            .programmes
            .iter()
            .find(|p| p.id == *id)
            .map(|p| p.region.clone()),
        _ => None,
    };

    let filters = html! {
        <form class="filters" role="search" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <div class="field">
                <label for="programme">{ i18n.t("home-region") }</label>
                { match &programmes {
                    Remote::Ready(list) => html! {
                        <select id="programme" onchange={on_programme}>
                            <option value="" selected={programme.is_none()}>{ i18n.t("home-region-choose") }</option>
                            { for list.programmes.iter().map(|p| html! {
                                <option value={p.id.to_string()} selected={programme.as_ref() == Some(&p.id)}>
                                    { &p.region }
                                </option>
                            }) }
                        </select>
                    },
                    Remote::Loading => html! { <Loading /> },
                    Remote::Failed(e) => html! { <Failed error={e.clone()} retry={retry_programmes} /> },
                } }
            </div>
            <div class="field">
                <label for="province">{ i18n.t("home-province") }</label>
                <select id="province" onchange={on_province} disabled={region.is_none()}>
                    <option value="" selected={province.is_none()}>{ i18n.t("home-province-all") }</option>
                    { for region.iter().flat_map(|r| Province::in_region(r)).map(|p| html! {
                        <option value={p.code} selected={*province == Some(p)}>{ p.name }</option>
                    }) }
                </select>
            </div>
            <div class="field field-wide">
                <label for="search">{ i18n.t("home-search") }</label>
                <input id="search" type="search" autocomplete="off" value={(*text).clone()}
                    oninput={on_text} aria-describedby="search-hint" />
                <p id="search-hint" class="hint">{ i18n.t("home-search-hint") }</p>
            </div>
        </form>
    };

    let results = match centres {
        Remote::Ready(None) => html! { <p class="status">{ i18n.t("home-choose-region") }</p> },
        Remote::Loading => html! { <Loading /> },
        Remote::Failed(e) => html! { <Failed error={e} retry={retry_centres} /> },
        Remote::Ready(Some(all)) => {
            let query = CentreQuery {
                province: *province,
                ..CentreQuery::from_pairs([("q", text.as_str())]).unwrap_or_default()
            };
            let found: Vec<&Centre> = all.iter().filter(|c| query.matches(c)).collect();
            let more = {
                let shown = shown.clone();
                Callback::from(move |_| shown.set(*shown + PAGE))
            };
            html! {
                <>
                    <p class="status" role="status" aria-live="polite">
                        { i18n.t_with("home-results", &[("count", found.len().into())]) }
                    </p>
                    <ul class="centre-list">
                        { for found.iter().take(*shown).map(|c| html! { <CentreCard centre={(*c).clone()} /> }) }
                    </ul>
                    if found.len() > *shown {
                        <button type="button" class="button button-secondary" onclick={more}>
                            { i18n.t("home-show-more") }
                        </button>
                    }
                </>
            }
        }
    };

    html! {
        <Layout>
            <h1>{ i18n.t("home-title") }</h1>
            <p class="lead">{ i18n.t("home-intro") }</p>
            <p><Link to={Route::Feedback { code: None }}>{ i18n.t("action-feedback") }</Link></p>
            { filters }
            <section aria-live="off" class="results">{ results }</section>
        </Layout>
    }
}

#[derive(Properties, PartialEq)]
struct CardProps {
    centre: Centre,
}

#[component(CentreCard)]
fn centre_card(props: &CardProps) -> Html {
    let c = &props.centre;
    html! {
        <li class="centre-card">
            <Link to={Route::Centre { code: c.code.to_string() }}>
                <span class="centre-card-name">{ &c.name }</span>
            </Link>
            <span class="centre-card-place">
                { format!("{}, {} ({}) · {}", c.site.address, c.site.comune, c.province.code, c.code) }
            </span>
        </li>
    }
}
