//! The pages the server renders (`crate::pages`): the centre's page at `/c/{code}`,
//! where every poster's QR code points.

use warp::filters::BoxedFilter;
use warp::http::{HeaderValue, StatusCode, header};
use warp::reply::Response;
use warp::{Filter, Reply};

use super::error::{ApiError, respond};
use super::{App, get_or_head};
use crate::pages::centre::{self, Asked};
use ponte_domain::lang::{self, Lang};

pub fn routes(app: App) -> BoxedFilter<(Response,)> {
    warp::path("c")
        .and(warp::path::param::<String>())
        .and(warp::path::end())
        .and(get_or_head())
        .and(warp::query::raw().or(warp::any().map(String::new)).unify())
        .and(warp::header::optional::<String>("cookie"))
        .and(warp::header::optional::<String>("if-none-match"))
        .and_then(
            move |code: String, query: String, cookie: Option<String>, inm: Option<String>| {
                let app = app.clone();
                async move {
                    // Without the built apps there is no page to render: the path is
                    // then simply not found.
                    let Some(pages) = app.pages.clone() else {
                        return Err(warp::reject::not_found());
                    };
                    Ok::<_, warp::Rejection>(respond(page(
                        &app,
                        &pages,
                        &code,
                        &query,
                        cookie.as_deref(),
                        inm.as_deref(),
                    )))
                }
            },
        )
        .boxed()
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

fn page(
    app: &App,
    pages: &crate::pages::Pages,
    code: &str,
    query: &str,
    cookie: Option<&str>,
    if_none_match: Option<&str>,
) -> Result<Response, ApiError> {
    let (chosen, asked) = read_query(query);
    let lang = chosen
        .or_else(|| cookie.and_then(Lang::from_cookie_header))
        .unwrap_or(Lang::It);
    let found = super::find_centre(app, code).ok();
    let rendered = match &found {
        Some((c, _)) => centre::render(&pages.shell, &pages.messages, lang, c, asked),
        None => centre::render_missing(&pages.shell, &pages.messages, lang),
    }
    .map_err(|e| ApiError::Internal(e.into()))?;
    let etag = format!(
        "\"{}\"",
        hex::encode(&crate::secrets::sha256(rendered.as_bytes())[..12])
    );
    let mut res = if if_none_match.is_some_and(|tags| tags.split(',').any(|t| t.trim() == etag)) {
        let mut r = Response::new(Default::default());
        *r.status_mut() = StatusCode::NOT_MODIFIED;
        r
    } else {
        let csp = super::assets::csp(rendered.as_bytes());
        let mut r = Response::new(rendered.into());
        r.headers_mut().insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_str(&csp).map_err(|e| ApiError::Internal(e.into()))?,
        );
        if found.is_none() {
            *r.status_mut() = StatusCode::NOT_FOUND;
        }
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
    // The centre's hours may change: the phone asks each time, and a 304 is a few bytes.
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
            "{}={}; Path=/; Max-Age=31536000; SameSite=Lax",
            lang::COOKIE,
            l.code()
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
