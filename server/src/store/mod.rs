//! The embedded database: one redb file in the data dir.
//!
//! Every public method is one transaction, so a caller can never leave half a change
//! behind. The calls block; async callers go through `tokio::task::spawn_blocking`.

mod backup;
mod centres;
mod citizens;
mod dashboard;
mod events;
mod feedback;
mod fingerprint;
mod kiosks;
mod national;
mod national_counts;
mod programmes;
mod progress;
mod reference;
mod reseal;
mod retention;
pub mod rights;
mod services;
mod skills;
pub mod staff;
pub mod submissions;
mod tables;
mod visits;

use std::path::{Path, PathBuf};

use redb::{Database, ReadableDatabase, ReadableTable};

pub use backup::{BackupSummary, restore};
pub use centres::ImportSummary;
pub use citizens::Identity;
pub use citizens::{Revoked, check_replace_pass, register, short_code, write_replace_pass};
pub use dashboard::{DashboardCounts, DashboardRead, centre_scope, programme_scope};
pub use events::{
    Attendee, EventRecord, check_close_event, check_event_check_in, check_promote, create_event,
    write_close_event, write_event_check_in, write_promote,
};
pub use feedback::{ReportFilter, ReviewRecord, file_feedback};
pub use national::{ExportRecord, ExportedFile, Participant, ServiceForExport, Snapshot};
pub use national_counts::{Fate, NationalCounts, RowFacts};
pub use progress::ProgressCounts;
pub use reference::Reference;
pub use reseal::Resealed;
pub use retention::{Due, RETENTION_ACTOR};
pub use services::{ServiceRecord, check_service, write_service};
pub use skills::{ANONYMOUS_PER_CENTRE_DAY, check_survey, write_survey};
pub use submissions::{Accepted, Checked, Refused, Registered, Replay};
pub use visits::{Arrival, check_check_in, check_experience, write_check_in, write_experience};

/// The database file's name inside the data dir.
pub const DB_FILE: &str = "ponte.redb";

