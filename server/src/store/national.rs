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

/// One read transaction, shared by the threads that build a month's file: each reads
/// its own days, all of them the same state of the store, so a service recorded while
/// the file is built is in every part or in none.
pub struct Snapshot(redb::ReadTransaction);

impl Store {
    pub fn snapshot(&self) -> Result<Snapshot> {
        Ok(Snapshot(self.db.begin_read()?))
    }
}

impl Snapshot {
    /// `programme`'s services dated from `first` to `last` (inclusive), oldest first,
    /// one at a time to `f`: a month of a national programme is a hundred thousand
    /// services, and none is kept longer than its rows need.
    pub fn each_service_for_export<E: From<StoreError>>(
        &self,
        programme: &str,
        first: Date,
        last: Date,
        mut f: impl FnMut(ServiceForExport) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let tx = &self.0;
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
}

impl Store {
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
