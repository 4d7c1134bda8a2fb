//! A citizen's rights over their data, exercised through their region or their centre's
//! coordinator: `POST /api/v1/citizens/lookup` finds them by codice fiscale, `GET
//! /api/v1/citizens/{id}/export` copies out everything held (names and code opened),
//! `DELETE /api/v1/citizens/{id}` erases their personal data (the region only: it is
//! the controller). A coordinator reaches only the citizens who signed up at its
//! centres, not everyone who once came to one; anyone outside the account's reach is
//! answered as not found, so a lookup cannot tell where else someone signed up. Every
//! act is logged (`store::rights`), the erasure in its own transaction.

use ponte_domain::codice_fiscale::CodiceFiscale;
use ponte_domain::staff::{CitizenLookupRequest, CitizenLookupResponse, CitizenRef, Role};
use warp::reply::Response;

use super::guard::{Credentials, Staff};
use super::{audit, private_json};
use crate::http::App;
use crate::http::error::ApiError;
use crate::http::writes::{Posted, now};
use crate::store::rights::{Erasure, RightsAct};

/// Who answers a citizen's request: the region (its programme) and coordinators (their
/// centres). Facilitators work at the desk; the instance's admins read counts.
const ANSWERS_REQUESTS: &[Role] = &[Role::Region, Role::Coordinator];

pub async fn lookup(
    app: App,
    credentials: Credentials,
    posted: Posted,
) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    staff.require(ANSWERS_REQUESTS)?;
    let request: CitizenLookupRequest = posted.json()?;
    let cf = CodiceFiscale::parse(&request.codice_fiscale)
        .map_err(|e| ponte_domain::Invalid::new("codice_fiscale", e.to_string()))?;
    let key = app.secrets.lookup_hash(&cf);
    let store = app.store.clone();
    let found = tokio::task::spawn_blocking(move || store.citizen_by_lookup(&key)).await??;
    let found = match found {
        Some(id) if in_scope(&app, &staff, id).await? => Some(id),
        _ => None,
    };
    // A code that found no one here is not kept: it may be anyone's.
    log_act(&app, &staff, "lookup", found, found.map(|_| key)).await?;
    match found {
        Some(id) => Ok(private_json(&CitizenLookupResponse {
            citizen: CitizenRef { id },
        })),
        None => Err(not_found()),
    }
}

pub async fn export(app: App, credentials: Credentials, id: u64) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    staff.require(ANSWERS_REQUESTS)?;
    app.rights_limit
        .check_key(staff.email(), &id.to_string(), app.rights_limit.now())
        .map_err(ApiError::TooManyRequests)?;
    if !in_scope(&app, &staff, id).await? {
        return Err(not_found());
    }
    let (store, secrets) = (app.store.clone(), app.secrets.clone());
    let data = tokio::task::spawn_blocking(move || store.citizen_data(id, &secrets))
        .await??
        .ok_or_else(not_found)?;
    log_act(&app, &staff, "export", Some(id), data.lookup_key).await?;
    Ok(private_json(&data))
}

pub async fn erase(app: App, credentials: Credentials, id: u64) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    staff.require(&[Role::Region])?;
    if !in_scope(&app, &staff, id).await? {
        return Err(not_found());
    }
    let act = RightsAct {
        at: now(),
        staff: staff.email().to_owned(),
        act: "erase".into(),
        citizen: Some(id),
        lookup_key: None,
        programme: None,
    };
    let (store, secrets) = (app.store.clone(), app.secrets.clone());
    let erasure = tokio::task::spawn_blocking(move || store.erase_citizen(id, &secrets, act))
        .await??
        .ok_or_else(not_found)?;
    let (already, passes_revoked) = match erasure {
        Erasure::Done { passes_revoked } => {
            audit(&staff.account, "erase of a citizen's data", None);
            (false, passes_revoked)
        }
        Erasure::Already => (true, 0),
        Erasure::NotYetReported { month } => {
            return Err(ApiError::Pending(format!(
                "this citizen's services of {month} are not in a national file yet: the \
                 programme must still report them (GDPR art. 17(3)(b)); erase after that \
                 month's upload"
            )));
        }
    };
    Ok(private_json(&serde_json::json!({
        "citizen": {"id": id},
        "erased": true,
        "already": already,
        "passes_revoked": passes_revoked,
    })))
}

/// The log of acts on citizens' data, for whoever answers for it: the region sees the
/// acts of its programme's accounts and of its retention rule, an admin every act. Newest first.
pub async fn log(app: App, credentials: Credentials) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    staff.require(&[Role::Region, Role::Admin])?;
    let store = app.store.clone();
    let scope = staff.scope().clone();
    let acts = tokio::task::spawn_blocking(move || -> Result<_, ApiError> {
        let reference = store.reference();
        let mut acts = store.rights_log()?;
        if scope.role == Role::Region {
            let accounts = store.accounts()?;
            acts.retain(|act| {
                // The retention's deletions name the programme whose rule they applied.
                if let Some(p) = &act.programme {
                    return scope.programme.as_ref().is_some_and(|s| s.as_str() == p);
                }
                accounts
                    .iter()
                    .find(|a| a.email.as_str() == act.staff)
                    .is_some_and(|a| match &a.scope.programme {
                        Some(p) => scope.programme.as_ref() == Some(p),
                        None => a.scope.centres.iter().any(|c| {
                            reference
                                .centre(c)
                                .is_some_and(|c| scope.programme.as_ref() == Some(&c.programme))
                        }),
                    })
            });
        }
        acts.reverse();
        Ok(acts)
    })
    .await??;
    audit(&staff.account, "read the rights log", None);
    Ok(private_json(&serde_json::json!({ "acts": acts })))
}

/// Whether citizen `id` is within this account's reach: for a region, one who signed
/// up or came in its programme; for a coordinator, one who signed up at its centres.
async fn in_scope(app: &App, staff: &Staff, id: u64) -> Result<bool, ApiError> {
    let store = app.store.clone();
    let Some(seen) = tokio::task::spawn_blocking(move || store.whereabouts(id)).await?? else {
        return Ok(false);
    };
    let reference = app.store.reference();
    let scope = staff.scope();
    let holds = |code: &str| {
        ponte_domain::CentreCode::parse(code)
            .ok()
            .and_then(|c| {
                reference
                    .centre(&c)
                    .map(|centre| (c, centre.programme.clone()))
            })
            .is_some_and(|(c, programme)| scope.holds_centre(&c, &programme))
    };
    Ok(holds(&seen.registered_centre)
        || (scope.role == Role::Region
            && seen.programmes.iter().any(|p| {
                scope
                    .programme
                    .as_ref()
                    .is_some_and(|mine| mine.as_str() == p)
            })))
}

async fn log_act(
    app: &App,
    staff: &Staff,
    act: &str,
    citizen: Option<u64>,
    key: Option<[u8; 32]>,
) -> Result<(), ApiError> {
    let record = RightsAct {
        at: now(),
        staff: staff.email().to_owned(),
        act: act.to_owned(),
        citizen,
        lookup_key: key.map(hex::encode),
        programme: None,
    };
    let store = app.store.clone();
    tokio::task::spawn_blocking(move || store.log_rights_act(&record)).await??;
    audit(&staff.account, &format!("{act} of a citizen's data"), None);
    Ok(())
}

fn not_found() -> ApiError {
    ApiError::NotFound("no citizen with this code among those of your centres".into())
}
