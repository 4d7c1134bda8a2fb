//! Events and who came to them. An event check-in is also a visit of the event's
//! centre (the same one-a-day visit as a phone's check-in), so the day's counters and
//! the group service recorded at the close stand on the visits already there.

use ponte_domain::clock::UnixSeconds;
use ponte_domain::event::{Event, EventCheckinResponse, EventView, Presence};
use ponte_domain::service::Service;
use ponte_domain::{CentreCode, Programme};
use redb::{ReadableDatabase, ReadableTable};
use serde::{Deserialize, Serialize};

use super::citizens::{PassState, pass_state_by_hash};
use super::services::{ServiceRecord, check_service, write_service};
use super::submissions::{Accepted, Checked, Refused};
use super::tables::{CENTRE_EVENTS, EVENT_COUNTS, EVENT_PEOPLE, EVENTS, VISITS};
use super::visits::{Arrival, CheckinPlan, VisitRecord, check_check_in, write_check_in};
use super::{Result, Store, StoreError, Tables};
use crate::secrets::Secrets;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EventRecord {
    pub centre: String,
    pub programme: String,
    #[serde(flatten)]
    pub event: Event,
    /// The account that made it.
    pub created_by: String,
    pub created_at: UnixSeconds,
    /// The group service recorded at the close; `None` while open. (Not `service`:
    /// the flattened event has one, the national fields it will carry.)
    #[serde(default)]
    pub closed_service: Option<u64>,
}

fn view(id: u64, r: &EventRecord, counts: (u32, u32, u32)) -> EventView {
    EventView {
        id,
        centre: r.centre.clone(),
        event: r.event.clone(),
        present: counts.0,
        waitlisted: counts.1,
        closed_service: r.closed_service,
    }
}

fn record(t: &Tables<'_>, id: u64) -> Result<Option<EventRecord>> {
    Ok(match t.events.get(id)? {
        Some(v) => Some(serde_json::from_slice(v.value())?),
        None => None,
    })
}

/// Stores a new event (it cannot refuse: the request was checked before).
pub fn create_event(t: &mut Tables<'_>, record: &EventRecord) -> Result<Accepted> {
    let id = t.next_id("event")?;
    t.events
        .insert(id, serde_json::to_vec(record)?.as_slice())?;
    t.centre_events
        .insert((record.centre.as_str(), record.event.starts_at, id), ())?;
    t.event_counts.insert(id, (0, 0, 0))?;
    Ok(Accepted::EventCreated(Box::new(view(
        id,
        record,
        (0, 0, 0),
    ))))
}

/// What an event check-in will do.
pub enum EventCheckinPlan {
    /// The citizen came before: their first answer.
    Again(EventCheckinResponse),
    New {
        citizen: u64,
        visit: Box<CheckinPlan>,
    },
}

/// An event check-in's first phase: the event is open (checked by the caller against
/// its token and window) and not closed, the pass is valid, and whether the citizen is
/// already on its list.
pub fn check_event_check_in(
    t: &Tables<'_>,
    secrets: &Secrets,
    event: u64,
    arrival: &Arrival,
    centre: &CentreCode,
    programme: &Programme,
) -> Result<Checked<EventCheckinPlan>> {
    let Some(record) = record(t, event)? else {
        return Ok(Err(Refused::NoSuchEvent));
    };
    // Here, after the ledger has looked for a replay, so that a retry of a check-in
    // made in time gets its first answer even after the end or the close.
    if record.closed_service.is_some() || !record.event.took_place(arrival.at, arrival.received) {
        return Ok(Err(Refused::EventClosed));
    }
    let citizen = match pass_state_by_hash(t, &arrival.pass_hash)? {
        PassState::Valid(id) => id,
        PassState::Revoked => return Ok(Err(Refused::RevokedPass)),
        PassState::Unknown => return Ok(Err(Refused::UnknownPass)),
    };
    if let Some(row) = t.event_people.get((event, citizen))? {
        let (order, present, visit) = row.value();
        return Ok(Ok(EventCheckinPlan::Again(reply(
            t, event, order, present, visit, true,
        )?)));
    }
    let visit = match check_check_in(t, secrets, arrival, centre, programme)? {
        Ok(plan) => plan,
        Err(refused) => return Ok(Err(refused)),
    };
    Ok(Ok(EventCheckinPlan::New {
        citizen,
        visit: Box::new(visit),
    }))
}

