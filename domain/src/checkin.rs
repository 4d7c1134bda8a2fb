//! Checking in: a citizen with a pass records a visit at a centre.

use serde::{Deserialize, Serialize};

use crate::clock::{UnixSeconds, rome_date};
use crate::codelists;
use crate::date::Date;
use crate::invalid::Invalid;
use crate::pass::PassToken;
use crate::submission::SubmissionId;

/// What the citizen says they need help with, picked from plain-language choices.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Needs {
    /// SE6 public-service domain codes.
    #[serde(default)]
    pub public_services: Vec<String>,
    /// SE5 competence codes.
    #[serde(default)]
    pub competences: Vec<String>,
}

/// One plain-language choice of what a citizen needs help with, and the national code it
/// stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// An SE6 public-service domain.
    Service(&'static str),
    /// An SE5 competence.
    Competence(&'static str),
}

/// The choices the check-in offers, keyed for the app's catalogues (`need-<key>`), in
/// the order people most often ask for them.
pub const NEED_CHOICES: &[(&str, Need)] = &[
    ("spid-cie", Need::Competence("9")),
    ("app-io", Need::Service("A")),
    ("pagopa", Need::Service("B")),
    ("health-record", Need::Service("D")),
    ("health-booking", Need::Service("M")),
    ("inps", Need::Service("L")),
    ("taxes", Need::Service("N")),
    ("certificates", Need::Service("C")),
    ("school", Need::Service("G")),
    ("work", Need::Service("J")),
    ("calls-messages", Need::Competence("4")),
    ("safety", Need::Competence("11")),
];

impl Needs {
    /// The needs made of the chosen keys of [`NEED_CHOICES`]; unknown keys are ignored.
    pub fn from_choices<'a>(keys: impl IntoIterator<Item = &'a str>) -> Needs {
        let mut needs = Needs::default();
        for key in keys {
            match NEED_CHOICES
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, n)| *n)
            {
                Some(Need::Service(c)) => needs.public_services.push(c.to_owned()),
                Some(Need::Competence(c)) => needs.competences.push(c.to_owned()),
                None => {}
            }
        }
        needs
    }
}

/// `POST /api/v1/checkins`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckinRequest {
    pub submission_id: SubmissionId,
    pub pass: String,
    pub centre: String,
    /// When the citizen tapped "check in" (seconds since the epoch), kept when the
    /// phone was offline and sends it later. Absent: the server's clock.
    #[serde(default)]
    pub at: Option<UnixSeconds>,
    #[serde(default)]
    pub needs: Needs,
}

/// How far back an offline check-in may be sent, and how far ahead a phone's clock may
/// run.
pub const MAX_AGE_SECONDS: i64 = 30 * 86_400;
pub const MAX_SKEW_SECONDS: i64 = 10 * 60;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkin {
    pub pass: PassToken,
    pub at: UnixSeconds,
    /// The day in Italy the visit counts for.
    pub date: Date,
    pub needs: Needs,
}

/// When something done on a phone happened, and the day in Italy it counts for: the
/// phone's own time (it may have waited offline) if plausible, else now.
pub fn when(at: Option<UnixSeconds>, now: UnixSeconds) -> Result<(UnixSeconds, Date), Invalid> {
    let at = at.unwrap_or(now);
    if at > now + MAX_SKEW_SECONDS {
        return Err(Invalid::new(
            "at",
            "is in the future: check the phone's clock",
        ));
    }
    if at < now - MAX_AGE_SECONDS {
        return Err(Invalid::new("at", "is more than 30 days ago"));
    }
    let date = rome_date(at).ok_or_else(|| Invalid::new("at", "is not a possible time"))?;
    Ok((at, date))
}

impl CheckinRequest {
    pub fn validate(&self, now: UnixSeconds) -> Result<Checkin, Invalid> {
        let pass = PassToken::parse(&self.pass)?;
        let (at, date) = when(self.at, now)?;
        Ok(Checkin {
            pass,
            at,
            date,
            needs: Needs {
                public_services: codelists::pick(
                    "needs.public_services",
                    codelists::PUBLIC_SERVICE,
                    &self.needs.public_services,
                )?,
                competences: codelists::pick(
                    "needs.competences",
                    codelists::COMPETENCE,
                    &self.needs.competences,
                )?,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_795_000_000;

    fn request() -> CheckinRequest {
        CheckinRequest {
            submission_id: SubmissionId::from_u128(1),
            pass: "0123456789ABCDEFGHJKMNPQRS".into(),
            centre: "TOS-001".into(),
            at: None,
            needs: Needs {
                public_services: vec!["D".into(), "B".into(), "B".into()],
                competences: vec!["9".into()],
            },
        }
    }

    #[test]
    fn defaults_to_now_and_normalises_needs() {
        let c = request().validate(NOW).unwrap();
        assert_eq!(c.at, NOW);
        assert_eq!(c.needs.public_services, ["B", "D"]);
    }

    #[test]
    fn offline_time_is_kept_within_limits() {
        let mut r = request();
        r.at = Some(NOW - 3600);
        assert_eq!(r.validate(NOW).unwrap().at, NOW - 3600);
        r.at = Some(NOW + 3600);
        assert_eq!(r.validate(NOW).unwrap_err().field, "at");
        r.at = Some(NOW - 31 * 86_400);
        assert_eq!(r.validate(NOW).unwrap_err().field, "at");
    }

    #[test]
    fn every_choice_is_a_national_code() {
        let keys: Vec<&str> = NEED_CHOICES.iter().map(|(k, _)| *k).collect();
        let needs = Needs::from_choices(keys.iter().copied());
        let mut r = request();
        r.needs = needs;
        let c = r.validate(NOW).unwrap();
        assert_eq!(
            c.needs.public_services.len() + c.needs.competences.len(),
            NEED_CHOICES.len()
        );
        assert_eq!(
            Needs::from_choices(["pagopa", "nope"]).public_services,
            ["B"]
        );
    }

    #[test]
    fn unknown_codes_and_bad_passes_name_the_field() {
        let mut r = request();
        r.needs.public_services.push("Z".into());
        assert_eq!(r.validate(NOW).unwrap_err().field, "needs.public_services");
        let mut r = request();
        r.pass = "short".into();
        assert_eq!(r.validate(NOW).unwrap_err().field, "pass");
    }
}
