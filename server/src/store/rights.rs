//! A citizen's rights over their data (GDPR articles 15 and 17): found by their codice
//! fiscale, everything held about them copied out, their personal data erased. Each
//! act is appended to a log that is never rewritten.
//!
//! These are rare acts of a region or coordinator answering a request, so a citizen's
//! visits, services and event presences are found by reading those tables through,
//! not by indexes every write would have to keep.

use ponte_domain::clock::UnixSeconds;
use redb::{ReadableDatabase, ReadableTable};
use serde::{Deserialize, Serialize};

use super::citizens::{CitizenRecord, Personal};
use super::tables::{
    CITIZEN_AT_CENTRE, CITIZEN_BY_LOOKUP, CITIZEN_IN_PROGRAMME, CITIZENS, EVENT_PEOPLE,
    EXPERIENCES, PASSES, RIGHTS_LOG, SURVEY_CITIZENS, VISITS,
};
use super::visits::VisitRecord;
use super::{Result, Store};
use crate::secrets::Secrets;

/// One act on a citizen's data, as the log keeps it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct RightsAct {
    pub at: UnixSeconds,
    /// The staff account's e-mail.
    pub staff: String,
    /// `lookup`, `export` or `erase`.
    pub act: String,
    /// The citizen, when one was found.
    pub citizen: Option<u64>,
    /// The citizen's lookup key (an HMAC of the codice fiscale), hex: says whose data it
    /// was without keeping the code.
    pub lookup_key: Option<String>,
}

/// Where a citizen was seen: what a scope is checked against.
pub struct Whereabouts {
    pub registered_centre: String,
    pub centres: Vec<String>,
    pub programmes: Vec<String>,
}

/// Everything held about a citizen, opened.
#[derive(Debug, Serialize)]
pub struct CitizenData {
    pub id: u64,
    pub record: serde_json::Value,
    pub personal: Option<serde_json::Value>,
    pub passes: Vec<PassState>,
    pub centres: Vec<CentreVisits>,
    pub programmes: Vec<ProgrammeStart>,
    pub visits: Vec<VisitData>,
    pub skills_survey: Option<serde_json::Value>,
    pub events: Vec<u64>,
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
pub struct Erased {
    /// Erased before: nothing changed now.
    pub already: bool,
    pub lookup_key: Option<[u8; 32]>,
    pub passes_revoked: u32,
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
        let mut centres = Vec::new();
        for row in tx
            .open_table(CITIZEN_AT_CENTRE)?
            .range((id, "")..(id.saturating_add(1), ""))?
        {
            centres.push(row?.0.value().1.to_owned());
        }
        let mut programmes = Vec::new();
        for row in tx
            .open_table(CITIZEN_IN_PROGRAMME)?
            .range((id, "")..(id.saturating_add(1), ""))?
        {
            programmes.push(row?.0.value().1.to_owned());
        }
        Ok(Some(Whereabouts {
            registered_centre: record.registered_centre,
            centres,
            programmes,
        }))
    }

    /// Everything held about citizen `id`, with the sealed fields opened.
    pub fn citizen_data(&self, id: u64, secrets: &Secrets) -> Result<Option<CitizenData>> {
        let tx = self.db.begin_read()?;
        let Some(record) = read_record(&tx.open_table(CITIZENS)?, id)? else {
            return Ok(None);
        };
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
        let mut centres = Vec::new();
        for row in tx
            .open_table(CITIZEN_AT_CENTRE)?
            .range((id, "")..(id.saturating_add(1), ""))?
        {
            let (k, v) = row?;
            centres.push(CentreVisits {
                centre: k.value().1.to_owned(),
                visits: v.value(),
            });
        }
        let mut programmes = Vec::new();
        for row in tx
            .open_table(CITIZEN_IN_PROGRAMME)?
            .range((id, "")..(id.saturating_add(1), ""))?
        {
            let (k, v) = row?;
            programmes.push(ProgrammeStart {
                programme: k.value().1.to_owned(),
                first_day: v.value(),
            });
        }
        let experiences = tx.open_table(EXPERIENCES)?;
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
        let mut events = Vec::new();
        for row in tx.open_table(EVENT_PEOPLE)?.iter()? {
            let (event, citizen) = row?.0.value();
            if citizen == id {
                events.push(event);
            }
        }
        Ok(Some(CitizenData {
            id,
            record: serde_json::to_value(&record)?,
            personal,
            passes,
            centres,
            programmes,
            visits,
            skills_survey,
            events,
        }))
    }

    /// Erases citizen `id`'s personal data: the sealed fields emptied, the lookup key
    /// removed (the same codice fiscale signing up again is a new citizen), every pass
    /// revoked. What was counted stays counted; the visits stay, tied to a number that
    /// leads to no one. `None` if there is no such citizen.
    pub fn erase_citizen(
        &self,
        id: u64,
        secrets: &Secrets,
        now: UnixSeconds,
    ) -> Result<Option<Erased>> {
        let tx = self.db.begin_write()?;
        let erased = {
            let mut citizens = tx.open_table(CITIZENS)?;
            let Some(mut record) = read_record(&citizens, id)? else {
                return Ok(None);
            };
            if record.erased_at.is_some() {
                return Ok(Some(Erased {
                    already: true,
                    lookup_key: None,
                    passes_revoked: 0,
                }));
            }
            let lookup_key = record
                .identity(secrets)?
                .codice_fiscale
                .and_then(|cf| ponte_domain::codice_fiscale::CodiceFiscale::parse(&cf).ok())
                .map(|cf| secrets.lookup_hash(&cf));
            if let Some(key) = &lookup_key {
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
            record.sealed.clear();
            record.sealed_birth.clear();
            record.exportable = false;
            record.contact_consent = false;
            record.erased_at = Some(now);
            citizens.insert(id, serde_json::to_vec(&record)?.as_slice())?;
            Erased {
                already: false,
                lookup_key,
                passes_revoked: u32::try_from(live.len()).unwrap_or(u32::MAX),
            }
        };
        tx.commit()?;
        Ok(Some(erased))
    }

    /// Appends `act` to the log of acts on citizens' data.
    pub fn log_rights_act(&self, act: &RightsAct) -> Result<()> {
        let tx = self.db.begin_write()?;
        {
            let mut log = tx.open_table(RIGHTS_LOG)?;
            let next = log.last()?.map_or(1, |(k, _)| k.value() + 1);
            log.insert(next, serde_json::to_vec(act)?.as_slice())?;
        }
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

fn read_record(
    citizens: &impl ReadableTable<u64, &'static [u8]>,
    id: u64,
) -> Result<Option<CitizenRecord>> {
    Ok(match citizens.get(id)? {
        Some(v) => Some(serde_json::from_slice(v.value())?),
        None => None,
    })
}
