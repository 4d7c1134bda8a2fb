//! The staff API: sessions, accounts and a centre's desk. Every handler here gets its
//! staff member from [`guard`], which checks the session, the scope and the origin.

pub(in crate::http) mod accounts;
mod dashboard;
pub(in crate::http) mod desk;
pub(in crate::http) mod events;
mod exports;
pub mod guard;
mod kiosks;
mod progress;
mod reports;
mod rights;
mod session;

use warp::Filter;
use warp::filters::BoxedFilter;
use warp::reply::Response;

use super::error::respond;
use super::reports::raw_query;
use super::writes::{Posted, posted};
use super::{App, get_or_head};
use guard::{Credentials, credentials};

/// Every staff endpoint, as `(method, path)`: the authorisation-matrix test fails on
/// one it has no row for.
pub const ENDPOINTS: &[(&str, &str)] = &[
    ("GET", "/api/v1/session"),
    ("DELETE", "/api/v1/session"),
    ("GET", "/api/v1/staff/users"),
    ("POST", "/api/v1/staff/users"),
    ("POST", "/api/v1/staff/users/disable"),
    ("GET", "/api/v1/centres/{code}/today"),
    ("GET", "/api/v1/centres/{code}/services"),
    ("POST", "/api/v1/staff/lookup"),
    ("POST", "/api/v1/staff/checkins"),
    ("POST", "/api/v1/services"),
    ("POST", "/api/v1/staff/registrations"),
    ("POST", "/api/v1/staff/passes/replace"),
    ("POST", "/api/v1/events"),
    ("GET", "/api/v1/centres/{code}/events"),
    ("GET", "/api/v1/events/{id}/qr.svg"),
    ("GET", "/api/v1/events/{id}/attendance"),
    ("POST", "/api/v1/events/{id}/close"),
    ("POST", "/api/v1/events/{id}/attendees"),
    ("POST", "/api/v1/events/{id}/promote"),
    ("GET", "/api/v1/events/{id}/attendance.csv"),
    ("POST", "/api/v1/kiosks/pairings"),
    ("GET", "/api/v1/centres/{code}/kiosks"),
    ("POST", "/api/v1/kiosks/{id}/revoke"),
    ("GET", "/api/v1/centres/{code}/kiosk-settings"),
    ("POST", "/api/v1/centres/{code}/kiosk-settings"),
    ("GET", "/api/v1/programmes/{id}/progress"),
    ("GET", "/api/v1/programmes/{id}/dashboard"),
    ("POST", "/api/v1/programmes/{id}/shares"),
    ("GET", "/api/v1/programmes/{id}/national"),
    ("GET", "/api/v1/programmes/{id}/national.csv"),
    ("GET", "/api/v1/programmes/{id}/exports"),
    ("GET", "/api/v1/programmes/{id}/report.csv"),
    ("GET", "/api/v1/programmes/{id}/report.xlsx"),
    ("GET", "/api/v1/staff/reports"),
    ("POST", "/api/v1/staff/reports/{id}/review"),
    ("POST", "/api/v1/citizens/lookup"),
    ("GET", "/api/v1/citizens/rights-log"),
    ("GET", "/api/v1/citizens/{id}/export"),
    ("DELETE", "/api/v1/citizens/{id}"),
];

