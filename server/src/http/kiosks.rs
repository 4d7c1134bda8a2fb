//! The kiosk's side of pairing: `POST /api/v1/kiosks` {code} → the tablet's token, and
//! `GET /api/v1/kiosks/me` (header `x-ponte-kiosk`) → its centre, or 401 once revoked
//! (the tablet goes back to the pairing screen).

use ponte_domain::kiosk::{PairRequest, PairResponse, parse_code};
use warp::Filter;
use warp::filters::BoxedFilter;
use warp::http::StatusCode;
use warp::reply::Response;

use super::error::{ApiError, respond};
use super::staff::private_json;
use super::writes::{Posted, now, posted};
use super::{App, get_or_head};
use crate::secrets::{random_bytes, sha256};

pub fn routes(app: App) -> BoxedFilter<(Response,)> {
    let with_app = warp::any().map(move || app.clone());
    let pair = warp::path!("api" / "v1" / "kiosks")
        .and(with_app.clone())
        .and(posted())
        .then(|app, p| async move { respond(pair(app, p).await) });
    let me = warp::path!("api" / "v1" / "kiosks" / "me")
        .and(get_or_head())
        .and(with_app)
        .and(warp::header::optional::<String>("x-ponte-kiosk"))
        .then(|app, token| async move { respond(me(app, token).await) });
    pair.boxed().or(me.boxed()).unify().boxed()
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
    let unpaired = || ApiError::Unauthorized("this tablet is not paired: pair it again".into());
    let token = token
        .filter(|t| t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()))
        .ok_or_else(unpaired)?;
    let hash = sha256(token.as_bytes());
    let store = app.store.clone();
    let (id, record) = tokio::task::spawn_blocking(move || store.kiosk(&hash, now()))
        .await??
        .ok_or_else(unpaired)?;
    Ok(private_json(
        &serde_json::json!({ "kiosk": id, "centre": record.centre }),
    ))
}
