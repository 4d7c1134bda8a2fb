//! The ledger's single writer: every citizen write goes through one thread that groups
//! what has queued up into one durable redb commit.
//!
//! A reply leaves only after its commit is on disk, so an acknowledged write is never
//! lost; grouping makes that fsync cost shared by the whole batch instead of paid per
//! request. Processing submissions one after another inside the batch is also what
//! makes duplicates impossible: the second copy of a submission id always sees the
//! first.
//!
//! What can go wrong stays small:
//! - a write is two phases ([`store::Checked`]): the first only reads and decides every
//!   refusal, the second cannot refuse, so a refused job never leaves half of itself
//!   in the batch's transaction;
//! - a batch whose commit fails (a storage error, or a panic in some job) is retried
//!   job by job, each in its own transaction, so one bad write fails alone;
//! - a panic never kills the writer silently: each batch runs under `catch_unwind`,
//!   and if the writer stops anyway, [`Ledger::is_running`] says so (`/healthz` answers
//!   503 and `ponte serve` stops, for its service manager to restart it);
//! - replies are kept only for [`LedgerConfig::keep_replies_days`], pruned hourly.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use ponte_domain::clock::UnixSeconds;
use ponte_domain::experience::Experience;
use ponte_domain::feedback::Feedback;
use ponte_domain::registration::Registration;
use ponte_domain::submission::SubmissionId;
use ponte_domain::survey::Survey;
use ponte_domain::{CentreCode, Date, Programme, ProgrammeId};
use tokio::sync::{mpsc, oneshot};

use crate::secrets::Secrets;
use crate::store::submissions::{self, Seen};
use crate::store::{self, Accepted, Checked, Refused, Replay, Store, StoreError, Tables};

/// Most submissions grouped into one commit.
const MAX_BATCH: usize = 512;
/// How often old replies are pruned, and how many at most each time.
const PRUNE_EVERY: Duration = Duration::from_secs(3600);
const PRUNE_LIMIT: usize = 20_000;

/// One submission: its id and request hash (what makes it exactly once) and the write.
pub struct Command {
    pub submission: SubmissionId,
    /// SHA-256 of the request as parsed, to tell a retry from a reuse of the id.
    pub body_hash: [u8; 32],
    pub write: Write,
}

pub enum Write {
    Register {
        registration: Box<Registration>,
        centre: CentreCode,
        programme: ProgrammeId,
        /// The facilitator's e-mail when signed up at the desk.
        desk: Option<String>,
        now: UnixSeconds,
    },
    CheckIn {
        checkin: store::Arrival,
        centre: CentreCode,
        /// The centre's programme: its period and minimum age decide whether the visit
        /// can be exported.
        programme: Box<Programme>,
    },
    Experience {
        visit: u64,
        /// SHA-256 of the pass that made the visit (read from its QR, or found by the
        /// code under it at a kiosk).
        pass_hash: [u8; 32],
        experience: Box<Experience>,
    },
    Survey {
        survey: Box<Survey>,
        programme: ProgrammeId,
    },
    Feedback {
        feedback: Box<Feedback>,
        centre: Option<CentreCode>,
        programme: Option<ProgrammeId>,
        at: UnixSeconds,
        day: Date,
    },
    /// A service recorded by a facilitator.
    Service {
        record: Box<store::ServiceRecord>,
        centre: CentreCode,
    },
    CreateEvent {
        record: Box<store::EventRecord>,
    },
    /// A citizen at an event (its token and window checked before).
    EventCheckIn {
        event: u64,
        arrival: store::Arrival,
        centre: CentreCode,
        programme: Box<Programme>,
    },
    /// Someone on an event's waiting list made present by staff.
    Promote {
        event: u64,
        visit: u64,
    },
    /// An event closed: one group service with everyone present.
    CloseEvent {
        event: u64,
        facilitator: String,
        now: UnixSeconds,
    },
    /// A lost pass revoked and a new one issued to the same citizen, at a centre's desk.
    ReplacePass {
        pass_code: String,
        centre: CentreCode,
    },
    /// Fails with a storage error, as a full disk would (tests of the writer only).
    #[cfg(test)]
    Fail,
    /// Panics inside the transaction (tests of the writer only).
    #[cfg(test)]
    Panic,
    /// Fails as a full or broken disk does (tests of the writer only).
    #[cfg(test)]
    Disk,
    /// Stops the writer as an unrecoverable fault would (tests of the writer only).
    #[cfg(test)]
    Halt,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Written now.
    Accepted(Accepted),
    /// Written before: the reply given then.
    Replayed(Replay),
    /// The submission id was used before with another body.
    Conflict,
    /// Nothing written, and nothing kept: see [`Refused`].
    Refused(Refused),
}