pub fn routes(app: App) -> BoxedFilter<(Response,)> {
    let with_app = warp::any().map(move || app.clone());
    let base = with_app.and(credentials());

    let sign_in = warp::path!("api" / "v1" / "session")
        .and(base.clone())
        .and(posted())
        .then(|app, c: Credentials, p: Posted| async move {
            respond(session::sign_in(app, c, p).await)
        });
    let who = warp::path!("api" / "v1" / "session")
        .and(get_or_head())
        .and(base.clone())
        .then(|app, c| async move { respond(session::who(app, c).await) });
    let sign_out = warp::path!("api" / "v1" / "session")
        .and(warp::delete())
        .and(base.clone())
        .then(|app, c| async move { respond(session::sign_out(app, c).await) });

    let users = warp::path!("api" / "v1" / "staff" / "users")
        .and(get_or_head())
        .and(base.clone())
        .then(|app, c| async move { respond(accounts::list(app, c).await) });
    let add_user = warp::path!("api" / "v1" / "staff" / "users")
        .and(base.clone())
        .and(posted())
        .then(|app, c, p| async move { respond(accounts::add(app, c, p).await) });
    let disable_user = warp::path!("api" / "v1" / "staff" / "users" / "disable")
        .and(base.clone())
        .and(posted())
        .then(|app, c, p| async move { respond(accounts::disable(app, c, p).await) });

    let today = warp::path!("api" / "v1" / "centres" / String / "today")
        .and(get_or_head())
        .and(base.clone())
        .then(|code, app, c| async move { respond(desk::today_list(app, c, code).await) });
    let services = warp::path!("api" / "v1" / "centres" / String / "services")
        .and(get_or_head())
        .and(base.clone())
        .and(raw_query())
        .then(|code, app, c, q| async move { respond(desk::services_list(app, c, code, q).await) });
    let lookup = warp::path!("api" / "v1" / "staff" / "lookup")
        .and(base.clone())
        .and(posted())
        .then(|app, c, p| async move { respond(desk::lookup(app, c, p).await) });
    let desk_checkin = warp::path!("api" / "v1" / "staff" / "checkins")
        .and(base.clone())
        .and(posted())
        .then(|app, c, p| async move { respond(desk::check_in(app, c, p).await) });
    let record = warp::path!("api" / "v1" / "services")
        .and(base.clone())
        .and(posted())
        .then(|app, c, p| async move { respond(desk::record_service(app, c, p).await) });
    let register = warp::path!("api" / "v1" / "staff" / "registrations")
        .and(base.clone())
        .and(posted())
        .then(|app, c, p| async move { respond(desk::register(app, c, p).await) });
    let new_event = warp::path!("api" / "v1" / "events")
        .and(base.clone())
        .and(posted())
        .then(|app, c, p| async move { respond(events::create(app, c, p).await) });
    let centre_events = warp::path!("api" / "v1" / "centres" / String / "events")
        .and(get_or_head())
        .and(base.clone())
        .then(|code, app, c| async move { respond(events::list(app, c, code).await) });
    let event_qr = warp::path!("api" / "v1" / "events" / u64 / "qr.svg")
        .and(get_or_head())
        .and(base.clone())
        .then(|id, app, c| async move { respond(events::qr(app, c, id).await) });
    let event_people = warp::path!("api" / "v1" / "events" / u64 / "attendance")
        .and(get_or_head())
        .and(base.clone())
        .then(|id, app, c| async move { respond(events::attendance(app, c, id).await) });
    let close_event = warp::path!("api" / "v1" / "events" / u64 / "close")
        .and(base.clone())
        .and(posted())
        .then(|id, app, c, p| async move { respond(events::close(app, c, id, p).await) });
    let add_attendee = warp::path!("api" / "v1" / "events" / u64 / "attendees")
        .and(base.clone())
        .and(posted())
        .then(|id, app, c, p| async move { respond(events::add_attendee(app, c, id, p).await) });
    let promote = warp::path!("api" / "v1" / "events" / u64 / "promote")
        .and(base.clone())
        .and(posted())
        .then(|id, app, c, p| async move { respond(events::promote(app, c, id, p).await) });
    let attendance_csv = warp::path!("api" / "v1" / "events" / u64 / "attendance.csv")
        .and(get_or_head())
        .and(base.clone())
        .then(|id, app, c| async move { respond(events::attendance_csv(app, c, id).await) });
    let citizen_lookup = warp::path!("api" / "v1" / "citizens" / "lookup")
        .and(base.clone())
        .and(posted())
        .then(|app, c, p| async move { respond(rights::lookup(app, c, p).await) });
    let rights_log = warp::path!("api" / "v1" / "citizens" / "rights-log")
        .and(get_or_head())
        .and(base.clone())
        .then(|app, c| async move { respond(rights::log(app, c).await) });
    let citizen_export = warp::path!("api" / "v1" / "citizens" / u64 / "export")
        .and(get_or_head())
        .and(base.clone())
        .then(|id, app, c| async move { respond(rights::export(app, c, id).await) });
    let citizen_erase = warp::path!("api" / "v1" / "citizens" / u64)
        .and(warp::delete())
        .and(base.clone())
        .then(|id, app, c| async move { respond(rights::erase(app, c, id).await) });
    let pairing = warp::path!("api" / "v1" / "kiosks" / "pairings")
        .and(base.clone())
        .and(posted())
        .then(|app, c, p| async move { respond(kiosks::offer(app, c, p).await) });
    let centre_kiosks = warp::path!("api" / "v1" / "centres" / String / "kiosks")
        .and(get_or_head())
        .and(base.clone())
        .then(|code, app, c| async move { respond(kiosks::list(app, c, code).await) });
    let revoke_kiosk = warp::path!("api" / "v1" / "kiosks" / u64 / "revoke")
        .and(warp::post())
        .and(base.clone())
        .then(|id, app, c| async move { respond(kiosks::revoke(app, c, id).await) });
    let kiosk_settings = warp::path!("api" / "v1" / "centres" / String / "kiosk-settings")
        .and(get_or_head())
        .and(base.clone())
        .then(|code, app, c| async move { respond(kiosks::settings(app, c, code).await) });
    let set_kiosk_settings = warp::path!("api" / "v1" / "centres" / String / "kiosk-settings")
        .and(base.clone())
        .and(posted())
        .then(
            |code, app, c, p| async move { respond(kiosks::set_settings(app, c, code, p).await) },
        );
    let progress = warp::path!("api" / "v1" / "programmes" / String / "progress")
        .and(get_or_head())
        .and(base.clone())
        .and(raw_query())
        .then(|id, app, c, q| async move { respond(progress::progress(app, c, id, q).await) });
    let dashboard = warp::path!("api" / "v1" / "programmes" / String / "dashboard")
        .and(get_or_head())
        .and(base.clone())
        .and(raw_query())
        .then(|id, app, c, q| async move { respond(dashboard::dashboard(app, c, id, q).await) });
    let shares = warp::path!("api" / "v1" / "programmes" / String / "shares")
        .and(base.clone())
        .and(posted())
        .then(|id, app, c, p| async move { respond(progress::set_share(app, c, id, p).await) });
    let national = warp::path!("api" / "v1" / "programmes" / String / "national")
        .and(get_or_head())
        .and(base.clone())
        .and(raw_query())
        .then(|id, app, c, q| async move { respond(exports::summary(app, c, id, q).await) });
    // GET only: a HEAD would be logged as a download.
    let national_csv = warp::path!("api" / "v1" / "programmes" / String / "national.csv")
        .and(warp::get())
        .and(base.clone())
        .and(raw_query())
        .then(|id, app, c, q| async move { respond(exports::file(app, c, id, q).await) });
    let exports_log = warp::path!("api" / "v1" / "programmes" / String / "exports")
        .and(get_or_head())
        .and(base.clone())
        .then(|id, app, c| async move { respond(exports::log(app, c, id).await) });
    let report_csv = warp::path!("api" / "v1" / "programmes" / String / "report.csv")
        .and(get_or_head())
        .and(base.clone())
        .and(raw_query())
        .then(|id, app, c, q| async move { respond(exports::report(app, c, id, q, false).await) });
    let report_xlsx = warp::path!("api" / "v1" / "programmes" / String / "report.xlsx")
        .and(get_or_head())
        .and(base.clone())
        .and(raw_query())
        .then(|id, app, c, q| async move { respond(exports::report(app, c, id, q, true).await) });
    let reports = warp::path!("api" / "v1" / "staff" / "reports")
        .and(get_or_head())
        .and(base.clone())
        .and(raw_query())
        .then(|app, c, q| async move { respond(reports::list(app, c, q).await) });
    let review = warp::path!("api" / "v1" / "staff" / "reports" / u64 / "review")
        .and(base.clone())
        .and(posted())
        .then(|id, app, c, p| async move { respond(reports::review(app, c, id, p).await) });
    let replace = warp::path!("api" / "v1" / "staff" / "passes" / "replace")
        .and(base)
        .and(posted())
        .then(|app, c, p| async move { respond(desk::replace_pass(app, c, p).await) });

    // Each route boxed and folded one at a time: a long chain of `or`s makes a type
    // so deep that the compiler takes minutes over it.
    [
        sign_in.boxed(),
        who.boxed(),
        sign_out.boxed(),
        users.boxed(),
        add_user.boxed(),
        disable_user.boxed(),
        today.boxed(),
        services.boxed(),
        lookup.boxed(),
        desk_checkin.boxed(),
        record.boxed(),
        register.boxed(),
        replace.boxed(),
        new_event.boxed(),
        centre_events.boxed(),
        event_qr.boxed(),
        event_people.boxed(),
        close_event.boxed(),
        add_attendee.boxed(),
        promote.boxed(),
        attendance_csv.boxed(),
        pairing.boxed(),
        centre_kiosks.boxed(),
        revoke_kiosk.boxed(),
        kiosk_settings.boxed(),
        set_kiosk_settings.boxed(),
        progress.boxed(),
        dashboard.boxed(),
        shares.boxed(),
        national.boxed(),
        national_csv.boxed(),
        exports_log.boxed(),
        report_csv.boxed(),
        citizen_lookup.boxed(),
        rights_log.boxed(),
        citizen_export.boxed(),
        citizen_erase.boxed(),
        report_xlsx.boxed(),
        reports.boxed(),
        review.boxed(),
    ]
    .into_iter()
    .reduce(|a, b| a.or(b).unify().boxed())
    .expect("staff routes")
}

