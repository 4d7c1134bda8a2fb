//! Query strings as typed structs: each endpoint names its parameters once, in a struct
//! with `deny_unknown_fields`, and the values are then checked by the shared rules. An
//! unknown or repeated parameter is a 400 naming it, never ignored.

use ponte_domain::Invalid;
use serde::Deserialize;
use serde::de::DeserializeOwned;

/// Parses `raw` into `T`; `names` are `T`'s parameters, as the error tells them.
pub fn parse<T: DeserializeOwned>(raw: &str, names: &'static [&'static str]) -> Result<T, Invalid> {
    serde_urlencoded::from_str(raw).map_err(|e| {
        let text = e.to_string();
        let named = names
            .iter()
            .find(|n| text.contains(&format!("`{n}`")) && !text.starts_with("unknown field"));
        match named {
            Some(name) if text.starts_with("duplicate field") => {
                Invalid::new(name, "is given more than once")
            }
            Some(name) => Invalid::new(name, "is not a valid value"),
            None => {
                let unknown: String = text
                    .split('`')
                    .nth(1)
                    .unwrap_or("")
                    .chars()
                    .take(20)
                    .collect();
                Invalid::new(
                    "query",
                    format!("unknown parameter '{unknown}' (use {})", names.join(", ")),
                )
            }
        }
    })
}

/// A parameter's value if it says something: given, and not blank.
pub fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// `?from=&to=` of a report.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Range {
    pub from: Option<String>,
    pub to: Option<String>,
}

impl Range {
    pub const NAMES: &'static [&'static str] = &["from", "to"];
}

/// `/api/v1/feedback/summary?programme=&from=&to=`
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    pub programme: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
}

impl Summary {
    pub const NAMES: &'static [&'static str] = &["programme", "from", "to"];
}

/// `/api/v1/programmes/{id}/skills?province=&from=&to=`
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgrammeSkills {
    pub province: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
}

impl ProgrammeSkills {
    pub const NAMES: &'static [&'static str] = &["province", "from", "to"];
}

/// `/api/v1/surveys/digcomp?lang=&version=`
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyDefinition {
    pub lang: Option<String>,
    pub version: Option<String>,
}

impl SurveyDefinition {
    pub const NAMES: &'static [&'static str] = &["lang", "version"];
}

/// `/api/v1/centres/{code}/qr.svg?site=`
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Poster {
    pub site: Option<String>,
}

impl Poster {
    pub const NAMES: &'static [&'static str] = &["site"];
}

/// `/api/v1/centres/{code}/services?date=`
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Day {
    pub date: Option<String>,
}

impl Day {
    pub const NAMES: &'static [&'static str] = &["date"];
}

/// `/api/v1/staff/reports?service=&category=&status=&before=`
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reports {
    pub service: Option<String>,
    pub category: Option<String>,
    pub status: Option<String>,
    pub before: Option<String>,
}

impl Reports {
    pub const NAMES: &'static [&'static str] = &["service", "category", "status", "before"];
}

/// `/api/v1/programmes/{id}/progress?province=`
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    pub province: Option<String>,
}

impl Progress {
    pub const NAMES: &'static [&'static str] = &["province"];
}

/// `/api/v1/programmes/{id}/dashboard?province=&centre=&from=&to=&by=`
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dashboard {
    pub province: Option<String>,
    pub centre: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub by: Option<String>,
}

impl Dashboard {
    pub const NAMES: &'static [&'static str] = &["province", "centre", "from", "to", "by"];
}

/// `/api/v1/programmes/{id}/national?month=` and `national.csv?month=&part=`
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct National {
    pub month: Option<String>,
    pub part: Option<String>,
}

impl National {
    pub const NAMES: &'static [&'static str] = &["month", "part"];
}

/// `/api/v1/programmes/{id}/report.csv?month=` (and `.xlsx`)
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Month {
    pub month: Option<String>,
}

impl Month {
    pub const NAMES: &'static [&'static str] = &["month"];
}

/// `/api/v1/centres?programme=&province=&q=`
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Centres {
    pub programme: Option<String>,
    pub province: Option<String>,
    pub q: Option<String>,
}

impl Centres {
    pub const NAMES: &'static [&'static str] = &["programme", "province", "q"];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_parameter_at_fault() {
        let ok: Summary = parse("programme=toscana&from=2026-01-01", Summary::NAMES).unwrap();
        assert_eq!(ok.programme.as_deref(), Some("toscana"));
        assert_eq!(ok.to, None);
        let twice = parse::<Range>("from=a&from=b", Range::NAMES).unwrap_err();
        assert_eq!(twice.field, "from");
        let unknown = parse::<Range>("form=2026-01-01", Range::NAMES).unwrap_err();
        assert_eq!(unknown.field, "query");
        assert!(unknown.reason.contains("'form'") && unknown.reason.contains("from, to"));
        assert!(parse::<Range>("", Range::NAMES).is_ok());
    }
}
