use ponte_domain::Centre;
use redb::ReadableTable;

use super::tables::CENTRES;
use super::{Result, Store};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ImportSummary {
    pub created: usize,
    pub updated: usize,
}

impl Store {
    /// Creates or replaces the given centres in one transaction: all are written or
    /// none. A replaced centre keeps its extra sites, which the CSV does not carry.
    pub fn upsert_centres(&self, incoming: &[Centre]) -> Result<ImportSummary> {
        let tx = self.db.begin_write()?;
        let mut summary = ImportSummary::default();
        {
            let mut centres = tx.open_table(CENTRES)?;
            for centre in incoming {
                let code = centre.code.as_str();
                let old: Option<Centre> = match centres.get(code)? {
                    Some(v) => Some(serde_json::from_slice(v.value())?),
                    None => None,
                };
                let mut centre = centre.clone();
                match old {
                    Some(old) => {
                        if centre.other_sites.is_empty() {
                            centre.other_sites = old.other_sites;
                        }
                        summary.updated += 1;
                    }
                    None => summary.created += 1,
                }
                centres.insert(code, serde_json::to_vec(&centre)?.as_slice())?;
            }
        }
        tx.commit()?;
        self.reload_reference()?;
        Ok(summary)
    }
}
