//! Citizens' reports about public services, as coordinators and the region review
//! them: masked text, never the contact; a status and a reply; hidden ones stay
//! counted.

use ponte_domain::feedback::{Category, ReviewRequest, ReviewStatus};
use ponte_domain::staff::Role;
use ponte_domain::{CentreCode, Invalid, ProgrammeId};
use warp::reply::Response;

use super::guard::{Credentials, Staff};
use super::private_json;
use crate::http::App;
use crate::http::error::ApiError;
use crate::http::query;
use crate::http::writes::{Posted, now};
use crate::store::{ReportFilter, ReviewRecord};

const REVIEWERS: &[Role] = &[Role::Admin, Role::Region, Role::Coordinator];
const PAGE: usize = 50;

/// Whether `staff` may read a report made at `centre` of `programme`: a report made
/// without a centre belongs to no programme, and only an admin reads it.
fn may_read(staff: &Staff, centre: Option<&str>, programme: Option<&str>) -> bool {
    let scope = staff.scope();
    match (
        centre.and_then(|c| CentreCode::parse(c).ok()),
        programme.and_then(|p| ProgrammeId::parse(p).ok()),
    ) {
        (Some(c), Some(p)) => scope.holds_centre(&c, &p),
        _ => scope.role == Role::Admin,
    }
}

pub async fn list(app: App, credentials: Credentials, raw: String) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    staff.require(REVIEWERS)?;
    let q: query::Reports = query::parse(&raw, query::Reports::NAMES)?;
    let filter = ReportFilter {
        public_service: query::given(&q.service).map(str::to_owned),
        category: match query::given(&q.category) {
            Some(c) => Some(
                Category::ALL
                    .into_iter()
                    .find(|k| k.as_str() == c)
                    .ok_or_else(|| Invalid::new("category", "not one of the categories"))?,
            ),
            None => None,
        },
        status: match query::given(&q.status) {
            Some(s) => Some(
                ReviewStatus::parse(s)
                    .ok_or_else(|| Invalid::new("status", "new, reviewed or hidden"))?,
            ),
            None => None,
        },
        before: match query::given(&q.before) {
            Some(b) => Some(
                b.parse()
                    .map_err(|_| Invalid::new("before", "a report id"))?,
            ),
            None => None,
        },
    };
    let store = app.store.clone();
    let list = tokio::task::spawn_blocking(move || {
        store.reports(|c, p| may_read(&staff, c, p), &filter, PAGE)
    })
    .await??;
    Ok(private_json(&list))
}

pub async fn review(
    app: App,
    credentials: Credentials,
    id: u64,
    posted: Posted,
) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    staff.require(REVIEWERS)?;
    let request: ReviewRequest = posted.json()?;
    let (status, reply) = request.validate()?;
    let store = app.store.clone();
    let report = tokio::task::spawn_blocking(move || store.report(id))
        .await??
        .ok_or_else(|| ApiError::NotFound("there is no such report".into()))?;
    if !may_read(
        &staff,
        report.centre.as_deref(),
        report.programme.as_deref(),
    ) {
        return Err(ApiError::Forbidden(
            "this report is outside the centres your account works for".into(),
        ));
    }
    let record = ReviewRecord {
        status,
        reply,
        by: staff.email().to_owned(),
        at: now(),
    };
    let store = app.store.clone();
    let updated = tokio::task::spawn_blocking(move || store.review(id, &record))
        .await??
        .ok_or_else(|| ApiError::NotFound("there is no such report".into()))?;
    super::audit(
        &staff.account,
        "reviewed a report",
        report.centre.as_deref(),
    );
    Ok(private_json(&updated))
}
