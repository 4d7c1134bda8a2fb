//! A consistent copy of the database while it serves: every table read in one read
//! transaction (redb's snapshot: writes go on meanwhile and none is half in the copy),
//! written to a new file, synced, then renamed into place. redb has no copy of its own,
//! and the file cannot simply be copied while a commit may be writing it.
//!
//! The keys are not in the copy: keep `ponte.keys` apart (it never changes), as the
//! database's own protection asks.

use std::path::Path;

use redb::{
    Key, MultimapTableDefinition, MultimapTableHandle, ReadTransaction, ReadableDatabase,
    ReadableMultimapTable, ReadableTable, TableDefinition, TableHandle, Value, WriteTransaction,
};

use super::tables::*;
use super::{Result, Store, StoreError};

/// What a backup holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BackupSummary {
    pub tables: usize,
    pub rows: u64,
    pub bytes: u64,
}

impl Store {
    /// Writes a consistent copy of the database to `out`, which must not exist yet.
    pub fn backup_to(&self, out: &Path) -> Result<BackupSummary> {
        let io = |source| StoreError::DataDir {
            dir: out.to_owned(),
            source,
        };
        if out.exists() {
            return Err(io(std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                "a file is already there; a backup never writes over one",
            )));
        }
        let partial = out.with_extension("partial");
        let _ = std::fs::remove_file(&partial);
        let copy = redb::Builder::new()
            .create(&partial)
            .map_err(|source| StoreError::Open {
                path: partial.clone(),
                source,
            })?;
        let src = self.db.begin_read()?;
        let dst = copy.begin_write()?;
        let (tables, rows) = copy_all(&src, &dst)?;
        dst.commit()?;
        drop(copy);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&partial, std::fs::Permissions::from_mode(0o600))
                .map_err(io)?;
        }
        std::fs::File::open(&partial)
            .and_then(|f| f.sync_all())
            .map_err(io)?;
        std::fs::rename(&partial, out).map_err(io)?;
        let bytes = std::fs::metadata(out).map_err(io)?.len();
        Ok(BackupSummary {
            tables,
            rows,
            bytes,
        })
    }

    /// The names of the tables in the database: a backup must hold every one.
    pub fn table_names(&self) -> Result<Vec<String>> {
        let tx = self.db.begin_read()?;
        let mut names: Vec<String> = tx
            .list_tables()?
            .map(|t| t.name().to_owned())
            .chain(tx.list_multimap_tables()?.map(|t| t.name().to_owned()))
            .collect();
        names.sort();
        Ok(names)
    }
}

/// Puts the backup `file` in place as `data_dir`'s database: checked to open as a
/// database first, never over an existing one, private to this user.
pub fn restore(file: &Path, data_dir: &Path) -> Result<u64> {
    let target = data_dir.join(super::DB_FILE);
    let io = |source| StoreError::DataDir {
        dir: data_dir.to_owned(),
        source,
    };
    if target.exists() {
        return Err(io(std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            "it already holds a database; restore into a new directory",
        )));
    }
    {
        let db = redb::ReadOnlyDatabase::open(file).map_err(|source| StoreError::Open {
            path: file.to_owned(),
            source,
        })?;
        db.begin_read()?.open_table(META)?;
    }
    super::private_dir(data_dir).map_err(io)?;
    let partial = target.with_extension("partial");
    std::fs::copy(file, &partial).map_err(io)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&partial, std::fs::Permissions::from_mode(0o600)).map_err(io)?;
    }
    std::fs::File::open(&partial)
        .and_then(|f| f.sync_all())
        .map_err(io)?;
    std::fs::rename(&partial, &target).map_err(io)?;
    std::fs::metadata(&target).map(|m| m.len()).map_err(io)
}

