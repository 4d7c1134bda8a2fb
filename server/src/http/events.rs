//! An event as its citizens reach it: `GET /api/v1/events/{id}` (what the poster's
//! page shows) and `POST /api/v1/events/{id}/checkins` (a citizen present, with the
//! poster's token). The staff side is in `staff/events.rs`.

use ponte_domain::event::EventCheckinRequest;
use ponte_domain::pass::PassToken;
use warp::Filter;
use warp::filters::BoxedFilter;
use warp::reply::Response;

use super::error::{ApiError, respond};
use super::reports::fresh_json;
use super::writes::{Posted, now, posted, submit};
use super::{App, find_centre, get_or_head};
use crate::ledger::Write;
use crate::secrets::sha256;
use crate::store::Arrival;

pub fn routes(app: App) -> BoxedFilter<(Response,)> {
    let with_app = warp::any().map(move || app.clone());
    let one = warp::path!("api" / "v1" / "events" / u64)
        .and(get_or_head())
        .and(with_app.clone())
        .then(|id, app| async move { respond(event(app, id).await) });
    let check_in = warp::path!("api" / "v1" / "events" / u64 / "checkins")
        .and(with_app)
        .and(posted())
        .then(|id, app, p| async move { respond(check_in(app, id, p).await) });
    one.or(check_in).unify().boxed()
}

async fn event(app: App, id: u64) -> Result<Response, ApiError> {
    let store = app.store.clone();
    let (_, view) = tokio::task::spawn_blocking(move || store.event(id))
        .await??
        .ok_or_else(|| ApiError::NotFound("there is no such event".into()))?;
    Ok(fresh_json(&view))
}

async fn check_in(app: App, id: u64, posted: Posted) -> Result<Response, ApiError> {
    let request: EventCheckinRequest = posted.json()?;
    posted.limit_check_in(&app, &request.pass, request.submission_id)?;
    let store = app.store.clone();
    let (record, _) = tokio::task::spawn_blocking(move || store.event(id))
        .await??
        .ok_or_else(|| ApiError::NotFound("there is no such event".into()))?;
    let e = &record.event;
    if !app
        .secrets
        .event_token_matches(id, e.starts_at, e.ends_at, request.token.trim())
    {
        return Err(ApiError::EventTokenInvalid(
            "this QR code is not this event's: scan the poster at the event".into(),
        ));
    }
    // Whether it is open now is decided in the ledger, after a retry has been
    // recognised (a retry of a check-in made in time gets its first answer).
    let received = now();
    let tapped = ponte_domain::checkin::when(request.at, received)?;
    let pass = PassToken::parse(&request.pass)?;
    let (centre, programme) = find_centre(&app, &record.centre)?;
    let mut arrival = Arrival::at_event(sha256(pass.as_str().as_bytes()), e, tapped, received);
    // A notice read on the citizen's own phone, of the version in force, is recorded.
    arrival.privacy = request.privacy.clone().filter(|ack| {
        ack.version == programme.privacy.notice_version()
            && ack.channel == ponte_domain::registration::Channel::Phone
    });
    let write = Write::EventCheckIn {
        event: id,
        arrival,
        centre: centre.code,
        programme: Box::new(programme),
    };
    submit(&app, request.submission_id, &request, write).await
}
