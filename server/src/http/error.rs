//! Errors as the API reports them: `{"error":{"code","message","field"}}` with the
//! matching status. Messages are for people: they say what to change.

use std::convert::Infallible;

use ponte_domain::Invalid;
use ponte_domain::api::{ErrorBody, ErrorCode, ErrorDetail};
use warp::http::StatusCode;
use warp::reply::Response;
use warp::{Rejection, Reply};

use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{0}")]
    Invalid(#[from] Invalid),
    /// A body field that does not fit its type (named by its JSON path).
    #[error("{field}: {message}")]
    BadField { field: String, message: String },
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Forbidden(String),
    /// An event's poster token is forged, another event's, or used outside its window
    /// (403).
    #[error("{0}")]
    EventTokenInvalid(String),
    /// The event is over or closed (403).
    #[error("{0}")]
    EventClosed(String),
    /// No staff session (or it ended), or a wrong e-mail or password.
    #[error("{0}")]
    Unauthorized(String),
    /// The submission id was used before for another request.
    #[error("{0}")]
    Conflict(String),
    /// The request must wait for something else to happen first (409).
    #[error("{0}")]
    Pending(String),
    /// What the request answers was answered before (by another submission).
    #[error("{0}")]
    AlreadyAnswered(String),
    #[error("{0}")]
    UnderAge(String),
    /// The names do not give the codice fiscale's letters; the field is the name at
    /// fault.
    #[error("{message}")]
    NamesMismatch {
        field: &'static str,
        message: String,
    },
    /// The service cannot take this request as configured (503).
    #[error("{0}")]
    Unavailable(String),
    #[error("send the request body with a Content-Length")]
    LengthRequired,
    /// Too many requests from one client; the number is the seconds to wait.
    #[error("too many submissions from this device: try again in {0} seconds")]
    TooManyRequests(u64),
    #[error("{0}")]
    MethodNotAllowed(String),
    #[error("the request body is larger than {0} bytes")]
    PayloadTooLarge(u64),
    #[error("{0}")]
    UnsupportedMediaType(String),
    /// The request did not arrive whole in time (408).
    #[error("the request did not arrive in time: send it again")]
    RequestTimeout,
    #[error("the address is longer than {0} characters")]
    UriTooLong(usize),
    #[error("the request has more than {0} headers")]
    HeadersTooLarge(usize),
    /// Details go to the log, never to the client.
    #[error("the server could not complete the request; please try again")]
    Internal(#[source] anyhow::Error),
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        if e.is_disk() {
            // The disk, not the request: the client should try again later (the
            // server stops for its supervisor meanwhile, see the ledger).
            log::error!("the disk failed: {e}");
            return ApiError::Unavailable(
                "the server cannot store anything right now: try again in a minute".into(),
            );
        }
        ApiError::Internal(e.into())
    }
}

impl From<tokio::task::JoinError> for ApiError {
    fn from(e: tokio::task::JoinError) -> Self {
        ApiError::Internal(e.into())
    }
}

