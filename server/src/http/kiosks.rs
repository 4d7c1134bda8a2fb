//! The kiosk's side of pairing: `POST /api/v1/kiosks` {code} → the tablet's token, and
//! `GET /api/v1/kiosks/me` (header `x-ponte-kiosk`) → its centre, or 401 once revoked
//! (the tablet goes back to the pairing screen); and what only a paired tablet may
//! do: check a citizen in by the pass held to its camera or the code typed under it
//! (`POST /api/v1/kiosks/checkins`), and sign citizens up with the channel "kiosk".

use ponte_domain::kiosk::{KioskCheckinRequest, KioskMe, PairRequest, PairResponse, parse_code};
use warp::Filter;
use warp::filters::BoxedFilter;
use warp::http::StatusCode;
use warp::reply::Response;

use super::error::{ApiError, respond};
use super::staff::private_json;
use super::writes::{Posted, now, posted, submit};
use super::{App, get_or_head};
use crate::ledger::Write;
use crate::secrets::{random_bytes, sha256};

pub fn routes(app: App) -> BoxedFilter<(Response,)> {
    let with_app = warp::any().map(move || app.clone());
    let pair = warp::path!("api" / "v1" / "kiosks")
        .and(with_app.clone())
        .and(posted())
        .then(|app, p| async move { respond(pair(app, p).await) });
    let me = warp::path!("api" / "v1" / "kiosks" / "me")
        .and(get_or_head())
        .and(with_app.clone())
        .and(token())
        .then(|app, token| async move { respond(me(app, token).await) });
    let checkins = warp::path!("api" / "v1" / "kiosks" / "checkins")
        .and(with_app)
        .and(token())
        .and(posted())
        .then(|app, token, p| async move { respond(check_in(app, token, p).await) });
    pair.boxed()
        .or(me.boxed())
        .unify()
        .or(checkins.boxed())
        .unify()
        .boxed()
}

/// The tablet's token, as it sends it.
pub fn token() -> BoxedFilter<(Option<String>,)> {
    warp::header::optional::<String>("x-ponte-kiosk").boxed()
}

/// The live kiosk whose token this is: its id and centre. A revoked or unknown one is
/// told to pair again.
pub async fn kiosk_of(app: &App, token: Option<String>) -> Result<(u64, String), ApiError> {
    let unpaired = || ApiError::Unauthorized("this tablet is not paired: pair it again".into());
    let token = token
        .filter(|t| t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()))
        .ok_or_else(unpaired)?;
    let hash = sha256(token.as_bytes());
    let store = app.store.clone();
    let (id, record) = tokio::task::spawn_blocking(move || store.kiosk(&hash, now()))
        .await??
        .ok_or_else(unpaired)?;
    Ok((id, record.centre))
}

async fn pair(app: App, posted: Posted) -> Result<Response, ApiError> {
    // A code is 6 of 31 symbols for 10 minutes: a handful of tries a minute per address
    // leaves guessing hopeless.
    posted.limit(&app.pairing_limit)?;
    let request: PairRequest = posted.json()?;
    let code = parse_code(&request.code)?;
    let token = hex::encode(random_bytes::<32>().map_err(|e| ApiError::Internal(e.into()))?);
    let hash = sha256(token.as_bytes());
    let store = app.store.clone();
    let (kiosk, centre) = tokio::task::spawn_blocking(move || store.pair(&code, &hash, now()))
        .await??
        .ok_or_else(|| {
            ApiError::NotFound(
                "this code is not valid (it lasts 10 minutes): ask for a new one".into(),
            )
        })?;
    let mut res = private_json(&PairResponse {
        kiosk,
        token,
        centre,
    });
    *res.status_mut() = StatusCode::CREATED;
    Ok(res)
}

async fn me(app: App, token: Option<String>) -> Result<Response, ApiError> {
    let (kiosk, centre) = kiosk_of(&app, token).await?;
    let store = app.store.clone();
    let c = centre.clone();
    let settings = tokio::task::spawn_blocking(move || store.kiosk_settings(&c)).await??;
    Ok(private_json(&KioskMe {
        kiosk,
        centre,
        idle_seconds: settings.idle_seconds,
    }))
}

/// A check-in at the kiosk: the same visit as the desk's (one per citizen, centre and
/// day), at the kiosk's own centre, whatever the body says.
async fn check_in(app: App, token: Option<String>, posted: Posted) -> Result<Response, ApiError> {
    let (_, code) = kiosk_of(&app, token).await?;
    posted.limit(&app.kiosk_checkin_limit)?;
    let request: KioskCheckinRequest = posted.json()?;
    let (centre, programme) = super::find_centre(&app, &code)?;
    let checkin = super::staff::desk::arrival(&app, &request.pass, &request.needs).await?;
    let write = Write::CheckIn {
        checkin,
        centre: centre.code,
        programme: Box::new(programme),
    };
    submit(&app, request.submission_id, &request, write).await
}
