//! A centre's desk: the day's check-ins, finding a citizen by their pass, recording
//! services, signing citizens up and replacing lost passes.

use ponte_domain::pass::PassToken;
use ponte_domain::registration::{RegisteredBy, RegistrationRequest};
use ponte_domain::service::ServiceRequest;
use ponte_domain::staff::{DeskCheckinRequest, LookupRequest, ReplacePassRequest};
use warp::reply::Response;

use super::guard::{Credentials, DESK};
use super::{audit, private_json};
use crate::http::App;
use crate::http::citizens::register_at;
use crate::http::error::ApiError;
use crate::http::query;
use crate::http::writes::{Posted, now, submit, today};
use crate::ledger::Write;
use crate::secrets::sha256;
use crate::store::{Arrival, ServiceRecord, short_code};

pub async fn today_list(
    app: App,
    credentials: Credentials,
    code: String,
) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    staff.require(DESK)?;
    let (centre, _) = staff.centre(&app, &code)?;
    let date = today()?;
    let store = app.store.clone();
    let list = tokio::task::spawn_blocking(move || store.today(&centre.code, date)).await??;
    Ok(private_json(&list))
}

pub async fn services_list(
    app: App,
    credentials: Credentials,
    code: String,
    raw: String,
) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    staff.require(DESK)?;
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
    Ok(private_json(&serde_json::json!({ "services": list })))
}

/// The citizen behind a pass (its QR, or the short code read aloud), if they signed up
/// at or came to this centre. A POST: the pass is a credential and stays out of URLs
/// and logs.
pub async fn lookup(
    app: App,
    credentials: Credentials,
    posted: Posted,
) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    staff.require(DESK)?;
    let request: LookupRequest = posted.json()?;
    let (centre, _) = staff.centre(&app, &request.centre)?;
    let hash = pass_hash(&app, &request.pass).await?;
    let date = today()?;
    let store = app.store.clone();
    audit(
        &staff.account,
        "looked up a pass",
        Some(centre.code.as_str()),
    );
    let card = tokio::task::spawn_blocking(move || store.citizen_card(&hash, &centre.code, date))
        .await??
        .ok_or_else(not_found)?;
    Ok(private_json(&card))
}

pub async fn record_service(
    app: App,
    credentials: Credentials,
    posted: Posted,
) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
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
    audit(
        &staff.account,
        "recorded a service",
        Some(centre.code.as_str()),
    );
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
    let staff = credentials.staff(&app).await?;
    staff.require(DESK)?;
    let request: RegistrationRequest = posted.json()?;
    let found = staff.centre(&app, &request.centre)?;
    audit(
        &staff.account,
        "signed a citizen up",
        Some(found.0.code.as_str()),
    );
    let desk = Some(staff.email().to_owned());
    register_at(app, request, found, RegisteredBy::Facilitator, desk).await
}

pub async fn replace_pass(
    app: App,
    credentials: Credentials,
    posted: Posted,
) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    staff.require(DESK)?;
    let request: ReplacePassRequest = posted.json()?;
    let (centre, _) = staff.centre(&app, &request.centre)?;
    audit(
        &staff.account,
        "replaced a pass",
        Some(centre.code.as_str()),
    );
    let write = Write::ReplacePass {
        pass_code: request.pass_code.clone(),
        centre: centre.code,
    };
    submit(&app, request.submission_id, &request, write).await
}

fn not_found() -> ApiError {
    ApiError::NotFound("no citizen of this centre has this pass".into())
}

/// The hash of the pass staff read: the QR's content (the pass, or a link ending
/// with it), or the short code typed from under it.
pub(crate) async fn pass_hash(app: &App, given: &str) -> Result<[u8; 32], ApiError> {
    let given = given.trim();
    if let Ok(token) = PassToken::from_qr(given) {
        return Ok(sha256(token.as_str().as_bytes()));
    }
    let code = short_code(given).ok_or_else(|| {
        ponte_domain::Invalid::new("pass", "type the 8 letters and digits under the QR")
    })?;
    let store = app.store.clone();
    let hashes = tokio::task::spawn_blocking(move || store.passes_with_code(&code)).await??;
    match hashes.as_slice() {
        [] => Err(not_found()),
        [h] => <[u8; 32]>::try_from(h.as_slice()).map_err(|_| not_found()),
        _ => Err(ponte_domain::Invalid::new(
            "pass",
            "more than one pass has this code: scan the QR instead",
        )
        .into()),
    }
}

/// A citizen's arrival now at a centre's main site, by a pass someone else read (the
/// desk's scanner, the kiosk's camera) or its code typed: the desk and the kiosk check
/// in the same way.
pub(crate) async fn arrival(
    app: &App,
    pass: &str,
    needs: &ponte_domain::checkin::Needs,
) -> Result<Arrival, ApiError> {
    let pass_hash = pass_hash(app, pass).await?;
    let at = now();
    let needs = ponte_domain::checkin::Needs {
        public_services: ponte_domain::codelists::pick(
            "needs.public_services",
            ponte_domain::codelists::PUBLIC_SERVICE,
            &needs.public_services,
        )?,
        competences: ponte_domain::codelists::pick(
            "needs.competences",
            ponte_domain::codelists::COMPETENCE,
            &needs.competences,
        )?,
    };
    Ok(Arrival {
        pass_hash,
        at,
        date: today()?,
        needs,
        site: 1,
        privacy: None,
        received: at,
    })
}

/// A citizen checked in at the desk, by the pass staff scanned or typed: for those
/// without a phone (a printed card) or whose phone cannot. The same visit as the
/// phone's, one per citizen, centre and day.
pub async fn check_in(
    app: App,
    credentials: Credentials,
    posted: Posted,
) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    staff.require(DESK)?;
    let request: DeskCheckinRequest = posted.json()?;
    let (centre, programme) = staff.centre(&app, &request.centre)?;
    let checkin = arrival(&app, &request.pass, &request.needs).await?;
    audit(
        &staff.account,
        "checked a citizen in",
        Some(centre.code.as_str()),
    );
    let write = Write::CheckIn {
        checkin,
        centre: centre.code,
        programme: Box::new(programme),
    };
    submit(&app, request.submission_id, &request, write).await
}
