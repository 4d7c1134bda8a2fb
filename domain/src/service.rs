//! A facilitation service as the national monitoring records it (SE1–SE7), recorded by
//! a facilitator and linked to the visits of the citizens who received it.

use serde::{Deserialize, Serialize};

use crate::codelists::{self, COMPETENCE, PUBLIC_SERVICE, SERVICE_TYPE, area_of_competence};
use crate::date::Date;
use crate::invalid::Invalid;
use crate::masking::{Masked, mask};
use crate::submission::SubmissionId;

/// SE7's limit in the national file.
pub const MAX_DETAILS: usize = 600;
/// Most citizens in one group service: a large class, not a crowd.
pub const MAX_GROUP: usize = 60;
/// Longest service: a full day.
pub const MAX_MINUTES: u16 = 12 * 60;
/// The individual facilitation type: one citizen, never a group.
pub const INDIVIDUAL: &str = "A";

/// `POST /api/v1/services`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ServiceRequest {
    pub submission_id: SubmissionId,
    pub centre: String,
    /// SE1, the day it was given.
    pub date: Date,
    /// SE2, `hh:mm`.
    pub duration: String,
    /// SE3 codes.
    pub types: Vec<String>,
    /// SE5 codes; SE4 follows from them.
    pub competences: Vec<String>,
    /// SE6 codes.
    pub domains: Vec<String>,
    /// SE7, free text: personal data in it is masked.
    #[serde(default)]
    pub details: String,
    /// The visits (one per citizen) the service was given to.
    pub visits: Vec<u64>,
}

/// A service that passed the rules, codes in the official order, details masked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Service {
    pub date: Date,
    pub minutes: u16,
    pub types: Vec<String>,
    /// SE4, derived from the competences.
    pub areas: Vec<String>,
    pub competences: Vec<String>,
    pub domains: Vec<String>,
    pub details: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub masked: Vec<Masked>,
    pub visits: Vec<u64>,
}

impl Service {
    /// SE2 as the national file writes it.
    pub fn duration(&self) -> String {
        format!("{:02}:{:02}", self.minutes / 60, self.minutes % 60)
    }
}

/// SE4: the DigComp areas of `competences` (SE5), in the official order.
pub fn areas_of(competences: &[String]) -> Vec<String> {
    codelists::DIGCOMP_AREA
        .iter()
        .filter(|(a, _)| {
            competences
                .iter()
                .any(|c| area_of_competence(c) == Some(*a))
        })
        .map(|(a, _)| (*a).to_owned())
        .collect()
}

/// Reads `hh:mm` (or `h:mm`) into minutes, from 00:01 to 12:00.
pub fn parse_duration(s: &str) -> Result<u16, Invalid> {
    let bad = || Invalid::new("duration", "write hours and minutes, like 0:45 or 01:30");
    let (h, m) = s.trim().split_once(':').ok_or_else(bad)?;
    let digits = |p: &str| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit());
    if !digits(h) || m.len() != 2 || !digits(m) {
        return Err(bad());
    }
    let (h, m): (u16, u16) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if m > 59 {
        return Err(bad());
    }
    let minutes = h * 60 + m;
    if minutes == 0 || minutes > MAX_MINUTES {
        return Err(Invalid::new(
            "duration",
            "a service lasts from 1 minute to 12 hours",
        ));
    }
    Ok(minutes)
}

impl ServiceRequest {
    /// Checks every field; `today` is the day in Italy (a service cannot be in the
    /// future).
    pub fn validate(&self, today: Date) -> Result<Service, Invalid> {
        if self.date > today {
            return Err(Invalid::new(
                "date",
                "a service cannot be recorded before it happens",
            ));
        }
        let minutes = parse_duration(&self.duration)?;
        let types = codelists::pick("types", SERVICE_TYPE, &self.types)?;
        if types.is_empty() {
            return Err(Invalid::new("types", "choose at least one type of service"));
        }
        let competences = codelists::pick("competences", COMPETENCE, &self.competences)?;
        if competences.is_empty() {
            return Err(Invalid::new(
                "competences",
                "choose at least one competence",
            ));
        }
        let domains = codelists::pick("domains", PUBLIC_SERVICE, &self.domains)?;
        if domains.is_empty() {
            return Err(Invalid::new(
                "domains",
                "choose at least one public service (or \"none of the above\")",
            ));
        }
        let areas = areas_of(&competences);
        let details = self.details.trim();
        if details.chars().count() > MAX_DETAILS {
            return Err(Invalid::new(
                "details",
                format!("is longer than {MAX_DETAILS} characters"),
            ));
        }
        if details.chars().any(|c| c.is_control() && c != '\n') {
            return Err(Invalid::new("details", "contains control characters"));
        }
        let (details, masked) = mask(details);
        if self.visits.is_empty() {
            return Err(Invalid::new(
                "visits",
                "add the citizen who received the service",
            ));
        }
        if self.visits.len() > MAX_GROUP {
            return Err(Invalid::new(
                "visits",
                format!("a service holds at most {MAX_GROUP} citizens"),
            ));
        }
        let mut visits = self.visits.clone();
        visits.sort_unstable();
        visits.dedup();
        if visits.len() != self.visits.len() {
            return Err(Invalid::new(
                "visits",
                "each citizen can be in a service only once",
            ));
        }
        if visits.len() > 1 && types.iter().all(|t| t == INDIVIDUAL) {
            return Err(Invalid::new(
                "types",
                "individual facilitation is for one citizen: choose group facilitation",
            ));
        }
        Ok(Service {
            date: self.date,
            minutes,
            types,
            areas,
            competences,
            domains,
            details,
            masked,
            visits,
        })
    }
}

