//! Programmes and centres: few, read on every request, changed rarely and only through
//! this store. They are held in memory as a snapshot that is rebuilt after each change
//! is committed, so lookups cost no transaction and no decoding, and every reader sees
//! either the old or the new list, never half of one.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use ponte_domain::query::CentreQuery;
use ponte_domain::{Centre, CentreCode, Programme, ProgrammeId};
use redb::{ReadTransaction, ReadableTable};

use super::Result;
use super::tables::{CENTRES, PROGRAMMES};

#[derive(Default)]
pub struct Reference {
    programmes: Vec<Programme>,
    /// Sorted by (programme, province, code): the order lists are shown in.
    centres: Vec<Centre>,
    by_code: HashMap<CentreCode, usize>,
}

impl Reference {
    pub fn load(tx: &ReadTransaction) -> Result<Reference> {
        let mut programmes = Vec::new();
        for entry in tx.open_table(PROGRAMMES)?.iter()? {
            programmes.push(serde_json::from_slice(entry?.1.value())?);
        }
        let mut centres: Vec<Centre> = Vec::new();
        for entry in tx.open_table(CENTRES)?.iter()? {
            centres.push(serde_json::from_slice(entry?.1.value())?);
        }
        centres.sort_by(|a, b| {
            (&a.programme, a.province.code, &a.code).cmp(&(&b.programme, b.province.code, &b.code))
        });
        let by_code = centres
            .iter()
            .enumerate()
            .map(|(i, c)| (c.code.clone(), i))
            .collect();
        Ok(Reference {
            programmes,
            centres,
            by_code,
        })
    }

    pub fn programmes(&self) -> &[Programme] {
        &self.programmes
    }

    pub fn programme(&self, id: &ProgrammeId) -> Option<&Programme> {
        self.programmes.iter().find(|p| p.id == *id)
    }

    pub fn centre(&self, code: &CentreCode) -> Option<&Centre> {
        self.by_code.get(code).map(|&i| &self.centres[i])
    }

    /// The centre a stored code names (a counter's key, a record's field): none for a
    /// code no longer listed, or one that does not parse.
    pub fn centre_named(&self, code: &str) -> Option<&Centre> {
        CentreCode::parse(code).ok().and_then(|c| self.centre(&c))
    }

    pub fn centres(&self, query: &CentreQuery) -> Vec<Centre> {
        self.centres
            .iter()
            .filter(|c| query.matches(c))
            .cloned()
            .collect()
    }

    /// A programme's centres, without copying them.
    pub fn centres_of<'a>(&'a self, programme: &'a str) -> impl Iterator<Item = &'a Centre> + 'a {
        self.centres
            .iter()
            .filter(move |c| c.programme.as_str() == programme)
    }

    pub fn centre_count(&self) -> usize {
        self.centres.len()
    }
}

/// The current snapshot, swapped whole after a change.
#[derive(Default)]
pub struct Snapshot(RwLock<Arc<Reference>>);

impl Snapshot {
    pub fn get(&self) -> Arc<Reference> {
        // A poisoned lock only means a panic elsewhere while swapping an Arc: the value
        // inside is still a complete snapshot.
        self.0.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub fn replace(&self, reference: Reference) {
        *self.0.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(reference);
    }
}
