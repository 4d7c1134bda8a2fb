//! `POST /api/v1/feedback` and `GET /api/v1/feedback/summary`.

use ponte_domain::clock::rome_date;
use ponte_domain::feedback::FeedbackRequest;
use ponte_domain::query::DateRange;
use ponte_domain::{Invalid, ProgrammeId};
use warp::Filter;
use warp::filters::BoxedFilter;
use warp::reply::Response;

use super::error::{ApiError, respond};
use super::query;
use super::reports::{fresh_json, raw_query};
use super::writes::{Posted, now, posted, submit, today};
use super::{App, find_centre, get_or_head};
use crate::ledger::Write;

pub fn routes(app: App) -> BoxedFilter<(Response,)> {
    let with_app = warp::any().map(move || app.clone());
    let file = warp::path!("api" / "v1" / "feedback")
        .and(with_app.clone())
        .and(posted())
        .then(|app: App, posted: Posted| async move { respond(file(app, posted).await) });
    let summary = warp::path!("api" / "v1" / "feedback" / "summary")
        .and(get_or_head())
        .and(with_app)
        .and(raw_query())
        .then(|app: App, query: String| async move { respond(summary(app, query).await) });
    file.or(summary).unify().boxed()
}

async fn file(app: App, posted: Posted) -> Result<Response, ApiError> {
    let request: FeedbackRequest = posted.json()?;
    let feedback = request.validate()?;
    let (centre, programme) = match &request.centre {
        Some(code) if !code.trim().is_empty() => {
            let (c, p) = find_centre(&app, code)?;
            (Some(c.code), Some(p.id))
        }
        _ => (None, None),
    };
    posted.limit(&app.feedback_limit)?;
    let at = now();
    let day =
        rome_date(at).ok_or_else(|| ApiError::Internal(anyhow::anyhow!("clock out of range")))?;
    let write = Write::Feedback {
        feedback: Box::new(feedback),
        centre,
        programme,
        at,
        day,
    };
    submit(&app, request.submission_id, &request, write).await
}

async fn summary(app: App, query: String) -> Result<Response, ApiError> {
    let q: query::Summary = query::parse(&query, query::Summary::NAMES)?;
    let programme = match query::given(&q.programme) {
        Some(p) => {
            let id = ProgrammeId::parse(p)?;
            if app.store.reference().programme(&id).is_none() {
                return Err(
                    Invalid::new("programme", format!("there is no programme '{id}'")).into(),
                );
            }
            Some(id.to_string())
        }
        None => None,
    };
    let range = DateRange::parse(q.from.as_deref(), q.to.as_deref(), today()?)?;
    let store = app.store.clone();
    let report = tokio::task::spawn_blocking(move || {
        store.feedback_summary(programme.as_deref(), range.from, range.to)
    })
    .await??;
    Ok(fresh_json(&report))
}
