//! Talking to the server. Replies are decoded into the shared domain types, so the app
//! reads exactly what the server wrote.

use gloo_net::http::Request;
use ponte_domain::api::{CentreList, ErrorBody, ErrorCode, ProgrammeList};
use ponte_domain::{Centre, CentreCode, ProgrammeId};
use serde::de::DeserializeOwned;

#[derive(Debug, Clone, PartialEq)]
pub enum FetchError {
    /// No answer at all: offline, or the server is down.
    Network,
    NotFound,
    /// The server answered with an error the app cannot fix by itself.
    Server(ErrorCode),
    /// The reply was not what this version of the app expects.
    Decode,
}

impl FetchError {
    /// The catalogue message to show for this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            FetchError::Network => "error-network",
            _ => "error-generic",
        }
    }
}

async fn get_json<T: DeserializeOwned>(url: &str) -> Result<T, FetchError> {
    let res = Request::get(url)
        .header("accept", "application/json")
        .send()
        .await
        .map_err(|_| FetchError::Network)?;
    if res.ok() {
        return res.json::<T>().await.map_err(|_| FetchError::Decode);
    }
    match res.json::<ErrorBody>().await {
        Ok(body) if body.error.code == ErrorCode::NotFound => Err(FetchError::NotFound),
        Ok(body) => Err(FetchError::Server(body.error.code)),
        Err(_) => Err(FetchError::Server(ErrorCode::Internal)),
    }
}

pub async fn programmes() -> Result<ProgrammeList, FetchError> {
    get_json("/api/v1/programmes").await
}

/// A programme as the search page's region choice needs it. The visitor app reads
/// only this much of `/api/v1/programmes`, so it carries no code to read targets and
/// notices (3 KB of its first load).
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct ProgrammeChoice {
    pub id: ponte_domain::ProgrammeId,
    pub region: String,
}

#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct ProgrammeChoices {
    pub programmes: Vec<ProgrammeChoice>,
}

pub async fn programme_choices() -> Result<ProgrammeChoices, FetchError> {
    get_json("/api/v1/programmes").await
}

pub async fn centres(programme: &ProgrammeId) -> Result<CentreList, FetchError> {
    get_json(&format!("/api/v1/centres?programme={programme}")).await
}

pub async fn centre(code: &CentreCode) -> Result<Centre, FetchError> {
    get_json(&format!("/api/v1/centres/{code}")).await
}

/// The skills survey in `lang`: the current version, or `version` (to keep answering
/// the one a phone began with).
pub async fn survey(
    lang: &str,
    version: Option<&str>,
) -> Result<ponte_domain::survey::SurveyView, FetchError> {
    let url = match version {
        Some(v) => format!("/api/v1/surveys/digcomp?lang={lang}&version={v}"),
        None => format!("/api/v1/surveys/digcomp?lang={lang}"),
    };
    get_json(&url).await
}

pub fn qr_url(code: &CentreCode) -> String {
    format!("/api/v1/centres/{code}/qr.svg")
}
