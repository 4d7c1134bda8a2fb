//! Kiosks at the desk: a pairing code for a tablet, the centre's kiosks with their last
//! use, and revoking one.

use ponte_domain::kiosk::{
    CODE_ALPHABET, CODE_LENGTH, KioskSettings, PAIRING_SECONDS, PairingRequest, PairingResponse,
};
use warp::http::StatusCode;
use warp::reply::Response;

use super::guard::{Credentials, DESK};
use super::{audit, private_json};
use crate::http::App;
use crate::http::error::ApiError;
use crate::http::writes::{Posted, now};
use crate::secrets::random_bytes;

fn new_code() -> Result<String, ApiError> {
    let bytes: [u8; CODE_LENGTH] = random_bytes().map_err(|e| ApiError::Internal(e.into()))?;
    Ok(bytes
        .iter()
        .map(|b| CODE_ALPHABET[usize::from(*b) % CODE_ALPHABET.len()] as char)
        .collect())
}

pub async fn offer(
    app: App,
    credentials: Credentials,
    posted: Posted,
) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    staff.require(DESK)?;
    let request: PairingRequest = posted.json()?;
    let (centre, _) = staff.centre(&app, &request.centre)?;
    let at = now();
    let expires_at = at + PAIRING_SECONDS;
    for _ in 0..5 {
        let code = new_code()?;
        let (store, c, by, centre_code) = (
            app.store.clone(),
            code.clone(),
            staff.email().to_owned(),
            centre.code.to_string(),
        );
        let offered = tokio::task::spawn_blocking(move || {
            store.offer_pairing(&c, &centre_code, &by, at, expires_at)
        })
        .await??;
        if offered {
            audit(
                &staff.account,
                "offered a kiosk pairing",
                Some(centre.code.as_str()),
            );
            let mut res = private_json(&PairingResponse { code, expires_at });
            *res.status_mut() = StatusCode::CREATED;
            return Ok(res);
        }
    }
    Err(ApiError::Unavailable(
        "no free pairing code: try again".into(),
    ))
}

pub async fn list(app: App, credentials: Credentials, code: String) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    staff.require(DESK)?;
    let (centre, _) = staff.centre(&app, &code)?;
    let store = app.store.clone();
    let kiosks =
        tokio::task::spawn_blocking(move || store.kiosks_of(centre.code.as_str())).await??;
    Ok(private_json(&serde_json::json!({ "kiosks": kiosks })))
}

pub async fn revoke(app: App, credentials: Credentials, id: u64) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    staff.require(DESK)?;
    let store = app.store.clone();
    let centre = tokio::task::spawn_blocking(move || store.kiosk_centre(id))
        .await??
        .ok_or_else(|| ApiError::NotFound("there is no such kiosk".into()))?;
    staff.centre(&app, &centre)?;
    let store = app.store.clone();
    tokio::task::spawn_blocking(move || store.revoke_kiosk(id)).await??;
    audit(&staff.account, "revoked a kiosk", Some(centre.as_str()));
    Ok(private_json(
        &serde_json::json!({ "kiosk": id, "revoked": true }),
    ))
}

/// How long the centre's kiosks wait untouched before wiping their screen.
pub async fn settings(
    app: App,
    credentials: Credentials,
    code: String,
) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    staff.require(DESK)?;
    let (centre, _) = staff.centre(&app, &code)?;
    let store = app.store.clone();
    let settings =
        tokio::task::spawn_blocking(move || store.kiosk_settings(centre.code.as_str())).await??;
    Ok(private_json(&settings))
}

pub async fn set_settings(
    app: App,
    credentials: Credentials,
    code: String,
    posted: Posted,
) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    staff.require(DESK)?;
    let (centre, _) = staff.centre(&app, &code)?;
    let settings = posted.json::<KioskSettings>()?.validate()?;
    let store = app.store.clone();
    let c = centre.code.to_string();
    tokio::task::spawn_blocking(move || store.set_kiosk_settings(&c, settings)).await??;
    audit(
        &staff.account,
        "set the kiosks' idle time",
        Some(centre.code.as_str()),
    );
    Ok(private_json(&settings))
}
