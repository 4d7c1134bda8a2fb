//! The JSON shapes of the public API, shared by the server (which writes them) and the
//! app (which reads them).

use serde::{Deserialize, Serialize};

use crate::centre::Centre;
use crate::date::Date;
use crate::programme::Programme;

/// What kind of failure an error reply reports. The app picks its translated message
/// from this code (and the field), never from the English text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The request is malformed or a value is refused (400).
    Invalid,
    NotFound,
    MethodNotAllowed,
    PayloadTooLarge,
    UnsupportedMediaType,
    /// The same submission was sent before with a different body (409, field
    /// `submission_id`).
    Conflict,
    /// What the request answers was answered before, by another submission (409): a
    /// visit's questionnaire.
    AlreadyAnswered,
    /// A pass that is unknown or revoked, or a staff request outside the account's
    /// scope or from another site (403).
    Forbidden,
    /// No staff session, or a wrong e-mail or password (401).
    Unauthorized,
    /// An event poster's token that is not that event's (403).
    EventTokenInvalid,
    /// An event that is not open now, or closed (403).
    EventClosed,
    /// The citizen is younger than the programme counts (422).
    UnderAge,
    /// The first or last name (the field) does not give the codice fiscale's letters
    /// (422): written differently from the tessera sanitaria, or not this person's code.
    NamesMismatch,
    /// Length required (411): the request body has no length.
    LengthRequired,
    /// Too many requests from one client (429, with Retry-After).
    TooManyRequests,
    /// The server cannot take this request now or as configured (503).
    Unavailable,
    /// The request's headers or body did not arrive in time (408): a weak signal; the
    /// app sends it again.
    RequestTimeout,
    /// The address is far longer than any of Ponte's (414).
    UriTooLong,
    /// Far more headers than a browser sends (431).
    HeadersTooLarge,
    Internal,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 20] = [
        ErrorCode::Invalid,
        ErrorCode::NotFound,
        ErrorCode::MethodNotAllowed,
        ErrorCode::PayloadTooLarge,
        ErrorCode::UnsupportedMediaType,
        ErrorCode::Conflict,
        ErrorCode::AlreadyAnswered,
        ErrorCode::Forbidden,
        ErrorCode::Unauthorized,
        ErrorCode::EventTokenInvalid,
        ErrorCode::EventClosed,
        ErrorCode::UnderAge,
        ErrorCode::NamesMismatch,
        ErrorCode::LengthRequired,
        ErrorCode::TooManyRequests,
        ErrorCode::Unavailable,
        ErrorCode::RequestTimeout,
        ErrorCode::UriTooLong,
        ErrorCode::HeadersTooLarge,
        ErrorCode::Internal,
    ];

    /// The code as the JSON writes it (and the app's messages are keyed).
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Invalid => "invalid",
            ErrorCode::NotFound => "not_found",
            ErrorCode::MethodNotAllowed => "method_not_allowed",
            ErrorCode::PayloadTooLarge => "payload_too_large",
            ErrorCode::UnsupportedMediaType => "unsupported_media_type",
            ErrorCode::Conflict => "conflict",
            ErrorCode::AlreadyAnswered => "already_answered",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::Unauthorized => "unauthorized",
            ErrorCode::EventTokenInvalid => "event_token_invalid",
            ErrorCode::EventClosed => "event_closed",
            ErrorCode::UnderAge => "under_age",
            ErrorCode::NamesMismatch => "names_mismatch",
            ErrorCode::LengthRequired => "length_required",
            ErrorCode::TooManyRequests => "too_many_requests",
            ErrorCode::Unavailable => "unavailable",
            ErrorCode::RequestTimeout => "request_timeout",
            ErrorCode::UriTooLong => "uri_too_long",
            ErrorCode::HeadersTooLarge => "headers_too_large",
            ErrorCode::Internal => "internal",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorDetail {
    pub code: ErrorCode,
    pub message: String,
    /// The JSON key, query parameter or CSV column at fault, when there is one.
    pub field: Option<String>,
}

/// `{"error":{"code":…,"message":…,"field":…}}`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

/// `GET /healthz`: `{"status":"ok","writer":"running"}`, or `503` with
/// `{"status":"unavailable","writer":"stopped"}` when writes cannot be taken.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    pub status: String,
    #[serde(default)]
    pub writer: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgrammeList {
    pub programmes: Vec<Programme>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CentreList {
    pub centres: Vec<Centre>,
}

/// The citizen as a registration reply shows them: only what the request itself says
/// (derived from its codice fiscale). The same for a first sign-up and for a code
/// registered before, so an anonymous caller cannot learn whether someone is
/// registered: no citizen id, no "new" flag (those are for staff and counters).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CitizenSummary {
    /// National age band (AN8) on the registration day.
    pub age_band: u8,
    /// National gender code (AN7: "A" female, "B" male), from the codice fiscale.
    pub gender: String,
}

