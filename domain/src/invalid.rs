//! The one error shape every validation rule returns.

/// A value that a rule refused: which field, and why in words a person can act on.
///
/// `field` is the stable machine name (the API's JSON key, the CSV column, the form
/// input), so the server can put it in its JSON error and the app can translate the
/// message for that field; `reason` is English for logs, the CLI and API clients.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {reason}")]
pub struct Invalid {
    pub field: &'static str,
    pub reason: String,
}

impl Invalid {
    pub fn new(field: &'static str, reason: impl Into<String>) -> Self {
        Self {
            field,
            reason: reason.into(),
        }
    }
}
