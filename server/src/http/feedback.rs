//! `POST /api/v1/feedback` and `GET /api/v1/feedback/summary`.

use std::net::SocketAddr;

use ponte_domain::clock::rome_date;
use ponte_domain::feedback::FeedbackRequest;
use ponte_domain::query::DateRange;
use ponte_domain::{Invalid, ProgrammeId};
use warp::filters::BoxedFilter;
use warp::hyper::body::Bytes;
use warp::reply::Response;
use warp::{Filter, Reply};

use super::citizens::{body_hash, json_body, now, reply};
use super::error::{ApiError, respond};
use super::{App, MAX_BODY, find_centre, get_or_head};
use crate::ledger::Command;

pub fn routes(app: App) -> BoxedFilter<(Response,)> {
    let with_app = warp::any().map(move || app.clone());
    let file = warp::path!("api" / "v1" / "feedback")
        .and(warp::post())
        .and(with_app.clone())
        .and(warp::addr::remote())
        .and(warp::header::optional::<String>("x-ponte-device"))
        .and(warp::body::content_length_limit(MAX_BODY))
        .and(warp::header::optional::<String>("content-type"))
        .and(warp::body::bytes())
        .then(
            |app: App,
             addr: Option<SocketAddr>,
             device: Option<String>,
             ct: Option<String>,
             bytes: Bytes| async move { respond(file(app, addr, device, ct, bytes).await) },
        );
    let summary = warp::path!("api" / "v1" / "feedback" / "summary")
        .and(get_or_head())
        .and(with_app)
        .and(warp::query::raw().or(warp::any().map(String::new)).unify())
        .then(|app: App, query: String| async move { respond(summary(app, query)) });
    file.or(summary).unify().boxed()
}

async fn file(
    app: App,
    addr: Option<SocketAddr>,
    device: Option<String>,
    ct: Option<String>,
    bytes: Bytes,
) -> Result<Response, ApiError> {
    let request: FeedbackRequest = json_body(ct, &bytes)?;
    let feedback = request.validate()?;
    let (centre, programme) = match &request.centre {
        Some(code) if !code.trim().is_empty() => {
            let (c, p) = find_centre(&app, code)?;
            (Some(c.code), Some(p.id))
        }
        _ => (None, None),
    };
    let at = now();
    if let Some(ip) = addr.map(|a| a.ip())
        && let Err(wait) = app.feedback_limit.check(ip, device.as_deref(), at)
    {
        return Err(ApiError::TooManyRequests(wait));
    }
    let day =
        rome_date(at).ok_or_else(|| ApiError::Internal(anyhow::anyhow!("clock out of range")))?;
    let command = Command::Feedback {
        submission: request.submission_id,
        body_hash: body_hash(&request)?,
        feedback: Box::new(feedback),
        centre,
        programme,
        at,
        day,
    };
    reply(
        app.ledger
            .submit(command)
            .await
            .map_err(|e| ApiError::Internal(e.into()))?,
    )
}

fn summary(app: App, query: String) -> Result<Response, ApiError> {
    let mut programme: Option<String> = None;
    let mut rest = Vec::new();
    for (k, v) in form_urlencoded::parse(query.as_bytes()) {
        if k == "programme" {
            if programme.is_some() {
                return Err(Invalid::new("programme", "is given more than once").into());
            }
            programme = Some(v.into_owned());
        } else {
            rest.push((k.into_owned(), v.into_owned()));
        }
    }
    let programme = match programme
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
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
    let today = rome_date(now())
        .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("clock out of range")))?;
    let range = DateRange::from_pairs(rest, today).map_err(|mut e| {
        if e.field == "query" {
            e.reason = e
                .reason
                .replace("(use from, to)", "(use programme, from, to)");
        }
        e
    })?;
    let report = app
        .store
        .feedback_summary(programme.as_deref(), range.from, range.to)?;
    let mut res = warp::reply::json(&report).into_response();
    res.headers_mut().insert(
        "cache-control",
        warp::http::HeaderValue::from_static("no-cache"),
    );
    Ok(res)
}
