//! The JSON shapes of the public API, shared by the server (which writes them) and the
//! app (which reads them).

use serde::{Deserialize, Serialize};

use crate::centre::Centre;
use crate::programme::Programme;

/// What kind of failure an error reply reports. The app picks its translated message
/// from this code (and the field), never from the English text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The request is malformed or a value is refused (400).
    Invalid,
    NotFound,
    MethodNotAllowed,
    PayloadTooLarge,
    UnsupportedMediaType,
    /// The same submission was sent before with a different body (409).
    Conflict,
    Internal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorDetail {
    pub code: ErrorCode,
    pub message: String,
    /// The JSON key, query parameter or CSV column at fault, when there is one.
    pub field: Option<String>,
}

/// `{"error":{"code":…,"message":…,"field":…}}`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    pub status: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgrammeList {
    pub programmes: Vec<Programme>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CentreList {
    pub centres: Vec<Centre>,
}
