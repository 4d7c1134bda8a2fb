//! Events of a centre (a course, a group session, a gazebo in the square, a seasonal
//! point): their own QR poster, check-in by the citizens present, and at the close one
//! group service in the national shape with every present citizen in it.

use serde::{Deserialize, Serialize};

use crate::clock::UnixSeconds;
use crate::codelists::{self, COMPETENCE, PUBLIC_SERVICE, SERVICE_TYPE};
use crate::invalid::Invalid;
use crate::submission::SubmissionId;
use crate::text::clean_line;

/// The poster's check-in opens this long before the start.
pub const OPENS_BEFORE: i64 = 30 * 60;
/// Longest event: as long as one service may last (a course of several days is one
/// event a day).
pub const MAX_SECONDS: i64 = crate::service::MAX_MINUTES as i64 * 60;
pub const MAX_TITLE: usize = 120;
pub const MAX_PLACE: usize = 200;
pub const MAX_CAPACITY: u32 = 5_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Course,
    Group,
    Mobile,
    Seasonal,
}

impl EventKind {
    pub const ALL: [EventKind; 4] = [
        EventKind::Course,
        EventKind::Group,
        EventKind::Mobile,
        EventKind::Seasonal,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Course => "course",
            EventKind::Group => "group",
            EventKind::Mobile => "mobile",
            EventKind::Seasonal => "seasonal",
        }
    }
}

/// The national fields the event's service will carry.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct EventService {
    pub types: Vec<String>,
    pub competences: Vec<String>,
    pub domains: Vec<String>,
}

/// `POST /api/v1/events`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct EventRequest {
    pub submission_id: SubmissionId,
    pub centre: String,
    pub title: String,
    pub kind: EventKind,
    /// Empty: at the centre.
    #[serde(default)]
    pub place: String,
    /// RFC 3339 with an offset, e.g. `2026-12-03T15:00:00+01:00`.
    pub starts_at: String,
    pub ends_at: String,
    #[serde(default)]
    pub capacity: Option<u32>,
    pub service: EventService,
}

/// How long after an event's end a presence tapped during it may still arrive.
pub const LATE_PRESENCE: UnixSeconds = 24 * 3600;

/// An event that passed the rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Event {
    pub title: String,
    pub kind: EventKind,
    pub place: String,
    pub starts_at: UnixSeconds,
    pub ends_at: UnixSeconds,
    pub capacity: Option<u32>,
    pub service: EventService,
}

impl EventRequest {
    pub fn validate(&self, now: UnixSeconds) -> Result<Event, Invalid> {
        let title = clean_line(self.title.trim())
            .filter(|t| !t.is_empty())
            .ok_or_else(|| Invalid::new("title", "give the event a name, on one line"))?;
        if title.chars().count() > MAX_TITLE {
            return Err(Invalid::new(
                "title",
                format!("at most {MAX_TITLE} characters"),
            ));
        }
        let place = match self.place.trim() {
            "" => String::new(),
            p => {
                clean_line(p).ok_or_else(|| Invalid::new("place", "write the place on one line"))?
            }
        };
        if place.chars().count() > MAX_PLACE {
            return Err(Invalid::new(
                "place",
                format!("at most {MAX_PLACE} characters"),
            ));
        }
        let starts_at = parse_rfc3339(&self.starts_at).ok_or_else(|| {
            Invalid::new(
                "starts_at",
                "write date, time and offset, like 2026-12-03T15:00:00+01:00",
            )
        })?;
        let ends_at = parse_rfc3339(&self.ends_at).ok_or_else(|| {
            Invalid::new(
                "ends_at",
                "write date, time and offset, like 2026-12-03T17:00:00+01:00",
            )
        })?;
        if ends_at <= starts_at {
            return Err(Invalid::new("ends_at", "the end comes after the start"));
        }
        if ends_at - starts_at > MAX_SECONDS {
            return Err(Invalid::new(
                "ends_at",
                "an event lasts at most 12 hours: make one a day",
            ));
        }
        // Its check-ins are visits of one day, and its service is dated that day: the
        // whole window, from when the poster opens to the end, is one day in Italy.
        if crate::clock::rome_date(starts_at - OPENS_BEFORE) != crate::clock::rome_date(ends_at) {
            return Err(Invalid::new(
                "ends_at",
                "an event is within one day (from half an hour before its start): make one a day",
            ));
        }
        if ends_at < now - 7 * 86_400 {
            return Err(Invalid::new(
                "ends_at",
                "the event ended more than a week ago",
            ));
        }
        if starts_at > now + 366 * 86_400 {
            return Err(Invalid::new("starts_at", "at most a year ahead"));
        }
        if let Some(c) = self.capacity
            && !(1..=MAX_CAPACITY).contains(&c)
        {
            return Err(Invalid::new(
                "capacity",
                format!("from 1 to {MAX_CAPACITY} people, or none"),
            ));
        }
        let types = codelists::pick("service.types", SERVICE_TYPE, &self.service.types)?;
        if types.is_empty() {
            return Err(Invalid::new(
                "service.types",
                "choose the type of service the event is",
            ));
        }
        if types.iter().all(|t| t == crate::service::INDIVIDUAL) {
            return Err(Invalid::new(
                "service.types",
                "an event is for a group: choose group facilitation or training",
            ));
        }
        let competences =
            codelists::pick("service.competences", COMPETENCE, &self.service.competences)?;
        if competences.is_empty() {
            return Err(Invalid::new(
                "service.competences",
                "choose at least one competence",
            ));
        }
        let domains = codelists::pick("service.domains", PUBLIC_SERVICE, &self.service.domains)?;
        if domains.is_empty() {
            return Err(Invalid::new(
                "service.domains",
                "choose at least one public service",
            ));
        }
        Ok(Event {
            // The title becomes the service's SE7: personal data in it is masked.
            title: crate::masking::mask(&title).0,
            kind: self.kind,
            place,
            starts_at,
            ends_at,
            capacity: self.capacity,
            service: EventService {
                types,
                competences,
                domains,
            },
        })
    }
}

