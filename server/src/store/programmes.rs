use ponte_domain::{Programme, ProgrammeId};
use redb::{ReadableTable, WriteTransaction};

use super::tables::PROGRAMMES;
use super::{Result, Store};
use crate::seed;

/// Writes the official programme definitions when they are missing. Existing records are
/// left alone: a programme's settings may have been changed since.
pub(super) fn seed_official(tx: &WriteTransaction) -> Result<()> {
    let mut table = tx.open_table(PROGRAMMES)?;
    for p in seed::programmes::official() {
        if table.get(p.id.as_str())?.is_none() {
            table.insert(p.id.as_str(), serde_json::to_vec(&p)?.as_slice())?;
        }
    }
    Ok(())
}

impl Store {
    pub fn programmes(&self) -> Result<Vec<Programme>> {
        let tx = self.read()?;
        let table = tx.open_table(PROGRAMMES)?;
        let mut out = Vec::new();
        for entry in table.iter()? {
            let (_, v) = entry?;
            out.push(serde_json::from_slice(v.value())?);
        }
        Ok(out)
    }

    pub fn programme(&self, id: &ProgrammeId) -> Result<Option<Programme>> {
        let tx = self.read()?;
        let table = tx.open_table(PROGRAMMES)?;
        match table.get(id.as_str())? {
            Some(v) => Ok(Some(serde_json::from_slice(v.value())?)),
            None => Ok(None),
        }
    }
}
