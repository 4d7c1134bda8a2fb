//! The ledger's single writer: every citizen write goes through one thread that groups
//! what has queued up into one durable redb commit.
//!
//! A reply leaves only after its commit is on disk, so an acknowledged write is never
//! lost; grouping makes that fsync cost shared by the whole batch instead of paid per
//! request. Processing submissions one after another inside the batch is also what
//! makes duplicates impossible: the second copy of a submission id always sees the
//! first.

use std::sync::Arc;

use ponte_domain::checkin::Checkin;
use ponte_domain::clock::UnixSeconds;
use ponte_domain::experience::Experience;
use ponte_domain::feedback::Feedback;
use ponte_domain::pass::PassToken;
use ponte_domain::registration::Registration;
use ponte_domain::submission::SubmissionId;
use ponte_domain::survey::Survey;
use ponte_domain::{CentreCode, Date, Programme, ProgrammeId};
use tokio::sync::{mpsc, oneshot};

use crate::secrets::Secrets;
use crate::store::submissions::{self, Seen};
use crate::store::{self, Refused, Reply, Store, StoreError, Tables};

/// Most submissions grouped into one commit.
const MAX_BATCH: usize = 512;

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
        now: UnixSeconds,
    },
    CheckIn {
        checkin: Checkin,
        centre: CentreCode,
        /// The centre's programme: its period and minimum age decide whether the visit
        /// can be exported.
        programme: Box<Programme>,
    },
    Experience {
        visit: u64,
        pass: PassToken,
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
}

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Written now, or written before and replayed.
    Reply(Reply),
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

struct Job {
    command: Command,
    done: oneshot::Sender<Result<Outcome, LedgerError>>,
}

#[derive(Clone)]
pub struct Ledger {
    queue: mpsc::Sender<Job>,
}

impl Ledger {
    pub fn start(store: Arc<Store>, secrets: Arc<Secrets>) -> Ledger {
        let (queue, rx) = mpsc::channel(4 * MAX_BATCH);
        std::thread::Builder::new()
            .name("ponte-ledger".into())
            .spawn(move || run(&store, &secrets, rx))
            .expect("spawn the ledger thread");
        Ledger { queue }
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

fn run(store: &Store, secrets: &Secrets, mut rx: mpsc::Receiver<Job>) {
    while let Some(first) = rx.blocking_recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        match commit(store, secrets, &batch) {
            Ok(outcomes) => {
                for (job, outcome) in batch.into_iter().zip(outcomes) {
                    let _ = job.done.send(Ok(outcome));
                }
            }
            Err(e) => {
                // Nothing of this batch is on disk; every sender may retry safely.
                log::error!("ledger commit of {} submissions failed: {e}", batch.len());
                for job in batch {
                    let _ = job.done.send(Err(LedgerError::NotCommitted(e.to_string())));
                }
            }
        }
    }
}

/// Applies every job in one transaction and commits it. Any storage error abandons the
/// whole transaction, so no job is ever half-written.
fn commit(store: &Store, secrets: &Secrets, batch: &[Job]) -> Result<Vec<Outcome>, StoreError> {
    let tx = store.begin_write()?;
    let mut outcomes = Vec::with_capacity(batch.len());
    {
        let mut tables = Tables::open(&tx)?;
        for job in batch {
            outcomes.push(apply(&mut tables, secrets, &job.command)?);
        }
    }
    tx.commit()?;
    Ok(outcomes)
}

/// Exactly once, for every kind of write: a submission id seen before replays its
/// reply (or is a conflict if the request differs); a new one is written and its reply
/// kept with it, in the same transaction.
fn apply(
    tables: &mut Tables<'_>,
    secrets: &Secrets,
    command: &Command,
) -> Result<Outcome, StoreError> {
    let (id, hash) = (command.submission, &command.body_hash);
    match submissions::seen(tables, secrets, id, hash)? {
        Seen::Again(reply) => return Ok(Outcome::Reply(reply)),
        Seen::Conflict => return Ok(Outcome::Conflict),
        Seen::New => {}
    }
    let written = match &command.write {
        Write::Register {
            registration,
            centre,
            now,
        } => Ok(store::register(
            tables,
            secrets,
            registration,
            centre,
            *now,
        )?),
        Write::CheckIn {
            checkin,
            centre,
            programme,
        } => store::check_in(tables, secrets, checkin, centre, programme)?,
        Write::Experience {
            visit,
            pass,
            experience,
        } => store::answer_experience(tables, *visit, pass, experience)?,
        Write::Survey { survey, programme } => store::take_survey(tables, survey, programme)?,
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
    };
    Ok(match written {
        Ok(reply) => {
            submissions::remember(tables, secrets, id, hash, &reply)?;
            Outcome::Reply(reply)
        }
        Err(refused) => Outcome::Refused(refused),
    })
}
