//! What the read-only reports share: the raw query string, a centre's report over a
//! date range, and JSON that caches must check again (counters move with every write).

use ponte_domain::query::DateRange;

use super::query;
use ponte_domain::{CentreCode, Date};
use serde::Serialize;
use warp::filters::BoxedFilter;
use warp::reply::Response;
use warp::{Filter, Reply};

use super::error::ApiError;
use super::writes::today;
use super::{App, find_centre};
use crate::store::{Store, StoreError};

/// The query string, empty when there is none.
pub fn raw_query() -> BoxedFilter<(String,)> {
    warp::query::raw()
        .or(warp::any().map(String::new))
        .unify()
        .boxed()
}

/// A centre's report over `from=`/`to=` (default: the last 30 days), made by `read`
/// from the counters alone, off the async threads.
pub async fn centre_report<T: Serialize + Send + 'static>(
    app: App,
    code: String,
    query: String,
    read: fn(&Store, &CentreCode, Date, Date) -> Result<T, StoreError>,
) -> Result<Response, ApiError> {
    let (centre, _) = find_centre(&app, &code)?;
    let q: query::Range = query::parse(&query, query::Range::NAMES)?;
    let range = DateRange::parse(q.from.as_deref(), q.to.as_deref(), today()?)?;
    let store = app.store.clone();
    let report =
        tokio::task::spawn_blocking(move || read(&store, &centre.code, range.from, range.to))
            .await??;
    Ok(fresh_json(&report))
}

/// A report as JSON that caches must check again.
pub fn fresh_json(report: &impl Serialize) -> Response {
    let mut res = warp::reply::json(report).into_response();
    res.headers_mut().insert(
        "cache-control",
        warp::http::HeaderValue::from_static("no-cache"),
    );
    res
}
