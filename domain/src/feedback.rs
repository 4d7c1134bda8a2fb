//! Citizens' reports about public digital services: what the form sends and the rules it
//! must pass, shared by the form and the server.

use serde::{Deserialize, Serialize};

use crate::codelists;
use crate::invalid::Invalid;
use crate::masking::{Masked, mask};
use crate::submission::SubmissionId;
use crate::text::clean_line;

/// What went wrong, in the citizen's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Cannot log in; SPID or CIE problems.
    Login,
    HardToUnderstand,
    /// An error, or a page that does not work.
    Error,
    /// Not accessible with the citizen's disability or device.
    Accessibility,
    MissingInformation,
    Slow,
    Other,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::Login,
        Category::HardToUnderstand,
        Category::Error,
        Category::Accessibility,
        Category::MissingInformation,
        Category::Slow,
        Category::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Login => "login",
            Category::HardToUnderstand => "hard_to_understand",
            Category::Error => "error",
            Category::Accessibility => "accessibility",
            Category::MissingInformation => "missing_information",
            Category::Slow => "slow",
            Category::Other => "other",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Device {
    Phone,
    Computer,
}

/// Optional contact for an answer, with its own consent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct FeedbackContact {
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    pub consent: bool,
}

/// `POST /api/v1/feedback`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct FeedbackRequest {
    pub submission_id: SubmissionId,
    #[serde(default)]
    pub centre: Option<String>,
    /// An SE6 code "A".."S", or "local" for a service of the comune or region.
    pub public_service: String,
    /// The local service's name (required with "local").
    #[serde(default)]
    pub service_name: Option<String>,
    pub category: Category,
    pub severity: u8,
    pub text: String,
    #[serde(default)]
    pub device: Option<Device>,
    /// Detected by the app, not asked.
    #[serde(default)]
    pub browser: Option<String>,
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(default)]
    pub contact: Option<FeedbackContact>,
}

pub const MAX_TEXT: usize = 2_000;
/// The key counters use for "a service of my comune or region". Still accepted from
/// phones that queued it, no longer offered: it overlapped F, G, I, O and Q, which are
/// services of a comune or region too.
pub const LOCAL_SERVICE: &str = "local";

/// Whether a report about `public_service` must say the service's name: SE6 "S" is
/// "none of the above", so only the name tells what it was.
pub fn needs_service_name(public_service: &str) -> bool {
    public_service == LOCAL_SERVICE || public_service == "S"
}

/// A report that passed the rules, its text already masked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Feedback {
    pub public_service: &'static str,
    pub service_name: Option<String>,
    pub category: Category,
    pub severity: u8,
    pub text: String,
    pub masked: Vec<Masked>,
    pub device: Option<Device>,
    pub browser: Option<String>,
    pub lang: Option<String>,
    /// Personal data: the server seals it apart and never stores it with the report.
    #[serde(skip)]
    pub contact: Option<FeedbackContact>,
}

impl FeedbackRequest {
    pub fn validate(&self) -> Result<Feedback, Invalid> {
        let public_service: &'static str = if self.public_service == LOCAL_SERVICE {
            LOCAL_SERVICE
        } else {
            codelists::PUBLIC_SERVICE
                .iter()
                .find(|(c, _)| *c == self.public_service)
                .map(|(c, _)| *c)
                .ok_or_else(|| {
                    Invalid::new("public_service", "choose one of the services, or \"local\"")
                })?
        };
        let service_name = match self
            .service_name
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            Some(n) => {
                let n = clean_line(n)
                    .ok_or_else(|| Invalid::new("service_name", "must be one line"))?;
                if n.chars().count() > 120 {
                    return Err(Invalid::new(
                        "service_name",
                        "is longer than 120 characters",
                    ));
                }
                Some(mask(&n).0)
            }
            None if needs_service_name(public_service) => {
                return Err(Invalid::new("service_name", "say which service it was"));
            }
            None => None,
        };
        if !(1..=5).contains(&self.severity) {
            return Err(Invalid::new(
                "severity",
                "must be from 1 (a little) to 5 (very bad)",
            ));
        }
        let text = self.text.trim();
        if text.chars().count() > MAX_TEXT {
            return Err(Invalid::new(
                "text",
                format!("is longer than {MAX_TEXT} characters"),
            ));
        }
        if text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t')
        {
            return Err(Invalid::new("text", "contains control characters"));
        }
        let (text, masked) = mask(text);
        let contact = match &self.contact {
            Some(c)
                if c.email.as_deref().is_some_and(|e| !e.trim().is_empty())
                    || c.phone.as_deref().is_some_and(|p| !p.trim().is_empty()) =>
            {
                if !c.consent {
                    return Err(Invalid::new(
                        "contact.consent",
                        "say yes to be contacted about this report",
                    ));
                }
                Some(c.clone())
            }
            _ => None,
        };
        let short = |field: &'static str,
                     v: &Option<String>,
                     max: usize|
         -> Result<Option<String>, Invalid> {
            match v.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                Some(s) if s.chars().count() <= max => Ok(clean_line(s)),
                Some(_) => Err(Invalid::new(
                    field,
                    format!("is longer than {max} characters"),
                )),
                None => Ok(None),
            }
        };
        Ok(Feedback {
            public_service,
            service_name,
            category: self.category,
            severity: self.severity,
            text,
            masked,
            device: self.device,
            browser: short("browser", &self.browser, 40)?,
            lang: short("lang", &self.lang, 12)?,
            contact,
        })
    }
}

