//! A key rotation's second half: everything sealed under the old key sealed again under
//! the new one, a batch at a time, so the ledger's writes go on between batches (and
//! are sealed under the new key already). What is sealed: a citizen's personal data
//! and birth, a report's contact, and every reply kept for retries.

use redb::ReadableTable;

use super::tables::{CITIZENS, FEEDBACK, SUBMISSIONS};
use super::{Result, Store, StoreError};
use crate::secrets::Secrets;

/// Records looked at in one write transaction.
const BATCH: usize = 500;

/// What a reseal did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Resealed {
    pub citizens: u64,
    pub reports: u64,
    pub replies: u64,
}

impl Store {
    /// Seals again under the current key whatever the previous one sealed.
    pub fn reseal(&self, secrets: &Secrets) -> Result<Resealed> {
        let id = |k: u64| k;
        let same = |k: &u64| *k;
        let citizens = reseal_rows!(
            self,
            CITIZENS,
            |value: &[u8]| reseal_json(secrets, value, &["sealed", "sealed_birth"]),
            id,
            same
        );
        let reports = reseal_rows!(
            self,
            FEEDBACK,
            |value: &[u8]| reseal_json(secrets, value, &["sealed_contact"]),
            id,
            same
        );
        // A reply: status (2 bytes), request hash (32), then the sealed body.
        let reply = |value: &[u8]| -> Result<Option<Vec<u8>>> {
            if value.len() < 34 {
                return Ok(None);
            }
            Ok(sealed(secrets, &value[34..])?.map(|body| {
                let mut out = value[..34].to_vec();
                out.extend_from_slice(&body);
                out
            }))
        };
        let replies = reseal_rows!(
            self,
            SUBMISSIONS,
            reply,
            |k: &[u8]| k.to_vec(),
            Vec::<u8>::as_slice
        );
        Ok(Resealed {
            citizens,
            reports,
            replies,
        })
    }
}

/// Rewrites each row of `$table` that `$change` changes, `BATCH` rows a transaction;
/// `$owned` turns a key into the owned value to resume from, `$borrow` back.
macro_rules! reseal_rows {
    ($store:expr, $table:expr, $change:expr, $owned:expr, $borrow:expr) => {{
        let mut after = None;
        let mut changed: u64 = 0;
        loop {
            let tx = $store.db.begin_write()?;
            let mut last = None;
            {
                let mut t = tx.open_table($table)?;
                let mut updates = Vec::new();
                {
                    let rows = match &after {
                        Some(k) => t.range($borrow(k)..)?,
                        None => t.iter()?,
                    };
                    for row in rows {
                        let (k, v) = row?;
                        let key = $owned(k.value());
                        if after.as_ref() == Some(&key) {
                            continue;
                        }
                        if let Some(new) = $change(v.value())? {
                            updates.push((key.clone(), new));
                        }
                        last = Some(key);
                        if updates.len() >= BATCH {
                            break;
                        }
                    }
                }
                for (k, v) in &updates {
                    t.insert($borrow(k), v.as_slice())?;
                }
                changed += updates.len() as u64;
            }
            tx.commit()?;
            match last {
                Some(k) => after = Some(k),
                None => break changed,
            }
        }
    }};
}
use reseal_rows;

/// `sealed` sealed again if the previous key sealed it.
fn sealed(secrets: &Secrets, sealed: &[u8]) -> Result<Option<Vec<u8>>> {
    secrets
        .reseal(sealed)
        .map_err(|e| StoreError::Sealed(e.to_string()))
}

/// A JSON record with its hex-sealed `fields` sealed again, if any needed it.
fn reseal_json(secrets: &Secrets, value: &[u8], fields: &[&str]) -> Result<Option<Vec<u8>>> {
    let mut record: serde_json::Value = serde_json::from_slice(value)?;
    let mut any = false;
    for field in fields {
        let Some(text) = record[*field].as_str().filter(|t| !t.is_empty()) else {
            continue;
        };
        let raw = hex::decode(text).map_err(|e| StoreError::Sealed(e.to_string()))?;
        if let Some(new) = sealed(secrets, &raw)? {
            record[*field] = hex::encode(new).into();
            any = true;
        }
    }
    Ok(if any {
        Some(serde_json::to_vec(&record)?)
    } else {
        None
    })
}