impl ApiError {
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::Invalid(_) | ApiError::BadField { .. } => StatusCode::BAD_REQUEST,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Forbidden(_) => StatusCode::FORBIDDEN,
            ApiError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            ApiError::EventTokenInvalid(_) | ApiError::EventClosed(_) => StatusCode::FORBIDDEN,
            ApiError::Conflict(_) | ApiError::AlreadyAnswered(_) | ApiError::Pending(_) => {
                StatusCode::CONFLICT
            }
            ApiError::UnderAge(_) | ApiError::NamesMismatch { .. } => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            ApiError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::LengthRequired => StatusCode::LENGTH_REQUIRED,
            ApiError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            ApiError::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::RequestTimeout => StatusCode::REQUEST_TIMEOUT,
            ApiError::UriTooLong(_) => StatusCode::URI_TOO_LONG,
            ApiError::HeadersTooLarge(_) => StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn body(&self) -> ErrorBody {
        let (code, field) = match self {
            ApiError::Invalid(e) => (ErrorCode::Invalid, Some(e.field.to_owned())),
            ApiError::BadField { field, .. } => (ErrorCode::Invalid, Some(field.clone())),
            ApiError::NotFound(_) => (ErrorCode::NotFound, None),
            ApiError::Forbidden(_) => (ErrorCode::Forbidden, None),
            ApiError::Unauthorized(_) => (ErrorCode::Unauthorized, None),
            ApiError::EventTokenInvalid(_) => {
                (ErrorCode::EventTokenInvalid, Some("token".to_owned()))
            }
            ApiError::EventClosed(_) => (ErrorCode::EventClosed, None),
            ApiError::Conflict(_) => (ErrorCode::Conflict, Some("submission_id".to_owned())),
            ApiError::AlreadyAnswered(_) => (ErrorCode::AlreadyAnswered, None),
            ApiError::Pending(_) => (ErrorCode::Conflict, None),
            ApiError::UnderAge(_) => (ErrorCode::UnderAge, Some("codice_fiscale".to_owned())),
            ApiError::NamesMismatch { field, .. } => {
                (ErrorCode::NamesMismatch, Some((*field).to_owned()))
            }
            ApiError::Unavailable(_) => (ErrorCode::Unavailable, None),
            ApiError::LengthRequired => (ErrorCode::LengthRequired, None),
            ApiError::TooManyRequests(_) => (ErrorCode::TooManyRequests, None),
            ApiError::MethodNotAllowed(_) => (ErrorCode::MethodNotAllowed, None),
            ApiError::PayloadTooLarge(_) => (ErrorCode::PayloadTooLarge, None),
            ApiError::UnsupportedMediaType(_) => (ErrorCode::UnsupportedMediaType, None),
            ApiError::RequestTimeout => (ErrorCode::RequestTimeout, None),
            ApiError::UriTooLong(_) => (ErrorCode::UriTooLong, None),
            ApiError::HeadersTooLarge(_) => (ErrorCode::HeadersTooLarge, None),
            ApiError::Internal(_) => (ErrorCode::Internal, None),
        };
        let message = match self {
            ApiError::Invalid(e) => e.reason.clone(),
            ApiError::BadField { message, .. } => message.clone(),
            other => other.to_string(),
        };
        ErrorBody {
            error: ErrorDetail {
                code,
                message,
                field,
            },
        }
    }
}

impl Reply for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::Internal(e) = &self {
            log::error!("internal error: {e:#}");
        }
        let status = self.status();
        let mut res = warp::reply::json(&self.body()).into_response();
        *res.status_mut() = status;
        if let ApiError::TooManyRequests(wait) = &self
            && let Ok(v) = warp::http::HeaderValue::from_str(&wait.to_string())
        {
            res.headers_mut().insert("retry-after", v);
        }
        if let ApiError::Unavailable(_) = &self {
            res.headers_mut()
                .insert("retry-after", warp::http::HeaderValue::from_static("30"));
        }
        res.headers_mut().insert(
            "cache-control",
            warp::http::HeaderValue::from_static("no-store"),
        );
        res
    }
}

/// Turns the result of a handler into a response, so that handlers can use `?`.
pub fn respond<T: Reply>(result: Result<T, ApiError>) -> Response {
    match result {
        Ok(reply) => reply.into_response(),
        Err(e) => e.into_response(),
    }
}

/// Maps warp's own rejections (no route, wrong method, body limits) to JSON errors.
pub async fn recover(rejection: Rejection) -> Result<Response, Infallible> {
    // A body refused for its size or type says so, even when other routes on the
    // same path refused the method too.
    let error = if let Some(refusal) = rejection.find::<super::boundary::Refusal>() {
        ApiError::from(*refusal)
    } else if rejection.find::<warp::reject::PayloadTooLarge>().is_some() {
        ApiError::PayloadTooLarge(super::MAX_BODY)
    } else if rejection.find::<warp::reject::LengthRequired>().is_some() {
        ApiError::LengthRequired
    } else if rejection
        .find::<warp::reject::UnsupportedMediaType>()
        .is_some()
    {
        ApiError::UnsupportedMediaType("send the body as application/json".into())
    } else if rejection.is_not_found() {
        ApiError::NotFound("there is no such page or API endpoint".into())
    } else if rejection.find::<warp::reject::MethodNotAllowed>().is_some() {
        ApiError::MethodNotAllowed("this method is not allowed here".into())
    } else if let Some(header) = rejection.find::<warp::reject::InvalidHeader>() {
        ApiError::BadField {
            field: header.name().to_owned(),
            message: "this header is not valid text".into(),
        }
    } else {
        ApiError::Internal(anyhow::anyhow!("unhandled rejection: {rejection:?}"))
    };
    Ok(error.into_response())
}
