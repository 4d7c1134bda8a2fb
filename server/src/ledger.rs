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
use ponte_domain::{CentreCode, Date, ProgrammeId};
use tokio::sync::{mpsc, oneshot};

use crate::secrets::Secrets;
use crate::store::submissions::Reply;
use crate::store::{self, Store, StoreError, Tables};

/// Most submissions grouped into one commit.
const MAX_BATCH: usize = 512;

pub enum Command {
    Register {
        submission: SubmissionId,
        body_hash: [u8; 32],
        registration: Box<Registration>,
        centre: CentreCode,
        now: UnixSeconds,
    },
    CheckIn {
        submission: SubmissionId,
        body_hash: [u8; 32],
        checkin: Checkin,
        centre: CentreCode,
        programme: ProgrammeId,
    },
    Experience {
        submission: SubmissionId,
        body_hash: [u8; 32],
        visit: u64,
        pass: PassToken,
        experience: Box<Experience>,
    },
    Survey {
        submission: SubmissionId,
        body_hash: [u8; 32],
        survey: Box<Survey>,
        programme: ProgrammeId,
    },
    Feedback {
        submission: SubmissionId,
        body_hash: [u8; 32],
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
    RevokedPass,
    UnknownPass,
    NoSuchVisit,
    /// The pass is not the one that made the visit.
    NotYourVisit,
    AlreadyAnswered,
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

fn apply(
    tables: &mut Tables<'_>,
    secrets: &Secrets,
    command: &Command,
) -> Result<Outcome, StoreError> {
    Ok(match command {
        Command::Register {
            submission,
            body_hash,
            registration,
            centre,
            now,
        } => match store::register(
            tables,
            secrets,
            *submission,
            body_hash,
            registration,
            centre,
            *now,
        )? {
            store::Registered::Done(reply) => Outcome::Reply(reply),
            store::Registered::Conflict => Outcome::Conflict,
        },
        Command::CheckIn {
            submission,
            body_hash,
            checkin,
            centre,
            programme,
        } => match store::check_in(
            tables,
            secrets,
            *submission,
            body_hash,
            checkin,
            centre,
            programme,
        )? {
            store::CheckedIn::Done(reply) => Outcome::Reply(reply),
            store::CheckedIn::Conflict => Outcome::Conflict,
            store::CheckedIn::Revoked => Outcome::RevokedPass,
            store::CheckedIn::UnknownPass => Outcome::UnknownPass,
        },
        Command::Experience {
            submission,
            body_hash,
            visit,
            pass,
            experience,
        } => match store::answer_experience(
            tables,
            secrets,
            *submission,
            body_hash,
            *visit,
            pass,
            experience,
        )? {
            store::Answered::Done(reply) => Outcome::Reply(reply),
            store::Answered::Conflict => Outcome::Conflict,
            store::Answered::NoSuchVisit => Outcome::NoSuchVisit,
            store::Answered::NotYours => Outcome::NotYourVisit,
            store::Answered::AlreadyAnswered => Outcome::AlreadyAnswered,
        },
        Command::Survey {
            submission,
            body_hash,
            survey,
            programme,
        } => {
            match store::take_survey(tables, secrets, *submission, body_hash, survey, programme)? {
                store::Surveyed::Done(reply) => Outcome::Reply(reply),
                store::Surveyed::Conflict => Outcome::Conflict,
                store::Surveyed::RevokedPass => Outcome::RevokedPass,
                store::Surveyed::UnknownPass => Outcome::UnknownPass,
            }
        }
        Command::Feedback {
            submission,
            body_hash,
            feedback,
            centre,
            programme,
            at,
            day,
        } => match store::file_feedback(
            tables,
            secrets,
            *submission,
            body_hash,
            feedback,
            centre.as_ref(),
            programme.as_ref(),
            *at,
            *day,
        )? {
            store::Filed::Done(reply) => Outcome::Reply(reply),
            store::Filed::Conflict => Outcome::Conflict,
        },
    })
}
