//! Events at the desk: made by a facilitator or coordinator of the centre, their
//! poster (with its token), who came, and the close that records the group service.

use ponte_domain::event::EventRequest;
use ponte_domain::staff::Role;
use ponte_domain::submission::SubmissionId;
use warp::http::{HeaderValue, header};
use warp::reply::Response;

use super::guard::{Credentials, Staff};
use super::{audit, private_json};
use crate::http::App;
use crate::http::error::ApiError;
use crate::http::writes::{Posted, now, submit};
use crate::ledger::Write;
use crate::store::EventRecord;

const DESK: &[Role] = &[Role::Coordinator, Role::Facilitator];

/// The event `id`, if this desk's scope holds its centre.
async fn event_here(app: &App, staff: &Staff, id: u64) -> Result<EventRecord, ApiError> {
    let store = app.store.clone();
    let (record, _) = tokio::task::spawn_blocking(move || store.event(id))
        .await??
        .ok_or_else(|| ApiError::NotFound("there is no such event".into()))?;
    staff.centre(app, &record.centre)?;
    Ok(record)
}

/// Where the poster's QR leads: the event's page, its token after `#` (a fragment is
/// never sent to a server, so it stays out of logs).
fn poster_url(app: &App, id: u64, record: &EventRecord) -> String {
    let e = &record.event;
    let token = app.secrets.event_token(id, e.starts_at, e.ends_at);
    format!("{}/e/{id}#t={token}", app.public_url.trim_end_matches('/'))
}

pub async fn create(
    app: App,
    credentials: Credentials,
    posted: Posted,
) -> Result<Response, ApiError> {
    let staff = credentials.staff_write(&app).await?;
    staff.require(DESK)?;
    let request: EventRequest = posted.json()?;
    let (centre, programme) = staff.centre(&app, &request.centre)?;
    let event = request.validate(now())?;
    audit(
        &staff.account,
        "created an event",
        Some(centre.code.as_str()),
    );
    let record = EventRecord {
        centre: centre.code.to_string(),
        programme: programme.id.to_string(),
        event,
        created_by: staff.email().to_owned(),
        created_at: now(),
        closed_service: None,
    };
    submit(
        &app,
        request.submission_id,
        &request,
        Write::CreateEvent {
            record: Box::new(record),
        },
    )
    .await
}

pub async fn list(app: App, credentials: Credentials, code: String) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    staff.require(DESK)?;
    let (centre, _) = staff.centre(&app, &code)?;
    let store = app.store.clone();
    // From a week ago: today's and the coming ones, and those still to close.
    let from = now() - 7 * 86_400;
    let events =
        tokio::task::spawn_blocking(move || store.centre_events(&centre.code, from, 200)).await??;
    let with_posters: Vec<serde_json::Value> = events
        .into_iter()
        .map(|v| {
            let token = app
                .secrets
                .event_token(v.id, v.event.starts_at, v.event.ends_at);
            let url = format!(
                "{}/e/{}#t={token}",
                app.public_url.trim_end_matches('/'),
                v.id
            );
            serde_json::json!({ "event": v, "poster_url": url })
        })
        .collect();
    Ok(private_json(&serde_json::json!({ "events": with_posters })))
}

pub async fn attendance(app: App, credentials: Credentials, id: u64) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    staff.require(DESK)?;
    event_here(&app, &staff, id).await?;
    let store = app.store.clone();
    let people = tokio::task::spawn_blocking(move || store.attendees(id)).await??;
    Ok(private_json(&serde_json::json!({ "attendees": people })))
}

pub async fn qr(app: App, credentials: Credentials, id: u64) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    staff.require(DESK)?;
    let record = event_here(&app, &staff, id).await?;
    let svg =
        crate::qr::svg(&poster_url(&app, id, &record)).map_err(|e| ApiError::Internal(e.into()))?;
    let mut res = Response::new(svg.into());
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("image/svg+xml"),
    );
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    Ok(res)
}

/// `POST /api/v1/events/{id}/close` {submission_id}
#[derive(serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
struct CloseRequest {
    submission_id: SubmissionId,
}

pub async fn close(
    app: App,
    credentials: Credentials,
    id: u64,
    posted: Posted,
) -> Result<Response, ApiError> {
    let staff = credentials.staff_write(&app).await?;
    staff.require(DESK)?;
    let request: CloseRequest = posted.json()?;
    let record = event_here(&app, &staff, id).await?;
    audit(
        &staff.account,
        "closed an event",
        Some(record.centre.as_str()),
    );
    let write = Write::CloseEvent {
        event: id,
        facilitator: staff.email().to_owned(),
        now: now(),
    };
    submit(&app, request.submission_id, &request, write).await
}
