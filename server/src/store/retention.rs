//! The programme's retention of names (GDPR art. 5(1)(e)): the names and contacts are
//! needed only to write the national file, so a programme may have them deleted a set
//! number of months after the rows that needed them went into a file.
//!
//! A citizen comes due when every row of theirs (citizen × service) has gone into a
//! national file (known row by row, `REPORTED_ROWS`, written with the export log) and
//! the months have passed since the latest; a visit without a service keeps the names
//! while one may still be recorded for it. Someone never served (signed up only, or
//! only visits the platform would refuse) comes due the same months after they last
//! came. What stays keeps the count right: the birth, sealed, a keyed fingerprint of
//! the codice fiscale (not the code), the passes and the counters, so a citizen who
//! comes back is still one person of the right age. A facilitator of the citizen's
//! programme who signs them up again at the desk gives the names back.
//!
//! The sweep finds who is due in one read transaction, then deletes 200 citizens per
//! write transaction, each deletion logged in the rights log (`purge` by
//! `system:retention`, once per programme whose rule applied) in the same transaction,
//! so check-ins wait for a batch, never for the whole sweep.

use std::collections::HashMap;

use ponte_domain::Date;
use ponte_domain::clock::{UnixSeconds, rome_date};
use redb::{ReadableDatabase, ReadableTable};

use super::citizens::CitizenRecord;
use super::rights::RightsAct;
use super::tables::{CITIZEN_AT_CENTRE, CITIZENS, REPORTED_ROWS, RIGHTS_LOG, SERVICES, VISITS};
use super::visits::VisitRecord;
use super::{Result, Store};
use crate::secrets::Secrets;

/// Who the rights log names for a deletion made by the retention setting.
pub const RETENTION_ACTOR: &str = "system:retention";

/// Citizens deleted per write transaction.
const BATCH: usize = 200;

/// A visit without a service this recent keeps the names: a facilitator may still
/// record the service it was for.
const RECENT_VISIT_DAYS: i32 = 60;

/// A citizen whose names are due to go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub citizen: u64,
    /// The programmes whose retention applies: each one's region sees the deletion.
    pub programmes: Vec<String>,
    /// Their visits when found due: a visit since then makes them not due after all.
    visits: u64,
}

/// What the visits said of one citizen: kept for its small size, since the sweep
/// holds one per citizen (about 24 bytes).
#[derive(Clone, Copy)]
struct Seen {
    /// A row not yet in a file, a recent visit without a service, or a programme that
    /// keeps names.
    kept: bool,
    /// The day (since the epoch) from which the rows that went out allow deletion.
    due: i32,
    /// The day they last came, whatever the visit.
    last: i32,
    /// The programmes of the rows that went out, as bits of [`Retentions`].
    programmes: u64,
}

/// The programmes that have a retention, as (id, months): at most 64, by index.
struct Retentions<'p>(Vec<(&'p str, u16)>);

impl<'p> Retentions<'p> {
    fn of(&self, programme: &str) -> Option<(usize, u16)> {
        self.0
            .iter()
            .position(|(id, _)| *id == programme)
            .map(|i| (i, self.0[i].1))
    }

    fn names(&self, bits: u64) -> Vec<String> {
        (0..self.0.len())
            .filter(|i| bits & (1 << i) != 0)
            .map(|i| self.0[i].0.to_owned())
            .collect()
    }
}

impl Store {
    /// The citizens whose names and contacts are due to be deleted on `now`'s day.
    pub fn names_due(&self, now: UnixSeconds) -> Result<Vec<Due>> {
        let reference = self.reference();
        let rules = Retentions(
            reference
                .programmes()
                .iter()
                .filter_map(|p| Some((p.id.as_str(), p.privacy.names_retention_months?)))
                .take(64)
                .collect(),
        );
        if rules.0.is_empty() {
            return Ok(Vec::new());
        }
        let Some(today) = rome_date(now).map(|d| d.days_since_epoch()) else {
            return Ok(Vec::new());
        };
        let tx = self.db.begin_read()?;
        let reported = tx.open_table(REPORTED_ROWS)?;
        let mut seen: HashMap<u64, Seen> = HashMap::new();
        for row in tx.open_table(VISITS)?.iter()? {
            let visit: VisitRecord = serde_json::from_slice(row?.1.value())?;
            let s = seen.entry(visit.citizen).or_insert(Seen {
                kept: false,
                due: i32::MIN,
                last: i32::MIN,
                programmes: 0,
            });
            s.last = s.last.max(visit.day);
            // A visit the platform would refuse never goes out: only its day counts.
            if s.kept || !visit.not_exportable.is_empty() {
                continue;
            }
            if visit.services.is_empty() {
                s.kept |= visit.day > today - RECENT_VISIT_DAYS;
                continue;
            }
            let Some((index, months)) = rules.of(&visit.programme) else {
                s.kept = true;
                continue;
            };
            for &service in &visit.services {
                let went_out = reported.get((visit.citizen, service))?.map(|at| at.value());
                match went_out.and_then(|at| months_after(rome_date(at)?, months)) {
                    Some(day) => s.due = s.due.max(day),
                    None => {
                        s.kept = true;
                        break;
                    }
                }
            }
            s.programmes |= 1 << index;
        }
        let at_centre = tx.open_table(CITIZEN_AT_CENTRE)?;
        let mut due = Vec::new();
        for row in tx.open_table(CITIZENS)?.iter()? {
            let (key, value) = row?;
            let citizen = key.value();
            let record: CitizenRecord = serde_json::from_slice(value.value())?;
            let s = seen.remove(&citizen);
            if record.erased_at.is_some()
                || record.names_purged_at.is_some()
                || record.sealed.is_empty()
                || s.is_some_and(|s| s.kept)
            {
                continue;
            }
            let registered = ponte_domain::CentreCode::parse(&record.registered_centre)
                .ok()
                .and_then(|code| reference.centre(&code).map(|c| c.programme.clone()))
                .and_then(|programme| rules.of(programme.as_str()));
            let (mut day, programmes) = match s {
                Some(s) if s.programmes != 0 => (s.due, s.programmes),
                // No row of theirs ever went out: the months run from their last visit,
                // or their sign-up, by the rule of the programme they signed up in.
                _ => {
                    let Some((index, months)) = registered else {
                        continue;
                    };
                    let last = rome_date(record.registered_at)
                        .map_or(i32::MIN, |d| d.days_since_epoch())
                        .max(s.map_or(i32::MIN, |s| s.last));
                    let Some(day) =
                        Date::from_days_since_epoch(last).and_then(|d| months_after(d, months))
                    else {
                        continue;
                    };
                    (day, 1 << index)
                }
            };
            // Names given back at the desk are kept the same months from then.
            if let Some(restored) = record.names_restored_at {
                let months = rules.0[programmes.trailing_zeros() as usize].1;
                match rome_date(restored).and_then(|d| months_after(d, months)) {
                    Some(from) => day = day.max(from),
                    None => continue,
                }
            }
            if day > today {
                continue;
            }
            due.push(Due {
                citizen,
                programmes: rules.names(programmes),
                visits: visits_of(&at_centre, citizen)?,
            });
        }
        Ok(due)
    }

