//! `/api/v1`: programmes and centres.

use ponte_domain::Invalid;
use ponte_domain::api::{CentreList, ProgrammeList};
use ponte_domain::query::CentreQuery;
use serde::Serialize;
use warp::Filter;
use warp::filters::BoxedFilter;
use warp::http::{HeaderValue, header};
use warp::reply::Response;

use super::error::{ApiError, respond};
use super::query;
use super::reports::raw_query;
use super::{App, find_centre, get_or_head};

pub fn routes(app: App) -> BoxedFilter<(Response,)> {
    let with_app = {
        let app = app.clone();
        warp::any().map(move || app.clone())
    };

    let programmes = warp::path!("api" / "v1" / "programmes")
        .and(get_or_head())
        .and(with_app.clone())
        .then(|app: App| async move { respond(programmes(app).await) });

    let centres = warp::path!("api" / "v1" / "centres")
        .and(get_or_head())
        .and(with_app.clone())
        .and(raw_query())
        .then(|app: App, query: String| async move { respond(centres(app, query).await) });

    let centre = warp::path!("api" / "v1" / "centres" / String)
        .and(get_or_head())
        .and(with_app.clone())
        .then(|code: String, app: App| async move { respond(centre(app, code).await) });

    let qr = warp::path!("api" / "v1" / "centres" / String / "qr.svg")
        .and(get_or_head())
        .and(with_app)
        .and(raw_query())
        .then(|code: String, app: App, query: String| async move {
            respond(qr(app, code, query).await)
        });

    programmes
        .or(centres)
        .unify()
        .or(centre)
        .unify()
        .or(qr)
        .unify()
        .boxed()
}

/// A JSON response of the reference data (compressed on the way out, as every JSON
/// reply is).
fn json(value: &impl Serialize) -> Result<Response, ApiError> {
    let body = serde_json::to_vec(value).map_err(|e| ApiError::Internal(e.into()))?;
    Ok(public_json(Response::new(body.into())))
}

/// Public JSON already written: asked again each time (`no-cache`), since a change to
/// the data (or a new release) must show at once.
pub(super) fn public_json(mut res: Response) -> Response {
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    res
}

async fn programmes(app: App) -> Result<Response, ApiError> {
    let programmes = app.store.reference().programmes().to_vec();
    json(&ProgrammeList { programmes })
}

async fn centres(app: App, raw_query: String) -> Result<Response, ApiError> {
    let q: query::Centres = query::parse(&raw_query, query::Centres::NAMES)?;
    let given = [
        ("programme", q.programme),
        ("province", q.province),
        ("q", q.q),
    ];
    let query = CentreQuery::from_pairs(given.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))))?;
    let reference = app.store.reference();
    if let Some(id) = &query.programme
        && reference.programme(id).is_none()
    {
        return Err(Invalid::new("programme", format!("there is no programme '{id}'")).into());
    }
    json(&CentreList {
        centres: reference.centres(&query),
    })
}

async fn centre(app: App, code: String) -> Result<Response, ApiError> {
    json(&find_centre(&app, &code)?.0)
}

/// The poster's QR code; `?site=N` gives the poster of the centre's site N (1 is the
/// main site), whose check-ins then name that site.
async fn qr(app: App, code: String, query: String) -> Result<Response, ApiError> {
    let (centre, _) = find_centre(&app, &code)?;
    let q: query::Poster = query::parse(&query, query::Poster::NAMES)?;
    let sites = centre.sites().count();
    let site = match query::given(&q.site) {
        None => 1,
        Some(n) => n
            .parse::<u8>()
            .ok()
            .filter(|n| (1..=sites).contains(&usize::from(*n)))
            .ok_or_else(|| Invalid::new("site", format!("this centre has {sites} site(s)")))?,
    };
    let url = crate::qr::centre_url(&app.public_url, &centre.code, site);
    let svg = crate::qr::svg(&url).map_err(|e| ApiError::Internal(e.into()))?;
    let mut res = Response::new(svg.into());
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("image/svg+xml"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    Ok(res)
}