/// Copies every table Ponte has; (tables, rows).
fn copy_all(src: &ReadTransaction, dst: &WriteTransaction) -> Result<(usize, u64)> {
    let mut rows = 0;
    let mut tables = 0;
    macro_rules! copy {
        ($($table:ident),* $(,)?) => {$(
            rows += copy_table(src, dst, $table)?;
            tables += 1;
        )*};
    }
    copy!(
        PROGRAMMES,
        CENTRES,
        META,
        CITIZENS,
        CITIZEN_BY_LOOKUP,
        PASSES,
        SUBMISSIONS,
        SUBMISSION_DAYS,
        VISITS,
        CITIZEN_AT_CENTRE,
        CITIZEN_IN_PROGRAMME,
        CENTRE_DAYS,
        CENTRE_DAY_CITIZENS,
        CENTRE_DAY_NOT_EXPORTABLE,
        FEEDBACK,
        FEEDBACK_COUNTS,
        FEEDBACK_REVIEWS,
        EXPERIENCES,
        EXPERIENCE_COUNTS,
        SURVEY_RESPONSES,
        SURVEY_CITIZENS,
        SKILL_SUMS,
        STAFF_ACCOUNTS,
        STAFF_SESSIONS,
        SERVICES,
        CENTRE_DAY_SERVICES,
        SERVICE_CODES,
        EVENTS,
        CENTRE_EVENTS,
        EVENT_PEOPLE,
        EVENT_COUNTS,
        KIOSK_PAIRINGS,
        KIOSKS,
        KIOSK_TOKENS,
        KIOSK_IDLE,
        PROGRAMME_DAY_SERVICES,
        NATIONAL_EXPORTS,
        PROGRAMME_DAYS,
        CENTRE_TOTALS,
        PROGRAMME_CENTRE_DAYS,
        CENTRE_SHARES,
        RIGHTS_LOG,
        REPORTED_ROWS,
        SCOPE_PERIODS,
        SCOPE_CODES,
        CITIZEN_DAYS,
        NATIONAL_CONTRIBUTIONS,
        NATIONAL_CITIZEN_SERVICES,
        NATIONAL_DAY_SIZES,
        NATIONAL_CENTRE_DAY_SIZES,
        NATIONAL_CENTRE_MONTHS,
        NATIONAL_LEFT_OUT,
    );
    rows += copy_multimap(src, dst, PASS_CODES)?;
    tables += 1;
    Ok((tables, rows))
}

fn copy_table<K: Key + 'static, V: Value + 'static>(
    src: &ReadTransaction,
    dst: &WriteTransaction,
    def: TableDefinition<K, V>,
) -> Result<u64> {
    let from = match src.open_table(def) {
        Ok(t) => t,
        // A table this database never made (an older file): nothing to copy.
        Err(redb::TableError::TableDoesNotExist(_)) => return Ok(0),
        Err(e) => return Err(e.into()),
    };
    let mut to = dst.open_table(def)?;
    let mut n = 0;
    for row in from.iter()? {
        let (k, v) = row?;
        to.insert(k.value(), v.value())?;
        n += 1;
    }
    Ok(n)
}

fn copy_multimap<K: Key + 'static, V: Key + 'static>(
    src: &ReadTransaction,
    dst: &WriteTransaction,
    def: MultimapTableDefinition<K, V>,
) -> Result<u64> {
    let from = match src.open_multimap_table(def) {
        Ok(t) => t,
        Err(redb::TableError::TableDoesNotExist(_)) => return Ok(0),
        Err(e) => return Err(e.into()),
    };
    let mut to = dst.open_multimap_table(def)?;
    let mut n = 0;
    for row in from.iter()? {
        let (k, values) = row?;
        for v in values {
            to.insert(k.value(), v?.value())?;
            n += 1;
        }
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every table the database has is in the copy: a table added to `tables.rs` and
    /// forgotten here fails this.
    #[test]
    fn a_backup_holds_every_table() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("data")).unwrap();
        let out = dir.path().join("copy.redb");
        let summary = store.backup_to(&out).unwrap();
        let copy = redb::ReadOnlyDatabase::open(&out).unwrap();
        let tx = copy.begin_read().unwrap();
        let mut names: Vec<String> = tx
            .list_tables()
            .unwrap()
            .map(|t| t.name().to_owned())
            .chain(
                tx.list_multimap_tables()
                    .unwrap()
                    .map(|t| t.name().to_owned()),
            )
            .collect();
        names.sort();
        assert_eq!(names, store.table_names().unwrap());
        assert_eq!(summary.tables, names.len());
        assert!(summary.rows > 0, "the official programmes at least");
        assert!(
            store.backup_to(&out).is_err(),
            "never over an existing file"
        );
    }
}