/// A citizen's answer: present, or their place in the waiting list now.
fn reply(
    t: &Tables<'_>,
    event: u64,
    order: u32,
    present: bool,
    visit: u64,
    already: bool,
) -> Result<EventCheckinResponse> {
    let position = if present {
        None
    } else {
        let mut ahead = 0u32;
        for row in t.event_people.range((event, 0)..(event + 1, 0))? {
            let (_, v) = row?;
            let (o, p, _) = v.value();
            if !p && o < order {
                ahead += 1;
            }
        }
        Some(ahead + 1)
    };
    Ok(EventCheckinResponse {
        status: if present {
            Presence::Present
        } else {
            Presence::Waitlisted
        },
        position,
        visit,
        already,
    })
}

/// An event check-in's second phase: the visit, then the citizen on the list (present
/// while there is room, else waiting in arrival order).
pub fn write_event_check_in(
    t: &mut Tables<'_>,
    event: u64,
    arrival: &Arrival,
    centre: &CentreCode,
    programme: &Programme,
    plan: EventCheckinPlan,
) -> Result<Accepted> {
    let (citizen, visit_plan) = match plan {
        EventCheckinPlan::Again(r) => return Ok(Accepted::EventCheckedIn(r)),
        EventCheckinPlan::New { citizen, visit } => (citizen, *visit),
    };
    let visit = match write_check_in(t, arrival, centre, programme, visit_plan)? {
        Accepted::CheckedIn(c) => c.visit.id,
        other => {
            return Err(StoreError::Sealed(format!("a check-in answered {other:?}")));
        }
    };
    let capacity = record(t, event)?.and_then(|r| r.event.capacity);
    let (present, waiting, arrivals) = t.event_counts.get(event)?.map_or((0, 0, 0), |v| v.value());
    let is_present = capacity.is_none_or(|c| present < c);
    let order = arrivals + 1;
    t.event_people
        .insert((event, citizen), (order, is_present, visit))?;
    t.event_counts.insert(
        event,
        (
            present + u32::from(is_present),
            waiting + u32::from(!is_present),
            order,
        ),
    )?;
    Ok(Accepted::EventCheckedIn(reply(
        t, event, order, is_present, visit, false,
    )?))
}

/// What closing an event writes: the event, its service, and the visits in it.
pub type ClosePlan = (EventRecord, ServiceRecord, Vec<(u64, VisitRecord)>);

/// Closing's first phase: open, with someone present; the service it will record,
/// checked as any service is.
pub fn check_close_event(
    t: &Tables<'_>,
    event: u64,
    facilitator: &str,
    now: UnixSeconds,
) -> Result<Checked<ClosePlan>> {
    let Some(record) = record(t, event)? else {
        return Ok(Err(Refused::NoSuchEvent));
    };
    if record.closed_service.is_some() {
        return Ok(Err(Refused::EventClosed));
    }
    let mut visits = Vec::new();
    for row in t.event_people.range((event, 0)..(event + 1, 0))? {
        let (_, v) = row?;
        let (_, present, visit) = v.value();
        if present {
            visits.push(visit);
        }
    }
    if visits.is_empty() {
        return Ok(Err(Refused::NobodyPresent));
    }
    visits.sort_unstable();
    // The service's date is the day its people came (the visits' day).
    let day = match t.visits.get(visits[0])? {
        Some(v) => serde_json::from_slice::<VisitRecord>(v.value())?.day,
        None => return Ok(Err(Refused::NoSuchVisit)),
    };
    let Some(date) = ponte_domain::Date::from_days_since_epoch(day) else {
        return Ok(Err(Refused::NoSuchVisit));
    };
    let e = &record.event;
    let service = Service {
        date,
        minutes: e.minutes(),
        types: e.service.types.clone(),
        areas: ponte_domain::service::areas_of(&e.service.competences),
        competences: e.service.competences.clone(),
        domains: e.service.domains.clone(),
        details: e.title.clone(),
        masked: Vec::new(),
        visits,
    };
    let centre =
        CentreCode::parse(&record.centre).map_err(|e| StoreError::Sealed(e.to_string()))?;
    let service_record = ServiceRecord {
        centre: record.centre.clone(),
        programme: record.programme.clone(),
        facilitator: facilitator.to_owned(),
        at: now,
        service,
    };
    match check_service(t, &service_record.service, &centre)? {
        Ok(visits) => Ok(Ok((record, service_record, visits))),
        Err(refused) => Ok(Err(refused)),
    }
}

/// Closing's second phase: the group service, and the event marked closed with it.
pub fn write_close_event(
    t: &mut Tables<'_>,
    event: u64,
    (mut record, service, visits): ClosePlan,
) -> Result<Accepted> {
    let accepted = write_service(t, &service, visits)?;
    if let Accepted::Served(s) = &accepted {
        record.closed_service = Some(s.id);
        t.events
            .insert(event, serde_json::to_vec(&record)?.as_slice())?;
    }
    Ok(accepted)
}

