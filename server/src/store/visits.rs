//! Visits and the per-day attendance counters kept with them.

use ponte_domain::api::{Attendance, CheckinResponse, Counts, DayCounts, VisitSummary};
use ponte_domain::checkin::{Checkin, Needs};
use ponte_domain::clock::UnixSeconds;
use ponte_domain::submission::SubmissionId;
use ponte_domain::{CentreCode, Date, ProgrammeId};
use redb::{ReadableDatabase, ReadableTable, WriteTransaction};
use serde::{Deserialize, Serialize};

use super::citizens::{PassState, pass_state};
use super::submissions::{self, Reply, Seen};
use super::tables::{CENTRE_DAYS, CITIZEN_AT_CENTRE, CITIZEN_IN_PROGRAMME, VISITS};
use super::{Result, Store, next_id};
use crate::secrets::Secrets;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct VisitRecord {
    pub citizen: u64,
    pub centre: String,
    pub at: UnixSeconds,
    /// Day in Italy, as days since the epoch.
    pub day: i32,
    pub needs: Needs,
}

pub enum CheckedIn {
    Done(Reply),
    Conflict,
    Revoked,
    UnknownPass,
}

/// Records a visit and updates the centre's counters for its day, all in `tx`.
#[allow(clippy::too_many_arguments)]
pub fn check_in(
    tx: &WriteTransaction,
    secrets: &Secrets,
    submission: SubmissionId,
    body_hash: &[u8; 32],
    checkin: &Checkin,
    centre: &CentreCode,
    programme: &ProgrammeId,
) -> Result<CheckedIn> {
    match submissions::seen(tx, secrets, submission, body_hash)? {
        Seen::Again(reply) => return Ok(CheckedIn::Done(reply)),
        Seen::Conflict => return Ok(CheckedIn::Conflict),
        Seen::New => {}
    }
    let citizen = match pass_state(tx, &checkin.pass)? {
        PassState::Valid(id) => id,
        PassState::Revoked => return Ok(CheckedIn::Revoked),
        PassState::Unknown => return Ok(CheckedIn::UnknownPass),
    };
    let date = checkin.date;
    let day = date.days_since_epoch();
    let code = centre.as_str();

    let visits_here = {
        let mut at_centre = tx.open_table(CITIZEN_AT_CENTRE)?;
        let n = at_centre.get((citizen, code))?.map_or(0, |v| v.value()) + 1;
        at_centre.insert((citizen, code), n)?;
        n
    };
    let new_in_programme = {
        let mut in_programme = tx.open_table(CITIZEN_IN_PROGRAMME)?;
        let key = (citizen, programme.as_str());
        let first = in_programme.get(key)?.is_none();
        if first {
            in_programme.insert(key, day)?;
        }
        first
    };
    {
        let mut days = tx.open_table(CENTRE_DAYS)?;
        let (v, u, n, p) = days.get((code, day))?.map_or((0, 0, 0, 0), |c| c.value());
        days.insert(
            (code, day),
            (
                v + 1,
                u + u32::from(visits_here == 1),
                n + u32::from(new_in_programme),
                p + 1,
            ),
        )?;
    }
    let id = next_id(tx, "visit")?;
    let record = VisitRecord {
        citizen,
        centre: code.to_owned(),
        at: checkin.at,
        day,
        needs: checkin.needs.clone(),
    };
    tx.open_table(VISITS)?
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
    let reply = Reply {
        status: 201,
        body: serde_json::to_value(&body)?,
    };
    submissions::remember(tx, secrets, submission, body_hash, &reply)?;
    Ok(CheckedIn::Done(reply))
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
