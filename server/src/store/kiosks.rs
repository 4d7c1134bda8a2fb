//! Kiosks paired to a centre. Written directly (few, and not citizens' submissions).

use ponte_domain::clock::UnixSeconds;
use ponte_domain::kiosk::{KioskSettings, KioskSummary};
use redb::{ReadableDatabase, ReadableTable};
use serde::{Deserialize, Serialize};

use super::tables::{KIOSK_IDLE, KIOSK_PAIRINGS, KIOSK_TOKENS, KIOSKS, META};
use super::{Result, Store};

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Pairing {
    centre: String,
    expires_at: UnixSeconds,
    by: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct KioskRecord {
    pub centre: String,
    pub paired_at: UnixSeconds,
    pub last_used: UnixSeconds,
    pub revoked: bool,
    /// The account whose code paired it.
    pub paired_by: String,
}

impl KioskRecord {
    pub fn summary(&self, id: u64) -> KioskSummary {
        KioskSummary {
            id,
            centre: self.centre.clone(),
            paired_at: self.paired_at,
            last_used: self.last_used,
            revoked: self.revoked,
        }
    }
}

/// How often a kiosk's last use is written.
const TOUCH_EVERY: i64 = 300;

impl Store {
    /// Offers `code` for pairing a kiosk to `centre` until `expires_at`; expired codes
    /// are dropped. False if the code is taken (the caller draws another).
    pub fn offer_pairing(
        &self,
        code: &str,
        centre: &str,
        by: &str,
        now: UnixSeconds,
        expires_at: UnixSeconds,
    ) -> Result<bool> {
        let tx = self.db.begin_write()?;
        {
            let mut t = tx.open_table(KIOSK_PAIRINGS)?;
            t.retain(|_, v| {
                serde_json::from_slice::<Pairing>(v).is_ok_and(|p| p.expires_at > now)
            })?;
            if t.get(code)?.is_some() {
                return Ok(false);
            }
            let p = Pairing {
                centre: centre.to_owned(),
                expires_at,
                by: by.to_owned(),
            };
            t.insert(code, serde_json::to_vec(&p)?.as_slice())?;
        }
        tx.commit()?;
        Ok(true)
    }

    /// Uses a pairing code: the kiosk it makes, under `token_hash`, or `None` if the
    /// code is unknown or expired. A code pairs one tablet.
    pub fn pair(
        &self,
        code: &str,
        token_hash: &[u8; 32],
        now: UnixSeconds,
    ) -> Result<Option<(u64, String)>> {
        let tx = self.db.begin_write()?;
        let made = {
            let mut pairings = tx.open_table(KIOSK_PAIRINGS)?;
            let Some(pairing) = (match pairings.remove(code)? {
                Some(v) => Some(serde_json::from_slice::<Pairing>(v.value())?),
                None => None,
            }) else {
                return Ok(None);
            };
            if pairing.expires_at <= now {
                None
            } else {
                let mut meta = tx.open_table(META)?;
                let id = meta.get("kiosk")?.map_or(1, |v| v.value() + 1);
                meta.insert("kiosk", id)?;
                let record = KioskRecord {
                    centre: pairing.centre.clone(),
                    paired_at: now,
                    last_used: now,
                    revoked: false,
                    paired_by: pairing.by,
                };
                tx.open_table(KIOSKS)?
                    .insert(id, serde_json::to_vec(&record)?.as_slice())?;
                tx.open_table(KIOSK_TOKENS)?
                    .insert(token_hash.as_slice(), id)?;
                Some((id, pairing.centre))
            }
        };
        tx.commit()?;
        Ok(made)
    }

    /// The live kiosk with this token hash (its last use noted now and then).
    pub fn kiosk(
        &self,
        token_hash: &[u8; 32],
        now: UnixSeconds,
    ) -> Result<Option<(u64, KioskRecord)>> {
        let found = {
            let tx = self.db.begin_read()?;
            let Some(id) = tx
                .open_table(KIOSK_TOKENS)?
                .get(token_hash.as_slice())?
                .map(|v| v.value())
            else {
                return Ok(None);
            };
            match tx.open_table(KIOSKS)?.get(id)? {
                Some(v) => (id, serde_json::from_slice::<KioskRecord>(v.value())?),
                None => return Ok(None),
            }
        };
        let (id, mut record) = found;
        if record.revoked {
            return Ok(None);
        }
        if now - record.last_used >= TOUCH_EVERY {
            // Read again inside the write: a revocation committed since the read above
            // must not be written over with the stale record.
            let tx = self.db.begin_write()?;
            {
                let mut kiosks = tx.open_table(KIOSKS)?;
                let current = match kiosks.get(id)? {
                    Some(v) => serde_json::from_slice::<KioskRecord>(v.value())?,
                    None => return Ok(None),
                };
                if current.revoked {
                    return Ok(None);
                }
                record = current;
                record.last_used = now;
                kiosks.insert(id, serde_json::to_vec(&record)?.as_slice())?;
            }
            tx.commit()?;
        }
        Ok(Some((id, record)))
    }

    /// How the centre's kiosks behave (the default until someone sets it).
    pub fn kiosk_settings(&self, centre: &str) -> Result<KioskSettings> {
        let tx = self.db.begin_read()?;
        Ok(match tx.open_table(KIOSK_IDLE)?.get(centre)? {
            Some(v) => KioskSettings {
                idle_seconds: v.value(),
            },
            None => KioskSettings::default(),
        })
    }

    /// `settings` must have been validated.
    pub fn set_kiosk_settings(&self, centre: &str, settings: KioskSettings) -> Result<()> {
        let tx = self.db.begin_write()?;
        tx.open_table(KIOSK_IDLE)?
            .insert(centre, settings.idle_seconds)?;
        tx.commit()?;
        Ok(())
    }

    /// A centre's kiosks (few: read all).
    pub fn kiosks_of(&self, centre: &str) -> Result<Vec<KioskSummary>> {
        let tx = self.db.begin_read()?;
        let mut out = Vec::new();
        for row in tx.open_table(KIOSKS)?.iter()? {
            let (k, v) = row?;
            let record: KioskRecord = serde_json::from_slice(v.value())?;
            if record.centre == centre {
                out.push(record.summary(k.value()));
            }
        }
        Ok(out)
    }

    /// Revokes a kiosk: it goes back to the pairing screen. Its centre, or `None`.
    pub fn revoke_kiosk(&self, id: u64) -> Result<Option<String>> {
        let tx = self.db.begin_write()?;
        let centre = {
            let mut t = tx.open_table(KIOSKS)?;
            let Some(mut record) = (match t.get(id)? {
                Some(v) => Some(serde_json::from_slice::<KioskRecord>(v.value())?),
                None => None,
            }) else {
                return Ok(None);
            };
            record.revoked = true;
            t.insert(id, serde_json::to_vec(&record)?.as_slice())?;
            record.centre
        };
        tx.commit()?;
        Ok(Some(centre))
    }

    /// The centre of kiosk `id`, if it exists.
    pub fn kiosk_centre(&self, id: u64) -> Result<Option<String>> {
        let tx = self.db.begin_read()?;
        Ok(match tx.open_table(KIOSKS)?.get(id)? {
            Some(v) => Some(serde_json::from_slice::<KioskRecord>(v.value())?.centre),
            None => None,
        })
    }
}
