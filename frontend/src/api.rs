//! Talking to the server. Replies are decoded into the shared domain types, so the app
//! reads exactly what the server wrote.

use gloo_net::http::Request;
use ponte_domain::api::{
    CentreList, ErrorBody, ErrorCode, ErrorDetail, ProgrammeList, RegistrationResponse,
};
use ponte_domain::checkin::CheckinRequest;
use ponte_domain::experience::ExperienceRequest;
use ponte_domain::feedback::FeedbackRequest;
use ponte_domain::registration::RegistrationRequest;
use ponte_domain::submission::SubmissionId;
use ponte_domain::survey::SurveyRequest;
use ponte_domain::{Centre, CentreCode, ProgrammeId};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

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

/// What an event's poster page reads of `GET /api/v1/events/{id}`: a flat struct of
/// its own, because decoding the whole view (flattened, with the service's codes)
/// brings serde's buffering deserializer, about 10 KB of the citizen app.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct EventSummary {
    pub centre: String,
    pub title: String,
    pub place: String,
    pub starts_at: i64,
    pub ends_at: i64,
}

/// An event, as its poster's page shows it.
pub async fn event(id: u64) -> Result<EventSummary, FetchError> {
    get_json(&format!("/api/v1/events/{id}")).await
}

pub fn qr_url(code: &CentreCode) -> String {
    format!("/api/v1/centres/{code}/qr.svg")
}

/// Where a write goes: what an outbox entry keeps instead of a URL. Stored as its
/// path (a plain string: an internally tagged enum would bring serde's buffering
/// deserializer, 5 KB of the citizen app, for four cases).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum Endpoint {
    CheckIns,
    SurveyResponses,
    Feedback,
    /// A visit's questionnaire.
    Experience {
        visit: u64,
    },
    /// Present at an event (counted as a check-in while it waits).
    EventCheckIns {
        event: u64,
    },
    /// A check-in at a centre's tablet by a pass read or typed.
    KioskCheckIns,
}

impl From<Endpoint> for String {
    fn from(e: Endpoint) -> String {
        e.path()
    }
}

impl TryFrom<String> for Endpoint {
    type Error = String;
    fn try_from(path: String) -> Result<Endpoint, String> {
        Endpoint::from_path(&path).ok_or(path)
    }
}

impl Endpoint {
    pub fn path(self) -> String {
        match self {
            Endpoint::CheckIns => "/api/v1/checkins".into(),
            Endpoint::SurveyResponses => "/api/v1/surveys/digcomp/responses".into(),
            Endpoint::Feedback => "/api/v1/feedback".into(),
            Endpoint::Experience { visit } => format!("/api/v1/visits/{visit}/experience"),
            Endpoint::EventCheckIns { event } => format!("/api/v1/events/{event}/checkins"),
            Endpoint::KioskCheckIns => "/api/v1/kiosks/checkins".into(),
        }
    }

    /// The endpoint at `path`, as outbox entries store it (and as earlier versions of
    /// the app, which kept the URL, did).
    pub fn from_path(path: &str) -> Option<Endpoint> {
        Some(match path {
            "/api/v1/checkins" => Endpoint::CheckIns,
            "/api/v1/surveys/digcomp/responses" => Endpoint::SurveyResponses,
            "/api/v1/feedback" => Endpoint::Feedback,
            "/api/v1/kiosks/checkins" => Endpoint::KioskCheckIns,
            other if other.starts_with("/api/v1/events/") => Endpoint::EventCheckIns {
                event: other
                    .strip_prefix("/api/v1/events/")?
                    .strip_suffix("/checkins")?
                    .parse()
                    .ok()?,
            },
            other => Endpoint::Experience {
                visit: other
                    .strip_prefix("/api/v1/visits/")?
                    .strip_suffix("/experience")?
                    .parse()
                    .ok()?,
            },
        })
    }

    /// The catalogue key of what it is, for messages about it (`outbox-kind-…`).
    pub fn key(self) -> &'static str {
        match self {
            Endpoint::CheckIns | Endpoint::EventCheckIns { .. } | Endpoint::KioskCheckIns => {
                "checkin"
            }
            Endpoint::SurveyResponses => "survey",
            Endpoint::Feedback => "feedback",
            Endpoint::Experience { .. } => "experience",
        }
    }
}

