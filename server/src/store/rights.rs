//! A citizen's rights over their data (GDPR articles 15 and 17): found by their codice
//! fiscale, everything held about them copied out, their personal data erased. Each
//! act is appended to a log that is never rewritten.
//!
//! These are rare acts of a region or coordinator answering a request, so a citizen's
//! visits, services and event presences are found by reading those tables through,
//! not by indexes every write would have to keep.

use std::collections::HashMap;

use ponte_domain::clock::UnixSeconds;
use redb::{ReadTransaction, ReadableDatabase, ReadableTable, TableDefinition};
use serde::{Deserialize, Serialize};

use super::citizens::{CitizenRecord, Personal};
use super::national::ExportRecord;
use super::tables::{
    CITIZEN_AT_CENTRE, CITIZEN_BY_LOOKUP, CITIZEN_IN_PROGRAMME, CITIZENS, EVENT_PEOPLE,
    EXPERIENCES, NATIONAL_EXPORTS, PASSES, RIGHTS_LOG, SERVICES, SURVEY_CITIZENS, SURVEY_RESPONSES,
    VISITS,
};
use super::visits::VisitRecord;
use super::{Result, Store};
use crate::secrets::Secrets;

/// One act on a citizen's data, as the log keeps it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct RightsAct {
    pub at: UnixSeconds,
    /// The staff account's e-mail.
    pub staff: String,
    /// `lookup`, `export`, `erase`; `purge` (names deleted by the retention) or
    /// `restore` (given back at the desk).
    pub act: String,
    /// The citizen, when one was found.
    pub citizen: Option<u64>,
    /// The citizen's lookup key (an HMAC of the codice fiscale), hex: says whose data it
    /// was without keeping the code.
    pub lookup_key: Option<String>,
    /// The programme whose rule a `purge` applied, or where a `restore` was made: that
    /// programme's region sees it in its log.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme: Option<String>,
}

/// Where a citizen signed up and in which programmes they came: what a scope is
/// checked against.
pub struct Whereabouts {
    pub registered_centre: String,
    pub programmes: Vec<String>,
}

/// Everything held about a citizen, opened.
#[derive(Debug, Serialize)]
pub struct CitizenData {
    pub id: u64,
    /// For the log of the act, never in the copy.
    #[serde(skip)]
    pub lookup_key: Option<[u8; 32]>,
    pub record: serde_json::Value,
    pub personal: Option<serde_json::Value>,
    pub passes: Vec<PassState>,
    pub centres: Vec<CentreVisits>,
    pub programmes: Vec<ProgrammeStart>,
    pub visits: Vec<VisitData>,
    /// The services the visits were part of, by id.
    pub services: Vec<ServiceData>,
    /// The baseline and latest exit of the skills test.
    pub skills_survey: Option<serde_json::Value>,
    /// Every skills test taken with the pass, as answered and scored.
    pub skills_responses: Vec<serde_json::Value>,
    pub events: Vec<EventPresence>,
}

#[derive(Debug, Serialize)]
pub struct ServiceData {
    pub id: u64,
    pub service: serde_json::Value,
}

#[derive(Debug, Serialize)]
pub struct EventPresence {
    pub event: u64,
    /// Counted present (else waiting to be confirmed at the desk).
    pub present: bool,
    pub visit: u64,
}

#[derive(Debug, Serialize)]
pub struct PassState {
    pub revoked: bool,
}

#[derive(Debug, Serialize)]
pub struct CentreVisits {
    pub centre: String,
    pub visits: u32,
}

#[derive(Debug, Serialize)]
pub struct ProgrammeStart {
    pub programme: String,
    /// Day (since the epoch) of the first visit in it.
    pub first_day: i32,
}

#[derive(Debug, Serialize)]
pub struct VisitData {
    pub id: u64,
    pub visit: serde_json::Value,
    pub answers: Option<serde_json::Value>,
}