/// Where a report stands for the staff who read it. Hidden reports stay counted: hiding
/// only takes them off the list (spam, abuse, a duplicate).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReviewStatus {
    #[default]
    New,
    Reviewed,
    Hidden,
}

impl ReviewStatus {
    pub const ALL: [ReviewStatus; 3] = [
        ReviewStatus::New,
        ReviewStatus::Reviewed,
        ReviewStatus::Hidden,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ReviewStatus::New => "new",
            ReviewStatus::Reviewed => "reviewed",
            ReviewStatus::Hidden => "hidden",
        }
    }

    pub fn parse(s: &str) -> Option<ReviewStatus> {
        ReviewStatus::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// Longest reply staff add to a report.
pub const MAX_REPLY: usize = 1_000;

/// `POST /api/v1/staff/reports/{id}/review`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ReviewRequest {
    pub status: ReviewStatus,
    #[serde(default)]
    pub reply: String,
}

impl ReviewRequest {
    /// The reply trimmed and masked like the report itself: staff write about a
    /// citizen's problem, not about the citizen.
    pub fn validate(&self) -> Result<(ReviewStatus, String), Invalid> {
        let reply = self.reply.trim();
        if reply.chars().count() > MAX_REPLY {
            return Err(Invalid::new(
                "reply",
                format!("is longer than {MAX_REPLY} characters"),
            ));
        }
        if reply.chars().any(|c| c.is_control() && c != '\n') {
            return Err(Invalid::new("reply", "contains control characters"));
        }
        Ok((self.status, mask(reply).0))
    }
}

/// A report as coordinators and the region read it: masked text, no contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportView {
    pub id: u64,
    pub centre: Option<String>,
    pub programme: Option<String>,
    pub date: crate::date::Date,
    pub public_service: String,
    pub service_name: Option<String>,
    pub category: Category,
    pub severity: u8,
    pub text: String,
    pub status: ReviewStatus,
    pub reply: String,
    /// The citizen left a way to be contacted (shown only as a flag).
    pub has_contact: bool,
}

/// `GET /api/v1/staff/reports`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportList {
    pub reports: Vec<ReportView>,
    /// Pass as `before` for the next, older page; `None` at the end.
    pub next: Option<u64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request() -> FeedbackRequest {
        FeedbackRequest {
            submission_id: SubmissionId::from_u128(1),
            centre: None,
            public_service: "B".into(),
            service_name: None,
            category: Category::Error,
            severity: 4,
            text: "L'avviso pagoPA non si apre. Mi chiamo RSSMRA80A01H501U".into(),
            device: Some(Device::Phone),
            browser: Some("Chrome 130".into()),
            lang: Some("it".into()),
            contact: None,
        }
    }

    #[test]
    fn masks_the_text_and_keeps_the_rest() {
        let f = request().validate().unwrap();
        assert_eq!(
            f.text,
            "L'avviso pagoPA non si apre. Mi chiamo [codice fiscale]"
        );
        assert_eq!(f.masked, [Masked::CodiceFiscale]);
        assert_eq!(f.public_service, "B");
    }

    #[test]
    fn refuses_with_the_field_named() {
        let field = |r: FeedbackRequest| r.validate().unwrap_err().field;
        let mut r = request();
        r.public_service = "Z".into();
        assert_eq!(field(r), "public_service");
        let mut r = request();
        r.public_service = "local".into();
        assert_eq!(field(r), "service_name");
        let mut r = request();
        r.public_service = "S".into();
        assert_eq!(field(r), "service_name");
        let mut r = request();
        r.severity = 6;
        assert_eq!(field(r), "severity");
        let mut r = request();
        r.text = "x".repeat(MAX_TEXT + 1);
        assert_eq!(field(r), "text");
        let mut r = request();
        r.contact = Some(FeedbackContact {
            email: Some("a@b.it".into()),
            phone: None,
            consent: false,
        });
        assert_eq!(field(r), "contact.consent");
        assert!(serde_json::from_str::<Category>("\"broken\"").is_err());
    }
}
