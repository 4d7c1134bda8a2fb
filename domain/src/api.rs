//! The JSON shapes of the public API, shared by the server (which writes them) and the
//! app (which reads them).

use serde::{Deserialize, Serialize};

use crate::centre::Centre;
use crate::date::Date;
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
    /// A pass that is unknown or revoked (403).
    Forbidden,
    /// The citizen is younger than the programme counts (422).
    UnderAge,
    /// Length required (411): the request body has no length.
    LengthRequired,
    /// Too many requests from one client (429, with Retry-After).
    TooManyRequests,
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

/// The citizen as a registration reply shows them: nothing personal beyond what the
/// national record keeps, derived from the codice fiscale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CitizenSummary {
    pub id: u64,
    /// National age band (AN8) on the registration day.
    pub age_band: u8,
    /// "F" or "M", from the codice fiscale.
    pub gender: String,
    /// false when the codice fiscale was already registered (another centre, a new phone).
    pub new: bool,
}

/// `201` reply to `POST /api/v1/registrations`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
pub struct VisitSummary {
    pub id: u64,
    pub centre: String,
    /// Seconds since the epoch: when the citizen checked in (kept from an offline phone).
    pub at: i64,
    /// The day in Italy the visit counts for.
    pub date: Date,
}

/// `201` reply to `POST /api/v1/checkins`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckinResponse {
    pub checked_in: bool,
    pub visit: VisitSummary,
    /// How many visits this citizen has made at this centre, this one included.
    pub visits_here: u32,
}

/// Counts for one day or a period.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub visits: u64,
    /// Citizens at their first visit to this centre.
    pub unique_citizens: u64,
    /// Citizens at their first visit anywhere in the programme.
    pub new_citizens: u64,
    /// Citizen × service: one per visit for check-ins; group services add more.
    pub participations: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayCounts {
    pub date: Date,
    #[serde(flatten)]
    pub counts: Counts,
}

/// `GET /api/v1/centres/{code}/attendance?from=&to=`: totals and the days with visits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
pub struct FeedbackResponse {
    pub id: u64,
    /// What was masked in the text, so the app can tell the citizen.
    pub masked: Vec<crate::masking::Masked>,
}

/// Count and mean severity of a group of reports.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct FeedbackCount {
    pub reports: u64,
    pub mean_severity: f64,
}

/// `GET /api/v1/feedback/summary?programme=&from=&to=`: aggregates only, never text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