/// The database's page cache, in MiB, unless `--cache-mb` says otherwise: fits a small
/// VM: the write benchmark's server peaked at 133 MB with it (see the README).
pub const DEFAULT_CACHE_MB: usize = 16;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot use data dir {dir}: {source}")]
    DataDir {
        dir: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "the data dir {dir} cannot be written: Ponte keeps its database there and writes \
         every visit to it; mount it read-write, or give this user the right to write it"
    )]
    ReadOnly {
        dir: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{path} is empty (0 bytes): it was truncated or replaced. Restore it from a backup; \
         Ponte will not start an empty database in its place"
    )]
    Truncated { path: PathBuf },
    #[error(
        "{path} is missing but its key file is there: if the database was lost, restore it \
         from a backup; to start afresh on purpose, move ponte.keys away too"
    )]
    Lost { path: PathBuf },
    #[error("{path} is in use by another ponte process (stop `ponte serve` first)")]
    InUse { path: PathBuf },
    #[error("cannot open database {path}: {source}")]
    Open {
        path: PathBuf,
        source: redb::DatabaseError,
    },
    #[error("database error: {0}")]
    Db(#[from] redb::Error),
    #[error("a stored record is unreadable ({0}); was the file written by a newer ponte?")]
    Corrupt(#[from] serde_json::Error),
    #[error("sealed data cannot be opened: {0}")]
    Sealed(String),
    #[error("cannot draw a QR code: {0}")]
    Qr(#[from] qrcode::types::QrError),
}

macro_rules! db_error_from {
    ($($t:ty),*) => {$(
        impl From<$t> for StoreError {
            fn from(e: $t) -> Self {
                StoreError::Db(e.into())
            }
        }
    )*};
}
db_error_from!(
    redb::TransactionError,
    redb::TableError,
    redb::StorageError,
    redb::CommitError
);

impl StoreError {
    /// A failure of the disk (full, read-only, failing) rather than of one record:
    /// every later write would fail too, until the database is opened again.
    pub fn is_disk(&self) -> bool {
        matches!(
            self,
            StoreError::Db(redb::Error::Io(_) | redb::Error::PreviousIo)
        )
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
pub use Result as StoreResult;

pub struct Store {
    db: Database,
    path: PathBuf,
    reference: reference::Snapshot,
}

impl Store {
    /// Opens (creating if needed) the data dir and its database, and makes sure every
    /// table exists and the official programmes are present; with the default cache.
    pub fn open(data_dir: &Path) -> Result<Store> {
        Self::open_with_cache(data_dir, DEFAULT_CACHE_MB)
    }

    /// As [`Store::open`], with `cache_mb` MiB of page cache. redb's own default is
    /// 1 GiB, which a busy server fills (its RSS grew to 674 MB in the write benchmark);
    /// the counters and indexes a request reads are a small part of the file.
    pub fn open_with_cache(data_dir: &Path, cache_mb: usize) -> Result<Store> {
        let dir_err = |source: std::io::Error| data_dir_error(data_dir, source);
        private_dir(data_dir).map_err(dir_err)?;
        let path = data_dir.join(DB_FILE);
        // A database that vanished or was emptied would start afresh, giving citizen
        // ids out again and refusing every pass; its key file tells it existed.
        match std::fs::metadata(&path) {
            Ok(m) if m.len() == 0 => return Err(StoreError::Truncated { path }),
            Ok(_) => {}
            Err(e)
                if e.kind() == std::io::ErrorKind::NotFound
                    && data_dir.join(crate::secrets::KEYS_FILE).exists() =>
            {
                return Err(StoreError::Lost { path });
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                log::warn!(
                    "no database at {}: a new, empty one is made (if one should be \
                     there, stop and check the data dir: a volume not mounted?)",
                    path.display()
                );
            }
            Err(e) => return Err(dir_err(e)),
        }
        let db = redb::Builder::new()
            .set_cache_size(cache_mb.saturating_mul(1024 * 1024))
            .create(&path)
            .map_err(|source| match source {
                redb::DatabaseError::DatabaseAlreadyOpen => {
                    StoreError::InUse { path: path.clone() }
                }
                redb::DatabaseError::Storage(redb::StorageError::Io(io)) => {
                    data_dir_error(data_dir, io)
                }
                source => StoreError::Open {
                    path: path.clone(),
                    source,
                },
            })?;
        private_file(&path).map_err(dir_err)?;
        let store = Store {
            db,
            path,
            reference: Default::default(),
        };
        store.init()?;
        store.reload_reference()?;
        store.count_progress_once()?;
        store.count_dashboard_once()?;
        store.count_national_once()?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn init(&self) -> Result<()> {
        let tx = self.db.begin_write()?;
        tables::create_all(&tx)?;
        programmes::seed_official(&tx)?;
        participations_by_service(&tx)?;
        services::index_by_programme(&tx)?;
        tx.commit()?;
        Ok(())
    }

    /// Programmes and centres as of the last change: cheap to take, never half-updated.
    pub fn reference(&self) -> std::sync::Arc<Reference> {
        self.reference.get()
    }

    fn reload_reference(&self) -> Result<()> {
        let tx = self.db.begin_read()?;
        self.reference.replace(Reference::load(&tx)?);
        Ok(())
    }

    /// A write transaction for the ledger's writer, which groups many submissions into
    /// one durable commit.
    pub fn begin_write(&self) -> Result<redb::WriteTransaction> {
        Ok(self.db.begin_write()?)
    }
}

/// A data dir that cannot be written is said so, with what to do.
fn data_dir_error(dir: &Path, source: std::io::Error) -> StoreError {
    use std::io::ErrorKind::{PermissionDenied, ReadOnlyFilesystem};
    let dir = dir.to_owned();
    match source.kind() {
        ReadOnlyFilesystem | PermissionDenied => StoreError::ReadOnly { dir, source },
        _ => StoreError::DataDir { dir, source },
    }
}

/// The data dir, created readable by this user only (0700), and made so if it was
/// created wider by an earlier version.
pub(crate) fn private_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)?;
        let mode = std::fs::metadata(dir)?.permissions().mode();
        if mode & 0o077 != 0 {
            // Tightened only if it is Ponte's own (an older version made it 0755);
            // a directory it shares with others is theirs to set.
            if dir.join(DB_FILE).exists() {
                log::info!("{}: made private to this user (0700)", dir.display());
                std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
            } else {
                log::warn!(
                    "{} can be read by other users: give Ponte a directory of its own",
                    dir.display()
                );
            }
        }
        Ok(())
    }
    #[cfg(not(unix))]
    std::fs::create_dir_all(dir)
}

/// The database file readable by this user only (0600).
fn private_file(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)?.permissions().mode();
        if mode & 0o077 != 0 {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
        }
    }
    Ok(())
}

