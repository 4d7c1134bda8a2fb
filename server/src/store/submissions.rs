//! Exactly-once writes: each submission id's outcome is kept, so a retry gets the
//! original reply and a reused id with another body is refused.

use ponte_domain::submission::SubmissionId;
use redb::{ReadableTable, WriteTransaction};
use serde::{Deserialize, Serialize};

use super::Result;
use super::tables::SUBMISSIONS;
use crate::secrets::Secrets;

/// A reply as the API sends it.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub status: u16,
    pub body: serde_json::Value,
}

#[derive(Serialize, Deserialize)]
struct StoredReply {
    /// SHA-256 of the canonical request, hex.
    body_hash: String,
    status: u16,
    /// The reply body, sealed: it may carry a pass token.
    sealed_body: String,
}

pub enum Seen {
    /// First time: go on and write.
    New,
    /// Same id, same body: send this again, write nothing.
    Again(Reply),
    /// Same id, another body.
    Conflict,
}

pub fn seen(
    tx: &WriteTransaction,
    secrets: &Secrets,
    id: SubmissionId,
    body_hash: &[u8; 32],
) -> Result<Seen> {
    let table = tx.open_table(SUBMISSIONS)?;
    let Some(raw) = table.get(id.to_bytes().as_slice())? else {
        return Ok(Seen::New);
    };
    let stored: StoredReply = serde_json::from_slice(raw.value())?;
    if stored.body_hash != hex::encode(body_hash) {
        return Ok(Seen::Conflict);
    }
    let sealed =
        hex::decode(&stored.sealed_body).map_err(|e| super::StoreError::Sealed(e.to_string()))?;
    let body = secrets
        .open(&sealed)
        .map_err(|e| super::StoreError::Sealed(e.to_string()))?;
    Ok(Seen::Again(Reply {
        status: stored.status,
        body: serde_json::from_slice(&body)?,
    }))
}

pub fn remember(
    tx: &WriteTransaction,
    secrets: &Secrets,
    id: SubmissionId,
    body_hash: &[u8; 32],
    reply: &Reply,
) -> Result<()> {
    let sealed = secrets
        .seal(&serde_json::to_vec(&reply.body)?)
        .map_err(|e| super::StoreError::Sealed(e.to_string()))?;
    let stored = StoredReply {
        body_hash: hex::encode(body_hash),
        status: reply.status,
        sealed_body: hex::encode(sealed),
    };
    tx.open_table(SUBMISSIONS)?.insert(
        id.to_bytes().as_slice(),
        serde_json::to_vec(&stored)?.as_slice(),
    )?;
    Ok(())
}
