//! `/api/v1/session`: signing in and out, and who is signed in.

use ponte_domain::staff::{Email, LoginRequest, SessionInfo};
use warp::http::{HeaderValue, StatusCode, header};
use warp::reply::Response;

use super::guard::{COOKIE, Credentials, IDLE_SECONDS, Staff};
use crate::http::App;
use crate::http::error::ApiError;
use crate::http::writes::{Posted, now};
use crate::secrets::{random_bytes, sha256};
use crate::staff::password;

pub async fn sign_in(
    app: App,
    credentials: Credentials,
    posted: Posted,
) -> Result<Response, ApiError> {
    let request: LoginRequest = posted.json()?;
    let wrong = || ApiError::Unauthorized("the e-mail or the password is not right".into());
    // One answer for every failure: an unknown or malformed e-mail looks like a wrong
    // password, and costs as long.
    let email = Email::parse(&request.email).ok();
    let key = email
        .as_ref()
        .map_or_else(|| request.email.trim().to_lowercase(), |e| e.to_string());
    let ip = credentials.addr.map(|a| a.ip());
    let attempt = app
        .login_throttle
        .attempt(&key, ip, now())
        .map_err(ApiError::TooManyRequests)?;
    // Argon2id takes 19 MiB and tens of milliseconds: a few at a time, so a burst of
    // sign-ins cannot take the memory or the blocking threads of everything else.
    let _slot = app
        .login_slots
        .clone()
        .try_acquire_owned()
        .map_err(|_| ApiError::TooManyRequests(1))?;
    let store = app.store.clone();
    let account = match &email {
        Some(e) => {
            let e = e.clone();
            tokio::task::spawn_blocking(move || store.account(e.as_str())).await??
        }
        None => None,
    };
    let password = request.password;
    // A disabled account is checked as long as any other, so timing does not tell.
    let account = tokio::task::spawn_blocking(move || match account {
        Some(a) => (password::verify(&password, &a.password) && !a.disabled).then_some(a),
        None => {
            password::verify_nobody(&password);
            None
        }
    })
    .await?;
    let Some(account) = account else {
        return Err(wrong());
    };
    app.login_throttle.succeeded(attempt);
    let token = hex::encode(random_bytes::<32>().map_err(|e| ApiError::Internal(e.into()))?);
    let hash = sha256(token.as_bytes());
    let store = app.store.clone();
    let email = account.email.clone();
    tokio::task::spawn_blocking(move || store.start_session(&hash, &email, now(), IDLE_SECONDS))
        .await??;
    super::audit(&account, "signed in", None);
    let mut res = info_response(&app, &Staff { account })?;
    set_cookie(&mut res, &app, &token, false);
    Ok(res)
}

pub async fn who(app: App, credentials: Credentials) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    info_response(&app, &staff)
}

pub async fn sign_out(app: App, credentials: Credentials) -> Result<Response, ApiError> {
    // Only a token of the right shape is looked up, and only one that exists costs a
    // write: signing out with made-up cookies must not be a way to load the disk.
    if let Some(token) = credentials
        .token
        .as_deref()
        .filter(|t| t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()))
    {
        let hash = sha256(token.as_bytes());
        let store = app.store.clone();
        tokio::task::spawn_blocking(move || store.end_session(&hash)).await??;
    }
    let mut res = Response::new(Default::default());
    *res.status_mut() = StatusCode::NO_CONTENT;
    set_cookie(&mut res, &app, "", true);
    Ok(res)
}

fn info_response(app: &App, staff: &Staff) -> Result<Response, ApiError> {
    let scope = staff.scope();
    // Coordinators and facilitators belong to their centres' programme.
    let programme = scope.programme.clone().or_else(|| {
        let reference = app.store.reference();
        scope
            .centres
            .iter()
            .find_map(|c| reference.centre(c).map(|c| c.programme.clone()))
    });
    let info = SessionInfo {
        email: staff.email().to_owned(),
        role: scope.role,
        programme,
        centres: scope.centres.clone(),
    };
    let mut res = warp::reply::json(&info).into_response();
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    Ok(res)
}

/// The session cookie: only for this server's requests (`SameSite=Strict`), never for
/// scripts (`HttpOnly`), only over TLS when Ponte is served over TLS.
fn set_cookie(res: &mut Response, app: &App, token: &str, clear: bool) {
    let secure = app.cookie_secure_attr();
    let age = if clear { "; Max-Age=0" } else { "" };
    let cookie = format!("{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict{secure}{age}");
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
}

use warp::Reply;
