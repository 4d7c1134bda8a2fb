//! Centres (punti di facilitazione) and the rules for accepting one.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::hours::OpeningHours;
use crate::invalid::Invalid;
use crate::programme::{Programme, ProgrammeId};
use crate::province::Province;
use crate::text::clean_line;

/// A centre's stable short code: what its QR poster and its URL carry (`/c/TOS-001`).
/// Upper-case letters, digits and `-`, 2 to 16 characters, so it survives being read
/// aloud, typed on a phone, and encoded in a small QR code.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CentreCode(String);

impl CentreCode {
    /// Accepts any case and surrounding spaces; a code typed as `tos-001` is `TOS-001`.
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let s = s.trim().to_ascii_uppercase();
        let ok = (2..=16).contains(&s.len())
            && s.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
            && !s.starts_with('-')
            && !s.ends_with('-');
        if ok {
            Ok(Self(s))
        } else {
            Err(Invalid::new(
                "code",
                "a centre code has 2 to 16 letters, digits or '-' (for example TOS-001)",
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for CentreCode {
    type Error = Invalid;
    fn try_from(s: String) -> Result<Self, Invalid> {
        Self::parse(&s)
    }
}

impl From<CentreCode> for String {
    fn from(c: CentreCode) -> String {
        c.0
    }
}

impl fmt::Display for CentreCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The kinds of site the regional calls allow a centre to spread its hours over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SiteKind {
    /// Sede principale.
    Main,
    /// Sede distaccata.
    Branch,
    /// Sede mobile: a gazebo, an equipped van.
    Mobile,
    /// Sede stagionale, in tourist areas.
    Seasonal,
}

impl SiteKind {
    pub const ALL: [SiteKind; 4] = [Self::Main, Self::Branch, Self::Mobile, Self::Seasonal];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Main => "main",
            Self::Branch => "branch",
            Self::Mobile => "mobile",
            Self::Seasonal => "seasonal",
        }
    }

    /// Accepts the English keys and the Italian words coordinators use.
    pub fn parse(s: &str) -> Option<Self> {
        match crate::text::fold(s).as_str() {
            "main" | "principale" | "sede principale" => Some(Self::Main),
            "branch" | "distaccata" | "sede distaccata" => Some(Self::Branch),
            "mobile" | "sede mobile" => Some(Self::Mobile),
            "seasonal" | "stagionale" | "sede stagionale" => Some(Self::Seasonal),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Site {
    pub kind: SiteKind,
    pub comune: String,
    pub address: String,
    pub hours: OpeningHours,
}

/// The centre's own share of its programme's targets.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Quota {
    pub citizens: u32,
    pub services: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Centre {
    pub code: CentreCode,
    pub name: String,
    pub programme: ProgrammeId,
    /// The ente that runs the centre.
    pub organisation: String,
    #[serde(with = "crate::province::as_code")]
    pub province: &'static Province,
    /// Where the centre is mainly found; its comune and address are the centre's own.
    pub site: Site,
    /// Branch, mobile and seasonal sites beyond the first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_sites: Vec<Site>,
    pub quota: Quota,
}

impl Centre {
    pub fn sites(&self) -> impl Iterator<Item = &Site> {
        std::iter::once(&self.site).chain(&self.other_sites)
    }
}

/// A centre as text fields: one CSV row, or one form. Field names are the CSV columns.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CentreFields {
    pub code: String,
    pub name: String,
    pub programme: String,
    pub organisation: String,
    pub province: String,
    pub comune: String,
    pub address: String,
    pub site_kind: String,
    pub opening_hours: String,
    pub quota_citizens: String,
    pub quota_services: String,
}

const MAX_NAME: usize = 120;
const MAX_COMUNE: usize = 80;
const MAX_ADDRESS: usize = 160;
const MAX_QUOTA: u32 = 1_000_000;

impl CentreFields {
    /// Column names, in CSV order.
    pub const COLUMNS: [&'static str; 11] = [
        "code",
        "name",
        "programme",
        "organisation",
        "province",
        "comune",
        "address",
        "site_kind",
        "opening_hours",
        "quota_citizens",
        "quota_services",
    ];

    /// Checks every field and reports every problem at once, so a coordinator fixes a
    /// CSV row in one go. `programmes` are the known programmes.
    pub fn validate(&self, programmes: &[Programme]) -> Result<Centre, Vec<Invalid>> {
        let mut errors = Vec::new();
        let mut keep = Collect(&mut errors);

        let code = keep.ok(CentreCode::parse(&self.code));
        let name = keep.ok(text("name", &self.name, MAX_NAME));
        let programme = keep.ok(ProgrammeId::parse(&self.programme).and_then(|id| {
            programmes.iter().find(|p| p.id == id).ok_or_else(|| {
                let known: Vec<_> = programmes.iter().map(|p| p.id.as_str()).collect();
                Invalid::new(
                    "programme",
                    format!("unknown programme '{id}' (known: {})", known.join(", ")),
                )
            })
        }));
        let organisation = keep.ok(text("organisation", &self.organisation, MAX_NAME));
        let province = keep.ok(Province::find(&self.province)
            .ok_or_else(|| {
                Invalid::new(
                    "province",
                    format!("'{}' is not an Italian province", self.province.trim()),
                )
            })
            .and_then(|p| match programme {
                Some(prog) if !prog.contains_province(p) => Err(Invalid::new(
                    "province",
                    format!(
                        "{} is not in {}, the region of {}",
                        p.name, prog.region, prog.id
                    ),
                )),
                _ => Ok(p),
            }));
        let comune = keep.ok(text("comune", &self.comune, MAX_COMUNE));
        let address = keep.ok(text("address", &self.address, MAX_ADDRESS));
        let kind = keep.ok(SiteKind::parse(&self.site_kind).ok_or_else(|| {
            Invalid::new(
                "site_kind",
                "expected one of main, branch, mobile, seasonal",
            )
        }));
        let hours = keep.ok(self
            .opening_hours
            .parse::<OpeningHours>()
            .map_err(|e| Invalid::new("opening_hours", e.to_string())));
        let citizens = keep.ok(quota("quota_citizens", &self.quota_citizens));
        let services = keep.ok(quota("quota_services", &self.quota_services));

        let (
            Some(code),
            Some(name),
            Some(programme),
            Some(organisation),
            Some(province),
            Some(comune),
            Some(address),
            Some(kind),
            Some(hours),
            Some(citizens),
            Some(services),
        ) = (
            code,
            name,
            programme,
            organisation,
            province,
            comune,
            address,
            kind,
            hours,
            citizens,
            services,
        )
        else {
            return Err(errors);
        };
        Ok(Centre {
            code,
            name,
            programme: programme.id.clone(),
            organisation,
            province,
            site: Site {
                kind,
                comune,
                address,
                hours,
            },
            other_sites: Vec::new(),
            quota: Quota { citizens, services },
        })
    }
}

impl From<&Centre> for CentreFields {
    fn from(c: &Centre) -> Self {
        Self {
            code: c.code.to_string(),
            name: c.name.clone(),
            programme: c.programme.to_string(),
            organisation: c.organisation.clone(),
            province: c.province.code.to_owned(),
            comune: c.site.comune.clone(),
            address: c.site.address.clone(),
            site_kind: c.site.kind.as_str().to_owned(),
            opening_hours: c.site.hours.to_string(),
            quota_citizens: c.quota.citizens.to_string(),
            quota_services: c.quota.services.to_string(),
        }
    }
}

/// Keeps the value of a check, or records its error so all errors are reported together.
struct Collect<'a>(&'a mut Vec<Invalid>);

impl Collect<'_> {
    fn ok<T>(&mut self, r: Result<T, Invalid>) -> Option<T> {
        r.map_err(|e| self.0.push(e)).ok()
    }
}

fn text(field: &'static str, value: &str, max: usize) -> Result<String, Invalid> {
    let v = clean_line(value)
        .ok_or_else(|| Invalid::new(field, "must be one line without control characters"))?;
    if v.is_empty() {
        Err(Invalid::new(field, "is required"))
    } else if v.chars().count() > max {
        Err(Invalid::new(
            field,
            format!("is longer than {max} characters"),
        ))
    } else {
        Ok(v)
    }
}

fn quota(field: &'static str, value: &str) -> Result<u32, Invalid> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(0);
    }
    match v.parse::<u32>() {
        Ok(n) if n <= MAX_QUOTA => Ok(n),
        _ => Err(Invalid::new(
            field,
            format!("'{v}' is not a whole number between 0 and {MAX_QUOTA}"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::Target;

    fn toscana() -> Programme {
        Programme {
            id: ProgrammeId::parse("toscana").unwrap(),
            name: "Connessi in buona compagnia 2.0".into(),
            region: "Toscana".into(),
            start: "2023-03-06".parse().unwrap(),
            end: "2025-12-31".parse().unwrap(),
            min_age: 18,
            targets: vec![Target {
                due: "2025-12-31".parse().unwrap(),
                citizens: 136_000,
                services: Some(204_000),
                points: Some(169),
            }],
            province_targets: vec![],
            registration_without_codice_fiscale: false,
            privacy: Default::default(),
        }
    }

    fn row() -> CentreFields {
        CentreFields {
            code: "tos-900".into(),
            name: "Biblioteca di Sant'Angelo".into(),
            programme: "toscana".into(),
            organisation: "Comune di Forlì".into(),
            province: "Firenze".into(),
            comune: "Firenze".into(),
            address: "Via dell'Agnolo  5".into(),
            site_kind: "principale".into(),
            opening_hours: "lun 09:00-13:00".into(),
            quota_citizens: "800".into(),
            quota_services: "".into(),
        }
    }

    #[test]
    fn accepts_a_good_row_and_normalises_it() {
        let c = row().validate(&[toscana()]).unwrap();
        assert_eq!(c.code.as_str(), "TOS-900");
        assert_eq!(c.province.code, "FI");
        assert_eq!(c.site.address, "Via dell'Agnolo 5");
        assert_eq!(c.site.kind, SiteKind::Main);
        assert_eq!(
            c.quota,
            Quota {
                citizens: 800,
                services: 0
            }
        );
        // A validated centre written back as fields validates to itself.
        assert_eq!(CentreFields::from(&c).validate(&[toscana()]).unwrap(), c);
    }

    #[test]
    fn reports_every_bad_field_at_once() {
        let mut r = row();
        r.code = "x".into();
        r.province = "Milano".into();
        r.site_kind = "tent".into();
        r.quota_citizens = "-3".into();
        let errs = r.validate(&[toscana()]).unwrap_err();
        let fields: Vec<_> = errs.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["code", "province", "site_kind", "quota_citizens"]);
        assert!(
            errs[1].reason.contains("not in Toscana"),
            "{}",
            errs[1].reason
        );
    }

    #[test]
    fn unknown_programme_and_missing_name() {
        let mut r = row();
        r.programme = "veneto".into();
        r.name = "   ".into();
        let errs = r.validate(&[toscana()]).unwrap_err();
        assert_eq!(errs[0], Invalid::new("name", "is required"));
        assert!(errs[1].reason.contains("unknown programme 'veneto'"));
    }

    #[test]
    fn centre_codes() {
        assert!(CentreCode::parse("LOM-424").is_ok());
        assert!(CentreCode::parse("-AB").is_err());
        assert!(CentreCode::parse("AB-").is_err());
        assert!(CentreCode::parse("A B").is_err());
        assert!(CentreCode::parse("ABCDEFGHIJKLMNOPQ").is_err());
        assert!(serde_json::from_str::<CentreCode>("\"../etc\"").is_err());
    }
}
