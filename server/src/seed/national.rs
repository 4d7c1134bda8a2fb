//! `ponte demo generate`: a data dir the size of the whole national programme (two
//! million citizens, five million services, 3,500 sites), to measure the dashboard,
//! the export and the server's memory where regions will be, not where a test is.
//!
//! Everything goes through the same write functions as the ledger (sign-up, check-in,
//! service), so every counter and index is what the live server would have kept; only
//! the transactions are larger. The data is made up but
//! deterministic: the same arguments give the same database.

use std::path::{Path, PathBuf};
use std::time::Instant;

use ponte_domain::checkin::Needs;
use ponte_domain::codelists::{CITIZENSHIP, COMPETENCE, EDUCATION, EMPLOYMENT, PUBLIC_SERVICE};
use ponte_domain::registration::{Channel, PrivacyAck, RegisteredBy, RegistrationRequest, Rules};
use ponte_domain::service::{Service, areas_of};
use ponte_domain::submission::SubmissionId;
use ponte_domain::{Centre, CentreCode, Date};

use crate::secrets::{Secrets, SecretsError, sha256};
use crate::store::{
    Accepted, Arrival, ServiceRecord, Store, StoreError, Tables, check_check_in, check_service,
    register, write_check_in, write_service,
};

#[derive(Debug, Clone, Copy)]
pub struct Scale {
    pub citizens: u64,
    pub services: u64,
    pub sites: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
    #[error("{0} already holds a database: generate into a new directory")]
    NotEmpty(PathBuf),
    #[error("at least one citizen, one service and one site")]
    Empty,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Secrets(#[from] SecretsError),
    #[error("cannot write the demo marker: {0}")]
    Marker(#[from] std::io::Error),
    #[error("the generator made something the rules refuse: {0}")]
    Refused(String),
}

/// What was made, and how long it took.
#[derive(Debug, Default)]
pub struct Generated {
    pub centres: u64,
    pub citizens: u64,
    pub visits: u64,
    pub services: u64,
    pub participations: u64,
    pub seconds: f64,
}

/// The file that says a data dir was made up by the generator: the benchmark, which
/// makes an account and national files, refuses a data dir without it.
pub const MARKER: &str = "ponte-demo-generated";
const MARKER_TEXT: &str =
    "Made by `ponte demo generate`: every person in this database is made up.\n";

/// Services written per transaction: each durable commit writes the B-trees' changed
/// pages again, so fewer commits write less (a million services: 110 s at 20,000 a
/// transaction, 104 s at 80,000, 101 s at 250,000), while a transaction's dirty pages
/// still fit beside the 4 GiB cache.
const BATCH: u64 = 250_000;

/// SplitMix64: a small, fast, deterministic stream; good enough to spread made-up
/// visits, and no dependency for it.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn pick<'a>(&mut self, list: &'a [(&'static str, &'static str)]) -> &'a str {
        list[self.below(list.len() as u64) as usize].0
    }
}

/// Twenty consonants: any three make a surname's or a name's part of a code that
/// `names_for` can give names to.
const CONSONANTS: &[u8; 20] = b"BCDFGHJKLMNPQRSTVWYZ";
const MONTHS: &[u8; 12] = b"ABCDEHLMPRST";

/// The `i`th made-up codice fiscale (distinct for `i` below 64 million). Born in
/// `X999`, a place code no comune or country has (comuni run from A to M, countries
/// are Z), so no made-up code is a real person's.
fn codice_fiscale(i: u64, rng: &mut Rng) -> String {
    let letters = |n: u64| -> String {
        [n / 400, n / 20 % 20, n % 20]
            .iter()
            .map(|&k| CONSONANTS[k as usize] as char)
            .collect()
    };
    let year = 40 + rng.below(65); // born 1940–2004: of age in both programmes
    let month = MONTHS[rng.below(12) as usize] as char;
    let day = 1 + rng.below(28) + if rng.below(2) == 0 { 40 } else { 0 };
    let first15 = format!(
        "{}{}{:02}{month}{day:02}X999",
        letters(i % 8000),
        letters(i / 8000 % 8000),
        year % 100
    );
    ponte_domain::codice_fiscale::complete(&first15).unwrap_or(first15)
}

