//! Exactly-once writes: each submission id's outcome is kept (for `keep_days`, 30 by
//! default), so a retry within that time gets the original reply and a reused id with
//! another body is refused.
//!
//! Stored value: a format tag (2 bytes, big-endian: `TYPED` for an [`Accepted`] as JSON;
//! anything else is the HTTP status of a reply kept whole before replies were typed) ·
//! SHA-256 of the request (32 bytes) · the reply, sealed (it may carry a pass token).
//! Beside it, `SUBMISSION_DAYS` indexes each id by the day it was written, so old
//! replies are pruned without reading the others.

use ponte_domain::api::{CheckinResponse, CitizenSummary, FeedbackResponse};
use ponte_domain::service::ServiceSummary;
use ponte_domain::submission::SubmissionId;
use ponte_domain::survey::SurveyReply;
use serde::{Deserialize, Serialize};

use super::{Result, Store, StoreError, Tables};
use crate::secrets::Secrets;

/// The format tag of a typed reply; never a valid HTTP status.
const TYPED: u16 = 0xFFFF;

/// What an accepted write answers, typed: the HTTP layer decides the status and the
/// shape of the reply (and draws the pass's QR code, which is not kept).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Accepted {
    Registered(Registered),
    /// A visit recorded, or (with `already_today`) the one recorded earlier that day.
    CheckedIn(CheckinResponse),
    Answered {
        visit: u64,
    },
    Surveyed(SurveyReply),
    Filed(FeedbackResponse),
    Served(Box<ServiceSummary>),
    EventCreated(Box<ponte_domain::event::EventView>),
    EventCheckedIn(ponte_domain::event::EventCheckinResponse),
    /// A lost pass replaced by a new one for the same citizen.
    PassReplaced {
        pass: String,
        pass_code: String,
    },
}

/// A registration's outcome: the pass, and what the request itself said of the citizen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Registered {
    pub citizen: CitizenSummary,
    pub pass: String,
    pub pass_code: String,
}

/// A reply given before, to give again.
#[derive(Debug, Clone, PartialEq)]
pub enum Replay {
    Accepted(Accepted),
    /// Kept whole, by a version of Ponte from before typed replies.
    Legacy {
        status: u16,
        body: Vec<u8>,
    },
}

/// Why a write was refused; nothing was stored, and the reply is not kept (the same
/// request may succeed later, e.g. after the visit it names exists).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    RevokedPass,
    UnknownPass,
    NoSuchVisit,
    /// The pass is not the one that made the visit.
    NotYourVisit,
    AlreadyAnswered,
    /// The centre has taken as many anonymous skills surveys today as it counts.
    AnonymousDayFull,
    /// Dated before the citizen signed up.
    BeforeSignUp,
    /// A service names a visit made at another centre or on another day.
    VisitElsewhere,
    /// A service names visits made at different sites of its centre: the national file
    /// names one site per service, and would split it.
    VisitsAtSeveralSites,
    NoSuchEvent,
    /// The event was closed: its service is recorded.
    EventClosed,
    /// Closing an event nobody came to.
    NobodyPresent,
    /// Moving off the waiting list someone who is present already.
    AlreadyPresent,
}

/// What a write's first phase decides: go on with a plan, or refuse.
pub type Checked<P> = std::result::Result<P, Refused>;

pub enum Seen {
    /// First time: go on and write.
    New,
    /// Same id, same body: send this again, write nothing.
    Again(Replay),
    /// Same id, another body.
    Conflict,
}

pub fn seen(
    tables: &Tables<'_>,
    secrets: &Secrets,
    id: SubmissionId,
    body_hash: &[u8; 32],
) -> Result<Seen> {
    use redb::ReadableTable;
    let Some(raw) = tables.submissions.get(id.to_bytes().as_slice())? else {
        return Ok(Seen::New);
    };
    let raw = raw.value();
    if raw.len() < 34 {
        return Err(StoreError::Sealed("short submission record".into()));
    }
    if &raw[2..34] != body_hash {
        return Ok(Seen::Conflict);
    }
    let body = secrets
        .open(&raw[34..])
        .map_err(|e| StoreError::Sealed(e.to_string()))?;
    Ok(Seen::Again(match u16::from_be_bytes([raw[0], raw[1]]) {
        TYPED => Replay::Accepted(serde_json::from_slice(&body)?),
        status => Replay::Legacy { status, body },
    }))
}

/// Keeps `accepted` as the reply to `id`, written on `day` (days since the epoch).
pub fn remember(
    tables: &mut Tables<'_>,
    secrets: &Secrets,
    id: SubmissionId,
    body_hash: &[u8; 32],
    accepted: &Accepted,
    day: i32,
) -> Result<()> {
    let sealed = secrets
        .seal(&serde_json::to_vec(accepted)?)
        .map_err(|e| StoreError::Sealed(e.to_string()))?;
    let mut value = Vec::with_capacity(34 + sealed.len());
    value.extend_from_slice(&TYPED.to_be_bytes());
    value.extend_from_slice(body_hash);
    value.extend_from_slice(&sealed);
    let key = id.to_bytes();
    tables
        .submissions
        .insert(key.as_slice(), value.as_slice())?;
    tables.submission_days.insert((day, key.as_slice()), ())?;
    Ok(())
}

impl Store {
    /// The size of the reply kept for `id`, if one is (tests look at what is kept).
    pub fn stored_reply_size(&self, id: SubmissionId) -> Result<Option<usize>> {
        use redb::ReadableDatabase;
        let tx = self.db.begin_read()?;
        let replies = tx.open_table(super::tables::SUBMISSIONS)?;
        Ok(replies
            .get(id.to_bytes().as_slice())?
            .map(|v| v.value().len()))
    }

    /// Forgets up to `limit` replies written before `before_day`; how many it forgot.
    /// A submission sent again after that is a new one: phones give up on theirs well
    /// before (check-ins and surveys older than 30 days are refused anyway).
    pub fn prune_replies(&self, before_day: i32, limit: usize) -> Result<usize> {
        use super::tables::{SUBMISSION_DAYS, SUBMISSIONS};
        use redb::ReadableTable;
        let tx = self.begin_write()?;
        let mut pruned = 0;
        {
            let mut days = tx.open_table(SUBMISSION_DAYS)?;
            let mut replies = tx.open_table(SUBMISSIONS)?;
            let old: Vec<(i32, Vec<u8>)> = days
                .range((i32::MIN, [].as_slice())..(before_day, [].as_slice()))?
                .take(limit)
                .map(|e| e.map(|(k, _)| (k.value().0, k.value().1.to_vec())))
                .collect::<std::result::Result<_, _>>()?;
            for (day, id) in old {
                replies.remove(id.as_slice())?;
                days.remove((day, id.as_slice()))?;
                pruned += 1;
            }
        }
        tx.commit()?;
        Ok(pruned)
    }
}
