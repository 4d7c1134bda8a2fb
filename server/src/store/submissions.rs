//! Exactly-once writes: each submission id's outcome is kept, so a retry gets the
//! original reply and a reused id with another body is refused.
//!
//! Stored value: status (2 bytes, big-endian) · SHA-256 of the request (32 bytes) · the
//! reply body, sealed (it may carry a pass token).

use ponte_domain::submission::SubmissionId;

use super::{Result, StoreError, Tables};
use crate::secrets::Secrets;

/// A reply as the API sends it: a status and a JSON body, serialised once.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub status: u16,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn json(status: u16, body: &impl serde::Serialize) -> Result<Reply> {
        Ok(Reply {
            status,
            body: serde_json::to_vec(body)?,
        })
    }
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
}

/// A write's result: its reply (kept for retries by the ledger), or why it was refused.
pub type Written = std::result::Result<Reply, Refused>;

pub enum Seen {
    /// First time: go on and write.
    New,
    /// Same id, same body: send this again, write nothing.
    Again(Reply),
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
    Ok(Seen::Again(Reply {
        status: u16::from_be_bytes([raw[0], raw[1]]),
        body,
    }))
}

pub fn remember(
    tables: &mut Tables<'_>,
    secrets: &Secrets,
    id: SubmissionId,
    body_hash: &[u8; 32],
    reply: &Reply,
) -> Result<()> {
    let sealed = secrets
        .seal(&reply.body)
        .map_err(|e| StoreError::Sealed(e.to_string()))?;
    let mut value = Vec::with_capacity(34 + sealed.len());
    value.extend_from_slice(&reply.status.to_be_bytes());
    value.extend_from_slice(body_hash);
    value.extend_from_slice(&sealed);
    tables
        .submissions
        .insert(id.to_bytes().as_slice(), value.as_slice())?;
    Ok(())
}