impl Event {
    /// Whether its poster lets citizens check in at `now`.
    pub fn is_open_at(&self, now: UnixSeconds) -> bool {
        self.starts_at - OPENS_BEFORE <= now && now <= self.ends_at
    }

    /// A presence tapped at `at` and received at `received`: tapped while the poster was
    /// open, and sent within a day of the end (a phone offline at a square or in a van
    /// sends it when it finds a network; a photo of the poster days later does not).
    pub fn took_place(&self, at: UnixSeconds, received: UnixSeconds) -> bool {
        self.is_open_at(at)
            && at <= received + crate::checkin::MAX_SKEW_SECONDS
            && received <= self.ends_at + LATE_PRESENCE
    }

    /// The service's length in minutes (an event lasts at most what a service may).
    pub fn minutes(&self) -> u16 {
        ((self.ends_at - self.starts_at) / 60).clamp(1, i64::from(crate::service::MAX_MINUTES))
            as u16
    }
}

/// Seconds since the epoch of an RFC 3339 date-time with an offset
/// (`YYYY-MM-DDTHH:MM[:SS[.frac]](Z|±HH:MM)`); `None` if it is not one.
pub fn parse_rfc3339(s: &str) -> Option<UnixSeconds> {
    let s = s.trim();
    if s.len() < 17 || !s.is_ascii() {
        return None;
    }
    let date: crate::date::Date = s.get(..10)?.parse().ok()?;
    if !matches!(s.as_bytes()[10], b'T' | b't' | b' ') {
        return None;
    }
    let rest = &s[11..];
    let num = |t: &str| -> Option<i64> {
        (t.len() == 2 && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse().ok())
            .flatten()
    };
    let (h, m) = (num(rest.get(..2)?)?, num(rest.get(3..5)?)?);
    if rest.as_bytes().get(2) != Some(&b':') || h > 23 || m > 59 {
        return None;
    }
    let mut tail = &rest[5..];
    let mut sec = 0;
    if let Some(t) = tail.strip_prefix(':') {
        sec = num(t.get(..2)?)?;
        if sec > 60 {
            return None;
        }
        tail = &t[2..];
        if let Some(f) = tail.strip_prefix('.') {
            let digits = f.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return None;
            }
            tail = &f[digits..];
        }
    }
    let offset = match tail {
        "Z" | "z" => 0,
        t if t.len() == 6 && (t.starts_with('+') || t.starts_with('-')) && &t[3..4] == ":" => {
            let (oh, om) = (num(&t[1..3])?, num(&t[4..6])?);
            if oh > 23 || om > 59 {
                return None;
            }
            let o = oh * 3600 + om * 60;
            if t.starts_with('-') { -o } else { o }
        }
        _ => return None,
    };
    Some(i64::from(date.days_since_epoch()) * 86_400 + h * 3600 + m * 60 + sec.min(59) - offset)
}

