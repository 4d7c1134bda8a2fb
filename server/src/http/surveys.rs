//! `/api/v1/surveys/digcomp` (the questionnaire and its responses) and the skills
//! reports of a centre and of a programme.

use ponte_domain::query::DateRange;
use ponte_domain::survey::{SurveyInvalid, SurveyRequest};
use ponte_domain::{Invalid, Province};
use warp::Filter;
use warp::filters::BoxedFilter;
use warp::reply::Response;

use super::error::{ApiError, respond};
use super::query;
use super::reports::{centre_report, fresh_json, raw_query};
use super::writes::{Posted, now, posted, submit, today};
use super::{App, find_centre, get_or_head};
use crate::ledger::Write;
use crate::store::Store;

pub fn routes(app: App) -> BoxedFilter<(Response,)> {
    let with_app = warp::any().map(move || app.clone());

    let definition = warp::path!("api" / "v1" / "surveys" / "digcomp")
        .and(get_or_head())
        .and(with_app.clone())
        .and(raw_query())
        .map(|app: App, query: String| respond(definition(&app, &query)));

    let responses = warp::path!("api" / "v1" / "surveys" / "digcomp" / "responses")
        .and(with_app.clone())
        .and(posted())
        .then(
            |app: App, posted: Posted| async move { respond(respond_to_survey(app, posted).await) },
        );

    let skills = warp::path!("api" / "v1" / "centres" / String / "skills")
        .and(get_or_head())
        .and(with_app.clone())
        .and(raw_query())
        .then(|code: String, app: App, query: String| async move {
            respond(centre_report(app, code, query, Store::skills).await)
        });

    let programme_skills = warp::path!("api" / "v1" / "programmes" / String / "skills")
        .and(get_or_head())
        .and(with_app)
        .and(raw_query())
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
    let query::SurveyDefinition { lang, version } =
        query::parse(query, query::SurveyDefinition::NAMES)?;
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

async fn respond_to_survey(app: App, posted: Posted) -> Result<Response, ApiError> {
    let request: SurveyRequest = posted.json()?;
    let version = app
        .surveys
        .version(&request.version)
        .ok_or_else(|| unknown_version(&request.version))?;
    let mut survey = request
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
    if survey.pass.is_none() {
        posted.limit(&app.survey_limit)?;
        posted.limit(&app.survey_daily_limit)?;
        // Counted on the day it arrives: a date sent back in time must not open other
        // days' allowance of anonymous surveys.
        survey.at = now();
        survey.date = today()?;
    }
    let write = Write::Survey {
        survey: Box::new(survey),
        programme: programme.id,
    };
    submit(&app, request.submission_id, &request, write).await
}

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
    let q: query::ProgrammeSkills = query::parse(&query, query::ProgrammeSkills::NAMES)?;
    let province = match query::given(&q.province) {
        None => None,
        Some(value) => Some(Province::find(value).ok_or_else(|| {
            let shown: String = value.chars().take(32).collect();
            Invalid::new("province", format!("'{shown}' is not an Italian province"))
        })?),
    };
    let range = DateRange::parse(q.from.as_deref(), q.to.as_deref(), today()?)?;
    let store = app.store.clone();
    let report = tokio::task::spawn_blocking(move || {
        store.programme_skills(&programme, province, range.from, range.to)
    })
    .await??;
    Ok(fresh_json(&report))
}
