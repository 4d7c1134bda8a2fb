//! The dashboard's counters: for every centre, programme province and programme, the
//! figures of each day, week and month, and the breakdowns of each month, all
//! kept in the transaction of the visit or service they count. A dashboard of a year
//! reads a dozen month rows and at most sixty day rows per scope, whatever the number
//! of citizens; nothing reads citizens, visits or services.

use std::collections::{BTreeMap, HashSet};

use ponte_domain::Centre;
use ponte_domain::dashboard::{BUCKETS, Bucket, Figures, UNKNOWN, split_by_month};
use redb::{ReadableDatabase, ReadableTable};

use super::citizens::CitizenRecord;
use super::services::ServiceRecord;
use super::tables::{SCOPE_CODES, SCOPE_PERIODS};
use super::visits::VisitRecord;
use super::{Result, Store, Tables};

/// A centre's scope in the counters' keys.
pub fn centre_scope(code: &str) -> String {
    format!("c/{code}")
}

/// A programme's (or, with a province, that province's part of it) scope.
pub fn programme_scope(programme: &str, province: Option<&str>) -> String {
    match province {
        Some(p) => format!("p/{programme}/{p}"),
        None => format!("p/{programme}"),
    }
}

/// Who a citizen new to a programme is, as the breakdowns count them.
#[derive(Debug, Clone)]
pub struct Newcomer {
    age_band: Option<u8>,
    gender: &'static str,
    citizenship: String,
    education: String,
    employment: String,
}

impl Newcomer {
    /// `age_band` is the one on the day of the visit, as the visit keeps it; a pass
    /// without its record counts as unknown in every field.
    pub fn of(record: Option<&CitizenRecord>, age_band: Option<u8>) -> Newcomer {
        let field = |f: fn(&CitizenRecord) -> &String| {
            record.map_or_else(|| UNKNOWN.to_owned(), |r| f(r).clone())
        };
        Newcomer {
            age_band,
            gender: record.map_or(UNKNOWN, |r| r.sex.gender_code()),
            citizenship: field(|r| &r.citizenship),
            education: field(|r| &r.education),
            employment: field(|r| &r.employment),
        }
    }

