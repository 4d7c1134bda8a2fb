use ponte_domain::query::CentreQuery;
use ponte_domain::{Centre, CentreCode};
use redb::{ReadableTable, ReadableTableMetadata};

use super::tables::{CENTRES, CENTRES_BY_AREA};
use super::{Result, Store};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ImportSummary {
    pub created: usize,
    pub updated: usize,
}

impl Store {
    pub fn centre(&self, code: &CentreCode) -> Result<Option<Centre>> {
        let tx = self.read()?;
        let table = tx.open_table(CENTRES)?;
        match table.get(code.as_str())? {
            Some(v) => Ok(Some(serde_json::from_slice(v.value())?)),
            None => Ok(None),
        }
    }

    pub fn centre_count(&self) -> Result<u64> {
        let tx = self.read()?;
        Ok(tx.open_table(CENTRES)?.len()?)
    }

    /// Centres matching the query, in (programme, province, code) order. Programme and
    /// province narrow the index range; the words filter what remains.
    pub fn centres(&self, query: &CentreQuery) -> Result<Vec<Centre>> {
        let tx = self.read()?;
        let index = tx.open_table(CENTRES_BY_AREA)?;
        let centres = tx.open_table(CENTRES)?;
        let programme = query.programme.as_ref().map(|p| p.as_str());
        let province = query.province.map(|p| p.code);
        let range = match programme {
            // '\u{10FFFF}' sorts after every real code, closing the prefix range.
            Some(prog) => {
                let (lo_prov, hi_prov) = province.map_or(("", "\u{10FFFF}"), |p| (p, p));
                index.range((prog, lo_prov, "")..=(prog, hi_prov, "\u{10FFFF}"))?
            }
            None => index.range::<(&str, &str, &str)>(..)?,
        };
        let mut out = Vec::new();
        for entry in range {
            let (key, _) = entry?;
            let (_, prov, code) = key.value();
            if province.is_some_and(|p| p != prov) {
                continue;
            }
            let Some(record) = centres.get(code)? else {
                continue;
            };
            let centre: Centre = serde_json::from_slice(record.value())?;
            if query.matches(&centre) {
                out.push(centre);
            }
        }
        Ok(out)
    }

    /// Creates or replaces the given centres in one transaction: all are written or
    /// none. A replaced centre keeps its extra sites, which the CSV does not carry.
    pub fn upsert_centres(&self, incoming: &[Centre]) -> Result<ImportSummary> {
        let tx = self.db.begin_write()?;
        let mut summary = ImportSummary::default();
        {
            let mut centres = tx.open_table(CENTRES)?;
            let mut index = tx.open_table(CENTRES_BY_AREA)?;
            for centre in incoming {
                let code = centre.code.as_str();
                let old: Option<Centre> = match centres.get(code)? {
                    Some(v) => Some(serde_json::from_slice(v.value())?),
                    None => None,
                };
                let mut centre = centre.clone();
                match old {
                    Some(old) => {
                        index.remove((old.programme.as_str(), old.province.code, code))?;
                        if centre.other_sites.is_empty() {
                            centre.other_sites = old.other_sites;
                        }
                        summary.updated += 1;
                    }
                    None => summary.created += 1,
                }
                centres.insert(code, serde_json::to_vec(&centre)?.as_slice())?;
                index.insert((centre.programme.as_str(), centre.province.code, code), ())?;
            }
        }
        tx.commit()?;
        Ok(summary)
    }
}