/// Moving someone off the waiting list: their row, if they are waiting.
pub fn check_promote(t: &Tables<'_>, event: u64, visit: u64) -> Result<Checked<(u64, u32)>> {
    let Some(record) = record(t, event)? else {
        return Ok(Err(Refused::NoSuchEvent));
    };
    if record.closed_service.is_some() {
        return Ok(Err(Refused::EventClosed));
    }
    for row in t.event_people.range((event, 0)..(event + 1, 0))? {
        let (key, v) = row?;
        let (order, present, v_id) = v.value();
        if v_id == visit {
            return Ok(if present {
                Err(Refused::AlreadyPresent)
            } else {
                Ok((key.value().1, order))
            });
        }
    }
    Ok(Err(Refused::NoSuchVisit))
}

/// A waiting citizen made present by staff (above the capacity, if they so decide).
pub fn write_promote(
    t: &mut Tables<'_>,
    event: u64,
    visit: u64,
    (citizen, order): (u64, u32),
) -> Result<Accepted> {
    t.event_people
        .insert((event, citizen), (order, true, visit))?;
    let (present, waiting, arrivals) = t.event_counts.get(event)?.map_or((0, 0, 0), |v| v.value());
    t.event_counts
        .insert(event, (present + 1, waiting.saturating_sub(1), arrivals))?;
    Ok(Accepted::EventCheckedIn(EventCheckinResponse {
        status: Presence::Present,
        position: None,
        visit,
        already: false,
    }))
}

/// One person on an event's list, as the console shows them.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Attendee {
    pub order: u32,
    pub status: Presence,
    pub visit: u64,
    pub gender: String,
    pub age_band: Option<u8>,
}

impl Store {
    pub fn event(&self, id: u64) -> Result<Option<(EventRecord, EventView)>> {
        let tx = self.db.begin_read()?;
        let Some(v) = tx.open_table(EVENTS)?.get(id)? else {
            return Ok(None);
        };
        let record: EventRecord = serde_json::from_slice(v.value())?;
        let counts = tx
            .open_table(EVENT_COUNTS)?
            .get(id)?
            .map_or((0, 0, 0), |v| v.value());
        let view = view(id, &record, counts);
        Ok(Some((record, view)))
    }

    /// A centre's events from `from` on (by start), at most `limit`.
    pub fn centre_events(
        &self,
        centre: &CentreCode,
        from: UnixSeconds,
        limit: usize,
    ) -> Result<Vec<EventView>> {
        let tx = self.db.begin_read()?;
        let index = tx.open_table(CENTRE_EVENTS)?;
        let events = tx.open_table(EVENTS)?;
        let counts = tx.open_table(EVENT_COUNTS)?;
        let code = centre.as_str();
        let mut out = Vec::new();
        for row in index.range((code, from, 0)..(code, i64::MAX, u64::MAX))? {
            let (key, _) = row?;
            let (_, _, id) = key.value();
            if let Some(v) = events.get(id)? {
                let record: EventRecord = serde_json::from_slice(v.value())?;
                let c = counts.get(id)?.map_or((0, 0, 0), |v| v.value());
                out.push(view(id, &record, c));
            }
            if out.len() == limit {
                break;
            }
        }
        Ok(out)
    }

    /// Who came to an event, in arrival order.
    pub fn attendees(&self, event: u64) -> Result<Vec<Attendee>> {
        let tx = self.db.begin_read()?;
        let people = tx.open_table(EVENT_PEOPLE)?;
        let visits = tx.open_table(VISITS)?;
        let citizens = tx.open_table(super::tables::CITIZENS)?;
        let mut out = Vec::new();
        for row in people.range((event, 0)..(event + 1, 0))? {
            let (key, v) = row?;
            let (_, citizen) = key.value();
            let (order, present, visit) = v.value();
            let age_band = match visits.get(visit)? {
                Some(v) => serde_json::from_slice::<VisitRecord>(v.value())?.age_band,
                None => None,
            };
            let gender = match citizens.get(citizen)? {
                Some(c) => serde_json::from_slice::<super::citizens::CitizenRecord>(c.value())?
                    .sex
                    .gender_code()
                    .to_owned(),
                None => String::new(),
            };
            out.push(Attendee {
                order,
                status: if present {
                    Presence::Present
                } else {
                    Presence::Waitlisted
                },
                visit,
                gender,
                age_band,
            });
        }
        out.sort_by_key(|a| a.order);
        Ok(out)
    }
}
