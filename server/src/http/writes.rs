//! What every write endpoint shares: the posted body (read as JSON with the field at
//! fault named), the per-phone limit on anonymous writes, and the trip through the
//! ledger that makes each submission exactly once.

use std::net::SocketAddr;
use std::time::{SystemTime, UNIX_EPOCH};

use ponte_domain::Date;
use ponte_domain::clock::{UnixSeconds, rome_date};
use ponte_domain::submission::SubmissionId;
use serde::Serialize;
use serde::de::DeserializeOwned;
use warp::Filter;
use warp::filters::BoxedFilter;
use warp::http::StatusCode;
use warp::hyper::body::Bytes;
use warp::reply::Response;

use super::error::ApiError;
use super::rate_limit::RateLimit;
use super::{App, MAX_BODY};
use crate::ledger::{Command, LedgerError, Outcome, Write};
use crate::secrets::sha256;
use ponte_domain::api::RegistrationResponse;

use crate::store::{Accepted, Refused, Replay};

pub fn now() -> UnixSeconds {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// Today in Italy.
pub fn today() -> Result<Date, ApiError> {
    rome_date(now()).ok_or_else(|| ApiError::Internal(anyhow::anyhow!("clock out of range")))
}

/// A POST as a write endpoint receives it.
pub struct Posted {
    /// The client's address and the app's per-phone id, for the anonymous limits.
    addr: Option<SocketAddr>,
    device: Option<String>,
    content_type: Option<String>,
    bytes: Bytes,
}

/// A POST with a body of at most `MAX_BODY` bytes (else 413, or 411 without a length).
pub fn posted() -> BoxedFilter<(Posted,)> {
    warp::post()
        .and(super::client::addr())
        .and(warp::header::optional::<String>("x-ponte-device"))
        .and(warp::body::content_length_limit(MAX_BODY))
        .and(warp::header::optional::<String>("content-type"))
        .and(warp::body::bytes())
        .map(|addr, device, content_type, bytes| Posted {
            addr,
            device,
            content_type,
            bytes,
        })
        .boxed()
}

impl Posted {
    /// The body as `T`, naming the field at fault when it does not fit.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, ApiError> {
        // Always said: a body without a type is what a page on another site can send
        // without asking the browser first (a "simple" request, no preflight).
        let is_json = self.content_type.as_deref().is_some_and(|ct| {
            ct.trim_start()
                .to_ascii_lowercase()
                .starts_with("application/json")
        });
        if !is_json {
            return Err(ApiError::UnsupportedMediaType(
                "send the body as application/json".into(),
            ));
        }
        // Well-formed bodies take the fast path; only a refused one is read again to
        // find the path of the field at fault.
        if let Ok(value) = serde_json::from_slice(&self.bytes) {
            return Ok(value);
        }
        let mut de = serde_json::Deserializer::from_slice(&self.bytes);
        serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let path = e.path().to_string();
            // serde's message says what was wrong; the position helps nobody using a form.
            let message = e.into_inner().to_string();
            let message = message
                .split(" at line ")
                .next()
                .unwrap_or(&message)
                .to_owned();
            let field = if path == "." { "body".to_owned() } else { path };
            ApiError::BadField { field, message }
        })
    }

    /// Counts a sign-up against the client's limits, by the minute and by the day.
    pub fn limit_registration(&self, app: &App) -> Result<(), ApiError> {
        self.limit(&app.registration_limit)?;
        self.limit(&app.registration_daily_limit)
    }

    /// Counts a check-in against the client's limit and its pass's (a retry of the
    /// same submission counts once for the pass).
    pub fn limit_check_in(
        &self,
        app: &App,
        pass: &str,
        submission: SubmissionId,
    ) -> Result<(), ApiError> {
        self.limit(&app.checkin_limit)?;
        // Keyed by the pass as read (any case, dashes, look-alikes), so spelling one
        // pass several ways is still one pass.
        let pass = ponte_domain::pass::PassToken::parse(pass)?;
        app.pass_limit
            .check_key(pass.as_str(), &submission.to_string(), app.pass_limit.now())
            .map_err(ApiError::TooManyRequests)
    }

    /// Counts this write against `limit` (per client: address and device id).
    pub fn limit(&self, limit: &RateLimit) -> Result<(), ApiError> {
        match self.addr.map(|a| a.ip()) {
            Some(ip) => limit
                .check(ip, self.device.as_deref(), limit.now())
                .map_err(ApiError::TooManyRequests),
            None => Ok(()),
        }
    }
}

