//! `/api/v1/registrations`, `/api/v1/checkins` and a centre's attendance.

use std::time::{SystemTime, UNIX_EPOCH};

use ponte_domain::checkin::CheckinRequest;
use ponte_domain::clock::{UnixSeconds, rome_date};
use ponte_domain::experience::ExperienceRequest;
use ponte_domain::query::DateRange;
use ponte_domain::registration::{RegistrationError, RegistrationRequest, Rules};
use ponte_domain::{CentreCode, Date};
use serde::Serialize;
use serde::de::DeserializeOwned;
use warp::filters::BoxedFilter;
use warp::http::StatusCode;
use warp::hyper::body::Bytes;
use warp::reply::Response;
use warp::{Filter, Reply};

use super::error::{ApiError, respond};
use super::{App, MAX_BODY, find_centre, get_or_head};
use crate::ledger::{Command, Outcome};
use crate::secrets::sha256;
use crate::store::{Store, StoreError};

pub fn routes(app: App) -> BoxedFilter<(Response,)> {
    let with_app = warp::any().map(move || app.clone());
    let body = warp::body::content_length_limit(MAX_BODY)
        .and(warp::header::optional::<String>("content-type"))
        .and(warp::body::bytes());

    let registrations = warp::path!("api" / "v1" / "registrations")
        .and(warp::post())
        .and(with_app.clone())
        .and(body)
        .then(|app: App, ct: Option<String>, bytes: Bytes| async move {
            respond(register(app, ct, bytes).await)
        });

    let checkins = warp::path!("api" / "v1" / "checkins")
        .and(warp::post())
        .and(with_app.clone())
        .and(body)
        .then(|app: App, ct: Option<String>, bytes: Bytes| async move {
            respond(check_in(app, ct, bytes).await)
        });

    let attendance = warp::path!("api" / "v1" / "centres" / String / "attendance")
        .and(get_or_head())
        .and(with_app.clone())
        .and(warp::query::raw().or(warp::any().map(String::new)).unify())
        .then(|code: String, app: App, query: String| async move {
            respond(attendance(app, code, query).await)
        });

    let experience = warp::path!("api" / "v1" / "visits" / u64 / "experience")
        .and(warp::post())
        .and(with_app)
        .and(body)
        .then(
            |visit: u64, app: App, ct: Option<String>, bytes: Bytes| async move {
                respond(experience(app, visit, ct, bytes).await)
            },
        );

    registrations
        .or(checkins)
        .unify()
        .or(experience)
        .unify()
        .or(attendance)
        .unify()
        .boxed()
}

pub(super) fn now() -> UnixSeconds {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// Reads a JSON body into `T`, naming the field at fault when it does not fit.
pub(super) fn json_body<T: DeserializeOwned>(
    content_type: Option<String>,
    bytes: &[u8],
) -> Result<T, ApiError> {
    if let Some(ct) = content_type
        && !ct
            .trim_start()
            .to_ascii_lowercase()
            .starts_with("application/json")
    {
        return Err(ApiError::UnsupportedMediaType(
            "send the body as application/json".into(),
        ));
    }
    // Well-formed bodies take the fast path; only a refused one is read again to find
    // the path of the field at fault.
    if let Ok(value) = serde_json::from_slice(bytes) {
        return Ok(value);
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        // serde's message says what was wrong; the position helps nobody using a form.
        let message = inner.to_string();
        let message = message
            .split(" at line ")
            .next()
            .unwrap_or(&message)
            .to_owned();
        let field = if path == "." { "body".to_owned() } else { path };
        ApiError::BadField { field, message }
    })
}

/// The hash that tells a retry from a reuse: the request as parsed, written back
/// canonically, so spacing and key order do not matter.
pub(super) fn body_hash(request: &impl Serialize) -> Result<[u8; 32], ApiError> {
    Ok(sha256(
        &serde_json::to_vec(request).map_err(|e| ApiError::Internal(e.into()))?,
    ))
}