/// `201` reply to `POST /api/v1/services`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ServiceResponse {
    pub service: ServiceSummary,
}

/// A recorded service as staff see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ServiceSummary {
    pub id: u64,
    pub centre: String,
    pub date: Date,
    pub duration: String,
    pub types: Vec<String>,
    pub areas: Vec<String>,
    pub competences: Vec<String>,
    pub domains: Vec<String>,
    pub details: String,
    #[serde(default)]
    pub masked: Vec<Masked>,
    pub visits: Vec<u64>,
    /// Citizens in it (one per visit): the participations it adds.
    pub participations: u32,
    /// Who recorded it.
    pub facilitator: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request() -> ServiceRequest {
        ServiceRequest {
            submission_id: SubmissionId::from_u128(1),
            centre: "LOM-001".into(),
            date: "2026-03-10".parse().unwrap(),
            duration: "0:45".into(),
            types: vec!["A".into()],
            competences: vec!["9".into(), "6".into()],
            domains: vec!["B".into(), "A".into()],
            details: "SPID con CIE, scritto a anna@example.it".into(),
            visits: vec![7],
        }
    }

    fn today() -> Date {
        "2026-03-10".parse().unwrap()
    }

    #[test]
    fn a_service_takes_the_national_shape() {
        let s = request().validate(today()).unwrap();
        assert_eq!(s.minutes, 45);
        assert_eq!(s.duration(), "00:45");
        assert_eq!(s.competences, ["6", "9"]);
        assert_eq!(s.areas, ["B"], "6 and 9 are both communication");
        assert_eq!(s.domains, ["A", "B"]);
        assert!(s.details.contains("[e-mail]") && !s.details.contains("anna@"));
        assert_eq!(s.masked, [Masked::Email]);
    }

    #[test]
    fn areas_follow_every_competence() {
        let mut r = request();
        r.competences = vec!["1".into(), "11".into(), "13".into()];
        assert_eq!(r.validate(today()).unwrap().areas, ["A", "D", "E"]);
    }

    #[test]
    fn durations_are_hours_and_minutes() {
        assert_eq!(parse_duration("01:30").unwrap(), 90);
        assert_eq!(parse_duration("12:00").unwrap(), 720);
        for bad in [
            "", "90", "1:5", "1:60", "0:00", "12:01", "-1:30", "1:3x", "111:00",
        ] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn every_field_has_its_floor() {
        type Spoil = fn(&mut ServiceRequest);
        let cases: [(&str, Spoil); 8] = [
            ("date", |r| r.date = "2026-03-11".parse().unwrap()),
            ("types", |r| r.types.clear()),
            ("types", |r| r.types = vec!["Z".into()]),
            ("competences", |r| r.competences.clear()),
            ("domains", |r| r.domains.clear()),
            ("details", |r| r.details = "x".repeat(MAX_DETAILS + 1)),
            ("visits", |r| r.visits.clear()),
            ("visits", |r| r.visits = vec![3, 4, 3]),
        ];
        for (field, spoil) in cases {
            let mut r = request();
            spoil(&mut r);
            assert_eq!(r.validate(today()).unwrap_err().field, field);
        }
    }

    #[test]
    fn a_group_is_not_an_individual_service() {
        let mut r = request();
        r.visits = vec![1, 2, 3];
        assert_eq!(r.validate(today()).unwrap_err().field, "types");
        r.types = vec!["B".into()];
        assert_eq!(r.validate(today()).unwrap().visits, [1, 2, 3]);
        r.details = "x".repeat(MAX_DETAILS);
        assert!(r.validate(today()).is_ok(), "600 characters are allowed");
    }
}
