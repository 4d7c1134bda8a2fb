//! Staff accounts and their sessions. Written directly, not through the ledger: they
//! are few, and none of them is a citizen's submission to be counted once.

use ponte_domain::clock::UnixSeconds;
use ponte_domain::staff::{AccountSummary, Email, Scope};
use redb::{ReadableDatabase, ReadableTable};
use serde::{Deserialize, Serialize};

use super::tables::{STAFF_ACCOUNTS, STAFF_SESSIONS};
use super::{Result, Store};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AccountRecord {
    pub email: Email,
    pub scope: Scope,
    /// Argon2id, PHC string.
    pub password: String,
    pub disabled: bool,
    pub created_at: UnixSeconds,
    /// Who made it: an e-mail, or "cli".
    pub created_by: String,
}

impl AccountRecord {
    pub fn summary(&self) -> AccountSummary {
        AccountSummary {
            email: self.email.to_string(),
            role: self.scope.role,
            programme: self.scope.programme.clone(),
            centres: self.scope.centres.clone(),
            disabled: self.disabled,
        }
    }

    /// The summary as it reads once disabled.
    pub fn summary_disabled(&self) -> AccountSummary {
        AccountSummary {
            disabled: true,
            ..self.summary()
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SessionRecord {
    pub email: Email,
    pub created: UnixSeconds,
    pub last_used: UnixSeconds,
}

/// The account exists already.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AccountExists;

/// However busy, a session ends a day after it began: a tablet left signed in at the
/// desk asks for the password again each morning.
const MAX_AGE: i64 = 24 * 3600;

/// How often a session's last use is written: reading a session on every request must
/// not cost a disk write each time.
const TOUCH_EVERY: i64 = 60;

impl Store {
    pub fn add_account(&self, record: &AccountRecord) -> Result<Result<(), AccountExists>> {
        let tx = self.db.begin_write()?;
        {
            let mut t = tx.open_table(STAFF_ACCOUNTS)?;
            if t.get(record.email.as_str())?.is_some() {
                return Ok(Err(AccountExists));
            }
            t.insert(
                record.email.as_str(),
                serde_json::to_vec(record)?.as_slice(),
            )?;
        }
        tx.commit()?;
        Ok(Ok(()))
    }

    pub fn account(&self, email: &str) -> Result<Option<AccountRecord>> {
        let tx = self.db.begin_read()?;
        let t = tx.open_table(STAFF_ACCOUNTS)?;
        Ok(match t.get(email)? {
            Some(v) => Some(serde_json::from_slice(v.value())?),
            None => None,
        })
    }

    /// Every account, by e-mail.
    pub fn accounts(&self) -> Result<Vec<AccountRecord>> {
        let tx = self.db.begin_read()?;
        let t = tx.open_table(STAFF_ACCOUNTS)?;
        t.iter()?
            .map(|row| Ok(serde_json::from_slice(row?.1.value())?))
            .collect()
    }

    /// Disables an account and ends its sessions; false if there is no such account.
    pub fn disable_account(&self, email: &str) -> Result<bool> {
        let tx = self.db.begin_write()?;
        {
            let mut t = tx.open_table(STAFF_ACCOUNTS)?;
            let Some(mut record) = (match t.get(email)? {
                Some(v) => Some(serde_json::from_slice::<AccountRecord>(v.value())?),
                None => None,
            }) else {
                return Ok(false);
            };
            record.disabled = true;
            t.insert(email, serde_json::to_vec(&record)?.as_slice())?;
            let mut sessions = tx.open_table(STAFF_SESSIONS)?;
            sessions.retain(|_, v| {
                serde_json::from_slice::<SessionRecord>(v).is_ok_and(|s| s.email.as_str() != email)
            })?;
        }
        tx.commit()?;
        Ok(true)
    }

    /// Changes an account with `change` (a new password, enabled again) and ends its
    /// sessions; false if there is no such account.
    pub fn update_account(
        &self,
        email: &str,
        change: impl FnOnce(&mut AccountRecord),
    ) -> Result<bool> {
        let tx = self.db.begin_write()?;
        {
            let mut t = tx.open_table(STAFF_ACCOUNTS)?;
            let Some(mut record) = (match t.get(email)? {
                Some(v) => Some(serde_json::from_slice::<AccountRecord>(v.value())?),
                None => None,
            }) else {
                return Ok(false);
            };
            change(&mut record);
            t.insert(email, serde_json::to_vec(&record)?.as_slice())?;
            let mut sessions = tx.open_table(STAFF_SESSIONS)?;
            sessions.retain(|_, v| {
                serde_json::from_slice::<SessionRecord>(v).is_ok_and(|s| s.email.as_str() != email)
            })?;
        }
        tx.commit()?;
        Ok(true)
    }

    /// Keeps a new session under the hash of its token, and drops sessions idle for
    /// longer than `idle` seconds.
    pub fn start_session(
        &self,
        token_hash: &[u8; 32],
        email: &Email,
        now: UnixSeconds,
        idle: i64,
    ) -> Result<()> {
        let record = SessionRecord {
            email: email.clone(),
            created: now,
            last_used: now,
        };
        let tx = self.db.begin_write()?;
        {
            let mut t = tx.open_table(STAFF_SESSIONS)?;
            t.retain(|_, v| {
                serde_json::from_slice::<SessionRecord>(v).is_ok_and(|s| now - s.last_used <= idle)
            })?;
            t.insert(
                token_hash.as_slice(),
                serde_json::to_vec(&record)?.as_slice(),
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The live session with this token hash and its account, or `None` when there is
    /// none, it has been idle for more than `idle` seconds (it is then removed), or its
    /// account is disabled.
    pub fn session(
        &self,
        token_hash: &[u8; 32],
        now: UnixSeconds,
        idle: i64,
    ) -> Result<Option<AccountRecord>> {
        let session: SessionRecord = {
            let tx = self.db.begin_read()?;
            let t = tx.open_table(STAFF_SESSIONS)?;
            match t.get(token_hash.as_slice())? {
                Some(v) => serde_json::from_slice(v.value())?,
                None => return Ok(None),
            }
        };
        if now - session.last_used > idle || now - session.created > MAX_AGE {
            self.end_session(token_hash)?;
            return Ok(None);
        }
        let Some(account) = self.account(session.email.as_str())? else {
            return Ok(None);
        };
        if account.disabled {
            return Ok(None);
        }
        if now - session.last_used >= TOUCH_EVERY {
            let tx = self.db.begin_write()?;
            {
                let mut t = tx.open_table(STAFF_SESSIONS)?;
                // Only if it is still there: a logout may have come in between.
                if t.get(token_hash.as_slice())?.is_some() {
                    let touched = SessionRecord {
                        last_used: now,
                        ..session
                    };
                    t.insert(
                        token_hash.as_slice(),
                        serde_json::to_vec(&touched)?.as_slice(),
                    )?;
                }
            }
            tx.commit()?;
        }
        Ok(Some(account))
    }

    /// Ends a session; a token with no session writes nothing.
    pub fn end_session(&self, token_hash: &[u8; 32]) -> Result<()> {
        {
            let tx = self.db.begin_read()?;
            if tx
                .open_table(STAFF_SESSIONS)?
                .get(token_hash.as_slice())?
                .is_none()
            {
                return Ok(());
            }
        }
        let tx = self.db.begin_write()?;
        tx.open_table(STAFF_SESSIONS)?
            .remove(token_hash.as_slice())?;
        tx.commit()?;
        Ok(())
    }
}
