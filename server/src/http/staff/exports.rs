//! The national upload file from the console, for those who report: a region (or an
//! admin) for its whole programme, a coordinator for its own centres. What the month
//! holds (`GET …/national?month=`, no personal data), each file to download
//! (`GET …/national.csv?month=&part=`, logged with its SHA-256, the codice fiscale
//! opened only for it) and the log of every file made (`GET …/exports`).

use ponte_domain::CentreCode;
use ponte_domain::staff::Role;
use warp::reply::Response;

use super::guard::{Credentials, Staff};
use super::{audit, private_json};
use crate::export::national::{self, ExportError, MAX_ROWS, National};

use crate::http::App;
use crate::http::error::ApiError;
use crate::http::query;
use crate::http::writes::{now, today};
use crate::store::ExportRecord;

/// Whose services the caller reports: `None` the whole programme, else its centres. An
/// admin sees what a month holds and the log, never the citizens (`identities`).
fn reach(
    staff: &Staff,
    app: &App,
    id: &str,
    identities: bool,
) -> Result<(ponte_domain::Programme, Option<Vec<CentreCode>>), ApiError> {
    let scope = staff.scope();
    match scope.role {
        Role::Admin if identities => Err(ApiError::Forbidden(
            "the file with citizens' data is made by the region or the coordinator".into(),
        )),
        Role::Admin | Role::Region => Ok((staff.programme(app, id)?, None)),
        Role::Coordinator => {
            let programme = ponte_domain::ProgrammeId::parse(id)
                .ok()
                .and_then(|id| app.store.reference().programme(&id).cloned())
                .ok_or_else(|| ApiError::NotFound("there is no such programme".into()))?;
            let reference = app.store.reference();
            let mine: Vec<CentreCode> = scope
                .centres
                .iter()
                .filter(|c| {
                    reference
                        .centre(c)
                        .is_some_and(|c| c.programme == programme.id)
                })
                .cloned()
                .collect();
            if mine.is_empty() {
                return Err(ApiError::Forbidden(
                    "none of your centres is in this programme".into(),
                ));
            }
            Ok((programme, Some(mine)))
        }
        Role::Facilitator => Err(ApiError::Forbidden(
            "the national file is made by the coordinator or the region".into(),
        )),
    }
}

fn month_or_last(month: &Option<String>) -> Result<String, ApiError> {
    match query::given(month) {
        Some(m) => {
            national::month_days(m)
                .map_err(|e| ponte_domain::Invalid::new("month", e.to_string()))?;
            Ok(m.to_owned())
        }
        // The month just ended: the one a region uploads.
        None => {
            let t = today()?;
            let (y, m) = match t.month() {
                1 => (t.year() - 1, 12),
                m => (t.year(), m - 1),
            };
            Ok(format!("{y:04}-{m:02}"))
        }
    }
}

/// One month built at a time, whoever asks: each reads a whole month.
static BUILDING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(1);

async fn build(
    app: &App,
    programme: &ponte_domain::Programme,
    centres: Option<Vec<CentreCode>>,
    month: String,
    open: national::Open,
) -> Result<National, ApiError> {
    let _turn = BUILDING
        .acquire()
        .await
        .map_err(|e| ApiError::Internal(e.into()))?;
    let (store, secrets, id) = (app.store.clone(), app.secrets.clone(), programme.id.clone());
    tokio::task::spawn_blocking(move || {
        national::build(
            &store,
            &secrets,
            &id,
            centres.as_deref(),
            &month,
            MAX_ROWS,
            open,
        )
    })
    .await?
    .map_err(|e| match e {
        ExportError::Store(e) => ApiError::from(e),
        other => ApiError::Internal(other.into()),
    })
}

/// What the month's file holds: its parts with their rows, the services, the citizens
/// left out. Nothing personal.
pub async fn summary(
    app: App,
    credentials: Credentials,
    id: String,
    raw: String,
) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    let (programme, centres) = reach(&staff, &app, &id, false)?;
    let q: query::National = query::parse(&raw, query::National::NAMES)?;
    let month = month_or_last(&q.month)?;
    let made = build(&app, &programme, centres, month, national::Open::CountsOnly).await?;
    Ok(private_json(&serde_json::json!({
        "programme": made.programme,
        "month": made.month,
        "services": made.services,
        "rows": made.rows,
        "left_out": made.left_out,
        "names_purged": made.names_purged,
        "flagged": made.flagged,
        "services_left_out": made.services_left_out,
        "parts": made.files.iter().enumerate().map(|(i, (f, _))| serde_json::json!({
            "part": i + 1, "name": f.name, "rows": f.rows,
        })).collect::<Vec<_>>(),
    })))
}

