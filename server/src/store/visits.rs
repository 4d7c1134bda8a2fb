//! Visits and the per-day attendance counters kept with them.

use ponte_domain::api::{Attendance, CheckinResponse, Counts, DayCounts, VisitSummary};
use std::collections::{BTreeMap, HashSet};

use ponte_domain::checkin::{Checkin, Needs, NotExportable, not_exportable};
use ponte_domain::clock::UnixSeconds;
use ponte_domain::codice_fiscale::age_band;
use ponte_domain::{CentreCode, Date, Programme};
use redb::{ReadableDatabase, ReadableTable};
use serde::{Deserialize, Serialize};

use super::citizens::{CitizenRecord, PassState, pass_state_by_hash};
use super::dashboard::Newcomer;
use super::submissions::{Accepted, Checked, Refused};
use super::tables::{
    CENTRE_DAY_CITIZENS, CENTRE_DAY_NOT_EXPORTABLE, CENTRE_DAY_SERVICES, CENTRE_DAYS, VISITS,
};
use super::{Result, Store, StoreError, Tables};
use crate::secrets::Secrets;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct VisitRecord {
    pub citizen: u64,
    pub centre: String,
    pub at: UnixSeconds,
    /// Day in Italy, as days since the epoch.
    pub day: i32,
    pub needs: Needs,
    /// The centre's programme at the time, so answers about the visit are counted for it.
    #[serde(default)]
    pub programme: String,
    /// Which of the centre's sites (1 = main): the national file's IDSede.
    #[serde(default = "main_site")]
    pub site: u8,
    /// National age band (AN8) on the day of the visit, from the birth date; `None` in
    /// visits recorded before it was kept.
    #[serde(default)]
    pub age_band: Option<u8>,
    /// Why the visit cannot be exported, if it cannot.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_exportable: Vec<NotExportable>,
    /// The citizen's first visit to this centre; `None` in visits from before it was
    /// kept.
    #[serde(default)]
    pub first_here: Option<bool>,
    /// The services recorded for this visit, in the order recorded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<u64>,
}

/// The counter row of visits with any reason not to be exported.
const NOT_EXPORTABLE_ANY: &str = "any";

fn main_site() -> u8 {
    1
}

/// A citizen arriving at a centre: by their own check-in (the phone had the pass), or
/// at the desk (staff found the pass by its QR or its code).
#[derive(Debug, Clone)]
pub struct Arrival {
    /// SHA-256 of the pass.
    pub pass_hash: [u8; 32],
    pub at: UnixSeconds,
    pub date: Date,
    pub needs: Needs,
    pub site: u8,
    pub privacy: Option<ponte_domain::registration::PrivacyAck>,
    pub received: UnixSeconds,
}

impl From<&Checkin> for Arrival {
    fn from(c: &Checkin) -> Arrival {
        Arrival {
            pass_hash: crate::secrets::sha256(c.pass.as_str().as_bytes()),
            at: c.at,
            date: c.date,
            needs: c.needs.clone(),
            site: c.site,
            privacy: c.privacy.clone(),
            received: c.received,
        }
    }
}

impl Arrival {
    /// A citizen at an event, at `at` (the server's time) on `date`: their needs are
    /// what the event covers. By the poster or let in by staff, the same arrival.
    pub fn at_event(
        pass_hash: [u8; 32],
        event: &ponte_domain::event::Event,
        (at, date): (UnixSeconds, Date),
        received: UnixSeconds,
    ) -> Arrival {
        Arrival {
            pass_hash,
            at,
            date,
            needs: Needs {
                public_services: event.service.domains.clone(),
                competences: event.service.competences.clone(),
            },
            site: 1,
            privacy: None,
            received,
        }
    }
}