    /// Deletes the names and contacts of the citizens `due`, a batch per transaction,
    /// logging each; skips anyone who came again since they were found due. The number
    /// deleted.
    pub fn purge_names(&self, due: &[Due], secrets: &Secrets, now: UnixSeconds) -> Result<u32> {
        let mut purged = 0;
        for batch in due.chunks(BATCH) {
            let tx = self.db.begin_write()?;
            {
                let mut citizens = tx.open_table(CITIZENS)?;
                let at_centre = tx.open_table(CITIZEN_AT_CENTRE)?;
                let mut log = tx.open_table(RIGHTS_LOG)?;
                let mut national = super::national_counts::NationalTables::open(&tx)?;
                let (services, visits) = (tx.open_table(SERVICES)?, tx.open_table(VISITS)?);
                for d in batch {
                    let Some(raw) = citizens.get(d.citizen)? else {
                        continue;
                    };
                    let mut record: CitizenRecord = serde_json::from_slice(raw.value())?;
                    drop(raw);
                    if record.erased_at.is_some()
                        || record.names_purged_at.is_some()
                        || visits_of(&at_centre, d.citizen)? != d.visits
                    {
                        continue;
                    }
                    let Some(mut personal) = record.personal(secrets)? else {
                        continue;
                    };
                    let lookup_key = record.lookup_key(secrets)?.map(hex::encode);
                    personal.codice_fiscale = None;
                    personal.first_name.clear();
                    personal.last_name.clear();
                    personal.email = None;
                    personal.phone = None;
                    record.seal_personal(secrets, &personal)?;
                    record.contact_consent = false;
                    record.names_purged_at = Some(now);
                    record.names_restored_at = None;
                    record.kept_lookup_key.clone_from(&lookup_key);
                    citizens.insert(d.citizen, serde_json::to_vec(&record)?.as_slice())?;
                    // Their rows leave the months' national files until they sign up again.
                    national.recount_citizen(d.citizen, &services, &visits, &citizens)?;
                    for programme in &d.programmes {
                        let act = RightsAct {
                            at: now,
                            staff: RETENTION_ACTOR.to_owned(),
                            act: "purge".to_owned(),
                            citizen: Some(d.citizen),
                            lookup_key: lookup_key.clone(),
                            programme: Some(programme.clone()),
                        };
                        super::rights::append(&mut log, &act)?;
                    }
                    purged += 1;
                }
            }
            tx.commit()?;
        }
        Ok(purged)
    }

    /// Finds who is due at `now` and deletes their names: what the daily sweep runs.
    pub fn apply_retention(&self, secrets: &Secrets, now: UnixSeconds) -> Result<u32> {
        let due = self.names_due(now)?;
        self.purge_names(&due, secrets, now)
    }
}

/// A citizen's visits, all centres together.
fn visits_of(table: &impl ReadableTable<(u64, &'static str), u32>, citizen: u64) -> Result<u64> {
    let mut n = 0;
    for row in table.range((citizen, "")..(citizen.saturating_add(1), ""))? {
        n += u64::from(row?.1.value());
    }
    Ok(n)
}

/// The day (since the epoch) `months` calendar months after `date`, on the same day of
/// the month or its last; `None` past the calendar's end (then the names stay).
fn months_after(date: Date, months: u16) -> Option<i32> {
    let index = u32::from(date.year()) * 12 + u32::from(date.month() - 1) + u32::from(months);
    let year = u16::try_from(index / 12).ok()?;
    let month = (index % 12) as u8 + 1;
    let day = date
        .day()
        .min(ponte_domain::date::days_in_month(year, month));
    Date::new(year, month, day).ok().map(Date::days_since_epoch)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_calendar_months_ending_on_the_last_day() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        let after = |s: &str, n| months_after(d(s), n).and_then(Date::from_days_since_epoch);
        assert_eq!(after("2026-01-31", 1), Some(d("2026-02-28")));
        assert_eq!(after("2026-11-15", 6), Some(d("2027-05-15")));
        assert_eq!(after("2024-02-29", 12), Some(d("2025-02-28")));
        assert_eq!(after("2026-03-01", 0), Some(d("2026-03-01")));
        assert_eq!(after("9999-12-01", 1), None, "past the calendar: kept");
    }
}
