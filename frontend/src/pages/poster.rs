//! `/c/{code}/poster`: an A4 poster to print and hang at the centre. It is always in
//! Italian and English, whatever the screen's language, and prints without the app's
//! header, buttons or links.

use yew::prelude::*;

use crate::api;
use crate::components::link::Link;
use crate::components::status::{Failed, Loading};
use crate::hooks::Remote;
use crate::hooks::use_centre;
use crate::hooks::use_title;
use crate::i18n::{Lang, use_i18n};
use crate::routes::Route;

#[derive(Properties, PartialEq)]
pub struct PosterProps {
    pub code: String,
}

#[component(PosterPage)]
pub fn poster_page(props: &PosterProps) -> Html {
    let i18n = use_i18n();
    let (centre, retry) = use_centre(&props.code);
    use_title(format!("{} · {}", i18n.t("poster-print"), props.code));
    let c = match centre {
        Remote::Ready(c) => c,
        Remote::Loading => return html! { <main class="poster-page"><Loading /></main> },
        Remote::Failed(e) => {
            return html! { <main class="poster-page"><Failed error={e} {retry} /></main> };
        }
    };
    let location = web_sys::window().map(|w| w.location());
    let origin = location
        .as_ref()
        .and_then(|l| l.host().ok())
        .unwrap_or_default();
    // `?site=N`: the poster of the centre's site N, whose QR names that site.
    let sites: Vec<&ponte_domain::Site> = c.sites().collect();
    let site = location
        .and_then(|l| l.search().ok())
        .and_then(|q| {
            q.strip_prefix("?site=")
                .and_then(|n| n.parse::<usize>().ok())
        })
        .filter(|n| (1..=sites.len()).contains(n))
        .unwrap_or(1);
    let place = sites[site - 1];
    let suffix = if site == 1 {
        String::new()
    } else {
        format!("?site={site}")
    };
    let url = format!("{origin}/c/{}{suffix}", c.code);
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <main class="poster-page">
            <div class="poster-tools no-print">
                <button type="button" class="button" onclick={print}>{ i18n.t("poster-print") }</button>
                <Link to={Route::Centre { code: c.code.to_string() }}>{ i18n.t("poster-back") }</Link>
                // One poster per site: each site's check-ins then say where they were.
                if sites.len() > 1 {
                    <ul class="poster-sites">
                        { for sites.iter().enumerate().map(|(i, s)| html! {
                            <li><a href={format!("/c/{}/poster?site={}", c.code, i + 1)}
                                aria-current={(i + 1 == site).then_some("page")}>
                                { format!("{}, {}", s.address, s.comune) }
                            </a></li>
                        }) }
                    </ul>
                }
            </div>
            <article class="poster" id="poster">
                <p class="poster-brand">{ i18n.t_in(Lang::It, "app-tagline") }</p>
                <h1 class="poster-name">{ &c.name }</h1>
                <img class="poster-qr" src={format!("{}{suffix}", api::qr_url(&c.code))} width="256" height="256"
                    alt={format!("QR: {url}")} />
                <p class="poster-line" lang="it">{ i18n.t_in(Lang::It, "poster-scan") }</p>
                <p class="poster-line poster-line-en" lang="en">{ i18n.t_in(Lang::En, "poster-scan") }</p>
                <p class="poster-url">
                    { i18n.t_in(Lang::It, "poster-or-visit") }{" "}<strong>{ url.clone() }</strong>
                </p>
                <p class="poster-address">{ format!("{}, {} ({})", place.address, place.comune, c.province.code) }</p>
            </article>
        </main>
    }
}