/// What an erasure did.
pub enum Erasure {
    Done {
        passes_revoked: u32,
    },
    /// Erased before: nothing changed now.
    Already,
    /// Services of this month are not in a national file yet: the programme must still
    /// report them (GDPR art. 17(3)(b), the PNRR's reporting duty), so the erasure waits
    /// for that upload.
    NotYetReported {
        month: String,
    },
}

impl Store {
    /// The citizen found by this lookup key, if any.
    pub fn citizen_by_lookup(&self, lookup: &[u8; 32]) -> Result<Option<u64>> {
        let tx = self.db.begin_read()?;
        let t = tx.open_table(CITIZEN_BY_LOOKUP)?;
        Ok(t.get(lookup.as_slice())?.map(|v| v.value()))
    }

    /// Where citizen `id` signed up and came, or `None` if there is no such citizen.
    pub fn whereabouts(&self, id: u64) -> Result<Option<Whereabouts>> {
        let tx = self.db.begin_read()?;
        let Some(record) = read_record(&tx.open_table(CITIZENS)?, id)? else {
            return Ok(None);
        };
        let programmes = of_citizen(&tx, CITIZEN_IN_PROGRAMME, id)?
            .into_iter()
            .map(|(programme, _)| programme)
            .collect();
        Ok(Some(Whereabouts {
            registered_centre: record.registered_centre,
            programmes,
        }))
    }

    /// Everything held about citizen `id`, with the sealed fields opened.
    pub fn citizen_data(&self, id: u64, secrets: &Secrets) -> Result<Option<CitizenData>> {
        let tx = self.db.begin_read()?;
        let Some(record) = read_record(&tx.open_table(CITIZENS)?, id)? else {
            return Ok(None);
        };
        let lookup_key = record.lookup_key(secrets)?;
        let personal = record
            .personal(secrets)?
            .map(|p: Personal| serde_json::to_value(p))
            .transpose()?;
        let mut passes = Vec::new();
        for row in tx.open_table(PASSES)?.iter()? {
            let (citizen, revoked) = row?.1.value();
            if citizen == id {
                passes.push(PassState { revoked });
            }
        }
        let centres = of_citizen(&tx, CITIZEN_AT_CENTRE, id)?
            .into_iter()
            .map(|(centre, visits)| CentreVisits { centre, visits })
            .collect();
        let programmes = of_citizen(&tx, CITIZEN_IN_PROGRAMME, id)?
            .into_iter()
            .map(|(programme, first_day)| ProgrammeStart {
                programme,
                first_day,
            })
            .collect();
        let experiences = tx.open_table(EXPERIENCES)?;
        let service_table = tx.open_table(SERVICES)?;
        let mut services = Vec::new();
        let mut visits = Vec::new();
        for row in tx.open_table(VISITS)?.iter()? {
            let (k, v) = row?;
            let visit: VisitRecord = serde_json::from_slice(v.value())?;
            if visit.citizen != id {
                continue;
            }
            let answers = match experiences.get(k.value())? {
                Some(a) => Some(serde_json::from_slice(a.value())?),
                None => None,
            };
            for &service in &visit.services {
                if services.iter().any(|s: &ServiceData| s.id == service) {
                    continue;
                }
                if let Some(v) = service_table.get(service)? {
                    services.push(ServiceData {
                        id: service,
                        service: serde_json::from_slice(v.value())?,
                    });
                }
            }
            visits.push(VisitData {
                id: k.value(),
                visit: serde_json::to_value(&visit)?,
                answers,
            });
        }
        let skills_survey = match tx.open_table(SURVEY_CITIZENS)?.get(id)? {
            Some(v) => Some(serde_json::from_slice(v.value())?),
            None => None,
        };
        let mut skills_responses = Vec::new();
        for row in tx.open_table(SURVEY_RESPONSES)?.iter()? {
            let response: serde_json::Value = serde_json::from_slice(row?.1.value())?;
            if response["citizen"].as_u64() == Some(id) {
                skills_responses.push(response);
            }
        }
        let mut events = Vec::new();
        for row in tx.open_table(EVENT_PEOPLE)?.iter()? {
            let (k, v) = row?;
            let (event, citizen) = k.value();
            if citizen == id {
                let (_, present, visit) = v.value();
                events.push(EventPresence {
                    event,
                    present,
                    visit,
                });
            }
        }
        // The record as kept, without the sealed fields: they are given opened above.
        let mut record = serde_json::to_value(&record)?;
        if let Some(fields) = record.as_object_mut() {
            fields.remove("sealed");
            fields.remove("sealed_birth");
        }
        Ok(Some(CitizenData {
            id,
            lookup_key,
            record,
            personal,
            passes,
            centres,
            programmes,
            visits,
            services,
            skills_survey,
            skills_responses,
            events,
        }))
    }

