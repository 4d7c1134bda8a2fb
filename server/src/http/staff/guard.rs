//! The one place where a staff request is let in: its session cookie is checked, its
//! scope compared with the centre or programme it asks about, and a write's `Origin`
//! with this server's. Handlers get a [`Staff`] only from here.

use std::net::SocketAddr;

use ponte_domain::staff::{Role, Scope};
use ponte_domain::{Centre, Programme, ProgrammeId};
use warp::Filter;
use warp::filters::BoxedFilter;

use crate::http::error::ApiError;
use crate::http::writes::now;
use crate::http::{App, find_centre};
use crate::secrets::sha256;
use crate::store::staff::AccountRecord;

pub const COOKIE: &str = "ponte_staff";

/// Who works at a desk, with citizens in front of them: facilitators and their
/// coordinators. The region and the instance's admins read counts, not citizens.
pub const DESK: &[Role] = &[Role::Coordinator, Role::Facilitator];
/// A session ends after this long without use.
pub const IDLE_SECONDS: i64 = 12 * 3600;

/// What a staff request brings: its cookie, where it comes from, and the host it was
/// sent to.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub token: Option<String>,
    pub origin: Option<String>,
    pub host: Option<String>,
    pub addr: Option<SocketAddr>,
}

pub fn credentials() -> BoxedFilter<(Credentials,)> {
    warp::cookie::optional::<String>(COOKIE)
        .and(warp::header::optional::<String>("origin"))
        .and(warp::header::optional::<String>("host"))
        .and(warp::addr::remote())
        .map(|token, origin, host, addr| Credentials {
            token,
            origin,
            host,
            addr,
        })
        .boxed()
}

/// A signed-in staff member.
#[derive(Debug, Clone)]
pub struct Staff {
    pub account: AccountRecord,
}

impl Credentials {
    /// The session's staff member, or 401.
    pub async fn staff(&self, app: &App) -> Result<Staff, ApiError> {
        let token = self
            .token
            .as_deref()
            .filter(|t| t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(signed_out)?;
        let hash = sha256(token.as_bytes());
        let store = app.store.clone();
        let account =
            tokio::task::spawn_blocking(move || store.session(&hash, now(), IDLE_SECONDS))
                .await??
                .ok_or_else(signed_out)?;
        Ok(Staff { account })
    }

    /// As [`Credentials::staff`], for a write: it must come from this server's own
    /// pages (a foreign `Origin` is refused), so another site cannot make a signed-in
    /// browser write.
    pub async fn staff_write(&self, app: &App) -> Result<Staff, ApiError> {
        self.same_origin(app)?;
        self.staff(app).await
    }

    /// 403 if the request names an `Origin` other than this server's (its public URL
    /// or the host it was sent to). Browsers send `Origin` with every POST and DELETE.
    pub fn same_origin(&self, app: &App) -> Result<(), ApiError> {
        let Some(origin) = self.origin.as_deref() else {
            return Ok(());
        };
        let origin = origin.trim_end_matches('/');
        let public = app.public_url.trim_end_matches('/');
        // The host it was sent to, with this server's own scheme: a plain-http page
        // on the same host is another origin when Ponte is served over https.
        let scheme = if public.starts_with("https://") {
            "https://"
        } else {
            "http://"
        };
        let host_matches = self
            .host
            .as_deref()
            .is_some_and(|h| origin.strip_prefix(scheme) == Some(h));
        if origin == public || host_matches {
            Ok(())
        } else {
            Err(ApiError::Forbidden(
                "staff changes are taken only from Ponte's own pages".into(),
            ))
        }
    }
}

fn signed_out() -> ApiError {
    ApiError::Unauthorized("sign in to use the staff pages".into())
}

impl Staff {
    pub fn scope(&self) -> &Scope {
        &self.account.scope
    }

    pub fn email(&self) -> &str {
        self.account.email.as_str()
    }

    /// The centre `code`, if this account's scope holds it: 404 for a code that does
    /// not exist, 403 for one outside the scope.
    pub fn centre(&self, app: &App, code: &str) -> Result<(Centre, Programme), ApiError> {
        let (centre, programme) = find_centre(app, code)?;
        if self.scope().holds_centre(&centre.code, &programme.id) {
            Ok((centre, programme))
        } else {
            Err(outside())
        }
    }

    /// The programme `id`, if this account's scope holds all of it.
    pub fn programme(&self, app: &App, id: &str) -> Result<Programme, ApiError> {
        let programme = ProgrammeId::parse(id)
            .ok()
            .and_then(|id| app.store.reference().programme(&id).cloned())
            .ok_or_else(|| ApiError::NotFound("there is no such programme".into()))?;
        if self.scope().holds_programme(&programme.id) {
            Ok(programme)
        } else {
            Err(outside())
        }
    }

    /// 403 unless the role is one of `roles`.
    pub fn require(&self, roles: &[Role]) -> Result<(), ApiError> {
        if roles.contains(&self.scope().role) {
            Ok(())
        } else {
            Err(ApiError::Forbidden(format!(
                "a {} account cannot do this",
                self.scope().role.as_str()
            )))
        }
    }
}

fn outside() -> ApiError {
    ApiError::Forbidden("this is outside the centres your account works for".into())
}
