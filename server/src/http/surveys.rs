//! `/api/v1/surveys/digcomp` (the questionnaire and its responses) and the skills
//! reports of a centre and of a programme.

use std::net::SocketAddr;

use ponte_domain::clock::rome_date;
use ponte_domain::query::DateRange;
use ponte_domain::survey::{SurveyInvalid, SurveyRequest};
use ponte_domain::{Invalid, Province};
use warp::Filter;
use warp::filters::BoxedFilter;
use warp::hyper::body::Bytes;
use warp::reply::Response;

use super::citizens::{body_hash, centre_report, fresh_json, json_body, now, reply};
use super::error::{ApiError, respond};
use super::{App, MAX_BODY, find_centre, get_or_head};
use crate::ledger::Command;
use crate::store::Store;

pub fn routes(app: App) -> BoxedFilter<(Response,)> {
    let with_app = warp::any().map(move || app.clone());
    let query = || warp::query::raw().or(warp::any().map(String::new)).unify();

    let definition = warp::path!("api" / "v1" / "surveys" / "digcomp")
        .and(get_or_head())
        .and(with_app.clone())
        .and(query())
        .map(|app: App, query: String| respond(definition(&app, &query)));

    let responses = warp::path!("api" / "v1" / "surveys" / "digcomp" / "responses")
        .and(warp::post())
        .and(with_app.clone())
        .and(warp::addr::remote())
        .and(warp::header::optional::<String>("x-ponte-device"))
        .and(warp::body::content_length_limit(MAX_BODY))
        .and(warp::header::optional::<String>("content-type"))
        .and(warp::body::bytes())
        .then(
            |app: App,
             addr: Option<SocketAddr>,
             device: Option<String>,
             ct: Option<String>,
             bytes: Bytes| async move {
                respond(respond_to_survey(app, addr, device, ct, bytes).await)
            },
        );

    let skills = warp::path!("api" / "v1" / "centres" / String / "skills")
        .and(get_or_head())
        .and(with_app.clone())
        .and(query())
        .then(|code: String, app: App, query: String| async move {
            respond(skills(app, code, query).await)
        });

    let programme_skills = warp::path!("api" / "v1" / "programmes" / String / "skills")
        .and(get_or_head())
        .and(with_app)
        .and(query())
        .then(|id: String, app: App, query: String| async move {
            respond(programme_skills(app, id, query).await)
        });

    definition
        .or(responses)
        .unify()
        .or(skills)
        .unify()
        .or(programme_skills)
        .unify()
        .boxed()
}

/// The current version (or `version=`, for a phone that began with an older one) in
/// `lang=` (Italian if absent or not available).
fn definition(app: &App, query: &str) -> Result<Response, ApiError> {
    let (mut lang, mut version) = (None, None);
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        match &*key {
            "lang" => lang = Some(value.into_owned()),
            "version" => version = Some(value.into_owned()),
            other => {
                let shown: String = other.chars().take(20).collect();
                return Err(Invalid::new(
                    "query",
                    format!("unknown parameter '{shown}' (use lang, version)"),
                )
                .into());
            }
        }
    }
    let survey = match version {
        None => app.surveys.current(),
        Some(v) => app.surveys.version(&v).ok_or_else(|| unknown_version(&v))?,
    };
    let lang = lang.unwrap_or_default();
    let mut res = Response::new(survey.view_json(&lang).into());
    let headers = res.headers_mut();
    headers.insert(
        warp::http::header::CONTENT_TYPE,
        warp::http::HeaderValue::from_static("application/json"),
    );
    headers.insert(
        warp::http::header::CONTENT_LANGUAGE,
        warp::http::HeaderValue::from_str(survey.language(&lang))
            .unwrap_or(warp::http::HeaderValue::from_static("it")),
    );
    // A published version never changes; the current one may be replaced by a newer.
    headers.insert(
        warp::http::header::CACHE_CONTROL,
        warp::http::HeaderValue::from_static("no-cache"),
    );
    Ok(res)
}

fn unknown_version(v: &str) -> ApiError {
    let shown: String = v.chars().take(20).collect();
    ApiError::BadField {
        field: "version".into(),
        message: format!("there is no survey version '{shown}'"),
    }
}

async fn respond_to_survey(
    app: App,
    addr: Option<SocketAddr>,
    device: Option<String>,
    ct: Option<String>,
    bytes: Bytes,
) -> Result<Response, ApiError> {
    let request: SurveyRequest = json_body(ct, &bytes)?;
    let version = app
        .surveys
        .version(&request.version)
        .ok_or_else(|| unknown_version(&request.version))?;
    let survey = request
        .validate(&version.rubric, now())
        .map_err(|e| match e {
            SurveyInvalid::Field(i) => ApiError::Invalid(i),
            SurveyInvalid::Item { item, reason } => ApiError::BadField {
                field: format!("answers.{item}"),
                message: reason,
            },
        })?;
    let (_, programme) = find_centre(&app, &request.centre)?;
    // With a pass a citizen counts once however often they answer; without one, each
    // survey counts, so anonymous ones are limited per phone.
    if survey.pass.is_none()
        && let Some(ip) = addr.map(|a| a.ip())
        && let Err(wait) = app.survey_limit.check(ip, device.as_deref(), now())
    {
        return Err(ApiError::TooManyRequests(wait));
    }
    let command = Command::Survey {
        submission: request.submission_id,
        body_hash: body_hash(&request)?,
        survey: Box::new(survey),
        programme: programme.id,
    };
    reply(
        app.ledger
            .submit(command)
            .await
            .map_err(|e| ApiError::Internal(e.into()))?,
    )
}

async fn skills(app: App, code: String, query: String) -> Result<Response, ApiError> {
    centre_report(app, code, query, Store::skills).await
}

/// `?province=&from=&to=` over every centre of a programme.
async fn programme_skills(app: App, id: String, query: String) -> Result<Response, ApiError> {
    let programme = app
        .store
        .reference()
        .programmes()
        .iter()
        .find(|p| p.id.as_str() == id)
        .map(|p| p.id.clone())
        .ok_or_else(|| {
            let shown: String = id.chars().take(32).collect();
            ApiError::NotFound(format!("there is no programme '{shown}'"))
        })?;
    let (mut province, mut dates) = (None, Vec::new());
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        if key == "province" {
            let found = Province::find(&value).ok_or_else(|| {
                let shown: String = value.chars().take(32).collect();
                Invalid::new("province", format!("'{shown}' is not an Italian province"))
            })?;
            province = Some(found);
        } else {
            dates.push((key, value));
        }
    }
    let today = rome_date(now())
        .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("clock out of range")))?;
    let range = DateRange::from_pairs(dates, today)?;
    let store = app.store.clone();
    let report = tokio::task::spawn_blocking(move || {
        store.programme_skills(&programme, province, range.from, range.to)
    })
    .await??;
    Ok(fresh_json(&report))
}