/// A write's reply: its status and shape are decided here, from what the store
/// accepted. The pass's QR code is drawn now, from the pass, rather than kept.
fn render(accepted: Accepted) -> Result<Response, ApiError> {
    let (status, body) = match accepted {
        Accepted::Registered(r) => {
            let reply = RegistrationResponse {
                pass_qr_svg: crate::qr::svg(&r.pass).map_err(|e| ApiError::Internal(e.into()))?,
                citizen: r.citizen,
                pass: r.pass,
                pass_code: r.pass_code,
            };
            (StatusCode::CREATED, serde_json::to_vec(&reply))
        }
        Accepted::CheckedIn(c) if c.already_today => (StatusCode::OK, serde_json::to_vec(&c)),
        Accepted::CheckedIn(c) => (StatusCode::CREATED, serde_json::to_vec(&c)),
        Accepted::Answered { visit } => (
            StatusCode::CREATED,
            serde_json::to_vec(&serde_json::json!({ "visit": visit, "answered": true })),
        ),
        Accepted::Surveyed(s) => (StatusCode::CREATED, serde_json::to_vec(&s)),
        Accepted::Filed(f) => (StatusCode::CREATED, serde_json::to_vec(&f)),
        Accepted::Served(service) => (
            StatusCode::CREATED,
            serde_json::to_vec(&ponte_domain::service::ServiceResponse { service: *service }),
        ),
        Accepted::EventCreated(event) => (
            StatusCode::CREATED,
            serde_json::to_vec(&serde_json::json!({ "event": event })),
        ),
        Accepted::EventCheckedIn(r) if r.already => (StatusCode::OK, serde_json::to_vec(&r)),
        Accepted::EventCheckedIn(r) => (StatusCode::CREATED, serde_json::to_vec(&r)),
        Accepted::PassReplaced { pass, pass_code } => {
            let reply = ponte_domain::staff::NewPassResponse {
                pass_qr_svg: crate::qr::svg(&pass).map_err(|e| ApiError::Internal(e.into()))?,
                pass,
                pass_code,
            };
            (StatusCode::CREATED, serde_json::to_vec(&reply))
        }
    };
    let body = body.map_err(|e| ApiError::Internal(e.into()))?;
    Ok(no_store(json_response(status, body)))
}

fn json_response(status: StatusCode, body: Vec<u8>) -> Response {
    let mut res = Response::new(body.into());
    *res.status_mut() = status;
    res.headers_mut().insert(
        warp::http::header::CONTENT_TYPE,
        warp::http::HeaderValue::from_static("application/json"),
    );
    res
}

/// A write's reply is about one citizen (it may carry their pass): no cache keeps it.
fn no_store(mut res: Response) -> Response {
    res.headers_mut().insert(
        warp::http::header::CACHE_CONTROL,
        warp::http::HeaderValue::from_static("no-store"),
    );
    res
}

/// Sends `write` through the ledger under `submission` and turns the outcome into the
/// reply. The hash that tells a retry from a reuse is of `request` as parsed, written
/// back canonically, so spacing and key order do not matter.
pub async fn submit(
    app: &App,
    submission: SubmissionId,
    request: &impl Serialize,
    write: Write,
) -> Result<Response, ApiError> {
    let body_hash = sha256(&serde_json::to_vec(request).map_err(|e| ApiError::Internal(e.into()))?);
    let command = Command {
        submission,
        body_hash,
        write,
    };
    let outcome = app.ledger.submit(command).await.map_err(|e| match e {
        LedgerError::Stopped => {
            ApiError::Unavailable("the server cannot take writes right now: try again later".into())
        }
        e @ LedgerError::NotCommitted(_) => ApiError::Internal(e.into()),
    })?;
    match outcome {
        Outcome::Accepted(accepted) | Outcome::Replayed(Replay::Accepted(accepted)) => {
            render(accepted)
        }
        Outcome::Replayed(Replay::Legacy { status, body }) => Ok(no_store(json_response(
            StatusCode::from_u16(status).unwrap_or(StatusCode::OK),
            body,
        ))),
        Outcome::Conflict => Err(ApiError::Conflict(
            "this submission_id was already used for a different request".into(),
        )),
        Outcome::Refused(Refused::RevokedPass) => Err(ApiError::Forbidden(
            "this pass has been revoked: register again to get a new one".into(),
        )),
        Outcome::Refused(Refused::UnknownPass) => Err(ApiError::Forbidden(
            "this pass is not known here: register again to get a new one".into(),
        )),
        Outcome::Refused(Refused::NoSuchVisit) => {
            Err(ApiError::NotFound("there is no such visit".into()))
        }
        Outcome::Refused(Refused::NotYourVisit) => Err(ApiError::Forbidden(
            "only the pass that made this visit can answer for it".into(),
        )),
        Outcome::Refused(Refused::AlreadyAnswered) => Err(ApiError::AlreadyAnswered(
            "this visit's questionnaire has already been answered".into(),
        )),
        Outcome::Refused(Refused::AnonymousDayFull) => Err(ApiError::TooManyRequests(3_600)),
        Outcome::Refused(Refused::BeforeSignUp) => Err(ApiError::Invalid(
            ponte_domain::Invalid::new("at", "is before this pass was issued"),
        )),
        Outcome::Refused(Refused::NoSuchEvent) => {
            Err(ApiError::NotFound("there is no such event".into()))
        }
        Outcome::Refused(Refused::EventClosed) => Err(ApiError::EventClosed(
            "this event is not open: check-in runs from 30 minutes before the start to the end, until it is closed".into(),
        )),
        Outcome::Refused(Refused::AlreadyPresent) => Err(ApiError::Conflict(
            "this citizen is already present".into(),
        )),
        Outcome::Refused(Refused::NobodyPresent) => Err(ApiError::Invalid(
            ponte_domain::Invalid::new("event", "nobody is present: there is no service to record"),
        )),
        Outcome::Refused(Refused::VisitsAtSeveralSites) => {
            Err(ApiError::Invalid(ponte_domain::Invalid::new(
                "visits",
                "these visits were at different sites of the centre: record one service per site",
            )))
        }
        Outcome::Refused(Refused::VisitElsewhere) => {
            Err(ApiError::Invalid(ponte_domain::Invalid::new(
                "visits",
                "a service holds only visits made at its centre on its date",
            )))
        }
    }
}