/// `POST /api/v1/events/{id}/checkins`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct EventCheckinRequest {
    pub submission_id: SubmissionId,
    pub pass: String,
    /// From the poster's link (`#t=`).
    pub token: String,
    /// When the citizen tapped (seconds since the epoch), kept by a phone that was
    /// offline at a gazebo and sends it later: the presence counts if the tap was in
    /// the event's window. Absent: the server's clock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<UnixSeconds>,
    /// The notice of the event's programme, when the phone has just shown it (a new
    /// version, another programme's): recorded with the presence, as with a check-in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy: Option<crate::registration::PrivacyAck>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    Present,
    Waitlisted,
}

/// `201` reply to an event check-in (`200` with the first one when repeated).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventCheckinResponse {
    pub status: Presence,
    /// Place in the waiting list (1 = next), when waitlisted.
    pub position: Option<u32>,
    /// The centre visit the attendance made.
    pub visit: u64,
    #[serde(default)]
    pub already: bool,
}

/// An event as its pages and the console show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventView {
    pub id: u64,
    pub centre: String,
    #[serde(flatten)]
    pub event: Event,
    pub present: u32,
    pub waitlisted: u32,
    /// The group service recorded at the close (`event.service` is what it will carry).
    pub closed_service: Option<u64>,
}

/// `201` reply to `POST /api/v1/events`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventResponse {
    pub event: EventView,
    /// The poster's address, with its token.
    pub poster_url: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request() -> EventRequest {
        EventRequest {
            submission_id: SubmissionId::from_u128(1),
            centre: "TOS-001".into(),
            title: "Corso SPID".into(),
            kind: EventKind::Course,
            place: String::new(),
            starts_at: "2026-12-03T15:00:00+01:00".into(),
            ends_at: "2026-12-03T17:00:00+01:00".into(),
            capacity: Some(20),
            service: EventService {
                types: vec!["C".into()],
                competences: vec!["9".into()],
                domains: vec!["A".into()],
            },
        }
    }

    const NOW: i64 = 1_796_200_000; // 2026-12-02

    #[test]
    fn rfc3339_with_offsets() {
        assert_eq!(parse_rfc3339("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_rfc3339("1970-01-01T01:00:00+01:00"), Some(0));
        assert_eq!(parse_rfc3339("1970-01-01T00:00-00:30"), Some(1800));
        assert_eq!(
            parse_rfc3339("2026-12-03T15:00:00.250+01:00"),
            parse_rfc3339("2026-12-03T14:00:00Z")
        );
        for bad in [
            "",
            "2026-12-03",
            "2026-12-03T15:00",
            "2026-12-03T25:00Z",
            "2026-13-03T15:00Z",
            "2026-12-03T15:00+1",
            "2026-12-03T15:00:00+01:00x",
            "２026-12-03T15:00Z",
        ] {
            assert_eq!(parse_rfc3339(bad), None, "{bad}");
        }
    }

    #[test]
    fn an_event_has_a_window_and_the_national_fields() {
        let e = request().validate(NOW).unwrap();
        assert_eq!(e.ends_at - e.starts_at, 7200);
        assert_eq!(e.minutes(), 120);
        assert!(e.is_open_at(e.starts_at - 30 * 60));
        assert!(!e.is_open_at(e.starts_at - 30 * 60 - 1));
        assert!(e.is_open_at(e.ends_at) && !e.is_open_at(e.ends_at + 1));
    }

    #[test]
    fn bad_events_name_their_field() {
        type Spoil = fn(&mut EventRequest);
        let cases: [(&str, Spoil); 9] = [
            ("title", |r| r.title = "  ".into()),
            ("ends_at", |r| r.ends_at = r.starts_at.clone()),
            ("ends_at", |r| {
                r.ends_at = "2026-12-05T17:00:00+01:00".into()
            }),
            ("ends_at", |r| {
                r.starts_at = "2026-12-03T23:00:00+01:00".into();
                r.ends_at = "2026-12-04T01:00:00+01:00".into();
            }),
            ("service.types", |r| r.service.types = vec!["A".into()]),
            ("starts_at", |r| r.starts_at = "domani".into()),
            ("capacity", |r| r.capacity = Some(0)),
            ("service.types", |r| r.service.types.clear()),
            ("service.domains", |r| r.service.domains = vec!["Z".into()]),
        ];
        for (field, spoil) in cases {
            let mut r = request();
            spoil(&mut r);
            assert_eq!(r.validate(NOW).unwrap_err().field, field);
        }
    }
}