/// Before services existed, each check-in counted as a participation; the national
/// platform counts a citizen in a service. Files from then hold no services, so their
/// participations are set to zero, once.
fn participations_by_service(tx: &redb::WriteTransaction) -> Result<()> {
    const DONE: &str = "participations_by_service";
    let mut meta = tx.open_table(tables::META)?;
    if meta.get(DONE)?.is_some() {
        return Ok(());
    }
    let mut days = tx.open_table(tables::CENTRE_DAYS)?;
    let mut counted = Vec::new();
    for row in days.iter()? {
        let (k, v) = row?;
        let (code, day) = k.value();
        counted.push((code.to_owned(), day, v.value()));
    }
    for (code, day, (v, u, n, _)) in counted {
        days.insert((code.as_str(), day), (v, u, n, 0))?;
    }
    meta.insert(DONE, 1)?;
    Ok(())
}

/// The ledger's tables, opened once per write transaction and shared by every
/// submission of the batch.
pub struct Tables<'t> {
    meta: redb::Table<'t, &'static str, u64>,
    citizens: redb::Table<'t, u64, &'static [u8]>,
    citizen_by_lookup: redb::Table<'t, &'static [u8], u64>,
    passes: redb::Table<'t, &'static [u8], (u64, bool)>,
    pass_codes: redb::MultimapTable<'t, &'static str, &'static [u8]>,
    submissions: redb::Table<'t, &'static [u8], &'static [u8]>,
    submission_days: redb::Table<'t, (i32, &'static [u8]), ()>,
    visits: redb::Table<'t, u64, &'static [u8]>,
    citizen_at_centre: redb::Table<'t, (u64, &'static str), u32>,
    citizen_in_programme: redb::Table<'t, (u64, &'static str), i32>,
    centre_days: redb::Table<'t, (&'static str, i32), (u32, u32, u32, u32)>,
    centre_day_citizens: redb::Table<'t, (&'static str, i32, u64), u64>,
    centre_day_not_exportable: redb::Table<'t, (&'static str, i32, &'static str), u32>,
    feedback: redb::Table<'t, u64, &'static [u8]>,
    experiences: redb::Table<'t, u64, &'static [u8]>,
    feedback_counts: redb::Table<'t, (&'static str, i32, &'static str, &'static str), (u32, u32)>,
    experience_counts: redb::Table<'t, (&'static str, i32, &'static str, &'static str), u32>,
    survey_responses: redb::Table<'t, u64, &'static [u8]>,
    survey_citizens: redb::Table<'t, u64, &'static [u8]>,
    skill_sums: redb::Table<'t, (&'static str, i32, &'static str), tables::SkillSums>,
    services: redb::Table<'t, u64, &'static [u8]>,
    centre_day_services: redb::Table<'t, (&'static str, i32), (u32, u32)>,
    programme_day_services: redb::Table<'t, (&'static str, i32, u64), ()>,
    programme_days: redb::Table<'t, (&'static str, &'static str, i32), (u32, u32, u32)>,
    centre_totals: redb::Table<'t, &'static str, (u32, u32)>,
    programme_centre_days: redb::Table<'t, (&'static str, i32, &'static str), u32>,
    /// The centres as they are now: which province a centre's counts go to.
    reference: std::sync::Arc<Reference>,
    service_codes: redb::Table<'t, (&'static str, i32, &'static str, &'static str), u32>,
    events: redb::Table<'t, u64, &'static [u8]>,
    centre_events: redb::Table<'t, (&'static str, i64, u64), ()>,
    event_people: redb::Table<'t, (u64, u64), (u32, bool, u64)>,
    event_counts: redb::Table<'t, u64, (u32, u32, u32)>,
    scope_periods: redb::Table<'t, (&'static str, u8, i32), tables::ScopeFigures>,
    scope_codes: redb::Table<'t, (&'static str, i32, &'static str, &'static str), u32>,
    citizen_days: redb::Table<'t, (u64, i32, &'static str), ()>,
    rights_log: redb::Table<'t, u64, &'static [u8]>,
    national: national_counts::NationalTables<'t>,
}

