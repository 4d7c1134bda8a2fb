//! A programme's progress against its targets, from counters kept at write time: new
//! citizens, services and participations per programme, province and day, and each
//! centre's totals. Reading a programme's progress reads a few rows per day and one per
//! centre, whatever the number of citizens.

use std::collections::{BTreeMap, HashMap};

use ponte_domain::{CentreCode, Date};
use redb::{ReadableDatabase, ReadableTable};

use super::tables::{
    CENTRE_DAY_SERVICES, CENTRE_DAYS, CENTRE_SHARES, CENTRE_TOTALS, META, PROGRAMME_CENTRE_DAYS,
    PROGRAMME_DAYS,
};
use super::{Result, Store, Tables};

/// What a programme (or one of its provinces) has reached, as counted.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProgressCounts {
    pub citizens: u64,
    pub services: u64,
    pub participations: u64,
    /// New citizens and services in the 28 days up to today.
    pub recent_citizens: u64,
    pub recent_services: u64,
    /// Day (since the epoch) → cumulative (citizens, services) at its end, for the
    /// days that moved.
    pub by_day: BTreeMap<i32, (u64, u64)>,
    pub centres: Vec<CentreProgress>,
}

/// One centre of the scope.
#[derive(Debug, Clone, PartialEq)]
pub struct CentreProgress {
    pub code: CentreCode,
    /// New citizens first seen there since the start.
    pub citizens: u32,
    pub services: u32,
    /// New citizens in the last 28 days.
    pub recent: u32,
    /// The share the region set, if it did.
    pub share: Option<u32>,
}

