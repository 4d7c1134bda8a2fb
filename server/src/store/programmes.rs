use redb::{ReadableTable, WriteTransaction};

use super::Result;
use super::tables::PROGRAMMES;
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
