//! The centre a page is about.

use ponte_domain::{Centre, CentreCode};
use yew::prelude::*;

use super::remote::{Remote, use_remote};
use crate::api::{self, FetchError};

/// Fetches the centre named in the address; an impossible code is simply not found.
#[hook]
pub fn use_centre(code: &str) -> (Remote<Centre>, Callback<()>) {
    use_remote(code.to_owned(), |code: String| async move {
        match CentreCode::parse(&code) {
            Ok(code) => api::centre(&code).await,
            Err(_) => Err(FetchError::NotFound),
        }
    })
}
