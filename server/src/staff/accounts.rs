//! Making staff accounts: the one way the command line and the app both do it.

use ponte_domain::staff::{Email, Scope, check_password};

use super::password::{self, PasswordError};
use crate::store::staff::{AccountExists, AccountRecord};
use crate::store::{Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("{0}")]
    Invalid(#[from] ponte_domain::Invalid),
    #[error("there is already an account for {0}")]
    Exists(Email),
    #[error("no centre has the code {0}")]
    NoSuchCentre(String),
    #[error("there is no programme {0}")]
    NoSuchProgramme(String),
    #[error(transparent)]
    Password(#[from] PasswordError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Creates an account with `password`, or with one made up here. Returns the record
/// and the made-up password (shown once, never kept in clear).
pub fn create(
    store: &Store,
    email: Email,
    scope: Scope,
    password: Option<String>,
    created_by: &str,
    now: i64,
) -> Result<(AccountRecord, Option<String>), AccountError> {
    let reference = store.reference();
    if let Some(p) = &scope.programme
        && reference.programme(p).is_none()
    {
        return Err(AccountError::NoSuchProgramme(p.to_string()));
    }
    if let Some(missing) = scope.centres.iter().find(|c| reference.centre(c).is_none()) {
        return Err(AccountError::NoSuchCentre(missing.to_string()));
    }
    let (password, generated) = match password {
        Some(p) => {
            check_password(&p)?;
            (p, None)
        }
        None => {
            let p = password::generate()?;
            (p.clone(), Some(p))
        }
    };
    let record = AccountRecord {
        email: email.clone(),
        scope,
        password: password::hash(&password)?,
        disabled: false,
        created_at: now,
        created_by: created_by.to_owned(),
    };
    match store.add_account(&record)? {
        Ok(()) => Ok((record, generated)),
        Err(AccountExists) => Err(AccountError::Exists(email)),
    }
}
