//! The month's national file counted as services are written, so that what a file will
//! hold (its rows, its parts, who is left out and why) is read from a few counters
//! instead of every service, visit and citizen of the month: at national size that was
//! half a million lookups, seconds per summary.
//!
//! Each service's share is kept whole (`NATIONAL_CONTRIBUTIONS`): when a participant's
//! facts change (names purged by the retention, given back at the desk, the citizen
//! erased) the service is counted again and the counters move by the difference, so
//! they always equal a count from scratch (a test compares them).

use std::borrow::Borrow;

use ponte_domain::Date;
use redb::{ReadableDatabase, ReadableTable, Table, WriteTransaction};
use serde::{Deserialize, Serialize};

use super::services::ServiceRecord;
use super::tables::{
    CITIZENS, META, NATIONAL_CENTRE_DAY_SIZES, NATIONAL_CENTRE_MONTHS, NATIONAL_CITIZEN_SERVICES,
    NATIONAL_CONTRIBUTIONS, NATIONAL_DAY_SIZES, NATIONAL_LEFT_OUT, SERVICES, VISITS,
};
use super::{Result, Store};

/// What decides whether a participation is a row of the file.
#[derive(Clone, Copy)]
pub struct RowFacts {
    pub citizen_id: u64,
    /// Registered with a codice fiscale (the platform takes no row without one).
    pub exportable: bool,
    /// The retention deleted the names.
    pub names_purged: bool,
    /// Flagged at the check-in (under the programme's age, outside its period).
    pub flagged: bool,
}

/// What becomes of a participation in the month's file: the one rule the file, its
/// counters and its summary share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fate {
    Row,
    /// No codice fiscale (or erased): the citizen is left out.
    NoCodiceFiscale,
    /// The platform needs names; they wait for a new sign-up at the desk.
    NamesPurged,
    /// The platform's checks would refuse the row.
    Flagged,
}

impl RowFacts {
    pub fn fate(&self) -> Fate {
        if !self.exportable {
            Fate::NoCodiceFiscale
        } else if self.names_purged {
            Fate::NamesPurged
        } else if self.flagged {
            Fate::Flagged
        } else {
            Fate::Row
        }
    }
}

/// What the month's file holds for a programme (or some of its centres), read from the
/// counters.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct NationalCounts {
    /// (rows, services with that many rows), in the file's order: by day, then by rows.
    pub sizes: Vec<(u32, u32)>,
    pub flagged: u32,
    pub services_left_out: u32,
    /// Distinct citizens without a codice fiscale.
    pub left_out: u32,
    /// Distinct citizens whose names were purged.
    pub names_purged: u32,
}

/// One service's share of its month's file.
#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
struct Contribution {
    programme: String,
    centre: String,
    day: i32,
    rows: u32,
    flagged: u32,
    left_out: Vec<u64>,
    names_purged: Vec<u64>,
}

/// The parts of the stored records a count reads: serde skips the rest of each JSON.
#[derive(Deserialize)]
struct VisitHead {
    citizen: u64,
    #[serde(default)]
    not_exportable: Vec<serde::de::IgnoredAny>,
}

#[derive(Deserialize)]
struct CitizenHead {
    #[serde(default = "super::citizens::exportable_default")]
    exportable: bool,
    #[serde(default)]
    names_purged_at: Option<serde::de::IgnoredAny>,
}

const NO_CODICE_FISCALE: u8 = 0;
const NAMES_PURGED: u8 = 1;

/// The first day of `day`'s month, as the dashboard's months start: the months'
/// counters are keyed by it.
fn month_of(day: i32) -> i32 {
    let month = ponte_domain::dashboard::Bucket::Month;
    month.first_day(month.period(day))
}

/// The counters' tables, opened once in a write transaction.
pub struct NationalTables<'t> {
    contributions: Table<'t, u64, &'static [u8]>,
    citizen_services: Table<'t, (u64, u64), ()>,
    day_sizes: Table<'t, (&'static str, i32, u32), u32>,
    centre_day_sizes: Table<'t, (&'static str, &'static str, i32, u32), u32>,
    centre_months: Table<'t, (&'static str, i32, &'static str), (u32, u32)>,
    left_out: Table<'t, (&'static str, i32, u8, u64, &'static str), u32>,
}

/// Adds one to (or takes one from) a counter, dropping it at zero.
fn bump<'k, K: redb::Key + 'static>(
    table: &mut Table<'_, K, u32>,
    key: impl Borrow<K::SelfType<'k>>,
    by: u32,
    add: bool,
) -> Result<()> {
    let key = key.borrow();
    let n = table.get(key)?.map_or(0, |v| v.value());
    debug_assert!(add || n >= by, "a counter taken below zero: they drifted");
    let n = if add {
        n.saturating_add(by)
    } else {
        n.saturating_sub(by)
    };
    if n == 0 {
        table.remove(key)?;
    } else {
        table.insert(key, n)?;
    }
    Ok(())
}