/// The province a centre's counts go to ("" for a centre no longer listed).
fn province_of(t: &Tables<'_>, centre: &str) -> &'static str {
    t.reference
        .centre_named(centre)
        .map_or("", |c| c.province.code)
}

fn add(
    t: &mut Tables<'_>,
    programme: &str,
    centre: &str,
    day: i32,
    (citizens, services, participations): (u32, u32, u32),
) -> Result<()> {
    let province = province_of(t, centre);
    let key = (programme, province, day);
    let (c, s, p) = t.programme_days.get(key)?.map_or((0, 0, 0), |v| v.value());
    t.programme_days
        .insert(key, (c + citizens, s + services, p + participations))?;
    let (c, s) = t.centre_totals.get(centre)?.map_or((0, 0), |v| v.value());
    t.centre_totals
        .insert(centre, (c + citizens, s + services))?;
    if citizens > 0 {
        let key = (programme, day, centre);
        let n = t.programme_centre_days.get(key)?.map_or(0, |v| v.value());
        t.programme_centre_days.insert(key, n + citizens)?;
    }
    Ok(())
}

/// A citizen seen for the first time in `programme`, at `centre`.
pub(super) fn count_new_citizen(
    t: &mut Tables<'_>,
    programme: &str,
    centre: &str,
    day: i32,
) -> Result<()> {
    add(t, programme, centre, day, (1, 0, 0))
}

/// A service with `participants` citizens.
pub(super) fn count_service(
    t: &mut Tables<'_>,
    programme: &str,
    centre: &str,
    day: i32,
    participants: u32,
) -> Result<()> {
    add(t, programme, centre, day, (0, 1, participants))
}

impl Store {
    /// Fills the progress counters from the centres' day counters, once, for
    /// databases from before they existed.
    pub(super) fn count_progress_once(&self) -> Result<()> {
        self.count_programme_totals_once()?;
        self.count_programme_centre_days_once()
    }

    /// `PROGRAMME_CENTRE_DAYS` from `CENTRE_DAYS`, once, for databases from before it.
    fn count_programme_centre_days_once(&self) -> Result<()> {
        const DONE: &str = "programme_centre_days";
        let reference = self.reference();
        let tx = self.db.begin_write()?;
        {
            let mut meta = tx.open_table(META)?;
            if meta.get(DONE)?.is_some() {
                return Ok(());
            }
            let mut to = tx.open_table(PROGRAMME_CENTRE_DAYS)?;
            for row in tx.open_table(CENTRE_DAYS)?.iter()? {
                let (k, v) = row?;
                let (code, day) = k.value();
                let (_, _, new, _) = v.value();
                let programme = reference
                    .centre_named(code)
                    .map(|c| c.programme.to_string());
                if let (Some(programme), true) = (programme, new > 0) {
                    to.insert((programme.as_str(), day, code), new)?;
                }
            }
            meta.insert(DONE, 1)?;
        }
        tx.commit()?;
        Ok(())
    }

    fn count_programme_totals_once(&self) -> Result<()> {
        const DONE: &str = "progress_counters";
        let reference = self.reference();
        let tx = self.db.begin_write()?;
        {
            let mut meta = tx.open_table(META)?;
            if meta.get(DONE)?.is_some() {
                return Ok(());
            }
            let mut rows: BTreeMap<(String, &'static str, i32), (u32, u32, u32)> = BTreeMap::new();
            let mut totals: BTreeMap<String, (u32, u32)> = BTreeMap::new();
            let where_ = |code: &str| {
                reference
                    .centre_named(code)
                    .map(|c| (c.programme.to_string(), c.province.code))
            };
            for row in tx.open_table(CENTRE_DAYS)?.iter()? {
                let (k, v) = row?;
                let (code, day) = k.value();
                let (_, _, new, participations) = v.value();
                if let Some((programme, province)) = where_(code) {
                    let e = rows.entry((programme, province, day)).or_default();
                    e.0 += new;
                    e.2 += participations;
                    totals.entry(code.to_owned()).or_default().0 += new;
                }
            }
            for row in tx.open_table(CENTRE_DAY_SERVICES)?.iter()? {
                let (k, v) = row?;
                let (code, day) = k.value();
                let (services, _) = v.value();
                if let Some((programme, province)) = where_(code) {
                    rows.entry((programme, province, day)).or_default().1 += services;
                    totals.entry(code.to_owned()).or_default().1 += services;
                }
            }
            let mut days = tx.open_table(PROGRAMME_DAYS)?;
            for ((programme, province, day), v) in &rows {
                days.insert((programme.as_str(), *province, *day), *v)?;
            }
            let mut centre_totals = tx.open_table(CENTRE_TOTALS)?;
            for (code, v) in &totals {
                centre_totals.insert(code.as_str(), *v)?;
            }
            meta.insert(DONE, 1)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// `programme`'s progress up to `today`, for one province or all.
    pub fn progress(
        &self,
        programme: &str,
        province: Option<&str>,
        today: Date,
    ) -> Result<ProgressCounts> {
        let reference = self.reference();
        let tx = self.db.begin_read()?;
        let days = tx.open_table(PROGRAMME_DAYS)?;
        let today_day = today.days_since_epoch();
        let recent_from = today_day - (ponte_domain::progress::RECENT_DAYS - 1);
        let mut out = ProgressCounts::default();
        let mut per_day: BTreeMap<i32, (u64, u64)> = BTreeMap::new();
        let range = match province {
            Some(p) => (programme, p, i32::MIN)..=(programme, p, i32::MAX),
            None => (programme, "", i32::MIN)..=(programme, "\u{10FFFF}", i32::MAX),
        };
        for row in days.range(range)? {
            let (k, v) = row?;
            let (_, _, day) = k.value();
            if day > today_day {
                continue;
            }
            let (c, s, p) = v.value();
            out.citizens += u64::from(c);
            out.services += u64::from(s);
            out.participations += u64::from(p);
            if day >= recent_from {
                out.recent_citizens += u64::from(c);
                out.recent_services += u64::from(s);
            }
            let e = per_day.entry(day).or_default();
            e.0 += u64::from(c);
            e.1 += u64::from(s);
        }
        let (mut c, mut s) = (0, 0);
        for (day, (dc, ds)) in per_day {
            c += dc;
            s += ds;
            out.by_day.insert(day, (c, s));
        }
        // The scope's centres, each filled from three sequential reads (the last four
        // weeks of the programme, every centre's totals, the shares) rather than three
        // lookups per centre: a region has up to 1,750 of them.
        let mut index: HashMap<&str, usize> = HashMap::new();
        for centre in reference.centres_of(programme) {
            if province.is_some_and(|p| p != centre.province.code) {
                continue;
            }
            index.insert(centre.code.as_str(), out.centres.len());
            out.centres.push(CentreProgress {
                code: centre.code.clone(),
                citizens: 0,
                services: 0,
                recent: 0,
                share: None,
            });
        }
        let recent = tx.open_table(PROGRAMME_CENTRE_DAYS)?;
        for row in recent.range((programme, recent_from, "")..(programme, today_day + 1, ""))? {
            let (k, v) = row?;
            if let Some(&i) = index.get(k.value().2) {
                out.centres[i].recent += v.value();
            }
        }
        for row in tx.open_table(CENTRE_TOTALS)?.iter()? {
            let (k, v) = row?;
            if let Some(&i) = index.get(k.value()) {
                (out.centres[i].citizens, out.centres[i].services) = v.value();
            }
        }
        for row in tx.open_table(CENTRE_SHARES)?.iter()? {
            let (k, v) = row?;
            if let Some(&i) = index.get(k.value()) {
                out.centres[i].share = Some(v.value());
            }
        }
        Ok(out)
    }
}

impl Store {
    /// Drops `PROGRAMME_CENTRE_DAYS` and fills it again from the centres' days, as a
    /// database from before it is upgraded at start.
    #[cfg(test)]
    pub fn recount_programme_centre_days(&self) -> Result<()> {
        let tx = self.db.begin_write()?;
        tx.delete_table(PROGRAMME_CENTRE_DAYS)?;
        tx.open_table(META)?.remove("programme_centre_days")?;
        tx.commit()?;
        self.count_programme_centre_days_once()
    }

    /// Sets (or, with `None`, clears) a centre's share of its programme's target.
    pub fn set_share(&self, centre: &str, citizens: Option<u32>) -> Result<()> {
        let tx = self.db.begin_write()?;
        {
            let mut shares = tx.open_table(CENTRE_SHARES)?;
            match citizens {
                Some(n) => {
                    shares.insert(centre, n)?;
                }
                None => {
                    shares.remove(centre)?;
                }
            }
        }
        tx.commit()?;
        Ok(())
    }
}
