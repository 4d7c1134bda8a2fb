//! Services recorded by facilitators, and the counters kept with them: services and
//! minutes per centre and day, participations (citizen × service) in the day's
//! attendance row, and how many services carried each national code.

use ponte_domain::clock::UnixSeconds;
use ponte_domain::service::{Service, ServiceSummary};
use ponte_domain::staff::{CitizenCard, TodayList, TodayVisit};
use ponte_domain::{CentreCode, Date};
use redb::{ReadableDatabase, ReadableTable};
use serde::{Deserialize, Serialize};

use super::citizens::CitizenRecord;
use super::submissions::{Accepted, Checked, Refused};
use super::tables::{
    CENTRE_DAY_CITIZENS, CENTRE_DAY_SERVICES, CITIZEN_AT_CENTRE, CITIZENS, META,
    PROGRAMME_DAY_SERVICES, SERVICES, VISITS,
};
use super::visits::VisitRecord;
use super::{Result, Store, Tables};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ServiceRecord {
    pub centre: String,
    pub programme: String,
    /// The account that recorded it (IDFacilitatore in the national file).
    pub facilitator: String,
    pub at: UnixSeconds,
    #[serde(flatten)]
    pub service: Service,
}

impl ServiceRecord {
    /// The codes the dashboard breaks services down by, as `(field, code)`.
    pub fn dashboard_codes(&self) -> Vec<(&'static str, &str)> {
        let s = &self.service;
        s.types
            .iter()
            .map(|c| ("type", c.as_str()))
            .chain(s.competences.iter().map(|c| ("competence", c.as_str())))
            .chain(s.domains.iter().map(|c| ("domain", c.as_str())))
            .collect()
    }

    pub fn summary(&self, id: u64) -> ServiceSummary {
        let s = &self.service;
        ServiceSummary {
            id,
            centre: self.centre.clone(),
            date: s.date,
            duration: s.duration(),
            types: s.types.clone(),
            areas: s.areas.clone(),
            competences: s.competences.clone(),
            domains: s.domains.clone(),
            details: s.details.clone(),
            masked: s.masked.clone(),
            visits: s.visits.clone(),
            participations: s.visits.len() as u32,
            facilitator: self.facilitator.clone(),
        }
    }
}

/// A service's first phase: every visit it names exists, at its centre, on its date.
pub fn check_service(
    t: &Tables<'_>,
    service: &Service,
    centre: &CentreCode,
) -> Result<Checked<Vec<(u64, VisitRecord)>>> {
    let mut visits = Vec::with_capacity(service.visits.len());
    for &id in &service.visits {
        let visit: VisitRecord = match t.visits.get(id)? {
            Some(v) => serde_json::from_slice(v.value())?,
            None => return Ok(Err(Refused::NoSuchVisit)),
        };
        if visit.centre != centre.as_str() || visit.day != service.date.days_since_epoch() {
            return Ok(Err(Refused::VisitElsewhere));
        }
        if visits
            .first()
            .is_some_and(|(_, first): &(u64, VisitRecord)| first.site != visit.site)
        {
            return Ok(Err(Refused::VisitsAtSeveralSites));
        }
        visits.push((id, visit));
    }
    Ok(Ok(visits))
}

/// A service's second phase: the record, its id on each visit, and every counter.
pub fn write_service(
    t: &mut Tables<'_>,
    record: &ServiceRecord,
    visits: Vec<(u64, VisitRecord)>,
) -> Result<Accepted> {
    let id = t.next_id("service")?;
    let s = &record.service;
    let code = record.centre.as_str();
    let day = s.date.days_since_epoch();
    for (visit_id, mut visit) in visits {
        visit.services.push(id);
        t.visits
            .insert(visit_id, serde_json::to_vec(&visit)?.as_slice())?;
    }
    let (v, u, n, p) = t
        .centre_days
        .get((code, day))?
        .map_or((0, 0, 0, 0), |c| c.value());
    t.centre_days
        .insert((code, day), (v, u, n, p + s.visits.len() as u32))?;
    let (services, minutes) = t
        .centre_day_services
        .get((code, day))?
        .map_or((0, 0), |c| c.value());
    t.centre_day_services
        .insert((code, day), (services + 1, minutes + u32::from(s.minutes)))?;
    let fields = [
        ("type", &s.types),
        ("area", &s.areas),
        ("competence", &s.competences),
        ("domain", &s.domains),
    ];
    for (field, codes) in fields {
        for c in codes {
            let key = (code, day, field, c.as_str());
            let n = t.service_codes.get(key)?.map_or(0, |v| v.value());
            t.service_codes.insert(key, n + 1)?;
        }
    }
    t.services
        .insert(id, serde_json::to_vec(record)?.as_slice())?;
    t.programme_day_services
        .insert((record.programme.as_str(), day, id), ())?;
    t.national
        .count_service(id, record, &t.visits, &t.citizens)?;
    super::progress::count_service(t, &record.programme, code, day, s.visits.len() as u32)?;
    super::dashboard::count_service(
        t,
        &record.programme,
        code,
        day,
        s.visits.len() as u32,
        &record.dashboard_codes(),
    )?;
    Ok(Accepted::Served(Box::new(record.summary(id))))
}

