//! The citizen's own questionnaire about a visit (national ES1–ES6), answered on the
//! phone after checking in.

use serde::{Deserialize, Serialize};

use crate::codelists;
use crate::invalid::Invalid;
use crate::masking::mask;
use crate::pass::PassToken;
use crate::submission::SubmissionId;

/// `POST /api/v1/visits/{visit_id}/experience`. Multiple-choice answers carry several
/// codes, as the national file allows; all but usefulness may be left empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ExperienceRequest {
    pub submission_id: SubmissionId,
    /// The pass that made the visit: only its holder answers for it.
    pub pass: String,
    /// ES1 codes.
    #[serde(default)]
    pub heard_from: Vec<String>,
    /// ES2 codes.
    #[serde(default)]
    pub reason: Vec<String>,
    /// ES3 code.
    #[serde(default)]
    pub come_back: Option<String>,
    /// ES4, free text up to 600 characters.
    #[serde(default)]
    pub topics: String,
    /// ES5 codes.
    #[serde(default)]
    pub help_source: Vec<String>,
    /// ES6, 1 to 5.
    pub usefulness: u8,
}

pub const MAX_TOPICS: usize = 600;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Experience {
    pub heard_from: Vec<String>,
    pub reason: Vec<String>,
    pub come_back: Option<String>,
    /// Masked like feedback text.
    pub topics: String,
    pub help_source: Vec<String>,
    pub usefulness: u8,
}

impl ExperienceRequest {
    pub fn validate(&self) -> Result<(PassToken, Experience), Invalid> {
        Ok((PassToken::parse(&self.pass)?, self.answers()?))
    }

    /// The answers alone: at a centre's kiosk the pass may be the code under its QR,
    /// which only the server can resolve.
    pub fn answers(&self) -> Result<Experience, Invalid> {
        if !(1..=5).contains(&self.usefulness) {
            return Err(Invalid::new(
                "usefulness",
                "must be from 1 (not useful) to 5 (very useful)",
            ));
        }
        let come_back = match self.come_back.as_deref().filter(|c| !c.is_empty()) {
            Some(c) if codelists::contains(codelists::COME_BACK, c) => Some(c.to_owned()),
            Some(_) => return Err(Invalid::new("come_back", "is not one of the choices")),
            None => None,
        };
        let topics = self.topics.trim();
        if topics.chars().count() > MAX_TOPICS {
            return Err(Invalid::new(
                "topics",
                format!("is longer than {MAX_TOPICS} characters"),
            ));
        }
        Ok(Experience {
            heard_from: codelists::pick("heard_from", codelists::HEARD_FROM, &self.heard_from)?,
            reason: codelists::pick("reason", codelists::REASON, &self.reason)?,
            come_back,
            topics: mask(topics).0,
            help_source: codelists::pick("help_source", codelists::HELP_SOURCE, &self.help_source)?,
            usefulness: self.usefulness,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request() -> ExperienceRequest {
        ExperienceRequest {
            submission_id: SubmissionId::from_u128(1),
            pass: PassToken::from_random([5; 17]).as_str().to_owned(),
            heard_from: vec!["L".into(), "A".into()],
            reason: vec!["G".into()],
            come_back: Some("A".into()),
            topics: "Vorrei imparare a usare il fascicolo. Scrivetemi a me@example.it".into(),
            help_source: vec![],
            usefulness: 5,
        }
    }

    #[test]
    fn keeps_codes_in_order_and_masks_topics() {
        let (_, e) = request().validate().unwrap();
        assert_eq!(e.heard_from, ["A", "L"]);
        assert_eq!(
            e.topics,
            "Vorrei imparare a usare il fascicolo. Scrivetemi a [e-mail]"
        );
    }

    #[test]
    fn names_the_field_at_fault() {
        let mut r = request();
        r.heard_from.push("Z".into());
        assert_eq!(r.validate().unwrap_err().field, "heard_from");
        let mut r = request();
        r.come_back = Some("F".into());
        assert_eq!(r.validate().unwrap_err().field, "come_back");
        let mut r = request();
        r.usefulness = 0;
        assert_eq!(r.validate().unwrap_err().field, "usefulness");
        let mut r = request();
        r.topics = "x".repeat(601);
        assert_eq!(r.validate().unwrap_err().field, "topics");
    }
}
