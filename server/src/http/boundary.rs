//! What every request must be before any route sees it, so no route can forget it:
//!
//! - a write (any method but GET, HEAD and OPTIONS) only from Ponte's own pages. A
//!   browser names the page's origin on every cross-site POST or DELETE, so another
//!   site cannot make a citizen's or a facilitator's browser submit a sign-up, a visit
//!   or a staff change. Clients that are not browsers send no `Origin` and are let
//!   through: they hold no one's cookies.
//! - a request line and a header list of a sane size, refused in JSON like every other
//!   error (hyper itself answers only far beyond these, with an empty 414 or 431).

use warp::Filter;
use warp::filters::BoxedFilter;
use warp::http::{HeaderMap, Method};

use super::App;
use super::error::ApiError;

/// Longest path and query taken. The longest real one (a report's filters) is under
/// 300 characters.
pub const MAX_URI: usize = 8 * 1024;
/// Most headers taken; a browser sends about 20.
pub const MAX_HEADERS: usize = 100;

/// Why a request was refused here; `recover` answers it as an [`ApiError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// A write from another site's page.
    Foreign,
    UriTooLong,
    HeadersTooLarge,
}

impl warp::reject::Reject for Refusal {}

impl From<Refusal> for ApiError {
    fn from(r: Refusal) -> ApiError {
        match r {
            Refusal::Foreign => {
                ApiError::Forbidden("changes are taken only from Ponte's own pages".into())
            }
            Refusal::UriTooLong => ApiError::UriTooLong(MAX_URI),
            Refusal::HeadersTooLarge => ApiError::HeadersTooLarge(MAX_HEADERS),
        }
    }
}

/// Passes a request that is fit for the routes; rejects the rest with a [`Refusal`].
pub fn checked(app: &App) -> BoxedFilter<()> {
    let public_url = app.public_url.clone();
    warp::method()
        .and(warp::path::full())
        .and(super::reports::raw_query())
        .and(warp::header::headers_cloned())
        .and_then(
            move |method: Method, path: warp::path::FullPath, query: String, headers| {
                let verdict = check(&public_url, &method, path.as_str(), &query, &headers);
                async move { verdict.map_err(warp::reject::custom) }
            },
        )
        .untuple_one()
        .boxed()
}

fn check(
    public_url: &str,
    method: &Method,
    path: &str,
    query: &str,
    headers: &HeaderMap,
) -> Result<(), Refusal> {
    if path.len() + query.len() > MAX_URI {
        return Err(Refusal::UriTooLong);
    }
    if headers.len() > MAX_HEADERS {
        return Err(Refusal::HeadersTooLarge);
    }
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return Ok(());
    }
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    // `same-origin` or `none` (typed by the user); anything else came from another
    // site's page.
    let fetched_from_elsewhere =
        text("sec-fetch-site").is_some_and(|site| !matches!(site, "same-origin" | "none"));
    let foreign_origin = headers.get("origin").is_some_and(|o| {
        !o.to_str()
            .is_ok_and(|o| same_origin(public_url, o, text("host")))
    });
    if fetched_from_elsewhere || foreign_origin {
        return Err(Refusal::Foreign);
    }
    Ok(())
}

/// Whether `origin` is this server's: its public URL, or the host the request was sent
/// to with the public URL's scheme (a plain-http page on the same host is another
/// origin when Ponte is served over https).
pub fn same_origin(public_url: &str, origin: &str, host: Option<&str>) -> bool {
    let origin = origin.trim_end_matches('/');
    let public = public_url.trim_end_matches('/');
    let scheme = if public.starts_with("https://") {
        "https://"
    } else {
        "http://"
    };
    origin == public || host.is_some_and(|h| origin.strip_prefix(scheme) == Some(h))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, v.parse().unwrap());
        }
        h
    }

    const PUBLIC: &str = "https://ponte.example.it";

    #[test]
    fn writes_only_from_this_servers_pages() {
        let post = Method::POST;
        let ok = |h: &[(&'static str, &str)]| check(PUBLIC, &post, "/api", "", &headers(h)).is_ok();
        assert!(ok(&[]), "a client that is not a browser");
        assert!(ok(&[("origin", PUBLIC)]));
        assert!(ok(&[("origin", "https://ponte.example.it/")]));
        assert!(ok(&[
            ("origin", "https://10.0.0.2:8080"),
            ("host", "10.0.0.2:8080")
        ]));
        assert!(ok(&[("origin", PUBLIC), ("sec-fetch-site", "same-origin")]));
        assert!(!ok(&[("origin", "https://evil.example")]));
        assert!(!ok(&[("origin", "null")]));
        assert!(
            !ok(&[("origin", "http://ponte.example.it")]),
            "another scheme"
        );
        assert!(!ok(&[
            ("origin", "http://10.0.0.2:8080"),
            ("host", "10.0.0.2:8080")
        ]));
        assert!(!ok(&[("sec-fetch-site", "cross-site")]));
        assert!(!ok(&[("origin", PUBLIC), ("sec-fetch-site", "same-site")]));
        // Reads are for anyone.
        let get = |h: &[(&'static str, &str)]| {
            check(PUBLIC, &Method::GET, "/api", "", &headers(h)).is_ok()
        };
        assert!(get(&[("origin", "https://evil.example")]));
    }

    #[test]
    fn oversized_requests_are_refused_by_name() {
        let long = "a".repeat(MAX_URI);
        assert!(matches!(
            check(PUBLIC, &Method::GET, "/x", &long, &HeaderMap::new()),
            Err(Refusal::UriTooLong)
        ));
        let mut many = HeaderMap::new();
        for n in 0..=MAX_HEADERS {
            many.insert(
                warp::http::HeaderName::from_bytes(format!("x-h{n}").as_bytes()).unwrap(),
                "1".parse().unwrap(),
            );
        }
        assert!(matches!(
            check(PUBLIC, &Method::GET, "/x", "", &many),
            Err(Refusal::HeadersTooLarge)
        ));
    }
}
