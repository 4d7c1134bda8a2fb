//! The one place where a staff request is let in: its session cookie is checked and its
//! scope compared with the centre or programme it asks about (a write's `Origin` was
//! checked for every route by `http::boundary`). Handlers get a [`Staff`] only from
//! here.

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

/// What a staff request brings: its cookie and where it comes from.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub token: Option<String>,
    pub addr: Option<SocketAddr>,
}

pub fn credentials() -> BoxedFilter<(Credentials,)> {
    warp::cookie::optional::<String>(COOKIE)
        .and(crate::http::client::addr())
        .map(|token, addr| Credentials { token, addr })
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