/// Every write the app makes through the outbox, typed: the one way a page sends.
#[derive(Debug, Clone, PartialEq)]
pub enum Write {
    CheckIn(CheckinRequest),
    Survey(SurveyRequest),
    Feedback(FeedbackRequest),
    Experience {
        visit: u64,
        request: ExperienceRequest,
    },
    EventCheckIn {
        event: u64,
        request: ponte_domain::event::EventCheckinRequest,
    },
    /// Made by the kiosk only; kept as its body, so the citizen app does not carry
    /// the request's serializer for a write it never makes.
    KioskCheckIn {
        submission_id: SubmissionId,
        body: String,
    },
}

impl Write {
    pub fn kiosk_check_in(request: &ponte_domain::kiosk::KioskCheckinRequest) -> Write {
        Write::KioskCheckIn {
            submission_id: request.submission_id,
            body: serde_json::to_string(request).unwrap_or_default(),
        }
    }
}

impl Write {
    pub fn endpoint(&self) -> Endpoint {
        match self {
            Write::CheckIn(_) => Endpoint::CheckIns,
            Write::Survey(_) => Endpoint::SurveyResponses,
            Write::Feedback(_) => Endpoint::Feedback,
            Write::Experience { visit, .. } => Endpoint::Experience { visit: *visit },
            Write::EventCheckIn { event, .. } => Endpoint::EventCheckIns { event: *event },
            Write::KioskCheckIn { .. } => Endpoint::KioskCheckIns,
        }
    }

    pub fn submission_id(&self) -> SubmissionId {
        match self {
            Write::CheckIn(r) => r.submission_id,
            Write::Survey(r) => r.submission_id,
            Write::Feedback(r) => r.submission_id,
            Write::Experience { request, .. } => request.submission_id,
            Write::EventCheckIn { request, .. } => request.submission_id,
            Write::KioskCheckIn { submission_id, .. } => *submission_id,
        }
    }

    /// The body, made once: a retry sends exactly these bytes.
    pub fn body(&self) -> String {
        let json = match self {
            Write::CheckIn(r) => serde_json::to_string(r),
            Write::Survey(r) => serde_json::to_string(r),
            Write::Feedback(r) => serde_json::to_string(r),
            Write::Experience { request, .. } => serde_json::to_string(request),
            Write::EventCheckIn { request, .. } => serde_json::to_string(request),
            Write::KioskCheckIn { body, .. } => return body.clone(),
        };
        json.unwrap_or_default()
    }
}

/// Why a sign-up did not go through.
#[derive(Debug, Clone, PartialEq)]
pub enum PostError {
    /// No answer: the phone is offline or the server is down.
    Network,
    /// The server refused it, and said why.
    Refused(ErrorDetail),
}

/// Signs a citizen up. Not through the outbox: a pass is needed at once, and a sign-up
/// waiting offline would leave the citizen with nothing to show.
pub async fn register(request: &RegistrationRequest) -> Result<RegistrationResponse, PostError> {
    let mut req = Request::post("/api/v1/registrations");
    // At a centre's tablet the sign-up's channel is "kiosk", which only a paired
    // tablet may claim.
    if let Some(token) = crate::device::kiosk_token() {
        req = req.header("x-ponte-kiosk", &token);
    }
    let res = req
        .json(request)
        .map_err(|_| PostError::Network)?
        .send()
        .await
        .map_err(|_| PostError::Network)?;
    if res.ok() {
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

/// What the app reports when a reply cannot be read.
pub fn broken_reply() -> ErrorDetail {
    ErrorDetail {
        code: ErrorCode::Internal,
        message: String::new(),
        field: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_and_their_paths_agree() {
        for e in [
            Endpoint::CheckIns,
            Endpoint::SurveyResponses,
            Endpoint::Feedback,
            Endpoint::Experience { visit: 42 },
            Endpoint::EventCheckIns { event: 7 },
            Endpoint::KioskCheckIns,
        ] {
            assert_eq!(Endpoint::from_path(&e.path()), Some(e));
        }
        assert_eq!(Endpoint::from_path("/api/v1/visits/x/experience"), None);
    }
}
