//! Events at the desk: made by a facilitator or coordinator of the centre, their
//! poster (with its token), who came, and the close that records the group service.

use ponte_domain::event::EventRequest;
use ponte_domain::submission::SubmissionId;
use warp::http::{HeaderValue, header};
use warp::reply::Response;

use super::guard::{Credentials, DESK, Staff};
use super::{audit, private_json};
use crate::http::App;
use crate::http::error::ApiError;
use crate::http::writes::{Posted, now, submit};
use crate::ledger::Write;
use crate::store::EventRecord;

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
fn poster_url(app: &App, id: u64, e: &ponte_domain::event::Event) -> String {
    let token = app.secrets.event_token(id, e.starts_at, e.ends_at);
    format!("{}/e/{id}#t={token}", app.public_url.trim_end_matches('/'))
}

pub async fn create(
    app: App,
    credentials: Credentials,
    posted: Posted,
) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
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
            let url = poster_url(&app, v.id, &v.event);
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
    let svg = crate::qr::svg(&poster_url(&app, id, &record.event))
        .map_err(|e| ApiError::Internal(e.into()))?;
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
#[derive(serde::Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct CloseRequest {
    submission_id: SubmissionId,
}

pub async fn close(
    app: App,
    credentials: Credentials,
    id: u64,
    posted: Posted,
) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
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

/// `POST /api/v1/events/{id}/attendees` {submission_id, pass}: someone checked in by
/// staff (their pass's QR or code), for those whose phone cannot.
#[derive(serde::Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct AttendeeRequest {
    submission_id: SubmissionId,
    pass: String,
}

pub async fn add_attendee(
    app: App,
    credentials: Credentials,
    id: u64,
    posted: Posted,
) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    staff.require(DESK)?;
    let request: AttendeeRequest = posted.json()?;
    let record = event_here(&app, &staff, id).await?;
    let (centre, programme) = staff.centre(&app, &record.centre)?;
    let pass_hash = super::desk::pass_hash(&app, &request.pass).await?;
    audit(
        &staff.account,
        "checked a citizen into an event",
        Some(record.centre.as_str()),
    );
    let at = now();
    let arrival = crate::store::Arrival::at_event(
        pass_hash,
        &record.event,
        (at, crate::http::writes::today()?),
        at,
    );
    let write = Write::EventCheckIn {
        event: id,
        arrival,
        centre: centre.code,
        programme: Box::new(programme),
    };
    submit(&app, request.submission_id, &request, write).await
}

/// `POST /api/v1/events/{id}/promote` {submission_id, visit}
#[derive(serde::Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct PromoteRequest {
    submission_id: SubmissionId,
    visit: u64,
}

pub async fn promote(
    app: App,
    credentials: Credentials,
    id: u64,
    posted: Posted,
) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    staff.require(DESK)?;
    let request: PromoteRequest = posted.json()?;
    let record = event_here(&app, &staff, id).await?;
    audit(
        &staff.account,
        "moved someone off a waiting list",
        Some(record.centre.as_str()),
    );
    let write = Write::Promote {
        event: id,
        visit: request.visit,
    };
    submit(&app, request.submission_id, &request, write).await
}

/// The attendance as CSV, for the centre's own records: no names, as in the console.
pub async fn attendance_csv(
    app: App,
    credentials: Credentials,
    id: u64,
) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    staff.require(DESK)?;
    let record = event_here(&app, &staff, id).await?;
    let store = app.store.clone();
    let people = tokio::task::spawn_blocking(move || store.attendees(id)).await??;
    let mut out = csv::Writer::from_writer(Vec::new());
    let row = |out: &mut csv::Writer<Vec<u8>>, fields: &[&str]| {
        out.write_record(fields)
            .map_err(|e| ApiError::Internal(e.into()))
    };
    row(
        &mut out,
        &["order", "status", "gender", "age_band", "visit"],
    )?;
    for p in &people {
        let status = match p.status {
            ponte_domain::event::Presence::Present => "present",
            ponte_domain::event::Presence::Waitlisted => "waitlisted",
        };
        let band = p.age_band.map(|b| b.to_string()).unwrap_or_default();
        row(
            &mut out,
            &[
                &p.order.to_string(),
                status,
                &p.gender,
                &band,
                &p.visit.to_string(),
            ],
        )?;
    }
    let body = out
        .into_inner()
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("{e}")))?;
    Ok(super::private_download(
        body,
        super::CSV,
        &format!("evento-{id}-{}.csv", record.centre),
    ))
}
