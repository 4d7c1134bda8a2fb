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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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
    ("local-taxes", Need::Service("O")),
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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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
    /// Which of the centre's sites (1 = the main one, then the others in the centre's
    /// order) the citizen is at: each site's poster carries its own number, and the
    /// national file names the site (IDSede) of every service. Absent: the main site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<u8>,
    /// The privacy notice of the centre's programme, when the phone has just shown it
    /// (a new version, or another programme's than the one signed up in): recorded with
    /// the visit, so the citizen's record says which notices they saw, when and how.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy: Option<crate::registration::PrivacyAck>,
}

/// Why a visit cannot go into the national upload file. Such visits are still
/// recorded and counted locally, and staff see why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum NotExportable {
    /// The day is outside the centre's programme period.
    OutsidePeriod,
    /// The citizen is younger than the centre's programme counts on that day (signed
    /// up in a programme that counts from 16, visiting one that counts from 18).
    UnderAge,
    /// Registered without a codice fiscale.
    NoCodiceFiscale,
}

impl NotExportable {
    pub const ALL: [NotExportable; 3] = [
        NotExportable::OutsidePeriod,
        NotExportable::UnderAge,
        NotExportable::NoCodiceFiscale,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NotExportable::OutsidePeriod => "outside_period",
            NotExportable::UnderAge => "under_age",
            NotExportable::NoCodiceFiscale => "no_codice_fiscale",
        }
    }

    pub fn parse(s: &str) -> Option<NotExportable> {
        NotExportable::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// What a visit must meet to be exported: the national upload checks the service date
/// against the programme's period and the citizen's age against its minimum. One rule
/// for the check-in that flags a visit and the export that leaves it out.
pub fn not_exportable(
    programme: &crate::Programme,
    day: Date,
    age: Option<u16>,
    has_codice_fiscale: bool,
) -> Vec<NotExportable> {
    let mut out = Vec::new();
    if !programme.is_open_on(day) {
        out.push(NotExportable::OutsidePeriod);
    }
    if age.is_some_and(|a| a < u16::from(programme.min_age)) {
        out.push(NotExportable::UnderAge);
    }
    if !has_codice_fiscale {
        out.push(NotExportable::NoCodiceFiscale);
    }
    out
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
    /// 1-based, and one of the centre's sites.
    pub site: u8,
    /// The notice shown before this check-in, if it is the one in force.
    pub privacy: Option<crate::registration::PrivacyAck>,
    /// When the server received it: what an acknowledgement is recorded with (the
    /// phone's own time may be weeks earlier, or wrong).
    pub received: UnixSeconds,
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
    /// Checks the request, at a centre with `sites` sites whose programme's notice is
    /// `privacy_version`.
    pub fn validate(
        &self,
        now: UnixSeconds,
        sites: usize,
        privacy_version: &str,
    ) -> Result<Checkin, Invalid> {
        if self
            .privacy
            .as_ref()
            .is_some_and(|ack| ack.channel.is_desk())
        {
            return Err(Invalid::new(
                "privacy.channel",
                "only a facilitator records a notice shown at the desk",
            ));
        }
        let pass = PassToken::parse(&self.pass)?;
        let (at, date) = when(self.at, now)?;
        let site = self.site.unwrap_or(1);
        if site == 0 || usize::from(site) > sites {
            return Err(Invalid::new(
                "site",
                format!("this centre has {sites} site(s): use the number on the poster"),
            ));
        }
        Ok(Checkin {
            pass,
            at,
            date,
            site,
            // A notice acknowledged while the check-in waited offline may have been
            // replaced since: the visit still counts, only the current notice is
            // recorded (the phone shows the new one next time).
            privacy: self
                .privacy
                .clone()
                .filter(|ack| ack.version == privacy_version),
            received: now,
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
            site: None,
            privacy: None,
            needs: Needs {
                public_services: vec!["D".into(), "B".into(), "B".into()],
                competences: vec!["9".into()],
            },
        }
    }

    #[test]
    fn defaults_to_now_and_normalises_needs() {
        let c = request().validate(NOW, 2, "v1").unwrap();
        assert_eq!(c.at, NOW);
        assert_eq!(c.needs.public_services, ["B", "D"]);
    }

    #[test]
    fn offline_time_is_kept_within_limits() {
        let mut r = request();
        r.at = Some(NOW - 3600);
        assert_eq!(r.validate(NOW, 2, "v1").unwrap().at, NOW - 3600);
        r.at = Some(NOW + 3600);
        assert_eq!(r.validate(NOW, 2, "v1").unwrap_err().field, "at");
        r.at = Some(NOW - 31 * 86_400);
        assert_eq!(r.validate(NOW, 2, "v1").unwrap_err().field, "at");
    }

    #[test]
    fn every_choice_is_a_national_code() {
        let keys: Vec<&str> = NEED_CHOICES.iter().map(|(k, _)| *k).collect();
        let needs = Needs::from_choices(keys.iter().copied());
        let mut r = request();
        r.needs = needs;
        let c = r.validate(NOW, 2, "v1").unwrap();
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
    fn the_site_is_one_of_the_centres() {
        let mut r = request();
        assert_eq!(r.validate(NOW, 2, "v1").unwrap().site, 1);
        r.site = Some(2);
        assert_eq!(r.validate(NOW, 2, "v1").unwrap().site, 2);
        r.site = Some(3);
        assert_eq!(r.validate(NOW, 2, "v1").unwrap_err().field, "site");
        r.site = Some(0);
        assert_eq!(r.validate(NOW, 2, "v1").unwrap_err().field, "site");
    }

    #[test]
    fn visits_outside_the_period_or_under_the_age_are_flagged() {
        let mut p: crate::Programme = serde_json::from_value(serde_json::json!({
            "id": "toscana", "name": "T", "region": "Toscana",
            "start": "2023-03-06", "end": "2025-12-31", "min_age": 18, "targets": []
        }))
        .unwrap();
        let day: Date = "2025-06-01".parse().unwrap();
        assert!(not_exportable(&p, day, Some(40), true).is_empty());
        assert_eq!(
            not_exportable(&p, "2026-01-01".parse().unwrap(), Some(40), true),
            [NotExportable::OutsidePeriod]
        );
        assert_eq!(
            not_exportable(&p, day, Some(16), false),
            [NotExportable::UnderAge, NotExportable::NoCodiceFiscale]
        );
        p.min_age = 16;
        assert!(not_exportable(&p, day, Some(16), true).is_empty());
    }

    #[test]
    fn unknown_codes_and_bad_passes_name_the_field() {
        let mut r = request();
        r.needs.public_services.push("Z".into());
        assert_eq!(
            r.validate(NOW, 2, "v1").unwrap_err().field,
            "needs.public_services"
        );
        let mut r = request();
        r.pass = "short".into();
        assert_eq!(r.validate(NOW, 2, "v1").unwrap_err().field, "pass");
    }
}
