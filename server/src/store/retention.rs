//! The programme's retention of names (GDPR art. 5(1)(e)): the names and contacts are
//! needed only to write the national file, so a programme may have them deleted a set
//! number of months after the latest file that carried the citizen's services.
//!
//! What stays is what keeps the count right: the codice fiscale and birth, sealed (a
//! citizen who comes back is still one person, of the right age), the passes and the
//! counters. A citizen comes due only when every visit of theirs is in a national file
//! and the latest such file is old enough, so anyone still coming keeps their names.
//!
//! The sweep finds who is due in one read transaction, then deletes in small write
//! transactions, so check-ins wait for a batch, never for the whole sweep. Each deletion
//! is logged in the rights log in its own transaction, as `system:retention`.

use std::collections::HashMap;

use ponte_domain::Date;
use ponte_domain::clock::{UnixSeconds, rome_date};
use redb::{ReadableDatabase, ReadableTable};

use super::citizens::CitizenRecord;
use super::national::ExportRecord;
use super::rights::RightsAct;
use super::tables::{CITIZEN_AT_CENTRE, CITIZENS, NATIONAL_EXPORTS, VISITS};
use super::visits::VisitRecord;
use super::{Result, Store};
use crate::secrets::Secrets;

/// Who the rights log names for a deletion made by the retention setting.
pub const RETENTION_ACTOR: &str = "system:retention";

/// Citizens deleted per write transaction.
const BATCH: usize = 200;

/// The national files made so far, by programme and month: which visits they carried.
pub(super) struct Coverage {
    by_month: HashMap<(String, String), Vec<ExportRecord>>,
}

impl Coverage {
    /// From the export log, in a read or a write transaction alike.
    pub(super) fn read(log: &impl ReadableTable<u64, &'static [u8]>) -> Result<Coverage> {
        let mut by_month: HashMap<(String, String), Vec<ExportRecord>> = HashMap::new();
        for row in log.iter()? {
            let record: ExportRecord = serde_json::from_slice(row?.1.value())?;
            by_month
                .entry((record.programme.clone(), record.month.clone()))
                .or_default()
                .push(record);
        }
        Ok(Coverage { by_month })
    }

    /// When the latest national file that carries `visit` was made; `None` if no file
    /// carries it yet (its month, programme or centre was never exported, or only
    /// before the visit).
    pub(super) fn covered_at(&self, visit: &VisitRecord) -> Option<UnixSeconds> {
        let month = Date::from_days_since_epoch(visit.day)?.to_string()[..7].to_owned();
        self.by_month
            .get(&(visit.programme.clone(), month))?
            .iter()
            .filter(|e| e.centres.is_empty() || e.centres.contains(&visit.centre))
            // A file made before the visit (mid-month) did not carry it.
            .filter(|e| e.at >= visit.at)
            .map(|e| e.at)
            .max()
    }
}

/// A citizen whose names are due to go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub citizen: u64,
    /// The programme whose retention applies (of their latest visit).
    pub programme: String,
    /// Their visits when found due: a visit since then makes them not due after all.
    visits: u64,
}

/// Where a citizen stands while the visits are read.
enum Standing<'p> {
    /// A visit not in any file yet, or in a programme that keeps names.
    Kept,
    /// Every visit so far is in a file; the names may go from this day (days since the
    /// epoch), for the latest visit's programme.
    From { day: i32, programme: &'p str },
}

impl Store {
    /// The citizens whose names and contacts are due to be deleted on `now`'s day.
    pub fn names_due(&self, now: UnixSeconds) -> Result<Vec<Due>> {
        let reference = self.reference();
        let months: HashMap<&str, u16> = reference
            .programmes()
            .iter()
            .filter_map(|p| Some((p.id.as_str(), p.privacy.names_retention_months?)))
            .collect();
        if months.is_empty() {
            return Ok(Vec::new());
        }
        let Some(today) = rome_date(now) else {
            return Ok(Vec::new());
        };
        let tx = self.db.begin_read()?;
        let coverage = Coverage::read(&tx.open_table(NATIONAL_EXPORTS)?)?;
        // One small entry per citizen seen (the programme borrowed, not copied): the
        // sweep's memory grows with the citizens, about 32 bytes each.
        let mut standing: HashMap<u64, Standing> = HashMap::new();
        for row in tx.open_table(VISITS)?.iter()? {
            let visit: VisitRecord = serde_json::from_slice(row?.1.value())?;
            // A visit the platform would refuse was never in a file: it holds nothing.
            if !visit.not_exportable.is_empty() {
                continue;
            }
            let entry = standing.entry(visit.citizen).or_insert(Standing::From {
                day: i32::MIN,
                programme: "",
            });
            if matches!(entry, Standing::Kept) {
                continue;
            }
            let due_from = months
                .get_key_value(visit.programme.as_str())
                .and_then(|(&id, &n)| {
                    let made = rome_date(coverage.covered_at(&visit)?)?;
                    Some((add_months(made, n).days_since_epoch(), id))
                });
            match (due_from, &mut *entry) {
                (None, _) => *entry = Standing::Kept,
                (Some((from, id)), Standing::From { day, programme }) if from >= *day => {
                    *day = from;
                    *programme = id;
                }
                _ => {}
            }
        }
        let citizens = tx.open_table(CITIZENS)?;
        let at_centre = tx.open_table(CITIZEN_AT_CENTRE)?;
        let mut due = Vec::new();
        for (citizen, standing) in standing {
            let Standing::From { day, programme } = standing else {
                continue;
            };
            if day > today.days_since_epoch() {
                continue;
            }
            let Some(raw) = citizens.get(citizen)? else {
                continue;
            };
            let record: CitizenRecord = serde_json::from_slice(raw.value())?;
            if record.erased_at.is_some() || record.names_purged_at.is_some() {
                continue;
            }
            due.push(Due {
                citizen,
                programme: programme.to_owned(),
                visits: visits_of(&at_centre, citizen)?,
            });
        }
        due.sort_by_key(|d| d.citizen);
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
                    personal.first_name.clear();
                    personal.last_name.clear();
                    personal.email = None;
                    personal.phone = None;
                    record.seal_personal(secrets, &personal)?;
                    record.contact_consent = false;
                    record.names_purged_at = Some(now);
                    let act = RightsAct {
                        at: now,
                        staff: RETENTION_ACTOR.to_owned(),
                        act: "purge".to_owned(),
                        citizen: Some(d.citizen),
                        lookup_key: record.lookup_key(secrets)?.map(hex::encode),
                        programme: Some(d.programme.clone()),
                    };
                    citizens.insert(d.citizen, serde_json::to_vec(&record)?.as_slice())?;
                    super::rights::append(&tx, &act)?;
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

/// `date` plus `months` calendar months, on the same day or the month's last.
fn add_months(date: Date, months: u16) -> Date {
    let index = u32::from(date.year()) * 12 + u32::from(date.month() - 1) + u32::from(months);
    let year = u16::try_from(index / 12).unwrap_or(u16::MAX);
    let month = (index % 12) as u8 + 1;
    let day = date
        .day()
        .min(ponte_domain::date::days_in_month(year, month));
    Date::new(year, month, day).unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_calendar_months_ending_on_the_last_day() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(add_months(d("2026-01-31"), 1), d("2026-02-28"));
        assert_eq!(add_months(d("2026-11-15"), 6), d("2027-05-15"));
        assert_eq!(add_months(d("2024-02-29"), 12), d("2025-02-28"));
        assert_eq!(add_months(d("2026-03-01"), 0), d("2026-03-01"));
    }
}
