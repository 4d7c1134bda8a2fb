use redb::{ReadableTable, WriteTransaction};

use super::Result;
use super::tables::PROGRAMMES;
use crate::seed;

/// Writes the official programme definitions when they are missing. Existing records are
/// left alone: a programme's settings may have been changed since.
pub(super) fn seed_official(tx: &WriteTransaction) -> Result<()> {
    let mut table = tx.open_table(PROGRAMMES)?;
    for p in seed::programmes::official() {
        let stored: Option<ponte_domain::Programme> = match table.get(p.id.as_str())? {
            Some(v) => Some(serde_json::from_slice(v.value())?),
            None => None,
        };
        match stored {
            None => {
                table.insert(p.id.as_str(), serde_json::to_vec(&p)?.as_slice())?;
            }
            // A data dir from before privacy notices were per programme gets the
            // official facts; one that has its own keeps them.
            Some(mut old) if !old.privacy.is_complete() => {
                old.privacy = p.privacy;
                table.insert(p.id.as_str(), serde_json::to_vec(&old)?.as_slice())?;
            }
            Some(_) => {}
        }
    }
    Ok(())
}