impl Store {
    /// A centre's check-ins of `date`, in the order they came, for its console.
    pub fn today(&self, centre: &CentreCode, date: Date) -> Result<TodayList> {
        let tx = self.db.begin_read()?;
        let code = centre.as_str();
        let day = date.days_since_epoch();
        let index = tx.open_table(CENTRE_DAY_CITIZENS)?;
        let visits = tx.open_table(VISITS)?;
        let citizens = tx.open_table(CITIZENS)?;
        let mut list = Vec::new();
        for row in index.range((code, day, 0)..(code, day + 1, 0))? {
            let (key, visit_id) = row?;
            let (_, _, citizen) = key.value();
            let visit_id = visit_id.value();
            let Some(visit) = visits.get(visit_id)? else {
                continue;
            };
            let visit: VisitRecord = serde_json::from_slice(visit.value())?;
            let gender = match citizens.get(citizen)? {
                Some(c) => serde_json::from_slice::<CitizenRecord>(c.value())?
                    .sex
                    .gender_code()
                    .to_owned(),
                None => String::new(),
            };
            list.push(TodayVisit {
                visit: visit_id,
                at: visit.at,
                gender,
                age_band: visit.age_band,
                first_here: visit.first_here,
                needs: visit.needs,
                services: visit.services.len() as u32,
            });
        }
        list.sort_by_key(|v| (v.at, v.visit));
        let services = tx
            .open_table(CENTRE_DAY_SERVICES)?
            .get((code, day))?
            .map_or(0, |v| v.value().0);
        Ok(TodayList {
            centre: code.to_owned(),
            date,
            visits: list,
            services,
        })
    }

    /// The citizen behind a pass hash, as the desk of `centre` sees them; `None` when
    /// the pass is unknown or the citizen has never signed up or come here (a desk sees
    /// only its own citizens).
    pub fn citizen_card(
        &self,
        pass_hash: &[u8],
        centre: &CentreCode,
        date: Date,
    ) -> Result<Option<CitizenCard>> {
        let tx = self.db.begin_read()?;
        let Some((citizen, revoked)) = tx
            .open_table(super::tables::PASSES)?
            .get(pass_hash)?
            .map(|v| v.value())
        else {
            return Ok(None);
        };
        let Some(record) = tx.open_table(CITIZENS)?.get(citizen)? else {
            return Ok(None);
        };
        let record: CitizenRecord = serde_json::from_slice(record.value())?;
        let code = centre.as_str();
        let visits_here = tx
            .open_table(CITIZEN_AT_CENTRE)?
            .get((citizen, code))?
            .map_or(0, |v| v.value());
        if visits_here == 0 && record.registered_centre != code {
            return Ok(None);
        }
        let day = date.days_since_epoch();
        let today = match tx
            .open_table(CENTRE_DAY_CITIZENS)?
            .get((code, day, citizen))?
        {
            Some(id) => {
                let id = id.value();
                match tx.open_table(VISITS)?.get(id)? {
                    Some(v) => {
                        let visit: VisitRecord = serde_json::from_slice(v.value())?;
                        Some(TodayVisit {
                            visit: id,
                            at: visit.at,
                            gender: record.sex.gender_code().to_owned(),
                            age_band: visit.age_band,
                            first_here: visit.first_here,
                            needs: visit.needs,
                            services: visit.services.len() as u32,
                        })
                    }
                    None => None,
                }
            }
            None => None,
        };
        Ok(Some(CitizenCard {
            citizen,
            gender: record.sex.gender_code().to_owned(),
            age_band: today
                .as_ref()
                .and_then(|t| t.age_band)
                .or(Some(record.age_band)),
            visits_here,
            today,
            revoked,
        }))
    }

    /// A centre's services of one day, in the order recorded.
    pub fn services_on(&self, centre: &CentreCode, date: Date) -> Result<Vec<ServiceSummary>> {
        // Services are few per centre and day; their ids are found through the day's
        // visits, so no scan of all services is needed.
        let list = self.today(centre, date)?;
        let tx = self.db.begin_read()?;
        let visits = tx.open_table(VISITS)?;
        let services = tx.open_table(SERVICES)?;
        let mut ids: Vec<u64> = Vec::new();
        for v in &list.visits {
            if let Some(visit) = visits.get(v.visit)? {
                let visit: VisitRecord = serde_json::from_slice(visit.value())?;
                ids.extend(visit.services);
            }
        }
        ids.sort_unstable();
        ids.dedup();
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(s) = services.get(id)? {
                let record: ServiceRecord = serde_json::from_slice(s.value())?;
                out.push(record.summary(id));
            }
        }
        Ok(out)
    }
}

/// Indexes by programme and day the services recorded before the index existed; once.
pub(super) fn index_by_programme(tx: &redb::WriteTransaction) -> Result<()> {
    const DONE: &str = "services_by_programme_day";
    let mut meta = tx.open_table(META)?;
    if meta.get(DONE)?.is_some() {
        return Ok(());
    }
    let services = tx.open_table(SERVICES)?;
    let mut index = tx.open_table(PROGRAMME_DAY_SERVICES)?;
    for row in services.iter()? {
        let (k, v) = row?;
        let record: ServiceRecord = serde_json::from_slice(v.value())?;
        let day = record.service.date.days_since_epoch();
        index.insert((record.programme.as_str(), day, k.value()), ())?;
    }
    meta.insert(DONE, 1)?;
    Ok(())
}