/// The demo centres, then copies of them with new codes up to `sites`, so a
/// programme's dashboard reads as many centres as a national one would.
fn centres(sites: u64) -> Vec<Centre> {
    let demo = super::demo::centres();
    let mut all = demo.clone();
    let mut n = 0;
    while (all.len() as u64) < sites {
        let base = &demo[n % demo.len()];
        n += 1;
        let prefix = base.code.as_str().split('-').next().unwrap_or("GEN");
        let mut c = base.clone();
        c.code = CentreCode::parse(&format!("{prefix}-G{n:05}")).unwrap_or(c.code);
        c.name = format!("{} (punto {n})", base.name);
        c.quota = Default::default();
        all.push(c);
    }
    all.truncate(sites as usize);
    all
}

/// Seconds at `hour` o'clock (Rome, in winter) of `day`.
fn at(day: i32, hour: i64) -> i64 {
    i64::from(day) * 86_400 + (hour - 1) * 3_600
}

pub fn generate(
    data_dir: &Path,
    scale: Scale,
    mut progress: impl FnMut(&str),
) -> Result<Generated, GenerateError> {
    if scale.citizens == 0 || scale.services == 0 || scale.sites == 0 {
        return Err(GenerateError::Empty);
    }
    if data_dir.join(crate::store::DB_FILE).exists() {
        return Err(GenerateError::NotEmpty(data_dir.to_owned()));
    }
    let started = Instant::now();
    // The generator is the only user of a machine that has memory to spare: a large
    // cache keeps the indexes it updates at random in memory.
    let store = Store::open_with_cache(data_dir, 4096)?;
    let secrets = crate::secrets::for_store(&store, data_dir)?;
    let list = centres(scale.sites);
    store.upsert_centres(&list)?;
    let reference = store.reference();
    // Days both demo programmes run.
    let (first_day, last_day) =
        reference
            .programmes()
            .iter()
            .fold((i32::MIN, i32::MAX), |(a, b), p| {
                (
                    a.max(p.start.days_since_epoch()),
                    b.min(p.end.days_since_epoch()),
                )
            });
    let sites = list.len() as u64;
    let mut rng = Rng(0x5EED);
    let mut out = Generated {
        centres: sites,
        ..Generated::default()
    };
    // Centre by centre, each one's services in date order: the indexes every write
    // touches are then read and written near the last write, and the speed holds as
    // the database grows (in random order it fell by half over 300,000 services).
    let per_centre = (scale.services / sites).max(1);
    let centres_per_tx = (BATCH / per_centre).max(1) as usize;
    let indexes: Vec<usize> = (0..list.len()).collect();
    for chunk in indexes.chunks(centres_per_tx) {
        // Every commit durable: redb reuses the pages a transaction frees only after a
        // durable commit, and unsynced ones grew the file to twice its size and slowed
        // each write as it grew (26 s per 100,000 services at 1.6 million, against 18).
        let tx = store.begin_write()?;
        {
            let mut t = Tables::open(&tx, reference.clone())?;
            for &c in chunk {
                let part = |total: u64| total / sites + u64::from((c as u64) < total % sites);
                let plan = CentrePlan {
                    centre: &list[c],
                    services: part(scale.services),
                    citizens: part(scale.citizens),
                    first_citizen: c as u64 * (scale.citizens / sites)
                        + (c as u64).min(scale.citizens % sites),
                    first_day,
                    last_day,
                };
                plan.make(&mut t, &secrets, &reference, &mut rng, &mut out)?;
            }
        }
        tx.commit().map_err(StoreError::from)?;
        progress(&format!(
            "{} services, {} citizens, {} visits ({:.0} s)",
            out.services,
            out.citizens,
            out.visits,
            started.elapsed().as_secs_f64()
        ));
    }
    std::fs::write(data_dir.join(MARKER), MARKER_TEXT)?;
    out.seconds = started.elapsed().as_secs_f64();
    Ok(out)
}