impl<'t> Tables<'t> {
    pub fn open(
        tx: &'t redb::WriteTransaction,
        reference: std::sync::Arc<Reference>,
    ) -> Result<Tables<'t>> {
        Ok(Tables {
            meta: tx.open_table(tables::META)?,
            citizens: tx.open_table(tables::CITIZENS)?,
            citizen_by_lookup: tx.open_table(tables::CITIZEN_BY_LOOKUP)?,
            passes: tx.open_table(tables::PASSES)?,
            pass_codes: tx.open_multimap_table(tables::PASS_CODES)?,
            submissions: tx.open_table(tables::SUBMISSIONS)?,
            submission_days: tx.open_table(tables::SUBMISSION_DAYS)?,
            visits: tx.open_table(tables::VISITS)?,
            citizen_at_centre: tx.open_table(tables::CITIZEN_AT_CENTRE)?,
            citizen_in_programme: tx.open_table(tables::CITIZEN_IN_PROGRAMME)?,
            centre_days: tx.open_table(tables::CENTRE_DAYS)?,
            centre_day_citizens: tx.open_table(tables::CENTRE_DAY_CITIZENS)?,
            centre_day_not_exportable: tx.open_table(tables::CENTRE_DAY_NOT_EXPORTABLE)?,
            feedback: tx.open_table(tables::FEEDBACK)?,
            experiences: tx.open_table(tables::EXPERIENCES)?,
            feedback_counts: tx.open_table(tables::FEEDBACK_COUNTS)?,
            experience_counts: tx.open_table(tables::EXPERIENCE_COUNTS)?,
            survey_responses: tx.open_table(tables::SURVEY_RESPONSES)?,
            survey_citizens: tx.open_table(tables::SURVEY_CITIZENS)?,
            skill_sums: tx.open_table(tables::SKILL_SUMS)?,
            services: tx.open_table(tables::SERVICES)?,
            centre_day_services: tx.open_table(tables::CENTRE_DAY_SERVICES)?,
            programme_day_services: tx.open_table(tables::PROGRAMME_DAY_SERVICES)?,
            programme_days: tx.open_table(tables::PROGRAMME_DAYS)?,
            centre_totals: tx.open_table(tables::CENTRE_TOTALS)?,
            programme_centre_days: tx.open_table(tables::PROGRAMME_CENTRE_DAYS)?,
            reference,
            service_codes: tx.open_table(tables::SERVICE_CODES)?,
            events: tx.open_table(tables::EVENTS)?,
            centre_events: tx.open_table(tables::CENTRE_EVENTS)?,
            event_people: tx.open_table(tables::EVENT_PEOPLE)?,
            event_counts: tx.open_table(tables::EVENT_COUNTS)?,
            scope_periods: tx.open_table(tables::SCOPE_PERIODS)?,
            scope_codes: tx.open_table(tables::SCOPE_CODES)?,
            citizen_days: tx.open_table(tables::CITIZEN_DAYS)?,
            rights_log: tx.open_table(tables::RIGHTS_LOG)?,
            national: national_counts::NationalTables::open(tx)?,
        })
    }

    /// The next number of a sequence (citizen ids, visit ids), starting at 1.
    fn next_id(&mut self, sequence: &str) -> Result<u64> {
        let next = self.meta.get(sequence)?.map_or(1, |v| v.value() + 1);
        self.meta.insert(sequence, next)?;
        Ok(next)
    }
}