    /// Erases citizen `id`'s personal data: the sealed fields emptied, the lookup key
    /// removed (the same codice fiscale signing up again is a new citizen), every pass
    /// revoked, the skills tests unlinked from them, the free text of their visit
    /// questionnaires blanked. What was counted stays counted; the visits and services
    /// stay for the PNRR's audits, tied to a number that leads to no one. Refused while
    /// a month of their services is not yet in a national file. `act` is logged in the
    /// same transaction, so no erasure goes unlogged. `None` if there is no such citizen.
    pub fn erase_citizen(
        &self,
        id: u64,
        secrets: &Secrets,
        mut act: RightsAct,
    ) -> Result<Option<Erasure>> {
        let tx = self.db.begin_write()?;
        let erasure = {
            let mut citizens = tx.open_table(CITIZENS)?;
            let Some(mut record) = read_record(&citizens, id)? else {
                return Ok(None);
            };
            if record.erased_at.is_some() {
                return Ok(Some(Erasure::Already));
            }
            // Visits holding services the national file must still carry.
            let reported = Coverage::read(&tx.open_table(NATIONAL_EXPORTS)?)?;
            let mut visit_ids = Vec::new();
            for row in tx.open_table(VISITS)?.iter()? {
                let (k, v) = row?;
                let visit: VisitRecord = serde_json::from_slice(v.value())?;
                if visit.citizen != id {
                    continue;
                }
                visit_ids.push(k.value());
                if visit.services.is_empty() || !visit.not_exportable.is_empty() {
                    continue;
                }
                if reported.covered_at(&visit).is_none() {
                    let month = ponte_domain::Date::from_days_since_epoch(visit.day)
                        .map(|d| d.to_string()[..7].to_owned())
                        .unwrap_or_default();
                    return Ok(Some(Erasure::NotYetReported { month }));
                }
            }
            act.lookup_key = record.lookup_key(secrets)?.map(hex::encode);
            if let Some(key) = act.lookup_key.as_deref().and_then(|k| hex::decode(k).ok()) {
                let mut by_lookup = tx.open_table(CITIZEN_BY_LOOKUP)?;
                if by_lookup
                    .get(key.as_slice())?
                    .is_some_and(|v| v.value() == id)
                {
                    by_lookup.remove(key.as_slice())?;
                }
            }
            let mut passes = tx.open_table(PASSES)?;
            let mut live = Vec::new();
            for row in passes.iter()? {
                let (k, v) = row?;
                if v.value() == (id, false) {
                    live.push(k.value().to_vec());
                }
            }
            for hash in &live {
                passes.insert(hash.as_slice(), (id, true))?;
            }
            // The skills tests stay counted, no longer theirs.
            tx.open_table(SURVEY_CITIZENS)?.remove(id)?;
            let mut responses = tx.open_table(SURVEY_RESPONSES)?;
            let mut theirs = Vec::new();
            for row in responses.iter()? {
                let (k, v) = row?;
                let mut response: serde_json::Value = serde_json::from_slice(v.value())?;
                if response["citizen"].as_u64() == Some(id) {
                    response["citizen"] = serde_json::Value::Null;
                    theirs.push((k.value(), serde_json::to_vec(&response)?));
                }
            }
            for (k, v) in theirs {
                responses.insert(k, v.as_slice())?;
            }
            // What they wrote in their own words about a visit may name them.
            let mut experiences = tx.open_table(EXPERIENCES)?;
            for visit in visit_ids {
                let answers = match experiences.get(visit)? {
                    Some(v) => Some(serde_json::from_slice::<serde_json::Value>(v.value())?),
                    None => None,
                };
                if let Some(mut answers) = answers {
                    answers["topics"] = "".into();
                    experiences.insert(visit, serde_json::to_vec(&answers)?.as_slice())?;
                }
            }
            record.sealed.clear();
            record.sealed_birth.clear();
            // Nothing left to say whose it was: not even the code's fingerprint.
            record.kept_lookup_key = None;
            record.names_restored_at = None;
            record.exportable = false;
            record.contact_consent = false;
            record.erased_at = Some(act.at);
            citizens.insert(id, serde_json::to_vec(&record)?.as_slice())?;
            // Their services lose their rows in the months' national files.
            super::national_counts::NationalTables::open(&tx)?.recount_citizen(
                id,
                &tx.open_table(SERVICES)?,
                &tx.open_table(VISITS)?,
                &citizens,
            )?;
            append(&mut tx.open_table(RIGHTS_LOG)?, &act)?;
            Erasure::Done {
                passes_revoked: u32::try_from(live.len()).unwrap_or(u32::MAX),
            }
        };
        tx.commit()?;
        Ok(Some(erasure))
    }

