//! Programmes: a region's share of the national measure, with its dated targets.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::invalid::Invalid;
use crate::province::Province;

/// A programme's stable id, a lower-case slug such as `toscana`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ProgrammeId(String);

impl ProgrammeId {
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let s = s.trim().to_ascii_lowercase();
        let ok = (2..=32).contains(&s.len())
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !s.starts_with('-');
        if ok {
            Ok(Self(s))
        } else {
            Err(Invalid::new(
                "programme",
                format!("'{s}' is not a programme id (lower-case letters, digits and '-')"),
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for ProgrammeId {
    type Error = Invalid;
    fn try_from(s: String) -> Result<Self, Invalid> {
        Self::parse(&s)
    }
}

impl From<ProgrammeId> for String {
    fn from(id: ProgrammeId) -> String {
        id.0
    }
}

impl fmt::Display for ProgrammeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What must be reached by a date. Citizens are always counted; services and open
/// points only where the source sets a figure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Target {
    pub due: Date,
    pub citizens: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points: Option<u32>,
}

/// A province's own share of a programme (Lombardia sets these). The programme's own
/// targets stay the official figure even when the provinces do not add up to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProvinceTarget {
    #[serde(with = "crate::province::as_code")]
    pub province: &'static Province,
    /// The source's "ambiti territoriali" (job-centre areas), e.g. `1-10`.
    pub territorial_areas: String,
    pub min_points: u32,
    pub targets: Vec<Target>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Programme {
    pub id: ProgrammeId,
    pub name: String,
    pub region: String,
    pub start: Date,
    pub end: Date,
    /// Youngest age (in whole years at the visit date) a citizen can be counted at.
    pub min_age: u8,
    /// Dated official targets, earliest first.
    pub targets: Vec<Target>,
    #[serde(default)]
    pub province_targets: Vec<ProvinceTarget>,
    /// Whether people with no codice fiscale may register (counted locally, left out of
    /// the national file). Off unless a programme turns it on.
    #[serde(default)]
    pub registration_without_codice_fiscale: bool,
    /// The programme's facts for its privacy notice.
    #[serde(default)]
    pub privacy: crate::privacy::PrivacySettings,
}

impl Programme {
    /// Whether `date` lies inside the programme's period, when its services count.
    pub fn is_open_on(&self, date: Date) -> bool {
        self.start <= date && date <= self.end
    }

    pub fn contains_province(&self, p: &Province) -> bool {
        p.region == self.region
    }
}