impl<'t> NationalTables<'t> {
    pub fn open(tx: &'t WriteTransaction) -> Result<Self> {
        Ok(NationalTables {
            contributions: tx.open_table(NATIONAL_CONTRIBUTIONS)?,
            citizen_services: tx.open_table(NATIONAL_CITIZEN_SERVICES)?,
            day_sizes: tx.open_table(NATIONAL_DAY_SIZES)?,
            centre_day_sizes: tx.open_table(NATIONAL_CENTRE_DAY_SIZES)?,
            centre_months: tx.open_table(NATIONAL_CENTRE_MONTHS)?,
            left_out: tx.open_table(NATIONAL_LEFT_OUT)?,
        })
    }

    /// Counts a new service `id` of `record`, whose visits are already stored.
    pub fn count_service(
        &mut self,
        id: u64,
        record: &ServiceRecord,
        visits: &impl ReadableTable<u64, &'static [u8]>,
        citizens: &impl ReadableTable<u64, &'static [u8]>,
    ) -> Result<()> {
        let (share, participants) = contribution(
            &record.programme,
            &record.centre,
            record.service.date.days_since_epoch(),
            &record.service.visits,
            visits,
            citizens,
        )?;
        for citizen in participants {
            self.citizen_services.insert((citizen, id), ())?;
        }
        self.apply(&share, true)?;
        self.contributions
            .insert(id, serde_json::to_vec(&share)?.as_slice())?;
        Ok(())
    }

    /// Counts again every service of `citizen`, whose record has just changed.
    pub fn recount_citizen(
        &mut self,
        citizen: u64,
        services: &impl ReadableTable<u64, &'static [u8]>,
        visits: &impl ReadableTable<u64, &'static [u8]>,
        citizens: &impl ReadableTable<u64, &'static [u8]>,
    ) -> Result<()> {
        let mut theirs = Vec::new();
        for row in self
            .citizen_services
            .range((citizen, 0)..=(citizen, u64::MAX))?
        {
            theirs.push(row?.0.value().1);
        }
        for id in theirs {
            let Some(old) = self.contributions.get(id)?.map(|v| v.value().to_vec()) else {
                continue;
            };
            let old: Contribution = serde_json::from_slice(&old)?;
            let Some(raw) = services.get(id)? else {
                continue;
            };
            let record: ServiceRecord = serde_json::from_slice(raw.value())?;
            drop(raw);
            let (new, _) = contribution(
                &old.programme,
                &old.centre,
                old.day,
                &record.service.visits,
                visits,
                citizens,
            )?;
            if new != old {
                self.apply(&old, false)?;
                self.apply(&new, true)?;
                self.contributions
                    .insert(id, serde_json::to_vec(&new)?.as_slice())?;
            }
        }
        Ok(())
    }

    fn apply(&mut self, c: &Contribution, add: bool) -> Result<()> {
        let (p, centre) = (c.programme.as_str(), c.centre.as_str());
        let month = month_of(c.day);
        if c.rows > 0 {
            bump(&mut self.day_sizes, (p, c.day, c.rows), 1, add)?;
            bump(
                &mut self.centre_day_sizes,
                (p, centre, c.day, c.rows),
                1,
                add,
            )?;
        }
        let (whole, flagged) = self
            .centre_months
            .get((p, month, centre))?
            .map_or((0, 0), |v| v.value());
        let change = |n: u32, by: u32| {
            debug_assert!(add || n >= by, "a month's counter taken below zero");
            if add {
                n.saturating_add(by)
            } else {
                n.saturating_sub(by)
            }
        };
        let months = (
            change(whole, u32::from(c.rows == 0)),
            change(flagged, c.flagged),
        );
        if months == (0, 0) {
            self.centre_months.remove((p, month, centre))?;
        } else {
            self.centre_months.insert((p, month, centre), months)?;
        }
        for (reason, who) in [
            (NO_CODICE_FISCALE, &c.left_out),
            (NAMES_PURGED, &c.names_purged),
        ] {
            for &citizen in who {
                bump(
                    &mut self.left_out,
                    (p, month, reason, citizen, centre),
                    1,
                    add,
                )?;
            }
        }
        Ok(())
    }
}

/// A service's share, from its visits and their citizens as stored now; and whose
/// visits they are.
fn contribution(
    programme: &str,
    centre: &str,
    day: i32,
    visit_ids: &[u64],
    visits: &impl ReadableTable<u64, &'static [u8]>,
    citizens: &impl ReadableTable<u64, &'static [u8]>,
) -> Result<(Contribution, Vec<u64>)> {
    let mut share = Contribution {
        programme: programme.to_owned(),
        centre: centre.to_owned(),
        day,
        ..Contribution::default()
    };
    let mut participants = Vec::with_capacity(visit_ids.len());
    for &visit_id in visit_ids {
        let Some(raw) = visits.get(visit_id)? else {
            continue;
        };
        let visit: VisitHead = serde_json::from_slice(raw.value())?;
        drop(raw);
        let Some(raw) = citizens.get(visit.citizen)? else {
            continue;
        };
        let citizen: CitizenHead = serde_json::from_slice(raw.value())?;
        participants.push(visit.citizen);
        let facts = RowFacts {
            citizen_id: visit.citizen,
            exportable: citizen.exportable,
            names_purged: citizen.names_purged_at.is_some(),
            flagged: !visit.not_exportable.is_empty(),
        };
        match facts.fate() {
            Fate::Row => share.rows += 1,
            Fate::Flagged => share.flagged += 1,
            Fate::NoCodiceFiscale => share.left_out.push(visit.citizen),
            Fate::NamesPurged => share.names_purged.push(visit.citizen),
        }
    }
    for who in [&mut share.left_out, &mut share.names_purged] {
        who.sort_unstable();
        who.dedup();
    }
    Ok((share, participants))
}

