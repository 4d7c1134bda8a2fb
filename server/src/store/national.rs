//! What the month's national upload file is made from, read in one transaction: a
//! programme's services of the month (by the programme-and-day index, never a scan of
//! all services) with each participant's visit, citizen record and questionnaire; and
//! the append-only log of the files made.

use std::collections::HashMap;
use std::sync::Arc;

use ponte_domain::Date;
use ponte_domain::clock::UnixSeconds;
use ponte_domain::experience::Experience;
use redb::{ReadableDatabase, ReadableTable};
use serde::{Deserialize, Serialize};

use super::StoreError;
use super::citizens::CitizenRecord;
use super::services::ServiceRecord;
use super::tables::{
    CITIZENS, EXPERIENCES, META, NATIONAL_EXPORTS, PROGRAMME_DAY_SERVICES, REPORTED_ROWS, SERVICES,
    VISITS,
};
use super::visits::VisitRecord;
use super::{Result, Store};

/// How many citizens an export keeps decoded at a time.
const KNOWN_CITIZENS: usize = 20_000;

pub struct ServiceForExport {
    pub id: u64,
    pub record: ServiceRecord,
    pub participants: Vec<Participant>,
}

pub struct Participant {
    pub citizen_id: u64,
    pub visit: VisitRecord,
    pub citizen: Arc<CitizenRecord>,
    pub experience: Option<Experience>,
}

/// What counting a month's file needs of one service: its centre, and for each
/// participant the three facts that decide whether their row is written.
pub struct ServiceRows {
    pub centre: String,
    pub rows: Vec<RowFacts>,
}

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

/// The parts of the stored records that counting reads: serde skips the rest of each
/// JSON without building it (a citizen's sealed identity, a service's texts).
#[derive(Deserialize)]
struct ServiceHead {
    centre: String,
    visits: Vec<u64>,
}

#[derive(Deserialize)]
struct VisitHead {
    citizen: u64,
    #[serde(default)]
    not_exportable: Vec<serde::de::IgnoredAny>,
}

#[derive(Deserialize)]
struct CitizenHead {
    #[serde(default = "yes")]
    exportable: bool,
    #[serde(default)]
    names_purged_at: Option<serde::de::IgnoredAny>,
}

fn yes() -> bool {
    true
}

/// One national file made: kept for audits and shown on the dashboard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ExportRecord {
    /// Who made it: a staff e-mail, or "cli:" and the machine's user.
    pub by: String,
    pub at: UnixSeconds,
    pub programme: String,
    /// `YYYY-MM`.
    pub month: String,
    pub services: u32,
    pub rows: u32,
    /// Citizens registered without a codice fiscale, left out of the file.
    pub left_out: u32,
    /// Citizens left out because the retention deleted their names (see
    /// `National::names_purged`).
    #[serde(default)]
    pub names_purged: u32,
    /// The centres whose services it holds (a coordinator's); empty: the whole
    /// programme.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub centres: Vec<String>,
    pub files: Vec<ExportedFile>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ExportedFile {
    pub name: String,
    pub rows: u32,
    /// Hex SHA-256 of the file as written.
    pub sha256: String,
}

impl Store {
    /// `programme`'s services dated from `first` to `last` (inclusive), oldest first,
    /// one at a time to `f`: a month of a national programme is a hundred thousand
    /// services, and a summary that only counts them keeps none.
    pub fn each_service_for_export<E: From<StoreError>>(
        &self,
        programme: &str,
        first: Date,
        last: Date,
        mut f: impl FnMut(ServiceForExport) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let tx = self.db.begin_read().map_err(StoreError::from)?;
        let read = || -> Result<_> {
            Ok((
                tx.open_table(PROGRAMME_DAY_SERVICES)?,
                tx.open_table(SERVICES)?,
                tx.open_table(VISITS)?,
                tx.open_table(CITIZENS)?,
                tx.open_table(EXPERIENCES)?,
            ))
        };
        let (index, services, visits, citizens, experiences) = read()?;
        // Citizens met again within the month are read once; the cache is emptied
        // when it grows, so a national month does not hold every citizen at once.
        let mut known: HashMap<u64, Arc<CitizenRecord>> = HashMap::new();
        let range = (programme, first.days_since_epoch(), 0)
            ..=(programme, last.days_since_epoch(), u64::MAX);
        for row in index.range(range).map_err(StoreError::from)? {
            let one = || -> Result<Option<ServiceForExport>> {
                let (key, _) = row?;
                let (_, _, id) = key.value();
                let Some(raw) = services.get(id)? else {
                    return Ok(None);
                };
                let record: ServiceRecord = serde_json::from_slice(raw.value())?;
                let mut participants = Vec::with_capacity(record.service.visits.len());
                if known.len() > KNOWN_CITIZENS {
                    known.clear();
                }
                for visit_id in &record.service.visits {
                    let Some(raw) = visits.get(*visit_id)? else {
                        continue;
                    };
                    let visit: VisitRecord = serde_json::from_slice(raw.value())?;
                    let citizen = match known.get(&visit.citizen) {
                        Some(c) => c.clone(),
                        None => {
                            let Some(raw) = citizens.get(visit.citizen)? else {
                                continue;
                            };
                            let c = Arc::new(serde_json::from_slice::<CitizenRecord>(raw.value())?);
                            known.insert(visit.citizen, c.clone());
                            c
                        }
                    };
                    let experience = match experiences.get(*visit_id)? {
                        Some(raw) => Some(serde_json::from_slice(raw.value())?),
                        None => None,
                    };
                    participants.push(Participant {
                        citizen_id: visit.citizen,
                        visit,
                        citizen,
                        experience,
                    });
                }
                Ok(Some(ServiceForExport {
                    id,
                    record,
                    participants,
                }))
            };
            if let Some(s) = one()? {
                f(s)?;
            }
        }
        Ok(())
    }

