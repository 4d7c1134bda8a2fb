//! The kiosk's own calls: pairing, and asking who it is.

use gloo_net::http::Request;
use ponte_domain::api::ErrorBody;
use ponte_domain::kiosk::{KioskMe, PairRequest, PairResponse};

use crate::api::{PostError, broken_reply};

pub enum MeError {
    /// Never paired, or revoked since.
    Unpaired,
    Network,
}

pub async fn me(token: &str) -> Result<KioskMe, MeError> {
    let res = Request::get("/api/v1/kiosks/me")
        .header("x-ponte-kiosk", token)
        .send()
        .await
        .map_err(|_| MeError::Network)?;
    match res.status() {
        200 => res.json().await.map_err(|_| MeError::Network),
        401 => Err(MeError::Unpaired),
        _ => Err(MeError::Network),
    }
}

pub async fn pair(code: &str) -> Result<PairResponse, PostError> {
    let res = Request::post("/api/v1/kiosks")
        .json(&PairRequest {
            code: code.to_owned(),
        })
        .map_err(|_| PostError::Network)?
        .send()
        .await
        .map_err(|_| PostError::Network)?;
    if res.status() == 201 {
        return res
            .json()
            .await
            .map_err(|_| PostError::Refused(broken_reply()));
    }
    Err(PostError::Refused(
        res.json::<ErrorBody>()
            .await
            .map_or_else(|_| broken_reply(), |b| b.error),
    ))
}
