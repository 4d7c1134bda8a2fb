//! The staff API as the console calls it: same-origin requests carrying the session
//! cookie (the browser adds it; scripts never see it), replies decoded into the shared
//! types.

use gloo_net::http::{Request, RequestBuilder};
use ponte_domain::api::{CentreList, ErrorBody, ErrorCode, ErrorDetail};
use ponte_domain::service::{ServiceRequest, ServiceResponse, ServiceSummary};
use ponte_domain::staff::{
    CitizenCard, LoginRequest, LookupRequest, NewPassResponse, ReplacePassRequest, SessionInfo,
    TodayList,
};
use serde::de::DeserializeOwned;

#[derive(Debug, Clone, PartialEq)]
pub enum StaffError {
    /// No session, or it ended: sign in again.
    SignedOut,
    /// The server refused, saying why.
    Refused(ErrorDetail),
    Network,
    Decode,
}

impl StaffError {
    /// The catalogue message to show.
    pub fn message_id(&self) -> String {
        match self {
            StaffError::SignedOut => "staff-signed-out".into(),
            StaffError::Refused(d) => format!("refused-{}", d.code.as_str()),
            StaffError::Network => "error-network".into(),
            StaffError::Decode => "error-generic".into(),
        }
    }

    /// The field the server named, if any.
    pub fn field(&self) -> Option<&str> {
        match self {
            StaffError::Refused(d) => d.field.as_deref(),
            _ => None,
        }
    }
}

async fn send<T: DeserializeOwned>(
    request: Result<Request, gloo_net::Error>,
) -> Result<T, StaffError> {
    let res = request
        .map_err(|_| StaffError::Decode)?
        .send()
        .await
        .map_err(|_| StaffError::Network)?;
    if res.ok() {
        return res.json::<T>().await.map_err(|_| StaffError::Decode);
    }
    if res.status() == 401 {
        return Err(StaffError::SignedOut);
    }
    match res.json::<ErrorBody>().await {
        Ok(body) => Err(StaffError::Refused(body.error)),
        Err(_) => Err(StaffError::Refused(ErrorDetail {
            code: ErrorCode::Internal,
            message: String::new(),
            field: None,
        })),
    }
}

fn json_body(
    builder: RequestBuilder,
    body: &impl serde::Serialize,
) -> Result<Request, gloo_net::Error> {
    builder
        .header("content-type", "application/json")
        .body(serde_json::to_string(body).unwrap_or_default())
}

fn get(path: &str) -> Result<Request, gloo_net::Error> {
    Request::get(path)
        .header("accept", "application/json")
        .build()
}

/// Who is signed in; `Ok(None)` when nobody is.
pub async fn session() -> Result<Option<SessionInfo>, StaffError> {
    match send(get("/api/v1/session")).await {
        Ok(info) => Ok(Some(info)),
        Err(StaffError::SignedOut) => Ok(None),
        Err(e) => Err(e),
    }
}

pub async fn sign_in(email: String, password: String) -> Result<SessionInfo, StaffError> {
    let body = LoginRequest { email, password };
    match send(json_body(Request::post("/api/v1/session"), &body)).await {
        // Here a 401 is a wrong e-mail or password, not an ended session.
        Err(StaffError::SignedOut) => Err(StaffError::Refused(ErrorDetail {
            code: ErrorCode::Unauthorized,
            message: String::new(),
            field: None,
        })),
        other => other,
    }
}

pub async fn sign_out() {
    if let Ok(r) = Request::delete("/api/v1/session").build() {
        let _ = r.send().await;
    }
}

pub async fn centres(programme: Option<&str>) -> Result<CentreList, StaffError> {
    let path = match programme {
        Some(p) => format!("/api/v1/centres?programme={p}"),
        None => "/api/v1/centres".into(),
    };
    send(get(&path)).await
}

pub async fn today(centre: &str) -> Result<TodayList, StaffError> {
    send(get(&format!("/api/v1/centres/{centre}/today"))).await
}

#[derive(serde::Deserialize)]
struct Services {
    services: Vec<ServiceSummary>,
}

pub async fn services(centre: &str) -> Result<Vec<ServiceSummary>, StaffError> {
    send::<Services>(get(&format!("/api/v1/centres/{centre}/services")))
        .await
        .map(|s| s.services)
}