    /// As [`Store::each_service_for_export`], with only what a count of the file needs:
    /// the summary shown before a download reads a month of a national programme (a
    /// hundred thousand services) without decoding any identity or answer.
    pub fn each_service_rows<E: From<StoreError>>(
        &self,
        programme: &str,
        first: Date,
        last: Date,
        mut f: impl FnMut(ServiceRows) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let tx = self.db.begin_read().map_err(StoreError::from)?;
        let read = || -> Result<_> {
            Ok((
                tx.open_table(PROGRAMME_DAY_SERVICES)?,
                tx.open_table(SERVICES)?,
                tx.open_table(VISITS)?,
                tx.open_table(CITIZENS)?,
            ))
        };
        let (index, services, visits, citizens) = read()?;
        // (exportable, names purged) of the citizens met, a few bytes each; emptied
        // when it grows, as the file's cache is, so a national month is not held.
        let mut known: HashMap<u64, (bool, bool)> = HashMap::new();
        let range = (programme, first.days_since_epoch(), 0)
            ..=(programme, last.days_since_epoch(), u64::MAX);
        for row in index.range(range).map_err(StoreError::from)? {
            let one = || -> Result<Option<ServiceRows>> {
                let (key, _) = row?;
                let Some(raw) = services.get(key.value().2)? else {
                    return Ok(None);
                };
                let head: ServiceHead = serde_json::from_slice(raw.value())?;
                let mut rows = Vec::with_capacity(head.visits.len());
                if known.len() > KNOWN_CITIZENS {
                    known.clear();
                }
                for visit_id in &head.visits {
                    let Some(raw) = visits.get(*visit_id)? else {
                        continue;
                    };
                    let visit: VisitHead = serde_json::from_slice(raw.value())?;
                    let (exportable, names_purged) = match known.get(&visit.citizen) {
                        Some(facts) => *facts,
                        None => {
                            let Some(raw) = citizens.get(visit.citizen)? else {
                                continue;
                            };
                            let c: CitizenHead = serde_json::from_slice(raw.value())?;
                            let facts = (c.exportable, c.names_purged_at.is_some());
                            known.insert(visit.citizen, facts);
                            facts
                        }
                    };
                    rows.push(RowFacts {
                        citizen_id: visit.citizen,
                        exportable,
                        names_purged,
                        flagged: !visit.not_exportable.is_empty(),
                    });
                }
                Ok(Some(ServiceRows {
                    centre: head.centre,
                    rows,
                }))
            };
            if let Some(s) = one()? {
                f(s)?;
            }
        }
        Ok(())
    }

    /// Appends `record` to the export log; its id.
    /// `rows` are the file's (citizen, service) rows: each is marked as gone out at the
    /// record's time, in the same transaction (a file is at most 9,000 rows).
    pub fn log_export(&self, record: &ExportRecord, rows: &[(u64, u64)]) -> Result<u64> {
        let tx = self.db.begin_write()?;
        let id = {
            let mut meta = tx.open_table(META)?;
            let id = meta.get("national_export")?.map_or(1, |v| v.value() + 1);
            meta.insert("national_export", id)?;
            tx.open_table(NATIONAL_EXPORTS)?
                .insert(id, serde_json::to_vec(record)?.as_slice())?;
            let mut reported = tx.open_table(REPORTED_ROWS)?;
            for &row in rows {
                reported.insert(row, record.at)?;
            }
            id
        };
        tx.commit()?;
        Ok(id)
    }

    /// The export log of `programme`, newest first.
    pub fn exports(&self, programme: &str) -> Result<Vec<(u64, ExportRecord)>> {
        let tx = self.db.begin_read()?;
        let mut out = Vec::new();
        for row in tx.open_table(NATIONAL_EXPORTS)?.iter()?.rev() {
            let (k, v) = row?;
            let record: ExportRecord = serde_json::from_slice(v.value())?;
            if record.programme == programme {
                out.push((k.value(), record));
            }
        }
        Ok(out)
    }
}
