//! Visits and the per-day attendance counters kept with them.

use ponte_domain::api::{Attendance, CheckinResponse, Counts, DayCounts, VisitSummary};
use ponte_domain::checkin::{Checkin, Needs};
use ponte_domain::clock::UnixSeconds;
use ponte_domain::{CentreCode, Date, ProgrammeId};
use redb::{ReadableDatabase, ReadableTable};
use serde::{Deserialize, Serialize};

use super::citizens::{PassState, pass_state};
use super::submissions::{Refused, Reply, Written};
use super::tables::{CENTRE_DAYS, VISITS};
use super::{Result, Store, Tables};

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
}

/// Records a visit and updates the centre's counters for its day, all in `tx`.
#[allow(clippy::too_many_arguments)]
pub fn check_in(
    t: &mut Tables<'_>,
    checkin: &Checkin,
    centre: &CentreCode,
    programme: &ProgrammeId,
) -> Result<Written> {
    let citizen = match pass_state(t, &checkin.pass)? {
        PassState::Valid(id) => id,
        PassState::Revoked => return Ok(Err(Refused::RevokedPass)),
        PassState::Unknown => return Ok(Err(Refused::UnknownPass)),
    };
    let date = checkin.date;
    let day = date.days_since_epoch();
    let code = centre.as_str();

    let visits_here = t
        .citizen_at_centre
        .get((citizen, code))?
        .map_or(0, |v| v.value())
        + 1;
    t.citizen_at_centre.insert((citizen, code), visits_here)?;
    let key = (citizen, programme.as_str());
    let new_in_programme = t.citizen_in_programme.get(key)?.is_none();
    if new_in_programme {
        t.citizen_in_programme.insert(key, day)?;
    }
    {
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
                p + 1,
            ),
        )?;
    }
    let id = t.next_id("visit")?;
    let record = VisitRecord {
        citizen,
        centre: code.to_owned(),
        at: checkin.at,
        day,
        needs: checkin.needs.clone(),
        programme: programme.as_str().to_owned(),
    };
    t.visits
        .insert(id, serde_json::to_vec(&record)?.as_slice())?;

    let body = CheckinResponse {
        checked_in: true,
        visit: VisitSummary {
            id,
            centre: code.to_owned(),
            at: checkin.at,
            date,
        },
        visits_here,
    };
    Ok(Ok(Reply::json(201, &body)?))
}

/// Stores a citizen's ES1–ES6 answers about their own visit, once per visit.
pub fn answer_experience(
    t: &mut Tables<'_>,
    visit_id: u64,
    pass: &ponte_domain::pass::PassToken,
    experience: &ponte_domain::experience::Experience,
) -> Result<Written> {
    let visit: VisitRecord = match t.visits.get(visit_id)? {
        Some(v) => serde_json::from_slice(v.value())?,
        None => return Ok(Err(Refused::NoSuchVisit)),
    };
    match pass_state(t, pass)? {
        PassState::Valid(citizen) if citizen == visit.citizen => {}
        _ => return Ok(Err(Refused::NotYourVisit)),
    }
    if t.experiences.get(visit_id)?.is_some() {
        return Ok(Err(Refused::AlreadyAnswered));
    }
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
    Ok(Ok(Reply::json(
        201,
        &serde_json::json!({ "visit": visit_id, "answered": true }),
    )?))
}

impl Store {
    /// A centre's attendance over `from..=to`, read from the day counters.
    pub fn attendance(&self, centre: &CentreCode, from: Date, to: Date) -> Result<Attendance> {
        let tx = self.db.begin_read()?;
        let days = tx.open_table(CENTRE_DAYS)?;
        let code = centre.as_str();
        let mut totals = Counts::default();
        let mut out = Vec::new();
        for entry in days.range((code, from.days_since_epoch())..=(code, to.days_since_epoch()))? {
            let (key, value) = entry?;
            let (_, day) = key.value();
            let (v, u, n, p) = value.value();
            let counts = Counts {
                visits: v.into(),
                unique_citizens: u.into(),
                new_citizens: n.into(),
                participations: p.into(),
            };
            totals.visits += counts.visits;
            totals.unique_citizens += counts.unique_citizens;
            totals.new_citizens += counts.new_citizens;
            totals.participations += counts.participations;
            if let Some(date) = Date::from_days_since_epoch(day) {
                out.push(DayCounts { date, counts });
            }
        }
        Ok(Attendance {
            centre: code.to_owned(),
            from,
            to,
            totals,
            days: out,
        })
    }

    /// Every stored visit; for tests and exports, never for counting.
    pub fn visit_count(&self) -> Result<u64> {
        use redb::ReadableTableMetadata;
        let tx = self.db.begin_read()?;
        Ok(tx.open_table(VISITS)?.len()?)
    }
}