/// One file of the month, as the platform takes it; logged.
pub async fn file(
    app: App,
    credentials: Credentials,
    id: String,
    raw: String,
) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    let (programme, centres) = reach(&staff, &app, &id, true)?;
    let q: query::National = query::parse(&raw, query::National::NAMES)?;
    let month = month_or_last(&q.month)?;
    let part: usize = match query::given(&q.part) {
        None => 1,
        Some(p) => p
            .parse()
            .ok()
            .filter(|p| *p >= 1)
            .ok_or_else(|| ponte_domain::Invalid::new("part", "a file number, from 1"))?,
    };
    let made = build(
        &app,
        &programme,
        centres.clone(),
        month,
        national::Open::Identities,
    )
    .await?;
    let rows = made.written.get(part - 1).cloned().unwrap_or_default();
    let Some((file, bytes)) = made.files.get(part - 1) else {
        return Err(ApiError::NotFound(format!(
            "this month has {} file(s)",
            made.files.len()
        )));
    };
    let record = ExportRecord {
        by: staff.email().to_owned(),
        at: now(),
        programme: made.programme.clone(),
        month: made.month.clone(),
        services: made.services,
        rows: file.rows,
        left_out: made.left_out,
        names_purged: made.names_purged,
        centres: centres
            .unwrap_or_default()
            .iter()
            .map(|c| c.to_string())
            .collect(),
        files: vec![file.clone()],
    };
    let store = app.store.clone();
    tokio::task::spawn_blocking(move || store.log_export(&record, &rows)).await??;
    audit(&staff.account, "downloaded a national file", None);
    Ok(super::private_download(
        bytes.clone(),
        super::CSV,
        &file.name,
    ))
}

/// Every national file made for the programme, newest first (who, when, month, rows,
/// SHA-256): for audits.
pub async fn log(app: App, credentials: Credentials, id: String) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    let (programme, centres) = reach(&staff, &app, &id, false)?;
    let store = app.store.clone();
    let pid = programme.id.to_string();
    let mut list = tokio::task::spawn_blocking(move || store.exports(&pid)).await??;
    // A coordinator sees its own downloads, not the region's or another ente's.
    if centres.is_some() {
        list.retain(|(_, r)| r.by == staff.email());
    }
    Ok(private_json(&serde_json::json!({
        "exports": list.into_iter().map(|(id, r)| serde_json::json!({"id": id, "export": r})).collect::<Vec<_>>()
    })))
}

/// The month's report per centre (CSV or XLSX): the same counters as the dashboard,
/// nothing personal; for whoever reports, admins included.
pub async fn report(
    app: App,
    credentials: Credentials,
    id: String,
    raw: String,
    xlsx: bool,
) -> Result<Response, ApiError> {
    use crate::export::report;
    let staff = credentials.staff(&app).await?;
    let (programme, centres) = reach(&staff, &app, &id, false)?;
    let q: query::Month = query::parse(&raw, query::Month::NAMES)?;
    let month = month_or_last(&q.month)?;
    let centres: Vec<CentreCode> = match centres {
        Some(mine) => mine,
        None => app
            .store
            .reference()
            .centres_of(programme.id.as_str())
            .map(|c| c.code.clone())
            .collect(),
    };
    let store = app.store.clone();
    let m = month.clone();
    let bytes = tokio::task::spawn_blocking(move || {
        let made = report::build(&store, &centres, &m)?;
        if xlsx {
            report::xlsx(&made)
        } else {
            report::csv(&made)
        }
    })
    .await?
    .map_err(|e| match e {
        report::ReportError::Store(e) => ApiError::from(e),
        other => ApiError::Internal(other.into()),
    })?;
    let (kind, ext) = if xlsx {
        (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xlsx",
        )
    } else {
        (super::CSV, "csv")
    };
    Ok(super::private_download(
        bytes,
        kind,
        &format!("{}-{month}-rapporto.{ext}", programme.id),
    ))
}