#[derive(Debug, thiserror::Error)]
pub enum LedgerError {
    #[error("the ledger has stopped")]
    Stopped,
    #[error("the write was not committed: {0}")]
    NotCommitted(String),
}

#[derive(Debug, Clone, Copy)]
pub struct LedgerConfig {
    /// Days a reply is kept for retries (exactly once within them).
    pub keep_replies_days: u16,
}

impl Default for LedgerConfig {
    fn default() -> Self {
        LedgerConfig {
            keep_replies_days: 30,
        }
    }
}

struct Job {
    command: Command,
    done: oneshot::Sender<Result<Outcome, LedgerError>>,
}

#[derive(Clone)]
pub struct Ledger {
    queue: mpsc::Sender<Job>,
    running: Arc<AtomicBool>,
}

impl Ledger {
    pub fn start(store: Arc<Store>, secrets: Arc<Secrets>, config: LedgerConfig) -> Ledger {
        let (queue, mut rx) = mpsc::channel(4 * MAX_BATCH);
        let running = Arc::new(AtomicBool::new(true));
        let flag = running.clone();
        std::thread::Builder::new()
            .name("ponte-ledger".into())
            .spawn(move || {
                let mut writer = Writer {
                    store: &store,
                    secrets: &secrets,
                    config,
                    last_prune: None,
                };
                // A panic outside a batch's own guard restarts the loop; the queue and
                // every waiting job survive it.
                let mut restarts = 0;
                loop {
                    match catch_unwind(AssertUnwindSafe(|| writer.run(&mut rx))) {
                        Ok(()) => break,
                        Err(_) if restarts < 3 => {
                            restarts += 1;
                            log::error!("the ledger's writer panicked; restarting it");
                        }
                        Err(_) => {
                            log::error!("the ledger's writer keeps panicking; stopping it");
                            break;
                        }
                    }
                }
                flag.store(false, Ordering::SeqCst);
                if !rx.is_closed() {
                    log::error!("the ledger's writer has stopped: writes are refused");
                }
            })
            .expect("spawn the ledger thread");
        Ledger { queue, running }
    }

    /// Whether the writer is there to take writes.
    pub fn is_running(&self) -> bool {
        self.running.load(Ordering::SeqCst)
    }

    /// Queues a write and waits until it is durable (or refused).
    pub async fn submit(&self, command: Command) -> Result<Outcome, LedgerError> {
        let (done, wait) = oneshot::channel();
        self.queue
            .send(Job { command, done })
            .await
            .map_err(|_| LedgerError::Stopped)?;
        wait.await.map_err(|_| LedgerError::Stopped)?
    }
}

/// Why a batch was not committed.
#[derive(Debug, thiserror::Error)]
enum Failure {
    #[error("{0}")]
    Disk(StoreError),
    #[error("{0}")]
    Write(StoreError),
    #[error("a write panicked")]
    Panic,
}

struct Writer<'a> {
    store: &'a Store,
    secrets: &'a Secrets,
    config: LedgerConfig,
    last_prune: Option<Instant>,
}

