//! Table definitions: the database schema in one place.
//!
//! Records are JSON so that a field added later reads back from an old file with its
//! serde default; keys are plain strings or tuples so ranges follow the index order.

use redb::{TableDefinition, WriteTransaction};

/// programme id → `Programme` JSON.
pub const PROGRAMMES: TableDefinition<&str, &[u8]> = TableDefinition::new("programmes");

/// centre code → `Centre` JSON.
pub const CENTRES: TableDefinition<&str, &[u8]> = TableDefinition::new("centres");

/// (programme, province, code) → (): lists a programme's or a province's centres by range.
pub const CENTRES_BY_AREA: TableDefinition<(&str, &str, &str), ()> =
    TableDefinition::new("centres_by_area");

pub fn create_all(tx: &WriteTransaction) -> Result<(), redb::TableError> {
    tx.open_table(PROGRAMMES)?;
    tx.open_table(CENTRES)?;
    tx.open_table(CENTRES_BY_AREA)?;
    Ok(())
}