/// One centre's share of what is generated.
struct CentrePlan<'a> {
    centre: &'a Centre,
    services: u64,
    citizens: u64,
    /// The number of its first citizen among all (their codes are made from it).
    first_citizen: u64,
    first_day: i32,
    last_day: i32,
}

impl CentrePlan<'_> {
    fn make(
        &self,
        t: &mut Tables<'_>,
        secrets: &Secrets,
        reference: &crate::store::Reference,
        rng: &mut Rng,
        out: &mut Generated,
    ) -> Result<(), GenerateError> {
        let centre = self.centre;
        let programme = reference
            .programme(&centre.programme)
            .ok_or_else(|| GenerateError::Refused("a centre without programme".into()))?;
        let span = i64::from(self.last_day - self.first_day + 1);
        // The passes of the citizens who came so far; new ones keep arriving until the
        // end, at the pace of the slots and people left.
        let mut passes: Vec<[u8; 32]> = Vec::with_capacity(self.citizens as usize);
        let mut slots_left = self.services * 29 / 20;
        for j in 0..self.services {
            let day = self.first_day + (j as i64 * span / self.services as i64) as i32;
            let date = Date::from_days_since_epoch(day).ok_or(GenerateError::Empty)?;
            // 85 % one person, else a group of 2 to 6: 1.45 participations a service,
            // as slots_left reckons.
            let people = if rng.below(100) < 85 {
                1
            } else {
                2 + rng.below(5)
            };
            let mut visits: Vec<u64> = Vec::with_capacity(people as usize);
            for _ in 0..people {
                let joined = passes.len() as u64;
                let new_left = self.citizens - joined;
                slots_left = slots_left.saturating_sub(1);
                let pass_hash =
                    if new_left > 0 && (joined == 0 || rng.below(slots_left.max(1)) < new_left) {
                        let h = sign_up(
                            t,
                            secrets,
                            rng,
                            self.first_citizen + joined,
                            centre,
                            programme,
                            at(day, 9),
                        )?;
                        passes.push(h);
                        out.citizens += 1;
                        h
                    } else if joined > 0 {
                        passes[rng.below(joined) as usize]
                    } else {
                        continue;
                    };
                let arrival = Arrival {
                    pass_hash,
                    at: at(day, 10),
                    date,
                    needs: Needs::default(),
                    site: 1,
                    privacy: None,
                    received: at(day, 10),
                };
                let plan = check_check_in(t, secrets, &arrival, &centre.code, programme)?
                    .map_err(|r| GenerateError::Refused(format!("check-in: {r:?}")))?;
                let Accepted::CheckedIn(reply) =
                    write_check_in(t, &arrival, &centre.code, programme, plan)?
                else {
                    return Err(GenerateError::Refused(
                        "a check-in answered otherwise".into(),
                    ));
                };
                if !reply.already_today {
                    out.visits += 1;
                }
                if !visits.contains(&reply.visit.id) {
                    visits.push(reply.visit.id);
                }
            }
            if visits.is_empty() {
                continue;
            }
            let mut competences: Vec<String> = (0..1 + rng.below(2))
                .map(|_| rng.pick(COMPETENCE).to_owned())
                .collect();
            competences.sort();
            competences.dedup();
            let service = Service {
                date,
                minutes: 30 + 15 * rng.below(5) as u16,
                types: vec![if visits.len() > 1 { "B" } else { "A" }.to_owned()],
                areas: areas_of(&competences),
                competences,
                domains: vec![rng.pick(PUBLIC_SERVICE).to_owned()],
                details: String::new(),
                masked: Vec::new(),
                visits,
            };
            let loaded = check_service(t, &service, &centre.code)?
                .map_err(|r| GenerateError::Refused(format!("service: {r:?}")))?;
            out.participations += service.visits.len() as u64;
            let record = ServiceRecord {
                centre: centre.code.to_string(),
                programme: centre.programme.to_string(),
                facilitator: format!(
                    "facilitatore.{}@ponte.example",
                    centre.code.as_str().to_ascii_lowercase()
                ),
                at: at(day, 12),
                service,
            };
            write_service(t, &record, loaded)?;
            out.services += 1;
        }
        // Those who signed up and never came back for a service: the rest of the count.
        for k in passes.len() as u64..self.citizens {
            let day = self.first_day + rng.below(span as u64) as i32;
            sign_up(
                t,
                secrets,
                rng,
                self.first_citizen + k,
                centre,
                programme,
                at(day, 9),
            )?;
            out.citizens += 1;
        }
        Ok(())
    }
}