impl Writer<'_> {
    /// Takes batches until the queue closes.
    fn run(&mut self, rx: &mut mpsc::Receiver<Job>) {
        while let Some(first) = rx.blocking_recv() {
            let mut batch = vec![first];
            while batch.len() < MAX_BATCH {
                match rx.try_recv() {
                    Ok(job) => batch.push(job),
                    Err(_) => break,
                }
            }
            #[cfg(test)]
            if batch.iter().any(|j| matches!(j.command.write, Write::Halt)) {
                return;
            }
            let outcomes = match self.guarded(&batch) {
                Ok(outcomes) => outcomes.into_iter().map(Ok).collect(),
                Err(Failure::Disk(e)) => {
                    // The disk failed: every later write would too, and redb needs the
                    // file opened again. Stop, so /healthz says so and the service
                    // manager restarts the server; nothing of this batch is on disk.
                    log::error!("the disk failed ({e}); the ledger's writer stops");
                    for job in batch {
                        let _ = job.done.send(Err(LedgerError::Stopped));
                    }
                    return;
                }
                Err(e) => {
                    // Nothing of this batch is on disk. Each job again, alone, so the
                    // bad one fails by itself.
                    log::error!(
                        "ledger commit of {} submissions failed ({e}); retrying one by one",
                        batch.len()
                    );
                    batch
                        .iter()
                        .map(|job| {
                            self.guarded(std::slice::from_ref(job))
                                .map(|mut o| o.remove(0))
                                .map_err(|e| LedgerError::NotCommitted(e.to_string()))
                        })
                        .collect::<Vec<_>>()
                }
            };
            for (job, outcome) in batch.into_iter().zip(outcomes) {
                let _ = job.done.send(outcome);
            }
            self.prune_if_due();
        }
    }

    /// [`commit`] with its panics turned into errors.
    fn guarded(&self, batch: &[Job]) -> Result<Vec<Outcome>, Failure> {
        match catch_unwind(AssertUnwindSafe(|| commit(self.store, self.secrets, batch))) {
            Ok(Ok(outcomes)) => Ok(outcomes),
            Ok(Err(e)) if e.is_disk() => Err(Failure::Disk(e)),
            Ok(Err(e)) => Err(Failure::Write(e)),
            Err(_) => Err(Failure::Panic),
        }
    }

    fn prune_if_due(&mut self) {
        if self.last_prune.is_some_and(|t| t.elapsed() < PRUNE_EVERY) {
            return;
        }
        self.last_prune = Some(Instant::now());
        let Some(today) = ponte_domain::clock::rome_date(now()) else {
            return;
        };
        // A day more than the setting: a check-in or survey may be sent up to 30 days
        // (plus a phone's clock skew) after it was made, and is refused after that by
        // its date, so with the default nothing can be retried once its reply is gone.
        let before = today.days_since_epoch() - i32::from(self.config.keep_replies_days) - 1;
        match self.store.prune_replies(before, PRUNE_LIMIT) {
            Ok(0) => {}
            Ok(n) => log::info!(
                "pruned {n} replies older than {} days",
                self.config.keep_replies_days
            ),
            Err(e) => log::warn!("pruning old replies failed: {e}"),
        }
    }
}