/// What a check-in will do, decided by reading only.
pub enum CheckinPlan {
    /// The citizen already checked in here that day: the first visit answers.
    AlreadyToday(CheckinResponse),
    New {
        citizen: u64,
        age_band: Option<u8>,
        flags: Vec<NotExportable>,
        /// The citizen's record with a newly shown privacy notice added, to store.
        acknowledged: Option<Box<CitizenRecord>>,
        /// Who the citizen is, for the dashboard's breakdowns if this is their first
        /// visit in the programme.
        newcomer: Box<Newcomer>,
    },
}

/// A check-in's first phase: whose pass, whether today's visit exists, the age on the
/// day and whether the visit can be exported.
pub fn check_check_in(
    t: &Tables<'_>,
    secrets: &Secrets,
    checkin: &Arrival,
    centre: &CentreCode,
    programme: &Programme,
) -> Result<Checked<CheckinPlan>> {
    let citizen = match pass_state_by_hash(t, &checkin.pass_hash)? {
        PassState::Valid(id) => id,
        PassState::Revoked => return Ok(Err(Refused::RevokedPass)),
        PassState::Unknown => return Ok(Err(Refused::UnknownPass)),
    };
    let date = checkin.date;
    let day = date.days_since_epoch();
    let code = centre.as_str();
    if let Some(first) = t.centre_day_citizens.get((code, day, citizen))? {
        let id = first.value();
        let visit: VisitRecord = match t.visits.get(id)? {
            Some(v) => serde_json::from_slice(v.value())?,
            None => {
                return Err(StoreError::Sealed(format!(
                    "visit {id} is indexed but missing"
                )));
            }
        };
        let visits_here = t
            .citizen_at_centre
            .get((citizen, code))?
            .map_or(1, |v| v.value());
        return Ok(Ok(CheckinPlan::AlreadyToday(CheckinResponse {
            checked_in: true,
            already_today: true,
            visit: VisitSummary {
                id,
                centre: visit.centre,
                at: visit.at,
                date,
            },
            visits_here,
        })));
    }
    let person: Option<CitizenRecord> = match t.citizens.get(citizen)? {
        Some(v) => Some(serde_json::from_slice(v.value())?),
        None => None,
    };
    let age = match &person {
        Some(p) => p.birth(secrets)?.map(|b| b.age_on(date)),
        None => None,
    };
    let has_codice_fiscale = person.as_ref().is_none_or(|p| p.exportable);
    // Not a visit before the citizen signed up: a pass cannot have existed then, and a
    // date sent back in time must not add visits. A phone's clock may run a few
    // minutes behind the server's, as `checkin::when` allows the other way.
    if person
        .as_ref()
        .is_some_and(|p| checkin.at < p.registered_at - ponte_domain::checkin::MAX_SKEW_SECONDS)
    {
        return Ok(Err(Refused::BeforeSignUp));
    }
    let newcomer = Box::new(Newcomer::of(person.as_ref(), age.and_then(age_band)));
    let acknowledged = match (person, &checkin.privacy) {
        (Some(mut p), Some(ack)) => p
            .acknowledge(programme.id.as_str(), ack, checkin.received)
            .then(|| Box::new(p)),
        _ => None,
    };
    Ok(Ok(CheckinPlan::New {
        citizen,
        age_band: age.and_then(age_band),
        flags: not_exportable(programme, date, age, has_codice_fiscale),
        acknowledged,
        newcomer,
    }))
}