/// Signs citizen `i` up at `centre` as a phone would: their made-up code, names that
/// match it, the official code lists. The pass's SHA-256, as check-ins find it.
fn sign_up(
    t: &mut Tables<'_>,
    secrets: &Secrets,
    rng: &mut Rng,
    i: u64,
    centre: &Centre,
    programme: &ponte_domain::Programme,
    now: i64,
) -> Result<[u8; 32], GenerateError> {
    let code = codice_fiscale(i, rng);
    let (first_name, last_name) = ponte_domain::codice_fiscale::names_for(&code);
    let request = RegistrationRequest {
        submission_id: SubmissionId::from_u128(u128::from(i) + 1),
        centre: centre.code.to_string(),
        codice_fiscale: code,
        without_codice_fiscale: None,
        first_name,
        last_name,
        education: rng.pick(EDUCATION).to_owned(),
        employment: rng.pick(EMPLOYMENT).to_owned(),
        citizenship: rng.pick(CITIZENSHIP).to_owned(),
        province: centre.province.code.to_owned(),
        privacy: PrivacyAck {
            version: programme.privacy.notice_version(),
            channel: Channel::Phone,
        },
        contact: None,
    };
    let rules = Rules {
        min_age: programme.min_age,
        without_codice_fiscale: false,
        privacy_version: programme.privacy.notice_version(),
        registered_by: RegisteredBy::Citizen,
    };
    let today = ponte_domain::clock::rome_date(now).ok_or(GenerateError::Empty)?;
    let registration = request
        .validate(&rules, today)
        .map_err(|e| GenerateError::Refused(format!("sign-up: {e}")))?;
    match register(
        t,
        secrets,
        &registration,
        &centre.code,
        &programme.id,
        None,
        now,
    )? {
        Accepted::Registered(r) => Ok(sha256(r.pass.as_bytes())),
        _ => Err(GenerateError::Refused(
            "a sign-up answered otherwise".into(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{DashboardRead, programme_scope};
    use ponte_domain::dashboard::Bucket;

    #[test]
    fn what_is_generated_is_what_the_dashboard_counts_and_a_second_run_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let scale = Scale {
            citizens: 300,
            services: 700,
            sites: 40,
        };
        let made = generate(dir.path(), scale, |_| {}).unwrap();
        assert_eq!((made.centres, made.citizens, made.services), (40, 300, 700));
        assert!(
            made.participations > made.services,
            "some services are groups"
        );
        assert!(dir.path().join(MARKER).exists());

        let store = Store::open_with_cache(dir.path(), 16).unwrap();
        let mut totals = ponte_domain::dashboard::Figures::default();
        for p in store.reference().programmes() {
            let read = DashboardRead {
                scopes: vec![programme_scope(p.id.as_str(), None)],
                parts: Vec::new(),
                from: Bucket::Month.first_day(Bucket::Month.period(p.start.days_since_epoch())),
                to: Bucket::Month.last_day(Bucket::Month.period(p.end.days_since_epoch())),
                by: Bucket::Month,
            };
            let f = store.dashboard(&read).unwrap().totals;
            totals.visits += f.visits;
            totals.services += f.services;
            totals.participations += f.participations;
        }
        assert_eq!(
            (totals.visits, totals.services, totals.participations),
            (made.visits, made.services, made.participations)
        );
        drop(store);
        assert!(matches!(
            generate(dir.path(), scale, |_| {}),
            Err(GenerateError::NotEmpty(_))
        ));
    }
}
