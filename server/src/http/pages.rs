//! The pages the server renders (`crate::pages`): the centre's page at `/c/{code}`,
//! where every poster's QR code points; `/privacy`, what Ponte keeps on a phone; and
//! `/accessibility`, the accessibility statement.

use std::sync::Arc;

use warp::filters::BoxedFilter;
use warp::http::{HeaderValue, StatusCode, header};
use warp::reply::Response;
use warp::{Filter, Reply};

use super::error::{ApiError, respond};
use super::{App, get_or_head};
use crate::pages::Pages;
use crate::pages::centre::{self, Asked};
use ponte_domain::lang::{self, Lang};

/// What every page request brings: its query, and the headers a page reads.
struct Asking {
    query: String,
    /// Every Cookie header, read leniently: a sibling site's odd cookie must not cost
    /// a citizen the page.
    cookie: String,
    if_none_match: Option<String>,
}

fn asking() -> impl Filter<Extract = (Asking,), Error = std::convert::Infallible> + Clone {
    warp::query::raw()
        .or(warp::any().map(String::new))
        .unify()
        .and(warp::header::headers_cloned())
        .map(|query: String, headers: warp::http::HeaderMap| Asking {
            query,
            cookie: headers
                .get_all(header::COOKIE)
                .iter()
                .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
                .collect::<Vec<_>>()
                .join("; "),
            if_none_match: headers
                .get(header::IF_NONE_MATCH)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned),
        })
}

pub fn routes(app: App) -> BoxedFilter<(Response,)> {
    // Without the built apps there is no page to render: the paths are then simply
    // not found.
    let with_pages = {
        let app = app.clone();
        warp::any().and_then(move || {
            let app = app.clone();
            async move {
                match app.pages.clone() {
                    Some(pages) => Ok((app, pages)),
                    None => Err(warp::reject::not_found()),
                }
            }
        })
    };
    let centre = warp::path("c")
        .and(warp::path::param::<String>())
        .and(warp::path::end())
        .and(get_or_head())
        .and(with_pages.clone())
        .and(asking())
        .map(
            |code: String, (app, pages): (App, Arc<Pages>), asking: Asking| {
                respond(centre_page(&app, &pages, &code, &asking))
            },
        );
    let privacy = warp::path!("privacy")
        .and(get_or_head())
        .and(with_pages.clone())
        .and(asking())
        .map(|(app, pages): (App, Arc<Pages>), asking: Asking| {
            respond(privacy_page(&app, &pages, &asking))
        });
    let accessibility = warp::path!("accessibility")
        .and(get_or_head())
        .and(with_pages)
        .and(asking())
        .map(|(app, pages): (App, Arc<Pages>), asking: Asking| {
            respond(accessibility_page(&app, &pages, &asking))
        });
    centre.or(privacy).unify().or(accessibility).unify().boxed()
}

/// What the address asks for; anything else in it (a campaign tag a printer added) is
/// ignored, so a poster never leads to an error.
fn read_query(query: &str) -> (Option<Lang>, Asked) {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap_or_default();
    let value = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    (
        value("lang").and_then(Lang::from_code),
        Asked {
            site: value("site").and_then(|s| s.parse().ok()),
        },
    )
}

/// The language of a page: asked in the address, else the cookie's, else Italian.
fn language(chosen: Option<Lang>, asking: &Asking) -> Lang {
    chosen
        .or_else(|| Lang::from_cookie_header(&asking.cookie))
        .unwrap_or(Lang::It)
}