/// A check-in's second phase: records the visit and updates the centre's counters for
/// its day. It cannot refuse.
pub fn write_check_in(
    t: &mut Tables<'_>,
    checkin: &Arrival,
    centre: &CentreCode,
    programme: &Programme,
    plan: CheckinPlan,
) -> Result<Accepted> {
    let (citizen, age_band, flags, acknowledged, newcomer) = match plan {
        CheckinPlan::AlreadyToday(reply) => return Ok(Accepted::CheckedIn(reply)),
        CheckinPlan::New {
            citizen,
            age_band,
            flags,
            acknowledged,
            newcomer,
        } => (citizen, age_band, flags, acknowledged, newcomer),
    };
    let date = checkin.date;
    let day = date.days_since_epoch();
    let code = centre.as_str();
    if let Some(p) = acknowledged {
        t.citizens
            .insert(citizen, serde_json::to_vec(&p)?.as_slice())?;
    }
    let visits_here = t
        .citizen_at_centre
        .get((citizen, code))?
        .map_or(0, |v| v.value())
        + 1;
    t.citizen_at_centre.insert((citizen, code), visits_here)?;
    let key = (citizen, programme.id.as_str());
    let new_in_programme = t.citizen_in_programme.get(key)?.is_none();
    if new_in_programme {
        t.citizen_in_programme.insert(key, day)?;
        super::progress::count_new_citizen(t, programme.id.as_str(), code, day)?;
    }
    {
        // A visit is not a participation: a service recorded for it will be.
        let (v, u, n, p) = t
            .centre_days
            .get((code, day))?
            .map_or((0, 0, 0, 0), |c| c.value());
        t.centre_days.insert(
            (code, day),
            (
                v + 1,
                u + u32::from(visits_here == 1),
                n + u32::from(new_in_programme),
                p,
            ),
        )?;
    }
    let any = (!flags.is_empty()).then_some(NOT_EXPORTABLE_ANY);
    for reason in flags.iter().map(|f| f.as_str()).chain(any) {
        let key = (code, day, reason);
        let n = t
            .centre_day_not_exportable
            .get(key)?
            .map_or(0, |v| v.value());
        t.centre_day_not_exportable.insert(key, n + 1)?;
    }
    super::dashboard::count_visit(
        t,
        programme.id.as_str(),
        code,
        day,
        citizen,
        new_in_programme.then_some(&*newcomer),
    )?;
    let id = t.next_id("visit")?;
    t.centre_day_citizens.insert((code, day, citizen), id)?;
    let record = VisitRecord {
        citizen,
        centre: code.to_owned(),
        at: checkin.at,
        day,
        needs: checkin.needs.clone(),
        programme: programme.id.as_str().to_owned(),
        site: checkin.site,
        age_band,
        not_exportable: flags,
        first_here: Some(visits_here == 1),
        services: Vec::new(),
    };
    t.visits
        .insert(id, serde_json::to_vec(&record)?.as_slice())?;
    Ok(Accepted::CheckedIn(CheckinResponse {
        checked_in: true,
        already_today: false,
        visit: VisitSummary {
            id,
            centre: code.to_owned(),
            at: checkin.at,
            date,
        },
        visits_here,
    }))
}

/// A questionnaire's first phase: the visit exists, the pass made it, and it has not
/// been answered.
pub fn check_experience(
    t: &Tables<'_>,
    visit_id: u64,
    pass_hash: &[u8; 32],
) -> Result<Checked<VisitRecord>> {
    let visit: VisitRecord = match t.visits.get(visit_id)? {
        Some(v) => serde_json::from_slice(v.value())?,
        None => return Ok(Err(Refused::NoSuchVisit)),
    };
    match pass_state_by_hash(t, pass_hash)? {
        PassState::Valid(citizen) if citizen == visit.citizen => {}
        _ => return Ok(Err(Refused::NotYourVisit)),
    }
    if t.experiences.get(visit_id)?.is_some() {
        return Ok(Err(Refused::AlreadyAnswered));
    }
    Ok(Ok(visit))
}

/// Stores a citizen's ES1–ES6 answers about their own visit and counts them.
pub fn write_experience(
    t: &mut Tables<'_>,
    visit_id: u64,
    visit: &VisitRecord,
    experience: &ponte_domain::experience::Experience,
) -> Result<Accepted> {
    t.experiences
        .insert(visit_id, serde_json::to_vec(experience)?.as_slice())?;
    let usefulness = experience.usefulness.to_string();
    let chosen = [
        ("heard_from", &experience.heard_from[..]),
        ("reason", &experience.reason[..]),
        ("help_source", &experience.help_source[..]),
        ("come_back", experience.come_back.as_slice()),
        ("usefulness", std::slice::from_ref(&usefulness)),
    ];
    for (question, codes) in chosen {
        for code in codes {
            let key = (visit.programme.as_str(), visit.day, question, code.as_str());
            let n = t.experience_counts.get(key)?.map_or(0, |v| v.value());
            t.experience_counts.insert(key, n + 1)?;
        }
    }
    Ok(Accepted::Answered { visit: visit_id })
}