pub(super) fn reply(outcome: Outcome) -> Result<Response, ApiError> {
    match outcome {
        Outcome::Reply(r) => {
            let mut res = Response::new(r.body.into());
            *res.status_mut() = StatusCode::from_u16(r.status).unwrap_or(StatusCode::OK);
            res.headers_mut().insert(
                warp::http::header::CONTENT_TYPE,
                warp::http::HeaderValue::from_static("application/json"),
            );
            Ok(res)
        }
        Outcome::Conflict => Err(ApiError::Conflict(
            "this submission_id was already used for a different request".into(),
        )),
        Outcome::RevokedPass => Err(ApiError::Forbidden(
            "this pass has been revoked: register again to get a new one".into(),
        )),
        Outcome::UnknownPass => Err(ApiError::Forbidden(
            "this pass is not known here: register again to get a new one".into(),
        )),
        Outcome::NoSuchVisit => Err(ApiError::NotFound("there is no such visit".into())),
        Outcome::NotYourVisit => Err(ApiError::Forbidden(
            "only the pass that made this visit can answer for it".into(),
        )),
        Outcome::AlreadyAnswered => Err(ApiError::Conflict(
            "this visit's questionnaire has already been answered".into(),
        )),
    }
}

async fn register(app: App, ct: Option<String>, bytes: Bytes) -> Result<Response, ApiError> {
    let request: RegistrationRequest = json_body(ct, &bytes)?;
    let (centre, programme) = find_centre(&app, &request.centre)?;
    let now = now();
    let today =
        rome_date(now).ok_or_else(|| ApiError::Internal(anyhow::anyhow!("clock out of range")))?;
    let rules = Rules {
        min_age: programme.min_age,
        without_codice_fiscale: programme.registration_without_codice_fiscale,
    };
    let registration = request.validate(rules, today).map_err(|e| match e {
        RegistrationError::Invalid(i) => ApiError::Invalid(i),
        RegistrationError::UnderAge { min_age } => ApiError::UnderAge(format!(
            "this programme counts citizens from {min_age} years of age; a facilitator can still help you"
        )),
    })?;
    let command = Command::Register {
        submission: request.submission_id,
        body_hash: body_hash(&request)?,
        registration: Box::new(registration),
        centre: centre.code,
        now,
    };
    reply(
        app.ledger
            .submit(command)
            .await
            .map_err(|e| ApiError::Internal(e.into()))?,
    )
}

async fn check_in(app: App, ct: Option<String>, bytes: Bytes) -> Result<Response, ApiError> {
    let request: CheckinRequest = json_body(ct, &bytes)?;
    let (centre, programme) = find_centre(&app, &request.centre)?;
    let checkin = request.validate(now())?;
    let command = Command::CheckIn {
        submission: request.submission_id,
        body_hash: body_hash(&request)?,
        checkin,
        centre: centre.code,
        programme: programme.id,
    };
    reply(
        app.ledger
            .submit(command)
            .await
            .map_err(|e| ApiError::Internal(e.into()))?,
    )
}

async fn experience(
    app: App,
    visit: u64,
    ct: Option<String>,
    bytes: Bytes,
) -> Result<Response, ApiError> {
    let request: ExperienceRequest = json_body(ct, &bytes)?;
    let (pass, experience) = request.validate()?;
    let command = Command::Experience {
        submission: request.submission_id,
        body_hash: body_hash(&request)?,
        visit,
        pass,
        experience: Box::new(experience),
    };
    reply(
        app.ledger
            .submit(command)
            .await
            .map_err(|e| ApiError::Internal(e.into()))?,
    )
}

async fn attendance(app: App, code: String, query: String) -> Result<Response, ApiError> {
    centre_report(app, code, query, Store::attendance).await
}

/// A centre's report over `from=`/`to=` (default: the last 30 days), made by `read`
/// from the counters alone.
pub(super) async fn centre_report<T: Serialize + Send + 'static>(
    app: App,
    code: String,
    query: String,
    read: fn(&Store, &CentreCode, Date, Date) -> Result<T, StoreError>,
) -> Result<Response, ApiError> {
    let (centre, _) = find_centre(&app, &code)?;
    let today = rome_date(now())
        .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("clock out of range")))?;
    let range = DateRange::from_pairs(form_urlencoded::parse(query.as_bytes()), today)?;
    let store = app.store.clone();
    let report =
        tokio::task::spawn_blocking(move || read(&store, &centre.code, range.from, range.to))
            .await??;
    Ok(fresh_json(&report))
}

/// A report as JSON that caches must check again: counters move with every write.
pub(super) fn fresh_json(report: &impl Serialize) -> Response {
    let mut res = warp::reply::json(report).into_response();
    res.headers_mut().insert(
        "cache-control",
        warp::http::HeaderValue::from_static("no-cache"),
    );
    res
}
