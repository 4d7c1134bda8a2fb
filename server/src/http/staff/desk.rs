//! A centre's desk: the day's check-ins, finding a citizen by their pass, recording
//! services, signing citizens up and replacing lost passes.

use ponte_domain::pass::PassToken;
use ponte_domain::registration::{RegisteredBy, RegistrationRequest};
use ponte_domain::service::ServiceRequest;
use ponte_domain::staff::{LookupRequest, ReplacePassRequest, Role};
use warp::reply::Response;

use super::guard::Credentials;
use crate::http::App;
use crate::http::citizens::register_at;
use crate::http::error::ApiError;
use crate::http::query;
use crate::http::reports::fresh_json;
use crate::http::writes::{Posted, now, submit, today};
use crate::ledger::Write;
use crate::secrets::sha256;
use crate::store::{ServiceRecord, short_code};

/// Who may work at a desk: everyone whose scope holds the centre.
const DESK: &[Role] = &[
    Role::Admin,
    Role::Region,
    Role::Coordinator,
    Role::Facilitator,
];

pub async fn today_list(
    app: App,
    credentials: Credentials,
    code: String,
) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    let (centre, _) = staff.centre(&app, &code)?;
    let date = today()?;
    let store = app.store.clone();
    let list = tokio::task::spawn_blocking(move || store.today(&centre.code, date)).await??;
    Ok(fresh_json(&list))
}

pub async fn services_list(
    app: App,
    credentials: Credentials,
    code: String,
    raw: String,
) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    let (centre, _) = staff.centre(&app, &code)?;
    let q: query::Day = query::parse(&raw, query::Day::NAMES)?;
    let date = match query::given(&q.date) {
        Some(d) => d
            .parse()
            .map_err(|_| ponte_domain::Invalid::new("date", "write the date as yyyy-mm-dd"))?,
        None => today()?,
    };
    let store = app.store.clone();
    let list = tokio::task::spawn_blocking(move || store.services_on(&centre.code, date)).await??;
    Ok(fresh_json(&serde_json::json!({ "services": list })))
}

/// The citizen behind a pass (its QR, or the short code read aloud), if they signed up
/// at or came to this centre. A POST: the pass is a credential and stays out of URLs
/// and logs.
pub async fn lookup(
    app: App,
    credentials: Credentials,
    posted: Posted,
) -> Result<Response, ApiError> {
    let staff = credentials.staff_write(&app).await?;
    let request: LookupRequest = posted.json()?;
    let (centre, _) = staff.centre(&app, &request.centre)?;
    let not_found = || ApiError::NotFound("no citizen of this centre has this pass".into());
    let given = request.pass.trim();
    // The pass QR carries the pass itself, or a link ending with it.
    let token = given
        .rsplit('/')
        .next()
        .and_then(|t| PassToken::parse(t).ok());
    let hash = match token {
        Some(t) => sha256(t.as_str().as_bytes()).to_vec(),
        None => {
            let code = short_code(given).ok_or_else(|| {
                ponte_domain::Invalid::new("pass", "type the 8 letters and digits under the QR")
            })?;
            let store = app.store.clone();
            let hashes =
                tokio::task::spawn_blocking(move || store.passes_with_code(&code)).await??;
            match <[Vec<u8>; 1]>::try_from(hashes) {
                Ok([h]) => h,
                Err(v) if v.is_empty() => return Err(not_found()),
                Err(_) => {
                    return Err(ponte_domain::Invalid::new(
                        "pass",
                        "more than one pass has this code: scan the QR instead",
                    )
                    .into());
                }
            }
        }
    };
    let date = today()?;
    let store = app.store.clone();
    let card = tokio::task::spawn_blocking(move || store.citizen_card(&hash, &centre.code, date))
        .await??
        .ok_or_else(not_found)?;
    Ok(fresh_json(&card))
}

pub async fn record_service(
    app: App,
    credentials: Credentials,
    posted: Posted,
) -> Result<Response, ApiError> {
    let staff = credentials.staff_write(&app).await?;
    staff.require(DESK)?;
    let request: ServiceRequest = posted.json()?;
    let (centre, programme) = staff.centre(&app, &request.centre)?;
    let service = request.validate(today()?)?;
    if !programme.is_open_on(service.date) {
        return Err(ponte_domain::Invalid::new(
            "date",
            format!(
                "the programme counts services from {} to {}",
                programme.start, programme.end
            ),
        )
        .into());
    }
    let record = ServiceRecord {
        centre: centre.code.as_str().to_owned(),
        programme: programme.id.as_str().to_owned(),
        facilitator: staff.email().to_owned(),
        at: now(),
        service,
    };
    let write = Write::Service {
        record: Box::new(record),
        centre: centre.code,
    };
    submit(&app, request.submission_id, &request, write).await
}

/// A citizen signed up at the desk: channel "assisted" or a paper notice, names not
/// matched against the code (the facilitator has the document in hand).
pub async fn register(
    app: App,
    credentials: Credentials,
    posted: Posted,
) -> Result<Response, ApiError> {
    let staff = credentials.staff_write(&app).await?;
    let request: RegistrationRequest = posted.json()?;
    let found = staff.centre(&app, &request.centre)?;
    register_at(app, request, found, RegisteredBy::Facilitator).await
}

pub async fn replace_pass(
    app: App,
    credentials: Credentials,
    posted: Posted,
) -> Result<Response, ApiError> {
    let staff = credentials.staff_write(&app).await?;
    let request: ReplacePassRequest = posted.json()?;
    let (centre, _) = staff.centre(&app, &request.centre)?;
    let write = Write::ReplacePass {
        pass_code: request.pass_code.clone(),
        centre: centre.code,
    };
    submit(&app, request.submission_id, &request, write).await
}
