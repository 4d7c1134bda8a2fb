//! Reference and demo data: the official programmes, always present, and the demo
//! centres, loaded on request into an empty database.

pub mod demo;
pub mod national;
pub mod programmes;
pub mod staff;

use crate::store::{ImportSummary, Store, StoreResult};

/// Loads the demo centres if the database has no centres yet; `None` when it had some.
/// Safe to call at every start.
pub fn load_demo(store: &Store) -> StoreResult<Option<ImportSummary>> {
    if store.reference().centre_count() > 0 {
        return Ok(None);
    }
    store.upsert_centres(&demo::centres()).map(Some)
}