    /// Appends `act` to the log of acts on citizens' data.
    pub fn log_rights_act(&self, act: &RightsAct) -> Result<()> {
        let tx = self.db.begin_write()?;
        append(&mut tx.open_table(RIGHTS_LOG)?, act)?;
        tx.commit()?;
        Ok(())
    }

    /// The log of acts on citizens' data, oldest first.
    pub fn rights_log(&self) -> Result<Vec<RightsAct>> {
        let tx = self.db.begin_read()?;
        let mut out = Vec::new();
        for row in tx.open_table(RIGHTS_LOG)?.iter()? {
            out.push(serde_json::from_slice(row?.1.value())?);
        }
        Ok(out)
    }
}

pub(super) fn append(log: &mut redb::Table<'_, u64, &'static [u8]>, act: &RightsAct) -> Result<()> {
    let next = log.last()?.map_or(1, |(k, _)| k.value() + 1);
    log.insert(next, serde_json::to_vec(act)?.as_slice())?;
    Ok(())
}

/// The rows of a table keyed by (citizen, code) that are citizen `id`'s: the code and
/// the value.
fn of_citizen<V>(
    tx: &ReadTransaction,
    table: TableDefinition<(u64, &'static str), V>,
    id: u64,
) -> Result<Vec<(String, V)>>
where
    V: for<'a> redb::Value<SelfType<'a> = V> + 'static,
{
    let mut out = Vec::new();
    for row in tx
        .open_table(table)?
        .range((id, "")..(id.saturating_add(1), ""))?
    {
        let (k, v) = row?;
        out.push((k.value().1.to_owned(), v.value()));
    }
    Ok(out)
}

fn read_record(
    citizens: &impl ReadableTable<u64, &'static [u8]>,
    id: u64,
) -> Result<Option<CitizenRecord>> {
    Ok(match citizens.get(id)? {
        Some(v) => Some(serde_json::from_slice(v.value())?),
        None => None,
    })
}

/// The national files made so far, by programme and month: which visits they carried.
struct Coverage {
    by_month: HashMap<(String, String), Vec<ExportRecord>>,
}

impl Coverage {
    /// From the export log, in a read or a write transaction alike.
    fn read(log: &impl ReadableTable<u64, &'static [u8]>) -> Result<Coverage> {
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
    fn covered_at(&self, visit: &VisitRecord) -> Option<UnixSeconds> {
        let month =
            ponte_domain::Date::from_days_since_epoch(visit.day)?.to_string()[..7].to_owned();
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