impl Store {
    /// A centre's attendance over `from..=to`, read from the day counters and the
    /// day index of who came (never from the visits themselves).
    pub fn attendance(&self, centre: &CentreCode, from: Date, to: Date) -> Result<Attendance> {
        let tx = self.db.begin_read()?;
        let code = centre.as_str();
        let (first, last) = (from.days_since_epoch(), to.days_since_epoch());
        let mut per_day: BTreeMap<i32, Counts> = BTreeMap::new();
        for entry in tx
            .open_table(CENTRE_DAYS)?
            .range((code, first)..=(code, last))?
        {
            let (key, value) = entry?;
            let (v, u, n, p) = value.value();
            let c = per_day.entry(key.value().1).or_default();
            c.visits = v.into();
            c.first_time_here = u.into();
            c.new_citizens = n.into();
            c.participations = p.into();
        }
        for entry in tx
            .open_table(CENTRE_DAY_SERVICES)?
            .range((code, first)..=(code, last))?
        {
            let (key, value) = entry?;
            per_day.entry(key.value().1).or_default().services = value.value().0.into();
        }
        let flags = tx.open_table(CENTRE_DAY_NOT_EXPORTABLE)?;
        for entry in flags.range((code, first, "")..(code, last + 1, ""))? {
            let (key, value) = entry?;
            let (_, day, reason) = key.value();
            let c = per_day.entry(day).or_default();
            match NotExportable::parse(reason) {
                Some(reason) => c.not_exportable.add(reason, value.value().into()),
                None if reason == NOT_EXPORTABLE_ANY => {
                    c.not_exportable.visits += u64::from(value.value())
                }
                None => {}
            }
        }
        // Distinct citizens: a day's are its rows (one per citizen); a period's need
        // the set, whose size is bounded by the visits in it.
        let mut citizens = HashSet::new();
        let who = tx.open_table(CENTRE_DAY_CITIZENS)?;
        for entry in who.range((code, first, 0)..(code, last + 1, 0))? {
            let (key, _) = entry?;
            let (_, day, citizen) = key.value();
            citizens.insert(citizen);
            per_day.entry(day).or_default().citizens += 1;
        }
        let mut totals = Counts::default();
        let mut days = Vec::with_capacity(per_day.len());
        for (day, counts) in per_day {
            totals.visits += counts.visits;
            totals.first_time_here += counts.first_time_here;
            totals.new_citizens += counts.new_citizens;
            totals.participations += counts.participations;
            totals.services += counts.services;
            let n = counts.not_exportable;
            totals.not_exportable.visits += n.visits;
            totals.not_exportable.outside_period += n.outside_period;
            totals.not_exportable.under_age += n.under_age;
            totals.not_exportable.no_codice_fiscale += n.no_codice_fiscale;
            if let Some(date) = Date::from_days_since_epoch(day) {
                days.push(DayCounts { date, counts });
            }
        }
        totals.citizens = citizens.len() as u64;
        Ok(Attendance {
            centre: code.to_owned(),
            from,
            to,
            totals,
            days,
        })
    }

    /// One visit, as stored: for staff and tests.
    pub fn visit(&self, id: u64) -> Result<Option<VisitRecord>> {
        let tx = self.db.begin_read()?;
        Ok(match tx.open_table(VISITS)?.get(id)? {
            Some(v) => Some(serde_json::from_slice(v.value())?),
            None => None,
        })
    }

    /// Every stored visit; for tests and exports, never for counting.
    pub fn visit_count(&self) -> Result<u64> {
        use redb::ReadableTableMetadata;
        let tx = self.db.begin_read()?;
        Ok(tx.open_table(VISITS)?.len()?)
    }
}