pub async fn lookup(centre: String, pass: String) -> Result<CitizenCard, StaffError> {
    let body = LookupRequest { centre, pass };
    send(json_body(Request::post("/api/v1/staff/lookup"), &body)).await
}

pub async fn record(request: &ServiceRequest) -> Result<ServiceResponse, StaffError> {
    send(json_body(Request::post("/api/v1/services"), request)).await
}

pub async fn replace_pass(request: &ReplacePassRequest) -> Result<NewPassResponse, StaffError> {
    send(json_body(
        Request::post("/api/v1/staff/passes/replace"),
        request,
    ))
    .await
}

pub async fn reports(query: &str) -> Result<ponte_domain::feedback::ReportList, StaffError> {
    send(get(&format!("/api/v1/staff/reports{query}"))).await
}

pub async fn review(
    id: u64,
    request: &ponte_domain::feedback::ReviewRequest,
) -> Result<ponte_domain::feedback::ReportView, StaffError> {
    send(json_body(
        Request::post(&format!("/api/v1/staff/reports/{id}/review")),
        request,
    ))
    .await
}

/// A sign-up at the desk.
pub async fn register(
    request: &ponte_domain::registration::RegistrationRequest,
) -> Result<ponte_domain::api::RegistrationResponse, StaffError> {
    send(json_body(
        Request::post("/api/v1/staff/registrations"),
        request,
    ))
    .await
}

#[derive(serde::Deserialize)]
struct Accounts {
    accounts: Vec<ponte_domain::staff::AccountSummary>,
}

pub async fn accounts() -> Result<Vec<ponte_domain::staff::AccountSummary>, StaffError> {
    send::<Accounts>(get("/api/v1/staff/users"))
        .await
        .map(|a| a.accounts)
}

pub async fn add_account(
    request: &ponte_domain::staff::NewAccountRequest,
) -> Result<ponte_domain::staff::NewAccountResponse, StaffError> {
    send(json_body(Request::post("/api/v1/staff/users"), request)).await
}

pub async fn disable_account(
    email: &str,
) -> Result<ponte_domain::staff::AccountSummary, StaffError> {
    let body = serde_json::json!({ "email": email });
    send(json_body(
        Request::post("/api/v1/staff/users/disable"),
        &body,
    ))
    .await
}

/// A citizen checked in at the desk by the pass read or typed.
pub async fn desk_check_in(
    request: &ponte_domain::staff::DeskCheckinRequest,
) -> Result<ponte_domain::api::CheckinResponse, StaffError> {
    send(json_body(Request::post("/api/v1/staff/checkins"), request)).await
}

/// An event with its poster's address, as the console lists it.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct ListedEvent {
    pub event: EventLine,
    pub poster_url: String,
}

/// What the console reads of an event: a flat struct of its own (the full view is
/// flattened, and decoding it brings serde's buffering deserializer).
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct EventLine {
    pub id: u64,
    pub title: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub present: u32,
    pub waitlisted: u32,
    pub closed_service: Option<u64>,
}

#[derive(serde::Deserialize)]
struct Events {
    events: Vec<ListedEvent>,
}

pub async fn events(centre: &str) -> Result<Vec<ListedEvent>, StaffError> {
    send::<Events>(get(&format!("/api/v1/centres/{centre}/events")))
        .await
        .map(|e| e.events)
}

pub async fn create_event(
    request: &ponte_domain::event::EventRequest,
) -> Result<serde_json::Value, StaffError> {
    send(json_body(Request::post("/api/v1/events"), request)).await
}

pub async fn close_event(id: u64) -> Result<serde_json::Value, StaffError> {
    let body = serde_json::json!({ "submission_id": crate::device::new_submission_id() });
    send(json_body(
        Request::post(&format!("/api/v1/events/{id}/close")),
        &body,
    ))
    .await
}

/// One person on an event's list.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct Attendee {
    pub order: u32,
    pub status: ponte_domain::event::Presence,
    pub visit: u64,
    pub gender: String,
    pub age_band: Option<u8>,
}

