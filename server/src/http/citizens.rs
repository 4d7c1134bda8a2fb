//! `/api/v1/registrations`, `/api/v1/checkins`, a visit's questionnaire and a
//! centre's attendance.

use ponte_domain::checkin::CheckinRequest;
use ponte_domain::experience::ExperienceRequest;
use ponte_domain::registration::{
    Channel, RegisteredBy, RegistrationError, RegistrationRequest, Rules,
};
use warp::Filter;
use warp::filters::BoxedFilter;
use warp::reply::Response;

use super::error::{ApiError, respond};
use super::reports::{centre_report, raw_query};
use super::writes::{Posted, now, posted, submit, today};
use super::{App, find_centre, get_or_head};
use crate::ledger::Write;
use crate::store::Store;

pub fn routes(app: App) -> BoxedFilter<(Response,)> {
    let with_app = warp::any().map(move || app.clone());

    let registrations = warp::path!("api" / "v1" / "registrations")
        .and(with_app.clone())
        .and(super::kiosks::token())
        .and(posted())
        .then(|app: App, kiosk, posted: Posted| async move {
            respond(register(app, kiosk, posted).await)
        });

    let checkins = warp::path!("api" / "v1" / "checkins")
        .and(with_app.clone())
        .and(super::kiosks::token())
        .and(posted())
        .then(|app: App, kiosk, posted: Posted| async move {
            respond(check_in(app, kiosk, posted).await)
        });

    let attendance = warp::path!("api" / "v1" / "centres" / String / "attendance")
        .and(get_or_head())
        .and(with_app.clone())
        .and(raw_query())
        .then(|code: String, app: App, query: String| async move {
            respond(centre_report(app, code, query, Store::attendance).await)
        });

    let experience = warp::path!("api" / "v1" / "visits" / u64 / "experience")
        .and(with_app)
        .and(super::kiosks::token())
        .and(posted())
        .then(|visit: u64, app: App, kiosk, posted: Posted| async move {
            respond(experience(app, visit, kiosk, posted).await)
        });

    registrations
        .or(checkins)
        .unify()
        .or(experience)
        .unify()
        .or(attendance)
        .unify()
        .boxed()
}

async fn register(app: App, kiosk: Option<String>, posted: Posted) -> Result<Response, ApiError> {
    posted.limit_registration(&app)?;
    let request: RegistrationRequest = posted.json()?;
    let found = find_centre(&app, &request.centre)?;
    at_kiosk_if_said(&app, request.privacy.channel, kiosk, found.0.code.as_str()).await?;
    register_at(app, request, found, RegisteredBy::Citizen, None).await
}

/// Signs a citizen up at `centre`, by themselves or by a facilitator at the desk: one
/// rule set for both, with what only the desk may do (a paper notice, names that do
/// not match a code the facilitator has checked) decided by `registered_by`.
pub async fn register_at(
    app: App,
    request: RegistrationRequest,
    (centre, programme): (ponte_domain::Centre, ponte_domain::Programme),
    registered_by: RegisteredBy,
    desk: Option<String>,
) -> Result<Response, ApiError> {
    if !programme.privacy.is_complete() {
        return Err(ApiError::Unavailable(
            "this programme has no privacy notice yet, so it cannot take sign-ups: ask the centre"
                .into(),
        ));
    }
    let rules = Rules {
        min_age: programme.min_age,
        without_codice_fiscale: programme.registration_without_codice_fiscale,
        privacy_version: programme.privacy.notice_version(),
        registered_by,
    };
    let registration = request.validate(&rules, today()?).map_err(|e| match e {
        RegistrationError::Field { field, problem } => {
            ApiError::Invalid(ponte_domain::Invalid::new(field, problem.to_string()))
        }
        RegistrationError::UnderAge { min_age } => ApiError::UnderAge(format!(
            "this programme counts citizens from {min_age} years of age; a facilitator can still help you"
        )),
        e @ RegistrationError::NamesMismatch(which) => ApiError::NamesMismatch {
            field: which.field(),
            message: format!("{e}; if they are right, a facilitator can register you at the desk"),
        },
    })?;
    let write = Write::Register {
        registration: Box::new(registration),
        centre: centre.code,
        programme: programme.id,
        desk,
        now: now(),
    };
    submit(&app, request.submission_id, &request, write).await
}

/// The notice's channel is kept with the citizen's record: "kiosk" only from a tablet
/// paired to this very centre.
async fn at_kiosk_if_said(
    app: &App,
    channel: Channel,
    kiosk: Option<String>,
    centre: &str,
) -> Result<(), ApiError> {
    if channel == Channel::Kiosk {
        let (_, paired_to) = super::kiosks::kiosk_of(app, kiosk).await?;
        if paired_to != centre {
            return Err(ApiError::Forbidden(
                "this tablet is paired to another centre".into(),
            ));
        }
    }
    Ok(())
}

async fn check_in(app: App, kiosk: Option<String>, posted: Posted) -> Result<Response, ApiError> {
    let request: CheckinRequest = posted.json()?;
    posted.limit_check_in(&app, &request.pass, request.submission_id)?;
    let (centre, programme) = find_centre(&app, &request.centre)?;
    if let Some(ack) = &request.privacy {
        at_kiosk_if_said(&app, ack.channel, kiosk, centre.code.as_str()).await?;
    }
    let checkin = request.validate(
        now(),
        centre.sites().count(),
        &programme.privacy.notice_version(),
    )?;
    let write = Write::CheckIn {
        checkin: (&checkin).into(),
        centre: centre.code,
        programme: Box::new(programme),
    };
    submit(&app, request.submission_id, &request, write).await
}

async fn experience(
    app: App,
    visit: u64,
    kiosk: Option<String>,
    posted: Posted,
) -> Result<Response, ApiError> {
    let request: ExperienceRequest = posted.json()?;
    let experience = request.answers()?;
    let pass_hash = match ponte_domain::pass::PassToken::parse(&request.pass) {
        Ok(pass) => crate::secrets::sha256(pass.as_str().as_bytes()),
        // At a kiosk, the code under the QR that checked the visit in: only a paired
        // tablet, within its limit, may answer by it.
        // Only for today's visit at the tablet's own centre.
        Err(e) => match kiosk {
            Some(_) => {
                let (_, centre) = super::kiosks::kiosk_of(&app, kiosk).await?;
                posted.limit(&app.kiosk_checkin_limit)?;
                let store = app.store.clone();
                let found = tokio::task::spawn_blocking(move || store.visit(visit)).await??;
                let day = today()?.days_since_epoch();
                if !found.is_some_and(|v| v.centre == centre && v.day == day) {
                    return Err(ApiError::Forbidden(
                        "at a kiosk, only today's visit at this centre".into(),
                    ));
                }
                super::staff::desk::pass_hash(&app, &request.pass).await?
            }
            None => return Err(e.into()),
        },
    };
    let write = Write::Experience {
        visit,
        pass_hash,
        experience: Box::new(experience),
    };
    submit(&app, request.submission_id, &request, write).await
}