/// `201` reply to `POST /api/v1/registrations`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegistrationResponse {
    pub citizen: CitizenSummary,
    /// The pass token the phone keeps and shows as a QR code.
    pub pass: String,
    /// A short form of the pass to read aloud.
    pub pass_code: String,
    /// The pass as a QR code (SVG), for the phone to keep and show offline.
    pub pass_qr_svg: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VisitSummary {
    pub id: u64,
    pub centre: String,
    /// Seconds since the epoch: when the citizen checked in (kept from an offline phone).
    pub at: i64,
    /// The day in Italy the visit counts for.
    pub date: Date,
}

/// `201` reply to `POST /api/v1/checkins`; `200` with `already_today` when the citizen
/// had already checked in at this centre that day (one visit a day is counted).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CheckinResponse {
    pub checked_in: bool,
    /// The visit is the one recorded earlier that day, not a new one.
    #[serde(default)]
    pub already_today: bool,
    pub visit: VisitSummary,
    /// How many visits this citizen has made at this centre, this one included.
    pub visits_here: u32,
}

/// Counts for one day or a period.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Counts {
    /// Visits (at most one per citizen and day).
    pub visits: u64,
    /// Distinct citizens who came in the period (or on the day).
    pub citizens: u64,
    /// Citizens at their first visit ever to this centre.
    pub first_time_here: u64,
    /// Citizens at their first visit anywhere in the programme.
    pub new_citizens: u64,
    /// Citizen × service, as the national platform counts them: a service adds one per
    /// citizen in it; a check-in without a service yet adds none.
    pub participations: u64,
    /// Services recorded by facilitators (a group service is one).
    #[serde(default)]
    pub services: u64,
    /// Visits that cannot go into the national file, by reason.
    pub not_exportable: NotExportableCounts,
}

/// Visits left out of the national file, by `NotExportable` reason; a visit may have
/// several.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotExportableCounts {
    /// Visits with at least one reason (a visit may have several).
    pub visits: u64,
    pub outside_period: u64,
    pub under_age: u64,
    pub no_codice_fiscale: u64,
}

impl NotExportableCounts {
    pub fn add(&mut self, reason: crate::checkin::NotExportable, n: u64) {
        use crate::checkin::NotExportable as R;
        match reason {
            R::OutsidePeriod => self.outside_period += n,
            R::UnderAge => self.under_age += n,
            R::NoCodiceFiscale => self.no_codice_fiscale += n,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DayCounts {
    pub date: Date,
    #[serde(flatten)]
    pub counts: Counts,
}

/// `GET /api/v1/centres/{code}/attendance?from=&to=`: totals and the days with visits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Attendance {
    pub centre: String,
    pub from: Date,
    pub to: Date,
    #[serde(flatten)]
    pub totals: Counts,
    pub days: Vec<DayCounts>,
}

/// `201` reply to `POST /api/v1/feedback`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeedbackResponse {
    pub id: u64,
    /// What was masked in the text, so the app can tell the citizen.
    pub masked: Vec<crate::masking::Masked>,
}

/// Count and mean severity of a group of reports.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeedbackCount {
    pub reports: u64,
    pub mean_severity: f64,
}

/// `GET /api/v1/feedback/summary?programme=&from=&to=`: aggregates only, never text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeedbackSummary {
    pub from: Date,
    pub to: Date,
    pub total: FeedbackCount,
    /// Keyed by SE6 code or "local".
    pub by_service: std::collections::BTreeMap<String, FeedbackCount>,
    /// Keyed by category.
    pub by_category: std::collections::BTreeMap<String, FeedbackCount>,
    /// The citizens' own ES1–ES6 answers about their visits, in the same days.
    pub experience: ExperienceSummary,
}

/// How many answered the visit questionnaire and what they chose: per question, how
/// many picked each national code (several per person where the question allows).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ExperienceSummary {
    pub questionnaires: u64,
    /// ES6, 1–5; 0 when nobody answered.
    pub mean_usefulness: f64,
    pub heard_from: std::collections::BTreeMap<String, u64>,
    pub reason: std::collections::BTreeMap<String, u64>,
    pub come_back: std::collections::BTreeMap<String, u64>,
    pub help_source: std::collections::BTreeMap<String, u64>,
    /// ES6 answers, "1" to "5".
    pub usefulness: std::collections::BTreeMap<String, u64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_codes_are_named_as_the_json_writes_them() {
        for code in ErrorCode::ALL {
            assert_eq!(
                serde_json::to_value(code).unwrap(),
                serde_json::Value::from(code.as_str())
            );
        }
    }
}
