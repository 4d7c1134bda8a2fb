//! `/api/v1/staff/users`: accounts made, listed and disabled by those above them.

use ponte_domain::staff::{NewAccountRequest, NewAccountResponse, Role};
use warp::Reply;
use warp::http::StatusCode;
use warp::reply::Response;

use super::guard::Credentials;
use super::private_json;
use crate::http::App;
use crate::http::error::ApiError;
use crate::http::writes::{Posted, now};
use crate::staff::accounts::{AccountError, create};

const MANAGERS: &[Role] = &[Role::Admin, Role::Region, Role::Coordinator];

fn programme_of(
    app: &App,
) -> impl Fn(&ponte_domain::CentreCode) -> Option<ponte_domain::ProgrammeId> {
    let reference = app.store.reference();
    move |c| reference.centre(c).map(|c| c.programme.clone())
}

/// The accounts this one may manage.
pub async fn list(app: App, credentials: Credentials) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    staff.require(MANAGERS)?;
    let store = app.store.clone();
    let all = tokio::task::spawn_blocking(move || store.accounts()).await??;
    let of = programme_of(&app);
    let accounts: Vec<_> = all
        .iter()
        .filter(|a| staff.scope().may_manage(&a.scope, &of))
        .map(|a| a.summary())
        .collect();
    Ok(private_json(&serde_json::json!({ "accounts": accounts })))
}

pub async fn add(app: App, credentials: Credentials, posted: Posted) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    staff.require(MANAGERS)?;
    let request: NewAccountRequest = posted.json()?;
    let (email, scope) = request.validate()?;
    if !staff.scope().may_manage(&scope, programme_of(&app)) {
        return Err(ApiError::Forbidden(
            "you can make accounts only below your own role, for centres you reach".into(),
        ));
    }
    let store = app.store.clone();
    let by = staff.email().to_owned();
    let made =
        tokio::task::spawn_blocking(move || create(&store, email, scope, None, &by, now())).await?;
    let (record, password) = made.map_err(|e| match e {
        AccountError::Invalid(i) => ApiError::Invalid(i),
        e @ AccountError::Exists(_) => ApiError::Conflict(e.to_string()),
        e @ (AccountError::NoSuchCentre(_) | AccountError::NoSuchProgramme(_)) => {
            ApiError::NotFound(e.to_string())
        }
        e => ApiError::Internal(e.into()),
    })?;
    let reply = NewAccountResponse {
        account: record.summary(),
        password: password.unwrap_or_default(),
    };
    super::audit(&staff.account, "created an account", None);
    let mut res = private_json(&reply);
    *res.status_mut() = StatusCode::CREATED;
    Ok(res.into_response())
}

pub async fn disable(
    app: App,
    credentials: Credentials,
    posted: Posted,
) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    staff.require(MANAGERS)?;
    let request: DisableRequest = posted.json()?;
    let email = ponte_domain::staff::Email::parse(&request.email)?;
    let store = app.store.clone();
    let target = {
        let email = email.clone();
        tokio::task::spawn_blocking(move || store.account(email.as_str())).await??
    };
    // An account one does not manage answers as one that does not exist: managers
    // cannot probe who else has an account.
    let target = target
        .filter(|t| staff.scope().may_manage(&t.scope, programme_of(&app)))
        .ok_or_else(|| {
            ApiError::NotFound("there is no such account among those you manage".into())
        })?;
    let store = app.store.clone();
    tokio::task::spawn_blocking(move || store.disable_account(email.as_str())).await??;
    super::audit(&staff.account, "disabled an account", None);
    Ok(private_json(&target.summary_disabled()))
}

/// `POST /api/v1/staff/users/disable`: the e-mail in the body, not in a logged path.
#[derive(serde::Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct DisableRequest {
    email: String,
}