fn now() -> UnixSeconds {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// Applies every job in one transaction and commits it. Any storage error abandons the
/// whole transaction, so no job is ever half-written.
fn commit(store: &Store, secrets: &Secrets, batch: &[Job]) -> Result<Vec<Outcome>, StoreError> {
    let day = ponte_domain::clock::rome_date(now()).map_or(0, |d| d.days_since_epoch());
    let tx = store.begin_write()?;
    let mut outcomes = Vec::with_capacity(batch.len());
    {
        let mut tables = Tables::open(&tx, store.reference())?;
        for job in batch {
            outcomes.push(apply(&mut tables, secrets, &job.command, day)?);
        }
    }
    tx.commit()?;
    Ok(outcomes)
}

/// Runs a two-phase write: `check` may only read and decides every refusal; `write`
/// cannot refuse. A refusal therefore never leaves anything of the job behind.
fn two_phase<'t, P>(
    tables: &mut Tables<'t>,
    check: impl FnOnce(&Tables<'t>) -> store::Result<Checked<P>>,
    write: impl FnOnce(&mut Tables<'t>, P) -> store::Result<Accepted>,
) -> store::Result<Checked<Accepted>> {
    match check(tables)? {
        Ok(plan) => Ok(Ok(write(tables, plan)?)),
        Err(refused) => Ok(Err(refused)),
    }
}

/// Exactly once, for every kind of write: a submission id seen before replays its
/// reply (or is a conflict if the request differs); a new one is written and its reply
/// kept with it, in the same transaction.
fn apply(
    tables: &mut Tables<'_>,
    secrets: &Secrets,
    command: &Command,
    day: i32,
) -> Result<Outcome, StoreError> {
    let (id, hash) = (command.submission, &command.body_hash);
    match submissions::seen(tables, secrets, id, hash)? {
        Seen::Again(reply) => return Ok(Outcome::Replayed(reply)),
        Seen::Conflict => return Ok(Outcome::Conflict),
        Seen::New => {}
    }
    let written = match &command.write {
        Write::Register {
            registration,
            centre,
            programme,
            desk,
            now,
        } => Ok(store::register(
            tables,
            secrets,
            registration,
            centre,
            programme,
            desk.as_deref(),
            *now,
        )?),
        Write::CheckIn {
            checkin,
            centre,
            programme,
        } => two_phase(
            tables,
            |t| store::check_check_in(t, secrets, checkin, centre, programme),
            |t, plan| store::write_check_in(t, checkin, centre, programme, plan),
        )?,
        Write::Experience {
            visit,
            pass_hash,
            experience,
        } => two_phase(
            tables,
            |t| store::check_experience(t, *visit, pass_hash),
            |t, record| store::write_experience(t, *visit, &record, experience),
        )?,
        Write::Survey { survey, programme } => two_phase(
            tables,
            |t| store::check_survey(t, survey),
            |t, plan| store::write_survey(t, survey, programme, plan),
        )?,
        Write::Feedback {
            feedback,
            centre,
            programme,
            at,
            day,
        } => Ok(store::file_feedback(
            tables,
            secrets,
            feedback,
            centre.as_ref(),
            programme.as_ref(),
            *at,
            *day,
        )?),
        Write::Service { record, centre } => two_phase(
            tables,
            |t| store::check_service(t, &record.service, centre),
            |t, visits| store::write_service(t, record, visits),
        )?,
        Write::CreateEvent { record } => Ok(store::create_event(tables, record)?),
        Write::EventCheckIn {
            event,
            arrival,
            centre,
            programme,
        } => two_phase(
            tables,
            |t| store::check_event_check_in(t, secrets, *event, arrival, centre, programme),
            |t, plan| store::write_event_check_in(t, *event, arrival, centre, programme, plan),
        )?,
        Write::Promote { event, visit } => two_phase(
            tables,
            |t| store::check_promote(t, *event, *visit),
            |t, row| store::write_promote(t, *event, *visit, row),
        )?,
        Write::CloseEvent {
            event,
            facilitator,
            now,
        } => two_phase(
            tables,
            |t| store::check_close_event(t, *event, facilitator, *now),
            |t, plan| store::write_close_event(t, *event, plan),
        )?,
        Write::ReplacePass { pass_code, centre } => two_phase(
            tables,
            |t| store::check_replace_pass(t, pass_code, centre),
            |t, (old, citizen)| store::write_replace_pass(t, &old, citizen),
        )?,
        #[cfg(test)]
        Write::Fail => return Err(StoreError::Sealed("a test's failing write".into())),
        #[cfg(test)]
        Write::Disk => {
            return Err(StoreError::Db(redb::Error::Io(std::io::Error::other(
                "a test's full disk",
            ))));
        }
        #[cfg(test)]
        Write::Panic => panic!("a test's panicking write"),
        #[cfg(test)]
        Write::Halt => unreachable!("the writer stops before"),
    };
    Ok(match written {
        Ok(accepted) => {
            submissions::remember(tables, secrets, id, hash, &accepted, day)?;
            Outcome::Accepted(accepted)
        }
        Err(refused) => Outcome::Refused(refused),
    })
}

#[cfg(test)]
mod tests {
    use ponte_domain::feedback::{Category, FeedbackRequest};

    use super::*;

    fn ledger() -> (Ledger, Arc<Store>, tempfile::TempDir) {
        let dir = tempfile::tempdir().unwrap();
        let store = Arc::new(Store::open(&dir.path().join("data")).unwrap());
        let secrets = Arc::new(Secrets::load_or_create(&dir.path().join("data")).unwrap());
        (
            Ledger::start(store.clone(), secrets, LedgerConfig::default()),
            store,
            dir,
        )
    }

    fn report(n: u128) -> Command {
        let request = FeedbackRequest {
            submission_id: SubmissionId::from_u128(n),
            centre: None,
            public_service: "B".into(),
            service_name: None,
            category: Category::Error,
            severity: 3,
            text: "L'avviso non si apre".into(),
            device: None,
            browser: None,
            lang: None,
            contact: None,
        };
        let feedback = request.validate().unwrap();
        Command {
            submission: request.submission_id,
            body_hash: [n as u8; 32],
            write: Write::Feedback {
                feedback: Box::new(feedback),
                centre: None,
                programme: None,
                at: now(),
                day: ponte_domain::clock::rome_date(now()).unwrap(),
            },
        }
    }

    fn special(n: u128, write: Write) -> Command {
        Command {
            submission: SubmissionId::from_u128(n),
            body_hash: [0; 32],
            write,
        }
    }

    /// Many writes at once, one of them bad: they share batches, and only the bad one
    /// fails. Before, the whole batch failed with it.
    async fn one_bad_write_among_many(bad: Write) -> (Ledger, usize) {
        let (ledger, _store, _dir) = ledger();
        let mut sends = tokio::task::JoinSet::new();
        for n in 1..=200u128 {
            let ledger = ledger.clone();
            let command = if n == 100 {
                special(
                    n,
                    match &bad {
                        Write::Fail => Write::Fail,
                        _ => Write::Panic,
                    },
                )
            } else {
                report(n)
            };
            sends.spawn(async move { (n, ledger.submit(command).await) });
        }
        let mut accepted = 0;
        for (n, outcome) in sends.join_all().await {
            match outcome {
                Ok(Outcome::Accepted(Accepted::Filed(_))) => accepted += 1,
                Err(LedgerError::NotCommitted(_)) if n == 100 => {}
                other => panic!("submission {n}: {other:?}"),
            }
        }
        (ledger, accepted)
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn a_failing_write_fails_alone() {
        let (ledger, accepted) = one_bad_write_among_many(Write::Fail).await;
        assert_eq!(accepted, 199);
        assert!(ledger.is_running());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn a_panicking_write_fails_alone_and_the_writer_goes_on() {
        let (ledger, accepted) = one_bad_write_among_many(Write::Panic).await;
        assert_eq!(accepted, 199);
        assert!(ledger.is_running());
        assert!(matches!(
            ledger.submit(report(500)).await,
            Ok(Outcome::Accepted(_))
        ));
    }

    #[tokio::test]
    async fn a_stopped_writer_says_so_and_refuses_writes() {
        let (ledger, _store, _dir) = ledger();
        assert!(ledger.is_running());
        let _ = ledger.submit(special(1, Write::Halt)).await;
        for _ in 0..100 {
            if !ledger.is_running() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        assert!(!ledger.is_running());
        assert!(matches!(
            ledger.submit(report(2)).await,
            Err(LedgerError::Stopped)
        ));
    }

    /// A full or failing disk stops the writer (redb refuses every later write until
    /// the file is opened again): /healthz then says so, and `ponte serve` exits for its
    /// service manager to start it again, instead of failing every write while looking
    /// alive.
    #[tokio::test]
    async fn a_failing_disk_stops_the_writer() {
        let (ledger, _store, _dir) = ledger();
        assert!(matches!(
            ledger.submit(special(1, Write::Disk)).await,
            Err(LedgerError::Stopped)
        ));
        for _ in 0..100 {
            if !ledger.is_running() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        assert!(!ledger.is_running());
    }

    #[tokio::test]
    async fn replies_are_kept_small_and_pruned_after_their_days() {
        let (ledger, store, _dir) = ledger();
        let first = ledger.submit(report(7)).await.unwrap();
        assert!(matches!(
            ledger.submit(report(7)).await.unwrap(),
            Outcome::Replayed(Replay::Accepted(ref a)) if Outcome::Accepted(a.clone()) == first
        ));
        let today = ponte_domain::clock::rome_date(now())
            .unwrap()
            .days_since_epoch();
        assert_eq!(store.prune_replies(today, 100).unwrap(), 0, "kept today");
        assert_eq!(store.prune_replies(today + 1, 100).unwrap(), 1);
        // Forgotten: the same submission is new again.
        assert!(matches!(
            ledger.submit(report(7)).await.unwrap(),
            Outcome::Accepted(_)
        ));
    }
}
