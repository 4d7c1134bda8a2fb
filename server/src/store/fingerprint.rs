//! What the database keeps about the keys it was written with (see
//! `secrets::for_store`).

use redb::{ReadableDatabase, ReadableTable};

use super::{Result, Store, tables};

const FINGERPRINT: &str = "keys_fingerprint";

impl Store {
    /// The fingerprint of the keys this database was written with, if kept yet.
    pub fn key_fingerprint(&self) -> Result<Option<u64>> {
        let tx = self.db.begin_read()?;
        let meta = tx.open_table(tables::META)?;
        Ok(meta.get(FINGERPRINT)?.map(|v| v.value()))
    }

    pub fn set_key_fingerprint(&self, fingerprint: u64) -> Result<()> {
        let tx = self.db.begin_write()?;
        tx.open_table(tables::META)?
            .insert(FINGERPRINT, fingerprint)?;
        tx.commit()?;
        Ok(())
    }

    /// One citizen's sealed fields, to try keys on before their fingerprint is kept.
    pub fn some_sealed(&self) -> Result<Option<Vec<u8>>> {
        let tx = self.db.begin_read()?;
        for row in tx.open_table(tables::CITIZENS)?.iter()? {
            let record: super::citizens::CitizenRecord = serde_json::from_slice(row?.1.value())?;
            if let Ok(bytes) = hex::decode(&record.sealed)
                && !bytes.is_empty()
            {
                return Ok(Some(bytes));
            }
        }
        Ok(None)
    }

    /// Whether anything is stored that only the keys can read or find: citizens (sealed,
    /// found by the lookup key), reports (a contact is sealed) and events (their posters
    /// carry a token made with the lookup key).
    pub fn holds_keyed_records(&self) -> Result<bool> {
        let tx = self.db.begin_read()?;
        let meta = tx.open_table(tables::META)?;
        for sequence in ["citizen", "feedback", "event"] {
            if meta.get(sequence)?.is_some_and(|v| v.value() > 0) {
                return Ok(true);
            }
        }
        Ok(false)
    }
}