    /// In the order of `dashboard::PEOPLE_FIELDS`.
    fn codes(&self) -> [(&'static str, String); 5] {
        [
            (
                "age_band",
                self.age_band
                    .map_or_else(|| UNKNOWN.to_owned(), |b| b.to_string()),
            ),
            ("gender", self.gender.to_owned()),
            ("citizenship", self.citizenship.clone()),
            ("education", self.education.clone()),
            ("employment", self.employment.clone()),
        ]
    }
}

/// Where a centre's counts go: the centre, its province in the programme, the
/// programme. A centre no longer listed counts in the programme's "" province.
fn scopes_of(t: &Tables<'_>, programme: &str, centre: &str) -> [String; 3] {
    let province = where_is(t, centre).map(|c| c.province.code);
    [
        centre_scope(centre),
        programme_scope(programme, Some(province.unwrap_or(""))),
        programme_scope(programme, None),
    ]
}

fn where_is<'r>(t: &'r Tables<'_>, centre: &str) -> Option<&'r Centre> {
    t.reference.centre_named(centre)
}

type Row = super::tables::ScopeFigures;

fn bump(t: &mut Tables<'_>, key: (&str, u8, i32), add: Row) -> Result<()> {
    let (a, b, c, d, e) = t
        .scope_periods
        .get(key)?
        .map_or((0, 0, 0, 0, 0), |v| v.value());
    t.scope_periods
        .insert(key, (a + add.0, b + add.1, c + add.2, d + add.3, e + add.4))?;
    Ok(())
}

fn bump_code(t: &mut Tables<'_>, key: (&str, i32, &str, &str)) -> Result<()> {
    let n = t.scope_codes.get(key)?.map_or(0, |v| v.value());
    t.scope_codes.insert(key, n + 1)?;
    Ok(())
}

/// A visit (the first of its citizen, centre and day): a visit in each scope, a
/// citizen in each day, week and month where they had not come yet, and, for a
/// citizen new to the programme, a newcomer in the breakdowns of its day and month.
pub(super) fn count_visit(
    t: &mut Tables<'_>,
    programme: &str,
    centre: &str,
    day: i32,
    citizen: u64,
    newcomer: Option<&Newcomer>,
) -> Result<()> {
    let scopes = scopes_of(t, programme, centre);
    let (province, in_programme) = match where_is(t, centre) {
        Some(c) => (c.province.code, c.programme.as_str() == programme),
        None => ("", false),
    };
    for bucket in BUCKETS {
        let period = bucket.period(day);
        // Whether the citizen came earlier in this bucket to the centre, the province
        // of this programme, the programme.
        let mut seen = [false; 3];
        let first = bucket.first_day(period);
        let end = bucket.last_day(period) + 1;
        for row in t
            .citizen_days
            .range((citizen, first, "")..(citizen, end, ""))?
        {
            let (key, _) = row?;
            let other = key.value().2;
            if other == centre {
                seen[0] = true;
            }
            if let Some(c) = where_is(t, other).filter(|c| c.programme.as_str() == programme) {
                seen[2] = true;
                seen[1] |= in_programme && c.province.code == province;
            }
        }
        for (scope, seen) in scopes.iter().zip(seen) {
            let new = u32::from(newcomer.is_some());
            bump(
                t,
                (scope.as_str(), bucket.tag(), period),
                (u32::from(!seen), 1, new, 0, 0),
            )?;
        }
    }
    t.citizen_days.insert((citizen, day, centre), ())?;
    if let Some(n) = newcomer {
        let month = Bucket::Month.period(day);
        for scope in &scopes {
            for (field, code) in &n.codes() {
                bump_code(t, (scope, month, field, code.as_str()))?;
            }
        }
    }
    Ok(())
}

/// A service with `participants` citizens and its type, competence and public-service
/// codes as `(field, code)`.
pub(super) fn count_service(
    t: &mut Tables<'_>,
    programme: &str,
    centre: &str,
    day: i32,
    participants: u32,
    codes: &[(&str, &str)],
) -> Result<()> {
    let scopes = scopes_of(t, programme, centre);
    for scope in &scopes {
        for bucket in BUCKETS {
            bump(
                t,
                (scope.as_str(), bucket.tag(), bucket.period(day)),
                (0, 0, 0, 1, participants),
            )?;
        }
        for (field, code) in codes {
            bump_code(t, (scope, Bucket::Month.period(day), field, code))?;
        }
    }
    Ok(())
}

/// What to read: the scopes whose figures add up to what is shown (one, or a
/// coordinator's centres), and the level below.
pub struct DashboardRead {
    pub scopes: Vec<String>,
    /// `(code, name, scope)` of each part.
    pub parts: Vec<(String, String, String)>,
    /// The period, widened to whole buckets (days since the epoch, inclusive).
    pub from: i32,
    pub to: i32,
    pub by: Bucket,
}

#[derive(Debug, Default)]
pub struct DashboardCounts {
    pub totals: Figures,
    /// (first day of the bucket, its figures), every bucket of the period.
    pub series: Vec<(i32, Figures)>,
    pub parts: Vec<(String, String, Figures)>,
    /// (field, code) → count, over the whole months the period touches.
    pub codes: BTreeMap<(String, String), u64>,
    /// Those months' first and last day.
    pub codes_from: i32,
    pub codes_to: i32,
}

fn add_row(f: &mut Figures, (_, visits, new, services, participations): Row) {
    f.visits += u64::from(visits);
    f.new_citizens += u64::from(new);
    f.services += u64::from(services);
    f.participations += u64::from(participations);
}

type PeriodsTable = redb::ReadOnlyTable<(&'static str, u8, i32), Row>;

/// The sum over `from..=to` of one scope, from whole months and the days either side.
fn sum_range(periods: &PeriodsTable, scope: &str, from: i32, to: i32) -> Result<Figures> {
    let mut f = Figures::default();
    for (bucket, first, last) in split_by_month(from, to) {
        for row in periods.range((scope, bucket.tag(), first)..=(scope, bucket.tag(), last))? {
            add_row(&mut f, row?.1.value());
        }
    }
    Ok(f)
}

impl Store {
    pub fn dashboard(&self, q: &DashboardRead) -> Result<DashboardCounts> {
        let tx = self.db.begin_read()?;
        let periods = tx.open_table(SCOPE_PERIODS)?;
        let codes = tx.open_table(SCOPE_CODES)?;
        let mut out = DashboardCounts::default();
        let distinct = q.scopes.len() == 1;
        let m = Bucket::Month;
        out.codes_from = m.first_day(m.period(q.from));
        out.codes_to = m.last_day(m.period(q.to));
        let (p_from, p_to) = (q.by.period(q.from), q.by.period(q.to));
        let mut series: BTreeMap<i32, Figures> = (p_from..=p_to)
            .map(|p| {
                let citizens = distinct.then_some(0);
                (
                    p,
                    Figures {
                        citizens,
                        ..Figures::default()
                    },
                )
            })
            .collect();
        for scope in &q.scopes {
            let s = scope.as_str();
            for row in periods.range((s, q.by.tag(), p_from)..=(s, q.by.tag(), p_to))? {
                let (key, value) = row?;
                let value = value.value();
                if let Some(f) = series.get_mut(&key.value().2) {
                    add_row(f, value);
                    if let Some(c) = f.citizens.as_mut() {
                        *c += u64::from(value.0);
                    }
                }
            }
            let months = (s, m.period(q.from), "", "")..(s, m.period(q.to) + 1, "", "");
            for row in codes.range(months)? {
                let (key, n) = row?;
                let (_, _, field, code) = key.value();
                *out.codes
                    .entry((field.to_owned(), code.to_owned()))
                    .or_default() += u64::from(n.value());
            }
        }
        for f in series.values() {
            out.totals.visits += f.visits;
            out.totals.new_citizens += f.new_citizens;
            out.totals.services += f.services;
            out.totals.participations += f.participations;
        }
        if series.len() == 1 {
            out.totals.citizens = series.values().next().and_then(|f| f.citizens);
        }
        out.series = series
            .into_iter()
            .map(|(p, f)| (q.by.first_day(p), f))
            .collect();
        for (code, name, scope) in &q.parts {
            let figures = sum_range(&periods, scope, q.from, q.to)?;
            out.parts.push((code.clone(), name.clone(), figures));
        }
        Ok(out)
    }

    /// Fills the dashboard's counters from the visits and services, once, for
    /// databases from before they existed: the same counting as at write time,
    /// replayed in the order things were written.
    pub(super) fn count_dashboard_once(&self) -> Result<()> {
        const DONE: &str = "dashboard_counters";
        let tx = self.db.begin_write()?;
        {
            let mut t = Tables::open(&tx, self.reference())?;
            if t.meta.get(DONE)?.is_some() {
                return Ok(());
            }
            let mut visits: Vec<VisitRecord> = Vec::new();
            for row in t.visits.iter()? {
                visits.push(serde_json::from_slice(row?.1.value())?);
            }
            let mut known: HashSet<(u64, String)> = HashSet::new();
            for v in &visits {
                let newcomer = if known.insert((v.citizen, v.programme.clone())) {
                    let record: Option<CitizenRecord> = match t.citizens.get(v.citizen)? {
                        Some(c) => Some(serde_json::from_slice(c.value())?),
                        None => None,
                    };
                    Some(Newcomer::of(record.as_ref(), v.age_band))
                } else {
                    None
                };
                count_visit(
                    &mut t,
                    &v.programme,
                    &v.centre,
                    v.day,
                    v.citizen,
                    newcomer.as_ref(),
                )?;
            }
            let mut services: Vec<ServiceRecord> = Vec::new();
            for row in t.services.iter()? {
                services.push(serde_json::from_slice(row?.1.value())?);
            }
            for s in &services {
                let codes = s.dashboard_codes();
                count_service(
                    &mut t,
                    &s.programme,
                    s.centre.as_str(),
                    s.service.date.days_since_epoch(),
                    s.service.visits.len() as u32,
                    &codes,
                )?;
            }
            t.meta.insert(DONE, 1)?;
        }
        tx.commit()?;
        Ok(())
    }
}

#[cfg(test)]
impl Store {
    /// Drops the dashboard's counters and counts them again from the visits and
    /// services, as a database from before them is upgraded at start.
    pub fn recount_dashboard(&self) -> Result<()> {
        let tx = self.db.begin_write()?;
        tx.delete_table(SCOPE_PERIODS)?;
        tx.delete_table(SCOPE_CODES)?;
        tx.delete_table(super::tables::CITIZEN_DAYS)?;
        tx.open_table(super::tables::META)?
            .remove("dashboard_counters")?;
        tx.commit()?;
        self.count_dashboard_once()
    }
}