#[derive(serde::Deserialize)]
struct Attendees {
    attendees: Vec<Attendee>,
}

pub async fn attendees(event: u64) -> Result<Vec<Attendee>, StaffError> {
    send::<Attendees>(get(&format!("/api/v1/events/{event}/attendance")))
        .await
        .map(|a| a.attendees)
}

pub async fn add_attendee(event: u64, pass: String) -> Result<serde_json::Value, StaffError> {
    let body =
        serde_json::json!({ "submission_id": crate::device::new_submission_id(), "pass": pass });
    send(json_body(
        Request::post(&format!("/api/v1/events/{event}/attendees")),
        &body,
    ))
    .await
}

pub async fn promote(event: u64, visit: u64) -> Result<serde_json::Value, StaffError> {
    let body =
        serde_json::json!({ "submission_id": crate::device::new_submission_id(), "visit": visit });
    send(json_body(
        Request::post(&format!("/api/v1/events/{event}/promote")),
        &body,
    ))
    .await
}

/// A pairing code for a tablet of `centre`, valid 10 minutes.
pub async fn offer_pairing(
    centre: &str,
) -> Result<ponte_domain::kiosk::PairingResponse, StaffError> {
    let body = ponte_domain::kiosk::PairingRequest {
        centre: centre.to_owned(),
    };
    send(json_body(Request::post("/api/v1/kiosks/pairings"), &body)).await
}

#[derive(serde::Deserialize)]
struct Kiosks {
    kiosks: Vec<ponte_domain::kiosk::KioskSummary>,
}

pub async fn kiosks(centre: &str) -> Result<Vec<ponte_domain::kiosk::KioskSummary>, StaffError> {
    send::<Kiosks>(get(&format!("/api/v1/centres/{centre}/kiosks")))
        .await
        .map(|k| k.kiosks)
}

pub async fn revoke_kiosk(id: u64) -> Result<serde_json::Value, StaffError> {
    send(json_body(
        Request::post(&format!("/api/v1/kiosks/{id}/revoke")),
        &serde_json::json!({}),
    ))
    .await
}

pub async fn kiosk_settings(
    centre: &str,
) -> Result<ponte_domain::kiosk::KioskSettings, StaffError> {
    send(get(&format!("/api/v1/centres/{centre}/kiosk-settings"))).await
}

pub async fn set_kiosk_settings(
    centre: &str,
    settings: ponte_domain::kiosk::KioskSettings,
) -> Result<ponte_domain::kiosk::KioskSettings, StaffError> {
    send(json_body(
        Request::post(&format!("/api/v1/centres/{centre}/kiosk-settings")),
        &settings,
    ))
    .await
}

/// A programme's progress against its targets; `province` a sigla, or all.
pub async fn progress(
    programme: &str,
    province: Option<&str>,
) -> Result<ponte_domain::progress::Progress, StaffError> {
    let query = province.map_or_else(String::new, |p| format!("?province={p}"));
    send(get(&format!(
        "/api/v1/programmes/{programme}/progress{query}"
    )))
    .await
}

/// The dashboard of a programme; `query` as the dashboard builds it.
pub async fn dashboard(
    programme: &str,
    query: &str,
) -> Result<ponte_domain::dashboard::Dashboard, StaffError> {
    send(get(&format!(
        "/api/v1/programmes/{programme}/dashboard?{query}"
    )))
    .await
}

/// What the month's national file holds (parts, rows, citizens left out).
pub async fn national(programme: &str, month: &str) -> Result<serde_json::Value, StaffError> {
    send(get(&format!(
        "/api/v1/programmes/{programme}/national?month={month}"
    )))
    .await
}

/// The log of the national files made for the programme.
pub async fn exports(programme: &str) -> Result<serde_json::Value, StaffError> {
    send(get(&format!("/api/v1/programmes/{programme}/exports"))).await
}

/// Sets (or clears, with `None`) a centre's share of the programme's citizens' target.
pub async fn set_share(
    programme: &str,
    request: &ponte_domain::progress::ShareRequest,
) -> Result<ponte_domain::progress::ShareRequest, StaffError> {
    send(json_body(
        Request::post(&format!("/api/v1/programmes/{programme}/shares")),
        request,
    ))
    .await
}