impl Store {
    /// What `programme`'s file of the month starting `first` holds, only `centres`' part
    /// when given: from the counters, never from the services.
    pub fn national_counts(
        &self,
        programme: &str,
        first: Date,
        last: Date,
        centres: Option<&[ponte_domain::CentreCode]>,
    ) -> Result<NationalCounts> {
        let tx = self.db.begin_read()?;
        let (from, to) = (first.days_since_epoch(), last.days_since_epoch());
        let month = month_of(from);
        let in_scope = |c: &str| centres.is_none_or(|cs| cs.iter().any(|s| s.as_str() == c));
        let mut counts = NationalCounts::default();
        match centres {
            None => {
                let sizes = tx.open_table(NATIONAL_DAY_SIZES)?;
                for row in sizes.range((programme, from, 0)..=(programme, to, u32::MAX))? {
                    let (k, v) = row?;
                    counts.sizes.push((k.value().2, v.value()));
                }
            }
            Some(centres) => {
                // The same order as the whole programme's: by day, then rows; each
                // centre once, however often it was named.
                let sizes = tx.open_table(NATIONAL_CENTRE_DAY_SIZES)?;
                let mut merged = std::collections::BTreeMap::<(i32, u32), u32>::new();
                let centres: Vec<&ponte_domain::CentreCode> = centres.iter().collect();
                for c in centres {
                    let c = c.as_str();
                    for row in
                        sizes.range((programme, c, from, 0)..=(programme, c, to, u32::MAX))?
                    {
                        let (k, v) = row?;
                        let (_, _, day, rows) = k.value();
                        *merged.entry((day, rows)).or_default() += v.value();
                    }
                }
                counts.sizes = merged.into_iter().map(|((_, rows), n)| (rows, n)).collect();
            }
        }
        let months = tx.open_table(NATIONAL_CENTRE_MONTHS)?;
        for row in months.range((programme, month, "")..(programme, month + 1, ""))? {
            let (k, v) = row?;
            if in_scope(k.value().2) {
                let (whole, flagged) = v.value();
                counts.services_left_out += whole;
                counts.flagged += flagged;
            }
        }
        // Sorted by reason, then citizen: a citizen's centres come together.
        let left_out = tx.open_table(NATIONAL_LEFT_OUT)?;
        let mut last_seen = None;
        for row in left_out.range((programme, month, 0, 0, "")..(programme, month + 1, 0, 0, ""))? {
            let (k, _) = row?;
            let (_, _, reason, citizen, centre) = k.value();
            if !in_scope(centre) || last_seen == Some((reason, citizen)) {
                continue;
            }
            last_seen = Some((reason, citizen));
            match reason {
                NO_CODICE_FISCALE => counts.left_out += 1,
                _ => counts.names_purged += 1,
            }
        }
        Ok(counts)
    }

    /// Counts every service once, for databases from before the counters.
    pub(super) fn count_national_once(&self) -> Result<()> {
        const DONE: &str = "national_counts";
        let tx = self.db.begin_write()?;
        {
            let mut meta = tx.open_table(META)?;
            if meta.get(DONE)?.is_some() {
                return Ok(());
            }
            let mut counters = NationalTables::open(&tx)?;
            let services = tx.open_table(SERVICES)?;
            let visits = tx.open_table(VISITS)?;
            let citizens = tx.open_table(CITIZENS)?;
            for row in services.iter()? {
                let (k, v) = row?;
                let record: ServiceRecord = serde_json::from_slice(v.value())?;
                counters.count_service(k.value(), &record, &visits, &citizens)?;
            }
            meta.insert(DONE, 1)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Empties the counters and counts every service again: a test's way to compare
    /// the counters kept at write time with a count from scratch.
    pub fn recount_national(&self) -> Result<()> {
        let tx = self.db.begin_write()?;
        tx.delete_table(NATIONAL_CONTRIBUTIONS)?;
        tx.delete_table(NATIONAL_CITIZEN_SERVICES)?;
        tx.delete_table(NATIONAL_DAY_SIZES)?;
        tx.delete_table(NATIONAL_CENTRE_DAY_SIZES)?;
        tx.delete_table(NATIONAL_CENTRE_MONTHS)?;
        tx.delete_table(NATIONAL_LEFT_OUT)?;
        tx.open_table(META)?.remove("national_counts")?;
        tx.commit()?;
        self.count_national_once()
    }
}