/// A line of the audit log: which account (a short pseudonym, the same in every line),
/// did what, at which centre. Never a citizen's data: who was looked up or signed up
/// is not in it, only that someone was.
pub(crate) fn audit(
    account: &crate::store::staff::AccountRecord,
    action: &str,
    centre: Option<&str>,
) {
    let who = hex::encode(&crate::secrets::sha256(account.email.as_str().as_bytes())[..6]);
    let at = centre.map(|c| format!(" at {c}")).unwrap_or_default();
    log::info!(target: "ponte::audit", "staff {who} ({}) {action}{at}", account.scope.role.as_str());
}

/// A file for staff to save (a list of attendees, a national file, a report): no cache
/// keeps it, and the browser offers it under `filename`.
pub(crate) fn private_download(
    body: Vec<u8>,
    content_type: &'static str,
    filename: &str,
) -> Response {
    use warp::http::{HeaderValue, header};
    let mut res = Response::new(body.into());
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    res
}

/// CSV as the downloads send it.
pub(crate) const CSV: &str = "text/csv; charset=utf-8";

/// A staff reply: JSON that no cache (a shared tablet's disk included) keeps.
pub(crate) fn private_json(value: &impl serde::Serialize) -> Response {
    use warp::Reply;
    let mut res = warp::reply::json(value).into_response();
    res.headers_mut().insert(
        warp::http::header::CACHE_CONTROL,
        warp::http::HeaderValue::from_static("private, no-store"),
    );
    res
}