fn centre_page(
    app: &App,
    pages: &Pages,
    code: &str,
    asking: &Asking,
) -> Result<Response, ApiError> {
    let (chosen, asked) = read_query(&asking.query);
    let lang = language(chosen, asking);
    let found = super::find_centre(app, code).ok();
    // `/c/tos-001` is TOS-001's page at its one address, so a phone keeps one copy.
    if let Some((c, _)) = &found
        && c.code.as_str() != code
    {
        let mut to = format!("/c/{}", c.code.as_str());
        let kept: Vec<String> = asked
            .site
            .map(|s| format!("site={s}"))
            .into_iter()
            .chain(chosen.map(|l| format!("lang={}", l.code())))
            .collect();
        if !kept.is_empty() {
            to = format!("{to}?{}", kept.join("&"));
        }
        let mut r = Response::new(Default::default());
        *r.status_mut() = StatusCode::MOVED_PERMANENTLY;
        r.headers_mut().insert(
            header::LOCATION,
            HeaderValue::from_str(&to).map_err(|e| ApiError::Internal(e.into()))?,
        );
        return Ok(r);
    }
    let rendered = match &found {
        Some((c, _)) => centre::render(
            &pages.shell,
            &pages.messages,
            lang,
            chosen.is_some(),
            c,
            asked,
        ),
        None => centre::render_missing(&pages.shell, &pages.messages, lang, chosen.is_some()),
    }
    .map_err(|e| ApiError::Internal(e.into()))?;
    let status = if found.is_some() {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    page_reply(app, pages, rendered, status, chosen, asking)
}

fn privacy_page(app: &App, pages: &Pages, asking: &Asking) -> Result<Response, ApiError> {
    let (chosen, _) = read_query(&asking.query);
    let lang = language(chosen, asking);
    let rendered =
        crate::pages::statements::render(&pages.shell, &pages.messages, lang, chosen.is_some())
            .map_err(|e| ApiError::Internal(e.into()))?;
    page_reply(app, pages, rendered, StatusCode::OK, chosen, asking)
}

fn accessibility_page(app: &App, pages: &Pages, asking: &Asking) -> Result<Response, ApiError> {
    let (chosen, _) = read_query(&asking.query);
    let lang = language(chosen, asking);
    // Each programme's administration answers for its centres: a barrier goes to it.
    let mut contacts: Vec<(String, String)> = app
        .store
        .reference()
        .programmes()
        .iter()
        .map(|p| {
            (
                p.privacy.controller.clone(),
                p.privacy.controller_contact.clone(),
            )
        })
        .collect();
    contacts.dedup();
    let rendered = crate::pages::statements::render_accessibility(
        &pages.shell,
        &pages.messages,
        lang,
        chosen.is_some(),
        contacts,
    )
    .map_err(|e| ApiError::Internal(e.into()))?;
    page_reply(app, pages, rendered, StatusCode::OK, chosen, asking)
}

/// A rendered page as sent: its policy, a content tag for a cheap 304, revalidated at
/// each visit (a centre's hours may change), and the language cookie when the address
/// chose one.
fn page_reply(
    app: &App,
    pages: &Pages,
    rendered: String,
    status: StatusCode,
    chosen: Option<Lang>,
    asking: &Asking,
) -> Result<Response, ApiError> {
    let etag = format!(
        "\"{}\"",
        hex::encode(&crate::secrets::sha256(rendered.as_bytes())[..12])
    );
    let unchanged = super::assets::etag_matches(asking.if_none_match.as_deref(), &etag);
    let mut res = if unchanged {
        let mut r = Response::new(Default::default());
        *r.status_mut() = StatusCode::NOT_MODIFIED;
        r
    } else {
        let mut r = Response::new(rendered.into());
        *r.status_mut() = status;
        r.headers_mut().insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_str(&pages.shell.csp).map_err(|e| ApiError::Internal(e.into()))?,
        );
        r
    };
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    h.insert(
        header::ETAG,
        HeaderValue::from_str(&etag).map_err(|e| ApiError::Internal(e.into()))?,
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    h.insert(
        header::VARY,
        HeaderValue::from_static("Accept-Encoding, Cookie"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    if let Some(l) = chosen {
        // The choice holds for the next scan, and the apps read it too.
        let cookie = format!(
            "{}={}; Path=/; Max-Age=31536000; SameSite=Lax{}",
            lang::COOKIE,
            l.code(),
            app.cookie_secure_attr()
        );
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            h.insert(header::SET_COOKIE, v);
        }
    }
    Ok(res.into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_gives_language_and_site_and_nothing_else_fails() {
        let (l, a) = read_query("site=2&lang=en&utm_source=poster");
        assert_eq!((l, a.site), (Some(Lang::En), Some(2)));
        let (l, a) = read_query("lang=xx&site=abc");
        assert_eq!((l, a.site), (None, None));
        let (l, a) = read_query("%%%");
        assert_eq!((l, a.site), (None, None));
    }
}
